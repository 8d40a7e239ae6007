// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// qtredis-bench's private Redis Cluster: three masters, no replicas, each a
// PrivateRedisServer (free port, own temporary directory holding its
// nodes.conf) started with --cluster-enabled yes, joined with
// `redis-cli --cluster create ... --cluster-replicas 0 --cluster-yes`.
// start() returns once every node says cluster_state:ok; the servers are
// killed when this object goes away.
#ifndef QTREDIS_BENCH_REDISCLUSTER_H
#define QTREDIS_BENCH_REDISCLUSTER_H

#include "redisserver.h"

#include <QtCore/qstringlist.h>

#include <memory>
#include <vector>

namespace Bench {

class PrivateRedisCluster
{
public:
    PrivateRedisCluster() = default;
    ~PrivateRedisCluster();
    PrivateRedisCluster(const PrivateRedisCluster &) = delete;
    PrivateRedisCluster &operator=(const PrivateRedisCluster &) = delete;

    bool start(const QString &serverProgram, const QString &cliProgram, int masters, int timeoutMs,
               QString *error);
    void stop();

    QStringList nodes() const;   // "127.0.0.1:port" of each master

private:
    std::vector<std::unique_ptr<PrivateRedisServer>> m_servers;
};

} // namespace Bench

#endif // QTREDIS_BENCH_REDISCLUSTER_H
