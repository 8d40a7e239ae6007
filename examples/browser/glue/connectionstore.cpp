// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connectionstore.h"

#include "connectionconfig.h"

#include <QtCore/qsettings.h>

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
        options = ConnectionConfig::normalized(options);
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
    QVariantMap entry = ConnectionConfig::normalized(options);
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
