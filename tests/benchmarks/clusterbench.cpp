// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "clusterbench.h"

#include "benchreport.h"
#include "benchtypes.h"
#include "qtredisrunner.h"

#include <QtCore/qlist.h>
#include <QtCore/qset.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace Bench {

namespace {

constexpr int KeyCount = 1000;   // {bench}:N and key:N, N = 0..999
constexpr int SeedTimeoutMs = 30000;

QString ratioText(double r)
{
    return r > 0 ? QString::number(r, 'f', 2) : QStringLiteral("-");
}

// One line of the cluster table: an implementation on a key set.
struct Row
{
    QString name;
    int base = -1;              // the row its ratio is taken against (-1: none)
    QtRedisRunner *runner = nullptr;
    QList<QByteArray> keys;     // empty: the single key
    QList<double> opsPerSecond;
    QList<double> byRound;      // 0 when the round failed
    QString error;
};

} // namespace

ClusterBenchOutcome runClusterBench(const ClusterBenchSettings &s)
{
    ClusterBenchOutcome outcome;
    QtRedisRunner standaloneCallback(QtRedisRunner::Mode::Callback);
    QtRedisRunner clusterCallback(QtRedisRunner::Mode::Callback);
    QtRedisRunner standaloneReply(QtRedisRunner::Mode::Reply);
    QtRedisRunner clusterReply(QtRedisRunner::Mode::Reply);

    QString why;
    bool ok = standaloneCallback.connectToServer(s.host, s.port, s.connectTimeoutMs, &why)
            && standaloneReply.connectToServer(s.host, s.port, s.connectTimeoutMs, &why);
    if (!ok) {
        err(QStringLiteral("FAILED cluster section: standalone connect: %1").arg(why));
        outcome.failures = 1;
        return outcome;
    }
    ok = clusterCallback.connectToCluster(s.clusterNodes, s.connectTimeoutMs, &why)
            && clusterReply.connectToCluster(s.clusterNodes, s.connectTimeoutMs, &why);
    if (!ok) {
        err(QStringLiteral("FAILED cluster section: connectToCluster: %1").arg(why));
        outcome.failures = 1;
        return outcome;
    }

    QList<QByteArray> tagged;
    QList<QByteArray> spread;
    QList<QPair<QByteArray, QByteArray>> seed{{s.key, s.value}};
    for (int i = 0; i < KeyCount; ++i) {
        tagged.append(QByteArrayLiteral("{bench}:") + QByteArray::number(i));
        spread.append(QByteArrayLiteral("key:") + QByteArray::number(i));
        seed.append({tagged.last(), s.value});
        seed.append({spread.last(), s.value});
    }
    if (!clusterCallback.setKeys(seed, SeedTimeoutMs, &why)) {
        err(QStringLiteral("FAILED cluster section: seeding the cluster: %1").arg(why));
        outcome.failures = 1;
        return outcome;
    }
    QSet<QString> spreadNodes;
    for (const QByteArray &key : std::as_const(spread))
        spreadNodes.insert(clusterCallback.nodeForKey(key));
    out(QStringLiteral("cluster: %1 masters at %2 (no replicas; one connection per node and client); "
                       "key %3 on %4, {bench}:0..%5 on %6, key:0..%5 on %7 master(s)")
                .arg(s.clusterNodes.size())
                .arg(s.clusterNodes.join(u' '), QString::fromLatin1(s.key), clusterCallback.nodeForKey(s.key))
                .arg(KeyCount - 1)
                .arg(clusterCallback.nodeForKey(tagged.first()))
                .arg(spreadNodes.size()));

    QList<Row> rowTemplate;
    auto addRow = [&](const QString &name, int base, QtRedisRunner *runner, const QList<QByteArray> &keys) {
        Row row;
        row.name = name;
        row.base = base;
        row.runner = runner;
        row.keys = keys;
        row.byRound = QList<double>(s.rounds, 0.0);
        rowTemplate.append(row);
    };
    enum { StandaloneB, ClusterB, TaggedB, SpreadB, StandaloneC, ClusterC };
    addRow(QStringLiteral("(b) callback, standalone, 1 key"), -1, &standaloneCallback, {});
    addRow(QStringLiteral("(b) callback, cluster, 1 key"), StandaloneB, &clusterCallback, {});
    addRow(QStringLiteral("(b) callback, cluster, {bench}:N"), StandaloneB, &clusterCallback, tagged);
    addRow(QStringLiteral("(b) callback, cluster, key:N"), TaggedB, &clusterCallback, spread);
    addRow(QStringLiteral("(c) RedisReply, standalone, 1 key"), -1, &standaloneReply, {});
    addRow(QStringLiteral("(c) RedisReply, cluster, 1 key"), StandaloneC, &clusterReply, {});

    struct Section
    {
        Workload w;
        QList<Row> rows;
    };
    QList<Section> sections;
    auto addWorkload = [&](const QString &id, const QString &what, int ops, int inFlight) {
        if (!s.workloads.contains(id))
            return;
        Section section;
        section.w.id = id;
        section.w.label = QStringLiteral("%1 %2, %3 in flight").arg(id, what).arg(inFlight);
        section.w.key = s.key;
        section.w.expected = s.value;
        section.w.ops = ops / s.scale;
        section.w.inFlight = inFlight;
        section.w.warmupOps = qMax(section.w.ops / 20, 2 * inFlight);
        section.rows = rowTemplate;
        sections.append(section);
    };
    addWorkload(QStringLiteral("W1"), QStringLiteral("GET 64 B"), 200000, 100);
    addWorkload(QStringLiteral("W3"), QStringLiteral("GET 64 B"), 20000, 1);

    for (Section &section : sections) {
        for (int round = 0; round < s.rounds; ++round) {
            // Rotate who goes first, as the main table does.
            for (qsizetype k = 0; k < section.rows.size(); ++k) {
                Row &row = section.rows[(k + round) % section.rows.size()];
                if (!row.error.isEmpty())
                    continue;
                Workload w = section.w;
                w.keys = row.keys;
                for (const bool timed : {false, true}) {
                    const PhaseResult r = row.runner->run(w, timed ? w.ops : w.warmupOps, s.watchdogMs);
                    outcome.verified += r.ops;
                    outcome.mismatches += r.mismatches;
                    for (const QString &sample : r.samples)
                        err(QStringLiteral("MISMATCH cluster %1 %2: %3").arg(w.id, row.name, sample));
                    if (!r.ok) {
                        ++outcome.failures;
                        row.error = QStringLiteral("%1 failed: %2")
                                            .arg(timed ? QStringLiteral("measurement") : QStringLiteral("warm-up"),
                                                 r.error);
                        err(QStringLiteral("FAILED cluster %1 %2: %3").arg(w.id, row.name, row.error));
                        break;
                    }
                    if (timed) {
                        row.opsPerSecond.append(r.opsPerSecond());
                        row.byRound[round] = r.opsPerSecond();
                        err(QStringLiteral("  cluster %1 round %2/%3 %4: %5 ops/s")
                                    .arg(w.id)
                                    .arg(round + 1)
                                    .arg(s.rounds)
                                    .arg(row.name)
                                    .arg(qRound64(r.opsPerSecond())));
                    }
                }
            }
            auto roundRatio = [&](int row) {
                const double base = section.rows[section.rows[row].base].byRound[round];
                const double value = section.rows[row].byRound[round];
                return base > 0 && value > 0 ? value / base : 0.0;
            };
            out(QStringLiteral("cluster %1 round %2/%3: routing overhead cluster/standalone (b) %4, (c) %5; "
                               "{bench}:N/standalone (b) %6; spread/tagged (key:N / {bench}:N) %7")
                        .arg(section.w.id)
                        .arg(round + 1)
                        .arg(s.rounds)
                        .arg(ratioText(roundRatio(ClusterB)), ratioText(roundRatio(ClusterC)),
                             ratioText(roundRatio(TaggedB)), ratioText(roundRatio(SpreadB))));
        }
    }

    // The table: "ratio" divides this row's median by its base row's median
    // ("to"); "paired" is the median over rounds of the per-round ratio.
    qsizetype labelWidth = 8;
    qsizetype nameWidth = 14;
    for (const Section &section : std::as_const(sections)) {
        labelWidth = qMax(labelWidth, section.w.label.size());
        for (const Row &row : section.rows)
            nameWidth = qMax(nameWidth, row.name.size());
    }
    out(QString());
    out(QStringLiteral("%1   %2   %3   %4   %5   %6   %7")
                .arg(QStringLiteral("workload"), -int(labelWidth))
                .arg(QStringLiteral("cluster vs standalone"), -int(nameWidth))
                .arg(QStringLiteral("median ops/s"), 16)
                .arg(QStringLiteral("ratio"), 6)
                .arg(QStringLiteral("paired"), 6)
                .arg(QStringLiteral("to"), -int(nameWidth))
                .arg(QStringLiteral("min..max ops/s over %1 round(s)").arg(s.rounds)));
    QStringList summary;
    for (const Section &section : std::as_const(sections)) {
        QList<double> medianRatio(section.rows.size(), 0.0);
        QList<double> pairedRatio(section.rows.size(), 0.0);
        for (qsizetype i = 0; i < section.rows.size(); ++i) {
            const Row &row = section.rows[i];
            QString line = QStringLiteral("%1   %2   ").arg(section.w.label, -int(labelWidth)).arg(row.name, -int(nameWidth));
            if (!row.error.isEmpty() || row.opsPerSecond.isEmpty()) {
                out(line + QStringLiteral("FAILED: %1").arg(row.error));
                continue;
            }
            const double m = median(row.opsPerSecond);
            QString to;
            if (row.base >= 0) {
                const Row &base = section.rows[row.base];
                to = base.name;
                if (base.error.isEmpty() && !base.opsPerSecond.isEmpty()) {
                    medianRatio[i] = m / median(base.opsPerSecond);
                    QList<double> perRound;
                    for (int r = 0; r < s.rounds; ++r) {
                        if (row.byRound[r] > 0 && base.byRound[r] > 0)
                            perRound.append(row.byRound[r] / base.byRound[r]);
                    }
                    pairedRatio[i] = median(perRound);
                }
            }
            const auto [lo, hi] = std::minmax_element(row.opsPerSecond.cbegin(), row.opsPerSecond.cend());
            out(line + QStringLiteral("%1 ops/s   %2   %3   %4   %5..%6")
                               .arg(qRound64(m), 10)
                               .arg(row.base >= 0 ? ratioText(medianRatio[i]) : QString(), 6)
                               .arg(row.base >= 0 ? ratioText(pairedRatio[i]) : QString(), 6)
                               .arg(to, -int(nameWidth))
                               .arg(qRound64(*lo))
                               .arg(qRound64(*hi)));
        }
        summary.append(QStringLiteral("%1 routing overhead (b) %2 (paired %3), (c) %4 (paired %5), "
                                      "spread/tagged %6 (paired %7)")
                               .arg(section.w.id, ratioText(medianRatio[ClusterB]), ratioText(pairedRatio[ClusterB]),
                                    ratioText(medianRatio[ClusterC]), ratioText(pairedRatio[ClusterC]),
                                    ratioText(medianRatio[SpreadB]), ratioText(pairedRatio[SpreadB])));
    }
    outcome.summary = QStringLiteral("cluster: ") + summary.join(QStringLiteral("; "));
    return outcome;
}

} // namespace Bench
