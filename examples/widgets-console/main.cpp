// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "commandredaction.h"
#include "consolewindow.h"

#include <redisclient.h>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qurl.h>
#include <QtWidgets/qapplication.h>

#include <cstdio>

namespace {

// Translation context for the strings of main().
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
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

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QtRedis"));
    QApplication::setApplicationName(QStringLiteral("qtredis-console"));
    QApplication::setApplicationVersion(QStringLiteral(QTREDIS_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr(
            "A redis-cli like console built on QtRedis. Connects to 127.0.0.1:6379 unless told otherwise.\n"
            "Options given with --url override what the URL says.\n"
            "Secrets are not taken as option values, since other users of the machine can read a "
            "program's command line: the TLS key passphrase, the SSH password and the SSH key "
            "passphrase come from the environment variables QTREDIS_TLS_KEY_PASSPHRASE, "
            "QTREDIS_SSH_PASSWORD and QTREDIS_SSH_PASSPHRASE."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
        Main::tr("Server URL: redis://[user[:password]@]host[:port][/db], "
                 "rediss://... for TLS (with ?cacert=file&cert=file&key=file&sni=name&insecure=1) "
                 "or unix://[user[:password]@]/path[?db=N]."),
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

    parser.addOptions({urlOption, hostOption, portOption, socketOption, passwordOption, dbOption,
                       execOption, quitOption, tlsOption, caCertOption, certOption, keyOption, sniOption,
                       insecureOption, sshOption, sshKeyOption, sshKnownHostsOption, sshAcceptNewOption,
                       sshConfigOption});
    parser.process(app);

    const bool hostOrPort = parser.isSet(hostOption) || parser.isSet(portOption);
    if (parser.isSet(urlOption) && (hostOrPort || parser.isSet(socketOption)))
        return fail(Main::tr("--url cannot be combined with --host, --port or --socket."));
    if (parser.isSet(socketOption) && hostOrPort)
        return fail(Main::tr("--socket cannot be combined with --host or --port."));

    ConsoleWindow window;
    RedisClient *client = window.client();

    // Everything is gathered in one set of options, then handed to the client.
    RedisConnectionOptions options = client->options();
    if (parser.isSet(urlOption)) {
        const QUrl url(parser.value(urlOption), QUrl::StrictMode);
        QString why;
        if (!options.setUrl(url, &why)) {
            // Never echo a password the URL may carry.
            why = CommandRedaction::maskUrlPassword(why, parser.value(urlOption));
            return fail(Main::tr("Invalid --url: %1").arg(why));
        }
    } else if (parser.isSet(socketOption)) {
        options.setUnixSocketPath(parser.value(socketOption));
    } else {
        bool ok = true;
        const uint port = parser.isSet(portOption) ? parser.value(portOption).toUInt(&ok) : 6379;
        if (!ok || port == 0 || port > 65535)
            return fail(Main::tr("Invalid --port: %1").arg(parser.value(portOption)));
        options.setHost(parser.isSet(hostOption) ? parser.value(hostOption) : QStringLiteral("127.0.0.1"));
        options.setPort(quint16(port));
        options.setUnixSocketPath(QString());
    }
    // Given with --url, these override what the URL says.
    if (parser.isSet(passwordOption))
        options.setPassword(parser.value(passwordOption));
    if (parser.isSet(dbOption)) {
        bool ok = false;
        const int db = parser.value(dbOption).toInt(&ok);
        if (!ok || db < 0)
            return fail(Main::tr("Invalid --db: %1").arg(parser.value(dbOption)));
        options.setDatabase(db);
    }

    if (parser.isSet(tlsOption))
        options.setTlsEnabled(true);
    const bool tlsDetails = parser.isSet(caCertOption) || parser.isSet(certOption) || parser.isSet(keyOption)
            || parser.isSet(sniOption) || parser.isSet(insecureOption);
    if (tlsDetails && !options.isTlsEnabled())
        return fail(Main::tr("--cacert, --cert, --key, --sni and --insecure need --tls or a rediss:// URL."));
    if (parser.isSet(caCertOption))
        options.setTlsCaCertificateFile(parser.value(caCertOption));
    if (parser.isSet(certOption))
        options.setTlsCertificateFile(parser.value(certOption));
    if (parser.isSet(keyOption))
        options.setTlsPrivateKeyFile(parser.value(keyOption));
    if (parser.isSet(sniOption))
        options.setTlsPeerName(parser.value(sniOption));
    if (parser.isSet(insecureOption))
        options.setTlsVerifyPeer(false);
    const QString keyPassphrase = takeSecret("QTREDIS_TLS_KEY_PASSPHRASE");
    if (!keyPassphrase.isEmpty())
        options.setTlsPrivateKeyPassphrase(keyPassphrase);
    if (options.isTlsEnabled()) {
        // Unreadable or unusable files are reported now, in words, rather
        // than as a failed connection.
        QSslConfiguration resolved;
        QString why;
        if (!options.resolveSslConfiguration(&resolved, &why))
            return fail(Main::tr("TLS: %1").arg(why));
    }

    const bool sshDetails = parser.isSet(sshKeyOption) || parser.isSet(sshKnownHostsOption)
            || parser.isSet(sshAcceptNewOption) || parser.isSet(sshConfigOption);
    if (sshDetails && !parser.isSet(sshOption))
        return fail(Main::tr("--ssh-key, --ssh-known-hosts, --ssh-accept-new-host-key and --ssh-config "
                             "need --ssh."));
    const QString sshPassword = takeSecret("QTREDIS_SSH_PASSWORD");
    const QString sshPassphrase = takeSecret("QTREDIS_SSH_PASSPHRASE");
    if (parser.isSet(sshOption)) {
        QString user;
        QString host;
        quint16 port = 22;
        if (!parseSshTarget(parser.value(sshOption), &user, &host, &port))
            return fail(Main::tr("Invalid --ssh: %1 (use [user@]host[:port])").arg(parser.value(sshOption)));
        options.setSshHost(host);
        options.setSshPort(port);
        options.setSshUser(user);
        if (parser.isSet(sshKeyOption))
            options.setSshIdentityFile(parser.value(sshKeyOption));
        if (parser.isSet(sshKnownHostsOption))
            options.setSshKnownHostsFile(parser.value(sshKnownHostsOption));
        if (parser.isSet(sshAcceptNewOption))
            options.setSshHostKeyPolicy(RedisConnectionOptions::SshHostKeyPolicy::AcceptNew);
        if (parser.isSet(sshConfigOption))
            options.setSshConfigFile(parser.value(sshConfigOption));
        if (!sshPassword.isEmpty())
            options.setSshPassword(sshPassword);
        if (!sshPassphrase.isEmpty())
            options.setSshPassphrase(sshPassphrase);
    }
    client->setOptions(options);

    // A scripted run must end: it fails fast instead of waiting for a server.
    if (parser.isSet(quitOption))
        client->setAutoReconnect(false);
    window.show();
    client->connectToServer();
    if (parser.isSet(execOption) || parser.isSet(quitOption))
        window.runScript(parser.values(execOption), parser.isSet(quitOption));

    return app.exec();
}
