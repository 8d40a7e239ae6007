// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef CONNECTIONCONFIG_H
#define CONNECTIONCONFIG_H

#include <redisclient.h>
#include <redisconnectionoptions.h>

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>
#include <QtQml/qqml.h>

// A connection of the browser as QML and the settings file see it: a map
// with the keys
//   id, name, mode ("host", "socket" or "url"), host, port, socketPath, url,
//   username, password, rememberPassword, askPassword, database, clientName,
//   separator,
//   tlsEnabled, tlsCaFile, tlsCertFile, tlsKeyFile, tlsKeyPassphrase,
//   tlsPeerName, tlsVerifyPeer,
//   sshEnabled, sshHost, sshPort, sshUser, sshAuth ("agent", "key" or
//   "password"), sshIdentityFile, sshPassphrase, sshPassword,
//   sshKnownHostsFile, sshHostKeyPolicy ("strict", "acceptNew", "acceptAny"),
//   sshConfigFile (not in the dialog; kept),
//   topology ("standalone", "cluster", "sentinel"), seedNodes (the seeds or
//   sentinels besides host:port, "host:port" each), readFromReplicas,
//   sentinelMasterName, sentinelUsername, sentinelPassword,
//   savedSecrets, askSecrets
// (the format ConnectionStore writes, less the secrets). The secrets are
// password, tlsKeyPassphrase, sshPassword, sshPassphrase and
// sentinelPassword (secretFields()):
// rememberPassword asks for them to be saved (in the system keychain),
// savedSecrets lists those that are, askSecrets those the browser asks for
// when connecting (askPassword is askSecrets' "password", kept for files of
// earlier versions). The map is what the connection dialog
// edits and what is saved; the library's RedisConnectionOptions is what a
// client uses. This is the one place that converts between the two: URLs
// are read and written by RedisConnectionOptions (fromUrl(), toUrl(),
// endpointText()), never by the browser.
//
// In "url" mode the URL gives the endpoint and the database; the username,
// password and client name of the form, when filled in, take precedence over
// the URL's. A password never stays inside a stored URL and never appears
// in a description.
class ConnectionConfig : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ConnectionConfig(QObject *parent = nullptr);

    // Every key present with its default, types fixed; a password inside the
    // URL is moved to "password" (when that is empty) and taken out of the URL.
    Q_INVOKABLE static QVariantMap normalized(const QVariantMap &connection);
    // A connection in "url" mode for a redis:// or unix:// URL: endpoint,
    // database and client name as RedisConnectionOptions reads them (?db=
    // and ?name= included), the password (if the URL has one) in
    // "password", the URL kept without it; named after the host or the
    // socket file.
    Q_INVOKABLE static QVariantMap fromUrl(const QString &url);
    // A short description without secrets, the same for every mode: the
    // endpoint (RedisConnectionOptions::endpointText()) and the database,
    // "127.0.0.1:6379 db0", "unix:/tmp/redis.sock db1"; "cluster · 3 seeds",
    // "sentinel · mymaster · 2 sentinels" (translated); an unusable URL as
    // typed (without its password).
    Q_INVOKABLE static QString describe(const QVariantMap &connection);

    // The library's options for a connection. *ok and *errorString tell
    // whether its URL is usable (always true for host and socket).
    static RedisConnectionOptions toOptions(const QVariantMap &connection, bool *ok = nullptr,
                                            QString *errorString = nullptr);
    // Puts the connection's endpoint, credentials, database and client name
    // on client (its timeouts and reconnect policy stay). Returns an empty
    // string, or why the connection cannot be used (the client is then left
    // as it was).
    Q_INVOKABLE static QString configure(RedisClient *client, const QVariantMap &connection);
    // Connects client with the options configure() put on it: through
    // connectToCluster() or connectToSentinel() for those topologies,
    // connectToServer() otherwise.
    Q_INVOKABLE static void open(RedisClient *client);
    // The topology of the client's options: "standalone", "cluster" or "sentinel".
    Q_INVOKABLE static QString topology(RedisClient *client);
    // "host:port", "[v6]:port" or the socket path of the client's endpoint
    // (RedisConnectionOptions::endpointText()).
    Q_INVOKABLE static QString endpointText(RedisClient *client);

    // The keys of the secrets: password, tlsKeyPassphrase, sshPassword,
    // sshPassphrase, sentinelPassword.
    Q_INVOKABLE static QStringList secretFields();
    // The secrets the connection uses (those its authentication needs and
    // that are filled in or were asked for before).
    Q_INVOKABLE static QStringList usedSecrets(const QVariantMap &connection);
    // The secrets to ask for before connecting: in askSecrets or
    // savedSecrets, and empty.
    Q_INVOKABLE static QStringList missingSecrets(const QVariantMap &connection);
    // What an SshHostKeyRejected message says: { fingerprint: "SHA256:...",
    // changed: true if the key differs from the recorded one (no
    // fingerprint-and-accept offer then) }.
    Q_INVOKABLE static QVariantMap hostKeyProblem(const QString &message);
    // A file dialog's URL as a path, and back (the folder to start in).
    Q_INVOKABLE static QString localPath(const QUrl &url);
    Q_INVOKABLE static QUrl folderUrl(const QString &path);
};

#endif // CONNECTIONCONFIG_H
