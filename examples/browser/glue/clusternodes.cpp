// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "clusternodes.h"

#include <redisvalue.h>

#include <QtCore/qhash.h>

#include <algorithm>

ClusterNodesModel::ClusterNodesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

RedisClient *ClusterNodesModel::client() const
{
    return m_client;
}

void ClusterNodesModel::setClient(RedisClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (m_client) {
        connect(m_client, &RedisClient::topologyChanged, this, &ClusterNodesModel::refresh);
        connect(m_client, &RedisClient::stateChanged, this, &ClusterNodesModel::refresh);
        connect(m_client, &QObject::destroyed, this, [this] { setNodes({}); });
    }
    refresh();
    Q_EMIT clientChanged();
}

void ClusterNodesModel::refresh()
{
    setNodes(m_client && m_client->isCluster() ? m_client->clusterNodes() : QList<RedisClusterNode>());
}

void ClusterNodesModel::setNodes(const QList<RedisClusterNode> &nodes)
{
    // Masters by address, each followed by its replicas (by address);
    // replicas of an unknown master at the end.
    QList<RedisClusterNode> masters;
    QHash<QString, QList<RedisClusterNode>> replicas;
    for (const RedisClusterNode &node : nodes) {
        if (node.master)
            masters.append(node);
        else
            replicas[node.masterId].append(node);
    }
    const auto byAddress = [](const RedisClusterNode &a, const RedisClusterNode &b) {
        return a.address < b.address;
    };
    std::sort(masters.begin(), masters.end(), byAddress);
    QList<RedisClusterNode> sorted;
    for (const RedisClusterNode &master : std::as_const(masters)) {
        sorted.append(master);
        QList<RedisClusterNode> own = replicas.take(master.id);
        std::sort(own.begin(), own.end(), byAddress);
        sorted += own;
    }
    QList<RedisClusterNode> orphans;
    for (const auto &list : std::as_const(replicas))
        orphans += list;
    std::sort(orphans.begin(), orphans.end(), byAddress);
    sorted += orphans;

    if (sorted == m_nodes)
        return;
    const bool countChanges = sorted.size() != m_nodes.size();
    beginResetModel();
    m_nodes = sorted;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int ClusterNodesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

QVariant ClusterNodesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_nodes.size())
        return {};
    const RedisClusterNode &node = m_nodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AddressRole:
        return node.address;
    case AnnouncedAddressRole:
        return node.announcedAddress;
    case NodeIdRole:
        return node.id;
    case MasterRole:
        return node.master;
    case MasterAddressRole:
        for (const RedisClusterNode &other : m_nodes) {
            if (!node.master && other.id == node.masterId)
                return other.address;
        }
        return QString();
    case SlotsTextRole:
        return node.slotsText();
    case SlotCountRole:
        return node.slotCount();
    case ConnectedRole:
        return node.connected;
    default:
        return {};
    }
}

QHash<int, QByteArray> ClusterNodesModel::roleNames() const
{
    return {
        {AddressRole, "address"},
        {AnnouncedAddressRole, "announcedAddress"},
        {NodeIdRole, "nodeId"},
        {MasterRole, "master"},
        {MasterAddressRole, "masterAddress"},
        {SlotsTextRole, "slotsText"},
        {SlotCountRole, "slotCount"},
        {ConnectedRole, "connected"},
    };
}

QVariantMap ClusterNodesModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_nodes.size())
        return map;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

int ClusterNodesModel::indexOf(const QString &address) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).address == address)
            return i;
    }
    return -1;
}

void ClusterNodesModel::loadInfo(const QString &address)
{
    const quint64 request = ++m_infoRequest;
    m_infoAddress = address;
    m_info.clear();
    m_infoError.clear();
    if (!m_client || address.isEmpty()) {
        m_infoLoading = false;
        Q_EMIT infoChanged();
        return;
    }
    m_infoLoading = true;
    Q_EMIT infoChanged();
    m_client->commandOnNode(address, {QByteArrayLiteral("INFO")}, this,
                            [this, request](const RedisValue &value) {
                                if (request != m_infoRequest)
                                    return; // another node was chosen meanwhile
                                m_infoLoading = false;
                                if (value.isError())
                                    m_infoError = value.errorString();
                                else
                                    m_info = QString::fromUtf8(value.toByteArray());
                                Q_EMIT infoChanged();
                            });
}

void ClusterNodesModel::clearInfo()
{
    ++m_infoRequest;
    m_infoAddress.clear();
    m_info.clear();
    m_infoError.clear();
    m_infoLoading = false;
    Q_EMIT infoChanged();
}

ClusterInfo::ClusterInfo(QObject *parent)
    : QObject(parent)
{
}

bool ClusterInfo::isCluster(RedisClient *client)
{
    return client && client->isCluster();
}

int ClusterInfo::keySlot(const QByteArray &key)
{
    return RedisClient::keySlot(key);
}

QString ClusterInfo::nodeForKey(RedisClient *client, const QByteArray &key)
{
    return client ? client->nodeForKey(key) : QString();
}

QString ClusterInfo::serverAddress(RedisClient *client)
{
    return client ? client->serverAddress() : QString();
}
