// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisClient's pub/sub and MONITOR entry points: they live with the layer
// that implements them, above the client.
#include "redisclient.h"
#include "redismonitor.h"
#include "redisreply.h"
#include "redissubscription.h"
#include "client/redisclient_p.h"
#include "pubsub/subscriptionsession_p.h"
#include "core/redislogging_p.h"

#include <QtCore/qthread.h>

namespace {
QtRedisPrivate::SubscriptionSession *session(RedisClientPrivate *d, RedisClient *q)
{
    if (!d->subscriptions)
        d->subscriptions = new QtRedisPrivate::SubscriptionSession(q);
    return static_cast<QtRedisPrivate::SubscriptionSession *>(d->subscriptions);
}

RedisSubscription *subscription(RedisClientPrivate *d, RedisClient *q, RedisSubscription::Kind kind,
                                const QByteArray &name)
{
    if (QThread::currentThread() != q->thread()) {
        qCWarning(lcRedisClient, "RedisClient: subscribing from another thread");
        return nullptr;
    }
    return session(d, q)->subscription(kind, name);
}
} // namespace

/*!
    Returns the client's subscription to \a channel (made and subscribed on
    first use; the same object for the same name afterwards). Messages
    arrive on a pub/sub connection of the client's own, opened while the
    client is connected and something is subscribed, with the client's
    options. A live subscription stays subscribed across reconnects.
    Called from another thread it returns nullptr.
*/
RedisSubscription *RedisClient::subscribe(const QByteArray &channel)
{
    return subscription(d.get(), this, RedisSubscription::Kind::Channel, channel);
}

/*! The same as subscribe() for the glob-style \a pattern (\c PSUBSCRIBE). */
RedisSubscription *RedisClient::psubscribe(const QByteArray &pattern)
{
    return subscription(d.get(), this, RedisSubscription::Kind::Pattern, pattern);
}

/*! The same as subscribe() for the shard channel \a shardChannel
    (\c SSUBSCRIBE, Redis 7). */
RedisSubscription *RedisClient::ssubscribe(const QByteArray &shardChannel)
{
    return subscription(d.get(), this, RedisSubscription::Kind::ShardChannel, shardChannel);
}

/*! Returns every subscription object the client has, in any state. */
QList<RedisSubscription *> RedisClient::subscriptions() const
{
    if (!d->subscriptions)
        return {};
    return static_cast<QtRedisPrivate::SubscriptionSession *>(d->subscriptions)->subscriptions();
}

/*! Publishes \a message on \a channel over the command connection; the
    reply is the number of receivers. */
RedisReply *RedisClient::publish(const QByteArray &channel, const QByteArray &message)
{
    return command({QByteArrayLiteral("PUBLISH"), channel, message});
}

/*! Returns the client's RedisMonitor, made (stopped) on first use; nullptr
    when called from another thread. */
RedisMonitor *RedisClient::monitor()
{
    if (QThread::currentThread() != thread()) {
        qCWarning(lcRedisClient, "RedisClient::monitor() called from another thread");
        return nullptr;
    }
    if (!d->monitor)
        d->monitor = new RedisMonitor(this);
    return static_cast<RedisMonitor *>(d->monitor);
}
