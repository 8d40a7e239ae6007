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

/*!
    \class RedisSubscription
    \inmodule QtRedis
    \brief One channel, pattern or shard channel the application listens to.

    Made by RedisClient::subscribe(), RedisClient::psubscribe() or
    RedisClient::ssubscribe(). The client owns it (it is a child of the
    client); the same name of the same kind always gives the same object.
    Messages arrive on the client's pub/sub connection, which the client
    opens on first use with its own options and credentials and closes when
    the client disconnects.

    States: Pending until the server confirms, then Subscribed. When the
    pub/sub connection is lost (or the client reconnects) every subscription
    that has not been unsubscribed goes back to Pending and is subscribed
    again on the next connection. unsubscribe() goes through Unsubscribing
    to Unsubscribed; no message is delivered after unsubscribe() was called.
    Error: the server refused the subscription (errorString() says why,
    e.g. \c NOPERM, or \c SSUBSCRIBE before Redis 7), or the pub/sub
    connection failed for good (say, with autoReconnect off); subscribe()
    retries it.

    Deleting the object unsubscribes it.

    \code
    RedisSubscription *news = client.subscribe("news");
    connect(news, &RedisSubscription::messageReceived, this,
            [](const QByteArray &channel, const QByteArray &payload, const QByteArray &) {
                qDebug() << channel << payload;
            });
    \endcode
*/

/*!
    \enum RedisSubscription::State
    \value Unsubscribed Not subscribed, none wanted.
    \value Pending Wanted; waiting for the connection or the server's confirmation.
    \value Subscribed The server confirmed it: messages arrive.
    \value Unsubscribing unsubscribe() was called; the server has not confirmed yet.
    \value Error Refused, or the connection failed for good (see errorString()).
*/

/*!
    \enum RedisSubscription::Kind
    \value Channel A channel (\c SUBSCRIBE).
    \value Pattern A glob-style pattern of channels (\c PSUBSCRIBE).
    \value ShardChannel A shard channel (\c SSUBSCRIBE, Redis 7).
*/

RedisSubscription::RedisSubscription(RedisClient *client, Kind kind, const QByteArray &name)
    : QObject(client), d(std::make_unique<RedisSubscriptionPrivate>())
{
    d->q = this;
    d->client = client;
    d->kind = kind;
    d->name = name;
}

/*! Destroys the subscription, unsubscribing it. */
RedisSubscription::~RedisSubscription()
{
    if (d->session)
        d->session->forget(this);
}

/*! Returns the client the subscription belongs to. */
RedisClient *RedisSubscription::client() const { return d->client; }

/*! \property RedisSubscription::kind
    \brief Channel, pattern or shard channel. */
RedisSubscription::Kind RedisSubscription::kind() const { return d->kind; }

/*! \property RedisSubscription::name
    \brief The channel, pattern or shard channel (the server's bytes). */
QByteArray RedisSubscription::name() const { return d->name; }

/*! \property RedisSubscription::state
    \brief The subscription's state (see State). */
RedisSubscription::State RedisSubscription::state() const { return d->state; }

/*! \property RedisSubscription::error
    \brief NoError unless state() is Error. */
QtRedis::Error RedisSubscription::error() const { return d->error; }

/*! \property RedisSubscription::errorString
    \brief Why the subscription is in the Error state. */
QString RedisSubscription::errorString() const { return d->errorString; }

/*! \property RedisSubscription::messageCount
    \brief The messages delivered so far. */
quint64 RedisSubscription::messageCount() const { return d->messages; }

/*! Subscribes again after unsubscribe() or an error; nothing if it is live. */
void RedisSubscription::subscribe()
{
    if (d->session)
        d->session->activate(this);
}

/*! Unsubscribes: no message is delivered after this call. */
void RedisSubscription::unsubscribe()
{
    if (d->session)
        d->session->deactivate(this);
}

/*! \fn void RedisSubscription::stateChanged(RedisSubscription::State state)
    The state changed to \a state. */
/*! \fn void RedisSubscription::errorChanged(QtRedis::Error error)
    error() changed to \a error. */
/*! \fn void RedisSubscription::messageReceived(const QByteArray &channel, const QByteArray &payload, const QByteArray &pattern)
    A message \a payload was published on \a channel; \a pattern is the
    pattern that matched it (empty unless kind() is Pattern). All three are
    the server's bytes unchanged. */
