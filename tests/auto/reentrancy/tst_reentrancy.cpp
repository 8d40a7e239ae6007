// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Application code re-entering the client: from callbacks, from its signals,
// from nested event loops (a modal dialog); and the issue-order rule for
// client-side failures mixed with commands in flight.
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <algorithm>
#include <memory>
#include <vector>

#include <redisclient.h>
#include <redisreply.h>
#include <redistestcase.h>
#include <testhelpers.h>

using QtRedis::Error;
using State = RedisClient::State;
using QtRedisTest::Timeout;

class tst_Reentrancy : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    // 1. failures overtake earlier in-flight commands
    void orderFailureAfterInFlight()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QVERIFY(connectClient(client));
        QStringList log;
        client.command({"PING"}, this, [&](const RedisValue &) { log << "1:PING"; });
        client.command({}, this, [&](const RedisValue &) { log << "2:empty"; });
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 2, Timeout);
        QCOMPARE(log, (QStringList{"1:PING", "2:empty"}));
    }
    void orderDuringDisconnecting()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QVERIFY(connectClient(client));
        QStringList log;
        client.command({"INCR", "g"}, this, [&](const RedisValue &) { log << "1:INCR"; });
        client.disconnectFromServer();
        client.command({"PING"}, this, [&](const RedisValue &) { log << "2:late"; });
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 2, Timeout);
        QCOMPARE(log, (QStringList{"1:INCR", "2:late"}));
    }
    // 2. connectToServer() re-entered from stateChanged(Connecting): the first
    //    connection is overwritten, leaked, and keeps a pointer to the client.
    void reconnectInConnectingSlotLeaksConnection()
    {
        auto *client = new RedisClient;
        client->setAutoReconnect(false);
        bool once = false;
        connect(client, &RedisClient::stateChanged, this, [&](State s) {
            if (s == State::Connecting && !once) {
                once = true;
                client->connectToServer();
            }
        });
        client->setHost(server().host());
        client->setPort(server().port());
        client->connectToServer();
        QSignalSpy connected(client, &RedisClient::connected);
        QVERIFY(connected.wait(Timeout));
        const int open = countClients();
        delete client;
        QCOMPARE(open, 1);
        QTRY_COMPARE_WITH_TIMEOUT(countClients(), 0, Timeout);
    }
    void reconnectInConnectingSlotUseAfterFree()
    {
        auto *client = new RedisClient;
        client->setAutoReconnect(false);
        bool once = false;
        connect(client, &RedisClient::stateChanged, this, [&](State s) {
            if (s == State::Connecting && !once) {
                once = true;
                client->connectToServer();
            }
        });
        client->connectToHost(server().host(), server().port());
        QSignalSpy connected(client, &RedisClient::connected);
        QVERIFY(connected.wait(Timeout));
        delete client;
        // An orphaned first connection would hear of its server going away
        // and call into the dead client (ASan catches that).
        server().cli({"CLIENT", "KILL", "TYPE", "normal"});
        QTRY_COMPARE_WITH_TIMEOUT(countClients(), 0, Timeout);
    }
    // 3. disconnectFromServer() from stateChanged(Connecting): a connection is
    //    still created, and the connect timer later reports a Timeout out of the blue.
    void disconnectInConnectingSlot()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        client.setConnectTimeout(300);
        connect(&client, &RedisClient::stateChanged, this, [&](State s) {
            if (s == State::Connecting)
                client.disconnectFromServer();
        });
        QSignalSpy errors(&client, &RedisClient::errorOccurred);
        client.connectToHost(server().host(), server().port());
        QCOMPARE(client.state(), State::Disconnected);
        // The application's own disconnect is no error; and no later Timeout
        // from an attempt that should not exist.
        QVERIFY(!errors.wait(600));
        QCOMPARE(client.state(), State::Disconnected);
        QCOMPARE(countClients(), 0);
    }
    // 4. reconnect from errorOccurred: the last stateChanged says Disconnected
    //    although state() is Connecting.
    void lastStateSignalMatchesState()
    {
        const quint16 closedPort = QtRedisTest::closedPort();
        QVERIFY(closedPort);
        RedisClient client;
        client.setAutoReconnect(false);
        QList<State> seen;
        int mismatches = 0;
        connect(&client, &RedisClient::stateChanged, this, [&](State s) {
            seen << s;
            if (s != client.state())
                ++mismatches;
        });
        bool once = false;
        connect(&client, &RedisClient::errorOccurred, this, [&] {
            if (!once) { once = true; client.connectToHost(server().host(), server().port()); }
        });
        QSignalSpy connected(&client, &RedisClient::connected);
        client.connectToHost(QStringLiteral("127.0.0.1"), closedPort);
        QVERIFY(connected.wait(Timeout));
        QCOMPARE(mismatches, 0);
        QCOMPARE(seen.last(), State::Connected);
    }
    // 5. nested event loop inside a reply callback (a modal dialog, say)
    void nestedLoopInCallback()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QVERIFY(connectClient(client));
        bool quitDone = false;
        client.command({"PING"}, this, [&](const RedisValue &) {
            client.command({"QUIT"}, this, [&](const RedisValue &) { quitDone = true; });
            QEventLoop loop;
            connect(&client, &RedisClient::disconnected, &loop, &QEventLoop::quit);
            QTimer::singleShot(3000, &loop, &QEventLoop::quit);
            loop.exec();
        });
        QTRY_VERIFY_WITH_TIMEOUT(quitDone, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Disconnected, Timeout);
    }
    void nestedLoopThenAbort()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QVERIFY(connectClient(client));
        bool second = false;
        client.command({"PING"}, this, [&](const RedisValue &) {
            client.command({"PING"}, this, [&](const RedisValue &) { second = true; });
            QEventLoop loop;
            QTimer t; connect(&t, &QTimer::timeout, &loop, [&] { if (second) loop.quit(); });
            t.start(1);
            QTimer::singleShot(3000, &loop, &QEventLoop::quit);
            loop.exec();
            client.abort();
        });
        QTRY_VERIFY_WITH_TIMEOUT(second, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Disconnected, Timeout);
    }
    // 7. deleting the client from its own signals
    void deleteInErrorSlotDuringReconnect()
    {
        auto *client = new RedisClient;
        client->setAutoReconnect(false);
        QVERIFY(connectClient(*client));
        connect(client, &RedisClient::stateChanged, this, [&](State s) {
            if (s == State::Disconnected) {
                delete client;
                client = nullptr;
            }
        });
        client->connectToServer(); // the teardown emits stateChanged(Disconnected), then startConnecting()
        QVERIFY(!client);
    }
    void deleteInConnectingSlot()
    {
        auto *client = new RedisClient;
        client->setAutoReconnect(false);
        connect(client, &RedisClient::stateChanged, this, [&](State s) {
            if (s == State::Connecting) { delete client; client = nullptr; }
        });
        client->connectToHost(server().host(), server().port());
        QVERIFY(!client);
    }
    void deleteInDisconnectingSlot()
    {
        auto *client = new RedisClient;
        client->setAutoReconnect(false);
        QVERIFY(connectClient(*client));
        connect(client, &RedisClient::stateChanged, this, [&](State s) {
            if (s == State::Disconnecting) { delete client; client = nullptr; }
        });
        client->disconnectFromServer();
        QVERIFY(!client);
    }

    // 8. a modal dialog in errorOccurred while hiredis flushes callbacks
    void nestedLoopInErrorSlot()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QVERIFY(connectClient(client));
        connect(&client, &RedisClient::errorOccurred, this, [] { QTest::qWait(200); });
        int done = 0;
        client.command({"BLPOP", "never", "0"}, this, [&](const RedisValue &) { ++done; });
        client.command({"PING"}, this, [&](const RedisValue &) { ++done; });
        QTRY_VERIFY_WITH_TIMEOUT(server().cli({"CLIENT", "LIST"}).contains("cmd=blpop"), Timeout);
        server().kill();
        QTRY_COMPARE_WITH_TIMEOUT(done, 2, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Disconnected, Timeout);
        QCOMPARE(done, 2);
    }

    void nestedLoopThenAbort2()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QVERIFY(connectClient(client));
        bool second = false;
        client.command({"PING"}, this, [&](const RedisValue &) {
            QTest::qWait(500);          // e.g. QMessageBox::exec()
            client.abort();
        });
        Error secondError = Error::NoError;
        client.command({"BLPOP", "never", "0.1"}, this, [&](const RedisValue &v) {
            second = true;
            secondError = v.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(second, Timeout);
        // The nested loop must not have let hiredis deliver the BLPOP reply
        // underneath the first callback: it was aborted, outcome unknown.
        QCOMPARE(secondError, Error::Aborted);
    }

    void orderWhileConnecting()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QStringList log;
        client.connectToHost(server().host(), server().port());
        client.command({"PING"}, this, [&](const RedisValue &) { log << "1:PING"; });
        client.command({}, this, [&](const RedisValue &) { log << "2:empty"; });
        client.command({"PING"}, this, [&](const RedisValue &) { log << "3:PING"; });
        client.command({"SUBSCRIBE", "x"}, this, [&](const RedisValue &) { log << "4:sub"; });
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 4, Timeout);
        QCOMPARE(log, (QStringList{"1:PING", "2:empty", "3:PING", "4:sub"}));
    }
    void orderOnAbort()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QVERIFY(connectClient(client));
        QStringList log;
        client.command({"PING"}, this, [&](const RedisValue &v) { log << "1:" + QString::number(int(v.error())); });
        client.command({}, this, [&](const RedisValue &v) { log << "2:" + QString::number(int(v.error())); });
        client.abort();
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 2, Timeout);
        QCOMPARE(log, (QStringList{"1:" + QString::number(int(Error::Aborted)), "2:" + QString::number(int(Error::InvalidArgument))}));
    }
    // connected()/disconnected() come in pairs even if a slot aborts in between.
    void disconnectedPairsWithConnected()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        int connectedCount = 0;
        int disconnectedCount = 0;
        connect(&client, &RedisClient::connected, this, [&] { ++connectedCount; });
        connect(&client, &RedisClient::disconnected, this, [&] { ++disconnectedCount; });
        connect(&client, &RedisClient::stateChanged, this, [&](State s) {
            if (s == State::Connected)
                client.abort();
        });
        client.connectToHost(server().host(), server().port());
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Disconnected, Timeout);
        QVERIFY(!QTest::qWaitFor([&] { return connectedCount != disconnectedCount; }, 200));
        QCOMPARE(connectedCount, disconnectedCount);
    }
    // A failure issued while a connection attempt fails keeps its place.
    void orderWhenAttemptFails()
    {
        const quint16 closedPort = QtRedisTest::closedPort();
        QVERIFY(closedPort);
        RedisClient client;
        client.setAutoReconnect(false);
        QStringList log;
        client.connectToHost(QStringLiteral("127.0.0.1"), closedPort);
        client.command({"PING"}, this, [&](const RedisValue &v) { log << "1:" + QString::number(int(v.error())); });
        client.command({}, this, [&](const RedisValue &v) { log << "2:" + QString::number(int(v.error())); });
        client.command({"PING"}, this, [&](const RedisValue &v) { log << "3:" + QString::number(int(v.error())); });
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), 3, Timeout);
        const QString refused = QString::number(int(Error::ConnectionRefused));
        QCOMPARE(log, (QStringList{"1:" + refused, "2:" + QString::number(int(Error::InvalidArgument)), "3:" + refused}));
    }
    // 9. Commands issued outside a reply callback are written by one flush
    //    per thread and event-loop round, for every client that has some.
    void writesOfManyClientsInOneRound()
    {
        constexpr int Clients = 200;
        constexpr int Commands = 5;
        std::vector<std::unique_ptr<RedisClient>> clients;
        for (int i = 0; i < Clients; ++i) {
            clients.push_back(std::make_unique<RedisClient>());
            clients.back()->setAutoReconnect(false);
            QVERIFY(connectClient(*clients.back()));
        }
        QList<QList<qint64>> seen(Clients);
        const QByteArray prefix = "reentrancy:many:" + QByteArray::number(QRandomGenerator::global()->generate()) + ':';
        for (int i = 0; i < Clients; ++i) {
            for (int n = 0; n < Commands; ++n) {
                clients[size_t(i)]->command({"INCR", prefix + QByteArray::number(i)}, this,
                                            [&seen, i](const RedisValue &v) { seen[i] << v.toInteger(); });
            }
        }
        const QList<qint64> expected{1, 2, 3, 4, 5};
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(seen.cbegin(), seen.cend(),
                                             [](const QList<qint64> &s) { return s.size() == Commands; }),
                                 Timeout);
        for (int i = 0; i < Clients; ++i)
            QCOMPARE(seen[i], expected);
    }
    // A client deleted, or aborted, with its commands not written yet: the
    // flush forgets it, and the other clients' commands still go out.
    void deletedOrAbortedWithWritesPending()
    {
        RedisClient other;
        other.setAutoReconnect(false);
        QVERIFY(connectClient(other));
        auto *doomed = new RedisClient;
        doomed->setAutoReconnect(false);
        QVERIFY(connectClient(*doomed));
        RedisClient aborted;
        aborted.setAutoReconnect(false);
        QVERIFY(connectClient(aborted));

        QList<Error> abortedErrors;
        doomed->command({"PING"});
        aborted.command({"PING"}, this, [&](const RedisValue &v) { abortedErrors << v.error(); });
        bool otherDone = false;
        other.command({"PING"}, this, [&](const RedisValue &v) { otherDone = v.toByteArray() == "PONG"; });
        delete doomed;
        aborted.abort();
        QTRY_VERIFY_WITH_TIMEOUT(otherDone, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(abortedErrors.size(), 1, Timeout);
        QVERIFY(abortedErrors.first() != Error::NoError);
        // The aborted client connects again and works.
        QVERIFY(connectClient(aborted));
        bool again = false;
        aborted.command({"PING"}, this, [&](const RedisValue &v) { again = v.toByteArray() == "PONG"; });
        QTRY_VERIFY_WITH_TIMEOUT(again, Timeout);
    }
    // A nested event loop (a modal dialog) inside a slot, entered with
    // commands of this client waiting for the flush: they go out from the
    // nested loop, and their replies come in it.
    void nestedLoopWithWritesPending()
    {
        RedisClient client;
        client.setAutoReconnect(false);
        QVERIFY(connectClient(client));
        int replies = 0;
        QTimer::singleShot(0, this, [&] {
            client.command({"PING"}, this, [&](const RedisValue &) { ++replies; });
            client.command({"PING"}, this, [&](const RedisValue &) { ++replies; });
            QEventLoop loop;
            QTimer poll;
            connect(&poll, &QTimer::timeout, &loop, [&] { if (replies == 2) loop.quit(); });
            poll.start(1);
            QTimer::singleShot(Timeout, &loop, &QEventLoop::quit);
            loop.exec();
        });
        QTRY_COMPARE_WITH_TIMEOUT(replies, 2, Timeout);
    }

private:
    int countClients()
    {
        const QByteArray list = server().cli({"CLIENT", "LIST", "TYPE", "normal"});
        return list.count("cmd=") - 1; // minus redis-cli itself
    }
};

QTEST_GUILESS_MAIN(tst_Reentrancy)
#include "tst_reentrancy.moc"
