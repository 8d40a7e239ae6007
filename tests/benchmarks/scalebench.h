// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// qtredis-bench --scale: many RedisClients in one thread and many commands
// in flight on one. Reports the heap each idle connected client costs, the
// heap each pending command costs, and the time of one PING per client or
// of draining the pending commands, at two sizes each, so that growth worse
// than linear shows. Heap is what malloc hands out (mallinfo2), measured in
// this process; the resident size is printed next to it.
#ifndef QTREDIS_BENCH_SCALEBENCH_H
#define QTREDIS_BENCH_SCALEBENCH_H

#include <QtCore/qstring.h>

namespace Bench {

struct ScaleBenchSettings
{
    QString host;
    quint16 port = 0;
    int scale = 1;                 // --quick: 10
    int connectTimeoutMs = 60000;  // for all the clients together
    int watchdogMs = 120000;
};

struct ScaleBenchOutcome
{
    int failures = 0;
    QString summary;
};

// Raises this process's open-file limit to its hard limit (before the
// private server starts, so that it inherits it). Returns the new limit.
long raiseFileLimit();

ScaleBenchOutcome runScaleBench(const ScaleBenchSettings &settings);

} // namespace Bench

#endif // QTREDIS_BENCH_SCALEBENCH_H
