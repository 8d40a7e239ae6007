// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef QTREDIS_SOAK_CLUSTERSOAK_H
#define QTREDIS_SOAK_CLUSTERSOAK_H

#include <QtCore/QStringList>

struct ClusterSoakSettings
{
    int durationSeconds = 600;
    int chaosEverySeconds = 10;   // pause between two chaos steps
    int inFlight = 50;
    // Run in turn: kill (a master, restarted after the failover), reshard
    // (redis-cli, 1000 slots), migrate (the {soak} slot, by hand).
    QStringList chaosSteps{QStringLiteral("kill"), QStringLiteral("reshard"), QStringLiteral("migrate")};
};

// qtredis-soak --cluster: a private 6-node cluster (3 masters, 3 replicas,
// --cluster-node-timeout 1000), a steady mix of commands through
// connectToCluster(), and a chaos thread that alternately SIGKILLs a random
// master (restarting it once its replica took over) and reshards slots from
// the fullest master to the emptiest. Prints one summary line; the exit code.
int runClusterSoak(const ClusterSoakSettings &settings);

#endif // QTREDIS_SOAK_CLUSTERSOAK_H
