// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connectionstore.h"

#include "connectionconfig.h"

#include <QtCore/qpointer.h>
#include <QtCore/qsettings.h>
#include <QtCore/quuid.h>
#include <QtQml/qjsengine.h>

#include <qt6keychain/keychain.h>

#include <algorithm>

namespace {

// The keys written for each connection (the secrets never are).
const QStringList &optionKeys()
{
    static const QStringList keys = {
        QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("socketPath"), QStringLiteral("url"), QStringLiteral("username"),
        QStringLiteral("rememberPassword"), QStringLiteral("askPassword"), QStringLiteral("database"),
        QStringLiteral("clientName"), QStringLiteral("separator"),
        // Added with TLS, SSH tunnels and the keychain; earlier versions ignore them.
        QStringLiteral("id"),
        QStringLiteral("tlsEnabled"), QStringLiteral("tlsCaFile"), QStringLiteral("tlsCertFile"),
        QStringLiteral("tlsKeyFile"), QStringLiteral("tlsPeerName"), QStringLiteral("tlsVerifyPeer"),
        QStringLiteral("sshEnabled"), QStringLiteral("sshHost"), QStringLiteral("sshPort"), QStringLiteral("sshUser"),
        QStringLiteral("sshAuth"), QStringLiteral("sshIdentityFile"), QStringLiteral("sshKnownHostsFile"),
        QStringLiteral("sshHostKeyPolicy"), QStringLiteral("sshConfigFile"), QStringLiteral("savedSecrets"),
        QStringLiteral("askSecrets"),
        // Added with Redis Cluster and Sentinel (sentinelPassword is a secret).
        QStringLiteral("topology"), QStringLiteral("seedNodes"), QStringLiteral("readFromReplicas"),
        QStringLiteral("sentinelMasterName"), QStringLiteral("sentinelUsername"),
    };
    return keys;
}

const QString defaultKeychainService = QStringLiteral("QtRedis Browser");
const QString probeKey = QStringLiteral("keychain-probe");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString keychainKey(const QString &id, const QString &field)
{
    return id + QLatin1Char('/') + field;
}

void addOnce(QVariantMap &entry, const char *list, const QString &field)
{
    QStringList l = entry.value(QLatin1String(list)).toStringList();
    if (!l.contains(field))
        l.append(field);
    entry.insert(QLatin1String(list), l);
}

void removeFrom(QVariantMap &entry, const char *list, const QString &field)
{
    QStringList l = entry.value(QLatin1String(list)).toStringList();
    l.removeAll(field);
    entry.insert(QLatin1String(list), l);
}

void syncAskPassword(QVariantMap &entry)
{
    entry.insert(QStringLiteral("askPassword"),
                 entry.value(QStringLiteral("askSecrets")).toStringList().contains(QStringLiteral("password")));
}

} // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent), m_keychainService(defaultKeychainService)
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

QString ConnectionStore::keychainService() const
{
    return m_keychainService;
}

void ConnectionStore::setKeychainService(const QString &service)
{
    const QString s = service.isEmpty() ? defaultKeychainService : service;
    if (s == m_keychainService)
        return;
    m_keychainService = s;
    load();
    Q_EMIT keychainServiceChanged();
    Q_EMIT connectionsChanged();
}

QString ConnectionStore::keychainStatus() const
{
    return m_keychainStatus;
}

QString ConnectionStore::keychainError() const
{
    return m_keychainError;
}

int ConnectionStore::pendingKeychainJobs() const
{
    return m_pendingJobs;
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
    ++m_generation;
    m_connections.clear();
    m_migrating.clear();
    m_pendingReads.clear();
    m_waiting.clear();
    auto settings = openSettings();
    const int count = settings->beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        QVariantMap options;
        for (const QString &key : optionKeys()) {
            const QVariant value = settings->value(key);
            if (value.isValid())
                options.insert(key, value);
        }
        // A clear-text password of an earlier version: used for this
        // session, moved to the keychain (or asked for) by startKeychainWork().
        const QString clearText = settings->value(QStringLiteral("password")).toString();
        options = ConnectionConfig::normalized(options);
        if (options.value(QStringLiteral("name")).toString().isEmpty())
            continue;
        if (options.value(QStringLiteral("id")).toString().isEmpty())
            options.insert(QStringLiteral("id"), newId());
        if (!clearText.isEmpty()) {
            if (options.value(QStringLiteral("rememberPassword")).toBool())
                options.insert(QStringLiteral("password"), clearText);
            m_migrating.insert(options.value(QStringLiteral("id")).toString(),
                               options.value(QStringLiteral("rememberPassword")).toBool() ? clearText : QString());
        }
        // Pending from now on: withSecrets() waits for the reads that
        // startKeychainWork() starts.
        const int saved = int(options.value(QStringLiteral("savedSecrets")).toStringList().size());
        if (saved > 0)
            m_pendingReads.insert(options.value(QStringLiteral("id")).toString(), saved);
        m_connections.append(options);
    }
    settings->endArray();
    sortEntries();
    // The keychain (and the rewrite of the file) once the caller has set
    // the file it wants: a store made in QML gets settingsFile right after
    // construction.
    if (!m_workScheduled) {
        m_workScheduled = true;
        QMetaObject::invokeMethod(this, &ConnectionStore::startKeychainWork, Qt::QueuedConnection);
    }
}

void ConnectionStore::sortEntries()
{
    std::sort(m_connections.begin(), m_connections.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return a.value(QStringLiteral("name")).toString().compare(b.value(QStringLiteral("name")).toString(),
                                                                  Qt::CaseInsensitive) < 0;
    });
}

void ConnectionStore::startKeychainWork()
{
    m_workScheduled = false;
    // Whether there is a keychain at all, for the dialog's note.
    auto *probe = new QKeychain::ReadPasswordJob(m_keychainService, this);
    probe->setKey(probeKey);
    const quint64 generation = m_generation;
    connect(probe, &QKeychain::Job::finished, this, [this, generation](QKeychain::Job *job) {
        jobFinished();
        if (generation != m_generation && m_keychainStatus != QLatin1String("unknown"))
            return;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            if (m_keychainStatus != QLatin1String("available")) {
                m_keychainStatus = QStringLiteral("available");
                m_keychainError.clear();
                Q_EMIT keychainStatusChanged();
            }
        } else {
            keychainFailed(job->errorString());
        }
    });
    jobStarted();
    probe->start();

    bool rewrite = false;
    for (const QVariantMap &entry : std::as_const(m_connections)) {
        const QString id = entry.value(QStringLiteral("id")).toString();
        for (const QString &field : entry.value(QStringLiteral("savedSecrets")).toStringList())
            readSecret(id, field);
    }
    // Clear-text passwords: into the keychain; the file keeps them until
    // the keychain has answered.
    const auto migrating = m_migrating;
    for (auto it = migrating.cbegin(); it != migrating.cend(); ++it) {
        if (it.value().isEmpty()) {
            // Not remembered (a stray password): just removed.
            m_migrating.remove(it.key());
            rewrite = true;
        } else {
            writeSecret(it.key(), QStringLiteral("password"), it.value());
        }
    }
    // Ids made by load() are saved (and the stray passwords dropped).
    auto settings = openSettings();
    const int count = settings->beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count && !rewrite; ++i) {
        settings->setArrayIndex(i);
        rewrite = settings->value(QStringLiteral("id")).toString().isEmpty();
    }
    settings->endArray();
    settings.reset();
    if (rewrite && !m_connections.isEmpty())
        write();
}

void ConnectionStore::jobStarted()
{
    ++m_pendingJobs;
    Q_EMIT pendingKeychainJobsChanged();
}

void ConnectionStore::jobFinished()
{
    --m_pendingJobs;
    Q_EMIT pendingKeychainJobsChanged();
}

QVariantMap *ConnectionStore::entryById(const QString &id)
{
    for (QVariantMap &entry : m_connections) {
        if (entry.value(QStringLiteral("id")).toString() == id)
            return &entry;
    }
    return nullptr;
}

void ConnectionStore::keychainFailed(const QString &message)
{
    if (m_keychainStatus == QLatin1String("unavailable") && m_keychainError == message)
        return;
    m_keychainStatus = QStringLiteral("unavailable");
    m_keychainError = message;
    Q_EMIT keychainStatusChanged();
}

void ConnectionStore::readSecret(const QString &id, const QString &field)
{
    auto *job = new QKeychain::ReadPasswordJob(m_keychainService, this);
    job->setKey(keychainKey(id, field));
    const quint64 generation = m_generation;
    connect(job, &QKeychain::Job::finished, this, [this, generation, id, field](QKeychain::Job *finished) {
        jobFinished();
        if (generation != m_generation)
            return;
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (QVariantMap *entry = entryById(id)) {
            if (read->error() == QKeychain::NoError) {
                // (A value saved meanwhile is newer than the keychain's.)
                if (entry->value(field).toString().isEmpty())
                    entry->insert(field, read->textData());
            } else if (read->error() == QKeychain::EntryNotFound) {
                // Gone from the keychain: asked for from now on.
                removeFrom(*entry, "savedSecrets", field);
                addOnce(*entry, "askSecrets", field);
                syncAskPassword(*entry);
                write();
            } else {
                // Asked for this time; the keychain may be back next time.
                keychainFailed(read->errorString());
            }
        }
        if (--m_pendingReads[id] <= 0)
            secretsSettled(id);
        Q_EMIT connectionsChanged();
    });
    jobStarted();
    job->start();
}

void ConnectionStore::writeSecret(const QString &id, const QString &field, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(m_keychainService, this);
    job->setKey(keychainKey(id, field));
    job->setTextData(value);
    const quint64 generation = m_generation;
    connect(job, &QKeychain::Job::finished, this, [this, generation, id, field](QKeychain::Job *finished) {
        jobFinished();
        if (generation != m_generation)
            return;
        const bool migrated = field == QLatin1String("password") && m_migrating.remove(id) > 0;
        QVariantMap *entry = entryById(id);
        if (finished->error() == QKeychain::NoError) {
            if (entry) {
                addOnce(*entry, "savedSecrets", field);
                removeFrom(*entry, "askSecrets", field);
                syncAskPassword(*entry);
            }
            if (m_keychainStatus != QLatin1String("available")) {
                m_keychainStatus = QStringLiteral("available");
                m_keychainError.clear();
                Q_EMIT keychainStatusChanged();
            }
        } else {
            keychainFailed(finished->errorString());
            // Not saved: asked for when connecting (the value stays for this
            // session only).
            if (entry) {
                removeFrom(*entry, "savedSecrets", field);
                addOnce(*entry, "askSecrets", field);
                syncAskPassword(*entry);
            }
        }
        if (entry || migrated)
            write();
        Q_EMIT connectionsChanged();
    });
    jobStarted();
    job->start();
}

void ConnectionStore::deleteSecret(const QString &id, const QString &field)
{
    auto *job = new QKeychain::DeletePasswordJob(m_keychainService, this);
    job->setKey(keychainKey(id, field));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *) { jobFinished(); });
    jobStarted();
    job->start();
}

void ConnectionStore::secretsSettled(const QString &id)
{
    m_pendingReads.remove(id);
    const auto callbacks = m_waiting.take(id);
    QVariantMap *entry = entryById(id);
    const QVariantMap options = entry ? *entry : QVariantMap();
    for (const auto &callback : callbacks)
        callback(options);
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
        // An earlier version's clear-text password stays only until the
        // keychain has taken it.
        const QString migrating = m_migrating.value(options.value(QStringLiteral("id")).toString());
        if (!migrating.isEmpty())
            settings->setValue(QStringLiteral("password"), migrating);
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
    const QString replaced = previousName.isEmpty() ? name : previousName;
    if (replaced != name && contains(name))
        return false;
    auto it = std::find_if(m_connections.begin(), m_connections.end(), [&](const QVariantMap &o) {
        return o.value(QStringLiteral("name")).toString() == replaced;
    });
    const QVariantMap previous = it != m_connections.end() ? *it : QVariantMap();
    QString id = previous.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = entry.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || (previous.isEmpty() && entryById(id)))
        id = newId();
    entry.insert(QStringLiteral("id"), id);

    // Each secret: to the keychain (remembered and typed in), asked for when
    // connecting, or not used (then gone from the keychain too).
    const QStringList used = ConnectionConfig::usedSecrets(entry);
    const bool remember = entry.value(QStringLiteral("rememberPassword")).toBool();
    const QStringList wasSaved = previous.value(QStringLiteral("savedSecrets")).toStringList();
    QStringList saved;
    QStringList ask;
    for (const QString &field : ConnectionConfig::secretFields()) {
        const QString value = entry.value(field).toString();
        if (used.contains(field) && remember && !value.isEmpty()) {
            writeSecret(id, field, value); // a failure moves it to askSecrets
            saved.append(field);
            continue;
        }
        // Saved, and not read back (yet) when the form was filled: the
        // keychain keeps it.
        if (used.contains(field) && remember && wasSaved.contains(field) && previous.value(field).toString().isEmpty()) {
            saved.append(field);
            continue;
        }
        if (used.contains(field))
            ask.append(field);
        if (!used.contains(field) || !remember)
            entry.insert(field, QString());
        if (wasSaved.contains(field))
            deleteSecret(id, field);
    }
    entry.insert(QStringLiteral("savedSecrets"), saved);
    entry.insert(QStringLiteral("askSecrets"), ask);
    syncAskPassword(entry);
    m_migrating.remove(id);

    if (it != m_connections.end())
        *it = entry;
    else
        m_connections.append(entry);
    sortEntries();
    write();
    Q_EMIT connectionsChanged();
    return true;
}

bool ConnectionStore::remove(const QString &name)
{
    const QVariantMap entry = connection(name);
    if (entry.isEmpty())
        return false;
    const QString id = entry.value(QStringLiteral("id")).toString();
    m_connections.removeIf([&](const QVariantMap &o) {
        return o.value(QStringLiteral("name")).toString() == name;
    });
    m_migrating.remove(id);
    for (const QString &field : entry.value(QStringLiteral("savedSecrets")).toStringList())
        deleteSecret(id, field);
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

void ConnectionStore::withSecrets(const QString &name, std::function<void(const QVariantMap &)> callback)
{
    const QString id = connection(name).value(QStringLiteral("id")).toString();
    if (!id.isEmpty() && m_pendingReads.value(id) > 0) {
        m_waiting[id].append(std::move(callback));
        return;
    }
    QMetaObject::invokeMethod(this, [this, name, callback = std::move(callback)] {
        callback(connection(name));
    }, Qt::QueuedConnection);
}

bool ConnectionStore::secretsPending(const QString &name) const
{
    const QString id = connection(name).value(QStringLiteral("id")).toString();
    return !id.isEmpty() && m_pendingReads.value(id) > 0;
}

void ConnectionStore::withSecrets(const QString &name, const QJSValue &callback)
{
    if (!callback.isCallable())
        return;
    QPointer<ConnectionStore> self(this);
    withSecrets(name, std::function<void(const QVariantMap &)>([self, callback](const QVariantMap &options) {
        QJSEngine *engine = self ? qjsEngine(self.data()) : nullptr;
        if (!engine)
            return;
        QJSValue f = callback;
        f.call({engine->toScriptValue(options)});
    }));
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
