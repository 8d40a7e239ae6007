// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSUBSCRIPTION_H
#define REDISSUBSCRIPTION_H

#include "redisglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisClient;
namespace QtRedisPrivate {
class SubscriptionSession;
}
class RedisSubscriptionPrivate;

// One channel, pattern or shard channel the application listens to, made by
// RedisClient::subscribe(), psubscribe() or ssubscribe(). The client owns it
// (it is a child of the client); the same name of the same kind always gives
// the same object. Messages arrive on the client's pub/sub connection, which
// the client opens on first use with its own options and credentials and
// closes when the client disconnects.
//
// States: Pending until the server confirms, then Subscribed. When the
// pub/sub connection is lost (or the client reconnects) every subscription
// that has not been unsubscribed goes back to Pending and is subscribed
// again on the next connection. unsubscribe() goes through Unsubscribing to
// Unsubscribed; no message is delivered after unsubscribe() was called.
// Error: the server refused the subscription (errorString() says why; e.g.
// NOPERM, or SSUBSCRIBE on a server older than Redis 7), or the pub/sub
// connection was lost with autoReconnect off (then it is retried when the
// client connects again). subscribe() (or the client's subscribe() with the
// same name) retries it.
//
// Deleting the object unsubscribes it.
class QTREDIS_EXPORT RedisSubscription : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Kind kind READ kind CONSTANT)
    Q_PROPERTY(QByteArray name READ name CONSTANT)
    Q_PROPERTY(QtRedis::Error error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(quint64 messageCount READ messageCount)

public:
    enum class State { Unsubscribed, Pending, Subscribed, Unsubscribing, Error };
    Q_ENUM(State)
    enum class Kind { Channel, Pattern, ShardChannel };
    Q_ENUM(Kind)

    ~RedisSubscription() override;

    RedisClient *client() const;
    Kind kind() const;
    QByteArray name() const;       // the channel, pattern or shard channel
    State state() const;
    QtRedis::Error error() const;  // NoError unless state() is Error
    QString errorString() const;
    quint64 messageCount() const;  // messages delivered so far

public Q_SLOTS:
    // Subscribes again after unsubscribe() or an error; nothing if live.
    void subscribe();
    void unsubscribe();

Q_SIGNALS:
    void stateChanged(RedisSubscription::State state);
    void errorChanged(QtRedis::Error error);
    // channel: where the message was published; pattern: the pattern that
    // matched it (empty unless kind() is Pattern). Both, and payload, are
    // the server's bytes unchanged.
    void messageReceived(const QByteArray &channel, const QByteArray &payload, const QByteArray &pattern);

private:
    RedisSubscription(RedisClient *client, Kind kind, const QByteArray &name);
    friend class QtRedisPrivate::SubscriptionSession;
    std::unique_ptr<RedisSubscriptionPrivate> d;
};

#endif // REDISSUBSCRIPTION_H
