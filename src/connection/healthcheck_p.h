// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef HEALTHCHECK_P_H
#define HEALTHCHECK_P_H

#include <QtCore/qtimer.h>

namespace QtRedisPrivate {

class RedisLink;

// Finds a half-open link -- no FIN, no RST, just silence -- within two
// intervals: when the link has been idle (no read, nothing in flight) for
// one interval it sends a PING; if the answer has not come by the next
// check, the link has failed. With requests in flight their replies (or
// their timeouts) tell; a PING would only queue up behind them. MONITOR
// links are not checked (a PING would show up in their own output).
class HealthCheck
{
public:
    explicit HealthCheck(RedisLink *link);

    // The link is ready: checks every interval ms (<= 0: never).
    void start(int interval);
    void stop();
    // The link's answer to the PING arrived.
    void answered() { m_pingPending = false; }
    bool isPingPending() const { return m_pingPending; }

private:
    void check();

    RedisLink *m_link;
    QTimer m_timer;
    int m_interval = 0;
    bool m_pingPending = false;
    quint64 m_activityAtCheck = 0;
};

} // namespace QtRedisPrivate

#endif // HEALTHCHECK_P_H
