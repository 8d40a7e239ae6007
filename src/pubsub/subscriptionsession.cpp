// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "pubsub/subscriptionsession_p.h"
#include "pubsub/redissubscription_p.h"
#include "pubsub/replytext_p.h"
#include "core/redislogging_p.h"

#include "redisclient.h"
#include "client/redisclient_p.h"

#include <QtCore/qpointer.h>

using QtRedis::Error;

namespace QtRedisPrivate {

namespace {
const char *const subscribeCommands[] = {"SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE"};
const char *const unsubscribeCommands[] = {"UNSUBSCRIBE", "PUNSUBSCRIBE", "SUNSUBSCRIBE"};
const char *const subscribeKinds[] = {"subscribe", "psubscribe", "ssubscribe"};
const char *const unsubscribeKinds[] = {"unsubscribe", "punsubscribe", "sunsubscribe"};
} // namespace

SubscriptionSession::SubscriptionSession(RedisClient *client, SubscriptionSession *main)
    : MessageSession(client, RedisLink::Role::Subscriber, main ? static_cast<QObject *>(main) : client),
      m_main(main)
{
    if (!main) {
        m_rebalanceTimer.setParent(this);
        m_rebalanceTimer.setSingleShot(true);
        connect(&m_rebalanceTimer, &QTimer::timeout, this, &SubscriptionSession::rebalance);
        connect(client, &RedisClient::topologyChanged, this, &SubscriptionSession::rebalance);
    }
}

SubscriptionSession::~SubscriptionSession()
{
    // The subscriptions outlive us only while the client is being destroyed.
    for (const auto &map : m_byName)
        for (RedisSubscription *s : map)
            s->d->session = nullptr;
    qDeleteAll(std::exchange(m_shards, {}));
}

SubscriptionSession *SubscriptionSession::sessionFor(Kind kind, const QByteArray &name)
{
    if (m_main || kind != Kind::ShardChannel || !client()->isCluster())
        return this;
    const QString node = client()->nodeForKey(name);
    if (node.isEmpty())
        return this; // moved once the slot map is known
    SubscriptionSession *&session = m_shards[node];
    if (!session) {
        session = new SubscriptionSession(client(), this);
        session->setNodeAddress(node);
    }
    return session;
}

void SubscriptionSession::rebalanceSoon()
{
    SubscriptionSession *main = m_main ? m_main : this;
    if (!main->m_rebalanceTimer.isActive())
        main->m_rebalanceTimer.start(200);
}

void SubscriptionSession::rebalance()
{
    if (!client()->isCluster())
        return;
    QList<SubscriptionSession *> sessions{this};
    sessions += m_shards.values();
    for (SubscriptionSession *session : std::as_const(sessions)) {
        const QList<RedisSubscription *> shardChannels = session->m_byName[int(Kind::ShardChannel)].values();
        for (RedisSubscription *s : shardChannels) {
            SubscriptionSession *target = sessionFor(Kind::ShardChannel, s->d->name);
            if (target != session)
                session->moveTo(s, target);
        }
    }
}

void SubscriptionSession::moveTo(RedisSubscription *s, SubscriptionSession *target)
{
    RedisSubscriptionPrivate *d = s->d.get();
    qCDebug(lcRedisPubSub).noquote() << "shard channel" << ReplyText::printable(d->name) << "moves to"
                                     << target->nodeAddress();
    if (isReady() && d->onServer)
        send(d->kind, false, d->name); // the old node may still deliver it
    m_byName[int(d->kind)].remove(d->name);
    d->onServer = false;
    d->subscribesInFlight = 0;
    d->session = target;
    target->m_byName[int(d->kind)].insert(d->name, s);
    if (!d->wanted)
        return;
    if (target->isReady()) {
        target->send(d->kind, true, d->name);
        ++d->subscribesInFlight;
    } else {
        target->update();
    }
    d->setState(RedisSubscription::State::Pending);
}

RedisSubscription *SubscriptionSession::find(Kind kind, const QByteArray &name) const
{
    return m_byName[int(kind)].value(name);
}

RedisSubscription *SubscriptionSession::subscription(Kind kind, const QByteArray &name)
{
    RedisSubscription *s = find(kind, name);
    for (auto it = m_shards.cbegin(); !s && it != m_shards.cend(); ++it)
        s = it.value()->find(kind, name);
    if (!s) {
        SubscriptionSession *session = sessionFor(kind, name);
        s = new RedisSubscription(client(), kind, name);
        s->d->session = session;
        session->m_byName[int(kind)].insert(name, s);
    }
    s->d->session->activate(s);
    return s;
}

QList<RedisSubscription *> SubscriptionSession::ownSubscriptions() const
{
    QList<RedisSubscription *> all;
    for (const auto &map : m_byName)
        all += map.values();
    return all;
}

QList<RedisSubscription *> SubscriptionSession::subscriptions() const
{
    QList<RedisSubscription *> all = ownSubscriptions();
    for (const SubscriptionSession *shard : m_shards)
        all += shard->ownSubscriptions();
    return all;
}

bool SubscriptionSession::wanted() const
{
    for (const auto &map : m_byName)
        for (RedisSubscription *s : map)
            if (s->d->wanted)
                return true;
    return false;
}

void SubscriptionSession::send(Kind kind, bool subscribe, const QByteArray &name)
{
    const char *command = subscribe ? subscribeCommands[int(kind)] : unsubscribeCommands[int(kind)];
    write({QByteArray(command), name});
    m_ops.push_back(Op{kind, subscribe, name});
}

void SubscriptionSession::activate(RedisSubscription *s)
{
    RedisSubscriptionPrivate *d = s->d.get();
    if (d->wanted && d->state != RedisSubscription::State::Error)
        return;
    d->wanted = true;
    d->setError(Error::NoError, QString());
    if (isReady()) {
        // After an UNSUBSCRIBE still in flight: that one is answered first.
        if (!d->onServer || d->state == RedisSubscription::State::Unsubscribing) {
            send(d->kind, true, d->name);
            ++d->subscribesInFlight;
        }
        d->setState(d->onServer && d->state != RedisSubscription::State::Unsubscribing
                            ? RedisSubscription::State::Subscribed
                            : RedisSubscription::State::Pending);
    } else {
        d->setState(RedisSubscription::State::Pending);
        update();
    }
}

void SubscriptionSession::deactivate(RedisSubscription *s)
{
    RedisSubscriptionPrivate *d = s->d.get();
    if (!d->wanted) {
        if (d->state == RedisSubscription::State::Error)
            d->setState(RedisSubscription::State::Unsubscribed);
        return;
    }
    d->wanted = false;
    if (isReady() && (d->onServer || d->subscribesInFlight > 0)) {
        send(d->kind, false, d->name);
        d->setState(RedisSubscription::State::Unsubscribing);
    } else {
        d->setState(RedisSubscription::State::Unsubscribed);
    }
}

void SubscriptionSession::forget(RedisSubscription *s)
{
    RedisSubscriptionPrivate *d = s->d.get();
    m_byName[int(d->kind)].remove(d->name);
    if (isReady() && d->wanted && (d->onServer || d->subscribesInFlight > 0))
        send(d->kind, false, d->name);
}

void SubscriptionSession::ready()
{
    // Every live subscription goes out again, pipelined, in one write.
    const QList<RedisSubscription *> all = ownSubscriptions();
    for (RedisSubscription *s : all) {
        if (s->d->wanted) {
            send(s->d->kind, true, s->d->name);
            ++s->d->subscribesInFlight;
        }
    }
}

void SubscriptionSession::closed(Error error, const QString &message, bool retrying)
{
    m_ops.clear();
    // Signals may delete subscriptions or make new ones: work on a snapshot.
    const QList<RedisSubscription *> all = ownSubscriptions();
    QList<QPointer<RedisSubscription>> guarded(all.cbegin(), all.cend());
    for (const QPointer<RedisSubscription> &s : guarded) {
        if (!s)
            continue;
        RedisSubscriptionPrivate *d = s->d.get();
        d->onServer = false;
        d->subscribesInFlight = 0;
        if (!d->wanted) {
            d->setState(RedisSubscription::State::Unsubscribed);
        } else if (retrying || error == Error::NoError) {
            d->setState(RedisSubscription::State::Pending);
        } else {
            d->setError(error, message);
            d->setState(RedisSubscription::State::Error);
        }
    }
}

void SubscriptionSession::confirmed(const Op &op)
{
    RedisSubscription *s = find(op.kind, op.name);
    if (!s)
        return;
    RedisSubscriptionPrivate *d = s->d.get();
    if (op.subscribe) {
        d->subscribesInFlight = qMax(0, d->subscribesInFlight - 1);
        d->onServer = true;
        if (d->wanted && d->subscribesInFlight == 0)
            d->setState(RedisSubscription::State::Subscribed);
    } else {
        d->onServer = false;
        if (!d->wanted && d->subscribesInFlight == 0)
            d->setState(RedisSubscription::State::Unsubscribed);
    }
}

void SubscriptionSession::refused(const Op &op, const QString &message)
{
    RedisSubscription *s = find(op.kind, op.name);
    qCWarning(lcRedisPubSub).noquote() << (op.subscribe ? subscribeCommands : unsubscribeCommands)[int(op.kind)]
                                       << ReplyText::printable(op.name) << "refused:" << message;
    if (!s || !op.subscribe)
        return;
    RedisSubscriptionPrivate *d = s->d.get();
    d->subscribesInFlight = qMax(0, d->subscribesInFlight - 1);
    if (op.kind == Kind::ShardChannel && client()->isCluster() && message.startsWith(QLatin1String("MOVED"))) {
        // Asked the wrong node: it goes to the slot's master once the map has it.
        RedisClientPrivate::get(client())->refreshClusterMap();
        rebalanceSoon();
        return;
    }
    if (d->wanted && d->subscribesInFlight == 0 && !d->onServer) {
        d->wanted = false; // not retried on reconnect: subscribe() again to retry
        d->setError(Error::ServerError, message);
        d->setState(RedisSubscription::State::Error);
    }
}

void SubscriptionSession::unsolicitedUnsubscribe(Kind kind, const QByteArray &name)
{
    // Redis 7 drops shard channels whose slot moved away; subscribe again.
    RedisSubscription *s = find(kind, name);
    if (!s)
        return;
    RedisSubscriptionPrivate *d = s->d.get();
    d->onServer = false;
    if (client()->isCluster()) {
        // The slot moved (resharding, failover): follow it to its new master.
        if (d->wanted)
            d->setState(RedisSubscription::State::Pending);
        RedisClientPrivate::get(client())->refreshClusterMap();
        rebalanceSoon();
        return;
    }
    if (d->wanted && d->subscribesInFlight == 0) {
        send(kind, true, name);
        ++d->subscribesInFlight;
        d->setState(RedisSubscription::State::Pending);
    }
}

void SubscriptionSession::message(const redisReply *r)
{
    if (r->type == REDIS_REPLY_ERROR) {
        const QString message = QString::fromUtf8(r->str, qsizetype(r->len));
        if (m_ops.empty()) {
            // What a server sends before it closes a connection on us.
            fail(LinkFailure::unsolicitedError(endpoint(), message));
            return;
        }
        const Op op = std::move(m_ops.front());
        m_ops.pop_front();
        refused(op, message);
        return;
    }
    auto malformed = [this](const QString &what) { fail(LinkFailure::malformedMessage(endpoint(), what)); };
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 3 || !ReplyText::isText(r->element[0])) {
        malformed(r->type == REDIS_REPLY_ARRAY ? RedisClient::tr("array of %1").arg(r->elements)
                                               : RedisClient::tr("reply type %1").arg(r->type));
        return;
    }
    redisReply **e = r->element;
    const size_t n = r->elements;
    // The channel's bytes are copied once, for the lookup and the signal.
    auto deliver = [](RedisSubscription *s, const QByteArray &channel, const redisReply *payload,
                      const QByteArray &pattern) {
        if (!s || !s->d->wanted)
            return; // unsubscribed meanwhile: nothing after unsubscribe()
        ++s->d->messages;
        Q_EMIT s->messageReceived(channel, ReplyText::bytes(payload), pattern);
    };
    if (ReplyText::equals(e[0], "message") || ReplyText::equals(e[0], "smessage")) {
        if (n != 3 || !ReplyText::isText(e[1]) || !ReplyText::isText(e[2]))
            return malformed(QStringLiteral("message"));
        const Kind kind = e[0]->str[0] == 's' || e[0]->str[0] == 'S' ? Kind::ShardChannel : Kind::Channel;
        const QByteArray channel = ReplyText::bytes(e[1]);
        deliver(find(kind, channel), channel, e[2], QByteArray());
        return;
    }
    if (ReplyText::equals(e[0], "pmessage")) {
        if (n != 4 || !ReplyText::isText(e[1]) || !ReplyText::isText(e[2]) || !ReplyText::isText(e[3]))
            return malformed(QStringLiteral("pmessage"));
        const QByteArray pattern = ReplyText::bytes(e[1]);
        deliver(find(Kind::Pattern, pattern), ReplyText::bytes(e[2]), e[3], pattern);
        return;
    }
    for (int k = 0; k < 3; ++k) {
        const bool subscribe = ReplyText::equals(e[0], subscribeKinds[k]);
        if (!subscribe && !ReplyText::equals(e[0], unsubscribeKinds[k]))
            continue;
        if (n != 3 || (!ReplyText::isText(e[1]) && e[1]->type != REDIS_REPLY_NIL) || e[2]->type != REDIS_REPLY_INTEGER)
            return malformed(QString::fromLatin1(e[0]->str));
        const QByteArray name = ReplyText::isText(e[1]) ? ReplyText::bytes(e[1]) : QByteArray();
        if (!m_ops.empty() && m_ops.front().subscribe == subscribe && int(m_ops.front().kind) == k
            && m_ops.front().name == name) {
            const Op op = std::move(m_ops.front());
            m_ops.pop_front();
            confirmed(op);
        } else if (!subscribe && Kind(k) == Kind::ShardChannel) {
            unsolicitedUnsubscribe(Kind(k), name);
        } else {
            malformed(QString::fromLatin1(e[0]->str) + QLatin1Char(' ') + ReplyText::printable(name));
        }
        return;
    }
    malformed(ReplyText::printable(ReplyText::bytes(e[0])));
}

} // namespace QtRedisPrivate
