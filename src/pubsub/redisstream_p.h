// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSTREAM_P_H
#define REDISSTREAM_P_H

#include "redisglobal.h"
#include "redismonitor.h"
#include "transport/redisreplyguard_p.h"
#include "redissubscription.h"

#include <QtCore/qhash.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

#include <deque>

class QIODevice;
class RedisClient;
struct redisReader;
struct redisReply;

// A connection that carries a stream of messages (pub/sub, MONITOR) next to
// the client's command connection. hiredis's async API is not used here:
// its pub/sub mode assert()s on unexpected message shapes, loses PING
// replies, and does not know SSUBSCRIBE in 0.14. A Qt socket carries the
// bytes and hiredis's reader parses them; every message is checked here.
//
// It follows the client: it opens (with the client's options, credentials
// and client name) only while the client is Connected and the owner has
// something to do, and closes when the client leaves Connected. A lost
// connection is reopened with the client's reconnect policy.
class RedisStreamConnection : public QObject, public RedisReplyGuard
{
    Q_OBJECT
public:
    explicit RedisStreamConnection(RedisClient *client, QObject *parent);
    ~RedisStreamConnection() override;

    RedisClient *client() const { return m_client; }
    bool isReady() const { return m_phase == Phase::Ready; }
    // Opens the connection soon (from the event loop) if it is closed, the
    // client is connected and wanted() says so.
    void update();
    // Closes without a retry; closed() is called (with NoError, not retrying).
    void close();
    void write(const QList<QByteArray> &args);
    QString target() const;

protected:
    // Whether there is a reason to be connected.
    virtual bool wanted() const = 0;
    // The handshake is done: send the commands the owner needs.
    virtual void ready() = 0;
    // One message or reply after the handshake (health-check PONGs excluded).
    // May close the connection, or destroy it (and the client).
    virtual void reply(const redisReply *reply) = 0;
    // The connection is gone. error is NoError when the client left
    // Connected or the owner closed it; retrying: it will be reopened.
    virtual void closed(QtRedis::Error error, const QString &message, bool retrying) = 0;
    virtual bool healthCheckEnabled() const { return true; }

    // The one teardown path for every failure.
    void fail(QtRedis::Error error, const QString &message, bool retry = true);

    bool replyExpected() const override { return true; }

private:
    enum class Phase { Closed, Connecting, Handshake, Ready, Waiting };

    void open();
    void shutdown();
    void onConnected();
    void onReadyRead();
    void onSocketError(int code, const QString &description);
    void onClientStateChanged();
    void handshakeReply(const redisReply *reply);
    void healthCheck();
    bool isPong(const redisReply *reply) const;
    void flush();

    RedisClient *m_client;
    Phase m_phase = Phase::Closed;
    QIODevice *m_io = nullptr;       // a QTcpSocket or QLocalSocket
    redisReader *m_reader = nullptr;
    redisReader *m_staleReader = nullptr; // replaced while reading; freed after
    bool m_processing = false;
    QByteArray m_encodeBuffer;
    QByteArray m_unsent;             // written before the socket connected
    int m_handshakeReplies = 0;
    bool m_authPending = false;
    int m_retryAttempt = 0;
    bool m_pingPending = false;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesAtCheck = 0;
    QTimer m_openTimer;
    QTimer m_connectTimer;
    QTimer m_retryTimer;
    QTimer m_healthTimer;
};

class RedisSubscriptionPrivate
{
public:
    RedisSubscription *q = nullptr;
    RedisClient *client = nullptr;
    class RedisPubSubConnection *connection = nullptr; // null once the client is gone
    RedisSubscription::Kind kind = RedisSubscription::Kind::Channel;
    QByteArray name;
    RedisSubscription::State state = RedisSubscription::State::Unsubscribed;
    QtRedis::Error error = QtRedis::Error::NoError;
    QString errorString;
    bool wanted = false;         // the application wants messages
    bool onServer = false;       // the server confirmed the subscription
    int subscribesInFlight = 0;  // SUBSCRIBE sent, confirmation not yet in
    quint64 messages = 0;

    void setState(RedisSubscription::State state);
    void setError(QtRedis::Error error, const QString &message);
};

// The client's pub/sub connection and its subscriptions.
class RedisPubSubConnection final : public RedisStreamConnection
{
    Q_OBJECT
public:
    using Kind = RedisSubscription::Kind;

    RedisPubSubConnection(RedisClient *client);
    ~RedisPubSubConnection() override;

    RedisSubscription *subscription(Kind kind, const QByteArray &name);
    QList<RedisSubscription *> subscriptions() const;
    void activate(RedisSubscription *subscription);
    void deactivate(RedisSubscription *subscription);
    void forget(RedisSubscription *subscription);

protected:
    bool wanted() const override;
    void ready() override;
    void reply(const redisReply *reply) override;
    void closed(QtRedis::Error error, const QString &message, bool retrying) override;

private:
    struct Op { Kind kind; bool subscribe; QByteArray name; };
    void send(Kind kind, bool subscribe, const QByteArray &name);
    RedisSubscription *find(Kind kind, const QByteArray &name) const;
    void confirmed(const Op &op);
    void refused(const Op &op, const QString &message);
    void unsolicitedUnsubscribe(Kind kind, const QByteArray &name);

    QHash<QByteArray, RedisSubscription *> m_byName[3];
    std::deque<Op> m_ops; // commands sent, in order; each gets one reply
};

class RedisMonitorPrivate
{
public:
    RedisMonitor *q = nullptr;
    RedisClient *client = nullptr;
    class RedisMonitorConnection *connection = nullptr;
    RedisMonitor::State state = RedisMonitor::State::Stopped;
    QtRedis::Error error = QtRedis::Error::NoError;
    QString errorString;
    bool wanted = false;

    void setState(RedisMonitor::State state);
    void setError(QtRedis::Error error, const QString &message);
};

class RedisMonitorConnection final : public RedisStreamConnection
{
    Q_OBJECT
public:
    RedisMonitorConnection(RedisMonitor *monitor, RedisClient *client);

protected:
    bool wanted() const override;
    void ready() override;
    void reply(const redisReply *reply) override;
    void closed(QtRedis::Error error, const QString &message, bool retrying) override;
    // A PING would show up in its own MONITOR output; TCP keep-alive it is.
    bool healthCheckEnabled() const override { return false; }

private:
    RedisMonitor *m_monitor;
    bool m_awaitingOk = false;
};

#endif // REDISSTREAM_P_H
