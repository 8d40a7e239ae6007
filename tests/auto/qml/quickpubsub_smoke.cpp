// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Runs examples/quick-pubsub's --smoke-test against a private redis-server:
//   quickpubsub_smoke <path to qtredis-quick-pubsub>
// 1. a real server (TCP and unix socket URLs): exit code 0 and the message
//    printed;
// 2. a closed port: exit code 1 (connection refused);
// 3. a server that accepts and never answers: exit code 1 (timeout).
// Exits 0 when all three hold.
#include <QtCore/QCoreApplication>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <redistestserver.h>
#include <testhelpers.h>

#include <cstdio>

namespace {

struct Outcome
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
};

Outcome runExample(const QString &program, const QString &url)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, {QStringLiteral("--url"), url, QStringLiteral("--room"),
                            QStringLiteral("smoke"), QStringLiteral("--smoke-test")});
    Outcome outcome;
    // The app gives up after 10 s by itself; this bound only catches a hang.
    // A QTcpServer of ours may have to accept meanwhile: wait in the event loop.
    outcome.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000);
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    outcome.output = process.readAll();
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    std::printf("--- %s (exit code %d)\n%s\n", qPrintable(url), outcome.exitCode, outcome.output.constData());
    std::fflush(stdout);
    return outcome;
}

bool expect(bool condition, const char *what)
{
    std::printf("%s: %s\n", condition ? "PASS" : "FAIL", what);
    return condition;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <qtredis-quick-pubsub>\n", argv[0]);
        return 2;
    }
    const QString program = QString::fromLocal8Bit(argv[1]);

    RedisTestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start redis-server: %s\n", qPrintable(server.errorString()));
        return 1;
    }

    bool ok = true;
    const QString tcpUrl = QStringLiteral("redis://127.0.0.1:%1").arg(server.port());
    Outcome tcp = runExample(program, tcpUrl);
    ok &= expect(tcp.finished && tcp.exitCode == 0, "TCP: exit code 0");
    ok &= expect(tcp.output.contains("quick-pubsub smoke test: received")
                         && tcp.output.contains("\"nick\":\"smoke-test\"") && tcp.output.contains("chat:smoke"),
                 "TCP: the message came back and was printed");

    Outcome local = runExample(program, QStringLiteral("unix://") + server.unixSocketPath());
    ok &= expect(local.finished && local.exitCode == 0, "unix socket: exit code 0");

    Outcome refused = runExample(program, QStringLiteral("redis://127.0.0.1:%1").arg(QtRedisTest::closedPort()));
    ok &= expect(refused.finished && refused.exitCode == 1, "closed port: exit code 1");
    ok &= expect(refused.output.contains("smoke test failed"), "closed port: the failure was printed");

    // Accepts connections and never answers: the handshake never completes.
    QTcpServer silent;
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    if (silent.listen(QHostAddress::LocalHost)) {
        Outcome hung = runExample(program, QStringLiteral("redis://127.0.0.1:%1").arg(silent.serverPort()));
        ok &= expect(hung.finished && hung.exitCode == 1, "silent server: exit code 1");
    } else {
        ok &= expect(false, "silent server: could not listen");
    }

    std::printf("%s\n", ok ? "quick-pubsub smoke test: all passed" : "quick-pubsub smoke test: FAILED");
    return ok ? 0 : 1;
}
