// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connectionconfig.h"

#include <QtCore/qfileinfo.h>
#include <QtCore/qurl.h>

namespace {

const QString defaultClientName = QStringLiteral("qtredis-browser");

QString text(const QVariantMap &map, const char *key, const QString &fallback = QString())
{
    const QVariant v = map.value(QLatin1String(key));
    return v.isValid() && !v.isNull() ? v.toString() : fallback;
}

int number(const QVariantMap &map, const char *key, int fallback)
{
    bool ok = false;
    const int v = map.value(QLatin1String(key)).toInt(&ok);
    return ok ? v : fallback;
}

} // namespace

ConnectionConfig::ConnectionConfig(QObject *parent)
    : QObject(parent)
{
}

QVariantMap ConnectionConfig::normalized(const QVariantMap &connection)
{
    const QVariantMap &in = connection;
    QVariantMap o;
    QString mode = text(in, "mode", QStringLiteral("host"));
    if (mode != QLatin1String("host") && mode != QLatin1String("socket") && mode != QLatin1String("url"))
        mode = QStringLiteral("host");
    o.insert(QStringLiteral("name"), text(in, "name").trimmed());
    o.insert(QStringLiteral("mode"), mode);
    o.insert(QStringLiteral("host"), text(in, "host", QStringLiteral("127.0.0.1")).trimmed());
    o.insert(QStringLiteral("port"), qBound(1, number(in, "port", 6379), 65535));
    o.insert(QStringLiteral("socketPath"), text(in, "socketPath").trimmed());
    o.insert(QStringLiteral("username"), text(in, "username"));
    o.insert(QStringLiteral("password"), text(in, "password"));
    o.insert(QStringLiteral("rememberPassword"), in.value(QStringLiteral("rememberPassword")).toBool());
    o.insert(QStringLiteral("askPassword"), in.value(QStringLiteral("askPassword")).toBool());
    o.insert(QStringLiteral("database"), qMax(0, number(in, "database", 0)));
    o.insert(QStringLiteral("clientName"), text(in, "clientName", defaultClientName));
    o.insert(QStringLiteral("separator"), text(in, "separator", QStringLiteral(":")));

    // A password typed into the URL is moved out of it, whatever the URL is
    // (even one the client cannot use must not keep it).
    QUrl url(text(in, "url").trimmed());
    const QString urlPassword = url.password(QUrl::FullyDecoded);
    if (!urlPassword.isEmpty()) {
        if (o.value(QStringLiteral("password")).toString().isEmpty())
            o.insert(QStringLiteral("password"), urlPassword);
        url.setPassword(QString());
    }
    o.insert(QStringLiteral("url"), url.isEmpty() ? QString() : url.toString());
    return o;
}

QVariantMap ConnectionConfig::fromUrl(const QString &urlText)
{
    const QUrl url(urlText.trimmed());
    bool ok = false;
    const RedisConnectionOptions options = RedisConnectionOptions::fromUrl(url, &ok);
    // The URL as given (normalized() takes the password out of it), and
    // what the library reads in it.
    QVariantMap c;
    c.insert(QStringLiteral("mode"), QStringLiteral("url"));
    c.insert(QStringLiteral("url"), url.toString());
    if (!ok) {
        // Kept for the user to correct; configure() refuses it.
        c.insert(QStringLiteral("name"), url.host().isEmpty() ? url.toString(QUrl::RemoveUserInfo) : url.host());
        return normalized(c);
    }
    c.insert(QStringLiteral("host"), options.host());
    c.insert(QStringLiteral("port"), int(options.port()));
    c.insert(QStringLiteral("socketPath"), options.unixSocketPath());
    c.insert(QStringLiteral("database"), options.database());
    c.insert(QStringLiteral("username"), options.username());
    c.insert(QStringLiteral("password"), options.password());
    if (!options.clientName().isEmpty())
        c.insert(QStringLiteral("clientName"), options.clientName());
    QString name = options.isUnixSocket() ? QFileInfo(options.unixSocketPath()).fileName() : options.host();
    if (name.isEmpty())
        name = options.endpointText();
    c.insert(QStringLiteral("name"), name);
    return normalized(c);
}

QString ConnectionConfig::describe(const QVariantMap &connection)
{
    const QVariantMap c = normalized(connection);
    bool ok = false;
    const RedisConnectionOptions options = toOptions(c, &ok);
    if (!ok)
        return c.value(QStringLiteral("url")).toString(); // as typed, without its password
    const QString where = options.isUnixSocket() ? QLatin1String("unix:") + options.endpointText()
                                                 : options.endpointText();
    return QStringLiteral("%1 db%2").arg(where).arg(options.database());
}

RedisConnectionOptions ConnectionConfig::toOptions(const QVariantMap &connection, bool *ok, QString *errorString)
{
    const QVariantMap c = normalized(connection);
    const QString mode = c.value(QStringLiteral("mode")).toString();
    const bool byUrl = mode == QLatin1String("url");
    RedisConnectionOptions options;
    bool usable = true;
    QString why;
    if (byUrl) {
        usable = options.setUrl(QUrl(c.value(QStringLiteral("url")).toString()), &why);
    } else if (mode == QLatin1String("socket")) {
        options.setUnixSocketPath(c.value(QStringLiteral("socketPath")).toString());
        options.setDatabase(c.value(QStringLiteral("database")).toInt());
    } else {
        options.setHost(c.value(QStringLiteral("host")).toString());
        options.setPort(quint16(c.value(QStringLiteral("port")).toInt()));
        options.setDatabase(c.value(QStringLiteral("database")).toInt());
    }
    // The form's credentials and client name; with a URL, only those filled in.
    const QString username = c.value(QStringLiteral("username")).toString();
    const QString password = c.value(QStringLiteral("password")).toString();
    const QString clientName = c.value(QStringLiteral("clientName")).toString();
    if (!byUrl || !username.isEmpty())
        options.setUsername(username);
    if (!byUrl || !password.isEmpty())
        options.setPassword(password);
    if (!byUrl || !clientName.isEmpty())
        options.setClientName(clientName);
    if (ok)
        *ok = usable;
    if (errorString)
        *errorString = why;
    return options;
}

QString ConnectionConfig::configure(RedisClient *client, const QVariantMap &connection)
{
    bool ok = false;
    QString why;
    const RedisConnectionOptions options = toOptions(connection, &ok, &why);
    if (!ok)
        return why;
    if (!client)
        return {};
    // The session part of the options; the client's timeouts and reconnect
    // policy are its own (the connection test uses short ones).
    client->setUnixSocketPath(options.unixSocketPath());
    client->setHost(options.host());
    client->setPort(options.port());
    client->setUsername(options.username());
    client->setPassword(options.password());
    client->setDatabase(options.database());
    client->setClientName(options.clientName());
    return {};
}

QString ConnectionConfig::endpointText(RedisClient *client)
{
    return client ? client->options().endpointText() : QString();
}
