// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// qtredis-bench --cluster: W1 and W3 through RedisClient::connectToCluster()
// against a private 3-master cluster, next to the same workloads through
// connectToHost() on the single private server, in the same rounds:
//   - routing overhead: cluster / standalone on one key (one slot, one node),
//     callback path (b) and RedisReply path (c);
//   - on the cluster, 1000 hash-tagged keys {bench}:N (one slot, one node)
//     against 1000 spread keys key:N (all three masters).
#ifndef QTREDIS_BENCH_CLUSTERBENCH_H
#define QTREDIS_BENCH_CLUSTERBENCH_H

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

namespace Bench {

struct ClusterBenchSettings
{
    QString host;               // the single server
    quint16 port = 0;
    QStringList clusterNodes;   // "host:port" seeds of the cluster
    QStringList workloads;      // of W1, W3
    int rounds = 3;
    int scale = 1;              // --quick: 10
    QByteArray key;             // the single server's (and the cluster's) 64 B key
    QByteArray value;
    int connectTimeoutMs = 5000;
    int watchdogMs = 120000;
};

struct ClusterBenchOutcome
{
    qint64 verified = 0;
    qint64 mismatches = 0;
    int failures = 0;
    QString summary;            // "cluster: routing overhead W1 0.80 ..."
};

// Prints its progress (stderr), per-round ratios and table (stdout).
ClusterBenchOutcome runClusterBench(const ClusterBenchSettings &settings);

} // namespace Bench

#endif // QTREDIS_BENCH_CLUSTERBENCH_H
