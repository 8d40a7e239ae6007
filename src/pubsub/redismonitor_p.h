// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISMONITOR_P_H
#define REDISMONITOR_P_H

#include "redismonitor.h"

namespace QtRedisPrivate {
class MonitorSession;
}

class RedisMonitorPrivate
{
public:
    RedisMonitor *q = nullptr;
    RedisClient *client = nullptr;
    QtRedisPrivate::MonitorSession *session = nullptr;
    RedisMonitor::State state = RedisMonitor::State::Stopped;
    QtRedis::Error error = QtRedis::Error::NoError;
    QString errorString;
    bool wanted = false;

    // The one place state and error change and are announced.
    void setState(RedisMonitor::State state);
    void setError(QtRedis::Error error, const QString &message);
};

#endif // REDISMONITOR_P_H
