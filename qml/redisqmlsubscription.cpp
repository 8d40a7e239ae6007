// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisqmlsubscription.h"

#include "redisqmlvalue_p.h"

#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>

namespace {

// How many RedisSubscription items use one C++ subscription. A child of the
// subscription, so it lives exactly as long as the object it counts for and
// belongs to the client's thread like it.
class SubscriptionUsers : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    static SubscriptionUsers *find(RedisSubscription *subscription)
    {
        return subscription->findChild<SubscriptionUsers *>(QString(), Qt::FindDirectChildrenOnly);
    }
    static SubscriptionUsers *obtain(RedisSubscription *subscription)
    {
        SubscriptionUsers *users = find(subscription);
        return users ? users : new SubscriptionUsers(subscription);
    }

    int count = 0;
    // The subscription was live (subscribed from C++) before the first item
    // took it: the last item leaves it subscribed.
    bool keepWhenUnused = false;
};

bool isLive(RedisSubscription::State state)
{
    return state == RedisSubscription::State::Pending || state == RedisSubscription::State::Subscribed;
}

} // namespace

class RedisQmlSubscriptionPrivate
{
    Q_DECLARE_TR_FUNCTIONS(RedisSubscription)
public:
    void update();
    bool attach(RedisSubscription::Kind kind, const QByteArray &name);
    void detach();   // lets go of the C++ subscription (the last user unsubscribes it)
    void drop();     // forgets it without touching it (it or its client is being destroyed)
    void sync();
    void setState(RedisQmlSubscription::State s);
    void setErrorString(const QString &message);

    RedisQmlSubscription *q = nullptr;
    QPointer<RedisClient> client;
    QMetaObject::Connection clientDestroyed;
    QString channel;
    QString pattern;
    bool active = true;
    bool complete = true;   // false between classBegin() and componentComplete()

    QPointer<RedisSubscription> subscription;
    QList<QMetaObject::Connection> connections;
    RedisQmlSubscription::State state = RedisQmlSubscription::Unsubscribed;
    QString errorString;
};

void RedisQmlSubscriptionPrivate::update()
{
    if (!complete)
        return;
    const bool both = !channel.isEmpty() && !pattern.isEmpty();
    const RedisSubscription::Kind kind =
            pattern.isEmpty() ? RedisSubscription::Kind::Channel : RedisSubscription::Kind::Pattern;
    const QByteArray name = (pattern.isEmpty() ? channel : pattern).toUtf8();
    const bool wanted = active && client && !name.isEmpty() && !both;

    if (subscription
        && (!wanted || subscription->client() != client || subscription->kind() != kind
            || subscription->name() != name)) {
        detach();
    }
    QString problem;
    if (both)
        problem = tr("Set either channel or pattern, not both");
    else if (wanted && !subscription && !attach(kind, name))
        problem = tr("The client belongs to another thread");

    if (subscription) {
        sync();
    } else {
        setErrorString(problem);
        setState(problem.isEmpty() ? RedisQmlSubscription::Unsubscribed : RedisQmlSubscription::Error);
    }
}

bool RedisQmlSubscriptionPrivate::attach(RedisSubscription::Kind kind, const QByteArray &name)
{
    bool keep = false;
    const QList<RedisSubscription *> existing = client->subscriptions();
    for (RedisSubscription *s : existing) {
        if (s->kind() == kind && s->name() == name) {
            const SubscriptionUsers *users = SubscriptionUsers::find(s);
            keep = isLive(s->state()) && (!users || users->count == 0);
            break;
        }
    }
    RedisSubscription *s = kind == RedisSubscription::Kind::Pattern ? client->psubscribe(name)
                                                                     : client->subscribe(name);
    if (!s)
        return false;   // the client lives in another thread
    SubscriptionUsers *users = SubscriptionUsers::obtain(s);
    if (users->count == 0)
        users->keepWhenUnused = keep;
    ++users->count;
    subscription = s;

    connections << QObject::connect(s, &RedisSubscription::messageReceived, q,
                                    [this](const QByteArray &channel, const QByteArray &payload,
                                           const QByteArray &matched) {
        const bool isPattern = subscription && subscription->kind() == RedisSubscription::Kind::Pattern;
        Q_EMIT q->messageReceived(RedisQmlValue::bytesToVariant(channel),
                                  RedisQmlValue::bytesToVariant(payload),
                                  isPattern ? RedisQmlValue::bytesToVariant(matched) : QVariant());
    });
    connections << QObject::connect(s, &RedisSubscription::stateChanged, q, [this] { sync(); });
    connections << QObject::connect(s, &RedisSubscription::errorChanged, q, [this] { sync(); });
    connections << QObject::connect(s, &QObject::destroyed, q, [this] {
        drop();
        update();
    });
    return true;
}

void RedisQmlSubscriptionPrivate::detach()
{
    RedisSubscription *s = subscription;
    drop();
    if (!s)
        return;
    SubscriptionUsers *users = SubscriptionUsers::find(s);
    if (users && users->count > 0 && --users->count == 0 && !users->keepWhenUnused)
        s->unsubscribe();
}

void RedisQmlSubscriptionPrivate::drop()
{
    for (const QMetaObject::Connection &c : std::as_const(connections))
        QObject::disconnect(c);
    connections.clear();
    subscription = nullptr;
}

void RedisQmlSubscriptionPrivate::sync()
{
    if (!subscription)
        return;
    setErrorString(subscription->errorString());
    setState(RedisQmlSubscription::State(int(subscription->state())));
}

void RedisQmlSubscriptionPrivate::setState(RedisQmlSubscription::State s)
{
    if (state == s)
        return;
    state = s;
    Q_EMIT q->stateChanged();
}

void RedisQmlSubscriptionPrivate::setErrorString(const QString &message)
{
    if (errorString == message)
        return;
    errorString = message;
    Q_EMIT q->errorStringChanged();
}

/*!
    \qmltype RedisSubscription
    \inqmlmodule QtRedis
    \brief A declarative subscription to a channel or a pattern.

    \qml
    RedisSubscription {
        client: redis
        channel: "news"                      // or pattern: "news.*"
        onMessageReceived: (channel, message, pattern) => console.log(channel, message)
    }
    \endqml

    It uses the subscription of the C++ client (\c{subscribe()} or
    \c{psubscribe()} of \l [CPP] RedisClient, see \l [CPP]
    RedisSubscription) and behaves like it: subscribing before the client is
    connected is fine (state \c Pending), the subscription survives
    reconnects (\c Pending while the link is down, \c Subscribed again once
    the server confirms), and one that fails goes to \c Error.

    Items with the same client and the same channel (or pattern) share one
    C++ subscription, one subscriber on the server, and count as its users:
    deactivating or destroying one does not affect the others, and the last
    one to let go unsubscribes it. A subscription that C++ code had already
    subscribed before the first item took it stays subscribed when the items
    let go. Changing client, channel or pattern moves the item to the new
    subscription; the settings take effect once the component is complete.

    Channel and pattern are strings, sent as UTF-8. Sharded pub/sub
    (\c SSUBSCRIBE) is not available in QML.
*/
RedisQmlSubscription::RedisQmlSubscription(QObject *parent)
    : QObject(parent), d(std::make_unique<RedisQmlSubscriptionPrivate>())
{
    d->q = this;
}

RedisQmlSubscription::~RedisQmlSubscription()
{
    QObject::disconnect(d->clientDestroyed);
    d->detach();
}

/*!
    \qmlproperty RedisClient RedisSubscription::client

    The client whose pub/sub connection carries the messages. When the
    client is destroyed, the property becomes \c null and the state
    \c Unsubscribed. A client that lives in another thread is refused: the
    state becomes \c Error.
*/
RedisClient *RedisQmlSubscription::client() const
{
    return d->client;
}

void RedisQmlSubscription::setClient(RedisClient *client)
{
    if (d->client == client)
        return;
    QObject::disconnect(d->clientDestroyed);
    d->client = client;
    if (client) {
        // The client's subscriptions go with it (they are its children):
        // forget ours without touching it, it is half destroyed.
        d->clientDestroyed = connect(client, &QObject::destroyed, this, [this] {
            d->drop();
            d->client = nullptr;
            Q_EMIT clientChanged();
            d->update();
        });
    }
    Q_EMIT clientChanged();
    d->update();
}

/*!
    \qmlproperty string RedisSubscription::channel

    The channel to subscribe to (\c SUBSCRIBE). Set either channel or
    pattern: with both set, the state is \c Error.
*/
QString RedisQmlSubscription::channel() const
{
    return d->channel;
}

void RedisQmlSubscription::setChannel(const QString &channel)
{
    if (d->channel == channel)
        return;
    d->channel = channel;
    Q_EMIT channelChanged();
    d->update();
}

/*!
    \qmlproperty string RedisSubscription::pattern

    The glob-style pattern to subscribe to (\c PSUBSCRIBE), instead of a
    channel.
*/
QString RedisQmlSubscription::pattern() const
{
    return d->pattern;
}

void RedisQmlSubscription::setPattern(const QString &pattern)
{
    if (d->pattern == pattern)
        return;
    d->pattern = pattern;
    Q_EMIT patternChanged();
    d->update();
}

/*!
    \qmlproperty bool RedisSubscription::active

    Whether the item uses its subscription (default \c true). \c false lets
    go of it; no message is delivered while inactive.
*/
bool RedisQmlSubscription::isActive() const
{
    return d->active;
}

void RedisQmlSubscription::setActive(bool active)
{
    if (d->active == active)
        return;
    d->active = active;
    Q_EMIT activeChanged();
    d->update();
}

/*!
    \qmlproperty enumeration RedisSubscription::state
    \readonly

    The state of the subscription, as for the C++ RedisSubscription:

    \value RedisSubscription.Unsubscribed  Not subscribed: no client, no
           channel or pattern, or inactive.
    \value RedisSubscription.Pending       Asked for, not confirmed by the
           server yet (or waiting for the connection).
    \value RedisSubscription.Subscribed    Confirmed: messages arrive.
    \value RedisSubscription.Unsubscribing Being unsubscribed.
    \value RedisSubscription.Error         Failed; errorString says why.
*/
RedisQmlSubscription::State RedisQmlSubscription::state() const
{
    return d->state;
}

/*!
    \qmlproperty string RedisSubscription::errorString
    \readonly

    Why the state is \c Error: the subscription failed (the server refused
    it, for example with \c NOPERM from an ACL, or the pub/sub connection
    was lost with the client's \c autoReconnect off), both channel and
    pattern are set, or the client belongs to another thread. Empty
    otherwise.
*/

/*!
    \qmlsignal RedisSubscription::messageReceived(var channel, var message, var pattern)

    Emitted for each message: \a channel is where it was published,
    \a message its payload, \a pattern the pattern that matched (for a
    pattern subscription; \c undefined for a channel). Each is a string if
    its bytes are valid UTF-8 and an \c ArrayBuffer otherwise.
*/
QString RedisQmlSubscription::errorString() const
{
    return d->errorString;
}

void RedisQmlSubscription::classBegin()
{
    d->complete = false;
}

void RedisQmlSubscription::componentComplete()
{
    d->complete = true;
    d->update();
}

#include "redisqmlsubscription.moc"
