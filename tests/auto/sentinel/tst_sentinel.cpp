// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The Sentinel topology against a real deployment (RedisTestSentinel: a
// master, two replicas, three sentinels), one for the whole suite. The
// destructive cases come last; init() waits until the deployment is stable
// again (one master, both replicas in sync, the sentinels agree).
#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <redisclient.h>
#include <redisconnectionoptions.h>
#include <redismonitor.h>
#include <redissubscription.h>

#include <redistestsentinel.h>
#include <redistestserver.h>
#include <testhelpers.h>

using QtRedis::Error;
using QtRedisTest::Timeout;

// A failover (detection, election, promotion) takes a few seconds.
constexpr int FailoverTimeout = 30000;

class tst_Sentinel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void connectThroughSentinels();
    void urlForm();
    void separateCredentials();
    void readFromReplicas();
    void wrongMasterName();
    void firstSentinelDown();
    void failoverUnderLoad();
    void subscriptionFollowsFailover();
    void watcherMovesToNextSentinel();
    void masterKilled();

private:
    // The deployment's credentials and quick retries.
    void configure(RedisClient &client, bool sentinelPassword = true);
    bool connectClient(RedisClient &client, const QStringList &sentinels = {});
    static QByteArray get(RedisClient &client, const QByteArray &key);
    static bool set(RedisClient &client, const QByteArray &key, const QByteArray &value);

    RedisTestSentinel m_sentinel;
};

void tst_Sentinel::initTestCase()
{
    QVERIFY2(m_sentinel.start(), qPrintable(m_sentinel.errorString()));
}

void tst_Sentinel::init()
{
    QVERIFY2(m_sentinel.waitUntilStable(FailoverTimeout), qPrintable(m_sentinel.errorString()));
}

void tst_Sentinel::configure(RedisClient &client, bool sentinelPassword)
{
    RedisConnectionOptions options = client.options();
    options.setPassword(m_sentinel.dataPassword());
    if (sentinelPassword)
        options.setSentinelPassword(m_sentinel.sentinelPassword());
    options.setConnectTimeout(2000);
    options.setReconnectInitialDelay(50);
    options.setReconnectMaxDelay(500);
    client.setOptions(options);
}

bool tst_Sentinel::connectClient(RedisClient &client, const QStringList &sentinels)
{
    configure(client);
    QSignalSpy connected(&client, &RedisClient::connected);
    client.connectToSentinel(m_sentinel.masterName(), sentinels.isEmpty() ? m_sentinel.sentinelAddresses() : sentinels);
    return (connected.size() > 0 || connected.wait(Timeout)) && client.state() == RedisClient::State::Connected;
}

QByteArray tst_Sentinel::get(RedisClient &client, const QByteArray &key)
{
    QObject context;
    RedisValue value;
    bool replied = false;
    client.command({"GET", key}, &context, [&](const RedisValue &v) {
        value = v;
        replied = true;
    });
    if (!QTest::qWaitFor([&] { return replied; }, Timeout))
        return "(no reply)";
    return value.isError() ? "(error) " + value.errorString().toUtf8() : value.toByteArray();
}

bool tst_Sentinel::set(RedisClient &client, const QByteArray &key, const QByteArray &value)
{
    QObject context;
    RedisValue reply;
    bool replied = false;
    client.command({"SET", key, value}, &context, [&](const RedisValue &v) {
        reply = v;
        replied = true;
    });
    return QTest::qWaitFor([&] { return replied; }, Timeout) && reply.isStatus();
}

void tst_Sentinel::connectThroughSentinels()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    QCOMPARE(client.serverAddress(), m_sentinel.masterAddress());
    QVERIFY(set(client, "sentinel:key", "value"));
    QCOMPARE(get(client, "sentinel:key"), QByteArray("value"));
    // It is the master's data.
    QCOMPARE(m_sentinel.nodeCli(m_sentinel.nodeIndex(client.serverAddress()), {"GET", "sentinel:key"}),
             QByteArray("value"));
}

void tst_Sentinel::urlForm()
{
    const QStringList sentinels = m_sentinel.sentinelAddresses();
    QUrl url(QStringLiteral("redis-sentinel://%1?node=%2#%3").arg(sentinels.at(0), sentinels.at(1),
                                                                   m_sentinel.masterName()));
    RedisConnectionOptions options;
    QString why;
    QVERIFY2(options.setUrl(url, &why), qPrintable(why));
    QCOMPARE(options.topology(), RedisConnectionOptions::Topology::Sentinel);
    QCOMPARE(options.seedNodes(), sentinels.mid(0, 2));
    QCOMPARE(options.sentinelMasterName(), m_sentinel.masterName());

    RedisClient client;
    configure(client);
    QSignalSpy connected(&client, &RedisClient::connected);
    // The URL keeps the credentials set before (it has none of its own).
    RedisConnectionOptions merged = options;
    merged.setPassword(m_sentinel.dataPassword());
    merged.setSentinelPassword(m_sentinel.sentinelPassword());
    client.setOptions(merged);
    client.connectToServer();
    QVERIFY(connected.wait(Timeout));
    QCOMPARE(client.serverAddress(), m_sentinel.masterAddress());
    QVERIFY(set(client, "sentinel:url", "1"));

    // The passwords in the URL itself.
    url.setPassword(m_sentinel.dataPassword());
    url.setQuery(url.query() + QStringLiteral("&sentinelPassword=") + m_sentinel.sentinelPassword());
    RedisClient second;
    QSignalSpy secondConnected(&second, &RedisClient::connected);
    QVERIFY(second.connectToUrl(url));
    QVERIFY(secondConnected.wait(Timeout));
    QCOMPARE(get(second, "sentinel:url"), QByteArray("1"));
}

void tst_Sentinel::separateCredentials()
{
    // The sentinels' password is not the data nodes'.
    {
        RedisClient client;
        configure(client, false);
        QSignalSpy errors(&client, &RedisClient::errorOccurred);
        QSignalSpy retries(&client, &RedisClient::reconnectScheduled);
        client.connectToSentinel(m_sentinel.masterName(), m_sentinel.sentinelAddresses());
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
        QCOMPARE(client.error(), Error::SentinelFailed);
        QVERIFY2(client.errorString().contains(QLatin1String("credentials")), qPrintable(client.errorString()));
        QVERIFY(!client.errorString().contains(m_sentinel.dataPassword()));
        QCOMPARE(retries.size(), 0);
    }
    // Right sentinels' password, wrong data password: the data node refuses.
    {
        RedisClient client;
        configure(client);
        client.setPassword(QStringLiteral("not-the-data-password"));
        client.connectToSentinel(m_sentinel.masterName(), m_sentinel.sentinelAddresses());
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
        QCOMPARE(client.error(), Error::AuthenticationFailed);
        QVERIFY(!client.errorString().contains(QLatin1String("not-the-data-password")));
        QVERIFY(!client.errorString().contains(m_sentinel.sentinelPassword()));
    }
}

void tst_Sentinel::readFromReplicas()
{
    RedisClient client;
    RedisConnectionOptions options = client.options();
    options.setReadFromReplicas(true);
    client.setOptions(options);
    QVERIFY(connectClient(client));
    QVERIFY(client.serverAddress() != m_sentinel.masterAddress());
    QVERIFY(m_sentinel.nodeIndex(client.serverAddress()) >= 0);

    QObject context;
    RedisValue role;
    bool replied = false;
    client.command({"ROLE"}, &context, [&](const RedisValue &v) {
        role = v;
        replied = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(replied, Timeout);
    QVERIFY(role.isArray());
    QCOMPARE(role.at(0).toByteArray(), QByteArray("slave"));
}

void tst_Sentinel::wrongMasterName()
{
    RedisClient client;
    configure(client);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    QSignalSpy retries(&client, &RedisClient::reconnectScheduled);
    QElapsedTimer timer;
    timer.start();
    client.connectToSentinel(QStringLiteral("no-such-master"), m_sentinel.sentinelAddresses());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(client.error(), Error::SentinelFailed);
    QVERIFY2(client.errorString().contains(QLatin1String("do not know a master named 'no-such-master'")),
             qPrintable(client.errorString()));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(retries.size(), 0);
    // Still nothing after a while: not retried.
    QTest::qWait(300);
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    QCOMPARE(retries.size(), 0);
}

void tst_Sentinel::firstSentinelDown()
{
    m_sentinel.killSentinel(0);
    {
        RedisClient client;
        QVERIFY(connectClient(client));
        QCOMPARE(client.serverAddress(), m_sentinel.masterAddress());
        QVERIFY(set(client, "sentinel:second", "ok"));
    }
    // None of them: retryable, with every address in the message.
    {
        RedisClient client;
        configure(client);
        QSignalSpy retries(&client, &RedisClient::reconnectScheduled);
        const QStringList dead{QStringLiteral("127.0.0.1:%1").arg(m_sentinel.sentinelPort(0)),
                               QStringLiteral("127.0.0.1:%1").arg(QtRedisTest::closedPort())};
        client.connectToSentinel(m_sentinel.masterName(), dead);
        QVERIFY(retries.wait(Timeout));
        QCOMPARE(client.error(), Error::SentinelFailed);
        QVERIFY2(client.errorString().contains(QLatin1String("could be reached"))
                         && client.errorString().contains(dead.at(0)) && client.errorString().contains(dead.at(1)),
                 qPrintable(client.errorString()));
        client.disconnectFromServer();
    }
    QVERIFY2(m_sentinel.restartSentinel(0), qPrintable(m_sentinel.errorString()));
}

void tst_Sentinel::failoverUnderLoad()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const QString before = client.serverAddress();
    QCOMPARE(before, m_sentinel.masterAddress());

    // A steady load: one INCR every 5 ms, each callback counted once.
    int issued = 0;
    int succeeded = 0;
    int succeededAfterMove = 0;
    QList<Error> failures;
    QObject context;
    QTimer load;
    load.setInterval(5);
    connect(&load, &QTimer::timeout, &context, [&] {
        ++issued;
        client.command({"INCR", "sentinel:load"}, &context, [&](const RedisValue &v) {
            if (v.isError()) {
                failures.append(v.error());
            } else {
                ++succeeded;
                if (client.serverAddress() != before)
                    ++succeededAfterMove;
            }
        });
    });
    load.start();
    QTRY_VERIFY_WITH_TIMEOUT(succeeded > 20, Timeout);

    QSignalSpy topology(&client, &RedisClient::topologyChanged);
    QVERIFY2(m_sentinel.failover(FailoverTimeout, false), qPrintable(m_sentinel.errorString()));
    const QString after = m_sentinel.masterAddress();
    QVERIFY(after != before);
    QTRY_COMPARE_WITH_TIMEOUT(client.serverAddress(), after, FailoverTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(succeededAfterMove > 20, Timeout);
    load.stop();
    QVERIFY(QtRedisTest::roundTrip(client));
    QVERIFY(topology.size() >= 1);

    // Every command had its one callback; the failures are the commands in
    // flight when the link moved.
    QCOMPARE(succeeded + failures.size(), issued);
    for (Error error : std::as_const(failures))
        QCOMPARE(error, Error::ConnectionLost);
    QCOMPARE(m_sentinel.role(m_sentinel.nodeIndex(client.serverAddress())), QByteArray("master"));
}

void tst_Sentinel::subscriptionFollowsFailover()
{
    RedisClient subscriber;
    QVERIFY(connectClient(subscriber));
    RedisClient publisher;
    QVERIFY(connectClient(publisher));

    QPointer<RedisSubscription> subscription = subscriber.subscribe("sentinel:ch");
    QVERIFY(subscription);
    QSignalSpy messages(subscription.data(), &RedisSubscription::messageReceived);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    // MONITOR: the third kind of link.
    RedisMonitor *monitor = subscriber.monitor();
    QSignalSpy lines(monitor, &RedisMonitor::lineReceived);
    monitor->start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, Timeout);
    publisher.command({"PUBLISH", "sentinel:ch", "before"});
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, Timeout);

    const QString before = subscriber.serverAddress();
    QVERIFY2(m_sentinel.failover(FailoverTimeout), qPrintable(m_sentinel.errorString()));
    const QString after = m_sentinel.masterAddress();
    QVERIFY(after != before);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.serverAddress(), after, FailoverTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(publisher.serverAddress(), after, FailoverTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, FailoverTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, FailoverTimeout);

    // The subscription is on the new master: a message published there arrives.
    const int newMaster = m_sentinel.nodeIndex(after);
    QTRY_COMPARE_WITH_TIMEOUT(
            m_sentinel.nodeCli(newMaster, {"PUBSUB", "NUMSUB", "sentinel:ch"}).split('\n').value(1).trimmed(),
            QByteArray("1"), Timeout);
    const int count = int(messages.size());
    publisher.command({"PUBLISH", "sentinel:ch", "after"});
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() > count, Timeout);
    QCOMPARE(messages.last().at(1).toByteArray(), QByteArray("after"));
    // The MONITOR link watches the new master too.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lines.cbegin(), lines.cend(),
                                         [](const QList<QVariant> &line) {
                                             return line.at(0).toByteArray().contains("\"after\"");
                                         }),
                             Timeout);
}

void tst_Sentinel::watcherMovesToNextSentinel()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const QString before = client.serverAddress();
    // The watcher listens on the first sentinel: it goes away.
    m_sentinel.killSentinel(0);
    // A forced failover leaves the old master up (and writable for a while):
    // only +switch-master, heard on another sentinel, moves the client.
    QVERIFY2(m_sentinel.failover(FailoverTimeout, false), qPrintable(m_sentinel.errorString()));
    const QString after = m_sentinel.masterAddress();
    QVERIFY(after != before);
    QTRY_COMPARE_WITH_TIMEOUT(client.serverAddress(), after, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connected, Timeout);
    QVERIFY(set(client, "sentinel:watcher", "moved"));
    QVERIFY2(m_sentinel.restartSentinel(0), qPrintable(m_sentinel.errorString()));
}

void tst_Sentinel::masterKilled()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const QString before = client.serverAddress();
    QSignalSpy disconnected(&client, &RedisClient::disconnected);

    const int killed = m_sentinel.killMaster();
    QVERIFY(killed >= 0);
    QVERIFY(disconnected.wait(Timeout));
    // The sentinels notice (1 s), agree, elect and promote a replica; the
    // client keeps asking them meanwhile and hears +switch-master.
    QTRY_VERIFY_WITH_TIMEOUT(!m_sentinel.masterAddress().isEmpty() && m_sentinel.masterAddress() != before,
                             FailoverTimeout);
    const QString after = m_sentinel.masterAddress();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connected, FailoverTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.serverAddress(), after, Timeout);
    QVERIFY(set(client, "sentinel:after-kill", "yes"));
    QCOMPARE(get(client, "sentinel:after-kill"), QByteArray("yes"));
    QCOMPARE(m_sentinel.role(m_sentinel.nodeIndex(after)), QByteArray("master"));

    // Back as a replica of the new master, for whatever runs next.
    QVERIFY2(m_sentinel.restartNode(killed), qPrintable(m_sentinel.errorString()));
    QVERIFY2(m_sentinel.waitUntilStable(FailoverTimeout), qPrintable(m_sentinel.errorString()));
}

QTEST_GUILESS_MAIN(tst_Sentinel)
#include "tst_sentinel.moc"
