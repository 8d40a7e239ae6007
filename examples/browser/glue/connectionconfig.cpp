// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connectionconfig.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdir.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qregularexpression.h>
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

bool flag(const QVariantMap &map, const char *key, bool fallback)
{
    const QVariant v = map.value(QLatin1String(key));
    return v.isValid() && !v.isNull() ? v.toBool() : fallback;
}

QString oneOf(const QVariantMap &map, const char *key, const QStringList &allowed)
{
    const QString v = text(map, key);
    return allowed.contains(v) ? v : allowed.constFirst();
}

// A list of secret field names: from a QStringList, a QVariantList or one
// comma-separated string (how an INI file gives back a one-element list).
QStringList secretList(const QVariant &value)
{
    QStringList in;
    if (value.typeId() == QMetaType::QString)
        in = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    else
        in = value.toStringList();
    QStringList out;
    for (const QString &field : ConnectionConfig::secretFields()) {
        if (in.contains(field.trimmed()) || in.contains(field))
            out.append(field);
    }
    return out;
}

// "host:port" entries: from a list, or one string separated by commas,
// semicolons or white space (how the dialog's field and an INI file give
// them back); empty entries dropped, order kept, duplicates removed.
QStringList addressList(const QVariant &value)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList in;
    if (value.typeId() == QMetaType::QString)
        in = value.toString().split(separators, Qt::SkipEmptyParts);
    else
        for (const QString &item : value.toStringList())
            in += item.split(separators, Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &item : std::as_const(in)) {
        const QString address = item.trimmed();
        if (!address.isEmpty() && !out.contains(address))
            out.append(address);
    }
    return out;
}

// "host:port" of a host and a port, "[v6]:port" for an IPv6 address.
QString hostPort(const QString &host, int port)
{
    return (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
                    ? QLatin1Char('[') + host + QLatin1Char(']')
                    : host)
            + QLatin1Char(':') + QString::number(port);
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
    o.insert(QStringLiteral("id"), text(in, "id").trimmed());

    // TLS (non-secret fields, and the key's passphrase).
    o.insert(QStringLiteral("tlsEnabled"), flag(in, "tlsEnabled", false));
    o.insert(QStringLiteral("tlsCaFile"), text(in, "tlsCaFile").trimmed());
    o.insert(QStringLiteral("tlsCertFile"), text(in, "tlsCertFile").trimmed());
    o.insert(QStringLiteral("tlsKeyFile"), text(in, "tlsKeyFile").trimmed());
    o.insert(QStringLiteral("tlsKeyPassphrase"), text(in, "tlsKeyPassphrase"));
    o.insert(QStringLiteral("tlsPeerName"), text(in, "tlsPeerName").trimmed());
    o.insert(QStringLiteral("tlsVerifyPeer"), flag(in, "tlsVerifyPeer", true));

    // SSH tunnel.
    o.insert(QStringLiteral("sshEnabled"), flag(in, "sshEnabled", false));
    o.insert(QStringLiteral("sshHost"), text(in, "sshHost").trimmed());
    o.insert(QStringLiteral("sshPort"), qBound(1, number(in, "sshPort", 22), 65535));
    o.insert(QStringLiteral("sshUser"), text(in, "sshUser").trimmed());
    o.insert(QStringLiteral("sshAuth"),
             oneOf(in, "sshAuth", {QStringLiteral("agent"), QStringLiteral("key"), QStringLiteral("password")}));
    o.insert(QStringLiteral("sshIdentityFile"), text(in, "sshIdentityFile").trimmed());
    o.insert(QStringLiteral("sshPassphrase"), text(in, "sshPassphrase"));
    o.insert(QStringLiteral("sshPassword"), text(in, "sshPassword"));
    o.insert(QStringLiteral("sshKnownHostsFile"), text(in, "sshKnownHostsFile").trimmed());
    // Not in the dialog: empty is ~/.ssh/config, "none" none (tests).
    o.insert(QStringLiteral("sshConfigFile"), text(in, "sshConfigFile").trimmed());
    o.insert(QStringLiteral("sshHostKeyPolicy"),
             oneOf(in, "sshHostKeyPolicy",
                   {QStringLiteral("strict"), QStringLiteral("acceptNew"), QStringLiteral("acceptAny")}));

    // Topology: one server, a Redis Cluster, or a master found through
    // sentinels. host and port are the first seed (the first sentinel);
    // seedNodes are the others ("host:port" each).
    o.insert(QStringLiteral("topology"),
             oneOf(in, "topology", {QStringLiteral("standalone"), QStringLiteral("cluster"), QStringLiteral("sentinel")}));
    o.insert(QStringLiteral("seedNodes"), addressList(in.value(QStringLiteral("seedNodes"))));
    o.insert(QStringLiteral("readFromReplicas"), flag(in, "readFromReplicas", false));
    o.insert(QStringLiteral("sentinelMasterName"), text(in, "sentinelMasterName").trimmed());
    o.insert(QStringLiteral("sentinelUsername"), text(in, "sentinelUsername"));
    o.insert(QStringLiteral("sentinelPassword"), text(in, "sentinelPassword"));

    // Which secrets are saved (keychain) and which are asked for.
    o.insert(QStringLiteral("savedSecrets"), secretList(in.value(QStringLiteral("savedSecrets"))));
    QStringList ask = secretList(in.value(QStringLiteral("askSecrets")));
    if (o.value(QStringLiteral("askPassword")).toBool() && !ask.contains(QStringLiteral("password")))
        ask.prepend(QStringLiteral("password"));
    o.insert(QStringLiteral("askSecrets"), ask);
    o.insert(QStringLiteral("askPassword"), ask.contains(QStringLiteral("password")));

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
    c.insert(QStringLiteral("tlsEnabled"), options.isTlsEnabled());
    c.insert(QStringLiteral("tlsCaFile"), options.tlsCaCertificateFile());
    c.insert(QStringLiteral("tlsCertFile"), options.tlsCertificateFile());
    c.insert(QStringLiteral("tlsKeyFile"), options.tlsPrivateKeyFile());
    c.insert(QStringLiteral("tlsPeerName"), options.tlsPeerName());
    c.insert(QStringLiteral("tlsVerifyPeer"), options.tlsVerifyPeer());
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
    switch (options.topology()) {
    case RedisConnectionOptions::Topology::Cluster:
    {
        // Singular and plural spelled out: the browser ships no English .qm
        // for %n plurals.
        const int seeds = int(options.seedNodes().size());
        //: The connection list: a Redis Cluster reached through one seed node.
        return seeds == 1 ? tr("cluster · 1 seed")
                          //: The connection list: a Redis Cluster reached through %1 (> 1) seed nodes.
                          : tr("cluster · %1 seeds").arg(seeds);
    }
    case RedisConnectionOptions::Topology::Sentinel:
    {
        const int sentinels = int(options.seedNodes().size());
        //: The connection list: the master %1 found through one sentinel.
        return sentinels == 1 ? tr("sentinel · %1 · 1 sentinel").arg(options.sentinelMasterName())
                              //: The connection list: the master %1 found through %2 (> 1) sentinels.
                              : tr("sentinel · %1 · %2 sentinels").arg(options.sentinelMasterName()).arg(sentinels);
    }
    case RedisConnectionOptions::Topology::Standalone:
        break;
    }
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

    // TLS: the form's switch, or a rediss:// URL (whose files and peer name
    // the form's, when filled in, replace). Verification is off only when
    // asked for explicitly (the form's switch, or ?insecure=1).
    auto string = [&](const char *key) { return c.value(QLatin1String(key)).toString(); };
    if (c.value(QStringLiteral("tlsEnabled")).toBool())
        options.setTlsEnabled(true);
    if (options.isTlsEnabled()) {
        if (!byUrl || !string("tlsCaFile").isEmpty())
            options.setTlsCaCertificateFile(string("tlsCaFile"));
        if (!byUrl || !string("tlsCertFile").isEmpty())
            options.setTlsCertificateFile(string("tlsCertFile"));
        if (!byUrl || !string("tlsKeyFile").isEmpty())
            options.setTlsPrivateKeyFile(string("tlsKeyFile"));
        if (!byUrl || !string("tlsPeerName").isEmpty())
            options.setTlsPeerName(string("tlsPeerName"));
        options.setTlsPrivateKeyPassphrase(string("tlsKeyPassphrase"));
        if (!c.value(QStringLiteral("tlsVerifyPeer")).toBool())
            options.setTlsVerifyPeer(false);
    }

    // SSH tunnel: host and port (or socket) above are as the SSH server sees them.
    if (c.value(QStringLiteral("sshEnabled")).toBool() && !string("sshHost").isEmpty()) {
        options.setSshHost(string("sshHost"));
        options.setSshPort(quint16(c.value(QStringLiteral("sshPort")).toInt()));
        options.setSshUser(string("sshUser"));
        options.setSshKnownHostsFile(string("sshKnownHostsFile"));
        options.setSshConfigFile(string("sshConfigFile"));
        const QString auth = string("sshAuth");
        options.setSshUseAgent(auth == QLatin1String("agent"));
        if (auth == QLatin1String("key")) {
            options.setSshIdentityFile(string("sshIdentityFile"));
            options.setSshPassphrase(string("sshPassphrase"));
        } else if (auth == QLatin1String("password")) {
            options.setSshPassword(string("sshPassword"));
        }
        const QString policy = string("sshHostKeyPolicy");
        options.setSshHostKeyPolicy(policy == QLatin1String("acceptNew")
                                            ? RedisConnectionOptions::SshHostKeyPolicy::AcceptNew
                                    : policy == QLatin1String("acceptAny")
                                            ? RedisConnectionOptions::SshHostKeyPolicy::AcceptAny
                                            : RedisConnectionOptions::SshHostKeyPolicy::Strict);
    }
    // Topology (a redis-cluster:// or redis-sentinel:// URL has its own).
    const QString topology = string("topology");
    if (!byUrl && mode == QLatin1String("host") && topology != QLatin1String("standalone")) {
        const QStringList seeds = QStringList{hostPort(string("host"), c.value(QStringLiteral("port")).toInt())}
                + c.value(QStringLiteral("seedNodes")).toStringList();
        options.setSeedNodes(addressList(seeds));
        options.setReadFromReplicas(c.value(QStringLiteral("readFromReplicas")).toBool());
        if (topology == QLatin1String("cluster")) {
            options.setTopology(RedisConnectionOptions::Topology::Cluster);
            options.setDatabase(0); // a cluster has only database 0
        } else {
            options.setTopology(RedisConnectionOptions::Topology::Sentinel);
            options.setSentinelMasterName(string("sentinelMasterName"));
            options.setSentinelUsername(string("sentinelUsername"));
            options.setSentinelPassword(string("sentinelPassword"));
        }
    } else if (byUrl && options.topology() == RedisConnectionOptions::Topology::Sentinel) {
        if (!string("sentinelUsername").isEmpty())
            options.setSentinelUsername(string("sentinelUsername"));
        if (!string("sentinelPassword").isEmpty())
            options.setSentinelPassword(string("sentinelPassword"));
    }
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
    // The session part of the options (endpoint, credentials, TLS, SSH);
    // the client's timeouts and reconnect policy are its own (the
    // connection test uses short ones).
    RedisConnectionOptions merged = options;
    const RedisConnectionOptions current = client->options();
    merged.setConnectTimeout(current.connectTimeout());
    merged.setCommandTimeout(current.commandTimeout());
    merged.setHealthCheckInterval(current.healthCheckInterval());
    merged.setAutoReconnect(current.autoReconnect());
    merged.setReconnectInitialDelay(current.reconnectInitialDelay());
    merged.setReconnectMaxDelay(current.reconnectMaxDelay());
    merged.setReconnectFactor(current.reconnectFactor());
    merged.setMaxQueuedCommands(current.maxQueuedCommands());
    client->setOptions(merged);
    return {};
}

void ConnectionConfig::open(RedisClient *client)
{
    if (!client)
        return;
    // The options carry the topology (cluster seeds, sentinels, master name).
    client->connectToServer();
}

QString ConnectionConfig::topology(RedisClient *client)
{
    if (!client)
        return QStringLiteral("standalone");
    switch (client->options().topology()) {
    case RedisConnectionOptions::Topology::Cluster:
        return QStringLiteral("cluster");
    case RedisConnectionOptions::Topology::Sentinel:
        return QStringLiteral("sentinel");
    case RedisConnectionOptions::Topology::Standalone:
        break;
    }
    return QStringLiteral("standalone");
}

QString ConnectionConfig::endpointText(RedisClient *client)
{
    return client ? client->options().endpointText() : QString();
}

QStringList ConnectionConfig::secretFields()
{
    static const QStringList fields = {QStringLiteral("password"), QStringLiteral("tlsKeyPassphrase"),
                                       QStringLiteral("sshPassword"), QStringLiteral("sshPassphrase"),
                                       QStringLiteral("sentinelPassword")};
    return fields;
}

QStringList ConnectionConfig::usedSecrets(const QVariantMap &connection)
{
    const QVariantMap c = normalized(connection);
    const bool tls = c.value(QStringLiteral("tlsEnabled")).toBool()
            || c.value(QStringLiteral("url")).toString().startsWith(QLatin1String("rediss:"), Qt::CaseInsensitive);
    const bool ssh = c.value(QStringLiteral("sshEnabled")).toBool();
    bool usable = false;
    const bool sentinel = toOptions(c, &usable).topology() == RedisConnectionOptions::Topology::Sentinel;
    const QString auth = c.value(QStringLiteral("sshAuth")).toString();
    const QStringList known = c.value(QStringLiteral("askSecrets")).toStringList()
            + c.value(QStringLiteral("savedSecrets")).toStringList();
    QStringList used;
    for (const QString &field : secretFields()) {
        bool applies = true;
        if (field == QLatin1String("tlsKeyPassphrase"))
            applies = tls;
        else if (field == QLatin1String("sshPassword"))
            applies = ssh && auth == QLatin1String("password");
        else if (field == QLatin1String("sshPassphrase"))
            applies = ssh && auth == QLatin1String("key");
        else if (field == QLatin1String("sentinelPassword"))
            applies = sentinel;
        if (applies && (!c.value(field).toString().isEmpty() || known.contains(field)))
            used.append(field);
    }
    return used;
}

QStringList ConnectionConfig::missingSecrets(const QVariantMap &connection)
{
    const QVariantMap c = normalized(connection);
    QStringList missing;
    for (const QString &field : usedSecrets(c)) {
        if (c.value(field).toString().isEmpty())
            missing.append(field);
    }
    return missing;
}

namespace {

// True if message is the library's SshTunnel message source (in English, or
// as the current translation has it), whatever its arguments.
bool isTunnelMessage(const QString &message, const char *source)
{
    for (const QString &form : {QString::fromUtf8(source), QCoreApplication::translate("SshTunnel", source)}) {
        QString pattern = QRegularExpression::escape(form);
        for (int i = 1; i <= 9; ++i)
            pattern.replace(QStringLiteral("\\%") + QString::number(i), QStringLiteral(".*"));
        if (QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                               QRegularExpression::DotMatchesEverythingOption)
                    .match(message)
                    .hasMatch())
            return true;
    }
    return false;
}

} // namespace

QVariantMap ConnectionConfig::hostKeyProblem(const QString &message)
{
    static const QRegularExpression fingerprintPattern(QStringLiteral("SHA256:[A-Za-z0-9+/=]+"));
    // The library's message for a key that differs from the recorded one
    // (in any language), or ssh's own words; an unknown key is anything
    // else. (Misreading a changed key as unknown is harmless: AcceptNew
    // still refuses a changed key.)
    static const QRegularExpression changedPattern(
            QStringLiteral("has changed|REMOTE HOST IDENTIFICATION HAS CHANGED"));
    const bool changed = changedPattern.match(message).hasMatch()
            || isTunnelMessage(message, QT_TRANSLATE_NOOP("SshTunnel",
                                                          "The host key of the SSH server %1 has changed: it sent %2, "
                                                          "which differs from the key in the known hosts file"));
    const auto match = fingerprintPattern.match(message);
    return {
        {QStringLiteral("fingerprint"), match.hasMatch() ? match.captured(0) : QString()},
        {QStringLiteral("changed"), changed},
    };
}

QString ConnectionConfig::localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString(QUrl::PreferLocalFile);
}

QUrl ConnectionConfig::folderUrl(const QString &path)
{
    QString p = path.trimmed();
    if (p.startsWith(QLatin1String("~/")))
        p = QDir::homePath() + p.mid(1);
    const QFileInfo info(p);
    if (!p.isEmpty() && info.isDir())
        return QUrl::fromLocalFile(info.absoluteFilePath());
    if (!p.isEmpty() && info.absoluteDir().exists())
        return QUrl::fromLocalFile(info.absolutePath());
    return QUrl::fromLocalFile(QDir::homePath());
}
