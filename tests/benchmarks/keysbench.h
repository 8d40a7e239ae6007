// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// qtredis-bench --keys: RedisKeysModel over a large keyspace. A private
// redis-server of its own is filled with DEBUG POPULATE (10,000,000 keys:
// a namespace big: of 1,000,000 keys and 90 namespaces nsNN: of 100,000
// each; --quick: 100,000 in all), then, in flat and in tree mode: the time
// until 1,000 keys are in the model, the time and rate of the whole load,
// the longest event-loop stall during it (a 1 ms timer that records the
// longest gap between its ticks), the heap per key beyond the key's own
// bytes, and in tree mode the time to expand big: completely.
#ifndef QTREDIS_BENCH_KEYSBENCH_H
#define QTREDIS_BENCH_KEYSBENCH_H

#include <QtCore/qstring.h>

namespace Bench {

struct KeysBenchSettings
{
    QString redisServer;          // the program
    int scale = 1;                // --quick: 100
    int timeoutMs = 600000;       // per phase
};

struct KeysBenchOutcome
{
    int failures = 0;
    QString summary;
};

KeysBenchOutcome runKeysBench(const KeysBenchSettings &settings);

} // namespace Bench

#endif // QTREDIS_BENCH_KEYSBENCH_H
