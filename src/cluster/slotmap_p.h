// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef SLOTMAP_P_H
#define SLOTMAP_P_H

#include "redisclusternode.h"
#include "redisvalue.h"

#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

#include <vector>

namespace QtRedisPrivate {

// The cluster's layout as one node reported it: the nodes and, per slot,
// the master serving it and its replicas (indexes into nodes()).
class SlotMap
{
public:
    struct Node
    {
        QString id;
        QString host;       // as announced
        quint16 port = 0;
        bool master = false;
        QString masterId;
    };

    // From the reply to CLUSTER SHARDS (Redis 7) or CLUSTER SLOTS;
    // queriedHost replaces an empty or "?" host (a node that does not know
    // its own address). False, with errorString, if the reply is unusable.
    bool loadShards(const RedisValue &reply, const QString &queriedHost, QString *errorString);
    bool loadSlots(const RedisValue &reply, const QString &queriedHost, QString *errorString);

    bool isEmpty() const { return m_nodes.isEmpty(); }
    const QList<Node> &nodes() const { return m_nodes; }
    // -1: no master serves the slot.
    int masterOf(int slot) const { return m_master[size_t(slot)]; }
    // The replicas of a master (indexes into nodes()).
    QList<int> replicasOf(int master) const;
    // The slots a master serves, as inclusive ranges.
    QList<QPair<int, int>> slotRangesOf(int master) const;
    int indexOfAddress(const QString &host, quint16 port) const;
    // The masters, ordered by id (a stable order for SCAN's cursor).
    QList<int> masters() const;
    // Slots served by no master.
    int uncoveredSlots() const;
    // Sets slot's master to the node at host:port (a MOVED reply), adding
    // the node if it is new; returns its index.
    int moveSlot(int slot, const QString &host, quint16 port);

private:
    int addNode(const Node &node);
    QList<Node> m_nodes;
    std::vector<int> m_master = std::vector<int>(16384, -1);
};

} // namespace QtRedisPrivate

#endif // SLOTMAP_P_H
