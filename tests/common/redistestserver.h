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
class RedisTestServer
{
public:
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

    QString host() const;   // "127.0.0.1"
    quint16 port() const;   // 0 before the first successful start()
    QString unixSocketPath() const;
    QString dataDir() const;     // the private temporary directory
    QString logFilePath() const; // redis-server's stdout and stderr
    qint64 processId() const;    // 0 when not running
    QString errorString() const;

    // Password that cli() and cliPipe() authenticate with; empty: no AUTH.
    void setCliPassword(const QString &password);
    QString cliPassword() const;

    // Runs `redis-cli -h 127.0.0.1 -p PORT [args]` and returns its stdout,
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

private:
    enum class LaunchResult { Ready, PortInUse, Failed };

    bool ensureDataDir();
    LaunchResult launch();
    bool answersPing(int timeoutMs) const;
    QByteArray logSinceLaunch() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QStringList m_extraArgs;
    QString m_cliPassword;
    QString m_error;
    qint64 m_logOffset = 0;
    quint16 m_port = 0;
};

#endif // REDISTESTSERVER_H
