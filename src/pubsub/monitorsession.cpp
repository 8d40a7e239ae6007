// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "pubsub/monitorsession_p.h"
#include "pubsub/redismonitor_p.h"
#include "pubsub/replytext_p.h"

#include "redisclient.h"

using QtRedis::Error;

namespace QtRedisPrivate {

MonitorSession::MonitorSession(RedisMonitor *monitor, RedisClient *client)
    : MessageSession(client, RedisLink::Role::Monitor, monitor), m_monitor(monitor)
{
}

bool MonitorSession::wanted() const
{
    return m_monitor->d->wanted;
}

void MonitorSession::ready()
{
    m_awaitingOk = true;
    write({QByteArrayLiteral("MONITOR")});
}

void MonitorSession::message(const redisReply *r)
{
    RedisMonitorPrivate *d = m_monitor->d.get();
    if (m_awaitingOk) {
        m_awaitingOk = false;
        if (r->type == REDIS_REPLY_ERROR) {
            // Refused (NOPERM, say): not retried until start() is called again.
            const QString message = QString::fromUtf8(r->str, qsizetype(r->len));
            d->wanted = false;
            d->setError(Error::ServerError, RedisClient::tr("MONITOR refused: %1").arg(message));
            close();
            d->setState(RedisMonitor::State::Error);
            return;
        }
        if (!ReplyText::equals(r, "OK")) {
            fail({Error::ProtocolError,
                  RedisClient::tr("Protocol error from %1: unexpected reply to MONITOR").arg(endpoint())});
            return;
        }
        d->setError(Error::NoError, QString());
        d->setState(RedisMonitor::State::Running);
        return;
    }
    if (r->type != REDIS_REPLY_STATUS) {
        fail({Error::ProtocolError, RedisClient::tr("Protocol error from %1: unexpected MONITOR output").arg(endpoint())});
        return;
    }
    Q_EMIT m_monitor->lineReceived(ReplyText::bytes(r));
}

void MonitorSession::closed(Error error, const QString &message, bool retrying)
{
    m_awaitingOk = false;
    RedisMonitorPrivate *d = m_monitor->d.get();
    if (!d->wanted) {
        if (d->state != RedisMonitor::State::Error)
            d->setState(RedisMonitor::State::Stopped);
    } else if (retrying || error == Error::NoError) {
        d->setState(RedisMonitor::State::Starting);
    } else {
        d->setError(error, message);
        d->setState(RedisMonitor::State::Error);
    }
}

} // namespace QtRedisPrivate
