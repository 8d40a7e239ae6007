// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISCLIENT_P_H
#define REDISCLIENT_P_H

#include "transport/redisadapter_p.h"
#include "redisclient.h"
#include "transport/redisreplyguard_p.h"
#include "redissubscription.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qmap.h>
#include <QtCore/qtimer.h>

struct redisAsyncContext;
class RedisClientPrivate;

using QtRedisPrivate::PendingCall;

namespace QtRedisPrivate {
// RESP-encodes a command into buffer (grown as needed); returns its length.
qsizetype encodeCommand(const QList<QByteArray> &args, QByteArray &buffer);
// "host:port", "[v6]:port" or the socket path, for messages.
QString targetText(const QString &host, quint16 port, const QString &unixSocketPath);
// The delay before reconnect attempt number attempt (from 1), in ms.
int backoffDelay(int attempt, int initialDelay, int maxDelay, double factor);
} // namespace QtRedisPrivate

// An intrusive FIFO of calls; replies arrive in this order. A call that timed
// out stays in it (a tombstone) until its late reply comes and is dropped.
class PendingQueue
{
public:
    bool isEmpty() const { return !m_head; }
    PendingCall *first() const { return m_head; }
    int size() const { return m_size; } // the application's live calls
    int liveCount() const { return m_live; } // every call not timed out
    void append(PendingCall *call)
    {
        call->next = nullptr;
        (m_tail ? m_tail->next : m_head) = call;
        m_tail = call;
        count(call, 1);
    }
    PendingCall *takeFirst()
    {
        PendingCall *call = m_head;
        if (call) {
            m_head = call->next;
            if (!m_head)
                m_tail = nullptr;
            call->next = nullptr;
            count(call, -1);
        }
        return call;
    }
    // The call (in this queue) has just timed out.
    void noteTimedOut(PendingCall *call) { count(call, -1, false); }

private:
    void count(PendingCall *call, int delta, bool skipTombstones = true)
    {
        if (skipTombstones && call->timedOut)
            return;
        m_live += delta;
        if (!call->internal)
            m_size += delta;
    }
    PendingCall *m_head = nullptr;
    PendingCall *m_tail = nullptr;
    int m_size = 0;
    int m_live = 0;
};

// Calls with the client's default timeout, in issue order: their deadlines
// grow in that order, and they complete in that order, so the earliest
// deadline is always the head and a completing call is always the head.
class TimedQueue
{
public:
    PendingCall *head() const { return m_head; }
    void append(PendingCall *call)
    {
        call->nextTimed = nullptr;
        (m_tail ? m_tail->nextTimed : m_head) = call;
        m_tail = call;
    }
    void remove(PendingCall *call)
    {
        PendingCall **link = &m_head;
        PendingCall *previous = nullptr;
        while (*link && *link != call) {
            previous = *link;
            link = &(*link)->nextTimed;
        }
        if (!*link)
            return;
        *link = call->nextTimed;
        if (m_tail == call)
            m_tail = previous;
        call->nextTimed = nullptr;
    }

private:
    PendingCall *m_head = nullptr;
    PendingCall *m_tail = nullptr;
};

// One hiredis connection. Lives until hiredis has freed its context; the
// client detaches from it at teardown and it deletes itself when it is safe.
class RedisConnection final : public QObject, public RedisReplyGuard
{
    Q_OBJECT
public:
    explicit RedisConnection(RedisClientPrivate *client);
    ~RedisConnection() override;

    bool open(redisAsyncContext *ac);   // takes ownership of ac
    bool send(const QList<QByteArray> &args, PendingCall *call);
    // Stops all use of hiredis: frees the context unless hiredis already does.
    void close();
    // Deletes this connection now or as soon as hiredis and the event handlers
    // are done with it. The client must not use it afterwards.
    void dispose();

    RedisClientPrivate *client = nullptr;
    redisAsyncContext *ac = nullptr;
    RedisQtAdapter adapter;
    PendingQueue inFlight;
    bool dying = false;       // hiredis is freeing (or has freed) the context
    bool freed = false;       // the cleanup hook has run
    bool disposed = false;
    int connectErrno = 0;     // errno of a failed asynchronous connect
    quint64 repliesReceived = 0; // for the health check: was there traffic?
    QByteArray encodeBuffer;  // reused for every command's RESP encoding

    static void onConnect(const redisAsyncContext *ac, int status);
    static void onReply(redisAsyncContext *ac, void *reply, void *privdata);

    void completeUnblockedParked();

protected:
    bool replyExpected() const override;

private:
    void completeParkedAtHead();
    void onContextFreed();
};

class RedisClientPrivate
{
public:
    explicit RedisClientPrivate(RedisClient *q);

    struct Held { QList<QByteArray> args; PendingCall *call; }; // call->parked: no args

    void issue(const QList<QByteArray> &args, PendingCall *call, qint64 timeoutOverride = -1);

    // Command deadlines: one timer for all of them.
    void track(const QList<QByteArray> &args, PendingCall *call, qint64 timeoutOverride);
    void untrack(PendingCall *call);
    void armTimeoutTimer();
    void expireCalls();
    PendingCall *takeExpired(qint64 now);

    // Auto-deleting replies are deleted in batches, each batch by one posted
    // event that comes after everything posted while its replies finished
    // (queued slots of finished() included): the semantics of deleteLater()
    // without one posted event and one event-loop wake-up per reply.
    bool retire(RedisReply *reply);
    void unretire(RedisReply *reply);
    void deleteRetired();

    // A client-side failure. It is delivered in issue order: after every call
    // issued before it (held, in flight or failed), never inside command().
    void fail(PendingCall *call, QtRedis::Error error, const QString &message);
    void park(PendingCall *parked);
    void drainFailures();

    void startConnecting();
    void connectTcp(const QString &address);
    void startContext(redisAsyncContext *ac, const QString &target);
    void startHandshake();
    void handshakeReply(quint64 attempt, int step, const RedisValue &value);

    // The one teardown path every failure (and every disconnect) goes through.
    // Failures of a connection the application wants schedule a reconnect.
    enum class Cause { Application, Failure };
    void teardown(QtRedis::Error error, const QString &message, Cause cause = Cause::Failure);
    void connectionDying(RedisConnection *conn);
    bool shouldReconnect(QtRedis::Error error) const;
    int scheduleReconnectDelay();
    void healthCheck();

    RedisSubscription *subscription(RedisSubscription::Kind kind, const QByteArray &name);

    void setState(RedisClient::State state);
    void setError(QtRedis::Error error, const QString &message);
    QString target() const;

    RedisClient *q;
    RedisClient::State state = RedisClient::State::Disconnected;
    QtRedis::Error error = QtRedis::Error::NoError;
    QString errorString;

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    QString unixSocketPath;
    QString username;
    QString password;
    int database = 0;
    QString clientName;
    int connectTimeout = 10000;
    bool autoReconnect = true;
    int reconnectInitialDelay = 250;
    int reconnectMaxDelay = 30000;
    double reconnectFactor = 2.0;
    int maxQueuedCommands = 10000;
    int commandTimeout = 30000;
    int healthCheckInterval = 15000;

    RedisConnection *conn = nullptr;
    bool handshakeDone = false;
    bool connectedEmitted = false; // disconnected() pairs with a connected() that was emitted
    int lookupId = -1;
    quint64 attempt = 0;     // tells a stale queued failure from the current attempt
    QTimer connectTimer;
    QTimer drainTimer;
    QTimer timeoutTimer;
    QTimer reconnectTimer;
    QTimer healthTimer;
    bool wantConnection = false;   // connectToServer() called, no disconnect/abort since
    bool retryableHandshakeError = true;
    int reconnectAttempt = 0;      // failed attempts since the last connection
    QDateTime nextReconnectTime;
    bool healthPingPending = false;
    quint64 repliesAtLastCheck = 0;
    qint64 timerDeadline = 0;      // when timeoutTimer fires (0: idle)
    TimedQueue timed;              // default-timeout calls, in issue order
    QMultiMap<qint64, PendingCall *> otherDeadlines; // overrides, blocking commands
    QList<Held> held;          // issued while connecting, sent after the handshake
    int heldLive = 0;          // held calls not timed out
    PendingQueue failures;     // parked failures with nothing pending ahead of them
    QList<RedisReply *> retired; // finished auto-delete replies waiting for deletion
    qsizetype retiredCutoff = 0; // how many of them the posted deletion may delete
    bool destroying = false;
    class RedisPubSubConnection *pubsub = nullptr; // made by the first subscribe()
    RedisMonitor *monitor = nullptr;
};

#endif // REDISCLIENT_P_H
