// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Fault injection: the server goes away, pauses, refuses, or misbehaves. For
// each: the documented error, every pending callback exactly once, and the
// client usable again after it reconnected by itself.
#include <QtTest/QtTest>

#include <fakeredisserver.h>
#include <redisclient.h>
#include <redisreply.h>
#include <redistestcase.h>
#include <tcpproxy.h>
#include <testhelpers.h>

#include <hiredis/hiredis.h>

using QtRedis::Error;
using State = RedisClient::State;
using namespace QtRedisTest;

class tst_Faults : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() override;
    void cleanup();

    void clientKill();
    void shutdownAndRestart();
    void handshakeReplayedOnReconnect();
    void commandTimeoutDropsLateReply();
    void timeoutOverrideAndBlockingCommands();
    void deadlinesOutOfIssueOrder();
    void serverIdleTimeout();
    void maxClientsReached();
    void queueBound();
    void noAutoReconnectFailsAtOnce();
    void authenticationFailureStopsRetrying();
    void backoffGrowsAndIsCapped();
    void reconnectNow();
    void abortWhileReconnecting();
    void badServer_data();
    void badServer();
    void hugeBulkThenStall();
    void halfOpenLinkFoundByHealthCheck();
    void linkCutMidReply();
    void linkCutMidPipeline();

private:
    RedisClient *newClient();
    bool waitConnected(RedisClient *client, int timeout = Timeout);
    QList<RedisClient *> m_clients;
};

void tst_Faults::init()
{
    RedisTestCase::init();
    cli({QStringLiteral("FLUSHALL")});
    cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("timeout"), QStringLiteral("0")});
}

void tst_Faults::cleanup()
{
    qDeleteAll(std::exchange(m_clients, {}));
}

RedisClient *tst_Faults::newClient()
{
    auto *client = new RedisClient;
    client->setReconnectInitialDelay(20);
    client->setReconnectMaxDelay(200);
    m_clients.append(client);
    return client;
}

bool tst_Faults::waitConnected(RedisClient *client, int timeout)
{
    if (client->state() == State::Connected)
        return true;
    QSignalSpy connected(client, &RedisClient::connected);
    return connected.wait(timeout) && client->state() == State::Connected;
}

void tst_Faults::clientKill()
{
    RedisClient *client = newClient();
    client->setClientName(QStringLiteral("victim"));
    client->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(client));
    QSignalSpy states(client, &RedisClient::stateChanged);
    QSignalSpy scheduled(client, &RedisClient::reconnectScheduled);
    QSignalSpy errors(client, &RedisClient::errorOccurred);
    Collector inFlight;
    client->command({"BLPOP", "never", "0"}, this, inFlight.callback());
    QTRY_VERIFY_WITH_TIMEOUT(server().cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains("cmd=blpop"), Timeout);
    QCOMPARE(server().cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("normal")}),
             QByteArray("1"));
    QTRY_COMPARE_WITH_TIMEOUT(inFlight.values.size(), 1, Timeout);
    QCOMPARE(inFlight.values.at(0).error(), Error::ConnectionLost); // never replayed
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::ConnectionLost);
    QVERIFY(scheduled.count() >= 1);
    QVERIFY(waitConnected(client));
    QCOMPARE(states.at(0).at(0).value<State>(), State::Reconnecting);
    Collector after;
    client->command({"CLIENT", "GETNAME"}, this, after.callback());
    QTRY_COMPARE_WITH_TIMEOUT(after.values.size(), 1, Timeout);
    QCOMPARE(after.values.at(0).toByteArray(), QByteArray("victim"));
    QCOMPARE(client->reconnectAttempt(), 0);
    QVERIFY(!client->nextReconnectTime().isValid());
}

void tst_Faults::shutdownAndRestart()
{
    RedisClient *client = newClient();
    client->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(client));
    server().cli({QStringLiteral("SHUTDOWN"), QStringLiteral("NOSAVE")});
    QTRY_VERIFY_WITH_TIMEOUT(!server().isRunning() || client->state() != State::Connected, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(client->state() == State::Reconnecting || client->state() == State::Connecting, Timeout);
    // While the server is down, attempts fail and fail what was held for them.
    Collector held;
    for (int i = 0; i < 5; ++i)
        client->command({"INCR", "n"}, this, held.callback());
    QTRY_COMPARE_WITH_TIMEOUT(held.values.size(), 5, Timeout);
    for (const RedisValue &v : std::as_const(held.values))
        QCOMPARE(v.error(), Error::ConnectionRefused);
    QVERIFY(client->reconnectAttempt() >= 1);
    QVERIFY2(server().restart(), qPrintable(server().errorString()));
    QVERIFY(waitConnected(client));
    Collector after;
    client->command({"INCR", "n"}, this, after.callback());
    QTRY_COMPARE_WITH_TIMEOUT(after.values.size(), 1, Timeout);
    QCOMPARE(after.values.at(0).toInteger(), 1);
}

void tst_Faults::handshakeReplayedOnReconnect()
{
    RedisTestServer secured;
    QVERIFY2(secured.start({QStringLiteral("--requirepass"), QStringLiteral("pw")}), qPrintable(secured.errorString()));
    secured.setCliPassword(QStringLiteral("pw"));
    RedisClient *client = newClient();
    client->setPassword(QStringLiteral("pw"));
    client->setDatabase(3);
    client->setClientName(QStringLiteral("replayed"));
    client->connectToHost(secured.host(), secured.port());
    QVERIFY(waitConnected(client));
    secured.kill();
    QTRY_COMPARE_WITH_TIMEOUT(client->state() == State::Connected, false, Timeout);
    QVERIFY2(secured.restart(), qPrintable(secured.errorString()));
    QVERIFY(waitConnected(client));
    Collector c;
    client->command({"SET", "k", "v"}, this, c.callback());
    client->command({"CLIENT", "GETNAME"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    QCOMPARE(c.values.at(1).toByteArray(), QByteArray("replayed"));
    QCOMPARE(secured.cli({QStringLiteral("-n"), QStringLiteral("3"), QStringLiteral("GET"), QStringLiteral("k")}), QByteArray("v"));
}

void tst_Faults::commandTimeoutDropsLateReply()
{
    RedisClient *client = newClient();
    client->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(client));
    server().cli({QStringLiteral("SET"), QStringLiteral("a"), QStringLiteral("A")});
    server().cli({QStringLiteral("SET"), QStringLiteral("b"), QStringLiteral("B")});
    // The server holds every command for a second: GET a times out.
    QCOMPARE(server().cli({QStringLiteral("CLIENT"), QStringLiteral("PAUSE"), QStringLiteral("1000")}), QByteArray("OK"));
    Collector first;
    client->command({"GET", "a"}, std::chrono::milliseconds(200), this, first.callback());
    QTRY_COMPARE_WITH_TIMEOUT(first.values.size(), 1, Timeout);
    QCOMPARE(first.values.at(0).error(), Error::Timeout);
    // After the pause the late "A" arrives and is dropped; GET b gets "B".
    Collector second;
    client->command({"GET", "b"}, this, second.callback());
    QTRY_COMPARE_WITH_TIMEOUT(second.values.size(), 1, Timeout);
    QCOMPARE(second.values.at(0).toByteArray(), QByteArray("B"));
    QCOMPARE(first.values.size(), 1);
    QCOMPARE(client->state(), State::Connected);
    QCOMPARE(client->pendingCommandCount(), 0);
}

void tst_Faults::timeoutOverrideAndBlockingCommands()
{
    RedisClient *client = newClient();
    client->setCommandTimeout(300);
    client->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(client));
    // BLPOP's own 1 s wait is added to the 300 ms: it returns nil, no timeout.
    Collector blocking;
    client->command({"BLPOP", "empty", "1"}, this, blocking.callback());
    // A blocking wait of 0 means endless: no command timeout at all.
    Collector endless;
    client->command({"BLPOP", "empty2", "0"}, this, endless.callback());
    QTRY_COMPARE_WITH_TIMEOUT(blocking.values.size(), 1, Timeout);
    QVERIFY2(blocking.values.at(0).isNil(), qPrintable(blocking.values.at(0).errorString()));
    server().cli({QStringLiteral("RPUSH"), QStringLiteral("empty2"), QStringLiteral("x")});
    QTRY_COMPARE_WITH_TIMEOUT(endless.values.size(), 1, Timeout);
    QCOMPARE(endless.values.at(0).at(1).toByteArray(), QByteArray("x"));
    // An override longer than the default.
    Collector overridden;
    client->command({"BLPOP", "empty3", "0.5"}, std::chrono::milliseconds(100), this, overridden.callback());
    QTRY_COMPARE_WITH_TIMEOUT(overridden.values.size(), 1, Timeout);
    QVERIFY(overridden.values.at(0).isNil());
    // RedisReply with its own timeout, shorter than the server's block.
    RedisReply *reply = client->command({"BLPOP", "empty4", "2"}, std::chrono::milliseconds(0));
    QSignalSpy finished(reply, &RedisReply::finished);
    QVERIFY(finished.wait(Timeout));
    QVERIFY(reply->value().isNil() || reply->error() == Error::Timeout);
    reply->deleteLater();
}

void tst_Faults::deadlinesOutOfIssueOrder()
{
    RedisClient *client = newClient();
    client->setCommandTimeout(5000);
    client->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(client));
    server().cli({QStringLiteral("SET"), QStringLiteral("a"), QStringLiteral("A")});
    QCOMPARE(server().cli({QStringLiteral("CLIENT"), QStringLiteral("PAUSE"), QStringLiteral("1500")}), QByteArray("OK"));
    // Deadlines in issue order 5 s, 5 s + 10 ms, then shorter ones: each
    // expires on its own, earliest first, and the long ones get their reply.
    QList<QByteArray> order;
    Collector first;
    client->command({"GET", "a"}, this, first.callback());
    Collector second;
    client->command({"GET", "a"}, std::chrono::milliseconds(5010), this, second.callback());
    client->command({"GET", "a"}, std::chrono::milliseconds(400), this,
                    [&order](const RedisValue &value) { order.append("400:" + QByteArray::number(int(value.error()))); });
    client->command({"GET", "a"}, std::chrono::milliseconds(150), this,
                    [&order](const RedisValue &value) { order.append("150:" + QByteArray::number(int(value.error()))); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, Timeout);
    const QByteArray timeout = QByteArray::number(int(Error::Timeout));
    QCOMPARE(order, (QList<QByteArray>{"150:" + timeout, "400:" + timeout}));
    QCOMPARE(first.values.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(second.values.size(), 1, Timeout);
    QCOMPARE(first.values.size(), 1);
    QCOMPARE(first.values.at(0).toByteArray(), QByteArray("A"));
    QCOMPARE(second.values.at(0).toByteArray(), QByteArray("A"));
    QCOMPARE(client->pendingCommandCount(), 0);
    QCOMPARE(client->state(), State::Connected);
}

void tst_Faults::serverIdleTimeout()
{
    server().cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("timeout"), QStringLiteral("1")});
    RedisClient *client = newClient();
    client->setHealthCheckInterval(0); // let the server close the idle link
    client->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(client));
    QSignalSpy disconnected(client, &RedisClient::disconnected);
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(client->error(), Error::ConnectionLost);
    QVERIFY(waitConnected(client));
    Collector c;
    client->command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0), RedisValue::fromStatus("PONG"));

    // With the health check faster than the server's timeout, the link stays.
    RedisClient *kept = newClient();
    kept->setHealthCheckInterval(300);
    kept->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(kept));
    QSignalSpy keptDisconnected(kept, &RedisClient::disconnected);
    QVERIFY(!keptDisconnected.wait(2500));
    QCOMPARE(kept->state(), State::Connected);
}

void tst_Faults::maxClientsReached()
{
    RedisTestServer small;
    QVERIFY2(small.start({QStringLiteral("--maxclients"), QStringLiteral("1")}), qPrintable(small.errorString()));
    RedisClient *first = newClient();
    first->connectToHost(small.host(), small.port());
    QVERIFY(waitConnected(first));
    RedisClient *second = newClient();
    QSignalSpy errors(second, &RedisClient::errorOccurred);
    Collector held;
    second->connectToHost(small.host(), small.port());
    second->command({"PING"}, this, held.callback());
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::HandshakeFailed);
    QVERIFY2(errors.at(0).at(1).toString().contains(QLatin1String("max number of clients")),
             qPrintable(errors.at(0).at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(held.values.size(), 1, Timeout);
    QCOMPARE(held.values.at(0).error(), Error::HandshakeFailed);
    // Retryable: once the slot is free, the second client gets in by itself.
    QTRY_COMPARE_WITH_TIMEOUT(second->state() == State::Reconnecting || second->state() == State::Connecting, true, Timeout);
    first->abort();
    QVERIFY(waitConnected(second));
}

void tst_Faults::queueBound()
{
    const quint16 port = closedPort();
    RedisClient *client = newClient();
    client->setMaxQueuedCommands(3);
    client->setReconnectInitialDelay(60000); // stay in Reconnecting
    client->setReconnectMaxDelay(60000);
    client->connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Reconnecting, Timeout);
    QStringList log;
    for (int i = 0; i < 5; ++i)
        client->command({"PING"}, this, [&log, i](const RedisValue &v) {
            log << QStringLiteral("%1:%2").arg(i).arg(int(v.error()));
        });
    QCOMPARE(client->pendingCommandCount(), 5);
    // The two beyond the bound fail at once with QueueFull.
    const QString full = QString::number(int(Error::QueueFull));
    QTRY_COMPARE_WITH_TIMEOUT(log, (QStringList{"3:" + full, "4:" + full}), Timeout);
    QCOMPARE(client->pendingCommandCount(), 3);
    // The three held ones fail with the next attempt's error.
    client->reconnectNow();
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 5, Timeout);
    const QString refused = QString::number(int(Error::ConnectionRefused));
    QCOMPARE(log.mid(2), (QStringList{"0:" + refused, "1:" + refused, "2:" + refused}));
}

void tst_Faults::noAutoReconnectFailsAtOnce()
{
    RedisClient *client = newClient();
    client->setAutoReconnect(false);
    client->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(client));
    QSignalSpy disconnected(client, &RedisClient::disconnected);
    server().cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("normal")});
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(client->state(), State::Disconnected);
    Collector c;
    client->command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::NotConnected);
}

void tst_Faults::authenticationFailureStopsRetrying()
{
    RedisTestServer secured;
    QVERIFY2(secured.start({QStringLiteral("--requirepass"), QStringLiteral("right")}), qPrintable(secured.errorString()));
    RedisClient *client = newClient();
    client->setPassword(QStringLiteral("wrong"));
    QSignalSpy errors(client, &RedisClient::errorOccurred);
    QSignalSpy scheduled(client, &RedisClient::reconnectScheduled);
    client->connectToHost(secured.host(), secured.port());
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(client->error(), Error::AuthenticationFailed);
    QCOMPARE(client->state(), State::Disconnected);
    QVERIFY(!errors.wait(300)); // no further attempts
    QCOMPARE(scheduled.count(), 0);
}

void tst_Faults::backoffGrowsAndIsCapped()
{
    const quint16 port = closedPort();
    RedisClient *client = newClient();
    client->setReconnectInitialDelay(40);
    client->setReconnectFactor(2.0);
    client->setReconnectMaxDelay(200);
    QList<int> delays;
    connect(client, &RedisClient::reconnectScheduled, this, [&](int attempt, int delay) {
        QCOMPARE(attempt, delays.size() + 1);
        delays << delay;
        QVERIFY(client->nextReconnectTime().isValid());
    });
    client->connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 6, Timeout);
    // Equal jitter: each delay lies in [base/2, base], base = 40 * 2^(n-1), capped at 200.
    for (int i = 0; i < delays.size(); ++i) {
        const int base = qMin(200, 40 << qMin(i, 10));
        QVERIFY2(delays.at(i) >= base / 2 && delays.at(i) <= base,
                 qPrintable(QStringLiteral("attempt %1: %2 ms, base %3").arg(i + 1).arg(delays.at(i)).arg(base)));
    }
    client->disconnectFromServer();
    QCOMPARE(client->state(), State::Disconnected);
    QVERIFY(!client->nextReconnectTime().isValid());
}

void tst_Faults::reconnectNow()
{
    RedisClient *client = newClient();
    client->setReconnectInitialDelay(60000);
    client->setReconnectMaxDelay(60000);
    client->connectToHost(server().host(), server().port());
    QVERIFY(waitConnected(client));
    server().cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("normal")});
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Reconnecting, Timeout);
    QVERIFY(client->nextReconnectTime() > QDateTime::currentDateTime().addSecs(20));
    client->reconnectNow();
    QVERIFY(waitConnected(client));

    // connectToServer() while Reconnecting does the same and keeps what is held.
    server().cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("normal")});
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Reconnecting, Timeout);
    Collector held;
    client->command({"PING"}, this, held.callback());
    client->connectToServer();
    QVERIFY(waitConnected(client));
    QTRY_COMPARE_WITH_TIMEOUT(held.values.size(), 1, Timeout);
    QCOMPARE(held.values.at(0), RedisValue::fromStatus("PONG"));
}

void tst_Faults::abortWhileReconnecting()
{
    const quint16 port = closedPort();
    RedisClient *client = newClient();
    client->setReconnectInitialDelay(60000);
    client->connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Reconnecting, Timeout);
    Collector c;
    client->command({"PING"}, this, c.callback());
    client->abort();
    QCOMPARE(client->state(), State::Disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::Aborted);
    Collector later;
    client->command({"PING"}, this, later.callback());
    QTRY_COMPARE_WITH_TIMEOUT(later.values.size(), 1, Timeout);
    QCOMPARE(later.values.at(0).error(), Error::NotConnected);
}

void tst_Faults::badServer_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<Error>("error");
    QTest::newRow("non-RESP bytes") << QByteArray("hello world\r\n") << Error::ProtocolError;
    QTest::newRow("$-2") << QByteArray("$-2\r\n") << Error::ProtocolError;
    QTest::newRow("*-2") << QByteArray("*-2\r\n") << Error::ProtocolError;
    QTest::newRow("bulk length out of range") << QByteArray("$99999999999999999999\r\n") << Error::ProtocolError;
    QTest::newRow("array length out of range") << QByteArray("*99999999999999999999\r\n") << Error::ProtocolError;
    QByteArray nested;
    for (int i = 0; i < 9; ++i)
        nested += "*1\r\n";
    nested += ":1\r\n";
    // hiredis 0.14 refuses a ninth level; 1.x accepts it (then it is a reply).
    QTest::newRow("9-level nesting") << nested << (HIREDIS_MAJOR >= 1 ? Error::NoError : Error::ProtocolError);
}

void tst_Faults::badServer()
{
    QFETCH(QByteArray, reply);
    QFETCH(Error, error);
    FakeRedisServer fake;
    QVERIFY(fake.listen());
    // The first connection answers GET with the bad bytes; later ones behave.
    FakeRedisServer::Script bad;
    bad.responder = [reply](const QList<QByteArray> &command, int) {
        return command.value(0) == "GET" ? reply : FakeRedisServer::defaultResponse(command);
    };
    fake.setScript(0, bad);
    RedisClient *client = newClient();
    client->connectToHost(fake.host(), fake.port());
    QVERIFY(waitConnected(client));
    QSignalSpy errors(client, &RedisClient::errorOccurred);
    Collector c;
    client->command({"GET", "k"}, this, c.callback());
    client->command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    if (error == Error::NoError) {
        QVERIFY(c.values.at(0).isArray());
        QCOMPARE(c.values.at(1), RedisValue::fromStatus("PONG"));
        return;
    }
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>(), error);
    QCOMPARE(c.values.at(0).error(), Error::ConnectionLost);
    QCOMPARE(c.values.at(1).error(), Error::ConnectionLost);
    // Reconnects to the (now well-behaved) server and works.
    QVERIFY(waitConnected(client));
    QCOMPARE(fake.connectionCount(), 2);
    Collector after;
    client->command({"PING"}, this, after.callback());
    QTRY_COMPARE_WITH_TIMEOUT(after.values.size(), 1, Timeout);
    QCOMPARE(after.values.at(0), RedisValue::fromStatus("PONG"));
}

void tst_Faults::hugeBulkThenStall()
{
    // Announces 500 MB, sends 1 MB of it, then nothing. The command timeout
    // ends it; what the client buffered is only what really arrived.
    FakeRedisServer fake;
    QVERIFY(fake.listen());
    FakeRedisServer::Script bad;
    bad.responder = [](const QList<QByteArray> &command, int) {
        if (command.value(0) != "GET")
            return FakeRedisServer::defaultResponse(command);
        return QByteArray("$500000000\r\n") + QByteArray(1024 * 1024, 'x');
    };
    fake.setScript(0, bad);
    RedisClient *client = newClient();
    client->setCommandTimeout(500);
    client->setHealthCheckInterval(200);
    client->connectToHost(fake.host(), fake.port());
    QVERIFY(waitConnected(client));
    QSignalSpy disconnected(client, &RedisClient::disconnected);
    Collector c;
    client->command({"GET", "big"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::Timeout);
    // The stream is stuck mid-reply: the health check's PING gets no answer,
    // the client drops the link and reconnects by itself.
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(client->error(), Error::ConnectionLost);
    QVERIFY(waitConnected(client));
    Collector after;
    client->command({"PING"}, this, after.callback());
    QTRY_COMPARE_WITH_TIMEOUT(after.values.size(), 1, Timeout);
    QCOMPARE(after.values.at(0), RedisValue::fromStatus("PONG"));
}

void tst_Faults::halfOpenLinkFoundByHealthCheck()
{
    // The proxy keeps both TCP connections open but forwards nothing: no FIN,
    // no RST, just silence, like a laptop that slept or a dead NAT entry.
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RedisClient *client = newClient();
    client->setHealthCheckInterval(200);
    client->connectToHost(proxy.host(), proxy.port());
    QVERIFY(waitConnected(client));
    QSignalSpy disconnected(client, &RedisClient::disconnected);
    proxy.setMode(TcpProxy::Mode::Blackhole);
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(client->error(), Error::ConnectionLost);
    QVERIFY2(client->errorString().contains(QLatin1String("PING")), qPrintable(client->errorString()));
    proxy.setMode(TcpProxy::Mode::Forward);
    QVERIFY(waitConnected(client));
    QVERIFY(proxy.connectionCount() >= 2);
    Collector c;
    client->command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0), RedisValue::fromStatus("PONG"));
}

void tst_Faults::linkCutMidReply()
{
    const QByteArray big(100000, 'v');
    server().cli({QStringLiteral("SET"), QStringLiteral("big"), QString::fromLatin1(big)});
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RedisClient *client = newClient();
    client->connectToHost(proxy.host(), proxy.port());
    QVERIFY(waitConnected(client));
    proxy.cutAfterBytesFromServer(50000); // half of the value, then RST
    Collector c;
    client->command({"GET", "big"}, this, c.callback());
    client->command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::ConnectionLost);
    QCOMPARE(c.values.at(1).error(), Error::ConnectionLost);
    QVERIFY(waitConnected(client));
    Collector after;
    client->command({"GET", "big"}, this, after.callback());
    QTRY_COMPARE_WITH_TIMEOUT(after.values.size(), 1, Timeout);
    QCOMPARE(after.values.at(0).toByteArray(), big);
}

void tst_Faults::linkCutMidPipeline()
{
    // 1,000 pipelined commands, the link cut after some replies: the ones
    // answered succeed, the rest fail once with ConnectionLost, in order.
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RedisClient *client = newClient();
    client->connectToHost(proxy.host(), proxy.port());
    QVERIFY(waitConnected(client));
    proxy.cutAfterBytesFromServer(4000); // ":1\r\n" ... a few hundred INCR replies
    constexpr int Count = 1000;
    QList<int> calls(Count, 0);
    QList<RedisValue> values(Count);
    for (int i = 0; i < Count; ++i) {
        client->command({"INCR", "cut"}, this, [&, i](const RedisValue &v) {
            ++calls[i];
            values[i] = v;
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(calls.cbegin(), calls.cend(), [](int n) { return n > 0; }), Timeout);
    int succeeded = 0;
    for (int i = 0; i < Count; ++i) {
        QCOMPARE(calls.at(i), 1);
        if (values.at(i).isInteger()) {
            QCOMPARE(i, succeeded); // successes come first, in order
            QCOMPARE(values.at(i).toInteger(), i + 1);
            ++succeeded;
        } else {
            QCOMPARE(values.at(i).error(), Error::ConnectionLost);
        }
    }
    QVERIFY(succeeded > 0 && succeeded < Count);
    QVERIFY(waitConnected(client));
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
