// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisclusternode.h"

/*!
    \class RedisClusterNode
    \inmodule QtRedis
    \brief One node of a Redis Cluster, as RedisClient knows it.

    RedisClient::clusterNodes() returns the nodes of the client's slot map:
    masters with the slot ranges they serve and their replicas. address is
    where the client connects (after RedisConnectionOptions::nodeAddressMap()
    and RedisClient::setNodeAddressMapper()); announcedAddress is what the
    cluster itself announces.

    \sa RedisClient
*/

/*! \property RedisClusterNode::id
    \brief The node's cluster id. */
/*! \variable RedisClusterNode::id
    \brief The node's cluster id. */
/*! \property RedisClusterNode::address
    \brief The \c{host:port} the client connects to. */
/*! \variable RedisClusterNode::address
    \brief The \c{host:port} the client connects to. */
/*! \property RedisClusterNode::announcedAddress
    \brief The \c{host:port} the cluster announces for the node. */
/*! \variable RedisClusterNode::announcedAddress
    \brief The \c{host:port} the cluster announces for the node. */
/*! \property RedisClusterNode::master
    \brief True for a master, false for a replica. */
/*! \variable RedisClusterNode::master
    \brief True for a master, false for a replica. */
/*! \property RedisClusterNode::masterId
    \brief A replica's master (its id); empty for a master. */
/*! \variable RedisClusterNode::masterId
    \brief A replica's master (its id); empty for a master. */
/*! \variable RedisClusterNode::slotRanges
    \brief The slots a master serves, as inclusive ranges. */
/*! \property RedisClusterNode::connected
    \brief Whether the client has a ready connection to the node. */
/*! \variable RedisClusterNode::connected
    \brief Whether the client has a ready connection to the node. */

/*! \property RedisClusterNode::slotCount
    \brief The number of slots the node serves. */
/*! Returns the number of slots the node serves. */
int RedisClusterNode::slotCount() const
{
    int n = 0;
    for (const auto &range : slotRanges)
        n += range.second - range.first + 1;
    return n;
}

/*! \property RedisClusterNode::slotsText
    \brief The slot ranges as text, \c{0-5460,5462} (empty for a replica). */
/*! Returns the slot ranges as text, \c{0-5460,5462}. */
QString RedisClusterNode::slotsText() const
{
    QStringList parts;
    for (const auto &range : slotRanges) {
        if (range.first == range.second)
            parts.append(QString::number(range.first));
        else
            parts.append(QString::number(range.first) + QLatin1Char('-') + QString::number(range.second));
    }
    return parts.join(QLatin1Char(','));
}

/*! Returns true if every field equals the one of \a other. */
bool RedisClusterNode::operator==(const RedisClusterNode &other) const
{
    return id == other.id && address == other.address && announcedAddress == other.announcedAddress
            && master == other.master && masterId == other.masterId && slotRanges == other.slotRanges
            && connected == other.connected;
}

/*! \fn bool RedisClusterNode::operator!=(const RedisClusterNode &other) const
    Returns true if any field differs from the one of \a other. */
