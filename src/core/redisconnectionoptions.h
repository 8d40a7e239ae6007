// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISCONNECTIONOPTIONS_H
#define REDISCONNECTIONOPTIONS_H

#include "redisglobal.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qmap.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qurl.h>
#include <QtNetwork/qsslconfiguration.h>

class RedisConnectionOptionsPrivate;

// Where and how to connect: endpoint, credentials, database, client name,
// timeouts and the reconnect policy; with the URL forms. An implicitly
// shared value. See the qdoc comments in redisconnectionoptions.cpp.
class QTREDIS_EXPORT RedisConnectionOptions
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(RedisConnectionOptions)
    Q_PROPERTY(QString host READ host WRITE setHost)
    Q_PROPERTY(quint16 port READ port WRITE setPort)
    Q_PROPERTY(QString unixSocketPath READ unixSocketPath WRITE setUnixSocketPath)
    Q_PROPERTY(QString username READ username WRITE setUsername)
    Q_PROPERTY(QString password READ password WRITE setPassword)
    Q_PROPERTY(int database READ database WRITE setDatabase)
    Q_PROPERTY(QString clientName READ clientName WRITE setClientName)
    Q_PROPERTY(int connectTimeout READ connectTimeout WRITE setConnectTimeout)
    Q_PROPERTY(int commandTimeout READ commandTimeout WRITE setCommandTimeout)
    Q_PROPERTY(int healthCheckInterval READ healthCheckInterval WRITE setHealthCheckInterval)
    Q_PROPERTY(bool autoReconnect READ autoReconnect WRITE setAutoReconnect)
    Q_PROPERTY(int reconnectInitialDelay READ reconnectInitialDelay WRITE setReconnectInitialDelay)
    Q_PROPERTY(int reconnectMaxDelay READ reconnectMaxDelay WRITE setReconnectMaxDelay)
    Q_PROPERTY(double reconnectFactor READ reconnectFactor WRITE setReconnectFactor)
    Q_PROPERTY(int maxQueuedCommands READ maxQueuedCommands WRITE setMaxQueuedCommands)
    Q_PROPERTY(bool tlsEnabled READ isTlsEnabled WRITE setTlsEnabled)
    Q_PROPERTY(QString tlsCaCertificateFile READ tlsCaCertificateFile WRITE setTlsCaCertificateFile)
    Q_PROPERTY(QString tlsCertificateFile READ tlsCertificateFile WRITE setTlsCertificateFile)
    Q_PROPERTY(QString tlsPrivateKeyFile READ tlsPrivateKeyFile WRITE setTlsPrivateKeyFile)
    Q_PROPERTY(QString tlsPrivateKeyPassphrase READ tlsPrivateKeyPassphrase WRITE setTlsPrivateKeyPassphrase)
    Q_PROPERTY(QString tlsPeerName READ tlsPeerName WRITE setTlsPeerName)
    Q_PROPERTY(bool tlsVerifyPeer READ tlsVerifyPeer WRITE setTlsVerifyPeer)
    Q_PROPERTY(QString sshHost READ sshHost WRITE setSshHost)
    Q_PROPERTY(quint16 sshPort READ sshPort WRITE setSshPort)
    Q_PROPERTY(QString sshUser READ sshUser WRITE setSshUser)
    Q_PROPERTY(QString sshIdentityFile READ sshIdentityFile WRITE setSshIdentityFile)
    Q_PROPERTY(QString sshPassword READ sshPassword WRITE setSshPassword)
    Q_PROPERTY(QString sshPassphrase READ sshPassphrase WRITE setSshPassphrase)
    Q_PROPERTY(bool sshUseAgent READ sshUseAgent WRITE setSshUseAgent)
    Q_PROPERTY(QString sshKnownHostsFile READ sshKnownHostsFile WRITE setSshKnownHostsFile)
    Q_PROPERTY(SshHostKeyPolicy sshHostKeyPolicy READ sshHostKeyPolicy WRITE setSshHostKeyPolicy)
    Q_PROPERTY(QString sshConfigFile READ sshConfigFile WRITE setSshConfigFile)
    Q_PROPERTY(Topology topology READ topology WRITE setTopology)
    Q_PROPERTY(QStringList seedNodes READ seedNodes WRITE setSeedNodes)
    Q_PROPERTY(QString sentinelMasterName READ sentinelMasterName WRITE setSentinelMasterName)
    Q_PROPERTY(QString sentinelUsername READ sentinelUsername WRITE setSentinelUsername)
    Q_PROPERTY(QString sentinelPassword READ sentinelPassword WRITE setSentinelPassword)
    Q_PROPERTY(bool readFromReplicas READ readFromReplicas WRITE setReadFromReplicas)

public:
    RedisConnectionOptions();
    RedisConnectionOptions(const RedisConnectionOptions &other);
    RedisConnectionOptions(RedisConnectionOptions &&other) noexcept;
    RedisConnectionOptions &operator=(const RedisConnectionOptions &other);
    RedisConnectionOptions &operator=(RedisConnectionOptions &&other) noexcept;
    ~RedisConnectionOptions();
    void swap(RedisConnectionOptions &other) noexcept { d.swap(other.d); }

    // Endpoint: a unix socket when unixSocketPath is set, else host:port.
    QString host() const;
    void setHost(const QString &host);
    quint16 port() const;
    void setPort(quint16 port);
    QString unixSocketPath() const;
    void setUnixSocketPath(const QString &path);
    bool isUnixSocket() const;

    // Credentials and session.
    QString username() const;
    void setUsername(const QString &username);
    QString password() const;
    void setPassword(const QString &password);
    int database() const;
    void setDatabase(int database);
    QString clientName() const;
    void setClientName(const QString &name);

    // Timeouts, milliseconds; <= 0: none.
    int connectTimeout() const;
    void setConnectTimeout(int milliseconds);
    int commandTimeout() const;
    void setCommandTimeout(int milliseconds);
    int healthCheckInterval() const;
    void setHealthCheckInterval(int milliseconds);

    // Reconnect policy and the queue of commands held meanwhile.
    bool autoReconnect() const;
    void setAutoReconnect(bool enabled);
    int reconnectInitialDelay() const;
    void setReconnectInitialDelay(int milliseconds);
    int reconnectMaxDelay() const;
    void setReconnectMaxDelay(int milliseconds);
    double reconnectFactor() const;
    void setReconnectFactor(double factor);
    int maxQueuedCommands() const;
    void setMaxQueuedCommands(int count);

    // TLS (Qt's TLS backend): chain and host name verified unless
    // tlsVerifyPeer is turned off.
    bool isTlsEnabled() const;
    void setTlsEnabled(bool enabled);
    // The base configuration (protocols, ciphers, CA list); the options
    // below are applied on top of it.
    QSslConfiguration sslConfiguration() const;
    void setSslConfiguration(const QSslConfiguration &configuration);
    QString tlsCaCertificateFile() const;        // PEM; replaces the system CAs
    void setTlsCaCertificateFile(const QString &path);
    QString tlsCertificateFile() const;          // PEM client certificate (mutual TLS)
    void setTlsCertificateFile(const QString &path);
    QString tlsPrivateKeyFile() const;           // PEM key of the client certificate
    void setTlsPrivateKeyFile(const QString &path);
    QString tlsPrivateKeyPassphrase() const;     // a secret
    void setTlsPrivateKeyPassphrase(const QString &passphrase);
    QString tlsPeerName() const;                 // SNI and the name verified; empty: host
    void setTlsPeerName(const QString &name);
    bool tlsVerifyPeer() const;                  // default true
    void setTlsVerifyPeer(bool verify);
    // The configuration a TLS connection uses: the base with the files
    // loaded; false and errorString if a file cannot be used.
    bool resolveSslConfiguration(QSslConfiguration *configuration, QString *errorString = nullptr) const;

    // SSH tunnel through the system's OpenSSH client; host and port (or the
    // unix socket) are then as the SSH server sees them.
    enum class SshHostKeyPolicy { Strict, AcceptNew, AcceptAny };
    Q_ENUM(SshHostKeyPolicy)
    bool isSshTunnel() const;                    // sshHost is set
    QString sshHost() const;
    void setSshHost(const QString &host);
    quint16 sshPort() const;                     // default 22
    void setSshPort(quint16 port);
    QString sshUser() const;                     // empty: ssh's default
    void setSshUser(const QString &user);
    QString sshIdentityFile() const;             // private key file; empty: ssh's defaults
    void setSshIdentityFile(const QString &path);
    QString sshPassword() const;                 // a secret: password authentication
    void setSshPassword(const QString &password);
    QString sshPassphrase() const;               // a secret: the identity file's passphrase
    void setSshPassphrase(const QString &passphrase);
    bool sshUseAgent() const;                    // default true
    void setSshUseAgent(bool use);
    QString sshKnownHostsFile() const;           // empty: ssh's default
    void setSshKnownHostsFile(const QString &path);
    SshHostKeyPolicy sshHostKeyPolicy() const;   // default Strict
    void setSshHostKeyPolicy(SshHostKeyPolicy policy);
    QString sshConfigFile() const;               // empty: ~/.ssh/config; "none": no file
    void setSshConfigFile(const QString &path);
    // "user@host:port" of the SSH server, for messages.
    QString sshEndpointText() const;

    // Topologies: one server, a Redis Cluster, or a master found through sentinels.
    enum class Topology { Standalone, Cluster, Sentinel };
    Q_ENUM(Topology)
    Topology topology() const;                   // default Standalone
    void setTopology(Topology topology);
    // Cluster: the seed nodes; Sentinel: the sentinels ("host:port" each).
    // The first is host:port; the others follow it.
    QStringList seedNodes() const;
    void setSeedNodes(const QStringList &nodes);
    QString sentinelMasterName() const;          // the name the sentinels monitor
    void setSentinelMasterName(const QString &name);
    QString sentinelUsername() const;            // ACL user of the sentinels (not the data nodes')
    void setSentinelUsername(const QString &username);
    QString sentinelPassword() const;            // a secret: AUTH on the sentinels
    void setSentinelPassword(const QString &password);
    // Cluster: read-only commands go to replicas (READONLY); Sentinel: the
    // client connects to a replica instead of the master. Default false.
    bool readFromReplicas() const;
    void setReadFromReplicas(bool enabled);
    // Cluster: node addresses as announced ("host:port") mapped to the
    // addresses to connect to (NAT, containers, SSH forwards).
    QMap<QString, QString> nodeAddressMap() const;
    void setNodeAddressMap(const QMap<QString, QString> &map);
    // "host:port", "[v6]:port" or "host" (defaultPort): false if unusable.
    static bool parseNodeAddress(const QString &text, QString *host, quint16 *port, quint16 defaultPort = 6379);
    static QString nodeAddressText(const QString &host, quint16 port);

    // URL forms (see the qdoc of setUrl()).
    bool setUrl(const QUrl &url, QString *errorString = nullptr);
    static RedisConnectionOptions fromUrl(const QUrl &url, bool *ok = nullptr, QString *errorString = nullptr);
    enum class UrlFormat { WithoutPassword, WithPassword };
    QUrl toUrl(UrlFormat format = UrlFormat::WithoutPassword) const;
    static bool isSupportedUrl(const QUrl &url);

    // "host:port", "[v6]:port" or the socket path, for messages.
    QString endpointText() const;

    bool operator==(const RedisConnectionOptions &other) const;
    bool operator!=(const RedisConnectionOptions &other) const { return !(*this == other); }

private:
    QSharedDataPointer<RedisConnectionOptionsPrivate> d;
};

Q_DECLARE_SHARED(RedisConnectionOptions)
Q_DECLARE_METATYPE(RedisConnectionOptions)

#endif // REDISCONNECTIONOPTIONS_H
