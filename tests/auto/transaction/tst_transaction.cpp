// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisTransaction (MULTI/EXEC, WATCH) against a real redis-server.
#include <QtTest/QtTest>

#include <redisclient.h>
#include <redistestcase.h>
#include <redistransaction.h>
#include <testhelpers.h>

#include <memory>

using QtRedis::Error;
using namespace QtRedisTest;

class tst_Transaction : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() override;

    void resultsPerCommand();
    void emptyTransaction();
    void watchConflictAborts();
    void watchWithoutConflictExecutes();
    void execAbort();
    void discardDropsQueuedCommands();
    void discardSendsUnwatch();
    void destroyReleasesWatch();
    void watchLostByReconnect();
    void watchWhileDisconnected();
    void execWhileDisconnected();
    void execWhileConnectingWaits();
    void execWhileConnectingFailsWithAttempt();
    void clientFailureTimeout();
    void deleteAfterExec();
    void deleteInsideFinished();
    void misuse();
    void thousandIncrs();
};

void tst_Transaction::init()
{
    RedisTestCase::init();
    cli({QStringLiteral("CLIENT"), QStringLiteral("UNPAUSE")});
    cli({QStringLiteral("FLUSHALL")});
}

void tst_Transaction::resultsPerCommand()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    cli({QStringLiteral("RPUSH"), QStringLiteral("list"), QStringLiteral("x")});

    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    QCOMPARE(tx.enqueue({"SET", "k", "v"}), 0);
    QCOMPARE(tx.enqueue({"INCR", "n"}), 1);
    QCOMPARE(tx.enqueue({"GET", "k"}), 2);
    QCOMPARE(tx.enqueue({"INCR", "list"}), 3); // WRONGTYPE at run time, the rest still runs
    QCOMPARE(tx.enqueue({"INCR", "n"}), 4);
    QCOMPARE(tx.count(), 5);
    QVERIFY(!tx.isFinished());
    tx.exec();
    QCOMPARE(finished.count(), 0); // never from inside exec()
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QVERIFY(tx.isFinished());
    QVERIFY(!tx.isAborted());
    QCOMPARE(tx.error(), Error::NoError);
    QVERIFY(tx.errorString().isEmpty());

    const QList<RedisValue> results = tx.results();
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0), RedisValue::fromStatus("OK"));
    QCOMPARE(results.at(1), RedisValue::fromInteger(1));
    QCOMPARE(results.at(2), RedisValue::fromString("v"));
    QVERIFY(results.at(3).isServerError());
    QVERIFY2(results.at(3).errorString().startsWith(QLatin1String("WRONGTYPE")),
             qPrintable(results.at(3).errorString()));
    QCOMPARE(results.at(4), RedisValue::fromInteger(2));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("n")}), QByteArray("2"));
}

void tst_Transaction::emptyTransaction()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(tx.error(), Error::NoError);
    QVERIFY(!tx.isAborted());
    QVERIFY(tx.results().isEmpty());
}

void tst_Transaction::watchConflictAborts()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    cli({QStringLiteral("SET"), QStringLiteral("wk"), QStringLiteral("old")});

    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.watch({"wk"});
    QVERIFY(roundTrip(client)); // WATCH is in place
    QCOMPARE(cli({QStringLiteral("SET"), QStringLiteral("wk"), QStringLiteral("changed")}), QByteArray("OK"));
    tx.enqueue({"SET", "wk", "mine"});
    tx.enqueue({"SET", "other", "1"});
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QVERIFY(tx.isAborted());
    QCOMPARE(tx.error(), Error::NoError);
    QVERIFY(tx.results().isEmpty());
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("wk")}), QByteArray("changed"));
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("other")}), QByteArray("0"));
    QVERIFY(roundTrip(client));
    QCOMPARE(finished.count(), 1);

    // EXEC released the watch: a later transaction on the client is unaffected.
    RedisTransaction next(&client);
    QSignalSpy nextFinished(&next, &RedisTransaction::finished);
    cli({QStringLiteral("SET"), QStringLiteral("wk"), QStringLiteral("again")});
    next.enqueue({"GET", "wk"});
    next.exec();
    QVERIFY(nextFinished.wait(Timeout));
    QVERIFY(!next.isAborted());
    QCOMPARE(next.results(), QList<RedisValue>{RedisValue::fromString("again")});
}

void tst_Transaction::watchWithoutConflictExecutes()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    cli({QStringLiteral("SET"), QStringLiteral("balance"), QStringLiteral("100")});

    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.watch({"balance"});
    tx.watch({"spent", QByteArray("bin\0key", 7)}); // several calls add up
    // The optimistic pattern: read the watched key, then decide.
    RedisValue balance;
    client.command({"GET", "balance"}, this, [&](const RedisValue &v) { balance = v; });
    QTRY_COMPARE_WITH_TIMEOUT(balance.toInteger(), 100, Timeout);
    tx.enqueue({"DECRBY", "balance", "30"});
    tx.enqueue({"INCRBY", "spent", "30"});
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QVERIFY(!tx.isAborted());
    QCOMPARE(tx.error(), Error::NoError);
    QCOMPARE(tx.results(), (QList<RedisValue>{RedisValue::fromInteger(70), RedisValue::fromInteger(30)}));
}

void tst_Transaction::execAbort()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.enqueue({"SET", "a", "1"});
    tx.enqueue({"NOSUCHCOMMAND", "x"});
    tx.enqueue({"SET", "b", "2"});
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!tx.isAborted());
    QCOMPARE(tx.error(), Error::ServerError);
    QVERIFY2(tx.errorString().contains(QLatin1String("EXECABORT")), qPrintable(tx.errorString()));
    const QList<RedisValue> results = tx.results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0), RedisValue::fromStatus("QUEUED"));
    QVERIFY(results.at(1).isServerError());
    QVERIFY2(results.at(1).errorString().contains(QLatin1String("unknown command")),
             qPrintable(results.at(1).errorString()));
    QCOMPARE(results.at(2), RedisValue::fromStatus("QUEUED"));
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("a"), QStringLiteral("b")}), QByteArray("0"));

    // The connection is usable (not left inside MULTI).
    RedisValue value;
    client.command({"SET", "after", "1"}, this, [&](const RedisValue &v) { value = v; });
    QTRY_COMPARE_WITH_TIMEOUT(value, RedisValue::fromStatus("OK"), Timeout);
}

void tst_Transaction::discardDropsQueuedCommands()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.enqueue({"SET", "d", "1"});
    tx.discard();
    QCOMPARE(tx.count(), 0);
    QVERIFY(roundTrip(client));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!tx.isFinished());
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("d")}), QByteArray("0"));

    // After discard() the transaction can be filled and run again.
    tx.enqueue({"SET", "e", "2"});
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(tx.results(), QList<RedisValue>{RedisValue::fromStatus("OK")});
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("d")}), QByteArray("0"));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("e")}), QByteArray("2"));
}

void tst_Transaction::discardSendsUnwatch()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    {
        RedisTransaction tx(&client);
        QSignalSpy finished(&tx, &RedisTransaction::finished);
        tx.watch({"uk"});
        tx.enqueue({"SET", "uk", "tx"});
        QVERIFY(roundTrip(client));
        tx.discard();
        QVERIFY(roundTrip(client));
        QCOMPARE(finished.count(), 0);
    }
    // Were "uk" still watched, this EXEC would be aborted.
    cli({QStringLiteral("SET"), QStringLiteral("uk"), QStringLiteral("cli")});
    RedisTransaction other(&client);
    QSignalSpy finished(&other, &RedisTransaction::finished);
    other.enqueue({"GET", "uk"});
    other.exec();
    QVERIFY(finished.wait(Timeout));
    QVERIFY(!other.isAborted());
    QCOMPARE(other.results(), QList<RedisValue>{RedisValue::fromString("cli")});
}

void tst_Transaction::destroyReleasesWatch()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    {
        RedisTransaction tx(&client);
        tx.watch({"dk"});
        QVERIFY(roundTrip(client));
    } // never executed: its WATCH must not abort the next transaction
    cli({QStringLiteral("SET"), QStringLiteral("dk"), QStringLiteral("cli")});
    RedisTransaction other(&client);
    QSignalSpy finished(&other, &RedisTransaction::finished);
    other.enqueue({"INCR", "n"});
    other.exec();
    QVERIFY(finished.wait(Timeout));
    QVERIFY(!other.isAborted());
    QCOMPARE(other.results(), QList<RedisValue>{RedisValue::fromInteger(1)});
}

void tst_Transaction::watchLostByReconnect()
{
    RedisClient client;
    client.setAutoReconnect(true);
    client.setReconnectInitialDelay(10);
    QVERIFY(connectClient(client));
    cli({QStringLiteral("SET"), QStringLiteral("lk"), QStringLiteral("old")});

    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.watch({"lk"});
    QVERIFY(roundTrip(client));

    QSignalSpy disconnected(&client, &RedisClient::disconnected);
    QSignalSpy connected(&client, &RedisClient::connected);
    QCOMPARE(cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("normal")}),
             QByteArray("1"));
    QVERIFY(disconnected.wait(Timeout));
    QVERIFY(connected.count() == 1 || connected.wait(Timeout));
    QCOMPARE(client.state(), RedisClient::State::Connected);

    // The new connection has no WATCH: a change now would go unnoticed.
    cli({QStringLiteral("SET"), QStringLiteral("lk"), QStringLiteral("changed")});
    tx.enqueue({"SET", "lk", "mine"});
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(tx.error(), Error::ConnectionLost);
    QVERIFY2(tx.errorString().contains(QLatin1String("WATCH")), qPrintable(tx.errorString()));
    QVERIFY2(tx.errorString().contains(QLatin1String("not sent")), qPrintable(tx.errorString()));
    QVERIFY(!tx.isAborted());
    QVERIFY(tx.results().isEmpty());
    QVERIFY(roundTrip(client));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("lk")}), QByteArray("changed"));
}

void tst_Transaction::watchWhileDisconnected()
{
    RedisClient client;
    client.setAutoReconnect(false);
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.watch({"k"});
    tx.enqueue({"SET", "k", "1"});
    // Connected by now, but not when WATCH was issued: it never reached the server.
    QVERIFY(connectClient(client));
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(tx.error(), Error::NotConnected);
    QVERIFY(!tx.errorString().isEmpty());
    QVERIFY(roundTrip(client));
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("k")}), QByteArray("0"));
}

void tst_Transaction::execWhileDisconnected()
{
    RedisClient client;
    client.setAutoReconnect(false);
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.enqueue({"SET", "k", "1"});
    tx.exec();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(tx.error(), Error::NotConnected);
    QVERIFY(!tx.errorString().isEmpty());
    QVERIFY(tx.results().isEmpty());
    QTest::qWait(20); // nothing more arrives
    QCOMPARE(finished.count(), 1);
}

void tst_Transaction::execWhileConnectingWaits()
{
    RedisClient client;
    client.connectToHost(server().host(), server().port());
    QCOMPARE(client.state(), RedisClient::State::Connecting);
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.enqueue({"SET", "c", "1"});
    tx.enqueue({"INCR", "c"});
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(tx.error(), Error::NoError);
    QCOMPARE(tx.results(), (QList<RedisValue>{RedisValue::fromStatus("OK"), RedisValue::fromInteger(2)}));
}

void tst_Transaction::execWhileConnectingFailsWithAttempt()
{
    RedisClient client;
    client.setAutoReconnect(false);
    client.connectToHost(QStringLiteral("127.0.0.1"), closedPort());
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.enqueue({"SET", "c", "1"});
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(tx.error(), Error::ConnectionRefused);
    QVERIFY(tx.errorString().contains(QLatin1String("not sent")));
}

void tst_Transaction::clientFailureTimeout()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    client.setCommandTimeout(300);
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    tx.enqueue({"SET", "t", "1"});
    // A blocking command gets a longer deadline than EXEC's: its reply to
    // being queued comes after EXEC's timeout.
    tx.enqueue({"BLPOP", "list", "5"});
    // Writes wait on the server until the pause ends (or the test cleans up).
    QCOMPARE(cli({QStringLiteral("CLIENT"), QStringLiteral("PAUSE"), QStringLiteral("60000"), QStringLiteral("WRITE")}),
             QByteArray("OK"));
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(tx.error(), Error::Timeout);
    QVERIFY(tx.results().isEmpty());
    cli({QStringLiteral("CLIENT"), QStringLiteral("UNPAUSE")});
    client.setCommandTimeout(Timeout);
    // The late replies are dropped: no second finished().
    QVERIFY(roundTrip(client));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(tx.error(), Error::Timeout);
}

void tst_Transaction::deleteAfterExec()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    auto *tx = new RedisTransaction(&client);
    for (int i = 0; i < 100; ++i)
        tx->enqueue({"INCR", "del"});
    tx->exec();
    delete tx; // replies in flight: no callback into the deleted object
    QVERIFY(roundTrip(client));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("del")}), QByteArray("100"));

    // Deleted while waiting for the connection: nothing is sent.
    RedisClient connecting;
    connecting.connectToHost(server().host(), server().port());
    auto *waiting = new RedisTransaction(&connecting);
    waiting->enqueue({"INCR", "del"});
    waiting->exec();
    delete waiting;
    QSignalSpy connected(&connecting, &RedisClient::connected);
    QVERIFY(connected.wait(Timeout));
    QVERIFY(roundTrip(connecting));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("del")}), QByteArray("100"));
}

void tst_Transaction::deleteInsideFinished()
{
    auto *client = new RedisClient;
    QVERIFY(connectClient(*client));
    auto *tx = new RedisTransaction(client);
    tx->enqueue({"SET", "x", "1"});
    QList<RedisValue> results;
    connect(tx, &RedisTransaction::finished, this, [&] {
        results = tx->results();
        delete tx;
        tx = nullptr;
    });
    tx->exec();
    QTRY_VERIFY_WITH_TIMEOUT(!tx, Timeout);
    QCOMPARE(results, QList<RedisValue>{RedisValue::fromStatus("OK")});

    // Client destroyed with the batch in flight: finished() once, Aborted.
    auto *second = new RedisTransaction(client, this);
    QSignalSpy finished(second, &RedisTransaction::finished);
    second->enqueue({"SET", "y", "1"});
    second->exec();
    delete client;
    QCOMPARE(finished.count(), 1);
    QCOMPARE(second->error(), Error::Aborted);
    QVERIFY(second->client() == nullptr);
    delete second;
}

void tst_Transaction::misuse()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("empty command")));
    QCOMPARE(tx.enqueue({}), -1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("EXEC cannot be part")));
    QCOMPARE(tx.enqueue({"exec"}), -1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SUBSCRIBE cannot be part")));
    QCOMPARE(tx.enqueue({"SUBSCRIBE", "ch"}), -1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("watch\\(\\) without keys")));
    tx.watch({});
    QCOMPARE(tx.enqueue({"SET", "m", "1"}), 0);
    tx.exec();

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("exec\\(\\) called twice")));
    tx.exec();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("enqueue\\(\\) called after exec")));
    QCOMPARE(tx.enqueue({"SET", "m", "2"}), -1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("watch\\(\\) called after exec")));
    tx.watch({"m"});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("discard\\(\\) called after exec")));
    tx.discard();

    QVERIFY(finished.wait(Timeout));
    QCOMPARE(tx.error(), Error::NoError);
    QCOMPARE(tx.results(), QList<RedisValue>{RedisValue::fromStatus("OK")});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("exec\\(\\) called twice")));
    tx.exec();
    QVERIFY(roundTrip(client));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(tx.results(), QList<RedisValue>{RedisValue::fromStatus("OK")});
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("m")}), QByteArray("1"));
}

void tst_Transaction::thousandIncrs()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisTransaction tx(&client);
    QSignalSpy finished(&tx, &RedisTransaction::finished);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(tx.enqueue({"INCR", "counter"}), i);
    tx.exec();
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(tx.error(), Error::NoError);
    const QList<RedisValue> results = tx.results();
    QCOMPARE(results.size(), 1000);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(results.at(i), RedisValue::fromInteger(i + 1));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("counter")}), QByteArray("1000"));
}

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
