// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef COMMANDQUEUE_P_H
#define COMMANDQUEUE_P_H

#include "redisglobal.h"
#include "redisvalue.h"
#include "client/commanddeadlines_p.h"
#include "connection/linkrequest_p.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qtimer.h>

class RedisClientPrivate;

namespace QtRedisPrivate {

class PendingCall;

// The client's commands on their way: sent on the command link while it is
// ready, held while it connects (up to maxQueuedCommands) and sent after the
// handshake, failed while there is no connection. It keeps "every callback
// exactly once, in issue order" through every failure:
// - A client-side failure waits for its turn (parked): behind the held
//   commands, behind the link's requests in flight, or in the queue of
//   failures that the event loop delivers -- never inside command().
// - A teardown fails the commands in flight (outcome unknown) and then the
//   held ones (never sent), in order, through that queue.
// - A command that times out completes at its deadline and stays in the
//   link's queue as a tombstone, so its late reply pairs with it.
class CommandQueue
{
public:
    explicit CommandQueue(RedisClientPrivate *client);

    // The options the queue reads on every command, copied out of the client's.
    void setLimits(int commandTimeout, int maxQueuedCommands)
    {
        m_commandTimeout = commandTimeout;
        m_maxQueuedCommands = maxQueuedCommands;
    }
    void issue(const QList<QByteArray> &args, PendingCall *call, qint64 timeoutOverride);
    // A client-side failure of call, delivered in issue order.
    void fail(PendingCall *call, QtRedis::Error error, const QString &message);
    // The application gave up on call (RedisReply::abort()), which it
    // completes itself: a held call is never sent, a sent one's reply is dropped.
    void cancel(PendingCall *call);
    // The link is ready: the held commands go out, in issue order.
    void sendHeld();
    // The link ended: inFlight (the link's requests, taken) and the held
    // commands fail with reason and message, in order, from the queue of
    // failures (the caller drains it after its signals).
    void dropAll(RequestQueue *inFlight, QtRedis::Error reason, const QString &message);
    // Delivers the queued failures, one at a time (a callback may destroy the client).
    void drainFailures();
    bool hasFailures() const { return !m_failures.isEmpty(); }
    void stopDraining() { m_drainTimer.stop(); }
    // Commands issued whose callbacks have not run yet.
    int pendingCount() const;
    CommandDeadlines &deadlines() { return m_deadlines; }

private:
    struct Held
    {
        QList<QByteArray> args; // empty for a parked failure
        LinkRequest *request;
    };

    void park(LinkRequest *parked);
    void expireCalls();
    void completeUnblockedParked();

    RedisClientPrivate *const m_client;
    QList<Held> m_held;        // issued while connecting, sent after the handshake
    int m_heldLive = 0;        // held requests not timed out
    int m_commandTimeout = 0;
    int m_maxQueuedCommands = 0;
    RequestQueue m_failures;   // parked failures with nothing pending ahead of them
    QTimer m_drainTimer;
    CommandDeadlines m_deadlines;
};

} // namespace QtRedisPrivate

#endif // COMMANDQUEUE_P_H
