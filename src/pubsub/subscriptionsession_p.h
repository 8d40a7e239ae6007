// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef SUBSCRIPTIONSESSION_P_H
#define SUBSCRIPTIONSESSION_P_H

#include "redissubscription.h"
#include "pubsub/messagesession_p.h"

#include <QtCore/qhash.h>

#include <deque>

namespace QtRedisPrivate {

// The client's pub/sub connection and its subscriptions (children of the
// client, owned by it). Every subscription the application has not
// unsubscribed goes out again, pipelined, whenever the link is ready; each
// SUBSCRIBE/UNSUBSCRIBE names one channel, so that an error reply is
// attributed to exactly one subscription; every message is checked.
class SubscriptionSession final : public MessageSession
{
    Q_OBJECT
public:
    using Kind = RedisSubscription::Kind;

    // main: null for the client's session; else a cluster node's session
    // for shard channels, owned by main.
    explicit SubscriptionSession(RedisClient *client, SubscriptionSession *main = nullptr);
    ~SubscriptionSession() override;

    RedisSubscription *subscription(Kind kind, const QByteArray &name);
    // Every subscription, the shard sessions' included (main session).
    QList<RedisSubscription *> subscriptions() const;
    void activate(RedisSubscription *subscription);
    void deactivate(RedisSubscription *subscription);
    void forget(RedisSubscription *subscription);

protected:
    bool wanted() const override;
    void ready() override;
    void message(const redisReply *reply) override;
    void closed(QtRedis::Error error, const QString &message, bool retrying) override;

private:
    struct Op { Kind kind; bool subscribe; QByteArray name; };
    QList<RedisSubscription *> ownSubscriptions() const;
    // Cluster (main session): the session of the node serving a shard
    // channel's slot; this one while the slot map is unknown.
    SubscriptionSession *sessionFor(Kind kind, const QByteArray &name);
    // Cluster (main session): moves shard channels to their slot's master.
    void rebalance();
    void rebalanceSoon();
    void moveTo(RedisSubscription *s, SubscriptionSession *target);
    void send(Kind kind, bool subscribe, const QByteArray &name);
    RedisSubscription *find(Kind kind, const QByteArray &name) const;
    void confirmed(const Op &op);
    void refused(const Op &op, const QString &message);
    void unsolicitedUnsubscribe(Kind kind, const QByteArray &name);

    QHash<QByteArray, RedisSubscription *> m_byName[3];
    std::deque<Op> m_ops; // commands sent, in order; each gets one reply
    SubscriptionSession *m_main = nullptr;
    QHash<QString, SubscriptionSession *> m_shards; // main: by node address
    QTimer m_rebalanceTimer;
};

} // namespace QtRedisPrivate

#endif // SUBSCRIPTIONSESSION_P_H
