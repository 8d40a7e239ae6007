// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISCLIENT_P_H
#define REDISCLIENT_P_H

#include "redisadapter_p.h"
#include "redisclient.h"

#include <QtCore/qtimer.h>

struct redisAsyncContext;
class RedisClientPrivate;

using QtRedisPrivate::PendingCall;

// An intrusive FIFO of calls; replies arrive in this order.
class PendingQueue
{
public:
    bool isEmpty() const { return !m_head; }
    bool headIsParked() const { return m_head && m_head->parked; }
    int size() const { return m_size; } // the application's calls, not internal ones
    void append(PendingCall *call)
    {
        call->next = nullptr;
        (m_tail ? m_tail->next : m_head) = call;
        m_tail = call;
        m_size += call->internal ? 0 : 1;
    }
    PendingCall *takeFirst()
    {
        PendingCall *call = m_head;
        if (call) {
            m_head = call->next;
            if (!m_head)
                m_tail = nullptr;
            call->next = nullptr;
            m_size -= call->internal ? 0 : 1;
        }
        return call;
    }

private:
    PendingCall *m_head = nullptr;
    PendingCall *m_tail = nullptr;
    int m_size = 0;
};

// One hiredis connection. Lives until hiredis has freed its context; the
// client detaches from it at teardown and it deletes itself when it is safe.
class RedisConnection final : public QObject
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
    bool unsolicitedReply = false; // the server sent a reply nobody asked for
    QByteArray encodeBuffer;  // reused for every command's RESP encoding

    static void onConnect(const redisAsyncContext *ac, int status);
    static void onReply(redisAsyncContext *ac, void *reply, void *privdata);

private:
    void completeParkedAtHead();
    void onContextFreed();
};

class RedisClientPrivate
{
public:
    explicit RedisClientPrivate(RedisClient *q);

    struct Held { QList<QByteArray> args; PendingCall *call; }; // call->parked: no args

    void issue(const QList<QByteArray> &args, PendingCall *call);

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
    void teardown(QtRedis::Error error, const QString &message);
    void connectionDying(RedisConnection *conn);

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

    RedisConnection *conn = nullptr;
    bool handshakeDone = false;
    bool connectedEmitted = false; // disconnected() pairs with a connected() that was emitted
    int lookupId = -1;
    quint64 attempt = 0;     // tells a stale queued failure from the current attempt
    QTimer connectTimer;
    QTimer drainTimer;
    QList<Held> held;          // issued while connecting, sent after the handshake
    PendingQueue failures;     // parked failures with nothing pending ahead of them
    QList<RedisReply *> retired; // finished auto-delete replies waiting for deletion
    qsizetype retiredCutoff = 0; // how many of them the posted deletion may delete
    bool destroying = false;
};

#endif // REDISCLIENT_P_H
