// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisClient against a scripted fake server that misbehaves.
#include <QtTest/QtTest>

#include <fakeredisserver.h>
#include <redisclient.h>
#include <testhelpers.h>

#include <hiredis/hiredis.h> // HIREDIS_MAJOR: the nesting limit is hiredis's

using QtRedis::Error;
using namespace QtRedisTest;

class tst_BadServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void garbageGreeting_data();
    void garbageGreeting();
    void garbageReply_data();
    void garbageReply();
    void maxClientsGreeting();
    void closedMidReply();
    void closedBeforeReply();
    void usableAfterProtocolError();
    void unsolicitedReply_data();
    void unsolicitedReply();
    void nesting_data();
    void nesting();

private:
    bool connectClient() { return connectAndWait(*m_client, m_fake->host(), m_fake->port()); }
    FakeRedisServer *m_fake = nullptr;
    RedisClient *m_client = nullptr;
};

void tst_BadServer::init()
{
    m_fake = new FakeRedisServer(this);
    QVERIFY(m_fake->listen());
    m_client = new RedisClient(this);
    // These cases check what one connection does with a bad server;
    // reconnecting after them is tst_faults' business.
    m_client->setAutoReconnect(false);
}

void tst_BadServer::cleanup()
{
    delete m_client;
    delete m_fake;
}

void tst_BadServer::garbageGreeting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\r\n", 6);
    QTest::newRow("bad bulk length") << QByteArray("$-2\r\n");
    QTest::newRow("bad array length") << QByteArray("*-2\r\n");
    QTest::newRow("bad integer") << QByteArray(":12x\r\n");
}

void tst_BadServer::garbageGreeting()
{
    QFETCH(QByteArray, bytes);
    m_fake->setGreeting(bytes);
    m_fake->setStall(true);
    QSignalSpy errors(m_client, &RedisClient::errorOccurred);
    QSignalSpy connected(m_client, &RedisClient::connected);
    Collector c;
    m_client->connectToHost(m_fake->host(), m_fake->port());
    m_client->command({"GET", "k"}, this, c.callback());
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_client->error(), Error::ProtocolError);
    QCOMPARE(m_client->state(), RedisClient::State::Disconnected);
    QCOMPARE(connected.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::ProtocolError);
    // Clean disconnect: the client closed its socket.
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->openConnectionCount(), 0, Timeout);
}

void tst_BadServer::garbageReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("not resp") << QByteArray("hello\r\n");
    QTest::newRow("bulk -2") << QByteArray("$-2\r\n");
    QTest::newRow("array -2") << QByteArray("*-2\r\n");
    QTest::newRow("bulk length garbage") << QByteArray("$abc\r\n");
    // hiredis 0.14 would reserve 16 GiB for it before any element arrives.
    QTest::newRow("array too large") << QByteArray("*2147483647\r\n");
}

void tst_BadServer::garbageReply()
{
    QFETCH(QByteArray, reply);
    m_fake->setResponder([reply](const QList<QByteArray> &command, int) {
        return command.value(0) == "GET" ? reply : FakeRedisServer::defaultResponse(command);
    });
    QVERIFY(connectClient());
    QSignalSpy errors(m_client, &RedisClient::errorOccurred);
    QSignalSpy disconnected(m_client, &RedisClient::disconnected);
    Collector c;
    m_client->command({"GET", "k"}, this, c.callback());
    m_client->command({"PING"}, this, c.callback());
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_client->error(), Error::ProtocolError);
    QVERIFY2(m_client->errorString().contains(QLatin1String("rotocol")), qPrintable(m_client->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    // In flight when the stream broke: outcome unknown.
    QCOMPARE(c.values.at(0).error(), Error::ConnectionLost);
    QCOMPARE(c.values.at(1).error(), Error::ConnectionLost);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->openConnectionCount(), 0, Timeout);
}

void tst_BadServer::maxClientsGreeting()
{
    // What redis-server sends a connection beyond maxclients, then it closes.
    m_fake->setGreeting("-ERR max number of clients reached\r\n");
    m_fake->setCloseAfter(0);
    QSignalSpy errors(m_client, &RedisClient::errorOccurred);
    Collector c;
    m_client->connectToHost(m_fake->host(), m_fake->port());
    m_client->command({"PING"}, this, c.callback());
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(m_client->error(), Error::HandshakeFailed);
    QVERIFY2(m_client->errorString().contains(QLatin1String("max number of clients")), qPrintable(m_client->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::HandshakeFailed);
}

void tst_BadServer::closedMidReply()
{
    m_fake->setResponder([](const QList<QByteArray> &command, int) {
        return command.value(0) == "GET" ? QByteArray("$10\r\nabc") : FakeRedisServer::defaultResponse(command);
    });
    QVERIFY(connectClient());
    m_fake->setCloseAfter(m_fake->commandsReceived().size() + 1);
    QSignalSpy disconnected(m_client, &RedisClient::disconnected);
    Collector c;
    m_client->command({"GET", "k"}, this, c.callback());
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(m_client->error(), Error::ConnectionLost);
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::ConnectionLost);
}

void tst_BadServer::closedBeforeReply()
{
    QVERIFY(connectClient());
    m_fake->setStall(true);
    QSignalSpy disconnected(m_client, &RedisClient::disconnected);
    Collector c;
    for (int i = 0; i < 5; ++i)
        m_client->command({"SET", "k", QByteArray::number(i)}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->commandsReceived().size(), 6, Timeout); // PING + 5
    m_fake->dropAll();
    QVERIFY(disconnected.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 5, Timeout);
    for (const RedisValue &v : std::as_const(c.values))
        QCOMPARE(v.error(), Error::ConnectionLost);
}

void tst_BadServer::usableAfterProtocolError()
{
    m_fake->setScript(0, {QByteArray("garbage\r\n"), {}, {}, -1, true});
    QSignalSpy errors(m_client, &RedisClient::errorOccurred);
    m_client->connectToHost(m_fake->host(), m_fake->port());
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(m_client->error(), Error::ProtocolError);
    // The second connection gets the well-behaved default script.
    QVERIFY(connectClient());
    QCOMPARE(m_client->error(), Error::NoError);
    Collector c;
    m_client->command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0), RedisValue::fromStatus("PONG"));
}

void tst_BadServer::unsolicitedReply_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error>("error");
    // hiredis 0.14 would assert() (abort the process) on the first three.
    QTest::newRow("status") << QByteArray("+OK\r\n") << Error::ProtocolError;
    QTest::newRow("bulk") << QByteArray("$3\r\nabc\r\n") << Error::ProtocolError;
    QTest::newRow("array") << QByteArray("*2\r\n:1\r\n$-1\r\n") << Error::ProtocolError;
    QTest::newRow("error") << QByteArray("-ERR unexpected\r\n") << Error::ConnectionLost;
}

void tst_BadServer::unsolicitedReply()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Error, error);
    QVERIFY(connectClient());
    QSignalSpy errors(m_client, &RedisClient::errorOccurred);
    QSignalSpy disconnected(m_client, &RedisClient::disconnected);
    m_fake->sendToAll(bytes);
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_client->error(), error);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->openConnectionCount(), 0, Timeout);
    // Usable again.
    QVERIFY(connectClient());
    Collector c;
    m_client->command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0), RedisValue::fromStatus("PONG"));
}

void tst_BadServer::nesting_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("8 levels") << 8 << true;
    // hiredis 0.14 refuses more than 8 nested arrays; 1.x grows its stack.
    QTest::newRow("9 levels") << 9 << (HIREDIS_MAJOR >= 1);
}

void tst_BadServer::nesting()
{
    QFETCH(int, depth);
    QFETCH(bool, accepted);
    QByteArray reply;
    for (int i = 0; i < depth; ++i)
        reply += "*1\r\n";
    reply += ":42\r\n";
    m_fake->setResponder([reply](const QList<QByteArray> &command, int) {
        return command.value(0) == "GET" ? reply : FakeRedisServer::defaultResponse(command);
    });
    QVERIFY(connectClient());
    Collector c;
    m_client->command({"GET", "deep"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    if (accepted) {
        RedisValue v = c.values.at(0);
        for (int i = 0; i < depth; ++i) {
            QVERIFY(v.isArray());
            QCOMPARE(v.size(), 1);
            v = v.at(0);
        }
        QCOMPARE(v.toInteger(), 42);
        QCOMPARE(m_client->state(), RedisClient::State::Connected);
    } else {
        QCOMPARE(c.values.at(0).error(), Error::ConnectionLost);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), RedisClient::State::Disconnected, Timeout);
        QCOMPARE(m_client->error(), Error::ProtocolError);
    }
}

QTEST_GUILESS_MAIN(tst_BadServer)
#include "tst_badserver.moc"
