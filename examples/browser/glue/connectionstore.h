// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef CONNECTIONSTORE_H
#define CONNECTIONSTORE_H

#include <QtCore/qhash.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>
#include <QtQml/qjsvalue.h>
#include <QtQml/qqml.h>

#include <functional>
#include <memory>

class QSettings;

// The saved connections (and a few preferences) of the browser, in QSettings:
// the default location (~/.config/QtRedis/qtredis-browser.ini), or the INI
// file settingsFile when it is set (tests, --settings).
//
// A connection is the map ConnectionConfig describes (normalized by it);
// each key is written as it is, so files of earlier versions load and this
// version's files stay readable by them. Each connection has an id (made on
// first save or load) that names its secrets in the keychain.
//
// Secrets (ConnectionConfig::secretFields(): the password, the TLS key's
// passphrase, the SSH password and passphrase) are never written to the
// settings file. With rememberPassword they go to the system keychain
// (QtKeychain, service keychainService, key "<id>/<field>"); every keychain
// job is asynchronous, and the secrets of saved connections arrive in
// connections() when their reads finish (withSecrets() waits for them).
// Without a keychain service (keychainStatus "unavailable") the browser asks
// for each secret when connecting: askSecrets lists those it asks for.
//
// A clear-text password left in the file by an earlier version is moved
// into the keychain on load and removed from the file; without a keychain
// it is removed as well and asked for from then on.
class ConnectionStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString settingsFile READ settingsFile WRITE setSettingsFile NOTIFY settingsFileChanged)
    Q_PROPERTY(QString keychainService READ keychainService WRITE setKeychainService NOTIFY keychainServiceChanged)
    Q_PROPERTY(QVariantList connections READ connections NOTIFY connectionsChanged)
    Q_PROPERTY(QString storageLocation READ storageLocation NOTIFY settingsFileChanged)
    // "unknown" (not probed yet), "available" or "unavailable".
    Q_PROPERTY(QString keychainStatus READ keychainStatus NOTIFY keychainStatusChanged)
    // Why the keychain cannot be used (the keychain's message), or "".
    Q_PROPERTY(QString keychainError READ keychainError NOTIFY keychainStatusChanged)
    // Keychain jobs still running (reads, writes, deletions).
    Q_PROPERTY(int pendingKeychainJobs READ pendingKeychainJobs NOTIFY pendingKeychainJobsChanged)

public:
    explicit ConnectionStore(QObject *parent = nullptr);
    ~ConnectionStore() override;

    QString settingsFile() const;
    void setSettingsFile(const QString &path);
    QString storageLocation() const;
    QString keychainService() const;
    void setKeychainService(const QString &service);
    QString keychainStatus() const;
    QString keychainError() const;
    int pendingKeychainJobs() const;

    // Sorted by name (case-insensitive).
    QVariantList connections() const;

    // Adds or replaces the connection options.name; with a previousName that
    // differs, the entry of that name is replaced (a rename). False if the
    // name is empty, or taken by another entry.
    Q_INVOKABLE bool save(const QVariantMap &options, const QString &previousName = QString());
    Q_INVOKABLE bool remove(const QString &name);
    Q_INVOKABLE bool contains(const QString &name) const;
    // The saved options (with the secrets read from the keychain so far);
    // an empty map if there is no such connection.
    Q_INVOKABLE QVariantMap connection(const QString &name) const;
    // Calls callback(options) with the connection once no keychain read for
    // it is pending (at once, from the event loop, if none is); options is
    // empty if there is no such connection.
    Q_INVOKABLE void withSecrets(const QString &name, const QJSValue &callback);
    void withSecrets(const QString &name, std::function<void(const QVariantMap &)> callback);
    // True while a keychain read for the connection runs.
    Q_INVOKABLE bool secretsPending(const QString &name) const;
    // A name not used yet, based on base ("local", "local (2)", ...).
    Q_INVOKABLE QString uniqueName(const QString &base) const;

    // Preferences (language, last separator, ...).
    Q_INVOKABLE QVariant preference(const QString &key, const QVariant &defaultValue = QVariant()) const;
    Q_INVOKABLE void setPreference(const QString &key, const QVariant &value);

Q_SIGNALS:
    void settingsFileChanged();
    void keychainServiceChanged();
    void connectionsChanged();
    void keychainStatusChanged();
    void pendingKeychainJobsChanged();

private:
    std::unique_ptr<QSettings> openSettings() const;
    void load();
    void write();
    void startKeychainWork();
    void readSecret(const QString &id, const QString &field);
    void writeSecret(const QString &id, const QString &field, const QString &value);
    void deleteSecret(const QString &id, const QString &field);
    void keychainFailed(const QString &message);
    void jobStarted();
    void jobFinished();
    void secretsSettled(const QString &id);
    QVariantMap *entryById(const QString &id);
    void sortEntries();

    QString m_settingsFile;
    QString m_keychainService;
    QList<QVariantMap> m_connections;
    // Clear-text passwords found in the file, by connection id, to move into
    // the keychain once it answers.
    QHash<QString, QString> m_migrating;
    QHash<QString, int> m_pendingReads; // id -> reads running
    QHash<QString, QList<std::function<void(const QVariantMap &)>>> m_waiting; // id -> withSecrets callbacks
    QString m_keychainStatus = QStringLiteral("unknown");
    QString m_keychainError;
    int m_pendingJobs = 0;
    quint64 m_generation = 0; // a load() makes the jobs of earlier loads stale
    bool m_workScheduled = false;
};

#endif // CONNECTIONSTORE_H
