// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef CLUSTERNODES_H
#define CLUSTERNODES_H

#include <redisclient.h>
#include <redisclusternode.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtQml/qqml.h>

// The nodes of a Redis Cluster client (RedisClient::clusterNodes()), one
// row each, for the Nodes view of the server page: read again on the
// client's topologyChanged() and stateChanged(). Masters come first (by
// address), each followed by its replicas.
//
// loadInfo(address) asks that node for INFO (RedisClient::commandOnNode());
// the reply arrives in info (the server's text) or infoError.
class ClusterNodesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RedisClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString infoAddress READ infoAddress NOTIFY infoChanged)
    Q_PROPERTY(QString info READ info NOTIFY infoChanged)
    Q_PROPERTY(QString infoError READ infoError NOTIFY infoChanged)
    Q_PROPERTY(bool infoLoading READ infoLoading NOTIFY infoChanged)

public:
    enum Role {
        AddressRole = Qt::UserRole + 1,
        AnnouncedAddressRole,
        NodeIdRole,
        MasterRole,
        MasterAddressRole, // replicas: their master's address
        SlotsTextRole,
        SlotCountRole,
        ConnectedRole,
    };
    Q_ENUM(Role)

    explicit ClusterNodesModel(QObject *parent = nullptr);

    RedisClient *client() const;
    void setClient(RedisClient *client);
    QString infoAddress() const { return m_infoAddress; }
    QString info() const { return m_info; }
    QString infoError() const { return m_infoError; }
    bool infoLoading() const { return m_infoLoading; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The rows (sorted as described above); tests give them directly.
    void setNodes(const QList<RedisClusterNode> &nodes);
    // Reads the client's nodes again.
    Q_INVOKABLE void refresh();
    // A row as a map of its roles (empty out of range).
    Q_INVOKABLE QVariantMap get(int row) const;
    // The row of address, or -1.
    Q_INVOKABLE int indexOf(const QString &address) const;
    // INFO of the node at address, into info / infoError.
    Q_INVOKABLE void loadInfo(const QString &address);
    Q_INVOKABLE void clearInfo();

Q_SIGNALS:
    void clientChanged();
    void countChanged();
    void infoChanged();

private:
    QPointer<RedisClient> m_client;
    QList<RedisClusterNode> m_nodes;
    QString m_infoAddress;
    QString m_info;
    QString m_infoError;
    bool m_infoLoading = false;
    quint64 m_infoRequest = 0;
};

// What the browser's QML needs of a client's topology that the QML type
// RedisClient does not offer: the key's hash slot and node, the server the
// client talks to.
class ClusterInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ClusterInfo(QObject *parent = nullptr);

    Q_INVOKABLE static bool isCluster(RedisClient *client);
    // RedisClient::keySlot() (0..16383).
    Q_INVOKABLE static int keySlot(const QByteArray &key);
    // RedisClient::nodeForKey(): the master serving key's slot, or "".
    Q_INVOKABLE static QString nodeForKey(RedisClient *client, const QByteArray &key);
    // RedisClient::serverAddress(): for a sentinel topology the master.
    Q_INVOKABLE static QString serverAddress(RedisClient *client);
};

#endif // CLUSTERNODES_H
