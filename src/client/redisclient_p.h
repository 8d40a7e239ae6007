// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISCLIENT_P_H
#define REDISCLIENT_P_H

#include "redisclient.h"
#include "redisconnectionoptions.h"
#include "client/commandqueue_p.h"
#include "client/redisreply_p.h"
#include "connection/redislink_p.h"

#include <functional>

namespace QtRedisPrivate {
class ClusterRouter;
}

class RedisClientPrivate final : public QtRedisPrivate::LinkOwner
{
public:
    explicit RedisClientPrivate(RedisClient *q);
    ~RedisClientPrivate();

    static RedisClient::State clientState(QtRedisPrivate::RedisLink::State state);
    RedisClient::State state() const { return isCluster() ? clusterState() : clientState(link->state()); }
    // A cluster client stays Connected while its control link moves to
    // another node (the node connections carry the commands meanwhile).
    RedisClient::State clusterState() const;
    // The control link's change in the Cluster topology; false: handled as usual.
    bool clusterLinkChanged(const QtRedisPrivate::LinkChange &change);
    // Hands the options to the link (they apply from its next attempt).
    void optionsChanged()
    {
        if (options.isSshTunnel() && !tunnel) {
            tunnel = new QtRedisPrivate::SshTunnel(q);
            link->setTunnel(tunnel);
        }
        if (options.topology() == RedisConnectionOptions::Topology::Sentinel && !sentinelWatcher) {
            sentinelWatcher = new QtRedisPrivate::SentinelWatcher(q);
            link->setSentinelWatcher(sentinelWatcher);
            QObject::connect(sentinelWatcher, &QtRedisPrivate::SentinelWatcher::masterSwitched, q,
                             [this](const QString &, const QString &, quint16, bool announced) {
                                 if (announced)
                                     Q_EMIT q->topologyChanged();
                             });
        }
        link->setOptions(options);
        queue.setLimits(options.commandTimeout(), options.maxQueuedCommands());
        if (options.topology() == RedisConnectionOptions::Topology::Cluster && !router)
            makeRouter();
    }
    bool isCluster() const { return router && options.topology() == RedisConnectionOptions::Topology::Cluster; }
    void makeRouter();
    // One command to the queue, the cluster router or one chosen node.
    void dispatch(const QList<QByteArray> &args, QtRedisPrivate::PendingCall *call, qint64 timeout,
                  const QString *node);
    // RedisReply::abort().
    void cancel(QtRedisPrivate::PendingCall *call);
    // The cluster router has its first slot map (Connected is announced).
    void clusterReady();
    // Cluster: load the slot map again soon (rate-limited).
    void refreshClusterMap();
    static RedisClientPrivate *get(RedisClient *client) { return client->d.get(); }

    // The one place the client's state and error change and are announced.
    void linkChanged(QtRedisPrivate::RedisLink *link, const QtRedisPrivate::LinkChange &change) override;
    void linkBeforeReply(QtRedisPrivate::RedisLink *) override
    {
        if (queue.hasFailures())
            queue.drainFailures();
    }

    bool checkThread(const char *function) const;
    // The QObject path of command(); timeout < 0: commandTimeout.
    RedisReply *commandReply(const QList<QByteArray> &args, qint64 timeout, const QString *node = nullptr);

    RedisClient *q;
    RedisConnectionOptions options;
    QtRedisPrivate::RedisLink *link;      // the command link; disposed with the client
    QtRedisPrivate::CommandQueue queue;
    QtRedis::Error error = QtRedis::Error::NoError;
    QString errorString;
    bool connectedEmitted = false; // disconnected() pairs with a connected() that was emitted
    bool destroying = false;
    QtRedisPrivate::RetiredReplies retiredReplies;
    // Made when the options first ask for SSH; every link of the client uses it.
    QtRedisPrivate::SshTunnel *tunnel = nullptr;
    // Made by the pub/sub layer on first use (src/pubsub); children of the client.
    QObject *subscriptions = nullptr;
    QObject *monitor = nullptr;
    // Cluster topology: routes commands by slot; made when the options first ask for it.
    QtRedisPrivate::ClusterRouter *router = nullptr;
    std::function<QString(const QString &)> nodeAddressMapper;
    // Made when the options first ask for the Sentinel topology: hears of
    // failovers for every link of the client (like the tunnel).
    QtRedisPrivate::SentinelWatcher *sentinelWatcher = nullptr;
};

#endif // REDISCLIENT_P_H
