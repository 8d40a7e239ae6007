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

RedisQmlSubscription::State RedisQmlSubscription::state() const
{
    return d->state;
}

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
