// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Redis Cluster through the public API, against a private 6-node cluster
// (RedisTestCluster: 3 masters, 3 replicas) shared by the whole suite:
// discovery, routing by slot, multi-key commands split and reassembled,
// cross-slot refusal, whole-cluster commands, per-node commands, replica
// reads, the keys and value models, transactions and scripts bound to a slot,
// subscriptions, and traffic that keeps flowing across a slot migration, a
// reshard, a manual failover and a killed master; a shard subscription that
// follows its slot across a migration and a failover.
//
// The tests that change the cluster come last, in this order: migration,
// reshard, failover, shard subscription, killed master. Each leaves it ok (init() checks),
// with roles possibly swapped; tests look roles up, never assume them.
#include <QtTest/QtTest>

#include <redisclient.h>
#include <redisconnectionoptions.h>
#include <redishashmodel.h>
#include <rediskeysmodel.h>
#include <redisreply.h>
#include <redisscript.h>
#include <redisstringvalue.h>
#include <redissubscription.h>
#include <redistransaction.h>
#include <redistestcluster.h>
#include <redistestserver.h>
#include <testhelpers.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>

#include <memory>

using QtRedisTest::Timeout;
using Error = QtRedis::Error;

namespace {

// A steady stream of SET-then-GET on a set of keys: one lane per key, each
// lane with one SET and its GET in flight at a time, the next pair issued
// from the GET's callback. Checks every callback runs once and every GET
// returns what its lane wrote.
class Load : public QObject
{
public:
    // strict: every command must succeed and every GET must return the
    // value just written. Otherwise (a master dies, and with it writes it
    // acknowledged but had not replicated yet): failures are recorded by
    // error code and a GET may return any value the lane wrote, or nil.
    Load(RedisClient *client, const QList<QByteArray> &keys, bool strict)
        : m_client(client), m_keys(keys), m_strict(strict), m_lanes(keys.size())
    {
    }

    void start()
    {
        m_running = true;
        for (int lane = 0; lane < m_keys.size(); ++lane)
            issue(lane);
    }
    void stop() { m_running = false; }
    // Starts counting the successful pairs of each lane from 0 again.
    void mark()
    {
        for (Lane &lane : m_lanes)
            lane.sinceMark = 0;
    }

    int inFlight() const { return m_inFlight; }
    qint64 completed() const { return m_completed; }
    bool everyLaneSinceMark(int count) const
    {
        for (const Lane &lane : m_lanes) {
            if (lane.sinceMark < count)
                return false;
        }
        return true;
    }
    const QStringList &problems() const { return m_problems; }
    const QHash<Error, int> &failures() const { return m_failures; }
    int failureCount() const
    {
        int n = 0;
        for (int count : m_failures)
            n += count;
        return n;
    }
    int unexpectedFailures() const { return failureCount() - m_failures.value(Error::ConnectionLost); }
    QString report() const
    {
        QStringList lines = m_problems.mid(0, 10);
        for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
            lines << QStringLiteral("error %1: %2 times").arg(int(it.key())).arg(it.value());
        lines << m_failureSamples.mid(0, 5);
        return lines.join(QLatin1Char('\n'));
    }

private:
    struct Lane
    {
        qint64 written = 0; // values "key:1" .. "key:written" issued
        int sinceMark = 0;
    };

    QByteArray valueOf(int lane, qint64 n) const { return m_keys.at(lane) + ':' + QByteArray::number(n); }

    void fail(const QString &what, const RedisValue &v)
    {
        ++m_failures[v.error()];
        if (m_failureSamples.size() < 20 && (m_strict || v.error() != Error::ConnectionLost))
            m_failureSamples << what + QStringLiteral(": ") + v.errorString();
    }

    void issue(int lane)
    {
        const qint64 n = ++m_lanes[lane].written;
        const QByteArray key = m_keys.at(lane);
        const QByteArray value = valueOf(lane, n);
        auto setCalls = std::make_shared<int>(0);
        auto setOk = std::make_shared<bool>(false);
        auto getCalls = std::make_shared<int>(0);
        m_inFlight += 2;
        m_client->command({"SET", key, value}, this, [=](const RedisValue &v) {
            --m_inFlight;
            if (++*setCalls > 1)
                m_problems << QStringLiteral("SET %1: callback ran twice").arg(QString::fromLatin1(value));
            if (v.isStatus() && v.toByteArray() == "OK")
                *setOk = true;
            else if (v.isError())
                fail(QStringLiteral("SET ") + QString::fromLatin1(value), v);
            else
                m_problems << QStringLiteral("SET %1: %2").arg(QString::fromLatin1(value), v.toCliString());
        });
        m_client->command({"GET", key}, this, [=](const RedisValue &v) {
            --m_inFlight;
            if (++*getCalls > 1)
                m_problems << QStringLiteral("GET %1: callback ran twice").arg(QString::fromLatin1(key));
            if (*setCalls != 1)
                m_problems << QStringLiteral("GET %1: callback before its SET's").arg(QString::fromLatin1(key));
            bool good = false;
            if (v.isError()) {
                fail(QStringLiteral("GET ") + QString::fromLatin1(key), v);
            } else if (m_strict) {
                good = v.isString() && v.toByteArray() == value;
            } else {
                const QByteArray got = v.toByteArray();
                const QByteArray prefix = key + ':';
                good = v.isNil()
                       || (v.isString() && got.startsWith(prefix)
                           && got.mid(prefix.size()).toLongLong() >= 1
                           && got.mid(prefix.size()).toLongLong() <= n);
                good = good && *setOk; // a success only if its SET succeeded too
                if (!v.isNil() && !v.isString())
                    m_problems << QStringLiteral("GET %1: %2").arg(QString::fromLatin1(key), v.toCliString());
            }
            if (!v.isError() && !good && m_strict)
                m_problems << QStringLiteral("GET %1: %2, expected %3")
                                      .arg(QString::fromLatin1(key), v.toCliString(), QString::fromLatin1(value));
            if (good || (m_strict && !v.isError())) {
                ++m_completed;
                ++m_lanes[lane].sinceMark;
            }
            if (!m_running)
                return;
            if (!v.isError() && *setOk)
                issue(lane);
            else if (!m_strict) // paced: no storm of failures while a node is down
                QTimer::singleShot(20, this, [this, lane] {
                    if (m_running)
                        issue(lane);
                });
            // strict: a failed lane stops; the test fails on failureCount().
        });
    }

    RedisClient *m_client;
    QList<QByteArray> m_keys;
    bool m_strict;
    QList<Lane> m_lanes;
    bool m_running = false;
    int m_inFlight = 0;
    qint64 m_completed = 0;
    QStringList m_problems;
    QStringList m_failureSamples;
    QHash<Error, int> m_failures;
};

bool connectCluster(RedisClient &client, const QStringList &seeds)
{
    QSignalSpy connected(&client, &RedisClient::connected);
    client.connectToCluster(seeds);
    if (client.state() != RedisClient::State::Connected && !connected.wait(Timeout))
        return false;
    return client.state() == RedisClient::State::Connected;
}

// Runs one command and waits for its reply (a client error Timeout if none
// came within the suite's bound).
RedisValue run(RedisClient &client, const QList<QByteArray> &args)
{
    QObject context;
    bool done = false;
    RedisValue value;
    client.command(args, &context, [&](const RedisValue &v) {
        value = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, Timeout))
        return RedisValue::fromClientError(Error::Timeout, QStringLiteral("no reply within the test's bound"));
    return value;
}

RedisValue runOnNode(RedisClient &client, const QString &node, const QList<QByteArray> &args)
{
    QObject context;
    bool done = false;
    RedisValue value;
    client.commandOnNode(node, args, &context, [&](const RedisValue &v) {
        value = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, Timeout))
        return RedisValue::fromClientError(Error::Timeout, QStringLiteral("no reply within the test's bound"));
    return value;
}

QByteArray describe(const RedisValue &v)
{
    return v.toCliString().toUtf8();
}

} // namespace

class tst_Cluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void keySlotAgreesWithServer_data();
    void keySlotAgreesWithServer();
    void connects();
    void connectsByUrl();
    void skipsClosedSeed();
    void refusesNonClusterServer();
    void tenThousandKeys();
    void issueOrderPerSlot();
    void hashTags();
    void multiKeyCommandsSplit();
    void crossSlotRefused_data();
    void crossSlotRefused();
    void wholeClusterCommands();
    void commandOnNode();
    void commandOnUnknownNode();
    void replicaReads();
    void keysModel();
    void valueModels();
    void transactionsAndScripts();
    void subscriptions();

    // These change the cluster: keep them last, in this order.
    void migrationUnderLoad();
    void reshardUnderLoad();
    void failoverUnderLoad();
    void shardSubscriptionFollowsSlot();
    void masterKilledUnderLoad();

private:
    // Keys whose slots the master node serves: prefix + n.
    QList<QByteArray> keysOnNode(int node, const QByteArray &prefix, int count);
    bool resetStats();
    qint64 commandCalls(int node, const QByteArray &command);
    // PUBSUB SHARDNUMSUB channel on node (-1 on failure).
    qint64 shardSubscribers(int node, const QByteArray &channel);

    RedisTestCluster m_cluster;
};

void tst_Cluster::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    qInfo("cluster of %d nodes ready in %lld ms", m_cluster.nodeCount(), timer.elapsed());
    QCOMPARE(m_cluster.masters().size(), 3);
    QCOMPARE(m_cluster.replicas().size(), 3);
}

void tst_Cluster::init()
{
    QVERIFY2(m_cluster.waitForClusterOk(), qPrintable(m_cluster.errorString()));
    QVERIFY2(m_cluster.flushAll(), qPrintable(m_cluster.errorString()));
}

QList<QByteArray> tst_Cluster::keysOnNode(int node, const QByteArray &prefix, int count)
{
    QList<QPair<int, int>> ranges;
    for (const RedisTestCluster::NodeInfo &info : m_cluster.clusterNodes(node)) {
        if (info.address == m_cluster.address(node))
            ranges = info.slotRanges;
    }
    QList<QByteArray> keys;
    for (int n = 0; keys.size() < count && n < 1000000; ++n) {
        const QByteArray key = prefix + QByteArray::number(n);
        const int slot = RedisClient::keySlot(key);
        for (const auto &range : ranges) {
            if (slot >= range.first && slot <= range.second) {
                keys.append(key);
                break;
            }
        }
    }
    return keys;
}

bool tst_Cluster::resetStats()
{
    bool ok = true;
    for (int i = 0; i < m_cluster.nodeCount(); ++i) {
        if (m_cluster.isRunning(i))
            ok = m_cluster.query(i, {"CONFIG", "RESETSTAT"}).type == RedisTestCluster::Reply::Status && ok;
    }
    return ok;
}

qint64 tst_Cluster::commandCalls(int node, const QByteArray &command)
{
    return QtRedisTest::commandCallsIn(m_cluster.query(node, {"INFO", "commandstats"}).string, command);
}

qint64 tst_Cluster::shardSubscribers(int node, const QByteArray &channel)
{
    const RedisTestCluster::Reply reply = m_cluster.query(node, {"PUBSUB", "SHARDNUMSUB", channel});
    if (reply.type != RedisTestCluster::Reply::Array || reply.elements.size() != 2)
        return -1;
    return reply.elements.at(1).integer;
}

void tst_Cluster::keySlotAgreesWithServer_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("plain") << QByteArray("foo");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("tag") << QByteArray("{user1}:a");
    QTest::newRow("same tag") << QByteArray("{user1}:b");
    QTest::newRow("empty tag") << QByteArray("{}foo");
    QTest::newRow("first tag only") << QByteArray("a{b}{c}");
    QTest::newRow("empty first tag") << QByteArray("foo{}{bar}");
    QTest::newRow("unclosed") << QByteArray("foo{bar");
    QTest::newRow("binary") << QByteArray("\x00\xff{\x01}", 6);
    QTest::newRow("long") << QByteArray(1000, 'k');
}

void tst_Cluster::keySlotAgreesWithServer()
{
    QFETCH(QByteArray, key);
    const int slot = RedisClient::keySlot(key);
    QVERIFY(slot >= 0 && slot < 16384);
    QCOMPARE(slot, m_cluster.keySlot(key));
}

void tst_Cluster::connects()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    QVERIFY(client.isCluster());
    QCOMPARE(client.state(), RedisClient::State::Connected);

    const QList<RedisClusterNode> nodes = client.clusterNodes();
    QStringList masterAddresses;
    QSet<QString> masterIds;
    int slotTotal = 0;
    for (const RedisClusterNode &node : nodes) {
        if (node.master) {
            masterAddresses << node.address;
            masterIds << node.id;
            slotTotal += node.slotCount();
        }
    }
    QCOMPARE(masterAddresses.size(), 3);
    QCOMPARE(slotTotal, 16384);
    QCOMPARE(nodes.size(), 6);
    for (const RedisClusterNode &node : nodes) {
        if (!node.master)
            QVERIFY2(masterIds.contains(node.masterId), qPrintable(node.address));
    }
    QStringList expectedMasters;
    for (int i : m_cluster.masters())
        expectedMasters << m_cluster.address(i);
    masterAddresses.sort();
    expectedMasters.sort();
    QCOMPARE(masterAddresses, expectedMasters);

    for (const QByteArray &key : {QByteArray("a"), QByteArray("b"), QByteArray("{user1}:x"),
                                 QByteArray("foo:123"), QByteArray("zzz")}) {
        QCOMPARE(client.nodeForKey(key), m_cluster.masterOfSlot(RedisClient::keySlot(key)));
    }
    const RedisValue set = run(client, {"SET", "connects", "1"});
    QCOMPARE(describe(set), QByteArray("OK"));
    QCOMPARE(describe(run(client, {"GET", "connects"})), QByteArray("\"1\""));
}

void tst_Cluster::connectsByUrl()
{
    RedisClient client;
    QSignalSpy connected(&client, &RedisClient::connected);
    const QUrl url(QStringLiteral("redis-cluster://%1?node=%2").arg(m_cluster.address(0), m_cluster.address(1)));
    QVERIFY(client.connectToUrl(url));
    QVERIFY(connected.wait(Timeout));
    QVERIFY(client.isCluster());
    QCOMPARE(client.clusterNodes().size(), 6);
    QCOMPARE(describe(run(client, {"SET", "byurl", "v"})), QByteArray("OK"));
    QCOMPARE(describe(run(client, {"GET", "byurl"})), QByteArray("\"v\""));
}

void tst_Cluster::skipsClosedSeed()
{
    const quint16 closed = QtRedisTest::closedPort();
    QVERIFY(closed != 0);
    RedisClient client;
    QVERIFY(connectCluster(client, {QStringLiteral("127.0.0.1:%1").arg(closed), m_cluster.address(2)}));
    QCOMPARE(client.clusterNodes().size(), 6);
    QCOMPARE(describe(run(client, {"SET", "seed", "v"})), QByteArray("OK"));
}

void tst_Cluster::refusesNonClusterServer()
{
    RedisTestServer plain;
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    RedisClient client;
    client.setAutoReconnect(false);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    client.connectToCluster({QStringLiteral("127.0.0.1:%1").arg(plain.port())});
    QTRY_COMPARE_WITH_TIMEOUT(client.error(), Error::ClusterRoutingFailed, Timeout);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.last().at(0).value<QtRedis::Error>(), Error::ClusterRoutingFailed);
    QVERIFY(!client.errorString().isEmpty());
    QVERIFY(client.state() != RedisClient::State::Connected);
    // No hang: a command fails at once instead of waiting for a slot map.
    const RedisValue v = run(client, {"GET", "k"});
    QVERIFY2(v.isError() && v.error() != Error::Timeout, describe(v).constData());
}

void tst_Cluster::tenThousandKeys()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    constexpr int Count = 10000;
    QList<int> setCalls(Count, 0), getCalls(Count, 0);
    QStringList problems;
    int sets = 0, gets = 0;
    QSet<int> usedSlots;
    for (int i = 0; i < Count; ++i) {
        const QByteArray key = "key:" + QByteArray::number(i);
        usedSlots.insert(RedisClient::keySlot(key));
        client.command({"SET", key, "value:" + QByteArray::number(i)}, &client, [&, i](const RedisValue &v) {
            ++setCalls[i];
            ++sets;
            if (!v.isStatus() && problems.size() < 10)
                problems << QStringLiteral("SET %1: %2").arg(i).arg(v.toCliString());
        });
    }
    QVERIFY(usedSlots.size() > 5000);
    QTRY_COMPARE_WITH_TIMEOUT(sets, Count, 4 * Timeout);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_cluster.totalKeys(), qint64(Count));
    for (int i = 0; i < Count; ++i) {
        const QByteArray key = "key:" + QByteArray::number(i);
        client.command({"GET", key}, &client, [&, i](const RedisValue &v) {
            ++getCalls[i];
            ++gets;
            if (v.toByteArray() != "value:" + QByteArray::number(i) && problems.size() < 10)
                problems << QStringLiteral("GET %1: %2").arg(i).arg(v.toCliString());
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(gets, Count, 4 * Timeout);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(QtRedisTest::roundTrip(client)); // nothing runs late
    QCOMPARE(setCalls, QList<int>(Count, 1));
    QCOMPARE(getCalls, QList<int>(Count, 1));
}

void tst_Cluster::issueOrderPerSlot()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    constexpr int Count = 1000;
    QList<qint64> counterValues; // the replies of INCR {order}:n, in callback order
    QList<int> sameSlotOrder;    // the issue index of each such callback, in callback order
    int done = 0;
    for (int i = 0; i < Count; ++i) {
        // Same slot, two keys, interleaved with keys of other slots.
        const QByteArray key = i % 3 == 0 ? QByteArray("{order}:n") : QByteArray("{order}:m");
        client.command({"INCR", key}, &client, [&, i, key](const RedisValue &v) {
            ++done;
            sameSlotOrder << i;
            if (key == "{order}:n")
                counterValues << v.toInteger();
        });
        client.command({"INCR", "elsewhere:" + QByteArray::number(i)}, &client,
                       [&](const RedisValue &) { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 2 * Count, 2 * Timeout);
    QCOMPARE(sameSlotOrder.size(), Count);
    for (int k = 1; k < sameSlotOrder.size(); ++k)
        QVERIFY2(sameSlotOrder.at(k - 1) < sameSlotOrder.at(k), qPrintable(QString::number(k)));
    QCOMPARE(counterValues.size(), (Count + 2) / 3);
    for (int k = 0; k < counterValues.size(); ++k)
        QCOMPARE(counterValues.at(k), qint64(k + 1));
}

void tst_Cluster::hashTags()
{
    QCOMPARE(RedisClient::keySlot("{user1}:a"), RedisClient::keySlot("{user1}:b"));
    QCOMPARE(m_cluster.keySlot("{user1}:a"), RedisClient::keySlot("{user1}:a"));
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    QCOMPARE(client.nodeForKey("{user1}:a"), client.nodeForKey("{user1}:b"));

    // One pipeline, no waiting in between, no MULTI.
    QList<RedisValue> replies(5);
    int done = 0;
    const QList<QList<QByteArray>> commands{
        {"SET", "{user1}:a", "1"},
        {"SET", "{user1}:b", "2"},
        {"MGET", "{user1}:a", "{user1}:b"},
        {"RENAME", "{user1}:a", "{user1}:c"},            // multi-key, one slot: allowed
        {"SUNIONSTORE", "{user1}:s", "{user1}:none1", "{user1}:none2"},
    };
    for (int i = 0; i < commands.size(); ++i) {
        client.command(commands.at(i), &client, [&, i](const RedisValue &v) {
            replies[i] = v;
            ++done;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, int(commands.size()), Timeout);
    QCOMPARE(describe(replies.at(0)), QByteArray("OK"));
    QCOMPARE(describe(replies.at(1)), QByteArray("OK"));
    QCOMPARE(replies.at(2), RedisValue::fromArray({RedisValue::fromString("1"), RedisValue::fromString("2")}));
    QCOMPARE(describe(replies.at(3)), QByteArray("OK"));
    QCOMPARE(replies.at(4), RedisValue::fromInteger(0));
    QCOMPARE(describe(run(client, {"GET", "{user1}:c"})), QByteArray("\"1\""));
    QCOMPARE(run(client, {"EXISTS", "{user1}:a"}), RedisValue::fromInteger(0));
}

void tst_Cluster::multiKeyCommandsSplit()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    QList<QByteArray> keys;
    QSet<QString> nodes;
    for (int i = 0; i < 30; ++i) {
        keys << "m:" + QByteArray::number(i);
        nodes << m_cluster.masterOfSlot(RedisClient::keySlot(keys.last()));
    }
    QCOMPARE(nodes.size(), 3); // spread over every master

    QList<QByteArray> mset{"MSET"};
    for (const QByteArray &key : keys)
        mset << key << "v" + key;
    QCOMPARE(describe(run(client, mset)), QByteArray("OK"));
    QCOMPARE(m_cluster.totalKeys(), qint64(keys.size()));

    // MGET: values in the order of its keys, nil for the missing one.
    QList<QByteArray> mget{"MGET"};
    QList<RedisValue> expected;
    for (int i = 0; i < keys.size(); ++i) {
        if (i == 7) {
            mget << "m:missing";
            expected << RedisValue();
        }
        mget << keys.at(i);
        expected << RedisValue::fromString("v" + keys.at(i));
    }
    QCOMPARE(run(client, mget), RedisValue::fromArray(expected));

    // EXISTS counts a key as often as it is named.
    QCOMPARE(run(client, {"EXISTS", keys.at(0), keys.at(1), keys.at(0), "m:missing", keys.at(2)}),
             RedisValue::fromInteger(4));
    QList<QByteArray> touch{"TOUCH"};
    touch << keys << "m:missing";
    QCOMPARE(run(client, touch), RedisValue::fromInteger(keys.size()));

    QList<QByteArray> del{"DEL"};
    del << keys.mid(0, 10) << "m:missing";
    QCOMPARE(run(client, del), RedisValue::fromInteger(10));
    QList<QByteArray> unlink{"UNLINK"};
    unlink << keys.mid(5, 15); // 5 of them already gone
    QCOMPARE(run(client, unlink), RedisValue::fromInteger(10));
    QList<QByteArray> exists{"EXISTS"};
    exists << keys;
    QCOMPARE(run(client, exists), RedisValue::fromInteger(10));
    QCOMPARE(m_cluster.totalKeys(), qint64(10));
}

void tst_Cluster::crossSlotRefused_data()
{
    QTest::addColumn<QList<QByteArray>>("command");
    QTest::addColumn<QByteArray>("statName");
    // a, b and c are in three different slots.
    QTest::newRow("SUNIONSTORE") << QList<QByteArray>{"SUNIONSTORE", "c", "a", "b"} << QByteArray("sunionstore");
    QTest::newRow("RENAME") << QList<QByteArray>{"RENAME", "a", "b"} << QByteArray("rename");
    QTest::newRow("SMOVE") << QList<QByteArray>{"SMOVE", "a", "b", "x"} << QByteArray("smove");
    QTest::newRow("SDIFF") << QList<QByteArray>{"SDIFF", "a", "b"} << QByteArray("sdiff");
}

void tst_Cluster::crossSlotRefused()
{
    QFETCH(QList<QByteArray>, command);
    QFETCH(QByteArray, statName);
    QVERIFY(RedisClient::keySlot("a") != RedisClient::keySlot("b"));
    QVERIFY(RedisClient::keySlot("a") != RedisClient::keySlot("c"));
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    QCOMPARE(run(client, {"SADD", "a", "x"}), RedisValue::fromInteger(1));
    QCOMPARE(run(client, {"SADD", "b", "y"}), RedisValue::fromInteger(1));
    QVERIFY(resetStats());

    const RedisValue v = run(client, command);
    QVERIFY2(v.isError(), describe(v).constData());
    QCOMPARE(v.error(), Error::CrossSlot);
    QVERIFY(!v.errorString().isEmpty());
    // Nothing was sent: no node ran it, the data is as it was.
    for (int i = 0; i < m_cluster.nodeCount(); ++i)
        QCOMPARE(commandCalls(i, statName), 0);
    QCOMPARE(run(client, {"SMEMBERS", "a"}), RedisValue::fromArray({RedisValue::fromString("x")}));
    QCOMPARE(run(client, {"SMEMBERS", "b"}), RedisValue::fromArray({RedisValue::fromString("y")}));
    QCOMPARE(run(client, {"EXISTS", "c"}), RedisValue::fromInteger(0));
}

void tst_Cluster::wholeClusterCommands()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    constexpr int Count = 600;
    int done = 0;
    for (int i = 0; i < Count; ++i)
        client.command({"SET", "w:" + QByteArray::number(i), "v"}, &client, [&](const RedisValue &) { ++done; });
    QTRY_COMPARE_WITH_TIMEOUT(done, Count, Timeout);
    QCOMPARE(m_cluster.totalKeys(), qint64(Count));
    for (int i : m_cluster.masters())
        QVERIFY(m_cluster.query(i, {"DBSIZE"}).integer > 0); // the sum below is over several

    QCOMPARE(run(client, {"DBSIZE"}), RedisValue::fromInteger(Count));

    // SCAN to cursor "0": every key exactly once.
    QHash<QByteArray, int> seen;
    QByteArray cursor = "0";
    int rounds = 0;
    do {
        const RedisValue v = run(client, {"SCAN", cursor, "COUNT", "50"});
        QVERIFY2(v.isArray() && v.size() == 2, describe(v).constData());
        cursor = v.at(0).toByteArray();
        for (const RedisValue &key : v.at(1).toArray())
            ++seen[key.toByteArray()];
        QVERIFY2(++rounds < 1000, "SCAN does not end");
    } while (cursor != "0");
    QCOMPARE(seen.size(), Count);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, it.key().constData());
    QVERIFY(seen.contains("w:0") && seen.contains("w:599"));

    const RedisValue keys = run(client, {"KEYS", "*"});
    QVERIFY2(keys.isArray(), describe(keys).constData());
    QSet<QByteArray> listed;
    for (const RedisValue &key : keys.toArray())
        listed << key.toByteArray();
    QCOMPARE(keys.size(), qsizetype(Count));
    QCOMPARE(listed.size(), Count);

    QCOMPARE(describe(run(client, {"FLUSHALL"})), QByteArray("OK"));
    for (int i : m_cluster.masters())
        QCOMPARE(m_cluster.query(i, {"DBSIZE"}).integer, 0);
    QCOMPARE(run(client, {"DBSIZE"}), RedisValue::fromInteger(0));
}

void tst_Cluster::commandOnNode()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    const QList<RedisClusterNode> nodes = client.clusterNodes();
    QCOMPARE(nodes.size(), 6);
    for (const RedisClusterNode &node : nodes) {
        const int index = m_cluster.indexOfAddress(node.address);
        QVERIFY2(index >= 0, qPrintable(node.address));
        const RedisValue v = runOnNode(client, node.address, {"INFO", "server"});
        QVERIFY2(v.isString(), describe(v).constData());
        QVERIFY2(v.toByteArray().contains("tcp_port:" + QByteArray::number(m_cluster.port(index))),
                 qPrintable(node.address));
        // The QObject form too.
        RedisReply *reply = client.commandOnNode(node.address, {"CLUSTER", "MYID"});
        QVERIFY(reply);
        QSignalSpy finished(reply, &RedisReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(Timeout));
        QCOMPARE(reply->value().toByteArray(), m_cluster.nodeId(index));
    }
}

void tst_Cluster::commandOnUnknownNode()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    const RedisValue v = runOnNode(client, QStringLiteral("127.0.0.1:1"), {"PING"});
    QVERIFY2(v.isError(), describe(v).constData());
    QCOMPARE(v.error(), Error::InvalidArgument);
}

void tst_Cluster::replicaReads()
{
    RedisClient client;
    RedisConnectionOptions options = client.options();
    options.setReadFromReplicas(true);
    client.setOptions(options);
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));

    // Written on the masters, and WAIT until a replica has each.
    QList<QByteArray> keys;
    for (int i = 0; i < 30; ++i) {
        const QByteArray key = "rr:" + QByteArray::number(i);
        keys << key;
        const int master = m_cluster.masterIndexOfSlot(RedisClient::keySlot(key));
        QVERIFY(master >= 0);
        const auto replies = m_cluster.pipeline(master, {{"SET", key, "r" + key}, {"WAIT", "1", "5000"}});
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(1).integer, 1);
    }
    QVERIFY(resetStats());
    for (const QByteArray &key : keys)
        QCOMPARE(run(client, {"GET", key}), RedisValue::fromString("r" + key));
    qint64 onReplicas = 0;
    for (int i : m_cluster.replicas())
        onReplicas += commandCalls(i, "get");
    QVERIFY2(onReplicas > 0, "no GET reached a replica");
    // Writes still go to the masters.
    QCOMPARE(describe(run(client, {"SET", "rr:w", "x"})), QByteArray("OK"));
}

void tst_Cluster::keysModel()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    QSet<QByteArray> written;
    int done = 0;
    for (int i = 0; i < 400; ++i) {
        const QByteArray key = (i % 2 ? "km:a:" : "km:b:") + QByteArray::number(i);
        written << key;
        client.command({"SET", key, "v"}, &client, [&](const RedisValue &) { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 400, Timeout);
    QCOMPARE(m_cluster.totalKeys(), qint64(written.size()));

    RedisKeysModel model;
    model.setClient(&client);
    model.setScanCount(50);
    QSignalSpy errors(&model, &RedisKeysModel::errorOccurred);
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), Timeout);
    QCOMPARE(errors.count(), 0);
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), Timeout);
    }
    QSet<QByteArray> listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.keyAt(model.index(row, 0));
    QCOMPARE(model.rowCount(), int(written.size())); // no duplicates
    QCOMPARE(listed, written);
    QCOMPARE(model.loadedCount(), qint64(written.size()));
    QCOMPARE(model.estimatedTotal(), m_cluster.totalKeys());
}

// The value models and RedisStringValue work on a cluster client like on
// one server: each key's commands go to the key's node (keys on every
// master here), loading with its paged scans and editing alike.
void tst_Cluster::valueModels()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    for (int node : m_cluster.masters()) {
        const QByteArray hashKey = keysOnNode(node, "vm:h:", 1).value(0);
        const QByteArray stringKey = keysOnNode(node, "vm:s:", 1).value(0);
        QVERIFY(!hashKey.isEmpty() && !stringKey.isEmpty());
        QList<QByteArray> hset{"HSET", hashKey};
        for (int i = 0; i < 250; ++i)
            hset << "f" + QByteArray::number(i) << QByteArray::number(i);
        QCOMPARE(run(client, hset).toInteger(), 250);
        QCOMPARE(describe(run(client, {"SET", stringKey, QByteArray("v\0\xff", 3)})), QByteArray("OK"));

        RedisHashModel hash;
        hash.setPageSize(100); // three HSCAN pages
        hash.setClient(&client);
        hash.setKey(hashKey);
        QTRY_VERIFY_WITH_TIMEOUT(!hash.isLoading(), Timeout);
        while (hash.canFetchMore(QModelIndex())) {
            hash.fetchMore(QModelIndex());
            QTRY_VERIFY_WITH_TIMEOUT(!hash.isLoading(), Timeout);
        }
        QVERIFY2(hash.errorString().isEmpty(), qPrintable(hash.errorString()));
        QCOMPARE(hash.rowCount(), 250);
        QSignalSpy edited(&hash, &RedisValueModel::editFinished);
        hash.setField("f7", "seven");
        QVERIFY(edited.wait(Timeout));
        QVERIFY2(edited.at(0).at(0).toBool(), qPrintable(edited.at(0).at(1).toString()));
        QCOMPARE(m_cluster.query(node, {"HGET", hashKey, "f7"}).string, QByteArray("seven"));

        RedisStringValue string;
        string.setClient(&client);
        string.setKey(stringKey);
        QTRY_VERIFY_WITH_TIMEOUT(!string.isLoading() && string.size() >= 0, Timeout);
        QCOMPARE(string.value(), QByteArray("v\0\xff", 3));
        QSignalSpy saved(&string, &RedisStringValue::editFinished);
        string.setValue("new");
        QVERIFY(saved.wait(Timeout));
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
        QCOMPARE(m_cluster.query(node, {"GET", stringKey}).string, QByteArray("new"));
    }
}

// A transaction runs on the node of its keys' slot, WATCH included; keys of
// two slots are refused before anything is sent. A script runs on its
// keys' node (EVAL after SCRIPT FLUSH on every master, then EVALSHA).
void tst_Cluster::transactionsAndScripts()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    const int owner = m_cluster.masterIndexOfSlot(RedisClient::keySlot("{tx}"));
    QVERIFY(owner >= 0);

    RedisTransaction tx(&client);
    QCOMPARE(tx.enqueue({"SET", "{tx}:a", "1"}), 0);
    QCOMPARE(tx.enqueue({"INCR", "{tx}:a"}), 1);
    QCOMPARE(tx.enqueue({"GET", "{tx}:b"}), 2);
    tx.exec();
    QTRY_VERIFY_WITH_TIMEOUT(tx.isFinished(), Timeout);
    QVERIFY2(tx.error() == Error::NoError, qPrintable(tx.errorString()));
    const QList<RedisValue> results = tx.results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(describe(results.at(0)), QByteArray("OK"));
    QCOMPARE(results.at(1).toInteger(), 2);
    QVERIFY(results.at(2).isNil());
    QCOMPARE(m_cluster.query(owner, {"GET", "{tx}:a"}).string, QByteArray("2"));

    // WATCH goes to the same node: a change made there aborts the EXEC.
    RedisTransaction watched(&client);
    watched.watch({"{tx}:a"});
    QCOMPARE(run(client, {"GET", "{tx}:a"}), RedisValue::fromString("2")); // after the WATCH, same link
    QCOMPARE(m_cluster.query(owner, {"SET", "{tx}:a", "changed"}).string, QByteArray("OK"));
    watched.enqueue({"SET", "{tx}:a", "mine"});
    watched.exec();
    QTRY_VERIFY_WITH_TIMEOUT(watched.isFinished(), Timeout);
    QVERIFY(watched.isAborted());
    QCOMPARE(m_cluster.query(owner, {"GET", "{tx}:a"}).string, QByteArray("changed"));

    // Two slots: nothing runs.
    QVERIFY(RedisClient::keySlot("tx:x") != RedisClient::keySlot("tx:y"));
    RedisTransaction cross(&client);
    cross.enqueue({"SET", "tx:x", "1"});
    cross.enqueue({"SET", "tx:y", "1"});
    cross.exec();
    QTRY_VERIFY_WITH_TIMEOUT(cross.isFinished(), Timeout);
    QCOMPARE(cross.error(), Error::CrossSlot);
    QCOMPARE(run(client, {"EXISTS", "tx:x", "tx:y"}).toInteger(), 0);

    const RedisScript script("redis.call('SET', KEYS[1], ARGV[1]) return redis.call('GET', KEYS[2])");
    QCOMPARE(describe(run(client, {"SCRIPT", "FLUSH"})), QByteArray("OK"));
    const int scriptOwner = m_cluster.masterIndexOfSlot(RedisClient::keySlot("{sc}"));
    QVERIFY(scriptOwner >= 0);
    for (const char *round : {"first (EVAL after NOSCRIPT)", "second (EVALSHA)"}) {
        RedisValue value;
        bool done = false;
        QObject context;
        script.run(&client, {"{sc}:a", "{sc}:a"}, {round}, &context, [&](const RedisValue &v) {
            value = v;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, Timeout);
        QCOMPARE(value, RedisValue::fromString(round));
        QCOMPARE(m_cluster.query(scriptOwner, {"GET", "{sc}:a"}).string, QByteArray(round));
    }
    RedisValue crossValue;
    bool crossDone = false;
    QObject context;
    script.run(&client, {"tx:x", "tx:y"}, {"v"}, &context, [&](const RedisValue &v) {
        crossValue = v;
        crossDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(crossDone, Timeout);
    QCOMPARE(crossValue.error(), Error::CrossSlot);
    QCOMPARE(run(client, {"EXISTS", "tx:x"}).toInteger(), 0);
}

// SUBSCRIBE on one node hears PUBLISH on every node (the bus broadcasts);
// SSUBSCRIBE goes to the shard's owner and hears SPUBLISH there.
void tst_Cluster::subscriptions()
{
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    RedisSubscription *plain = client.subscribe("cl:ch");
    RedisSubscription *shard = client.ssubscribe("{cl}:news");
    QList<QByteArray> heard;
    const auto record = [&heard](const QByteArray &channel, const QByteArray &payload, const QByteArray &) {
        heard.append(channel + '=' + payload);
    };
    connect(plain, &RedisSubscription::messageReceived, this, record);
    connect(shard, &RedisSubscription::messageReceived, this, record);
    QTRY_COMPARE_WITH_TIMEOUT(plain->state(), RedisSubscription::State::Subscribed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(shard->state(), RedisSubscription::State::Subscribed, Timeout);
    const int owner = m_cluster.masterIndexOfSlot(RedisClient::keySlot("{cl}:news"));
    QVERIFY(owner >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(shardSubscribers(owner, "{cl}:news"), 1, Timeout);

    QList<QByteArray> expected;
    for (int node : m_cluster.masters()) {
        const QByteArray payload = "from " + m_cluster.address(node).toLatin1();
        m_cluster.query(node, {"PUBLISH", "cl:ch", payload});
        expected.append("cl:ch=" + payload);
    }
    m_cluster.query(owner, {"SPUBLISH", "{cl}:news", "sharded"});
    expected.append("{cl}:news=sharded");
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), expected.size(), Timeout);
    std::sort(heard.begin(), heard.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(heard, expected);
}


void tst_Cluster::migrationUnderLoad()
{
    const QByteArray tag = "{mig}";
    const int slot = RedisClient::keySlot(tag);
    const int from = m_cluster.masterIndexOfSlot(slot);
    QVERIFY(from >= 0);
    const QList<int> masters = m_cluster.masters();
    const int to = masters.at((masters.indexOf(from) + 1) % masters.size());
    QVERIFY(to != from);

    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    QList<QByteArray> keys;
    for (int i = 0; i < 24; ++i)
        keys << tag + ":lane" + QByteArray::number(i);
    Load load(&client, keys, true);
    load.start();
    QTRY_VERIFY_WITH_TIMEOUT(load.completed() >= 100 || load.failureCount() > 0, Timeout);
    QVERIFY2(load.failureCount() == 0 && load.problems().isEmpty(), qPrintable(load.report()));

    QVERIFY(resetStats());
    QVERIFY2(m_cluster.beginMigration(slot, from, to), qPrintable(m_cluster.errorString()));
    // Should the test fail half-way, the slot must not stay open for the
    // tests after it.
    bool finished = false;
    auto closeSlot = qScopeGuard([&] {
        load.stop();
        if (!finished)
            m_cluster.finishMigration(slot, from, to);
    });
    int moved = 0;
    for (int batch = 0; batch < 100; ++batch) {
        const int n = m_cluster.migrateKeys(slot, from, to, 4);
        QVERIFY2(n >= 0, qPrintable(m_cluster.errorString()));
        if (n == 0)
            break;
        moved += n;
        // Traffic between the batches: some keys on each side (ASK).
        const qint64 before = load.completed();
        QTRY_VERIFY_WITH_TIMEOUT(load.completed() >= before + 20 || load.failureCount() > 0, Timeout);
        QVERIFY2(load.failureCount() == 0 && load.problems().isEmpty(), qPrintable(load.report()));
    }
    QVERIFY(moved > 0);
    finished = true;
    QVERIFY2(m_cluster.finishMigration(slot, from, to), qPrintable(m_cluster.errorString()));
    const qint64 before = load.completed();
    QTRY_VERIFY_WITH_TIMEOUT(load.completed() >= before + 200 || load.failureCount() > 0, Timeout); // MOVED from here on
    load.stop();
    QTRY_COMPARE_WITH_TIMEOUT(load.inFlight(), 0, Timeout);

    QVERIFY2(load.problems().isEmpty() && load.failureCount() == 0, qPrintable(load.report()));
    // ASK was followed (the target saw ASKING), and MOVED: the client
    // learnt the new owner.
    QVERIFY(commandCalls(to, "asking") > 0);
    QCOMPARE(m_cluster.masterOfSlot(slot), m_cluster.address(to));
    QTRY_COMPARE_WITH_TIMEOUT(client.nodeForKey(tag), m_cluster.address(to), Timeout);
    QCOMPARE(m_cluster.query(to, {"CLUSTER", "COUNTKEYSINSLOT", QByteArray::number(slot)}).integer,
             qint64(keys.size()));
}

void tst_Cluster::reshardUnderLoad()
{
    const QList<int> masters = m_cluster.masters();
    QCOMPARE(masters.size(), 3);
    const int from = masters.at(0);
    const int to = masters.at(1);
    constexpr int SlotsMoved = 100;
    // redis-cli takes the lowest slots of the source: put the load there.
    QList<int> movedSlots;
    for (const RedisTestCluster::NodeInfo &info : m_cluster.clusterNodes(from)) {
        if (info.address != m_cluster.address(from))
            continue;
        for (const auto &range : info.slotRanges) {
            for (int s = range.first; s <= range.second && movedSlots.size() < SlotsMoved; ++s)
                movedSlots << s;
        }
    }
    QCOMPARE(movedSlots.size(), SlotsMoved);
    std::sort(movedSlots.begin(), movedSlots.end());
    movedSlots = movedSlots.mid(0, SlotsMoved);
    const QSet<int> slotSet(movedSlots.cbegin(), movedSlots.cend());
    QList<QByteArray> keys;
    for (int n = 0; keys.size() < 24 && n < 1000000; ++n) {
        const QByteArray key = "rs:" + QByteArray::number(n);
        if (slotSet.contains(RedisClient::keySlot(key)))
            keys << key;
    }
    QCOMPARE(keys.size(), 24);

    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    // Data in the moving slots besides the lanes' keys, so MIGRATE has work.
    QList<QByteArray> mset{"MSET"};
    for (int n = 0; n < 2000; ++n) {
        const QByteArray key = "rsdata:" + QByteArray::number(n);
        if (slotSet.contains(RedisClient::keySlot(key)))
            mset << key << key;
    }
    QCOMPARE(describe(run(client, mset)), QByteArray("OK"));

    Load load(&client, keys, true);
    load.start();
    QTRY_VERIFY_WITH_TIMEOUT(load.completed() >= 100 || load.failureCount() > 0, Timeout);
    QVERIFY2(load.failureCount() == 0 && load.problems().isEmpty(), qPrintable(load.report()));
    QVERIFY2(m_cluster.reshard(from, to, SlotsMoved),
             qPrintable(m_cluster.errorString() + QLatin1Char('\n') + QString::fromLocal8Bit(m_cluster.lastToolOutput().right(1000))));
    const qint64 before = load.completed();
    QTRY_VERIFY_WITH_TIMEOUT(load.completed() >= before + 200 || load.failureCount() > 0, Timeout);
    load.stop();
    QTRY_COMPARE_WITH_TIMEOUT(load.inFlight(), 0, Timeout);

    QVERIFY2(load.problems().isEmpty() && load.failureCount() == 0, qPrintable(load.report()));
    for (int s : {movedSlots.first(), movedSlots.last()})
        QCOMPARE(m_cluster.masterOfSlot(s), m_cluster.address(to));
    QTRY_COMPARE_WITH_TIMEOUT(client.nodeForKey(keys.first()), m_cluster.address(to), Timeout);
    // The other data came along.
    for (int i = 1; i + 1 < mset.size(); i += 2)
        QCOMPARE(run(client, {"GET", mset.at(i)}), RedisValue::fromString(mset.at(i + 1)));
}

void tst_Cluster::failoverUnderLoad()
{
    const QList<int> masters = m_cluster.masters();
    const int master = masters.first();
    const int replica = m_cluster.replicaOf(master);
    QVERIFY(replica >= 0);

    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    QSignalSpy topology(&client, &RedisClient::topologyChanged);
    QList<QByteArray> keys = keysOnNode(master, "fo:", 16);
    keys << keysOnNode(masters.at(1), "fo:", 4) << keysOnNode(masters.at(2), "fo:", 4);
    QCOMPARE(keys.size(), 24);
    Load load(&client, keys, true);
    load.start();
    QTRY_VERIFY_WITH_TIMEOUT(load.completed() >= 100 || load.failureCount() > 0, Timeout);
    QVERIFY2(load.failureCount() == 0 && load.problems().isEmpty(), qPrintable(load.report()));

    QVERIFY2(m_cluster.failover(replica), qPrintable(m_cluster.errorString()));
    load.mark();
    QTRY_VERIFY_WITH_TIMEOUT(load.everyLaneSinceMark(5) || load.failureCount() > 0, 2 * Timeout);
    load.stop();
    QTRY_COMPARE_WITH_TIMEOUT(load.inFlight(), 0, Timeout);

    QVERIFY2(load.problems().isEmpty() && load.failureCount() == 0, qPrintable(load.report()));
    QTRY_COMPARE_WITH_TIMEOUT(client.nodeForKey(keys.first()), m_cluster.address(replica), Timeout);
    QVERIFY(topology.count() > 0);
    QCOMPARE(describe(run(client, {"SET", keys.first(), "after"})), QByteArray("OK"));
    QCOMPARE(m_cluster.query(replica, {"GET", keys.first()}).string, QByteArray("after"));
}

// A shard subscription follows its slot: to the master it migrates to, then
// to the replica promoted in that master's place.
void tst_Cluster::shardSubscriptionFollowsSlot()
{
    const QByteArray channel = "{shard}:news";
    const int slot = RedisClient::keySlot(channel);
    const int owner = m_cluster.masterIndexOfSlot(slot);
    QVERIFY(owner >= 0);
    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    RedisSubscription *subscription = client.ssubscribe(channel);
    QList<QByteArray> payloads;
    connect(subscription, &RedisSubscription::messageReceived, this,
            [&payloads](const QByteArray &, const QByteArray &payload, const QByteArray &) { payloads.append(payload); });
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(shardSubscribers(owner, channel), 1, Timeout);
    m_cluster.query(owner, {"SPUBLISH", channel, "one"});
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 1, Timeout);

    // The slot moves to another master: the server drops the subscription
    // (SUNSUBSCRIBE), the client subscribes again on the new owner.
    QList<int> others = m_cluster.masters();
    others.removeAll(owner);
    QVERIFY(!others.isEmpty());
    const int target = others.first();
    QVERIFY2(m_cluster.beginMigration(slot, owner, target), qPrintable(m_cluster.errorString()));
    QVERIFY2(m_cluster.finishMigration(slot, owner, target), qPrintable(m_cluster.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(shardSubscribers(target, channel), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    QCOMPARE(shardSubscribers(owner, channel), 0);
    m_cluster.query(target, {"SPUBLISH", channel, "two"});
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 2, Timeout);

    // The new owner's replica takes over: the client follows it.
    const int replica = m_cluster.replicaOf(target);
    QVERIFY(replica >= 0);
    QVERIFY2(m_cluster.failover(replica), qPrintable(m_cluster.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(shardSubscribers(replica, channel), 1, 2 * Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    m_cluster.query(replica, {"SPUBLISH", channel, "three"});
    QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), 3, Timeout);
    QCOMPARE(payloads, (QList<QByteArray>{"one", "two", "three"}));
}


void tst_Cluster::masterKilledUnderLoad()
{
    const QList<int> masters = m_cluster.masters();
    QCOMPARE(masters.size(), 3);
    const int victim = masters.first();
    const int heir = m_cluster.replicaOf(victim);
    QVERIFY(heir >= 0);

    RedisClient client;
    QVERIFY(connectCluster(client, m_cluster.seedNodes()));
    const QList<QByteArray> victimKeys = keysOnNode(victim, "kill:", 12);
    QList<QByteArray> keys = victimKeys;
    keys << keysOnNode(masters.at(1), "kill:", 6) << keysOnNode(masters.at(2), "kill:", 6);
    QCOMPARE(keys.size(), 24);
    Load load(&client, keys, false);
    load.start();
    QTRY_VERIFY_WITH_TIMEOUT(load.completed() >= 100 || load.failureCount() > 0, Timeout);
    QVERIFY2(load.failureCount() == 0 && load.problems().isEmpty(), qPrintable(load.report()));
    QCOMPARE(load.failureCount(), 0);

    m_cluster.killNode(victim);
    auto revive = qScopeGuard([&] {
        load.stop();
        if (!m_cluster.isRunning(victim))
            m_cluster.restartNode(victim);
    });
    load.mark();
    // The client converges on the promoted replica: every lane, those of
    // the dead master's slots included, succeeds again.
    QTRY_VERIFY_WITH_TIMEOUT(load.everyLaneSinceMark(3) || load.unexpectedFailures() > 0, 2 * Timeout);
    load.stop();
    QTRY_COMPARE_WITH_TIMEOUT(load.inFlight(), 0, Timeout);

    QVERIFY2(load.problems().isEmpty(), qPrintable(load.report()));
    // Only what was in flight on the dead link failed, and only as lost.
    const int failed = load.failureCount();
    QVERIFY2(load.unexpectedFailures() == 0, qPrintable(load.report()));
    QVERIFY2(failed <= 2 * int(victimKeys.size()), qPrintable(load.report()));
    QTRY_COMPARE_WITH_TIMEOUT(client.nodeForKey(victimKeys.first()), m_cluster.address(heir), Timeout);

    // Back it comes, as a replica of its heir.
    QVERIFY2(m_cluster.restartNode(victim), qPrintable(m_cluster.errorString()));
    QVERIFY2(m_cluster.waitForClusterOk(), qPrintable(m_cluster.errorString()));
    QVERIFY(m_cluster.replicas().contains(victim));
    QCOMPARE(m_cluster.replicaOf(heir), victim);
    QCOMPARE(describe(run(client, {"SET", victimKeys.first(), "back"})), QByteArray("OK"));
    QCOMPARE(run(client, {"GET", victimKeys.first()}), RedisValue::fromString("back"));
}

QTEST_MAIN(tst_Cluster)
#include "tst_cluster.moc"
