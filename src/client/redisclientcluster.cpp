// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisClient's topologies: connectToCluster(), connectToSentinel() and the
// cluster's node API (the routing itself is in src/cluster).
#include "redisclient.h"
#include "client/pendingcall_p.h"
#include "client/redisclient_p.h"
#include "client/redisreply_p.h"
#include "cluster/clusterrouter_p.h"
#include "cluster/keyslot_p.h"
#include "core/redislogging_p.h"

#include <QtCore/qthread.h>

using QtRedis::Error;
using namespace QtRedisPrivate;

void RedisClientPrivate::refreshClusterMap()
{
    if (isCluster())
        router->refreshSoon();
}

/*!
    Connects to the master named \a masterName, found through \a sentinels
    (\c{host:port} each; port 26379 when none is given), with the other
    options set so far. The sentinels are asked in order for the master's
    address (\c{SENTINEL get-master-addr-by-name}); the node they name is
    confirmed with \c ROLE before connected(). The client follows the
    master across failovers: on \c{+switch-master} and whenever the link
    drops, the sentinels are asked again. Commands in flight on the old
    master fail with QtRedis::Error::ConnectionLost, as for any lost link.

    The sentinels' own credentials are
    RedisConnectionOptions::sentinelUsername() and
    RedisConnectionOptions::sentinelPassword(); username() and password()
    are the data nodes'. With RedisConnectionOptions::readFromReplicas() the
    client connects to a replica of that master instead.

    \sa connectToCluster(), RedisConnectionOptions::Topology
*/
void RedisClient::connectToSentinel(const QString &masterName, const QStringList &sentinels)
{
    if (!d->checkThread("RedisClient::connectToSentinel()"))
        return;
    RedisConnectionOptions next = d->options;
    next.setTopology(RedisConnectionOptions::Topology::Sentinel);
    next.setUnixSocketPath(QString());
    next.setSeedNodes(sentinels.isEmpty() ? QStringList{QStringLiteral("127.0.0.1:26379")} : sentinels);
    next.setSentinelMasterName(masterName);
    setOptions(next);
    connectToServer();
}

/*!
    Connects to the Redis Cluster that \a seedNodes (\c{host:port} each)
    belong to, with the other options set so far (the database must be 0).
    The client loads the slot map from the first seed that answers
    (\c{CLUSTER SHARDS}, or \c{CLUSTER SLOTS} before Redis 7) and is
    connected() once it has it. Commands are then routed by the hash slot
    of their keys over one connection per node, made on first use:

    \list
    \li \c MOVED updates the map and resends the command; \c ASK resends it
        once to the named node after \c ASKING; \c TRYAGAIN, \c CLUSTERDOWN
        and \c LOADING are retried with backoff. The server said the command
        did not run, so this is safe; a command in flight on a connection
        that drops fails with QtRedis::Error::ConnectionLost, as always.
    \li MGET, MSET, DEL, UNLINK, EXISTS and TOUCH whose keys are in several
        slots are split per slot and their replies joined in order (not
        atomic); other commands whose keys span slots fail with
        QtRedis::Error::CrossSlot.
    \li DBSIZE (summed), KEYS (joined), SCAN (one cursor over every
        master), RANDOMKEY, FLUSHDB and FLUSHALL go to every master;
        commandOnNode() sends a command to one chosen node.
    \li Callbacks run in issue order per slot; see the README's Topologies
        section for what holds across slots.
    \endlist

    \sa connectToSentinel(), clusterNodes(), commandOnNode()
*/
void RedisClient::connectToCluster(const QStringList &seedNodes)
{
    if (!d->checkThread("RedisClient::connectToCluster()"))
        return;
    RedisConnectionOptions next = d->options;
    next.setTopology(RedisConnectionOptions::Topology::Cluster);
    next.setUnixSocketPath(QString());
    next.setDatabase(0);
    next.setSeedNodes(seedNodes.isEmpty() ? QStringList{QStringLiteral("127.0.0.1:6379")} : seedNodes);
    setOptions(next);
    connectToServer();
}

/*!
    Returns the address (\c{host:port}, or the unix socket path) of the
    server the command link is connected to or connecting to: for the
    Sentinel topology the node the sentinels named, for a cluster the node
    the slot map is loaded from. Empty while Disconnected.
*/
QString RedisClient::serverAddress() const
{
    if (d->state() == State::Disconnected)
        return QString();
    return d->link->endpoint();
}

/*! Returns true if the client's topology is a Redis Cluster. */
bool RedisClient::isCluster() const
{
    return d->options.topology() == RedisConnectionOptions::Topology::Cluster;
}

/*!
    Returns the nodes of the cluster's slot map: masters with their slots,
    and replicas. Empty unless connected to a cluster.
*/
QList<RedisClusterNode> RedisClient::clusterNodes() const
{
    return d->router ? d->router->nodes() : QList<RedisClusterNode>();
}

/*!
    Returns the hash slot of \a key (0 to 16383): CRC16 of the key, or of
    its hash tag -- the part between the first \c{\{} and the next \c{\}},
    when not empty -- modulo 16384. Keys with the same hash tag share a slot.
*/
int RedisClient::keySlot(const QByteArray &key)
{
    return keyHashSlot(key);
}

/*!
    Returns the address of the master that serves the slot of \a key, or an
    empty string when unknown (not a cluster, or no slot map yet).
*/
QString RedisClient::nodeForKey(const QByteArray &key) const
{
    return d->router ? d->router->nodeForKey(key) : QString();
}

/*!
    Sets the \a mapper that turns a node address the cluster announces
    (\c{host:port}) into the address to connect to; an empty result keeps
    the address. It runs after RedisConnectionOptions::nodeAddressMap() and
    applies to connections made afterwards.
*/
void RedisClient::setNodeAddressMapper(const std::function<QString(const QString &)> &mapper)
{
    d->nodeAddressMapper = mapper;
    if (d->router)
        d->router->setAddressMapper(mapper);
}

/*!
    Sends \a args to the cluster node \a node (an address of clusterNodes())
    as it is: no routing, no redirect followed (a \c MOVED reply is the
    command's reply). Returns its RedisReply. For per-node \c INFO,
    \c{CLIENT LIST}, \c{MEMORY STATS}, ... Fails with
    QtRedis::Error::InvalidArgument when the client is not a cluster client
    or \a node is not one of its nodes.
*/
RedisReply *RedisClient::commandOnNode(const QString &node, const QList<QByteArray> &args)
{
    if (Q_UNLIKELY(QThread::currentThread() != thread()))
        return command(args); // fails with WrongThread
    return d->commandReply(args, -1, &node);
}

/*!
    \fn template <typename Functor> void RedisClient::commandOnNode(const QString &node, const QList<QByteArray> &args, const QObject *context, Functor &&onReply)

    The same with a callback: \a onReply runs once with the reply of \a node
    to \a args, unless \a context is gone.
*/

/*!
    \fn void RedisClient::topologyChanged()

    The cluster's slot map changed (a node joined or left, slots moved, a
    failover), or the sentinels named another node.
*/
