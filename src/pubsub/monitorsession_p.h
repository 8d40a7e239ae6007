// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef MONITORSESSION_P_H
#define MONITORSESSION_P_H

#include "pubsub/messagesession_p.h"

class RedisMonitor;

namespace QtRedisPrivate {

// The client's MONITOR connection: sends MONITOR once ready, then every
// status line is one command the server ran. No health check (a PING would
// show up in its own output): TCP keep-alive is its backstop.
class MonitorSession final : public MessageSession
{
    Q_OBJECT
public:
    MonitorSession(RedisMonitor *monitor, RedisClient *client);

protected:
    bool wanted() const override;
    void ready() override;
    void message(const redisReply *reply) override;
    void closed(QtRedis::Error error, const QString &message, bool retrying) override;

private:
    RedisMonitor *m_monitor;
    bool m_awaitingOk = false;
};

} // namespace QtRedisPrivate

#endif // MONITORSESSION_P_H
