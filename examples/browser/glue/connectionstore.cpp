// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connectionstore.h"

#include <QtCore/qsettings.h>
#include <QtCore/qurl.h>
#include <QtCore/qurlquery.h>

#include <algorithm>

namespace {

const QStringList &optionKeys()
{
    static const QStringList keys = {
        QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("socketPath"), QStringLiteral("url"), QStringLiteral("username"),
        QStringLiteral("rememberPassword"), QStringLiteral("askPassword"), QStringLiteral("database"),
        QStringLiteral("clientName"), QStringLiteral("separator"),
    };
    return keys;
}

} // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent)
{
    load();
}

ConnectionStore::~ConnectionStore() = default;

QString ConnectionStore::settingsFile() const
{
    return m_settingsFile;
}

void ConnectionStore::setSettingsFile(const QString &path)
{
    if (path == m_settingsFile)
        return;
    m_settingsFile = path;
    load();
    Q_EMIT settingsFileChanged();
    Q_EMIT connectionsChanged();
}

QString ConnectionStore::storageLocation() const
{
    return openSettings()->fileName();
}

std::unique_ptr<QSettings> ConnectionStore::openSettings() const
{
    if (!m_settingsFile.isEmpty())
        return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("QtRedis"),
                                       QStringLiteral("qtredis-browser"));
}

void ConnectionStore::load()
{
    m_connections.clear();
    auto settings = openSettings();
    const int count = settings->beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        QVariantMap options;
        for (const QString &key : optionKeys())
            options.insert(key, settings->value(key));
        if (settings->value(QStringLiteral("rememberPassword")).toBool())
            options.insert(QStringLiteral("password"), settings->value(QStringLiteral("password")));
        options = normalized(options);
        if (!options.value(QStringLiteral("name")).toString().isEmpty())
            m_connections.append(options);
    }
    settings->endArray();
    std::sort(m_connections.begin(), m_connections.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return a.value(QStringLiteral("name")).toString().compare(b.value(QStringLiteral("name")).toString(),
                                                                  Qt::CaseInsensitive) < 0;
    });
}

void ConnectionStore::write()
{
    auto settings = openSettings();
    settings->remove(QStringLiteral("connections"));
    settings->beginWriteArray(QStringLiteral("connections"), int(m_connections.size()));
    for (int i = 0; i < m_connections.size(); ++i) {
        settings->setArrayIndex(i);
        const QVariantMap &options = m_connections.at(i);
        for (const QString &key : optionKeys())
            settings->setValue(key, options.value(key));
        if (options.value(QStringLiteral("rememberPassword")).toBool())
            settings->setValue(QStringLiteral("password"), options.value(QStringLiteral("password")));
    }
    settings->endArray();
    settings->sync();
}

QVariantList ConnectionStore::connections() const
{
    QVariantList list;
    list.reserve(m_connections.size());
    for (const QVariantMap &options : m_connections)
        list.append(options);
    return list;
}

bool ConnectionStore::save(const QVariantMap &options, const QString &previousName)
{
    QVariantMap entry = normalized(options);
    const QString name = entry.value(QStringLiteral("name")).toString();
    if (name.trimmed().isEmpty())
        return false;
    if (!entry.value(QStringLiteral("rememberPassword")).toBool()) {
        if (!entry.value(QStringLiteral("password")).toString().isEmpty())
            entry.insert(QStringLiteral("askPassword"), true);
        entry.insert(QStringLiteral("password"), QString());
    } else {
        entry.insert(QStringLiteral("askPassword"), false);
    }
    const QString replaced = previousName.isEmpty() ? name : previousName;
    if (replaced != name && contains(name))
        return false;
    auto it = std::find_if(m_connections.begin(), m_connections.end(), [&](const QVariantMap &o) {
        return o.value(QStringLiteral("name")).toString() == replaced;
    });
    if (it != m_connections.end())
        *it = entry;
    else
        m_connections.append(entry);
    std::sort(m_connections.begin(), m_connections.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return a.value(QStringLiteral("name")).toString().compare(b.value(QStringLiteral("name")).toString(),
                                                                  Qt::CaseInsensitive) < 0;
    });
    write();
    Q_EMIT connectionsChanged();
    return true;
}

bool ConnectionStore::remove(const QString &name)
{
    const auto removed = m_connections.removeIf([&](const QVariantMap &o) {
        return o.value(QStringLiteral("name")).toString() == name;
    });
    if (removed == 0)
        return false;
    write();
    Q_EMIT connectionsChanged();
    return true;
}

bool ConnectionStore::contains(const QString &name) const
{
    return std::any_of(m_connections.cbegin(), m_connections.cend(), [&](const QVariantMap &o) {
        return o.value(QStringLiteral("name")).toString() == name;
    });
}

QVariantMap ConnectionStore::connection(const QString &name) const
{
    for (const QVariantMap &options : m_connections) {
        if (options.value(QStringLiteral("name")).toString() == name)
            return options;
    }
    return {};
}

QString ConnectionStore::uniqueName(const QString &base) const
{
    const QString start = base.trimmed().isEmpty() ? tr("Connection") : base.trimmed();
    if (!contains(start))
        return start;
    for (int i = 2;; ++i) {
        const QString candidate = tr("%1 (%2)").arg(start).arg(i);
        if (!contains(candidate))
            return candidate;
    }
}

QVariantMap ConnectionStore::normalized(const QVariantMap &options)
{
    QVariantMap o;
    auto text = [&](const char *key, const QString &fallback = QString()) {
        const QVariant v = options.value(QLatin1String(key));
        return v.isValid() && !v.isNull() ? v.toString() : fallback;
    };
    auto number = [&](const char *key, int fallback) {
        bool ok = false;
        const int v = options.value(QLatin1String(key)).toInt(&ok);
        return ok ? v : fallback;
    };
    QString mode = text("mode", QStringLiteral("host"));
    if (mode != QLatin1String("host") && mode != QLatin1String("socket") && mode != QLatin1String("url"))
        mode = QStringLiteral("host");
    o.insert(QStringLiteral("name"), text("name").trimmed());
    o.insert(QStringLiteral("mode"), mode);
    o.insert(QStringLiteral("host"), text("host", QStringLiteral("127.0.0.1")).trimmed());
    o.insert(QStringLiteral("port"), qBound(1, number("port", 6379), 65535));
    o.insert(QStringLiteral("socketPath"), text("socketPath").trimmed());
    o.insert(QStringLiteral("username"), text("username"));
    o.insert(QStringLiteral("password"), text("password"));
    o.insert(QStringLiteral("rememberPassword"), options.value(QStringLiteral("rememberPassword")).toBool());
    o.insert(QStringLiteral("askPassword"), options.value(QStringLiteral("askPassword")).toBool());
    o.insert(QStringLiteral("database"), qMax(0, number("database", 0)));
    o.insert(QStringLiteral("clientName"), text("clientName", QStringLiteral("qtredis-browser")));
    o.insert(QStringLiteral("separator"), text("separator", QStringLiteral(":")));

    // A password in the URL is moved out of it.
    QUrl url(text("url").trimmed());
    if (!url.password().isEmpty()) {
        if (o.value(QStringLiteral("password")).toString().isEmpty())
            o.insert(QStringLiteral("password"), url.password());
        url.setPassword(QString());
    }
    o.insert(QStringLiteral("url"), url.isEmpty() ? QString() : url.toString());
    return o;
}

QVariantMap ConnectionStore::fromUrl(const QString &text)
{
    QVariantMap o;
    const QUrl url(text.trimmed());
    o.insert(QStringLiteral("mode"), QStringLiteral("url"));
    o.insert(QStringLiteral("url"), url.toString());
    o.insert(QStringLiteral("username"), url.userName());
    o.insert(QStringLiteral("password"), url.password());
    const QUrlQuery query(url);
    if (url.scheme() == QLatin1String("unix")) {
        o.insert(QStringLiteral("socketPath"), url.path());
        o.insert(QStringLiteral("database"), query.queryItemValue(QStringLiteral("db")).toInt());
    } else {
        o.insert(QStringLiteral("host"), url.host());
        o.insert(QStringLiteral("port"), url.port(6379));
        o.insert(QStringLiteral("database"), url.path().mid(1).toInt());
    }
    if (query.hasQueryItem(QStringLiteral("name")))
        o.insert(QStringLiteral("clientName"), query.queryItemValue(QStringLiteral("name")));
    QString name = url.scheme() == QLatin1String("unix") ? url.path().section(QLatin1Char('/'), -1) : url.host();
    if (name.isEmpty())
        name = url.toString(QUrl::RemovePassword | QUrl::RemoveUserInfo);
    o.insert(QStringLiteral("name"), name);
    return o;
}

QString ConnectionStore::describe(const QVariantMap &options)
{
    const QVariantMap o = normalized(options);
    const QString mode = o.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("url"))
        return QUrl(o.value(QStringLiteral("url")).toString()).toString(QUrl::RemovePassword);
    const int db = o.value(QStringLiteral("database")).toInt();
    if (mode == QLatin1String("socket"))
        return QStringLiteral("unix:%1 db%2").arg(o.value(QStringLiteral("socketPath")).toString()).arg(db);
    return QStringLiteral("%1:%2 db%3")
            .arg(o.value(QStringLiteral("host")).toString())
            .arg(o.value(QStringLiteral("port")).toInt())
            .arg(db);
}

QVariant ConnectionStore::preference(const QString &key, const QVariant &defaultValue) const
{
    return openSettings()->value(QStringLiteral("preferences/") + key, defaultValue);
}

void ConnectionStore::setPreference(const QString &key, const QVariant &value)
{
    auto settings = openSettings();
    settings->setValue(QStringLiteral("preferences/") + key, value);
    settings->sync();
}
