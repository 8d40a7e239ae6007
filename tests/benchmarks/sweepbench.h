// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// qtredis-bench --sweep: GET throughput as the value grows (16 B .. 16 MiB,
// 10 in flight) and as the commands in flight grow (1 .. 1000, 64 B), for
// (a) hiredis+libevent, (b) RedisClient's callback path and (r)
// redis-benchmark -c 1 -P <in flight>, in the same rounds; and the peak
// memory one 16 MiB reply costs the client (a child process per probe).
#ifndef QTREDIS_BENCH_SWEEPBENCH_H
#define QTREDIS_BENCH_SWEEPBENCH_H

#include <QtCore/qstring.h>

namespace Bench {

struct SweepBenchSettings
{
    QString host;
    quint16 port = 0;
    int rounds = 3;
    int scale = 1;                 // --quick: 10
    QString redisBenchmark;        // the redis-benchmark program ("" to skip (r))
    QString csvFile;               // where to write the medians ("" for none)
    int connectTimeoutMs = 5000;
    int watchdogMs = 120000;
};

struct SweepBenchOutcome
{
    qint64 verified = 0;
    qint64 mismatches = 0;
    int failures = 0;
    QString summary;
};

// Prints progress (stderr), per-round ratios and the tables (stdout).
SweepBenchOutcome runSweepBench(const SweepBenchSettings &settings);

// The child side of the memory probe: connects with implementation
// `impl` (a or b), GETs `key` (which holds `size` bytes) once and prints
// "peak-rss-growth <bytes>": the peak resident size during the GET minus
// the resident size before it. Returns the exit code.
int runMemoryProbe(const QString &host, quint16 port, const QByteArray &key, qint64 size, QChar impl);

} // namespace Bench

#endif // QTREDIS_BENCH_SWEEPBENCH_H
