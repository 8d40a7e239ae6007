// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "cluster/slotmap_p.h"
#include "cluster/keyslot_p.h"

#include <QtCore/qcoreapplication.h>

#include <algorithm>

namespace QtRedisPrivate {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RedisClient)
};

QString hostOf(const RedisValue &value, const QString &queriedHost)
{
    const QString host = QString::fromUtf8(value.toByteArray());
    return host.isEmpty() || host == QLatin1String("?") ? queriedHost : host;
}

// Fields of a CLUSTER SHARDS map (a flat array of name, value, ...).
RedisValue field(const RedisValue &map, const char *name)
{
    const int n = map.size();
    for (int i = 0; i + 1 < n; i += 2) {
        if (map.at(i).toByteArray() == name)
            return map.at(i + 1);
    }
    return RedisValue();
}
} // namespace

int SlotMap::addNode(const Node &node)
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &known = m_nodes[i];
        if ((!node.id.isEmpty() && known.id == node.id) || (known.host == node.host && known.port == node.port)) {
            if (known.id.isEmpty())
                known.id = node.id;
            known.host = node.host;
            known.port = node.port;
            known.master = known.master || node.master;
            if (!node.masterId.isEmpty())
                known.masterId = node.masterId;
            return i;
        }
    }
    m_nodes.append(node);
    return int(m_nodes.size() - 1);
}

bool SlotMap::loadSlots(const RedisValue &reply, const QString &queriedHost, QString *errorString)
{
    // [[first, last, [host, port, id, ...], [replica host, port, id, ...], ...], ...]
    if (reply.type() != RedisValue::Type::Array) {
        *errorString = Tr::tr("CLUSTER SLOTS did not answer with a list");
        return false;
    }
    SlotMap map;
    for (int i = 0; i < reply.size(); ++i) {
        const RedisValue range = reply.at(i);
        if (range.size() < 3) {
            *errorString = Tr::tr("CLUSTER SLOTS sent a slot range without a master");
            return false;
        }
        const qlonglong first = range.at(0).toInteger();
        const qlonglong last = range.at(1).toInteger();
        if (first < 0 || last >= ClusterSlotCount || first > last) {
            *errorString = Tr::tr("CLUSTER SLOTS sent an invalid slot range");
            return false;
        }
        int master = -1;
        for (int j = 2; j < range.size(); ++j) {
            const RedisValue n = range.at(j);
            if (n.size() < 2)
                continue;
            Node node;
            node.host = hostOf(n.at(0), queriedHost);
            node.port = quint16(n.at(1).toInteger());
            node.id = n.size() > 2 ? QString::fromLatin1(n.at(2).toByteArray()) : QString();
            node.master = j == 2;
            if (j > 2 && master >= 0)
                node.masterId = map.m_nodes.at(master).id;
            if (node.port == 0)
                continue;
            const int index = map.addNode(node);
            if (j == 2)
                master = index;
        }
        if (master < 0) {
            *errorString = Tr::tr("CLUSTER SLOTS sent a slot range without a master");
            return false;
        }
        std::fill(map.m_master.begin() + first, map.m_master.begin() + last + 1, master);
    }
    *this = std::move(map);
    return true;
}

bool SlotMap::loadShards(const RedisValue &reply, const QString &queriedHost, QString *errorString)
{
    // [[ "slotList", [first, last, ...], "nodes", [ {id, port, ip, endpoint,
    //   hostname, role, health, ...}, ... ] ], ...]
    if (reply.type() != RedisValue::Type::Array) {
        *errorString = Tr::tr("CLUSTER SHARDS did not answer with a list");
        return false;
    }
    SlotMap map;
    for (int i = 0; i < reply.size(); ++i) {
        const RedisValue shard = reply.at(i);
        const RedisValue slotList = field(shard, "slots");
        const RedisValue nodes = field(shard, "nodes");
        int master = -1;
        QList<int> replicas;
        for (int j = 0; j < nodes.size(); ++j) {
            const RedisValue n = nodes.at(j);
            if (field(n, "health").toByteArray() == "fail")
                continue;
            Node node;
            node.id = QString::fromLatin1(field(n, "id").toByteArray());
            QString host = QString::fromUtf8(field(n, "endpoint").toByteArray());
            if (host.isEmpty() || host == QLatin1String("?"))
                host = QString::fromUtf8(field(n, "ip").toByteArray());
            node.host = host.isEmpty() || host == QLatin1String("?") ? queriedHost : host;
            qlonglong port = field(n, "port").toInteger();
            if (port <= 0)
                port = field(n, "tls-port").toInteger();
            if (port <= 0 || port > 65535)
                continue;
            node.port = quint16(port);
            node.master = field(n, "role").toByteArray() == "master";
            const int index = map.addNode(node);
            if (node.master && master < 0)
                master = index;
            else if (!node.master)
                replicas.append(index);
        }
        if (master < 0)
            continue; // a shard whose master failed: its slotList stay uncovered until a replica takes over
        for (int r : replicas)
            map.m_nodes[r].masterId = map.m_nodes.at(master).id;
        for (int k = 0; k + 1 < slotList.size(); k += 2) {
            const qlonglong first = slotList.at(k).toInteger();
            const qlonglong last = slotList.at(k + 1).toInteger();
            if (first < 0 || last >= ClusterSlotCount || first > last) {
                *errorString = Tr::tr("CLUSTER SHARDS sent an invalid slot range");
                return false;
            }
            std::fill(map.m_master.begin() + first, map.m_master.begin() + last + 1, master);
        }
    }
    if (map.m_nodes.isEmpty()) {
        *errorString = Tr::tr("The cluster reported no nodes");
        return false;
    }
    *this = std::move(map);
    return true;
}

QList<int> SlotMap::replicasOf(int master) const
{
    QList<int> replicas;
    const QString &id = m_nodes.at(master).id;
    if (id.isEmpty())
        return replicas;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!m_nodes.at(i).master && m_nodes.at(i).masterId == id)
            replicas.append(i);
    }
    return replicas;
}

QList<QPair<int, int>> SlotMap::slotRangesOf(int master) const
{
    QList<QPair<int, int>> ranges;
    int start = -1;
    for (int slot = 0; slot <= ClusterSlotCount; ++slot) {
        const bool mine = slot < ClusterSlotCount && m_master[size_t(slot)] == master;
        if (mine && start < 0)
            start = slot;
        else if (!mine && start >= 0) {
            ranges.append({start, slot - 1});
            start = -1;
        }
    }
    return ranges;
}

int SlotMap::indexOfAddress(const QString &host, quint16 port) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).port == port && m_nodes.at(i).host == host)
            return i;
    }
    return -1;
}

QList<int> SlotMap::masters() const
{
    QList<int> result;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).master
            && std::find(m_master.begin(), m_master.end(), i) != m_master.end())
            result.append(i);
    }
    std::sort(result.begin(), result.end(), [this](int a, int b) {
        const Node &x = m_nodes.at(a);
        const Node &y = m_nodes.at(b);
        if (x.id != y.id)
            return x.id < y.id;
        return std::make_pair(x.host, x.port) < std::make_pair(y.host, y.port);
    });
    return result;
}

int SlotMap::uncoveredSlots() const
{
    return int(std::count(m_master.begin(), m_master.end(), -1));
}

int SlotMap::moveSlot(int slot, const QString &host, quint16 port)
{
    int index = indexOfAddress(host, port);
    if (index < 0) {
        Node node;
        node.host = host;
        node.port = port;
        node.master = true;
        index = addNode(node);
    }
    m_nodes[index].master = true;
    m_nodes[index].masterId.clear();
    m_master[size_t(slot)] = index;
    return index;
}

} // namespace QtRedisPrivate
