// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef CONNECTIONSTORE_H
#define CONNECTIONSTORE_H

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>
#include <QtQml/qqml.h>

#include <memory>

class QSettings;

// The saved connections (and a few preferences) of the browser, in QSettings:
// the default location (~/.config/QtRedis/qtredis-browser.ini), or the INI
// file settingsFile when it is set (tests, --settings).
//
// A connection is the map ConnectionConfig describes (normalized by it);
// each key is written as it is, so files of earlier versions load and this
// version's files stay readable by them. The password is written only when
// rememberPassword is true (it is stored unencrypted, and the dialog says
// so). Otherwise askPassword records that the connection needs one, and the
// browser asks for it when connecting. A password inside a URL is never
// written: ConnectionConfig takes it out of the URL and treats it like the
// password field.
class ConnectionStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString settingsFile READ settingsFile WRITE setSettingsFile NOTIFY settingsFileChanged)
    Q_PROPERTY(QVariantList connections READ connections NOTIFY connectionsChanged)
    Q_PROPERTY(QString storageLocation READ storageLocation NOTIFY settingsFileChanged)

public:
    explicit ConnectionStore(QObject *parent = nullptr);
    ~ConnectionStore() override;

    QString settingsFile() const;
    void setSettingsFile(const QString &path);
    QString storageLocation() const;

    // Sorted by name (case-insensitive).
    QVariantList connections() const;

    // Adds or replaces the connection options.name; with a previousName that
    // differs, the entry of that name is replaced (a rename). False if the
    // name is empty, or taken by another entry.
    Q_INVOKABLE bool save(const QVariantMap &options, const QString &previousName = QString());
    Q_INVOKABLE bool remove(const QString &name);
    Q_INVOKABLE bool contains(const QString &name) const;
    // The saved options (with the password only if it was remembered); an
    // empty map if there is no such connection.
    Q_INVOKABLE QVariantMap connection(const QString &name) const;
    // A name not used yet, based on base ("local", "local (2)", ...).
    Q_INVOKABLE QString uniqueName(const QString &base) const;

    // Preferences (language, last separator, ...).
    Q_INVOKABLE QVariant preference(const QString &key, const QVariant &defaultValue = QVariant()) const;
    Q_INVOKABLE void setPreference(const QString &key, const QVariant &value);

Q_SIGNALS:
    void settingsFileChanged();
    void connectionsChanged();

private:
    std::unique_ptr<QSettings> openSettings() const;
    void load();
    void write();

    QString m_settingsFile;
    QList<QVariantMap> m_connections;
};

#endif // CONNECTIONSTORE_H
