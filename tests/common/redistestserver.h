// Copyright (C) QtRedis contributors.
// SPDX-License-Identifier: BSD-3-Clause

#ifndef REDISTESTSERVER_H
#define REDISTESTSERVER_H

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QProcess;
class QTemporaryDir;
QT_END_NAMESPACE

// A private redis-server for one test suite.
//
// It listens on a free TCP port on 127.0.0.1 and on a unix socket inside its
// own temporary directory, keeps no data on disk, and goes away with this
// object. On Linux it is also killed by the kernel when the test process dies
// (PR_SET_PDEATHSIG), so a crashed suite leaves no server behind. The death
// signal follows the thread that called start(): call it from a thread that
// lives as long as the server is needed (normally the main thread).
//
// Usage (a suite's own server comes with RedisTestCase; further ones like this):
//     RedisTestServer server;
//     QVERIFY2(server.start(), qPrintable(server.errorString()));
//     QCOMPARE(server.cli({"PING"}), "PONG");
//
// TLS: call setTls() before start() to have the server listen with TLS on
// tlsPort() (redis-server's --tls-port), either only there (port() is then
// 0) or on a plain-text port() as well. The readiness check and cli() /
// cliPipe() then go over TLS (redis-cli --tls), presenting the client
// certificate of the settings when the server asks for one. Certificates
// for tests come from TlsTestCertificates (tlstestcerts.h):
//     RedisTestServer::TlsSettings tls;
//     tls.certificateFile = certs.serverCertificateFile();
//     tls.keyFile = certs.serverKeyFile();
//     tls.caCertificateFile = certs.caCertificateFile();
//     server.setTls(tls);
//     QVERIFY2(server.start(), qPrintable(server.errorString()));
//     client.connectToUrl(QUrl("rediss://localhost:" + QString::number(server.tlsPort())
//                              + "?cacert=" + certs.caCertificateFile()));
class RedisTestServer
{
public:
    struct TlsSettings
    {
        QString certificateFile;   // --tls-cert-file: the server's certificate (PEM)
        QString keyFile;           // --tls-key-file: its key (PEM, not encrypted)
        // --tls-ca-cert-file: the CA that client certificates must be signed
        // by; the fixture's own connections also trust it for the server's
        // certificate.
        QString caCertificateFile;
        bool authClients = false;  // --tls-auth-clients yes|no
        bool plainPort = false;    // also listen in plain text on port()
        // What the fixture's own connections (readiness check, cli())
        // present; needed when authClients is set.
        QString clientCertificateFile;
        QString clientKeyFile;
        // Whether the fixture's own connections verify the server's
        // certificate against caCertificateFile (chain only, not the name).
        // Turn it off for a server whose certificate is bad on purpose
        // (expired, ...); redis-cli then runs with --insecure.
        bool verifyServerCertificate = true;
    };

    RedisTestServer();
    ~RedisTestServer();

    RedisTestServer(const RedisTestServer &) = delete;
    RedisTestServer &operator=(const RedisTestServer &) = delete;

    // Starts redis-server and waits (at most 10 s) until it answers PING.
    // extraArgs are appended to the command line, e.g.
    // {"--requirepass", "secret"}, {"--maxclients", "1"}, or
    // {"--enable-debug-command", "local"} to allow DEBUG SLEEP (Redis 7 turns
    // DEBUG off by default). Fails if the server is already running; see
    // errorString() on failure.
    bool start(const QStringList &extraArgs = {});
    // SIGTERM, then SIGKILL if it has not exited within 5 s.
    void stop();
    // SIGKILL at once (for "server died mid-pipeline" tests); returns once
    // the process is gone.
    void kill();
    // Stops the server if it runs, then starts it again on the same port and
    // unix socket with the same extra arguments. The data set is empty again.
    bool restart();
    bool isRunning() const;

    // TLS for the next start() (and the restarts after it); settings with
    // an empty certificateFile turn TLS off again. Has no effect on a
    // running server.
    void setTls(const TlsSettings &settings);
    TlsSettings tls() const;
    bool isTls() const;      // TLS is set up (a certificate file is set)

    QString host() const;   // "127.0.0.1"
    // The plain-text port; 0 before the first successful start(), and
    // always 0 for a TLS server without TlsSettings::plainPort.
    quint16 port() const;
    // The TLS port; 0 without TLS or before the first successful start().
    quint16 tlsPort() const;
    QString unixSocketPath() const;
    QString dataDir() const;     // the private temporary directory
    QString logFilePath() const; // redis-server's stdout and stderr
    qint64 processId() const;    // 0 when not running
    QString errorString() const;

    // Password that cli() and cliPipe() authenticate with; empty: no AUTH.
    void setCliPassword(const QString &password);
    QString cliPassword() const;

    // Runs `redis-cli -h 127.0.0.1 -p PORT [args]` (with TLS:
    // `redis-cli --tls --cacert CA [--cert C --key K] -p TLSPORT`, also when
    // there is a plain-text port) and returns its stdout,
    // trimmed. redis-cli prints error replies to stdout too (e.g.
    // "NOAUTH Authentication required."). Returns an empty array and sets
    // errorString() if redis-cli cannot run, fails or times out.
    QByteArray cli(const QStringList &args, int timeoutMs = 10000);
    // Feeds raw RESP (see respCommand()) to `redis-cli --pipe`, for bulk
    // loading. True if every command was accepted without an error reply.
    bool cliPipe(const QByteArray &resp, int timeoutMs = 60000);

    // Absolute paths, or empty if not installed. The environment variables
    // QTREDIS_REDIS_SERVER and QTREDIS_REDIS_CLI override the search.
    static QString redisServerPath();
    static QString redisCliPath();

    // Encodes a command as a RESP array of bulk strings.
    static QByteArray respCommand(const QList<QByteArray> &args);

    // A port of 127.0.0.1 free right now (0 if none): another process may
    // take it before it is bound, so a caller must cope with a failed bind.
    static quint16 freePort();

private:
    enum class LaunchResult { Ready, PortInUse, Failed };

    bool ensureDataDir();
    LaunchResult launch();
    bool answersPing(int timeoutMs) const;
    bool answersTlsPing(int timeoutMs) const;
    QStringList cliConnectionArguments() const;
    QByteArray logSinceLaunch() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QStringList m_extraArgs;
    QString m_cliPassword;
    TlsSettings m_tls;
    QString m_error;
    qint64 m_logOffset = 0;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    bool m_started = false; // a start() succeeded: restart() may reuse the ports
};

#endif // REDISTESTSERVER_H
