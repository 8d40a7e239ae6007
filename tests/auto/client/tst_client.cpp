// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisClient against a real redis-server started by the fixture.
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <redisclient.h>
#include <redisreply.h>
#include <redistestcase.h>
#include <testhelpers.h>

#include <memory>

using QtRedis::Error;
using namespace QtRedisTest;

class tst_Client : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() override;
    void init() override;

    void connectTcp();
    void connectUnixSocket();
    void connectByUrl();
    void setUrl_data();
    void setUrl();
    void urlHasNoPassword();
    void databaseAndClientName();
    void authentication_data();
    void authentication();
    void aclUser();
    void commandsWhileConnectingAreHeld();
    void failedAttemptFailsHeldCommands();
    void connectionRefused();
    void unixSocketMissing();
    void unknownHost();
    void connectTimeout();
    void notConnectedFailsAsynchronously();
    void serverErrorVersusClientError();
    void binaryValues_data();
    void binaryValues();
    void largeValue();
    void pipelineInOrder();
    void serverKilledWithCommandsInFlight();
    void connectionKilledByServer();
    void gracefulDisconnect();
    void abortFailsPending();
    void destroyWithPendingCommands();
    void destroyInsideCallback();
    void deadContextIsNotCalled();
    void replyObject();
    void replyAutoDelete();
    void replyDeletedBeforeFinish();
    void replyAutoDeleteBurstWithQueuedSlots();
    void modeSwitchingCommandsRejected();
    void emptyCommand();
    void wrongThread();
    void reconnectAfterDisconnect();
    void reconnectFromErrorSlot();
    void errorVisibleInStateSlot();
    void replyDeletedInsideFinished();
    void futureResults_data();
    void futureResults();
    void futureThenWithContext();
    void futureInIssueOrderWithCallbacks();
    void futureWhenClientDestroyed();
    void futureFromWrongThread();

private:
    RedisTestServer m_authServer; // a second server, with a password
};

void tst_Client::initTestCase()
{
    RedisTestCase::initTestCase();
    QVERIFY2(m_authServer.start({QStringLiteral("--requirepass"), QStringLiteral("s3cret")}),
             qPrintable(m_authServer.errorString()));
    m_authServer.setCliPassword(QStringLiteral("s3cret"));
}

void tst_Client::init()
{
    RedisTestCase::init();
    cli({QStringLiteral("FLUSHALL")});
}

void tst_Client::connectTcp()
{
    RedisClient client;
    QSignalSpy states(&client, &RedisClient::stateChanged);
    QSignalSpy connected(&client, &RedisClient::connected);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    client.connectToHost(server().host(), server().port());
    QCOMPARE(client.state(), RedisClient::State::Connecting);
    QVERIFY(connected.wait(Timeout));
    QCOMPARE(connected.count(), 1);
    QCOMPARE(client.state(), RedisClient::State::Connected);
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(0).at(0).value<RedisClient::State>(), RedisClient::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<RedisClient::State>(), RedisClient::State::Connected);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(client.error(), Error::NoError);

    Collector c;
    client.command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0), RedisValue::fromStatus("PONG"));
}

void tst_Client::connectUnixSocket()
{
    RedisClient client;
    QSignalSpy connected(&client, &RedisClient::connected);
    client.connectToUnixSocket(server().unixSocketPath());
    QVERIFY(connected.wait(Timeout));
    Collector c;
    client.command({"SET", "via", "unix"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(server().cli({QStringLiteral("GET"), QStringLiteral("via")}), QByteArray("unix"));
}

void tst_Client::connectByUrl()
{
    {
        RedisClient client;
        QSignalSpy connected(&client, &RedisClient::connected);
        QVERIFY(client.connectToUrl(QUrl(QStringLiteral("redis://%1:%2/2").arg(server().host()).arg(server().port()))));
        QVERIFY(connected.wait(Timeout));
        Collector c;
        client.command({"SET", "where", "db2"}, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
        QCOMPARE(server().cli({QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("GET"), QStringLiteral("where")}),
                 QByteArray("db2"));
    }
    {
        RedisClient client;
        QSignalSpy connected(&client, &RedisClient::connected);
        QUrl url;
        url.setScheme(QStringLiteral("unix"));
        url.setPath(server().unixSocketPath());
        url.setQuery(QStringLiteral("db=3&name=byurl"));
        QVERIFY(client.connectToUrl(url));
        QVERIFY(connected.wait(Timeout));
        Collector c;
        client.command({"SET", "where", "db3"}, this, c.callback());
        client.command({"CLIENT", "GETNAME"}, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
        QCOMPARE(c.values.at(1).toByteArray(), QByteArray("byurl"));
        QCOMPARE(server().cli({QStringLiteral("-n"), QStringLiteral("3"), QStringLiteral("GET"), QStringLiteral("where")}),
                 QByteArray("db3"));
    }
    {
        RedisClient client;
        QSignalSpy connected(&client, &RedisClient::connected);
        QVERIFY(client.connectToUrl(QUrl(QStringLiteral("redis://:s3cret@%1:%2").arg(m_authServer.host()).arg(m_authServer.port()))));
        QVERIFY(connected.wait(Timeout));
    }
}

void tst_Client::setUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("db");
    QTest::newRow("defaults") << "redis://" << true << "127.0.0.1" << 6379 << "" << "" << "" << 0;
    QTest::newRow("host port db") << "redis://example.test:7000/5" << true << "example.test" << 7000 << "" << "" << "" << 5;
    QTest::newRow("password only") << "redis://:p%40ss@h" << true << "h" << 6379 << "" << "" << "p@ss" << 0;
    QTest::newRow("acl user") << "redis://alice:pw@h:1/1" << true << "h" << 1 << "" << "alice" << "pw" << 1;
    QTest::newRow("ipv6") << "redis://[::1]:6380" << true << "::1" << 6380 << "" << "" << "" << 0;
    QTest::newRow("db query") << "redis://h?db=4" << true << "h" << 6379 << "" << "" << "" << 4;
    QTest::newRow("unix") << "unix:///tmp/r.sock?db=2" << true << "127.0.0.1" << 6379 << "/tmp/r.sock" << "" << "" << 2;
    QTest::newRow("unix with user") << "unix://bob:pw@/tmp/r.sock" << true << "127.0.0.1" << 6379 << "/tmp/r.sock" << "bob" << "pw" << 0;
    QTest::newRow("bad db") << "redis://h/abc" << false << "" << 0 << "" << "" << "" << 0;
    QTest::newRow("negative db") << "redis://h/-1" << false << "" << 0 << "" << "" << "" << 0;
    QTest::newRow("tls") << "rediss://h:6380/1" << true << "h" << 6380 << "" << "" << "" << 1;
    QTest::newRow("http") << "http://h" << false << "" << 0 << "" << "" << "" << 0;
    QTest::newRow("unix no path") << "unix://" << false << "" << 0 << "" << "" << "" << 0;
}

void tst_Client::setUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    RedisClient client;
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    QCOMPARE(client.setUrl(QUrl(url)), ok);
    if (!ok) {
        QCOMPARE(errors.count(), 1);
        QCOMPARE(client.error(), Error::InvalidArgument);
        QVERIFY(!client.errorString().isEmpty());
        QCOMPARE(client.host(), QStringLiteral("127.0.0.1")); // unchanged
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, socket);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, db);
    QCOMPARE(client.host(), host);
    QCOMPARE(int(client.port()), port);
    QCOMPARE(client.unixSocketPath(), socket);
    QCOMPARE(client.username(), user);
    QCOMPARE(client.password(), password);
    QCOMPARE(client.database(), db);
}

void tst_Client::urlHasNoPassword()
{
    RedisClient client;
    QVERIFY(client.setUrl(QUrl(QStringLiteral("redis://alice:topsecret@h:7/3"))));
    const QString text = client.url().toString();
    QVERIFY2(!text.contains(QLatin1String("topsecret")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("alice")), qPrintable(text));
    QCOMPARE(client.url().port(), 7);
    QCOMPARE(client.url().path(), QStringLiteral("/3"));
    // A URL that cannot be used never echoes its password in the error.
    QVERIFY(!client.setUrl(QUrl(QStringLiteral("ftp://alice:topsecret@h"))));
    QVERIFY(!client.errorString().contains(QLatin1String("topsecret")));
}

void tst_Client::databaseAndClientName()
{
    RedisClient client;
    client.setDatabase(7);
    client.setClientName(QStringLiteral("qtredis-test"));
    QVERIFY(connectClient(client));
    Collector c;
    client.command({"SET", "k", "in7"}, this, c.callback());
    client.command({"CLIENT", "GETNAME"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    QCOMPARE(c.values.at(1).toByteArray(), QByteArray("qtredis-test"));
    QCOMPARE(server().cli({QStringLiteral("-n"), QStringLiteral("7"), QStringLiteral("GET"), QStringLiteral("k")}),
             QByteArray("in7"));

    // An out-of-range database fails the handshake with a clear error.
    RedisClient bad;
    bad.setDatabase(100000);
    QSignalSpy errors(&bad, &RedisClient::errorOccurred);
    bad.connectToHost(server().host(), server().port());
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(bad.error(), Error::HandshakeFailed);
    QVERIFY2(bad.errorString().contains(QLatin1String("DB index")), qPrintable(bad.errorString()));
    QCOMPARE(bad.state(), RedisClient::State::Disconnected);
}

void tst_Client::authentication_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("serverWord");
    QTest::newRow("correct") << QStringLiteral("s3cret") << Error::NoError << QString();
    QTest::newRow("wrong") << QStringLiteral("nope") << Error::AuthenticationFailed << QStringLiteral("WRONGPASS");
    QTest::newRow("missing") << QString() << Error::AuthenticationFailed << QStringLiteral("NOAUTH");
}

void tst_Client::authentication()
{
    QFETCH(QString, password);
    QFETCH(Error, error);
    QFETCH(QString, serverWord);
    RedisClient client;
    client.setPassword(password);
    QSignalSpy connected(&client, &RedisClient::connected);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    Collector held;
    client.connectToHost(m_authServer.host(), m_authServer.port());
    client.command({"PING"}, this, held.callback());
    if (error == Error::NoError) {
        QVERIFY(connected.wait(Timeout));
        QTRY_COMPARE_WITH_TIMEOUT(held.values.size(), 1, Timeout);
        QCOMPARE(held.values.at(0), RedisValue::fromStatus("PONG"));
        return;
    }
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(connected.count(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>(), error);
    QVERIFY2(client.errorString().contains(serverWord), qPrintable(client.errorString()));
    QVERIFY2(!client.errorString().contains(QLatin1String("nope")), "the password leaked into the error");
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(held.values.size(), 1, Timeout);
    QCOMPARE(held.values.at(0).error(), error);
}

void tst_Client::aclUser()
{
    QCOMPARE(server().cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("alice"), QStringLiteral("on"),
                           QStringLiteral(">wonder"), QStringLiteral("~*"), QStringLiteral("+@all")}),
             QByteArray("OK"));
    RedisClient client;
    client.setUsername(QStringLiteral("alice"));
    client.setPassword(QStringLiteral("wonder"));
    QVERIFY(connectClient(client));
    Collector c;
    client.command({"ACL", "WHOAMI"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).toByteArray(), QByteArray("alice"));

    RedisClient wrong;
    wrong.setUsername(QStringLiteral("alice"));
    wrong.setPassword(QStringLiteral("bad"));
    QSignalSpy errors(&wrong, &RedisClient::errorOccurred);
    wrong.connectToHost(server().host(), server().port());
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(wrong.error(), Error::AuthenticationFailed);
    server().cli({QStringLiteral("ACL"), QStringLiteral("DELUSER"), QStringLiteral("alice")});
}

void tst_Client::commandsWhileConnectingAreHeld()
{
    RedisClient client;
    client.setClientName(QStringLiteral("held"));
    Collector c;
    bool connectedFirst = false;
    connect(&client, &RedisClient::connected, this, [&] { connectedFirst = c.values.isEmpty(); });
    client.connectToHost(server().host(), server().port());
    for (int i = 0; i < 50; ++i)
        client.command({"RPUSH", "order", QByteArray::number(i)}, this, c.callback());
    QCOMPARE(client.pendingCommandCount(), 50);
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 50, Timeout);
    QVERIFY(connectedFirst);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(c.values.at(i).toInteger(), i + 1);
    QCOMPARE(client.pendingCommandCount(), 0);
}

void tst_Client::failedAttemptFailsHeldCommands()
{
    const quint16 closedPort = QtRedisTest::closedPort();
    QVERIFY(closedPort);

    RedisClient client;
    Collector c;
    client.connectToHost(QStringLiteral("127.0.0.1"), closedPort);
    for (int i = 0; i < 10; ++i)
        client.command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 10, Timeout);
    for (const RedisValue &v : std::as_const(c.values)) {
        QVERIFY(v.isClientError());
        QCOMPARE(v.error(), Error::ConnectionRefused);
    }
    // Exactly once: nothing more arrives later.
    QTest::qWait(50);
    QCOMPARE(c.values.size(), 10);
}

void tst_Client::connectionRefused()
{
    const quint16 closedPort = QtRedisTest::closedPort();
    QVERIFY(closedPort);

    RedisClient client;
    client.setAutoReconnect(false); // with it, see tst_faults
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    QSignalSpy disconnected(&client, &RedisClient::disconnected);
    client.connectToHost(QStringLiteral("127.0.0.1"), closedPort);
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::ConnectionRefused);
    QVERIFY2(client.errorString().contains(QString::number(closedPort)), qPrintable(client.errorString()));
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    QCOMPARE(disconnected.count(), 0); // it never was connected
}

void tst_Client::unixSocketMissing()
{
    RedisClient client;
    client.setAutoReconnect(false);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    client.connectToUnixSocket(QStringLiteral("/nonexistent/qtredis.sock"));
    QCOMPARE(errors.count(), 0); // reported from the event loop, not inside the call
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(client.error(), Error::ConnectionRefused);
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
}

void tst_Client::unknownHost()
{
    RedisClient client;
    client.setConnectTimeout(60000);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    Collector c;
    // A name the resolver rejects locally: tests must not send DNS queries
    // off this machine. The path (asynchronous lookup, failure) is the same.
    client.connectToHost(QStringLiteral("no-such-host..invalid"), 6379);
    client.command({"PING"}, this, c.callback());
    QVERIFY(errors.wait(60000));
    QCOMPARE(client.error(), Error::HostNotFound);
    QVERIFY(client.errorString().contains(QLatin1String("no-such-host..invalid")));
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::HostNotFound);
}

void tst_Client::connectTimeout()
{
    // A listener that never answers: TCP connects, the handshake never completes.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    RedisClient client;
    client.setAutoReconnect(false);
    client.setConnectTimeout(300);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    Collector c;
    client.connectToHost(QStringLiteral("127.0.0.1"), silent.serverPort());
    client.command({"GET", "x"}, this, c.callback());
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(client.error(), Error::Timeout);
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::Timeout);
}

void tst_Client::notConnectedFailsAsynchronously()
{
    RedisClient client;
    Collector c;
    client.command({"PING"}, this, c.callback());
    QCOMPARE(c.values.size(), 0); // never inside command()
    QCOMPARE(client.pendingCommandCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::NotConnected);
    QVERIFY(!c.values.at(0).errorString().isEmpty());
}

void tst_Client::serverErrorVersusClientError()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    Collector c;
    client.command({"SET", "s", "v"}, this, c.callback());
    client.command({"LPUSH", "s", "x"}, this, c.callback());
    client.command({"NOSUCHCOMMAND"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 3, Timeout);
    QVERIFY(c.values.at(1).isServerError());
    QVERIFY(!c.values.at(1).isClientError());
    QVERIFY(c.values.at(1).errorString().startsWith(QLatin1String("WRONGTYPE")));
    QVERIFY(c.values.at(2).isServerError());
    // A server error does not hurt the connection.
    QCOMPARE(client.state(), RedisClient::State::Connected);
    QCOMPARE(client.error(), Error::NoError);
}

void tst_Client::binaryValues_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("nul") << QByteArray("k\0ey", 4) << QByteArray("v\0\0al", 6);
    QTest::newRow("crlf") << QByteArray("k\r\nkey") << QByteArray("$3\r\nfoo\r\n*1\r\n");
    QTest::newRow("invalid utf8") << QByteArray("\xff\xfe") << QByteArray("\xc3\x28\xa0\xa1");
    QTest::newRow("empty value") << QByteArray("empty") << QByteArray("");
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QTest::newRow("every byte") << all << all;
}

void tst_Client::binaryValues()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    RedisClient client;
    QVERIFY(connectClient(client));
    Collector c;
    client.command({"SET", key, value}, this, c.callback());
    client.command({"GET", key}, this, c.callback());
    client.command({"STRLEN", key}, this, c.callback());
    client.command({"KEYS", "*"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 4, Timeout);
    QCOMPARE(c.values.at(1).type(), RedisValue::Type::String);
    QCOMPARE(c.values.at(1).toByteArray(), value);
    QCOMPARE(c.values.at(2).toInteger(), value.size());
    QCOMPARE(c.values.at(3).toArray(), QList<RedisValue>{RedisValue::fromString(key)});
}

void tst_Client::largeValue()
{
    QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) ^ (i >> 9));
    RedisClient client;
    QVERIFY(connectClient(client));
    Collector c;
    client.command({"SET", "big", big}, this, c.callback());
    client.command({"GET", "big"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, 60000);
    QCOMPARE(c.values.at(0), RedisValue::fromStatus("OK"));
    QCOMPARE(c.values.at(1).size(), big.size());
    QVERIFY(c.values.at(1).toByteArray() == big);
}

void tst_Client::pipelineInOrder()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    constexpr int Count = 100000;
    int received = 0;
    int outOfOrder = 0;
    for (int i = 0; i < Count; ++i) {
        client.command({"INCR", "counter"}, this, [&, i](const RedisValue &v) {
            if (v.toInteger() != i + 1)
                ++outOfOrder;
            ++received;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(received, Count, 120000);
    QCOMPARE(outOfOrder, 0);
    QCOMPARE(server().cli({QStringLiteral("GET"), QStringLiteral("counter")}), QByteArray::number(Count));
}

void tst_Client::serverKilledWithCommandsInFlight()
{
    RedisClient client;
    client.setAutoReconnect(false);
    QVERIFY(connectClient(client));
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    QSignalSpy disconnected(&client, &RedisClient::disconnected);
    // A BLPOP that never returns holds every later command on the server,
    // so all 1,000 are surely in flight when the server dies.
    constexpr int Count = 1000;
    QList<int> calls(Count, 0);
    QList<RedisValue> values(Count);
    for (int i = 0; i < Count; ++i) {
        const QList<QByteArray> args = i == 0 ? QList<QByteArray>{"BLPOP", "never", "0"}
                                              : QList<QByteArray>{"GET", QByteArray::number(i)};
        client.command(args, this, [&, i](const RedisValue &v) {
            ++calls[i];
            values[i] = v;
        });
    }
    QCOMPARE(client.pendingCommandCount(), Count);
    QTRY_VERIFY_WITH_TIMEOUT(server().cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains("cmd=blpop"), Timeout);
    server().kill();
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() == 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCommandCount(), 0, Timeout);
    for (int i = 0; i < Count; ++i) {
        QCOMPARE(calls.at(i), 1);
        QVERIFY(values.at(i).isClientError());
        QCOMPARE(values.at(i).error(), Error::ConnectionLost);
    }
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    QCOMPARE(client.error(), Error::ConnectionLost);
    QCOMPARE(errors.count(), 1);

    // Usable again once the server is back.
    QVERIFY2(server().restart(), qPrintable(server().errorString()));
    QVERIFY(connectClient(client));
}

void tst_Client::connectionKilledByServer()
{
    RedisClient client;
    client.setAutoReconnect(false);
    client.setClientName(QStringLiteral("victim"));
    QVERIFY(connectClient(client));
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    QSignalSpy disconnected(&client, &RedisClient::disconnected);
    QCOMPARE(server().cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("normal")}),
             QByteArray("1"));
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(client.error(), Error::ConnectionLost);
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
}

void tst_Client::gracefulDisconnect()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    QSignalSpy disconnected(&client, &RedisClient::disconnected);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    Collector c;
    for (int i = 0; i < 100; ++i)
        client.command({"INCR", "g"}, this, c.callback());
    client.disconnectFromServer();
    QCOMPARE(client.state(), RedisClient::State::Disconnecting);
    Collector late;
    client.command({"PING"}, this, late.callback());
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(c.values.size(), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(c.values.at(i).toInteger(), i + 1);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(late.values.size(), 1, Timeout);
    QCOMPARE(late.values.at(0).error(), Error::NotConnected);
}

void tst_Client::abortFailsPending()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    Collector c;
    client.command({"BLPOP", "never", "0"}, this, c.callback());
    QTRY_VERIFY_WITH_TIMEOUT(server().cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains("cmd=blpop"), Timeout);
    for (int i = 0; i < 19; ++i)
        client.command({"GET", "x"}, this, c.callback());
    client.abort();
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    QCOMPARE(c.values.size(), 20);
    for (const RedisValue &v : std::as_const(c.values))
        QCOMPARE(v.error(), Error::Aborted);
}

void tst_Client::destroyWithPendingCommands()
{
    auto client = std::make_unique<RedisClient>();
    QVERIFY(connectClient(*client));
    Collector c;
    client->command({"BLPOP", "never", "0"}, this, c.callback());
    QTRY_VERIFY_WITH_TIMEOUT(server().cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains("cmd=blpop"), Timeout);
    for (int i = 0; i < 99; ++i)
        client->command({"GET", "x"}, this, c.callback());
    RedisReply *reply = client->command({"GET", "y"});
    QSignalSpy finished(reply, &RedisReply::finished);
    QCoreApplication::processEvents();
    client.reset();
    // Every callback ran exactly once, during the destruction.
    QCOMPARE(c.values.size(), 100);
    for (const RedisValue &v : std::as_const(c.values))
        QCOMPARE(v.error(), Error::Aborted);
    QCOMPARE(finished.count(), 1);
    QTest::qWait(50);
    QCOMPARE(c.values.size(), 100);
}

void tst_Client::destroyInsideCallback()
{
    auto *client = new RedisClient;
    QVERIFY(connectClient(*client));
    QList<RedisValue> values;
    client->command({"SET", "a", "1"}, this, [&](const RedisValue &v) {
        values.append(v);
        delete client; // the remaining commands fail with Aborted, right here
        client = nullptr;
    });
    for (int i = 0; i < 10; ++i)
        client->command({"GET", "a"}, this, [&](const RedisValue &v) { values.append(v); });
    QTRY_VERIFY_WITH_TIMEOUT(!client, Timeout);
    QCOMPARE(values.size(), 11);
    QCOMPARE(values.at(0), RedisValue::fromStatus("OK"));
    for (int i = 1; i < 11; ++i)
        QCOMPARE(values.at(i).error(), Error::Aborted);
    QTest::qWait(50); // hiredis finishes freeing the context afterwards: nothing more may arrive
    QCOMPARE(values.size(), 11);
}

void tst_Client::deadContextIsNotCalled()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    int called = 0;
    int survivorCalled = 0;
    {
        QObject context;
        client.command({"PING"}, &context, [&](const RedisValue &) { ++called; });
    }
    QObject survivor;
    client.command({"PING"}, &survivor, [&](const RedisValue &) { ++survivorCalled; });
    QTRY_COMPARE_WITH_TIMEOUT(survivorCalled, 1, Timeout);
    QCOMPARE(called, 0);
}

void tst_Client::replyObject()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisReply *ok = client.command({"ECHO", "hi"});
    RedisReply *bad = client.command({"INCR", "nan"});
    QCOMPARE(ok->parent(), &client);
    QVERIFY(!ok->isFinished());
    QSignalSpy okSpy(ok, &RedisReply::finished);
    QSignalSpy badSpy(bad, &RedisReply::finished);
    server().cli({QStringLiteral("SET"), QStringLiteral("nan"), QStringLiteral("abc")});
    QVERIFY(badSpy.wait(Timeout) || badSpy.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(okSpy.count(), 1, Timeout);
    QVERIFY(ok->isFinished());
    QCOMPARE(ok->value().toByteArray(), QByteArray("hi"));
    QCOMPARE(ok->error(), Error::NoError);
    QVERIFY(ok->errorString().isEmpty());
    QCOMPARE(bad->error(), Error::ServerError);
    QVERIFY(!bad->errorString().isEmpty());
    QTest::qWait(20);
    QCOMPARE(okSpy.count(), 1);
    ok->deleteLater();
    bad->deleteLater();
}

void tst_Client::replyAutoDelete()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    QPointer<RedisReply> reply = client.command({"PING"});
    reply->setAutoDelete(true);
    QSignalSpy finished(reply.data(), &RedisReply::finished);
    QVERIFY(finished.wait(Timeout));
    QTRY_VERIFY_WITH_TIMEOUT(reply.isNull(), Timeout);
}

void tst_Client::replyAutoDeleteBurstWithQueuedSlots()
{
    // Auto-deleted replies go in batches; a queued slot of finished() still
    // sees its reply alive, as it would with deleteLater().
    RedisClient client;
    QVERIFY(connectClient(client));
    constexpr int Count = 300;
    int seen = 0;
    int wrong = 0;
    QList<QPointer<RedisReply>> replies;
    for (int i = 0; i < Count; ++i) {
        RedisReply *reply = client.command({"ECHO", QByteArray::number(i)});
        reply->setAutoDelete(true);
        replies.append(reply);
        connect(reply, &RedisReply::finished, this, [&, reply, i] {
            ++seen;
            if (reply->value().toByteArray() != QByteArray::number(i))
                ++wrong;
        }, Qt::QueuedConnection);
    }
    QTRY_COMPARE_WITH_TIMEOUT(seen, Count, Timeout);
    QCOMPARE(wrong, 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](const QPointer<RedisReply> &r) { return r.isNull(); }), Timeout);
    // Deleting an auto-delete reply by hand before its batch runs is fine too.
    RedisReply *early = client.command({"PING"});
    early->setAutoDelete(true);
    QSignalSpy finished(early, &RedisReply::finished);
    QVERIFY(finished.wait(Timeout));
    delete early;
    QCoreApplication::sendPostedEvents(); // runs the batch deletion it was part of
    QCOMPARE(client.state(), RedisClient::State::Connected);
}

void tst_Client::replyDeletedBeforeFinish()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisReply *reply = client.command({"PING"});
    delete reply;
    Collector c;
    client.command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(client.state(), RedisClient::State::Connected);
}

void tst_Client::modeSwitchingCommandsRejected()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    Collector c;
    for (const char *name : {"SUBSCRIBE", "psubscribe", "SSUBSCRIBE", "UNSUBSCRIBE", "PUNSUBSCRIBE", "MONITOR"})
        client.command({name, "ch"}, this, c.callback());
    // RESP3 would break the RESP2 parser (and the connection): refused too.
    client.command({"hello", "3"}, this, c.callback());
    client.command({"HELLO", "2"}, this, c.callback());
    client.command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 9, Timeout);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(c.values.at(i).error(), Error::InvalidArgument);
    QCOMPARE(c.values.at(7).type(), RedisValue::Type::Array); // HELLO 2: the server's map as an array
    QCOMPARE(c.values.at(8), RedisValue::fromStatus("PONG"));
}

void tst_Client::emptyCommand()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    Collector c;
    client.command({}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::InvalidArgument);
}

void tst_Client::wrongThread()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisValue fromThread;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        client.command({"PING"}, nullptr, [&](const RedisValue &v) { fromThread = v; });
        client.connectToServer();    // ignored with a warning
        client.disconnectFromServer(); // ignored with a warning
    }));
    thread->start();
    QVERIFY(thread->wait(Timeout));
    QCOMPARE(fromThread.error(), Error::WrongThread);
    QCOMPARE(client.state(), RedisClient::State::Connected);
}

void tst_Client::futureResults_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<int>("error");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("value") << QList<QByteArray>{"ECHO", QByteArray("a\0b", 3)} << int(Error::NoError)
                           << QByteArray("a\0b", 3);
    QTest::newRow("server error") << QList<QByteArray>{"NOSUCHCOMMAND"} << int(Error::ServerError) << QByteArray();
    QTest::newRow("client error") << QList<QByteArray>{} << int(Error::InvalidArgument) << QByteArray();
}

void tst_Client::futureResults()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(int, error);
    QFETCH(QByteArray, bytes);
    RedisClient client;
    QVERIFY(connectClient(client));
    QFuture<RedisValue> future = client.commandFuture(args);
    QVERIFY(!future.isFinished()); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), Timeout);
    QVERIFY(!future.isCanceled());
    QCOMPARE(future.resultCount(), 1);
    const RedisValue value = future.result();
    QCOMPARE(int(value.error()), error);
    if (error == int(Error::NoError))
        QCOMPARE(value.toByteArray(), bytes);
    else
        QVERIFY(!value.errorString().isEmpty());
}

void tst_Client::futureThenWithContext()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    QList<QByteArray> seen;
    auto *context = new QObject;
    client.commandFuture({"ECHO", "first"}).then(context, [&](const RedisValue &v) { seen << v.toByteArray(); });
    client.commandFuture({"ECHO", "second"}, std::chrono::milliseconds(5000))
            .then(context, [&](const RedisValue &v) { seen << v.toByteArray(); });
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, Timeout);
    QCOMPARE(seen, (QList<QByteArray>{"first", "second"}));
    // (A context destroyed before its future finishes trips an assertion
    // inside Qt 6.4's QFuture: not tested, documented.)
    delete context;
}

void tst_Client::futureInIssueOrderWithCallbacks()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    QStringList log;
    client.command({"INCR", "future:order"}, this, [&](const RedisValue &) { log << "callback 1"; });
    QFuture<RedisValue> future = client.commandFuture({"INCR", "future:order"});
    future.then([&](const RedisValue &) { log << "future"; });
    client.command({"INCR", "future:order"}, this, [&](const RedisValue &) { log << "callback 2"; });
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 3, Timeout);
    QCOMPARE(log, (QStringList{"callback 1", "future", "callback 2"}));
    client.command({"DEL", "future:order"}, this, [](const RedisValue &) {});
}

void tst_Client::futureWhenClientDestroyed()
{
    auto *client = new RedisClient;
    QVERIFY(connectClient(*client));
    QFuture<RedisValue> future = client->commandFuture({"BLPOP", "future:never", "5"});
    QVERIFY(!future.isFinished());
    delete client;
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), Timeout);
    // Either failed with the client's teardown, or canceled: never a hang.
    QVERIFY(future.isCanceled() || future.result().isClientError());
}

void tst_Client::futureFromWrongThread()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    QFuture<RedisValue> future;
    std::unique_ptr<QThread> thread(QThread::create([&] { future = client.commandFuture({"PING"}); }));
    thread->start();
    QVERIFY(thread->wait(Timeout));
    QVERIFY(future.isFinished());
    QCOMPARE(future.result().error(), Error::WrongThread);
}

void tst_Client::reconnectAfterDisconnect()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    QSignalSpy disconnected(&client, &RedisClient::disconnected);
    client.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, Timeout);
    QVERIFY(connectClient(client));
    // Connecting elsewhere while connected drops the first connection cleanly.
    client.connectToUnixSocket(server().unixSocketPath());
    QSignalSpy connected(&client, &RedisClient::connected);
    QVERIFY(connected.wait(Timeout));
    Collector c;
    client.command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
}

void tst_Client::reconnectFromErrorSlot()
{
    // The failed attempt's leftovers (its handshake calls) must not touch the
    // new attempt, even if the new connection reuses the old one's address.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    RedisClient client;
    client.setConnectTimeout(200);
    int errors = 0;
    connect(&client, &RedisClient::errorOccurred, this, [&] {
        if (++errors == 1) {
            client.setConnectTimeout(10000);
            client.connectToHost(server().host(), server().port());
        }
    });
    QSignalSpy connected(&client, &RedisClient::connected);
    client.connectToHost(QStringLiteral("127.0.0.1"), silent.serverPort());
    QVERIFY(connected.wait(Timeout));
    QCOMPARE(errors, 1);
    Collector c;
    client.command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0), RedisValue::fromStatus("PONG"));
    QCOMPARE(client.state(), RedisClient::State::Connected);
    QCOMPARE(errors, 1);
}

void tst_Client::errorVisibleInStateSlot()
{
    const quint16 closedPort = QtRedisTest::closedPort();
    QVERIFY(closedPort);
    RedisClient client;
    client.setAutoReconnect(false);
    Error seen = Error::NoError;
    connect(&client, &RedisClient::stateChanged, this, [&](RedisClient::State s) {
        if (s == RedisClient::State::Disconnected)
            seen = client.error();
    });
    client.connectToHost(QStringLiteral("127.0.0.1"), closedPort);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
    QCOMPARE(seen, Error::ConnectionRefused);
}

void tst_Client::replyDeletedInsideFinished()
{
    // Misuse (the documented way is deleteLater()), but it must not crash.
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisReply *reply = client.command({"PING"});
    reply->setAutoDelete(true);
    bool finished = false;
    connect(reply, &RedisReply::finished, this, [&] {
        finished = true;
        delete reply;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, Timeout);
    Collector c;
    client.command({"PING"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
}

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_client.moc"
