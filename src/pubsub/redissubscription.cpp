// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redissubscription.h"
#include "redisclient.h"
#include "pubsub/redissubscription_p.h"
#include "pubsub/replytext_p.h"
#include "pubsub/subscriptionsession_p.h"
#include "core/redislogging_p.h"

using QtRedis::Error;

void RedisSubscriptionPrivate::setState(RedisSubscription::State s)
{
    if (state == s)
        return;
    state = s;
    qCDebug(lcRedisPubSub) << "subscription" << QtRedisPrivate::ReplyText::printable(name) << s;
    Q_EMIT q->stateChanged(s);
}

void RedisSubscriptionPrivate::setError(Error e, const QString &message)
{
    if (error == e && errorString == message)
        return;
    error = e;
    errorString = message;
    Q_EMIT q->errorChanged(e);
}

RedisSubscription::RedisSubscription(RedisClient *client, Kind kind, const QByteArray &name)
    : QObject(client), d(std::make_unique<RedisSubscriptionPrivate>())
{
    d->q = this;
    d->client = client;
    d->kind = kind;
    d->name = name;
}

RedisSubscription::~RedisSubscription()
{
    if (d->session)
        d->session->forget(this);
}

RedisClient *RedisSubscription::client() const { return d->client; }
RedisSubscription::Kind RedisSubscription::kind() const { return d->kind; }
QByteArray RedisSubscription::name() const { return d->name; }
RedisSubscription::State RedisSubscription::state() const { return d->state; }
QtRedis::Error RedisSubscription::error() const { return d->error; }
QString RedisSubscription::errorString() const { return d->errorString; }
quint64 RedisSubscription::messageCount() const { return d->messages; }

void RedisSubscription::subscribe()
{
    if (d->session)
        d->session->activate(this);
}

void RedisSubscription::unsubscribe()
{
    if (d->session)
        d->session->deactivate(this);
}
