// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// The cluster soak. Two threads:
//  - the chaos thread owns the six-node cluster (the tests' RedisTestCluster:
//    started, killed and restarted from that thread, whose lifetime the
//    servers' death signal follows). It creates it, then until told to stop waits
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
#include <redistestcluster.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMap>
#include <QtCore/QMetaEnum>
#include <QtCore/QMutex>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSemaphore>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

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

// Owns the cluster (the tests' RedisTestCluster: 3 masters, 3 replicas);
// everything here runs on the chaos thread.
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
        if (!m_cluster.start(StableTimeoutMs)) {
            setupError = m_cluster.errorString();
            ready.release();
            quiet.release();
            shutdown.acquire();
            return;
        }
        seeds = m_cluster.seedNodes();
        ready.release();
        for (int step = 0; !stop; ++step) {
            if (!sleepUnlessStopped(m_everySeconds * 1000))
                break;
            if (m_steps.isEmpty())
                continue;
            const QString kind = m_steps.at(step % m_steps.size());
            const bool ok = kind == QLatin1String("kill") ? killOne()
                    : kind == QLatin1String("reshard")    ? reshard()
                                                          : migrateTaggedSlot();
            if (!ok) {
                ++stepErrors;
                say(QStringLiteral("chaos: step %1 failed: %2").arg(step).arg(m_cluster.errorString()));
                // Bring everything back before going on.
                for (int i = 0; i < m_cluster.nodeCount(); ++i) {
                    if (!m_cluster.isRunning(i) && !m_cluster.restartNode(i))
                        say(QStringLiteral("chaos: restart failed: %1").arg(m_cluster.errorString()));
                }
                m_cluster.waitForClusterOk(StableTimeoutMs);
            }
        }
        if (!m_cluster.waitForClusterOk(StableTimeoutMs)) {
            ++stepErrors;
            say(QStringLiteral("chaos: not stable at the end: %1").arg(m_cluster.errorString()));
        }
        quiet.release();
        shutdown.acquire();
        m_cluster.stop();
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

    int slotCount(int node)
    {
        for (const RedisTestCluster::NodeInfo &info : m_cluster.clusterNodes(node)) {
            if (info.address != m_cluster.address(node))
                continue;
            int count = 0;
            for (const auto &range : info.slotRanges)
                count += range.second - range.first + 1;
            return count;
        }
        return 0;
    }

    // SIGKILL a random master, wait until its replica took over (the
    // cluster is ok without it), restart it on its port with its nodes.conf
    // (it rejoins as a replica) and wait until its replication link is up.
    bool killOne()
    {
        const QList<int> masters = m_cluster.masters();
        if (masters.isEmpty())
            return false;
        const int victim = masters.at(m_rng.bounded(int(masters.size())));
        say(QStringLiteral("chaos: SIGKILL master %1 (%2 slots)").arg(m_cluster.address(victim)).arg(slotCount(victim)));
        QElapsedTimer t;
        t.start();
        m_cluster.killNode(victim);
        ++kills;
        if (!m_cluster.waitForClusterOk(StableTimeoutMs))
            return false;
        say(QStringLiteral("chaos: failover of %1 after %2 ms; restarting it").arg(m_cluster.address(victim)).arg(t.elapsed()));
        if (!m_cluster.restartNode(victim) || !m_cluster.waitForClusterOk(StableTimeoutMs))
            return false;
        say(QStringLiteral("chaos: stable again %1 ms after the kill").arg(t.elapsed()));
        return true;
    }

    // redis-cli --cluster reshard: 1000 slots from the master with the most
    // slots to the one with the fewest.
    bool reshard()
    {
        QList<QPair<int, int>> masters; // (slots, node)
        for (int node : m_cluster.masters())
            masters.append({slotCount(node), node});
        if (masters.size() < 2)
            return false;
        std::sort(masters.begin(), masters.end());
        const auto [fromSlots, from] = masters.last();
        const auto [toSlots, to] = masters.first();
        say(QStringLiteral("chaos: reshard %1 slots %2 (%3 slots) -> %4 (%5 slots)")
                    .arg(ReshardSlots)
                    .arg(m_cluster.address(from))
                    .arg(fromSlots)
                    .arg(m_cluster.address(to))
                    .arg(toSlots));
        QElapsedTimer t;
        t.start();
        if (!m_cluster.reshard(from, to, ReshardSlots, 2 * StableTimeoutMs))
            return false;
        ++reshards;
        say(QStringLiteral("chaos: reshard done and stable after %1 ms").arg(t.elapsed()));
        return true;
    }

    // The slot of every {soak}:... key, moved by hand to another master
    // (SETSLOT IMPORTING/MIGRATING, MIGRATE a few keys at a time, SETSLOT
    // NODE), slowly enough that the client meets ASK and TRYAGAIN.
    bool migrateTaggedSlot()
    {
        const int slot = RedisClient::keySlot(QByteArrayLiteral("{soak}"));
        const int from = m_cluster.masterIndexOfSlot(slot);
        QList<int> others = m_cluster.masters();
        others.removeAll(from);
        if (from < 0 || others.isEmpty())
            return false;
        const int to = others.at(m_rng.bounded(int(others.size())));
        say(QStringLiteral("chaos: migrate slot %1 ({soak}) %2 -> %3")
                    .arg(slot)
                    .arg(m_cluster.address(from), m_cluster.address(to)));
        QElapsedTimer t;
        t.start();
        if (!m_cluster.beginMigration(slot, from, to))
            return false;
        int moved = 0;
        for (;;) {
            const int batch = m_cluster.migrateKeys(slot, from, to, MigrateBatch);
            if (batch < 0)
                return false;
            if (batch == 0)
                break;
            moved += batch;
            QThread::msleep(MigratePauseMs);
        }
        if (!m_cluster.finishMigration(slot, from, to, StableTimeoutMs))
            return false;
        ++migrations;
        say(QStringLiteral("chaos: slot %1 moved with %2 keys, stable after %3 ms").arg(slot).arg(moved).arg(t.elapsed()));
        return true;
    }

    const int m_everySeconds;
    const QStringList m_steps;   // of kill, reshard, migrate; run in turn
    RedisTestCluster m_cluster;
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
