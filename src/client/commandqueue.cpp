// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "client/commandqueue_p.h"
#include "client/pendingcall_p.h"
#include "client/redisclient_p.h"

#include <QtCore/qpointer.h>

using QtRedis::Error;

namespace QtRedisPrivate {

CommandQueue::CommandQueue(RedisClientPrivate *client)
    : m_client(client), m_deadlines(client->q, [this] { expireCalls(); })
{
    m_drainTimer.setParent(client->q); // follows moveToThread(); a member, deleted with us
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    QObject::connect(&m_drainTimer, &QTimer::timeout, client->q, [this] { drainFailures(); });
}

void CommandQueue::issue(const QList<QByteArray> &args, PendingCall *call, qint64 timeoutOverride)
{
    if (args.isEmpty()) {
        fail(call, Error::InvalidArgument, RedisClient::tr("Empty command"));
        return;
    }
    if (RedisClient::isStreamCommand(args.first())) {
        fail(call, Error::InvalidArgument,
             RedisClient::tr("%1 cannot be sent with command(): it turns the connection into a "
                             "stream of messages").arg(QString::fromLatin1(args.first().toUpper())));
        return;
    }
    if (Q_UNLIKELY(args.first().size() == 5 && args.size() > 1
                   && args.first().compare("HELLO", Qt::CaseInsensitive) == 0 && args.at(1).trimmed() != "2")) {
        // RESP3 replies would break the connection's RESP2 parser.
        fail(call, Error::InvalidArgument,
             RedisClient::tr("HELLO %1: this client speaks RESP2 only (use HELLO 2, or HELLO without a version)")
                     .arg(QString::fromUtf8(args.at(1).left(16))));
        return;
    }
    const qint64 timeout = timeoutOverride >= 0 ? timeoutOverride : m_commandTimeout;
    using State = RedisLink::State;
    switch (m_client->link->state()) {
    case State::Ready:
        m_deadlines.track(call, args, timeout);
        if (!m_client->link->send(args, call))
            fail(call, Error::NotConnected, RedisClient::tr("The connection is closing"));
        return;
    case State::Connecting:
    case State::Waiting:
        if (m_maxQueuedCommands >= 0 && m_heldLive >= m_maxQueuedCommands) {
            // Fails at once, not behind the held commands: that is its point.
            m_failures.append(new ParkedFailure(call, RedisValue::fromClientError(
                    Error::QueueFull, RedisClient::tr("%n command(s) already wait for the connection",
                                                      nullptr, m_heldLive))));
            m_drainTimer.start();
            return;
        }
        m_deadlines.track(call, args, timeout);
        m_held.append(Held{args, call});
        ++m_heldLive;
        return;
    case State::Closing:
        fail(call, Error::NotConnected, RedisClient::tr("The connection is closing"));
        return;
    case State::Closed:
        if (m_client->destroying)
            fail(call, Error::Aborted, RedisClient::tr("The client was destroyed"));
        else
            fail(call, Error::NotConnected, RedisClient::tr("Not connected to a Redis server"));
        return;
    }
}

void CommandQueue::fail(PendingCall *call, Error error, const QString &message)
{
    m_deadlines.untrack(call);
    park(new ParkedFailure(call, RedisValue::fromClientError(error, message)));
}

void CommandQueue::cancel(PendingCall *call)
{
    if (call->timedOut || call->failed)
        return; // completed already, or its failure is on its way
    m_deadlines.untrack(call);
    call->timedOut = true; // a tombstone, like a call that timed out
    if (call->sent)
        m_client->link->requests().noteTimedOut(call);
    else
        --m_heldLive;
    m_deadlines.rearm();
}

void CommandQueue::park(LinkRequest *parked)
{
    // Behind the newest pending request; delivered from the event loop if none.
    RequestQueue &inFlight = m_client->link->requests();
    if (m_heldLive > 0) {
        m_held.append(Held{{}, parked});
        ++m_heldLive;
    } else if (inFlight.liveCount() > 0) {
        inFlight.append(parked);
    } else {
        m_failures.append(parked);
        if (!m_client->destroying)
            m_drainTimer.start();
    }
}

void CommandQueue::drainFailures()
{
    // One at a time: a callback may issue commands (appended here in order)
    // or even destroy the client (whose destructor then drains the rest).
    QPointer<RedisClient> guard(m_client->q);
    while (LinkRequest *parked = m_failures.takeFirst()) {
        parked->deliverParked();
        parked->release();
        if (!guard)
            return;
    }
}

void CommandQueue::sendHeld()
{
    const QList<Held> queued = std::exchange(m_held, {});
    m_heldLive = 0;
    for (const Held &held : queued) {
        if (held.request->timedOut)
            held.request->release(); // its callback ran already
        else if (held.request->parked)
            park(held.request);
        else if (!m_client->link->send(held.args, held.request))
            fail(static_cast<PendingCall *>(held.request), Error::NotConnected,
                 RedisClient::tr("The connection is closing"));
    }
}

void CommandQueue::dropAll(RequestQueue *inFlight, Error reason, const QString &message)
{
    // In issue order: requests in flight (their outcome is unknown), then
    // the held ones (never sent). Parked failures keep their own value;
    // requests that timed out had their callback already.
    const QList<Held> heldNow = std::exchange(m_held, {});
    m_heldLive = 0;
    auto failLater = [this](LinkRequest *request, const RedisValue &value) {
        if (request->timedOut) {
            request->release();
            return;
        }
        if (request->parked) {
            m_failures.append(request);
            return;
        }
        auto *call = static_cast<PendingCall *>(request);
        m_deadlines.untrack(call);
        m_failures.append(new ParkedFailure(call, value));
    };
    if (inFlight && !inFlight->isEmpty()) {
        const bool aborted = reason == Error::Aborted;
        const RedisValue lost = RedisValue::fromClientError(
                aborted ? Error::Aborted : Error::ConnectionLost,
                aborted ? message
                        : RedisClient::tr("Connection lost before the reply arrived; the command may "
                                          "or may not have been executed (%1)").arg(message));
        while (LinkRequest *request = inFlight->takeFirst())
            failLater(request, lost);
    }
    if (!heldNow.isEmpty()) {
        const RedisValue never =
                RedisValue::fromClientError(reason == Error::NoError ? Error::Aborted : reason, message);
        for (const Held &held : heldNow)
            failLater(held.request, never);
    }
    m_deadlines.rearm();
}

int CommandQueue::pendingCount() const
{
    return m_client->link->requests().size() + int(m_held.size()) + m_failures.size();
}

void CommandQueue::expireCalls()
{
    // A timed-out call completes now and stays in its queue as a tombstone:
    // its late reply, if any, is dropped without shifting any other reply.
    QPointer<RedisClient> guard(m_client->q);
    const qint64 now = CommandDeadlines::now();
    while (PendingCall *call = m_deadlines.takeExpired(now)) {
        call->timedOut = true;
        if (call->sent)
            m_client->link->requests().noteTimedOut(call);
        else
            --m_heldLive;
        call->complete(RedisValue::fromClientError(
                Error::Timeout, RedisClient::tr("No reply from %1 in time; the command may or may "
                                                "not have been executed").arg(m_client->options.endpointText())));
        if (!guard)
            return;
        // Failures parked behind calls that are now all done go out too.
        completeUnblockedParked();
        if (!guard)
            return;
    }
    m_deadlines.rearm();
}

void CommandQueue::completeUnblockedParked()
{
    // Parked failures with only timed-out requests ahead of them are due:
    // they are delivered now and stay behind as tombstones to keep the
    // reply pairing.
    QPointer<RedisClient> guard(m_client->q);
    while (guard) {
        RequestQueue &inFlight = m_client->link->requests();
        LinkRequest *parked = nullptr;
        for (LinkRequest *request = inFlight.first(); request; request = request->next) {
            if (request->timedOut)
                continue;
            if (request->parked)
                parked = request;
            break;
        }
        if (!parked)
            return;
        parked->timedOut = true;
        inFlight.noteTimedOut(parked);
        parked->deliverParked();
    }
}

} // namespace QtRedisPrivate
