// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisconnectionoptions.h"

#include <QtCore/qfile.h>
#include <QtCore/qurlquery.h>
#include <QtNetwork/qsslcertificate.h>
#include <QtNetwork/qsslkey.h>

class RedisConnectionOptionsPrivate : public QSharedData
{
public:
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    QString unixSocketPath;
    QString username;
    QString password;
    int database = 0;
    QString clientName;
    int connectTimeout = 10000;
    int commandTimeout = 30000;
    int healthCheckInterval = 15000;
    bool autoReconnect = true;
    int reconnectInitialDelay = 250;
    int reconnectMaxDelay = 30000;
    double reconnectFactor = 2.0;
    int maxQueuedCommands = 10000;
    // TLS
    QSslConfiguration sslConfiguration = QSslConfiguration::defaultConfiguration();
    QString tlsCaCertificateFile;
    QString tlsCertificateFile;
    QString tlsPrivateKeyFile;
    QString tlsPrivateKeyPassphrase;
    QString tlsPeerName;
    bool tlsEnabled = false;
    bool tlsVerifyPeer = true;
    // SSH
    QString sshHost;
    quint16 sshPort = 22;
    QString sshUser;
    QString sshIdentityFile;
    QString sshPassword;
    QString sshPassphrase;
    QString sshKnownHostsFile;
    QString sshConfigFile;
    RedisConnectionOptions::SshHostKeyPolicy sshHostKeyPolicy = RedisConnectionOptions::SshHostKeyPolicy::Strict;
    bool sshUseAgent = true;
    // Topology
    RedisConnectionOptions::Topology topology = RedisConnectionOptions::Topology::Standalone;
    QStringList moreNodes;  // the seed nodes after host:port
    QString sentinelMasterName;
    QString sentinelUsername;
    QString sentinelPassword;
    QMap<QString, QString> nodeAddressMap;
    bool readFromReplicas = false;

    bool topologyEquals(const RedisConnectionOptionsPrivate &o) const
    {
        return topology == o.topology && moreNodes == o.moreNodes && sentinelMasterName == o.sentinelMasterName
                && sentinelUsername == o.sentinelUsername && sentinelPassword == o.sentinelPassword
                && nodeAddressMap == o.nodeAddressMap && readFromReplicas == o.readFromReplicas;
    }
    bool tlsEquals(const RedisConnectionOptionsPrivate &o) const
    {
        return tlsEnabled == o.tlsEnabled && sslConfiguration == o.sslConfiguration
                && tlsCaCertificateFile == o.tlsCaCertificateFile && tlsCertificateFile == o.tlsCertificateFile
                && tlsPrivateKeyFile == o.tlsPrivateKeyFile && tlsPrivateKeyPassphrase == o.tlsPrivateKeyPassphrase
                && tlsPeerName == o.tlsPeerName && tlsVerifyPeer == o.tlsVerifyPeer;
    }
    bool sshEquals(const RedisConnectionOptionsPrivate &o) const
    {
        return sshHost == o.sshHost && sshPort == o.sshPort && sshUser == o.sshUser
                && sshIdentityFile == o.sshIdentityFile && sshPassword == o.sshPassword
                && sshPassphrase == o.sshPassphrase && sshKnownHostsFile == o.sshKnownHostsFile
                && sshConfigFile == o.sshConfigFile && sshHostKeyPolicy == o.sshHostKeyPolicy
                && sshUseAgent == o.sshUseAgent;
    }

    bool operator==(const RedisConnectionOptionsPrivate &o) const
    {
        return host == o.host && port == o.port && unixSocketPath == o.unixSocketPath
                && username == o.username && password == o.password && database == o.database
                && clientName == o.clientName && connectTimeout == o.connectTimeout
                && commandTimeout == o.commandTimeout && healthCheckInterval == o.healthCheckInterval
                && autoReconnect == o.autoReconnect && reconnectInitialDelay == o.reconnectInitialDelay
                && reconnectMaxDelay == o.reconnectMaxDelay && qFuzzyCompare(reconnectFactor, o.reconnectFactor)
                && maxQueuedCommands == o.maxQueuedCommands && tlsEquals(o) && sshEquals(o)
                && topologyEquals(o);
    }
};

/*!
    \class RedisConnectionOptions
    \inmodule QtRedis
    \brief Where and how to connect to a Redis server.

    One value holds everything a connection needs: the endpoint (a TCP host
    and port, or a unix socket), the credentials (an ACL user and a
    password), the database to \c SELECT, the name to give the connection
    with \c{CLIENT SETNAME}, the timeouts, the reconnect policy and the bound
    of the queue of commands held while not connected. Applications keep,
    compare, store and edit connection settings with it, and turn them into
    a URL and back (setUrl(), fromUrl(), toUrl()); isSupportedUrl() checks
    a URL without keeping anything.

    It is an implicitly shared value class: copies are cheap, and distinct
    instances can be used in different threads at the same time.

    Secrets: the password is part of the value (a connection needs it), but
    toUrl() leaves it out unless asked for, endpointText() never holds it,
    and the messages of setUrl() never quote it.

    \sa {Connection URLs}
*/

/*! Constructs options with the defaults: 127.0.0.1:6379, no credentials,
    database 0, a connect timeout of 10 s, a command timeout of 30 s, a
    health check every 15 s, and reconnecting on (250 ms doubling up to 30 s,
    at most 10,000 commands held). */
RedisConnectionOptions::RedisConnectionOptions() : d(new RedisConnectionOptionsPrivate) {}
/*! Copies \a other (a cheap, shared copy). */
RedisConnectionOptions::RedisConnectionOptions(const RedisConnectionOptions &other) = default;
/*! Moves \a other into these options; afterwards \a other can only be
    assigned to or destroyed. */
RedisConnectionOptions::RedisConnectionOptions(RedisConnectionOptions &&other) noexcept = default;
/*! Assigns \a other to these options and returns a reference to them. */
RedisConnectionOptions &RedisConnectionOptions::operator=(const RedisConnectionOptions &other) = default;
/*! Move-assigns \a other to these options and returns a reference to
    them. */
RedisConnectionOptions &RedisConnectionOptions::operator=(RedisConnectionOptions &&other) noexcept = default;
/*! Destroys the options. */
RedisConnectionOptions::~RedisConnectionOptions() = default;

/*!
    \fn void RedisConnectionOptions::swap(RedisConnectionOptions &other)
    Swaps these options with \a other. This operation is very fast and never
    fails.
*/

/*! \property RedisConnectionOptions::host
    \brief The server's host name or IP address (default 127.0.0.1).
    Host names are resolved asynchronously; IPv4 is preferred when offered. */
QString RedisConnectionOptions::host() const { return d->host; }
void RedisConnectionOptions::setHost(const QString &host) { d->host = host; }

/*! \property RedisConnectionOptions::port
    \brief The server's TCP port (default 6379). */
quint16 RedisConnectionOptions::port() const { return d->port; }
void RedisConnectionOptions::setPort(quint16 port) { d->port = port; }

/*! \property RedisConnectionOptions::unixSocketPath
    \brief The server's unix socket; when set, it is used instead of host and port. */
QString RedisConnectionOptions::unixSocketPath() const { return d->unixSocketPath; }
void RedisConnectionOptions::setUnixSocketPath(const QString &path) { d->unixSocketPath = path; }

/*! Returns true if the endpoint is a unix socket (unixSocketPath is set). */
bool RedisConnectionOptions::isUnixSocket() const { return !d->unixSocketPath.isEmpty(); }

/*! \property RedisConnectionOptions::username
    \brief The ACL user sent with \c AUTH; empty means the default user. */
QString RedisConnectionOptions::username() const { return d->username; }
void RedisConnectionOptions::setUsername(const QString &username) { d->username = username; }

/*! \property RedisConnectionOptions::password
    \brief The password sent with \c AUTH; empty: no \c AUTH.
    It never reaches logs, error messages or toUrl() (unless asked for). */
QString RedisConnectionOptions::password() const { return d->password; }
void RedisConnectionOptions::setPassword(const QString &password) { d->password = password; }

/*! \property RedisConnectionOptions::database
    \brief The database selected after connecting (0: no \c SELECT is sent). */
int RedisConnectionOptions::database() const { return d->database; }
void RedisConnectionOptions::setDatabase(int database) { d->database = database; }

/*! \property RedisConnectionOptions::clientName
    \brief The name set with \c{CLIENT SETNAME} after connecting (empty: none). */
QString RedisConnectionOptions::clientName() const { return d->clientName; }
void RedisConnectionOptions::setClientName(const QString &name) { d->clientName = name; }

/*! \property RedisConnectionOptions::connectTimeout
    \brief Milliseconds one connection attempt may take, name lookup and
    handshake included (default 10000; <= 0: none). */
int RedisConnectionOptions::connectTimeout() const { return d->connectTimeout; }
void RedisConnectionOptions::setConnectTimeout(int milliseconds) { d->connectTimeout = milliseconds; }

/*! \property RedisConnectionOptions::commandTimeout
    \brief Milliseconds from issuing a command to its reply (default 30000;
    <= 0: none). Blocking commands get their own wait added. */
int RedisConnectionOptions::commandTimeout() const { return d->commandTimeout; }
void RedisConnectionOptions::setCommandTimeout(int milliseconds) { d->commandTimeout = milliseconds; }

/*! \property RedisConnectionOptions::healthCheckInterval
    \brief The idle \c PING period in milliseconds (default 15000; <= 0: off). */
int RedisConnectionOptions::healthCheckInterval() const { return d->healthCheckInterval; }
void RedisConnectionOptions::setHealthCheckInterval(int milliseconds) { d->healthCheckInterval = milliseconds; }

/*! \property RedisConnectionOptions::autoReconnect
    \brief Whether a lost link or a failed attempt is retried (default true). */
bool RedisConnectionOptions::autoReconnect() const { return d->autoReconnect; }
void RedisConnectionOptions::setAutoReconnect(bool enabled) { d->autoReconnect = enabled; }

/*! \property RedisConnectionOptions::reconnectInitialDelay
    \brief Milliseconds before the first retry (default 250; at least 0). */
int RedisConnectionOptions::reconnectInitialDelay() const { return d->reconnectInitialDelay; }
void RedisConnectionOptions::setReconnectInitialDelay(int milliseconds) { d->reconnectInitialDelay = qMax(0, milliseconds); }

/*! \property RedisConnectionOptions::reconnectMaxDelay
    \brief The cap of the backoff in milliseconds (default 30000; at least 0). */
int RedisConnectionOptions::reconnectMaxDelay() const { return d->reconnectMaxDelay; }
void RedisConnectionOptions::setReconnectMaxDelay(int milliseconds) { d->reconnectMaxDelay = qMax(0, milliseconds); }

/*! \property RedisConnectionOptions::reconnectFactor
    \brief The growth of the backoff per failed attempt (default 2; at least 1). */
double RedisConnectionOptions::reconnectFactor() const { return d->reconnectFactor; }
void RedisConnectionOptions::setReconnectFactor(double factor) { d->reconnectFactor = qMax(1.0, factor); }

/*! \property RedisConnectionOptions::maxQueuedCommands
    \brief How many commands are held while not connected (default 10000;
    < 0: no bound). */
int RedisConnectionOptions::maxQueuedCommands() const { return d->maxQueuedCommands; }
void RedisConnectionOptions::setMaxQueuedCommands(int count) { d->maxQueuedCommands = count; }

/*! \property RedisConnectionOptions::tlsEnabled
    \brief Whether the connection is encrypted with TLS (default false).

    TLS goes through Qt's TLS backend on every connection of the client
    (commands, pub/sub, \c MONITOR). The server's certificate chain and its
    name are verified unless tlsVerifyPeer is turned off; reconnects make a
    new TLS handshake.
    RedisClient::connectToHostEncrypted() turns it on.
    \sa {Connection URLs}
*/
bool RedisConnectionOptions::isTlsEnabled() const { return d->tlsEnabled; }
void RedisConnectionOptions::setTlsEnabled(bool enabled) { d->tlsEnabled = enabled; }

/*! Returns the base TLS configuration (default:
    QSslConfiguration::defaultConfiguration()). The TLS options of these
    options (CA file, client certificate, verification) are applied on top
    of it by resolveSslConfiguration(). */
QSslConfiguration RedisConnectionOptions::sslConfiguration() const { return d->sslConfiguration; }
/*! Sets the base TLS configuration to \a configuration: protocols,
    ciphers, CA certificates, a client certificate and key, the peer
    verification mode. */
void RedisConnectionOptions::setSslConfiguration(const QSslConfiguration &configuration) { d->sslConfiguration = configuration; }

/*! \property RedisConnectionOptions::tlsCaCertificateFile
    \brief A PEM file of CA certificates to trust instead of the system's
    (redis-cli's \c{--cacert}); empty: the base configuration's CAs. */
QString RedisConnectionOptions::tlsCaCertificateFile() const { return d->tlsCaCertificateFile; }
void RedisConnectionOptions::setTlsCaCertificateFile(const QString &path) { d->tlsCaCertificateFile = path; }

/*! \property RedisConnectionOptions::tlsCertificateFile
    \brief A PEM client certificate for servers that require one (mutual
    TLS, \c{tls-auth-clients yes}); used with tlsPrivateKeyFile. */
QString RedisConnectionOptions::tlsCertificateFile() const { return d->tlsCertificateFile; }
void RedisConnectionOptions::setTlsCertificateFile(const QString &path) { d->tlsCertificateFile = path; }

/*! \property RedisConnectionOptions::tlsPrivateKeyFile
    \brief The PEM private key of tlsCertificateFile (RSA or EC). */
QString RedisConnectionOptions::tlsPrivateKeyFile() const { return d->tlsPrivateKeyFile; }
void RedisConnectionOptions::setTlsPrivateKeyFile(const QString &path) { d->tlsPrivateKeyFile = path; }

/*! \property RedisConnectionOptions::tlsPrivateKeyPassphrase
    \brief The passphrase of an encrypted tlsPrivateKeyFile. A secret: it
    never reaches logs, messages or toUrl(). */
QString RedisConnectionOptions::tlsPrivateKeyPassphrase() const { return d->tlsPrivateKeyPassphrase; }
void RedisConnectionOptions::setTlsPrivateKeyPassphrase(const QString &passphrase) { d->tlsPrivateKeyPassphrase = passphrase; }

/*! \property RedisConnectionOptions::tlsPeerName
    \brief The name sent as SNI and verified against the server's
    certificate (redis-cli's \c{--sni}); empty: host. Set it when host is an
    address or a tunnel's end and the certificate names the server. */
QString RedisConnectionOptions::tlsPeerName() const { return d->tlsPeerName; }
void RedisConnectionOptions::setTlsPeerName(const QString &name) { d->tlsPeerName = name; }

/*! \property RedisConnectionOptions::tlsVerifyPeer
    \brief Whether the server's certificate chain and name are verified
    (default true). Turning it off (redis-cli's \c{--insecure}) accepts any
    server, including an attacker in the middle: an explicit choice, which
    the client logs as a warning on every connection. */
bool RedisConnectionOptions::tlsVerifyPeer() const { return d->tlsVerifyPeer; }
void RedisConnectionOptions::setTlsVerifyPeer(bool verify) { d->tlsVerifyPeer = verify; }

/*!
    Builds the configuration a TLS connection uses into \a configuration:
    the base sslConfiguration() with the CA file, the client certificate and
    key loaded, and peer verification as tlsVerifyPeer says. Returns false
    and sets \a errorString (if not null) when a file cannot be read or
    holds no usable certificate or key; the message names the file, never
    the passphrase.
*/
bool RedisConnectionOptions::resolveSslConfiguration(QSslConfiguration *configuration, QString *errorString) const
{
    QSslConfiguration config = d->sslConfiguration;
    auto fail = [&](const QString &why) {
        if (errorString)
            *errorString = why;
        return false;
    };
    auto readFile = [&](const QString &path, QByteArray *bytes) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
        *bytes = file.readAll();
        return true;
    };
    if (!d->tlsCaCertificateFile.isEmpty()) {
        QByteArray pem;
        if (!readFile(d->tlsCaCertificateFile, &pem))
            return false;
        const QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
        if (cas.isEmpty())
            return fail(tr("%1 holds no PEM certificate").arg(d->tlsCaCertificateFile));
        config.setCaCertificates(cas);
    }
    if (!d->tlsCertificateFile.isEmpty() || !d->tlsPrivateKeyFile.isEmpty()) {
        if (d->tlsCertificateFile.isEmpty() || d->tlsPrivateKeyFile.isEmpty())
            return fail(tr("A client certificate needs both a certificate file and a key file"));
        QByteArray pem;
        if (!readFile(d->tlsCertificateFile, &pem))
            return false;
        const QList<QSslCertificate> chain = QSslCertificate::fromData(pem, QSsl::Pem);
        if (chain.isEmpty())
            return fail(tr("%1 holds no PEM certificate").arg(d->tlsCertificateFile));
        if (!readFile(d->tlsPrivateKeyFile, &pem))
            return false;
        const QByteArray passphrase = d->tlsPrivateKeyPassphrase.toUtf8();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (key.isNull())
            return fail(d->tlsPrivateKeyPassphrase.isEmpty()
                                ? tr("%1 holds no usable private key (is it encrypted?)").arg(d->tlsPrivateKeyFile)
                                : tr("%1 holds no usable private key, or the passphrase is wrong").arg(d->tlsPrivateKeyFile));
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
    }
    config.setPeerVerifyMode(d->tlsVerifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    if (configuration)
        *configuration = config;
    if (errorString)
        errorString->clear();
    return true;
}

/*!
    \enum RedisConnectionOptions::SshHostKeyPolicy
    What to do with the SSH server's host key.
    \value Strict The key must be in the known hosts file already (the
           default): an unknown or changed key fails the connection with
           QtRedis::Error::SshHostKeyRejected and the key's fingerprint.
    \value AcceptNew An unknown key is accepted and recorded in the known
           hosts file; a changed key is still refused. The user's explicit
           choice after seeing the fingerprint.
    \value AcceptAny Any key is accepted and nothing is recorded: no
           protection against a server in the middle. For tests and
           throw-away servers only; logged as a warning on every connection.
*/

/*! Returns true if the connection goes through an SSH tunnel (sshHost is
    set). */
bool RedisConnectionOptions::isSshTunnel() const { return !d->sshHost.isEmpty(); }

/*! \property RedisConnectionOptions::sshHost
    \brief The SSH server to tunnel through; empty: no tunnel.

    The tunnel is made by the system's OpenSSH client (\c ssh), so
    \c{~/.ssh/config} (host aliases, \c ProxyJump), the agent and
    \c known_hosts work as they do on the command line. One tunnel serves
    every connection of a client and closes with it. Through a tunnel, host
    and port (or unixSocketPath) name the Redis server as the SSH server
    sees it: \c localhost is the SSH server itself.
*/
QString RedisConnectionOptions::sshHost() const { return d->sshHost; }
void RedisConnectionOptions::setSshHost(const QString &host) { d->sshHost = host; }

/*! \property RedisConnectionOptions::sshPort
    \brief The SSH server's port (default 22). */
quint16 RedisConnectionOptions::sshPort() const { return d->sshPort; }
void RedisConnectionOptions::setSshPort(quint16 port) { d->sshPort = port; }

/*! \property RedisConnectionOptions::sshUser
    \brief The SSH user; empty: ssh's default (the config file's, or the
    local user). */
QString RedisConnectionOptions::sshUser() const { return d->sshUser; }
void RedisConnectionOptions::setSshUser(const QString &user) { d->sshUser = user; }

/*! \property RedisConnectionOptions::sshIdentityFile
    \brief A private key file to authenticate with; empty: ssh's defaults
    and the agent. */
QString RedisConnectionOptions::sshIdentityFile() const { return d->sshIdentityFile; }
void RedisConnectionOptions::setSshIdentityFile(const QString &path) { d->sshIdentityFile = path; }

/*! \property RedisConnectionOptions::sshPassword
    \brief The SSH password, for servers that allow password authentication.
    A secret: handed to ssh through a private pipe, never on a command
    line, in the environment, a file, a log or a message. */
QString RedisConnectionOptions::sshPassword() const { return d->sshPassword; }
void RedisConnectionOptions::setSshPassword(const QString &password) { d->sshPassword = password; }

/*! \property RedisConnectionOptions::sshPassphrase
    \brief The passphrase of an encrypted sshIdentityFile. A secret, kept as
    sshPassword is. */
QString RedisConnectionOptions::sshPassphrase() const { return d->sshPassphrase; }
void RedisConnectionOptions::setSshPassphrase(const QString &passphrase) { d->sshPassphrase = passphrase; }

/*! \property RedisConnectionOptions::sshUseAgent
    \brief Whether ssh may use the SSH agent (\c SSH_AUTH_SOCK) (default true). */
bool RedisConnectionOptions::sshUseAgent() const { return d->sshUseAgent; }
void RedisConnectionOptions::setSshUseAgent(bool use) { d->sshUseAgent = use; }

/*! \property RedisConnectionOptions::sshKnownHostsFile
    \brief The known hosts file the server's key is checked against; empty:
    ssh's default (\c{~/.ssh/known_hosts}). */
QString RedisConnectionOptions::sshKnownHostsFile() const { return d->sshKnownHostsFile; }
void RedisConnectionOptions::setSshKnownHostsFile(const QString &path) { d->sshKnownHostsFile = path; }

/*! \property RedisConnectionOptions::sshHostKeyPolicy
    \brief What to do with an unknown or changed host key (default Strict). */
RedisConnectionOptions::SshHostKeyPolicy RedisConnectionOptions::sshHostKeyPolicy() const { return d->sshHostKeyPolicy; }
void RedisConnectionOptions::setSshHostKeyPolicy(SshHostKeyPolicy policy) { d->sshHostKeyPolicy = policy; }

/*! \property RedisConnectionOptions::sshConfigFile
    \brief The ssh configuration file (ssh's \c{-F}); empty:
    \c{~/.ssh/config} and the system's; \c none: no configuration file. */
QString RedisConnectionOptions::sshConfigFile() const { return d->sshConfigFile; }
void RedisConnectionOptions::setSshConfigFile(const QString &path) { d->sshConfigFile = path; }

/*! Returns the SSH server as \c{user@host:port} (without the user when none
    is set), for messages; empty without a tunnel. */
QString RedisConnectionOptions::sshEndpointText() const
{
    if (d->sshHost.isEmpty())
        return QString();
    QString text = d->sshUser.isEmpty() ? QString() : d->sshUser + QLatin1Char('@');
    if (d->sshHost.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + d->sshHost + QLatin1Char(']');
    else
        text += d->sshHost;
    return text + QLatin1Char(':') + QString::number(d->sshPort);
}

/*! \enum RedisConnectionOptions::Topology
    \value Standalone One server at host:port (or the unix socket).
    \value Cluster A Redis Cluster discovered from the seedNodes(): commands
           are routed by hash slot (see RedisClient::connectToCluster()).
    \value Sentinel The master named sentinelMasterName(), found through the
           sentinels in seedNodes() and followed across failovers (see
           RedisClient::connectToSentinel()).
*/

/*! \property RedisConnectionOptions::topology
    \brief One server, a cluster or a sentinel-managed master (default Standalone). */
RedisConnectionOptions::Topology RedisConnectionOptions::topology() const { return d->topology; }
void RedisConnectionOptions::setTopology(Topology topology) { d->topology = topology; }

/*! \property RedisConnectionOptions::seedNodes
    \brief The cluster's seed nodes or the sentinels, as \c{host:port}.

    The first entry is host:port itself; setting the list sets host and port
    from its first entry (port 6379, or 26379 for the Sentinel topology, when
    it has none). Entries that are not addresses are left out. */
QStringList RedisConnectionOptions::seedNodes() const
{
    return QStringList{nodeAddressText(d->host, d->port)} + d->moreNodes;
}
void RedisConnectionOptions::setSeedNodes(const QStringList &nodes)
{
    const quint16 defaultPort = d->topology == Topology::Sentinel ? 26379 : 6379;
    QStringList rest;
    bool first = true;
    for (const QString &node : nodes) {
        QString host;
        quint16 port = 0;
        if (!parseNodeAddress(node, &host, &port, defaultPort))
            continue;
        if (first) {
            d->host = host;
            d->port = port;
            d->unixSocketPath.clear();
            first = false;
        } else {
            rest.append(nodeAddressText(host, port));
        }
    }
    d->moreNodes = rest;
}

/*! \property RedisConnectionOptions::sentinelMasterName
    \brief The master's name in the sentinels' configuration (Sentinel topology). */
QString RedisConnectionOptions::sentinelMasterName() const { return d->sentinelMasterName; }
void RedisConnectionOptions::setSentinelMasterName(const QString &name) { d->sentinelMasterName = name; }

/*! \property RedisConnectionOptions::sentinelUsername
    \brief The ACL user for the sentinels; username() is the data nodes'. */
QString RedisConnectionOptions::sentinelUsername() const { return d->sentinelUsername; }
void RedisConnectionOptions::setSentinelUsername(const QString &username) { d->sentinelUsername = username; }

/*! \property RedisConnectionOptions::sentinelPassword
    \brief The sentinels' password (a secret, like password()). */
QString RedisConnectionOptions::sentinelPassword() const { return d->sentinelPassword; }
void RedisConnectionOptions::setSentinelPassword(const QString &password) { d->sentinelPassword = password; }

/*! \property RedisConnectionOptions::readFromReplicas
    \brief Whether reads go to replicas (default false).

    Cluster: read-only commands are sent to a replica of the slot's master
    (after \c READONLY on that connection); they may see slightly old data.
    Sentinel: the client connects to a replica of the master instead of the
    master (role confirmed with \c ROLE). */
bool RedisConnectionOptions::readFromReplicas() const { return d->readFromReplicas; }
void RedisConnectionOptions::setReadFromReplicas(bool enabled) { d->readFromReplicas = enabled; }

/*!
    Returns the map from node addresses as a cluster announces them
    (\c{host:port}) to the addresses the client connects to instead: for a
    cluster behind NAT, in containers or reached through SSH forwards.
    Addresses without an entry are used as announced.
    The client's node address mapper (a function) runs after this map.
    \sa setNodeAddressMap()
*/
QMap<QString, QString> RedisConnectionOptions::nodeAddressMap() const { return d->nodeAddressMap; }
/*! Sets the node address map to \a map (see nodeAddressMap()). */
void RedisConnectionOptions::setNodeAddressMap(const QMap<QString, QString> &map) { d->nodeAddressMap = map; }

/*!
    Splits \a text, \c{host:port}, \c{[v6]:port}, \c{host} or \c{[v6]}, into
    \a host and \a port (\a defaultPort when it has none). Returns false if
    \a text is not such an address.
*/
bool RedisConnectionOptions::parseNodeAddress(const QString &text, QString *host, quint16 *port,
                                              quint16 defaultPort)
{
    const QString t = text.trimmed();
    QString h;
    QString p;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        h = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            p = rest.mid(1);
        }
    } else if (t.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        h = t.left(colon);
        p = t.mid(colon + 1);
    } else {
        h = t; // a bare host, or a bare IPv6 address
    }
    if (h.isEmpty() || h.contains(QLatin1Char('/')) || h.contains(QLatin1Char(',')) || h.contains(QLatin1Char(' ')))
        return false;
    int number = defaultPort;
    if (!p.isEmpty()) {
        bool ok = false;
        number = p.toInt(&ok);
        if (!ok || number <= 0 || number > 65535)
            return false;
    }
    if (host)
        *host = h;
    if (port)
        *port = quint16(number);
    return true;
}

/*! Returns \a host and \a port as \c{host:port} (\c{[v6]:port} for IPv6). */
QString RedisConnectionOptions::nodeAddressText(const QString &host, quint16 port)
{
    if (host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + host + QLatin1String("]:") + QString::number(port);
    return host + QLatin1Char(':') + QString::number(port);
}

/*!
    Reads the endpoint, credentials, database and client name from \a url
    and returns true; returns false, leaves the options unchanged and sets
    \a errorString (if not null) if the URL cannot be used.

    \include connection-urls.qdocinc url-forms

    The message in \a errorString never holds the password.
*/
bool RedisConnectionOptions::setUrl(const QUrl &url, QString *errorString)
{
    const QString scheme = url.scheme().toLower();
    const QUrlQuery query(url);
    QString why;
    int db = 0;
    QString socketPath;
    QString newHost;
    int newPort = 6379;
    Topology newTopology = Topology::Standalone;
    QStringList moreNodes;
    QString masterName;

    auto parseDb = [&](const QString &text) {
        bool ok = false;
        db = text.toInt(&ok);
        if (!ok || db < 0)
            why = tr("'%1' is not a database number").arg(text);
    };
    if (!url.isValid()) {
        // QUrl's message quotes the whole URL, password included: keep its reason only.
        QString reason = url.errorString();
        const qsizetype source = reason.indexOf(QLatin1String("; source was"));
        if (source >= 0)
            reason.truncate(source);
        why = tr("The URL is not valid: %1").arg(reason);
    } else if (scheme == QLatin1String("redis") || scheme == QLatin1String("rediss")
               || scheme == QLatin1String("redis-cluster") || scheme == QLatin1String("rediss-cluster")
               || scheme == QLatin1String("redis-sentinel") || scheme == QLatin1String("rediss-sentinel")) {
        if (scheme.endsWith(QLatin1String("-cluster")))
            newTopology = Topology::Cluster;
        else if (scheme.endsWith(QLatin1String("-sentinel")))
            newTopology = Topology::Sentinel;
        const quint16 defaultPort = newTopology == Topology::Sentinel ? 26379 : 6379;
        newHost = url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host();
        newPort = url.port(defaultPort);
        const QStringList extra = query.allQueryItemValues(QStringLiteral("node"), QUrl::FullyDecoded);
        if (!extra.isEmpty() && newTopology == Topology::Standalone)
            why = tr("node= is for redis-cluster:// and redis-sentinel:// URLs");
        for (const QString &node : extra) {
            QString h;
            quint16 p = 0;
            if (!parseNodeAddress(node, &h, &p, defaultPort)) {
                why = tr("'%1' is not a node address (host:port)").arg(node);
                break;
            }
            moreNodes.append(nodeAddressText(h, p));
        }
        if (newPort <= 0 || newPort > 65535)
            why = tr("Invalid port");
        QString path = url.path();
        if (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        if (!path.isEmpty())
            parseDb(path);
    } else if (scheme == QLatin1String("unix")) {
        socketPath = url.path();
        if (socketPath.isEmpty())
            why = tr("A unix:// URL needs a socket path");
    } else {
        why = tr("Unsupported URL scheme '%1': use redis://, rediss://, unix://, redis-cluster:// or "
                 "redis-sentinel://").arg(url.scheme());
    }
    if (why.isEmpty() && query.hasQueryItem(QStringLiteral("db")))
        parseDb(query.queryItemValue(QStringLiteral("db")));
    if (why.isEmpty() && newTopology == Topology::Cluster && db != 0)
        why = tr("A cluster has database 0 only");
    if (why.isEmpty() && newTopology == Topology::Sentinel) {
        masterName = url.fragment(QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("master")))
            masterName = query.queryItemValue(QStringLiteral("master"), QUrl::FullyDecoded);
        if (masterName.isEmpty())
            why = tr("A redis-sentinel:// URL needs the master's name (#name or ?master=name)");
    }
    if (!why.isEmpty()) {
        // The URL may carry a password: report only what is wrong with it.
        if (errorString)
            *errorString = why;
        return false;
    }

    const bool tcp = scheme != QLatin1String("unix");
    if (tcp) {
        d->host = newHost;
        d->port = quint16(newPort);
        d->unixSocketPath.clear();
    } else {
        d->unixSocketPath = socketPath;
    }
    d->tlsEnabled = scheme.startsWith(QLatin1String("rediss"));
    d->topology = newTopology;
    d->moreNodes = moreNodes;
    if (newTopology == Topology::Sentinel) {
        d->sentinelMasterName = masterName;
        if (query.hasQueryItem(QStringLiteral("sentinelUser")))
            d->sentinelUsername = query.queryItemValue(QStringLiteral("sentinelUser"), QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("sentinelPassword")))
            d->sentinelPassword = query.queryItemValue(QStringLiteral("sentinelPassword"), QUrl::FullyDecoded);
    }
    if (query.hasQueryItem(QStringLiteral("readFromReplicas"))) {
        const QString v = query.queryItemValue(QStringLiteral("readFromReplicas")).toLower();
        d->readFromReplicas = v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes");
    }
    auto item = [&](const char *name, QString *field) {
        const QString key = QLatin1String(name);
        if (query.hasQueryItem(key))
            *field = query.queryItemValue(key, QUrl::FullyDecoded);
    };
    item("sni", &d->tlsPeerName);
    item("cacert", &d->tlsCaCertificateFile);
    item("cert", &d->tlsCertificateFile);
    item("key", &d->tlsPrivateKeyFile);
    if (query.hasQueryItem(QStringLiteral("insecure"))) {
        const QString v = query.queryItemValue(QStringLiteral("insecure")).toLower();
        d->tlsVerifyPeer = v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no");
    }
    d->username = url.userName(QUrl::FullyDecoded);
    d->password = url.password(QUrl::FullyDecoded);
    d->database = db;
    if (query.hasQueryItem(QStringLiteral("name")))
        d->clientName = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    if (errorString)
        errorString->clear();
    return true;
}

/*!
    Returns default options with \a url applied (see setUrl()). \a ok (if not
    null) tells whether the URL could be used, \a errorString why not.
*/
RedisConnectionOptions RedisConnectionOptions::fromUrl(const QUrl &url, bool *ok, QString *errorString)
{
    RedisConnectionOptions options;
    const bool used = options.setUrl(url, errorString);
    if (ok)
        *ok = used;
    return options;
}

/*!
    Returns true if \a url is a URL setUrl() accepts.
*/
bool RedisConnectionOptions::isSupportedUrl(const QUrl &url)
{
    RedisConnectionOptions probe;
    return probe.setUrl(url);
}

/*!
    \enum RedisConnectionOptions::UrlFormat
    \value WithoutPassword The URL leaves the password out (the default, for
           display, logs and settings files).
    \value WithPassword The URL includes the password (for code that hands
           the URL to another client and keeps it secret itself).
*/

/*!
    Returns the options as a URL: the endpoint, the user name, the database,
    the client name and, for \c{rediss://}, the TLS files, peer name and
    verification; the password only with \a format WithPassword. Timeouts,
    the reconnect policy, the TLS key passphrase and the SSH tunnel are not
    part of the URL.
*/
QUrl RedisConnectionOptions::toUrl(UrlFormat format) const
{
    QUrl url;
    QUrlQuery query;
    if (isUnixSocket()) {
        url.setScheme(QStringLiteral("unix"));
        url.setHost(QLatin1String("")); // empty, not null: unix:///path, the documented form
        url.setPath(d->unixSocketPath);
        if (d->database)
            query.addQueryItem(QStringLiteral("db"), QString::number(d->database));
    } else {
        QString scheme = d->tlsEnabled ? QStringLiteral("rediss") : QStringLiteral("redis");
        if (d->topology == Topology::Cluster)
            scheme += QLatin1String("-cluster");
        else if (d->topology == Topology::Sentinel)
            scheme += QLatin1String("-sentinel");
        url.setScheme(scheme);
        url.setHost(d->host);
        url.setPort(d->port);
        if (d->database && d->topology != Topology::Cluster)
            url.setPath(QLatin1Char('/') + QString::number(d->database));
        if (d->topology != Topology::Standalone) {
            for (const QString &node : d->moreNodes)
                query.addQueryItem(QStringLiteral("node"), node);
            if (d->readFromReplicas)
                query.addQueryItem(QStringLiteral("readFromReplicas"), QStringLiteral("1"));
        }
        if (d->topology == Topology::Sentinel) {
            url.setFragment(d->sentinelMasterName);
            if (!d->sentinelUsername.isEmpty())
                query.addQueryItem(QStringLiteral("sentinelUser"), d->sentinelUsername);
            if (format == UrlFormat::WithPassword && !d->sentinelPassword.isEmpty())
                query.addQueryItem(QStringLiteral("sentinelPassword"), d->sentinelPassword);
        }
    }
    url.setUserName(d->username);
    if (format == UrlFormat::WithPassword && !d->password.isEmpty())
        url.setPassword(d->password);
    if (!d->clientName.isEmpty())
        query.addQueryItem(QStringLiteral("name"), d->clientName);
    if (d->tlsEnabled && !isUnixSocket()) {
        auto add = [&](const char *name, const QString &value) {
            if (!value.isEmpty())
                query.addQueryItem(QLatin1String(name), value);
        };
        add("sni", d->tlsPeerName);
        add("cacert", d->tlsCaCertificateFile);
        add("cert", d->tlsCertificateFile);
        add("key", d->tlsPrivateKeyFile);
        if (!d->tlsVerifyPeer)
            query.addQueryItem(QStringLiteral("insecure"), QStringLiteral("1"));
    }
    url.setQuery(query);
    return url;
}

/*!
    Returns the endpoint for messages: \c{host:port}, \c{[v6]:port} or the
    unix socket path.
*/
QString RedisConnectionOptions::endpointText() const
{
    if (isUnixSocket())
        return d->unixSocketPath;
    if (d->host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + d->host + QLatin1String("]:") + QString::number(d->port);
    return d->host + QLatin1Char(':') + QString::number(d->port);
}

/*! Returns true if every option equals the one of \a other. */
bool RedisConnectionOptions::operator==(const RedisConnectionOptions &other) const
{
    return d == other.d || *d == *other.d;
}

/*!
    \fn bool RedisConnectionOptions::operator!=(const RedisConnectionOptions &other) const
    Returns true if any option differs from the one of \a other.
*/
