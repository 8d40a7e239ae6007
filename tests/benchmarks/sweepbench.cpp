// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "sweepbench.h"

#include "benchprocess.h"
#include "benchreport.h"
#include "benchtypes.h"
#include "hiredisrunner.h"
#include "qtredisrunner.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qfile.h>
#include <QtCore/qlist.h>
#include <QtCore/qprocess.h>
#include <QtCore/qtextstream.h>

#include <algorithm>
#include <functional>

namespace Bench {

namespace {

constexpr int SeedTimeoutMs = 60000;
constexpr int ProbeTimeoutMs = 60000;
constexpr qint64 ProbeSize = 16 * 1024 * 1024;
// redis-benchmark's GET reads this key (no -r: the placeholder stays as is).
const QByteArray BenchmarkKey = QByteArrayLiteral("key:__rand_int__");

// The sweeps' values: makeValue() with a seed of their own.
QByteArray sweepValue(qint64 size)
{
    return makeValue(size, 7);
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 B").arg(bytes);
}

QString rateText(double opsPerSecond)
{
    return opsPerSecond > 0 ? QString::number(qRound64(opsPerSecond)) : QStringLiteral("-");
}

QString ratioText(double r)
{
    return r > 0 ? QString::number(r, 'f', 2) : QStringLiteral("-");
}

// One point of a sweep.
struct Point
{
    QString sweep;      // "size" or "inflight"
    qint64 size = 0;
    int inFlight = 0;
    int ops = 0;
    QList<double> rate[3];     // a, b, r: ops/s per round (0: failed)
};

// Runs redis-benchmark's GET test once: ops commands, one connection
// pipelining inFlight at a time. Returns requests/s, 0 on failure.
double runRedisBenchmark(const QString &program, const QString &host, quint16 port, int inFlight, int ops,
                         QString *error)
{
    QProcess process;
    process.start(program, {QStringLiteral("-h"), host, QStringLiteral("-p"), QString::number(port),
                            QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-P"),
                            QString::number(inFlight), QStringLiteral("-n"), QString::number(ops),
                            QStringLiteral("-t"), QStringLiteral("get"), QStringLiteral("--csv")});
    if (!process.waitForFinished(SeedTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("redis-benchmark failed: %1 %2")
                         .arg(process.errorString(), QString::fromLocal8Bit(process.readAllStandardError()));
        process.kill();
        process.waitForFinished(5000);
        return 0;
    }
    // "test","rps",... then "GET","123456.79",...
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() >= 2 && fields[0] == "\"GET\"") {
            bool ok = false;
            const double rps = QByteArray(fields[1]).replace('"', "").toDouble(&ok);
            if (ok && rps > 0)
                return rps;
        }
    }
    *error = QStringLiteral("redis-benchmark printed no GET rate");
    return 0;
}

// The peak memory one reply of ProbeSize bytes costs implementation impl,
// measured by a child process (a fresh heap). -1 on failure.
qint64 probeMemory(const QString &host, quint16 port, const QByteArray &key, QChar impl, QString *error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--memory-probe"), QString::number(ProbeSize), QStringLiteral("--impl"),
                 QString(impl), QStringLiteral("--host"), host, QStringLiteral("--port"),
                 QString::number(port), QStringLiteral("--probe-key"), QString::fromUtf8(key)});
    if (!child.waitForFinished(ProbeTimeoutMs) || child.exitCode() != 0) {
        *error = QStringLiteral("memory probe (%1) failed: %2").arg(impl).arg(QString::fromLocal8Bit(child.readAllStandardError()).trimmed());
        child.kill();
        child.waitForFinished(5000);
        return -1;
    }
    const QByteArray output = child.readAllStandardOutput().trimmed();
    if (!output.startsWith("peak-rss-growth ")) {
        *error = QStringLiteral("memory probe (%1) printed: %2").arg(impl).arg(QString::fromLocal8Bit(output));
        return -1;
    }
    return output.mid(16).toLongLong();
}

} // namespace

int runMemoryProbe(const QString &host, quint16 port, const QByteArray &key, qint64 size, QChar impl)
{
    Workload w;
    w.key = key;
    w.expected = sweepValue(size);
    w.ops = 1;
    w.inFlight = 1;
    HiredisLibeventRunner hiredis;
    QtRedisRunner client(QtRedisRunner::Mode::Callback);
    QString why;
    const bool connected = impl == u'a' ? hiredis.connectToServer(host.toUtf8(), port, 5000, &why)
                                        : client.connectToServer(host, port, 5000, &why);
    if (!connected) {
        err(QStringLiteral("memory probe: %1").arg(why));
        return 1;
    }
    // Peak resident size from here on (Linux: "5" resets VmHWM to VmRSS).
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (!clearRefs.open(QIODevice::WriteOnly) || clearRefs.write("5") != 1) {
        err(QStringLiteral("memory probe: cannot reset the peak resident size (/proc/self/clear_refs)"));
        return 1;
    }
    clearRefs.close();
    const qint64 before = processStatusBytes("VmRSS");
    const PhaseResult r = impl == u'a' ? hiredis.run(w, 1, ProbeTimeoutMs) : client.run(w, 1, ProbeTimeoutMs);
    const qint64 peak = processStatusBytes("VmHWM");
    if (!r.ok || r.mismatches || r.ops != 1 || before < 0 || peak < 0) {
        err(QStringLiteral("memory probe: GET failed: %1").arg(r.error));
        return 1;
    }
    out(QStringLiteral("peak-rss-growth %1").arg(peak - before));
    return 0;
}

SweepBenchOutcome runSweepBench(const SweepBenchSettings &s)
{
    SweepBenchOutcome outcome;
    const QByteArray hostBytes = s.host.toUtf8();
    HiredisLibeventRunner hiredis;
    QtRedisRunner client(QtRedisRunner::Mode::Callback);
    QString why;
    if (!hiredis.connectToServer(hostBytes, s.port, s.connectTimeoutMs, &why)
        || !client.connectToServer(s.host, s.port, s.connectTimeoutMs, &why)) {
        err(QStringLiteral("FAILED sweep: connect: %1").arg(why));
        outcome.failures = 1;
        return outcome;
    }

    QList<Point> points;
    for (const qint64 size : {16LL, 256LL, 4096LL, 65536LL, 1048576LL, 16777216LL}) {
        Point p;
        p.sweep = QStringLiteral("size");
        p.size = size;
        p.inFlight = 10;
        p.ops = int(qBound<qint64>(qint64(40), qint64(256LL * 1024 * 1024) / size, qint64(100000)));
        points.append(p);
    }
    for (const auto &[inFlight, ops] : {std::pair{1, 20000}, std::pair{10, 100000}, std::pair{100, 200000},
                                        std::pair{1000, 200000}}) {
        Point p;
        p.sweep = QStringLiteral("inflight");
        p.size = 64;
        p.inFlight = inFlight;
        p.ops = ops;
        points.append(p);
    }
    for (Point &p : points)
        p.ops = qMax(p.ops / s.scale, 2 * p.inFlight);

    const bool withBenchmark = !s.redisBenchmark.isEmpty();
    const char *const names[3] = {"(a) hiredis+libevent", "(b) RedisClient callback", "(r) redis-benchmark"};
    QByteArray seeded; // the key of the value seeded last
    for (Point &p : points) {
        const QByteArray key = QByteArrayLiteral("qtredis-bench:sweep:") + QByteArray::number(p.size);
        Workload w;
        w.id = p.sweep;
        w.key = key;
        w.expected = sweepValue(p.size);
        w.ops = p.ops;
        w.inFlight = p.inFlight;
        w.warmupOps = qMax(p.ops / 20, 2 * p.inFlight);
        if (seeded != key) {
            if (!seedKeys(hostBytes, s.port, {{key, w.expected}, {BenchmarkKey, w.expected}}, &why)) {
                err(QStringLiteral("FAILED sweep: seeding %1: %2").arg(sizeText(p.size), why));
                ++outcome.failures;
                return outcome;
            }
            seeded = key;
        }
        const QString label = QStringLiteral("GET %1, %2 in flight").arg(sizeText(p.size)).arg(p.inFlight);
        for (int round = 0; round < s.rounds; ++round) {
            for (int k = 0; k < 3; ++k) {
                const int impl = (k + round) % 3;
                double rate = 0;
                if (impl == 2) {
                    if (!withBenchmark)
                        continue;
                    rate = runRedisBenchmark(s.redisBenchmark, s.host, s.port, p.inFlight, p.ops, &why);
                    if (rate <= 0) {
                        err(QStringLiteral("FAILED %1 %2: %3").arg(label, QLatin1String(names[impl]), why));
                        ++outcome.failures;
                    }
                } else {
                    for (const bool timed : {false, true}) {
                        const int ops = timed ? w.ops : w.warmupOps;
                        const PhaseResult r = impl == 0 ? hiredis.run(w, ops, s.watchdogMs)
                                                        : client.run(w, ops, s.watchdogMs);
                        outcome.verified += r.ops;
                        outcome.mismatches += r.mismatches;
                        for (const QString &sample : r.samples)
                            err(QStringLiteral("MISMATCH %1 %2: %3").arg(label, QLatin1String(names[impl]), sample));
                        if (!r.ok) {
                            err(QStringLiteral("FAILED %1 %2: %3").arg(label, QLatin1String(names[impl]), r.error));
                            ++outcome.failures;
                            break;
                        }
                        if (timed)
                            rate = r.opsPerSecond();
                    }
                }
                p.rate[impl].append(rate);
            }
            const auto at = [&](int impl) { return p.rate[impl].value(round); };
            err(QStringLiteral("  sweep %1 round %2/%3: (a) %4 (b) %5 (r) %6 ops/s; (b)/(a) %7, (b)/(r) %8")
                        .arg(label)
                        .arg(round + 1)
                        .arg(s.rounds)
                        .arg(rateText(at(0)), rateText(at(1)), rateText(at(2)),
                             ratioText(at(0) > 0 ? at(1) / at(0) : 0), ratioText(at(2) > 0 ? at(1) / at(2) : 0)));
        }
    }
    deleteKeys(hostBytes, s.port, {BenchmarkKey});
    for (const Point &p : points)
        deleteKeys(hostBytes, s.port, {QByteArrayLiteral("qtredis-bench:sweep:") + QByteArray::number(p.size)});

    // --- the tables ----------------------------------------------------------
    auto medianOf = [](const QList<double> &rates) {
        QList<double> good;
        for (double r : rates) {
            if (r > 0)
                good.append(r);
        }
        return median(good);
    };
    auto pairedRatio = [](const QList<double> &num, const QList<double> &den) {
        QList<double> ratios;
        for (qsizetype i = 0; i < qMin(num.size(), den.size()); ++i) {
            if (num[i] > 0 && den[i] > 0)
                ratios.append(num[i] / den[i]);
        }
        return median(ratios);
    };
    QStringList csv{QStringLiteral("sweep,bytes,in_flight,ops,a_ops_s,b_ops_s,r_ops_s")};
    QStringList worst;
    for (const QString &sweep : {QStringLiteral("size"), QStringLiteral("inflight")}) {
        out(QString());
        out(sweep == QLatin1String("size")
                    ? QStringLiteral("value-size sweep: GET, 10 in flight; ops/s (MB/s); ratios paired per round")
                    : QStringLiteral("in-flight sweep: GET 64 B; ops/s; ratios paired per round"));
        out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                    .arg(QStringLiteral("value"), -8)
                    .arg(QStringLiteral("in flight"), 9)
                    .arg(QStringLiteral("(a) hiredis+libevent"), 24)
                    .arg(QStringLiteral("(b) RedisClient"), 24)
                    .arg(QStringLiteral("(r) redis-benchmark"), 24)
                    .arg(QStringLiteral("(b)/(a)"), 8)
                    .arg(QStringLiteral("(b)/(r)"), 8)
                    .arg(QStringLiteral("ns/byte (b)"), 11));
        for (const Point &p : points) {
            if (p.sweep != sweep)
                continue;
            const double a = medianOf(p.rate[0]), b = medianOf(p.rate[1]), r = medianOf(p.rate[2]);
            auto cellText = [&](double rate) {
                if (rate <= 0)
                    return QStringLiteral("-");
                return QStringLiteral("%1 (%2)").arg(rateText(rate)).arg(rate * double(p.size) / 1e6, 0, 'f', 1);
            };
            const double ba = pairedRatio(p.rate[1], p.rate[0]);
            const double br = pairedRatio(p.rate[1], p.rate[2]);
            out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                        .arg(sizeText(p.size), -8)
                        .arg(p.inFlight, 9)
                        .arg(cellText(a), 24)
                        .arg(cellText(b), 24)
                        .arg(cellText(r), 24)
                        .arg(ratioText(ba), 8)
                        .arg(ratioText(br), 8)
                        .arg(b > 0 ? QString::number(1e9 / (b * double(p.size)), 'f', 3) : QStringLiteral("-"), 11));
            csv.append(QStringLiteral("%1,%2,%3,%4,%5,%6,%7")
                               .arg(p.sweep)
                               .arg(p.size)
                               .arg(p.inFlight)
                               .arg(p.ops)
                               .arg(a, 0, 'f', 1)
                               .arg(b, 0, 'f', 1)
                               .arg(r, 0, 'f', 1));
            if (ba > 0)
                worst.append(QStringLiteral("%1/%2 %3").arg(sizeText(p.size)).arg(p.inFlight).arg(ratioText(ba)));
        }
    }

    // --- peak memory of one 16 MiB reply -------------------------------------
    const QByteArray probeKey = QByteArrayLiteral("qtredis-bench:sweep:probe");
    const QByteArray probeValue = sweepValue(ProbeSize);
    QString memoryLine;
    if (seedKeys(hostBytes, s.port, {{probeKey, probeValue}}, &why)) {
        QStringList parts;
        for (const QChar impl : {u'a', u'b'}) {
            const qint64 growth = probeMemory(s.host, s.port, probeKey, impl, &why);
            if (growth < 0) {
                err(QStringLiteral("FAILED %1").arg(why));
                ++outcome.failures;
                continue;
            }
            parts.append(QStringLiteral("%1 %2 MiB (%3x the value)")
                                 .arg(QLatin1String(names[impl == u'a' ? 0 : 1]))
                                 .arg(double(growth) / (1024.0 * 1024.0), 0, 'f', 1)
                                 .arg(double(growth) / double(ProbeSize), 0, 'f', 2));
        }
        memoryLine = QStringLiteral("peak client memory for one 16 MiB GET reply (resident size growth): %1")
                             .arg(parts.join(QStringLiteral("; ")));
        out(QString());
        out(memoryLine);
        deleteKeys(hostBytes, s.port, {probeKey});
    } else {
        err(QStringLiteral("FAILED memory probe: seeding: %1").arg(why));
        ++outcome.failures;
    }

    if (!s.csvFile.isEmpty()) {
        QFile f(s.csvFile);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            f.write(csv.join(u'\n').toUtf8() + '\n');
            out(QStringLiteral("sweep medians written to %1").arg(s.csvFile));
        } else {
            err(QStringLiteral("FAILED: cannot write %1: %2").arg(s.csvFile, f.errorString()));
            ++outcome.failures;
        }
    }
    outcome.summary = QStringLiteral("sweep (b)/(a): %1").arg(worst.join(QStringLiteral(", ")));
    return outcome;
}

} // namespace Bench
