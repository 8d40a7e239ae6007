// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "consolecommandline.h"

#include "commandredaction.h"

#include <QtCore/qurl.h>

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Secrets come from the environment, never from the command line (which any
// user of the machine can read). Read once, then removed, so that programs
// started later (ssh for a tunnel) do not inherit them.
QString takeSecret(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    qunsetenv(name);
    return value;
}

// --ssh [user@]host[:port], host also as [IPv6] (or a bare IPv6 address,
// then without a port). False if it is not of that form.
bool parseSshTarget(const QString &text, QString *user, QString *host, quint16 *port)
{
    QString rest = text;
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        *user = rest.left(at);
        rest = rest.mid(at + 1);
        if (user->isEmpty())
            return false;
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        *host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return false;
            portText = after.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        *host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    } else {
        *host = rest;
    }
    if (host->isEmpty())
        return false;
    if (!portText.isNull()) {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return false;
        *port = quint16(p);
    }
    return true;
}

} // namespace

ConsoleCommandLine::ConsoleCommandLine()
{
    m_parser.setApplicationDescription(Main::tr(
            "A redis-cli like console built on QtRedis. Connects to 127.0.0.1:6379 unless told otherwise.\n"
            "Options given with --url override what the URL says.\n"
            "Secrets are not taken as option values, since other users of the machine can read a "
            "program's command line: the TLS key passphrase, the SSH password and the SSH key "
            "passphrase come from the environment variables QTREDIS_TLS_KEY_PASSPHRASE, "
            "QTREDIS_SSH_PASSWORD and QTREDIS_SSH_PASSPHRASE, the sentinels' password from "
            "QTREDIS_SENTINEL_PASSWORD."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
        Main::tr("Server URL: redis://[user[:password]@]host[:port][/db], "
                 "rediss://... for TLS (with ?cacert=file&cert=file&key=file&sni=name&insecure=1), "
                 "unix://[user[:password]@]/path[?db=N], "
                 "redis-cluster://[user[:password]@]host[:port][?node=host:port&...] for a cluster "
                 "or redis-sentinel://[user[:password]@]host[:port][/db][?node=host:port&...]#master "
                 "for a master found through sentinels (rediss-cluster://, rediss-sentinel:// with TLS)."),
        Main::tr("url"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
        Main::tr("Server host name (default 127.0.0.1)."), Main::tr("host"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        Main::tr("Server port (default 6379)."), Main::tr("port"));
    const QCommandLineOption socketOption(QStringLiteral("socket"),
        Main::tr("Server unix socket path."), Main::tr("path"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
        Main::tr("Password sent with AUTH (overrides the one in --url). Other users of the "
                 "machine can read it on the command line."), Main::tr("password"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        Main::tr("Database number to SELECT (overrides the one in --url)."), Main::tr("n"));
    const QCommandLineOption execOption(QStringLiteral("exec"),
        Main::tr("Run a command line at startup and print its reply to stdout (repeatable)."),
        Main::tr("command"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-exec"),
        Main::tr("Quit once the --exec commands are done: exit code 0 if all succeeded, 1 otherwise."));

    // TLS, named as in redis-cli.
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
        Main::tr("Connect with TLS (as a rediss:// URL does)."));
    const QCommandLineOption caCertOption(QStringLiteral("cacert"),
        Main::tr("CA certificate(s) (PEM) the server's certificate is verified with, "
                 "instead of the system's."), Main::tr("file"));
    const QCommandLineOption certOption(QStringLiteral("cert"),
        Main::tr("Client certificate (PEM), for servers that require one."), Main::tr("file"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
        Main::tr("Private key (PEM) of --cert. If it is encrypted, its passphrase is read from "
                 "the environment variable QTREDIS_TLS_KEY_PASSPHRASE."), Main::tr("file"));
    const QCommandLineOption sniOption(QStringLiteral("sni"),
        Main::tr("Server name sent in the TLS handshake (SNI) and verified in the "
                 "certificate (default: the host)."), Main::tr("name"));
    const QCommandLineOption insecureOption(QStringLiteral("insecure"),
        Main::tr("Do not verify the server's certificate (anyone in between can read and "
                 "change the traffic)."));

    // SSH tunnel through the system's OpenSSH client.
    const QCommandLineOption sshOption(QStringLiteral("ssh"),
        Main::tr("Connect through an SSH tunnel to this server; the Redis host and port are then "
                 "as the SSH server sees them. An SSH password is read from the environment "
                 "variable QTREDIS_SSH_PASSWORD."), Main::tr("[user@]host[:port]"));
    const QCommandLineOption sshKeyOption(QStringLiteral("ssh-key"),
        Main::tr("SSH private key file. If it is encrypted, its passphrase is read from the "
                 "environment variable QTREDIS_SSH_PASSPHRASE."), Main::tr("file"));
    const QCommandLineOption sshKnownHostsOption(QStringLiteral("ssh-known-hosts"),
        Main::tr("Known hosts file the SSH server's key is checked against "
                 "(default: ssh's, ~/.ssh/known_hosts)."), Main::tr("file"));
    const QCommandLineOption sshAcceptNewOption(QStringLiteral("ssh-accept-new-host-key"),
        Main::tr("Accept and record the SSH server's key if it is not known yet "
                 "(a changed key is still refused)."));
    const QCommandLineOption sshConfigOption(QStringLiteral("ssh-config"),
        Main::tr("ssh configuration file (default: ~/.ssh/config; \"none\": none)."), Main::tr("file"));

    // Cluster and Sentinel, -c / --cluster as in redis-cli.
    const QCommandLineOption clusterOption({QStringLiteral("c"), QStringLiteral("cluster")},
        Main::tr("Connect to the Redis Cluster that the server (and each --node) belongs to; "
                 "commands are routed by hash slot."));
    const QCommandLineOption nodeOption(QStringLiteral("node"),
        Main::tr("One more cluster seed node or sentinel, besides the server (repeatable)."),
        Main::tr("host:port"));
    const QCommandLineOption sentinelMasterOption(QStringLiteral("sentinel-master"),
        Main::tr("Connect to the master of this name, found through the sentinel at the server's "
                 "address (port 26379 by default) and each --node. The sentinels' password is "
                 "read from the environment variable QTREDIS_SENTINEL_PASSWORD."),
        Main::tr("name"));
    const QCommandLineOption sentinelUserOption(QStringLiteral("sentinel-user"),
        Main::tr("ACL user on the sentinels (the URL's user and --password are the data nodes')."),
        Main::tr("user"));
    const QCommandLineOption replicaOption(QStringLiteral("replica"),
        Main::tr("Read from replicas: with --cluster, read-only commands go to replicas; with "
                 "--sentinel-master, the console connects to a replica instead of the master."));

    m_parser.addOptions({urlOption, hostOption, portOption, socketOption, passwordOption, dbOption,
                         execOption, quitOption, tlsOption, caCertOption, certOption, keyOption, sniOption,
                         insecureOption, sshOption, sshKeyOption, sshKnownHostsOption, sshAcceptNewOption,
                         sshConfigOption, clusterOption, nodeOption, sentinelMasterOption,
                         sentinelUserOption, replicaOption});
}

QStringList ConsoleCommandLine::execLines() const
{
    return m_parser.values(QStringLiteral("exec"));
}

bool ConsoleCommandLine::quitAfterExec() const
{
    return m_parser.isSet(QStringLiteral("quit-after-exec"));
}

bool ConsoleCommandLine::toOptions(RedisConnectionOptions *options, QString *error) const
{
    const auto isSet = [this](const char *name) { return m_parser.isSet(QLatin1String(name)); };
    const auto value = [this](const char *name) { return m_parser.value(QLatin1String(name)); };

    const bool hostOrPort = isSet("host") || isSet("port");
    if (isSet("url") && (hostOrPort || isSet("socket")))
        return fail(error, Main::tr("--url cannot be combined with --host, --port or --socket."));
    if (isSet("socket") && hostOrPort)
        return fail(error, Main::tr("--socket cannot be combined with --host or --port."));

    if (isSet("url")) {
        const QUrl url(value("url"), QUrl::StrictMode);
        QString why;
        if (!options->setUrl(url, &why)) {
            // Never echo a password the URL may carry.
            why = CommandRedaction::maskUrlPassword(why, value("url"));
            return fail(error, Main::tr("Invalid --url: %1").arg(why));
        }
    } else if (isSet("socket")) {
        options->setUnixSocketPath(value("socket"));
    } else {
        bool ok = true;
        const uint port = isSet("port") ? value("port").toUInt(&ok) : 6379;
        if (!ok || port == 0 || port > 65535)
            return fail(error, Main::tr("Invalid --port: %1").arg(value("port")));
        options->setHost(isSet("host") ? value("host") : QStringLiteral("127.0.0.1"));
        options->setPort(quint16(port));
        options->setUnixSocketPath(QString());
    }
    // Given with --url, these override what the URL says.
    if (isSet("password"))
        options->setPassword(value("password"));
    if (isSet("db")) {
        bool ok = false;
        const int db = value("db").toInt(&ok);
        if (!ok || db < 0)
            return fail(error, Main::tr("Invalid --db: %1").arg(value("db")));
        options->setDatabase(db);
    }

    // Cluster and Sentinel: --cluster or --sentinel-master turn host:port
    // (or the URL's) into the first seed; --node adds seeds, also to a
    // redis-cluster:// or redis-sentinel:// URL's.
    using Topology = RedisConnectionOptions::Topology;
    const bool cluster = isSet("cluster");
    const bool sentinel = isSet("sentinel-master");
    if (cluster && sentinel)
        return fail(error, Main::tr("--cluster and --sentinel-master cannot be combined."));
    if ((cluster || sentinel) && !options->unixSocketPath().isEmpty())
        return fail(error, Main::tr("--cluster and --sentinel-master need a host and port, not a unix socket."));
    if (cluster && options->topology() == Topology::Sentinel)
        return fail(error, Main::tr("--cluster cannot be combined with a redis-sentinel:// URL."));
    if (sentinel && options->topology() == Topology::Cluster)
        return fail(error, Main::tr("--sentinel-master cannot be combined with a redis-cluster:// URL."));
    if (sentinel && value("sentinel-master").isEmpty())
        return fail(error, Main::tr("--sentinel-master needs the name of the master."));
    const bool toSentinels = sentinel || options->topology() == Topology::Sentinel;
    QStringList moreNodes;
    const QStringList nodeValues = m_parser.values(QStringLiteral("node"));
    for (const QString &node : nodeValues) {
        QString host;
        quint16 port = 0;
        if (!RedisConnectionOptions::parseNodeAddress(node, &host, &port, toSentinels ? 26379 : 6379))
            return fail(error, Main::tr("Invalid --node: %1 (use host:port)").arg(node));
        moreNodes.append(RedisConnectionOptions::nodeAddressText(host, port));
    }
    if (cluster || sentinel) {
        QStringList seeds = options->seedNodes();
        if (options->topology() == Topology::Standalone) {
            // Sentinels listen on 26379 unless a port was given.
            const bool portGiven = isSet("port") || (isSet("url") && QUrl(value("url")).port() != -1);
            const quint16 port = sentinel && !portGiven ? quint16(26379) : options->port();
            seeds = QStringList{RedisConnectionOptions::nodeAddressText(options->host(), port)};
        }
        options->setTopology(cluster ? Topology::Cluster : Topology::Sentinel);
        options->setSeedNodes(seeds + moreNodes);
        if (sentinel)
            options->setSentinelMasterName(value("sentinel-master"));
    } else if (!moreNodes.isEmpty()) {
        if (options->topology() == Topology::Standalone)
            return fail(error, Main::tr("--node needs --cluster, --sentinel-master, or a redis-cluster:// "
                                        "or redis-sentinel:// URL."));
        options->setSeedNodes(options->seedNodes() + moreNodes);
    }
    if (isSet("replica")) {
        if (options->topology() == Topology::Standalone)
            return fail(error, Main::tr("--replica needs --cluster, --sentinel-master, or a redis-cluster:// "
                                        "or redis-sentinel:// URL."));
        options->setReadFromReplicas(true);
    }
    if (isSet("sentinel-user")) {
        if (options->topology() != Topology::Sentinel)
            return fail(error, Main::tr("--sentinel-user needs --sentinel-master or a redis-sentinel:// URL."));
        options->setSentinelUsername(value("sentinel-user"));
    }
    const QString sentinelPassword = takeSecret("QTREDIS_SENTINEL_PASSWORD");
    if (!sentinelPassword.isEmpty())
        options->setSentinelPassword(sentinelPassword);
    if (options->topology() == Topology::Cluster && options->database() != 0)
        return fail(error, Main::tr("A cluster has database 0 only (database %1 was given).")
                                   .arg(options->database()));

    if (isSet("tls"))
        options->setTlsEnabled(true);
    const bool tlsDetails = isSet("cacert") || isSet("cert") || isSet("key")
            || isSet("sni") || isSet("insecure");
    if (tlsDetails && !options->isTlsEnabled())
        return fail(error, Main::tr("--cacert, --cert, --key, --sni and --insecure need --tls or a rediss:// URL."));
    if (isSet("cacert"))
        options->setTlsCaCertificateFile(value("cacert"));
    if (isSet("cert"))
        options->setTlsCertificateFile(value("cert"));
    if (isSet("key"))
        options->setTlsPrivateKeyFile(value("key"));
    if (isSet("sni"))
        options->setTlsPeerName(value("sni"));
    if (isSet("insecure"))
        options->setTlsVerifyPeer(false);
    const QString keyPassphrase = takeSecret("QTREDIS_TLS_KEY_PASSPHRASE");
    if (!keyPassphrase.isEmpty())
        options->setTlsPrivateKeyPassphrase(keyPassphrase);
    if (options->isTlsEnabled()) {
        // Unreadable or unusable files are reported now, in words, rather
        // than as a failed connection.
        QSslConfiguration resolved;
        QString why;
        if (!options->resolveSslConfiguration(&resolved, &why))
            return fail(error, Main::tr("TLS: %1").arg(why));
    }

    const bool sshDetails = isSet("ssh-key") || isSet("ssh-known-hosts")
            || isSet("ssh-accept-new-host-key") || isSet("ssh-config");
    if (sshDetails && !isSet("ssh"))
        return fail(error, Main::tr("--ssh-key, --ssh-known-hosts, --ssh-accept-new-host-key and --ssh-config "
                             "need --ssh."));
    const QString sshPassword = takeSecret("QTREDIS_SSH_PASSWORD");
    const QString sshPassphrase = takeSecret("QTREDIS_SSH_PASSPHRASE");
    if (isSet("ssh")) {
        QString user;
        QString host;
        quint16 port = 22;
        if (!parseSshTarget(value("ssh"), &user, &host, &port))
            return fail(error, Main::tr("Invalid --ssh: %1 (use [user@]host[:port])").arg(value("ssh")));
        options->setSshHost(host);
        options->setSshPort(port);
        options->setSshUser(user);
        if (isSet("ssh-key"))
            options->setSshIdentityFile(value("ssh-key"));
        if (isSet("ssh-known-hosts"))
            options->setSshKnownHostsFile(value("ssh-known-hosts"));
        if (isSet("ssh-accept-new-host-key"))
            options->setSshHostKeyPolicy(RedisConnectionOptions::SshHostKeyPolicy::AcceptNew);
        if (isSet("ssh-config"))
            options->setSshConfigFile(value("ssh-config"));
        if (!sshPassword.isEmpty())
            options->setSshPassword(sshPassword);
        if (!sshPassphrase.isEmpty())
            options->setSshPassphrase(sshPassphrase);
    }
    return true;
}
