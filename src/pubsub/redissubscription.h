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

// One channel, pattern or shard channel the client listens to (see the qdoc
// comments in redissubscription.cpp).
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
    void subscribe();
    void unsubscribe();

Q_SIGNALS:
    void stateChanged(RedisSubscription::State state);
    void errorChanged(QtRedis::Error error);
    void messageReceived(const QByteArray &channel, const QByteArray &payload, const QByteArray &pattern);

private:
    RedisSubscription(RedisClient *client, Kind kind, const QByteArray &name);
    friend class QtRedisPrivate::SubscriptionSession;
    std::unique_ptr<RedisSubscriptionPrivate> d;
};

#endif // REDISSUBSCRIPTION_H
