// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// The cluster soak. Two threads:
//  - the chaos thread owns the six redis-servers (RedisTestServer: started,
//    killed and restarted from that thread, whose lifetime the servers' death
//    signal follows). It creates the cluster, then until told to stop waits
//    chaosEverySeconds and runs the next step, alternately
//      kill:    SIGKILL a random master, wait until a replica took over its
//               slots (cluster_state:ok), restart it on its port with its
//               nodes.conf (it rejoins as a replica), wait until stable;
//      reshard: redis-cli --cluster reshard 1000 slots from the master with
//               the most slots to the one with the fewest, wait until stable;
//      migrate: the slot of the {soak} keys to another master by hand
//               (SETSLOT, MIGRATE 10 keys every 100 ms, SETSLOT NODE).
//  - the main thread runs the client: `inFlight` commands outstanding, each
//    callback checked (its reply's shape and, for values, that it belongs to
//    the key asked for) and counted once; INCR counters are checked at the
//    end: succeeded <= value <= succeeded + failed with ConnectionLost.
#include "clustersoak.h"

#include <redisclient.h>
#include <redistestserver.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMap>
#include <QtCore/QMetaEnum>
#include <QtCore/QMutex>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSemaphore>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>

#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int Nodes = 6;
constexpr int SpreadKeys = 200;
constexpr int Counters = 50;   // per kind (spread, tagged)
constexpr int StableTimeoutMs = 60000;
constexpr int ReshardSlots = 1000;
constexpr int MigrateBatch = 10;        // keys per MIGRATE of the {soak} slot
constexpr int MigratePauseMs = 100;     // between two batches: ASK and TRYAGAIN meanwhile

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

struct NodeInfo
{
    QByteArray id;
    quint16 port = 0;
    QByteArray flags;
    QByteArray masterId;
    QByteArray linkState;
    int slotCount = 0;
    QList<QPair<int, int>> ranges;
    bool owns(int slot) const
    {
        for (const auto &r : ranges) {
            if (slot >= r.first && slot <= r.second)
                return true;
        }
        return false;
    }
    bool isMaster() const { return flags.contains("master"); }
    bool failing() const { return flags.contains("fail"); }   // fail or fail?
};

// The cluster bus port is the data port + 10000 by default, which does not
// exist for a data port above 55535: every node gets a free one of its own.
quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

QList<NodeInfo> parseNodes(const QByteArray &text)
{
    QList<NodeInfo> nodes;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() < 8)
            continue;
        NodeInfo n;
        n.id = f[0];
        const QByteArray address = f[1].split('@').first();
        n.port = quint16(address.mid(address.lastIndexOf(':') + 1).toUInt());
        n.flags = f[2];
        n.masterId = f[3];
        n.linkState = f[7];
        for (qsizetype i = 8; i < f.size(); ++i) {
            if (f[i].startsWith('['))
                continue;   // a migrating / importing slot
            const qsizetype dash = f[i].indexOf('-');
            const int first = dash < 0 ? f[i].toInt() : f[i].left(dash).toInt();
            const int last = dash < 0 ? first : f[i].mid(dash + 1).toInt();
            n.ranges.append({first, last});
            n.slotCount += last - first + 1;
        }
        nodes.append(n);
    }
    return nodes;
}

// Owns the servers; everything here runs on the chaos thread.
class Chaos
{
public:
    Chaos(int everySeconds, const QStringList &steps) : m_everySeconds(everySeconds), m_steps(steps) {}

    // Set from the chaos thread, read by the main thread after `ready`.
    QStringList seeds;
    QString setupError;
    QSemaphore ready;        // released once the cluster is up (or failed)
    std::atomic<bool> stop{false};
    QSemaphore quiet;        // released once the chaos loop ended and the cluster is stable
    QSemaphore shutdown;     // acquired before the servers are stopped
    std::atomic<int> kills{0};
    std::atomic<int> reshards{0};
    std::atomic<int> migrations{0};
    std::atomic<int> stepErrors{0};

    void run()
    {
        if (!setUp()) {
            ready.release();
            quiet.release();
            shutdown.acquire();
            return;
        }
        ready.release();
        for (int step = 0; !stop; ++step) {
            if (!sleepUnlessStopped(m_everySeconds * 1000))
                break;
            QString why;
            if (m_steps.isEmpty())
                continue;
            const QString kind = m_steps.at(step % m_steps.size());
            const bool ok = kind == QLatin1String("kill") ? killOne(&why)
                    : kind == QLatin1String("reshard")    ? reshard(&why)
                                                          : migrateTaggedSlot(&why);
            if (!ok) {
                ++stepErrors;
                say(QStringLiteral("chaos: step %1 failed: %2").arg(step).arg(why));
                // Try to bring everything back before going on.
                for (auto &s : m_servers) {
                    if (!s->isRunning() && !s->restart())
                        say(QStringLiteral("chaos: restart failed: %1").arg(s->errorString()));
                }
                cli(QStringLiteral("--cluster"), {QStringLiteral("fix"), anyLiveAddress(), QStringLiteral("--cluster-yes")}, 120000, nullptr);
                waitStable(StableTimeoutMs, &why);
            }
        }
        QString why;
        if (!waitStable(StableTimeoutMs, &why)) {
            ++stepErrors;
            say(QStringLiteral("chaos: not stable at the end: %1").arg(why));
        }
        quiet.release();
        shutdown.acquire();
        for (auto &s : m_servers)
            s->stop();
    }

private:
    bool sleepUnlessStopped(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            if (stop)
                return false;
            QThread::msleep(50);
        }
        return !stop;
    }

    // redis-cli with `first` and then `args`; stdout, null on failure.
    QByteArray cli(const QString &first, const QStringList &args, int timeoutMs, QString *why)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(RedisTestServer::redisCliPath(), QStringList{first} + args);
        if (!p.waitForStarted(5000) || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(1000);
            if (why)
                *why = QStringLiteral("redis-cli %1 %2: did not finish").arg(first, args.join(u' '));
            return QByteArray();
        }
        const QByteArray output = p.readAll();
        if (p.exitCode() != 0) {
            if (why)
                *why = QStringLiteral("redis-cli %1 %2 failed: %3")
                               .arg(first, args.join(u' '), QString::fromLocal8Bit(output.right(400)));
            return QByteArray();
        }
        return output.isNull() ? QByteArray("") : output;
    }

    QString address(const RedisTestServer &s) const
    {
        return QStringLiteral("127.0.0.1:%1").arg(s.port());
    }

    QString anyLiveAddress() const
    {
        for (const auto &s : m_servers) {
            if (s->isRunning())
                return address(*s);
        }
        return QString();
    }

    bool setUp()
    {
        for (int i = 0; i < Nodes; ++i) {
            auto s = std::make_unique<RedisTestServer>();
            if (!s->start({QStringLiteral("--cluster-enabled"), QStringLiteral("yes"),
                           QStringLiteral("--cluster-config-file"), QStringLiteral("nodes.conf"),
                           QStringLiteral("--cluster-node-timeout"), QStringLiteral("1000"),
                           QStringLiteral("--cluster-port"), QString::number(freePort())})) {
                setupError = QStringLiteral("node %1: %2").arg(i + 1).arg(s->errorString());
                return false;
            }
            seeds.append(address(*s));
            m_servers.push_back(std::move(s));
        }
        QString why;
        if (cli(QStringLiteral("--cluster"),
                QStringList{QStringLiteral("create")} + seeds
                        + QStringList{QStringLiteral("--cluster-replicas"), QStringLiteral("1"),
                                      QStringLiteral("--cluster-yes")},
                60000, &why)
                    .isNull()) {
            setupError = why;
            return false;
        }
        if (!waitStable(StableTimeoutMs, &why)) {
            setupError = QStringLiteral("cluster not stable after create: %1").arg(why);
            return false;
        }
        return true;
    }

    // Every running node: cluster_state:ok, sees no failing node, all links
    // connected, 16384 slots, 3 masters; every replica's link to its master up.
    bool stable(QString *why)
    {
        int running = 0;
        for (const auto &s : m_servers) {
            if (!s->isRunning())
                continue;
            ++running;
            const QByteArray info = s->cli({QStringLiteral("CLUSTER"), QStringLiteral("INFO")}, 5000);
            if (!info.contains("cluster_state:ok")) {
                *why = QStringLiteral("%1: not cluster_state:ok").arg(address(*s));
                return false;
            }
            const QList<NodeInfo> nodes = parseNodes(s->cli({QStringLiteral("CLUSTER"), QStringLiteral("NODES")}, 5000));
            int slotTotal = 0;
            int masters = 0;
            for (const NodeInfo &n : nodes) {
                if (n.failing() || n.linkState != "connected") {
                    *why = QStringLiteral("%1 sees %2 (%3, %4)")
                                   .arg(address(*s))
                                   .arg(n.port)
                                   .arg(QString::fromLatin1(n.flags), QString::fromLatin1(n.linkState));
                    return false;
                }
                slotTotal += n.slotCount;
                if (n.isMaster() && n.slotCount > 0)
                    ++masters;
            }
            if (slotTotal != 16384 || masters != 3 || nodes.size() != Nodes) {
                *why = QStringLiteral("%1 sees %2 slots, %3 masters with slots, %4 nodes")
                               .arg(address(*s))
                               .arg(slotTotal)
                               .arg(masters)
                               .arg(nodes.size());
                return false;
            }
            const QByteArray replication = s->cli({QStringLiteral("INFO"), QStringLiteral("replication")}, 5000);
            if (replication.contains("role:slave") && !replication.contains("master_link_status:up")) {
                *why = QStringLiteral("%1: replica link not up").arg(address(*s));
                return false;
            }
        }
        if (running != Nodes) {
            *why = QStringLiteral("%1 of %2 nodes running").arg(running).arg(Nodes);
            return false;
        }
        return true;
    }

    bool waitStable(int timeoutMs, QString *why)
    {
        QElapsedTimer t;
        t.start();
        while (!stable(why)) {
            if (t.elapsed() > timeoutMs)
                return false;
            QThread::msleep(100);
        }
        return true;
    }

    QList<NodeInfo> currentNodes()
    {
        for (const auto &s : m_servers) {
            if (s->isRunning()) {
                const QList<NodeInfo> nodes = parseNodes(s->cli({QStringLiteral("CLUSTER"), QStringLiteral("NODES")}, 5000));
                if (!nodes.isEmpty())
                    return nodes;
            }
        }
        return {};
    }

    RedisTestServer *serverOn(quint16 port)
    {
        for (auto &s : m_servers) {
            if (s->port() == port)
                return s.get();
        }
        return nullptr;
    }

    bool killOne(QString *why)
    {
        QList<NodeInfo> masters;
        for (const NodeInfo &n : currentNodes()) {
            if (n.isMaster() && n.slotCount > 0 && !n.failing())
                masters.append(n);
        }
        if (masters.isEmpty()) {
            *why = QStringLiteral("kill: no master found");
            return false;
        }
        const NodeInfo victim = masters[m_rng.bounded(int(masters.size()))];
        RedisTestServer *server = serverOn(victim.port);
        if (!server) {
            *why = QStringLiteral("kill: no server on port %1").arg(victim.port);
            return false;
        }
        say(QStringLiteral("chaos: SIGKILL master %1 (%2 slots)").arg(victim.port).arg(victim.slotCount));
        server->kill();
        ++kills;
        // Wait until a replica owns its slots and the cluster is ok again.
        QElapsedTimer t;
        t.start();
        for (;;) {
            bool tookOver = false;
            for (const NodeInfo &n : currentNodes()) {
                if (n.id == victim.id)
                    tookOver = n.slotCount == 0;
            }
            bool ok = tookOver;
            for (auto &s : m_servers) {
                if (ok && s->isRunning()
                    && !s->cli({QStringLiteral("CLUSTER"), QStringLiteral("INFO")}, 5000).contains("cluster_state:ok"))
                    ok = false;
            }
            if (ok)
                break;
            if (t.elapsed() > 30000) {
                *why = QStringLiteral("kill: no failover of %1 within 30 s").arg(victim.port);
                return false;
            }
            QThread::msleep(100);
        }
        say(QStringLiteral("chaos: failover of %1 after %2 ms; restarting it").arg(victim.port).arg(t.elapsed()));
        if (!server->restart()) {
            *why = QStringLiteral("kill: restart of %1: %2").arg(victim.port).arg(server->errorString());
            return false;
        }
        if (!waitStable(StableTimeoutMs, why))
            return false;
        say(QStringLiteral("chaos: stable again %1 ms after the kill").arg(t.elapsed()));
        return true;
    }

    bool reshard(QString *why)
    {
        QList<NodeInfo> masters;
        for (const NodeInfo &n : currentNodes()) {
            if (n.isMaster() && !n.failing())
                masters.append(n);
        }
        if (masters.size() < 2) {
            *why = QStringLiteral("reshard: fewer than two masters");
            return false;
        }
        std::sort(masters.begin(), masters.end(), [](const NodeInfo &a, const NodeInfo &b) { return a.slotCount > b.slotCount; });
        const NodeInfo from = masters.first();
        const NodeInfo to = masters.last();
        say(QStringLiteral("chaos: reshard %1 slots %2 (%3 slots) -> %4 (%5 slots)")
                    .arg(ReshardSlots)
                    .arg(from.port)
                    .arg(from.slotCount)
                    .arg(to.port)
                    .arg(to.slotCount));
        QElapsedTimer t;
        t.start();
        if (cli(QStringLiteral("--cluster"),
                {QStringLiteral("reshard"), QStringLiteral("127.0.0.1:%1").arg(from.port),
                 QStringLiteral("--cluster-from"), QString::fromLatin1(from.id),
                 QStringLiteral("--cluster-to"), QString::fromLatin1(to.id),
                 QStringLiteral("--cluster-slots"), QString::number(ReshardSlots),
                 QStringLiteral("--cluster-yes")},
                120000, why)
                    .isNull()) {
            return false;
        }
        ++reshards;
        if (!waitStable(StableTimeoutMs, why))
            return false;
        say(QStringLiteral("chaos: reshard done and stable after %1 ms").arg(t.elapsed()));
        return true;
    }

    // The slot of every {soak}:... key, moved by hand to another master
    // (SETSLOT IMPORTING/MIGRATING, MIGRATE a few keys at a time, SETSLOT
    // NODE), slowly enough that the client meets ASK and TRYAGAIN.
    bool migrateTaggedSlot(QString *why)
    {
        const int slot = RedisClient::keySlot(QByteArrayLiteral("{soak}"));
        QList<NodeInfo> masters;
        NodeInfo source;
        for (const NodeInfo &n : currentNodes()) {
            if (!n.isMaster() || n.failing())
                continue;
            if (n.owns(slot))
                source = n;
            else
                masters.append(n);
        }
        RedisTestServer *from = serverOn(source.port);
        if (source.id.isEmpty() || masters.isEmpty() || !from) {
            *why = QStringLiteral("migrate: no owner of slot %1 or no other master").arg(slot);
            return false;
        }
        const NodeInfo target = masters[m_rng.bounded(int(masters.size()))];
        RedisTestServer *to = serverOn(target.port);
        say(QStringLiteral("chaos: migrate slot %1 ({soak}) %2 -> %3").arg(slot).arg(source.port).arg(target.port));
        QElapsedTimer t;
        t.start();
        const QString slotText = QString::number(slot);
        auto expectOk = [&](RedisTestServer *s, const QStringList &args) {
            const QByteArray answer = s->cli(args, 10000);
            if (!answer.startsWith("OK") && !answer.startsWith("NOKEY")) {
                *why = QStringLiteral("migrate: %1 on %2: %3").arg(args.join(u' ')).arg(s->port()).arg(QString::fromLatin1(answer));
                return false;
            }
            return true;
        };
        if (!expectOk(to, {QStringLiteral("CLUSTER"), QStringLiteral("SETSLOT"), slotText, QStringLiteral("IMPORTING"),
                           QString::fromLatin1(source.id)})
            || !expectOk(from, {QStringLiteral("CLUSTER"), QStringLiteral("SETSLOT"), slotText,
                                QStringLiteral("MIGRATING"), QString::fromLatin1(target.id)}))
            return false;
        int moved = 0;
        for (;;) {
            const QByteArray keys = from->cli({QStringLiteral("CLUSTER"), QStringLiteral("GETKEYSINSLOT"), slotText,
                                               QString::number(MigrateBatch)}, 10000);
            QStringList args{QStringLiteral("MIGRATE"), QStringLiteral("127.0.0.1"), QString::number(target.port),
                             QString(), QStringLiteral("0"), QStringLiteral("5000"), QStringLiteral("KEYS")};
            for (const QByteArray &key : keys.split('\n')) {
                if (!key.trimmed().isEmpty())
                    args.append(QString::fromLatin1(key.trimmed()));
            }
            if (args.size() == 7)
                break;
            if (!expectOk(from, args))
                return false;
            moved += int(args.size()) - 7;
            QThread::msleep(MigratePauseMs);
        }
        // The new owner first, then the old one, then the rest.
        QList<RedisTestServer *> order{to, from};
        for (const NodeInfo &n : std::as_const(masters)) {
            if (n.id != target.id)
                order.append(serverOn(n.port));
        }
        for (RedisTestServer *s : std::as_const(order)) {
            if (s && !expectOk(s, {QStringLiteral("CLUSTER"), QStringLiteral("SETSLOT"), slotText, QStringLiteral("NODE"),
                                   QString::fromLatin1(target.id)}))
                return false;
        }
        ++migrations;
        if (!waitStable(StableTimeoutMs, why))
            return false;
        say(QStringLiteral("chaos: slot %1 moved with %2 keys, stable after %3 ms").arg(slot).arg(moved).arg(t.elapsed()));
        return true;
    }

    const int m_everySeconds;
    const QStringList m_steps;   // of kill, reshard, migrate; run in turn
    std::vector<std::unique_ptr<RedisTestServer>> m_servers;
    QRandomGenerator m_rng{20261203};
};

struct CounterState
{
    quint64 succeeded = 0;
    quint64 connectionLost = 0;
    quint64 otherFailures = 0;
};

} // namespace

int runClusterSoak(const ClusterSoakSettings &settings)
{
    // A refused connect to a killed master is expected here, every few ms;
    // QT_LOGGING_RULES still wins.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("qtredis.connection.warning=false"));
    Chaos chaos(settings.chaosEverySeconds, settings.chaosSteps);
    QThread *chaosThread = QThread::create([&chaos] { chaos.run(); });
    chaosThread->start();
    chaos.ready.acquire();
    auto finishChaos = [&] {
        chaos.stop = true;
        chaos.quiet.acquire();
        chaos.shutdown.release();
        chaosThread->wait();
        delete chaosThread;
    };
    if (!chaos.setupError.isEmpty()) {
        std::fprintf(stderr, "cluster soak: cannot set up the cluster: %s\n", qPrintable(chaos.setupError));
        finishChaos();
        return 2;
    }
    say(QStringLiteral("cluster soak: nodes %1; %2 s, a chaos step (%5) every %3 s, %4 in flight")
                .arg(chaos.seeds.join(u' '))
                .arg(settings.durationSeconds)
                .arg(settings.chaosEverySeconds)
                .arg(settings.inFlight)
                .arg(settings.chaosSteps.join(u',')));

    RedisClient client;
    client.setCommandTimeout(15000);
    client.connectToCluster(chaos.seeds);

    // Keys: spread over the slots, or all in the slot of the hash tag {soak}.
    QList<QByteArray> keys;
    QList<QByteArray> counters;
    for (int i = 0; i < SpreadKeys; ++i) {
        keys.append("soak:k:" + QByteArray::number(i));
        keys.append("{soak}:k:" + QByteArray::number(i));
    }
    for (int i = 0; i < Counters; ++i) {
        counters.append("soak:c:" + QByteArray::number(i));
        counters.append("{soak}:c:" + QByteArray::number(i));
    }
    QHash<QByteArray, CounterState> counterStates;

    quint64 issued = 0, ok = 0, connectionLost = 0, other = 0, mismatches = 0, duplicated = 0, outstanding = 0;
    QMap<QString, quint64> failuresByKind;
    std::vector<quint8> calls;
    QRandomGenerator rng(20261203);
    bool issuing = true;
    QElapsedTimer clock;
    clock.start();

    auto valueFor = [&](const QByteArray &key) {
        return "v:" + key + ':' + QByteArray::number(rng.bounded(1000000));
    };
    // A value read back must be one written for that key (or nil).
    auto belongs = [](const RedisValue &v, const QByteArray &key) {
        return v.isNil() || (v.isString() && v.toByteArray().startsWith("v:" + key + ':'));
    };
    auto noteFailure = [&](const QString &what, const RedisValue &v) {
        const QString kind = v.isClientError()
                ? QString::fromLatin1(QMetaEnum::fromType<QtRedis::Error>().valueToKey(int(v.error())))
                : QStringLiteral("ServerError");
        if (v.isClientError() && v.error() == QtRedis::Error::ConnectionLost) {
            ++connectionLost;
        } else {
            ++other;
            if (failuresByKind.value(kind) < 3)
                say(QStringLiteral("cluster soak: %1 failed: %2 %3").arg(what, kind, v.errorString()));
        }
        ++failuresByKind[kind];
    };

    std::function<void()> issueOne = [&] {
        const quint64 id = issued++;
        calls.push_back(0);
        ++outstanding;
        const int pick = int(rng.bounded(10));
        QList<QByteArray> args;
        std::function<bool(const RedisValue &)> check;   // reply shape and contents
        QByteArray counter;
        if (pick <= 1) {
            const QByteArray key = keys[rng.bounded(int(keys.size()))];
            args = {"SET", key, valueFor(key)};
            check = [](const RedisValue &v) { return v.isStatus() && v.toByteArray() == "OK"; };
        } else if (pick <= 3) {
            const QByteArray key = keys[rng.bounded(int(keys.size()))];
            args = {"GET", key};
            check = [key, belongs](const RedisValue &v) { return belongs(v, key); };
        } else if (pick <= 6) {
            counter = counters[rng.bounded(int(counters.size()))];
            args = {"INCR", counter};
            check = [](const RedisValue &v) { return v.isInteger() && v.toInteger() > 0; };
        } else if (pick <= 8) {
            // Three keys of one kind: spread ones are split per slot, tagged
            // ones go to one node in one piece.
            const int kind = int(rng.bounded(2));
            QList<QByteArray> mget{"MGET"};
            for (int i = 0; i < 3; ++i)
                mget.append(keys[2 * int(rng.bounded(SpreadKeys)) + kind]);
            args = mget;
            check = [mget, belongs](const RedisValue &v) {
                if (!v.isArray() || v.size() != 3)
                    return false;
                for (int i = 0; i < 3; ++i) {
                    if (!belongs(v.at(i), mget[i + 1]))
                        return false;
                }
                return true;
            };
        } else {
            const QByteArray key = keys[rng.bounded(int(keys.size()))];
            args = {"DEL", key};
            check = [](const RedisValue &v) { return v.isInteger() && (v.toInteger() == 0 || v.toInteger() == 1); };
        }
        const QByteArray what = args.first() + ' ' + args.at(1);
        client.command(args, &client, [&, id, counter, check, what](const RedisValue &v) {
            if (++calls[id] > 1) {
                ++duplicated;
                return;
            }
            --outstanding;
            if (v.isError()) {
                noteFailure(QString::fromLatin1(what), v);
                if (!counter.isEmpty()) {
                    if (v.isClientError() && v.error() == QtRedis::Error::ConnectionLost)
                        ++counterStates[counter].connectionLost;
                    else
                        ++counterStates[counter].otherFailures;
                }
            } else if (!check(v)) {
                ++mismatches;
                if (mismatches <= 5)
                    say(QStringLiteral("cluster soak: unexpected reply to %1: type %2 \"%3\"")
                                .arg(QString::fromLatin1(what))
                                .arg(int(v.type()))
                                .arg(QString::fromLatin1(v.isArray() ? QByteArray("[array]") : v.toByteArray().left(60))));
            } else {
                ++ok;
                if (!counter.isEmpty())
                    ++counterStates[counter].succeeded;
            }
            if (issuing)
                issueOne();
        });
    };

    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &client, [&] {
        say(QStringLiteral("cluster soak: t=%1s issued=%2 ok=%3 connection_lost=%4 other=%5 outstanding=%6 "
                           "kills=%7 reshards=%8 migrations=%9")
                    .arg(clock.elapsed() / 1000)
                    .arg(issued)
                    .arg(ok)
                    .arg(connectionLost)
                    .arg(other)
                    .arg(outstanding)
                    .arg(chaos.kills.load())
                    .arg(chaos.reshards.load())
                    .arg(chaos.migrations.load()));
    });
    progress.start(10000);

    QObject::connect(&client, &RedisClient::connected, &client, [&] {
        static bool started = false;
        if (started)
            return;
        started = true;
        for (int i = 0; i < settings.inFlight; ++i)
            issueOne();
    });

    // The end: stop issuing, wait for every callback, stop the chaos and
    // wait for a stable cluster, then read every counter.
    QMap<QByteArray, qint64> finalValues;
    quint64 counterReadFailures = 0;
    QTimer::singleShot(settings.durationSeconds * 1000, &client, [&] {
        issuing = false;
        progress.stop();
        auto *poll = new QTimer(&client);
        QElapsedTimer waited;
        waited.start();
        QObject::connect(poll, &QTimer::timeout, &client, [&, poll, waited] {
            if (outstanding != 0 && waited.elapsed() < 60000)
                return;
            poll->stop();
            chaos.stop = true;
            chaos.quiet.acquire();   // blocks this thread until the chaos step in progress ends
            chaos.quiet.release();
            auto remaining = std::make_shared<int>(int(counters.size()));
            for (const QByteArray &counter : std::as_const(counters)) {
                client.command({"GET", counter}, &client, [&, counter, remaining](const RedisValue &v) {
                    if (v.isNil())
                        finalValues[counter] = 0;
                    else if (v.isString())
                        finalValues[counter] = v.toByteArray().toLongLong();
                    else
                        ++counterReadFailures;
                    if (--*remaining == 0)
                        QCoreApplication::quit();
                });
            }
        });
        poll->start(100);
    });
    QTimer::singleShot((settings.durationSeconds + 300) * 1000, &client, [] {
        say(QStringLiteral("cluster soak: the end did not complete in 300 s"));
        QCoreApplication::quit();
    });

    QCoreApplication::exec();

    quint64 lost = 0;
    for (quint8 n : calls)
        lost += n == 0 ? 1 : 0;
    quint64 countersBad = 0;
    quint64 incrs = 0;
    for (const QByteArray &counter : std::as_const(counters)) {
        const CounterState st = counterStates.value(counter);
        incrs += st.succeeded;
        const qint64 value = finalValues.value(counter, -1);
        // At most once: every INCR that succeeded counted, of those that
        // failed only the ones lost with their connection may have run.
        if (value < qint64(st.succeeded) || value > qint64(st.succeeded + st.connectionLost)) {
            ++countersBad;
            say(QStringLiteral("cluster soak: counter %1 = %2, expected %3 succeeded + at most %4 lost with the connection")
                        .arg(QString::fromLatin1(counter))
                        .arg(value)
                        .arg(st.succeeded)
                        .arg(st.connectionLost));
        }
    }
    QStringList kinds;
    for (auto it = failuresByKind.cbegin(); it != failuresByKind.cend(); ++it)
        kinds << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    finishChaos();
    std::printf("cluster soak: %ds, %d master kills, %d reshards, %d slot migrations, %d chaos step errors: issued=%llu ok=%llu "
                "failed_connection_lost=%llu failed_other=%llu [%s] mismatches=%llu lost=%llu duplicated=%llu "
                "counters=%lld counters_ok=%lld counters_bad=%llu (%llu INCRs succeeded) counter_read_failures=%llu\n",
                settings.durationSeconds, chaos.kills.load(), chaos.reshards.load(), chaos.migrations.load(),
                chaos.stepErrors.load(),
                static_cast<unsigned long long>(issued), static_cast<unsigned long long>(ok),
                static_cast<unsigned long long>(connectionLost), static_cast<unsigned long long>(other),
                qPrintable(kinds.join(u' ')), static_cast<unsigned long long>(mismatches),
                static_cast<unsigned long long>(lost), static_cast<unsigned long long>(duplicated),
                static_cast<long long>(counters.size()), static_cast<long long>(counters.size()) - static_cast<long long>(countersBad),
                static_cast<unsigned long long>(countersBad), static_cast<unsigned long long>(incrs),
                static_cast<unsigned long long>(counterReadFailures));
    std::fflush(stdout);
    const bool pass = lost == 0 && duplicated == 0 && other == 0 && mismatches == 0 && countersBad == 0
            && counterReadFailures == 0 && finalValues.size() == counters.size();
    return pass ? 0 : 1;
}
