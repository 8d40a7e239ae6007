// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The one connection layer: every link the client opens -- the command link,
// the pub/sub link and the MONITOR link -- resolves, connects, shakes hands,
// refuses and retries the same way. Data-driven over the link kinds, against
// a scripted fake server (to see and steer each link's commands) and a real
// redis-server.
#include <QtTest/QtTest>

#include <fakeredisserver.h>
#include <redisclient.h>
#include <redismonitor.h>
#include <redisreply.h>
#include <redissubscription.h>
#include <redistestcase.h>
#include <testhelpers.h>

using QtRedis::Error;
using namespace QtRedisTest;

namespace {
enum class Link { Command, PubSub, Monitor };

// Opens the link of that kind on a connected client: the command link is
// the client's own, the others are opened on demand.
void openLink(RedisClient &client, Link link)
{
    if (link == Link::PubSub)
        client.subscribe("chan");
    else if (link == Link::Monitor)
        client.monitor()->start();
}

QList<QByteArray> handshakeOf(const QList<QList<QByteArray>> &commands)
{
    // The commands up to and including the handshake's closing PING.
    QList<QByteArray> names;
    for (const QList<QByteArray> &command : commands) {
        names.append(command.join(' '));
        if (command.value(0) == "PING")
            break;
    }
    return names;
}
} // namespace

Q_DECLARE_METATYPE(Link)

class tst_Connection : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void handshake_data();
    void handshake();
    void busyServerIsRetried_data();
    void busyServerIsRetried();
    void wrongPasswordIsNotRetried_data();
    void wrongPasswordIsNotRetried();
    void hostNameResolved_data();
    void hostNameResolved();
    void replyAbortOfHeldCommand();
    void replyAbortOfSentCommand();
    void replyAbortAfterFinish();
};

void tst_Connection::handshake_data()
{
    QTest::addColumn<Link>("link");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("database");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("command, all options") << Link::Command << "alice" << 3
            << QByteArrayList{"AUTH alice pw", "SELECT 3", "CLIENT SETNAME app", "PING"};
    QTest::newRow("command, default user") << Link::Command << "" << 0
            << QByteArrayList{"AUTH pw", "CLIENT SETNAME app", "PING"};
    // Pub/sub and MONITOR do not depend on the database: no SELECT.
    QTest::newRow("pub/sub") << Link::PubSub << "alice" << 3
            << QByteArrayList{"AUTH alice pw", "CLIENT SETNAME app", "PING"};
    QTest::newRow("monitor") << Link::Monitor << "" << 3 << QByteArrayList{"AUTH pw", "CLIENT SETNAME app", "PING"};
}

void tst_Connection::handshake()
{
    QFETCH(Link, link);
    QFETCH(QString, user);
    QFETCH(int, database);
    QFETCH(QByteArrayList, expected);
    FakeRedisServer fake;
    QHash<int, QList<QList<QByteArray>>> perConnection;
    connect(&fake, &FakeRedisServer::commandReceived, this,
            [&](const QList<QByteArray> &command, int index) { perConnection[index].append(command); });
    fake.setResponder([](const QList<QByteArray> &cmd, int) {
        if (cmd.value(0).toUpper() == "SUBSCRIBE")
            return QByteArray("*3\r\n$9\r\nsubscribe\r\n$4\r\nchan\r\n:1\r\n");
        if (cmd.value(0).toUpper() == "MONITOR")
            return FakeRedisServer::status("OK");
        return FakeRedisServer::defaultResponse(cmd);
    });
    QVERIFY(fake.listen());

    RedisClient client;
    client.setUsername(user);
    client.setPassword(QStringLiteral("pw"));
    client.setDatabase(database);
    client.setClientName(QStringLiteral("app"));
    QVERIFY(connectAndWait(client, fake.host(), fake.port()));
    openLink(client, link);
    const int index = link == Link::Command ? 0 : 1;
    QTRY_VERIFY_WITH_TIMEOUT(perConnection.value(index).size() >= expected.size(), Timeout);
    QCOMPARE(handshakeOf(perConnection.value(index)), expected);
    if (link == Link::PubSub)
        QTRY_COMPARE_WITH_TIMEOUT(client.subscribe("chan")->state(), RedisSubscription::State::Subscribed, Timeout);
    if (link == Link::Monitor)
        QTRY_COMPARE_WITH_TIMEOUT(client.monitor()->state(), RedisMonitor::State::Running, Timeout);
}

void tst_Connection::busyServerIsRetried_data()
{
    QTest::addColumn<Link>("link");
    QTest::addColumn<QByteArray>("refusal");
    for (const QByteArray &refusal : {QByteArray("LOADING Redis is loading the dataset in memory"),
                                      QByteArray("BUSY Redis is busy running a script")}) {
        const QByteArray word = refusal.left(refusal.indexOf(' '));
        QTest::addRow("command, %s", word.constData()) << Link::Command << refusal;
        QTest::addRow("pub/sub, %s", word.constData()) << Link::PubSub << refusal;
        QTest::addRow("monitor, %s", word.constData()) << Link::Monitor << refusal;
    }
}

void tst_Connection::busyServerIsRetried()
{
    // The first attempt of the link under test has its handshake PING
    // refused the way a loading or busy server does; the next one is served.
    QFETCH(Link, link);
    QFETCH(QByteArray, refusal);
    const int refused = link == Link::Command ? 0 : 1;
    FakeRedisServer fake;
    fake.setResponder([](const QList<QByteArray> &cmd, int) {
        if (cmd.value(0).toUpper() == "SUBSCRIBE")
            return QByteArray("*3\r\n$9\r\nsubscribe\r\n$4\r\nchan\r\n:1\r\n");
        if (cmd.value(0).toUpper() == "MONITOR")
            return FakeRedisServer::status("OK");
        return FakeRedisServer::defaultResponse(cmd);
    });
    FakeRedisServer::Script busy;
    busy.responder = [refusal](const QList<QByteArray> &cmd, int) {
        return cmd.value(0).toUpper() == "PING" ? FakeRedisServer::error(refusal)
                                                 : FakeRedisServer::defaultResponse(cmd);
    };
    fake.setScript(refused, busy);
    QVERIFY(fake.listen());

    RedisClient client;
    client.setReconnectInitialDelay(10);
    client.setReconnectMaxDelay(50);
    QSignalSpy connectedSpy(&client, &RedisClient::connected);
    client.connectToHost(fake.host(), fake.port());
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.count(), 1, Timeout);
    openLink(client, link);
    if (link == Link::PubSub)
        QTRY_COMPARE_WITH_TIMEOUT(client.subscribe("chan")->state(), RedisSubscription::State::Subscribed, Timeout);
    else if (link == Link::Monitor)
        QTRY_COMPARE_WITH_TIMEOUT(client.monitor()->state(), RedisMonitor::State::Running, Timeout);
    QCOMPARE(fake.connectionCount(), link == Link::Command ? 2 : 3);
    if (link == Link::Command)
        QCOMPARE(client.state(), RedisClient::State::Connected);
}

void tst_Connection::wrongPasswordIsNotRetried_data()
{
    QTest::addColumn<Link>("link");
    QTest::newRow("command") << Link::Command;
    QTest::newRow("pub/sub") << Link::PubSub;
    QTest::newRow("monitor") << Link::Monitor;
}

void tst_Connection::wrongPasswordIsNotRetried()
{
    // The link under test is refused with WRONGPASS; the other links (the
    // command link, when testing pub/sub or MONITOR) are not.
    QFETCH(Link, link);
    const int refused = link == Link::Command ? 0 : 1;
    FakeRedisServer fake;
    FakeRedisServer::Script wrong;
    wrong.responder = [](const QList<QByteArray> &cmd, int) {
        return cmd.value(0).toUpper() == "AUTH"
                ? FakeRedisServer::error("WRONGPASS invalid username-password pair or user is disabled.")
                : FakeRedisServer::defaultResponse(cmd);
    };
    fake.setScript(refused, wrong);
    QVERIFY(fake.listen());

    RedisClient client;
    client.setPassword(QStringLiteral("topsecret"));
    client.setReconnectInitialDelay(10);
    client.connectToHost(fake.host(), fake.port());
    if (link == Link::Command) {
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
        QCOMPARE(client.error(), Error::AuthenticationFailed);
        QVERIFY2(!client.errorString().contains(QLatin1String("topsecret")), qPrintable(client.errorString()));
        QCOMPARE(client.reconnectAttempt(), 0); // not Reconnecting: nothing scheduled
    } else if (link == Link::PubSub) {
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connected, Timeout);
        RedisSubscription *s = client.subscribe("chan");
        // Error, not Pending: no retry is scheduled.
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), RedisSubscription::State::Error, Timeout);
        QCOMPARE(s->error(), Error::AuthenticationFailed);
        QVERIFY(!s->errorString().contains(QLatin1String("topsecret")));
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connected, Timeout);
        client.monitor()->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.monitor()->state(), RedisMonitor::State::Error, Timeout);
        QCOMPARE(client.monitor()->error(), Error::AuthenticationFailed);
    }
    QCOMPARE(fake.connectionCount(), refused + 1);
}

void tst_Connection::hostNameResolved_data()
{
    QTest::addColumn<Link>("link");
    QTest::newRow("command") << Link::Command;
    QTest::newRow("pub/sub") << Link::PubSub;
    QTest::newRow("monitor") << Link::Monitor;
}

void tst_Connection::hostNameResolved()
{
    // "localhost" may resolve to ::1 first; every link prefers the IPv4
    // address the server listens on.
    QFETCH(Link, link);
    RedisClient client;
    QVERIFY(connectAndWait(client, QStringLiteral("localhost"), server().port()));
    if (link == Link::Command) {
        RedisReply *reply = client.command({"PING"});
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Timeout);
        QCOMPARE(reply->value().toByteArray(), QByteArray("PONG"));
    } else if (link == Link::PubSub) {
        RedisSubscription *s = client.subscribe("resolved");
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), RedisSubscription::State::Subscribed, Timeout);
    } else {
        client.monitor()->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.monitor()->state(), RedisMonitor::State::Running, Timeout);
    }
}

void tst_Connection::replyAbortOfHeldCommand()
{
    cli({QStringLiteral("DEL"), QStringLiteral("abort:held")});
    RedisClient client;
    client.connectToHost(server().host(), server().port());
    QCOMPARE(client.state(), RedisClient::State::Connecting);
    RedisReply *held = client.command({"SET", "abort:held", "1"});
    RedisReply *kept = client.command({"SET", "abort:kept", "1"});
    QSignalSpy finished(held, &RedisReply::finished);
    held->abort();
    QCOMPARE(finished.count(), 1); // at once, like QNetworkReply::abort()
    QVERIFY(held->isFinished());
    QCOMPARE(held->error(), Error::Aborted);
    held->abort(); // finished already: nothing
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(kept->isFinished(), Timeout);
    QCOMPARE(kept->value().toByteArray(), QByteArray("OK"));
    // The aborted command was never sent.
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("abort:held")}), QByteArray("0"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(client.pendingCommandCount(), 0);
}

void tst_Connection::replyAbortOfSentCommand()
{
    cli({QStringLiteral("DEL"), QStringLiteral("abort:list")});
    RedisClient client;
    QVERIFY(connectClient(client));
    // Blocks until something is pushed: its reply comes late.
    RedisReply *blocked = client.command({"BLPOP", "abort:list", "0"});
    RedisReply *after = client.command({"ECHO", "after"});
    QTRY_VERIFY_WITH_TIMEOUT(cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains("cmd=blpop"),
                             Timeout);
    QSignalSpy finished(blocked, &RedisReply::finished);
    blocked->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(blocked->error(), Error::Aborted);
    QCOMPARE(client.pendingCommandCount(), 1); // only "after"; the aborted one is a tombstone
    // Its late reply is dropped and does not shift the next one.
    QCOMPARE(cli({QStringLiteral("RPUSH"), QStringLiteral("abort:list"), QStringLiteral("x")}),
             QByteArray("1"));
    QTRY_VERIFY_WITH_TIMEOUT(after->isFinished(), Timeout);
    QCOMPARE(after->value().toByteArray(), QByteArray("after"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(blocked->error(), Error::Aborted);
    // The command did run on the server.
    QCOMPARE(cli({QStringLiteral("LLEN"), QStringLiteral("abort:list")}), QByteArray("0"));
    delete blocked;
    RedisReply *ping = client.command({"PING"});
    QTRY_VERIFY_WITH_TIMEOUT(ping->isFinished(), Timeout);
    QCOMPARE(ping->value().toByteArray(), QByteArray("PONG"));
}

void tst_Connection::replyAbortAfterFinish()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisReply *reply = client.command({"PING"});
    QSignalSpy finished(reply, &RedisReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->value().toByteArray(), QByteArray("PONG"));
    QCOMPARE(reply->error(), Error::NoError);
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
