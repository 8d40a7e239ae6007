// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Pub/sub subscriptions and MONITOR against a real redis-server; a scripted
// fake server for the malformed messages only a broken server sends.
#include <QtTest/QtTest>

#include <fakeredisserver.h>
#include <redisclient.h>
#include <redismonitor.h>
#include <redisreply.h>
#include <redissubscription.h>
#include <redistestcase.h>
#include <tcpproxy.h>
#include <testhelpers.h>

#include <memory>

using QtRedis::Error;
using namespace QtRedisTest;
using State = RedisSubscription::State;

namespace {
struct Message
{
    QByteArray channel;
    QByteArray payload;
    QByteArray pattern;
};

// Records what a subscription delivers.
struct Inbox
{
    explicit Inbox(RedisSubscription *s)
    {
        QObject::connect(s, &RedisSubscription::messageReceived, s,
                         [this](const QByteArray &c, const QByteArray &p, const QByteArray &pat) {
                             messages.append(Message{c, p, pat});
                         });
        QObject::connect(s, &RedisSubscription::stateChanged, s,
                         [this](RedisSubscription::State st) { states.append(st); });
    }
    QList<Message> messages;
    QList<RedisSubscription::State> states;
};
} // namespace

class tst_PubSub : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() override;

    void publishedByCliArrives_data();
    void publishedByCliArrives();
    void sameNameSameObject();
    void tenThousandInOrder();
    void patternAndChannelBothMatch();
    void shardedPubSub();
    void publishReturnsReceivers();
    void unsubscribeDuringBurst();
    void resubscribeAfterClientKill();
    void resubscribeAfterServerRestart();
    void subscribeBeforeConnect();
    void unsubscribeWhileDisconnected();
    void subscribeAgainWhileUnsubscribing();
    void deletingUnsubscribes();
    void refusedByAcl();
    void credentialsAndClientName();
    void deleteClientInsideMessage();
    void unsubscribeAndSubscribeInsideMessage();
    void noAutoReconnectGivesError();
    void silentServerIsDetected();
    void malformedMessages_data();
    void malformedMessages();
    void monitorSeesOtherClient();
    void monitorStopAndRestart();
    void monitorParseLine_data();
    void monitorParseLine();
};

void tst_PubSub::init()
{
    RedisTestCase::init();
    server().setCliPassword(QString());
    cli({QStringLiteral("ACL"), QStringLiteral("DELUSER"), QStringLiteral("limited")});
    cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("pubsub")});
}

void tst_PubSub::publishedByCliArrives_data()
{
    QTest::addColumn<bool>("unixSocket");
    QTest::addColumn<QByteArray>("channel");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("tcp") << false << QByteArray("news") << QByteArray("hello");
    QTest::newRow("unix socket") << true << QByteArray("news") << QByteArray("hello");
    QTest::newRow("binary") << false << QByteArray("bin\r\nchan", 9)
                            << QByteArray("a\0b\r\n\xff\xfe", 7);
    QTest::newRow("empty payload") << false << QByteArray("e") << QByteArray();
}

void tst_PubSub::publishedByCliArrives()
{
    QFETCH(bool, unixSocket);
    QFETCH(QByteArray, channel);
    QFETCH(QByteArray, payload);
    RedisClient client;
    if (unixSocket) {
        QSignalSpy connected(&client, &RedisClient::connected);
        client.connectToUnixSocket(server().unixSocketPath());
        QVERIFY(connected.wait(Timeout));
    } else {
        QVERIFY(connectClient(client));
    }
    RedisSubscription *s = client.subscribe(channel);
    QVERIFY(s);
    QCOMPARE(s->kind(), RedisSubscription::Kind::Channel);
    QCOMPARE(s->name(), channel);
    QCOMPARE(s->parent(), &client);
    QCOMPARE(s->client(), &client);
    Inbox inbox(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    QCOMPARE(inbox.states, QList<State>{State::Subscribed}); // Pending was set in subscribe()
    QCOMPARE(s->error(), Error::NoError);

    if (channel.contains('\r')) {
        // Not a name for a command line: published by another client.
        RedisClient pub;
        QVERIFY(connectClient(pub));
        RedisReply *r = pub.publish(channel, payload);
        QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), Timeout);
        QCOMPARE(r->value().toInteger(), 1);
    } else {
        // redis-cli -x reads the last argument from stdin: binary-safe.
        QProcess publisher;
        publisher.start(RedisTestServer::redisCliPath(),
                        {QStringLiteral("-h"), server().host(), QStringLiteral("-p"),
                         QString::number(server().port()), QStringLiteral("-x"), QStringLiteral("PUBLISH"),
                         QString::fromLatin1(channel)});
        QVERIFY(publisher.waitForStarted(Timeout));
        publisher.write(payload);
        publisher.closeWriteChannel();
        QVERIFY(publisher.waitForFinished(Timeout));
        QCOMPARE(publisher.readAllStandardOutput().trimmed(), QByteArray("1"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!inbox.messages.isEmpty(), Timeout);
    const Message &m = inbox.messages.constLast();
    QCOMPARE(m.channel, channel);
    QCOMPARE(m.payload, payload);
    QVERIFY(m.pattern.isEmpty());
    QCOMPARE(s->messageCount(), quint64(inbox.messages.size()));
}

void tst_PubSub::sameNameSameObject()
{
    RedisClient client;
    RedisSubscription *a = client.subscribe("x");
    QCOMPARE(client.subscribe("x"), a);
    RedisSubscription *p = client.psubscribe("x");
    QVERIFY(p != a); // a pattern is another kind
    QCOMPARE(client.psubscribe("x"), p);
    RedisSubscription *s = client.ssubscribe("x");
    QVERIFY(s != a && s != p);
    QCOMPARE(client.subscriptions().size(), 3);
    QCOMPARE(a->state(), State::Pending); // no connection yet
    a->unsubscribe();
    QCOMPARE(a->state(), State::Unsubscribed);
    QCOMPARE(client.subscribe("x"), a); // and live again
    QCOMPARE(a->state(), State::Pending);
}

void tst_PubSub::tenThousandInOrder()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisSubscription *s = client.subscribe("burst");
    Inbox inbox(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);

    RedisClient publisher;
    QVERIFY(connectClient(publisher));
    constexpr int count = 10000;
    int receivers = 0;
    for (int i = 0; i < count; ++i)
        publisher.command({"PUBLISH", "burst", QByteArray::number(i)}, this,
                          [&receivers](const RedisValue &v) { receivers += int(v.toInteger()); });
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), count, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(receivers, count, Timeout);
    for (int i = 0; i < count; ++i)
        QCOMPARE(inbox.messages.at(i).payload, QByteArray::number(i));
}

void tst_PubSub::patternAndChannelBothMatch()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisSubscription *channel = client.subscribe("sensor.1");
    RedisSubscription *pattern = client.psubscribe("sensor.*");
    Inbox byChannel(channel), byPattern(pattern);
    QTRY_COMPARE_WITH_TIMEOUT(channel->state(), State::Subscribed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(pattern->state(), State::Subscribed, Timeout);
    QCOMPARE(pattern->kind(), RedisSubscription::Kind::Pattern);

    cli({QStringLiteral("PUBLISH"), QStringLiteral("sensor.1"), QStringLiteral("21.5")});
    cli({QStringLiteral("PUBLISH"), QStringLiteral("sensor.2"), QStringLiteral("19.0")});
    QTRY_COMPARE_WITH_TIMEOUT(byPattern.messages.size(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(byChannel.messages.size(), 1, Timeout);
    QCOMPARE(byChannel.messages.at(0).payload, QByteArray("21.5"));
    QCOMPARE(byPattern.messages.at(0).channel, QByteArray("sensor.1"));
    QCOMPARE(byPattern.messages.at(0).pattern, QByteArray("sensor.*"));
    QCOMPARE(byPattern.messages.at(1).channel, QByteArray("sensor.2"));
    QCOMPARE(byPattern.messages.at(1).payload, QByteArray("19.0"));
}

void tst_PubSub::shardedPubSub()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisSubscription *s = client.ssubscribe("shard{1}");
    Inbox inbox(s);
    QTRY_VERIFY_WITH_TIMEOUT(s->state() == State::Subscribed || s->state() == State::Error, Timeout);
    const QByteArray version = cli({QStringLiteral("INFO"), QStringLiteral("server")});
    if (s->state() == State::Error) {
        // Older than Redis 7: the server's error, and the connection still works.
        QVERIFY2(!version.contains("redis_version:7"), qPrintable(s->errorString()));
        QCOMPARE(s->error(), Error::ServerError);
        QVERIFY(s->errorString().contains(QLatin1String("unknown command"), Qt::CaseInsensitive));
        QSKIP("SSUBSCRIBE needs Redis 7");
    }
    QCOMPARE(cli({QStringLiteral("SPUBLISH"), QStringLiteral("shard{1}"), QStringLiteral("m")}).trimmed(),
             QByteArray("1"));
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, Timeout);
    QCOMPARE(inbox.messages.at(0).channel, QByteArray("shard{1}"));
    QCOMPARE(inbox.messages.at(0).payload, QByteArray("m"));
    s->unsubscribe();
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Unsubscribed, Timeout);
}

void tst_PubSub::publishReturnsReceivers()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisSubscription *s = client.subscribe("count");
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    RedisReply *reply = client.publish("count", "x");
    QSignalSpy finished(reply, &RedisReply::finished);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(reply->value().toInteger(), 1);
}

void tst_PubSub::unsubscribeDuringBurst()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisSubscription *stopping = client.subscribe("burst.a");
    RedisSubscription *staying = client.subscribe("burst.b");
    Inbox a(stopping), b(staying);
    QTRY_COMPARE_WITH_TIMEOUT(stopping->state(), State::Subscribed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(staying->state(), State::Subscribed, Timeout);

    // Unsubscribe from inside the burst, at the 100th message.
    int atUnsubscribe = -1;
    connect(stopping, &RedisSubscription::messageReceived, this, [&] {
        if (a.messages.size() == 100) {
            atUnsubscribe = a.messages.size();
            stopping->unsubscribe();
            QCOMPARE(stopping->state(), State::Unsubscribing);
        }
    });
    RedisClient publisher;
    QVERIFY(connectClient(publisher));
    constexpr int count = 5000;
    for (int i = 0; i < count; ++i) {
        publisher.command({"PUBLISH", "burst.a", QByteArray::number(i)}, nullptr, [](const RedisValue &) {});
        publisher.command({"PUBLISH", "burst.b", QByteArray::number(i)}, nullptr, [](const RedisValue &) {});
    }
    QTRY_COMPARE_WITH_TIMEOUT(b.messages.size(), count, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(stopping->state(), State::Unsubscribed, Timeout);
    QCOMPARE(atUnsubscribe, 100);
    QCOMPARE(a.messages.size(), 100); // nothing after unsubscribe()
    QCOMPARE(a.states.constLast(), State::Unsubscribed);
    for (int i = 0; i < count; ++i)
        QCOMPARE(b.messages.at(i).payload, QByteArray::number(i));
    QVERIFY(waitForSubscribers("burst.a", 0));
    QVERIFY(waitForSubscribers("burst.b", 1));
}

void tst_PubSub::resubscribeAfterClientKill()
{
    RedisClient client;
    client.setReconnectInitialDelay(10);
    QVERIFY(connectClient(client));
    RedisSubscription *s = client.subscribe("k");
    RedisSubscription *p = client.psubscribe("k.*");
    Inbox inbox(s), patternInbox(p);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(p->state(), State::Subscribed, Timeout);

    QCOMPARE(cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"),
                  QStringLiteral("pubsub")}).trimmed(), QByteArray("1"));
    QTRY_VERIFY_WITH_TIMEOUT(inbox.states.contains(State::Pending), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(p->state(), State::Subscribed, Timeout);
    QCOMPARE(inbox.states.constLast(), State::Subscribed);
    QVERIFY(patternInbox.states.contains(State::Pending));
    QCOMPARE(client.state(), RedisClient::State::Connected); // the command connection was not touched

    cli({QStringLiteral("PUBLISH"), QStringLiteral("k"), QStringLiteral("after")});
    cli({QStringLiteral("PUBLISH"), QStringLiteral("k.1"), QStringLiteral("after")});
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(patternInbox.messages.size(), 1, Timeout);
    QVERIFY(waitForSubscribers("k", 1)); // exactly one connection subscribed
}

void tst_PubSub::resubscribeAfterServerRestart()
{
    RedisClient client;
    client.setReconnectInitialDelay(10);
    client.setReconnectMaxDelay(200);
    QVERIFY(connectClient(client));
    RedisSubscription *s = client.subscribe("restart");
    Inbox inbox(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    server().kill();
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Pending, Timeout);
    QVERIFY2(server().restart(), qPrintable(server().errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connected, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    cli({QStringLiteral("PUBLISH"), QStringLiteral("restart"), QStringLiteral("back")});
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, Timeout);
    QCOMPARE(inbox.messages.at(0).payload, QByteArray("back"));
    QVERIFY(!inbox.states.contains(State::Error));
}

void tst_PubSub::subscribeBeforeConnect()
{
    RedisClient client;
    RedisSubscription *s = client.subscribe("early");
    QCOMPARE(s->state(), State::Pending);
    QVERIFY(connectClient(client));
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    client.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
    QCOMPARE(s->state(), State::Pending); // it comes back with the client
    QVERIFY(waitForSubscribers("early", 0));
    QVERIFY(connectClient(client));
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
}

void tst_PubSub::unsubscribeWhileDisconnected()
{
    RedisClient client;
    RedisSubscription *s = client.subscribe("never");
    Inbox inbox(s);
    s->unsubscribe();
    QCOMPARE(s->state(), State::Unsubscribed);
    QVERIFY(connectClient(client));
    // Nothing is subscribed, so no pub/sub connection is opened.
    QVERIFY(client.command({"PING"}));
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCommandCount(), 0, Timeout);
    QCOMPARE(cli({QStringLiteral("CLIENT"), QStringLiteral("LIST"), QStringLiteral("TYPE"),
                  QStringLiteral("pubsub")}).trimmed(), QByteArray());
    QCOMPARE(inbox.states, QList<State>{State::Unsubscribed});
}

void tst_PubSub::subscribeAgainWhileUnsubscribing()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisSubscription *s = client.subscribe("flip");
    Inbox inbox(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    for (int i = 0; i < 5; ++i) {
        s->unsubscribe();
        QCOMPARE(s->state(), State::Unsubscribing);
        QCOMPARE(client.subscribe("flip"), s);
        QCOMPARE(s->state(), State::Pending);
    }
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    QVERIFY(waitForSubscribers("flip", 1));
    cli({QStringLiteral("PUBLISH"), QStringLiteral("flip"), QStringLiteral("x")});
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, Timeout);
}

void tst_PubSub::deletingUnsubscribes()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    QPointer<RedisSubscription> s = client.subscribe("gone");
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    QVERIFY(waitForSubscribers("gone", 1));
    delete s;
    QVERIFY(client.subscriptions().isEmpty());
    QVERIFY(waitForSubscribers("gone", 0));
    // A new object for the same name works.
    RedisSubscription *again = client.subscribe("gone");
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), State::Subscribed, Timeout);
}

void tst_PubSub::refusedByAcl()
{
    cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("limited"), QStringLiteral("on"),
         QStringLiteral(">secret"), QStringLiteral("resetchannels"), QStringLiteral("&allowed.*"),
         QStringLiteral("+@all"), QStringLiteral("~*")});
    RedisClient client;
    client.setUsername(QStringLiteral("limited"));
    client.setPassword(QStringLiteral("secret"));
    QVERIFY(connectClient(client));
    RedisSubscription *ok = client.subscribe("allowed.1");
    RedisSubscription *refused = client.subscribe("secret.1");
    RedisSubscription *after = client.subscribe("allowed.2");
    QTRY_COMPARE_WITH_TIMEOUT(refused->state(), State::Error, Timeout);
    QCOMPARE(refused->error(), Error::ServerError);
    QVERIFY2(refused->errorString().contains(QLatin1String("NOPERM")), qPrintable(refused->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(ok->state(), State::Subscribed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(after->state(), State::Subscribed, Timeout);
    // Unsubscribing a refused one just clears it.
    refused->unsubscribe();
    QCOMPARE(refused->state(), State::Unsubscribed);
}

void tst_PubSub::credentialsAndClientName()
{
    cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("limited"), QStringLiteral("on"),
         QStringLiteral(">secret"), QStringLiteral("allchannels"), QStringLiteral("+@all"), QStringLiteral("~*")});
    RedisClient client;
    client.setUsername(QStringLiteral("limited"));
    client.setPassword(QStringLiteral("secret"));
    client.setClientName(QStringLiteral("pubsub-test"));
    QVERIFY(connectClient(client));
    RedisSubscription *s = client.subscribe("named");
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    const QByteArray list = cli({QStringLiteral("CLIENT"), QStringLiteral("LIST"), QStringLiteral("TYPE"),
                                 QStringLiteral("pubsub")});
    QVERIFY2(list.contains("name=pubsub-test"), list.constData());
    QVERIFY2(list.contains("user=limited"), list.constData());

    // A wrong password is not retried in a loop: the subscription says why.
    cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("limited"),
         QStringLiteral("resetpass"), QStringLiteral(">changed")});
    cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("pubsub")});
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Error, Timeout);
    QCOMPARE(s->error(), Error::AuthenticationFailed);
    QCOMPARE(client.state(), RedisClient::State::Connected);
}

void tst_PubSub::deleteClientInsideMessage()
{
    auto *client = new RedisClient;
    QVERIFY(connectClient(*client));
    RedisSubscription *s = client->subscribe("kill");
    QPointer<RedisSubscription> guard(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    int seen = 0;
    connect(s, &RedisSubscription::messageReceived, this, [&] {
        ++seen;
        delete client;
    });
    RedisClient publisher;
    QVERIFY(connectClient(publisher));
    // Several messages in one read: the rest must not be touched.
    for (int i = 0; i < 50; ++i)
        publisher.command({"PUBLISH", "kill", "x"}, nullptr, [](const RedisValue &) {});
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), Timeout);
    QCOMPARE(seen, 1);
}

void tst_PubSub::unsubscribeAndSubscribeInsideMessage()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisSubscription *first = client.subscribe("chain.1");
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), State::Subscribed, Timeout);
    QPointer<RedisSubscription> firstGuard(first);
    RedisSubscription *second = nullptr;
    connect(first, &RedisSubscription::messageReceived, this, [&] {
        first->unsubscribe();
        if (!second)
            second = client.subscribe("chain.2");
        first->deleteLater();
    });
    cli({QStringLiteral("PUBLISH"), QStringLiteral("chain.1"), QStringLiteral("go")});
    QTRY_VERIFY_WITH_TIMEOUT(second && second->state() == State::Subscribed, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(firstGuard.isNull(), Timeout);
    QCOMPARE(client.subscriptions(), QList<RedisSubscription *>{second});
    Inbox inbox(second);
    cli({QStringLiteral("PUBLISH"), QStringLiteral("chain.2"), QStringLiteral("x")});
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, Timeout);
}

void tst_PubSub::noAutoReconnectGivesError()
{
    RedisClient client;
    client.setAutoReconnect(false);
    QVERIFY(connectClient(client));
    RedisSubscription *s = client.subscribe("once");
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("pubsub")});
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Error, Timeout);
    QCOMPARE(s->error(), Error::ConnectionLost);
    QVERIFY(!s->errorString().isEmpty());
    // subscribe() retries it.
    s->subscribe();
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    QCOMPARE(s->error(), Error::NoError);
}

void tst_PubSub::silentServerIsDetected()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RedisClient client;
    client.setHealthCheckInterval(200);
    client.setConnectTimeout(1000);
    client.setReconnectInitialDelay(10);
    client.setReconnectMaxDelay(100);
    QVERIFY(connectAndWait(client, proxy.host(), proxy.port()));
    RedisSubscription *s = client.subscribe("quiet");
    Inbox inbox(s);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    proxy.setMode(TcpProxy::Mode::Blackhole);
    QTRY_VERIFY_WITH_TIMEOUT(inbox.states.contains(State::Pending), Timeout);
    proxy.setMode(TcpProxy::Mode::Forward);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Subscribed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connected, Timeout);
    cli({QStringLiteral("PUBLISH"), QStringLiteral("quiet"), QStringLiteral("hi")});
    QTRY_COMPARE_WITH_TIMEOUT(inbox.messages.size(), 1, Timeout);
}

void tst_PubSub::malformedMessages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("unknown kind") << QByteArray("*3\r\n$5\r\nhello\r\n$1\r\na\r\n$1\r\nb\r\n");
    QTest::newRow("message, 2 elements") << QByteArray("*2\r\n$7\r\nmessage\r\n$1\r\na\r\n");
    QTest::newRow("message, integer payload") << QByteArray("*3\r\n$7\r\nmessage\r\n$1\r\na\r\n:1\r\n");
    QTest::newRow("pmessage, 3 elements") << QByteArray("*3\r\n$8\r\npmessage\r\n$1\r\na\r\n$1\r\nb\r\n");
    QTest::newRow("subscribe, wrong name") << QByteArray("*3\r\n$9\r\nsubscribe\r\n$5\r\nother\r\n:1\r\n");
    QTest::newRow("subscribe, no count") << QByteArray("*3\r\n$9\r\nsubscribe\r\n$1\r\nc\r\n$1\r\n1\r\n");
    QTest::newRow("unsolicited unsubscribe") << QByteArray("*3\r\n$11\r\nunsubscribe\r\n$1\r\nz\r\n:0\r\n");
    QTest::newRow("status") << QByteArray("+OK\r\n");
    QTest::newRow("integer") << QByteArray(":5\r\n");
    QTest::newRow("nested array kind") << QByteArray("*3\r\n*1\r\n:1\r\n$1\r\na\r\n$1\r\nb\r\n");
    QTest::newRow("garbage") << QByteArray("!!!garbage\r\n");
    QTest::newRow("huge array") << QByteArray("*2147483647\r\n");
    QTest::newRow("unsolicited error") << QByteArray("-ERR go away\r\n-ERR again\r\n");
}

void tst_PubSub::malformedMessages()
{
    QFETCH(QByteArray, bytes);
    // The command connection (first) is well behaved; the pub/sub one
    // (second) answers SUBSCRIBE with the bytes under test.
    FakeRedisServer fake;
    FakeRedisServer::Script pubsub;
    bool sent = false;
    pubsub.responder = [&](const QList<QByteArray> &cmd, int) {
        if (cmd.value(0).toUpper() == "SUBSCRIBE" && !sent) {
            sent = true;
            return QByteArray("*3\r\n$9\r\nsubscribe\r\n$1\r\nc\r\n:1\r\n") + bytes;
        }
        return FakeRedisServer::defaultResponse(cmd);
    };
    fake.setScript(1, pubsub);
    QVERIFY(fake.listen());
    RedisClient client;
    client.setAutoReconnect(false);
    QVERIFY(connectAndWait(client, fake.host(), fake.port()));
    RedisSubscription *s = client.subscribe("c");
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Error, Timeout);
    QVERIFY(s->error() == Error::ProtocolError || s->error() == Error::ServerError);
    QVERIFY(!s->errorString().isEmpty());
    // The command connection is unaffected.
    RedisReply *r = client.command({"PING"});
    QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), Timeout);
    QCOMPARE(r->value().toByteArray(), QByteArray("PONG"));
}

void tst_PubSub::monitorSeesOtherClient()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    RedisMonitor *monitor = client.monitor();
    QCOMPARE(client.monitor(), monitor);
    QCOMPARE(monitor->state(), RedisMonitor::State::Stopped);
    QList<QByteArray> lines;
    connect(monitor, &RedisMonitor::lineReceived, this, [&](const QByteArray &l) { lines.append(l); });
    monitor->start();
    QCOMPARE(monitor->state(), RedisMonitor::State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, Timeout);

    cli({QStringLiteral("SET"), QStringLiteral("monitored key"), QStringLiteral("v\tw")});
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lines.cbegin(), lines.cend(),
                                         [](const QByteArray &l) { return l.contains("monitored key"); }),
                             Timeout);
    RedisMonitor::Entry entry;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.contains("monitored key"))
            QVERIFY2(RedisMonitor::parseLine(line, &entry), line.constData());
    }
    QCOMPARE(entry.args, (QList<QByteArray>{"SET", "monitored key", "v\tw"}));
    QCOMPARE(entry.database, 0);
    QVERIFY(entry.timestamp > 1.6e9);
    QVERIFY(entry.client.startsWith("127.0.0.1:") || entry.client.startsWith("unix:"));
}

void tst_PubSub::monitorStopAndRestart()
{
    RedisClient client;
    client.setReconnectInitialDelay(10);
    QVERIFY(connectClient(client));
    RedisMonitor *monitor = client.monitor();
    monitor->start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, Timeout);
    auto monitors = [this] {
        return cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).count("flags=O");
    };
    QTRY_COMPARE_WITH_TIMEOUT(monitors(), 1, Timeout);

    // Killed: it comes back.
    const QByteArray list = cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")});
    for (const QByteArray &line : list.split('\n')) {
        if (line.contains("flags=O")) {
            const QByteArray id = line.mid(line.indexOf("id=") + 3).split(' ').value(0);
            cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("ID"), QString::fromLatin1(id)});
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Starting, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, Timeout);

    monitor->stop();
    QCOMPARE(monitor->state(), RedisMonitor::State::Stopped);
    QTRY_COMPARE_WITH_TIMEOUT(monitors(), 0, Timeout);
    monitor->start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, Timeout);
    client.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Starting, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(monitors(), 0, Timeout);
}

void tst_PubSub::monitorParseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("database");
    QTest::addColumn<QByteArray>("client");
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::newRow("tcp") << QByteArray("1700000000.123456 [0 127.0.0.1:50000] \"SET\" \"k\" \"v\"") << true << 0
                         << QByteArray("127.0.0.1:50000") << QList<QByteArray>{"SET", "k", "v"};
    QTest::newRow("escapes") << QByteArray("1700000000.1 [3 unix:/tmp/r.sock] \"SET\" \"a\\x00b\" \"\\r\\n\\\"\"")
                             << true << 3 << QByteArray("unix:/tmp/r.sock")
                             << QList<QByteArray>{"SET", QByteArray("a\0b", 3), "\r\n\""};
    QTest::newRow("lua") << QByteArray("1700000000.1 [0 lua] \"get\" \"x\"") << true << 0 << QByteArray("lua")
                         << QList<QByteArray>{"get", "x"};
    QTest::newRow("not a line") << QByteArray("OK") << false << 0 << QByteArray() << QList<QByteArray>();
    QTest::newRow("bad time") << QByteArray("x [0 lua] \"get\"") << false << 0 << QByteArray()
                              << QList<QByteArray>();
    QTest::newRow("unbalanced") << QByteArray("1.5 [0 lua] \"get") << false << 0 << QByteArray()
                                << QList<QByteArray>();
}

void tst_PubSub::monitorParseLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    RedisMonitor::Entry entry;
    QCOMPARE(RedisMonitor::parseLine(line, &entry), valid);
    if (!valid)
        return;
    QFETCH(int, database);
    QFETCH(QByteArray, client);
    QFETCH(QList<QByteArray>, args);
    QCOMPARE(entry.database, database);
    QCOMPARE(entry.client, client);
    QCOMPARE(entry.args, args);
}

QTEST_MAIN(tst_PubSub)
#include "tst_pubsub.moc"
