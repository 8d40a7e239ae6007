// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISKEYSMODEL_H
#define REDISKEYSMODEL_H

#include "redisglobal.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisClient;
class RedisKeysModelPrivate;
namespace QtRedisPrivate {
class KeyTree;
}
Q_MOC_INCLUDE("redisclient.h")

// An item model over the keys of a Redis database, flat or grouped into namespaces.
class QTREDIS_EXPORT RedisKeysModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(RedisClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QString pattern READ pattern WRITE setPattern NOTIFY patternChanged)
    Q_PROPERTY(QString typeFilter READ typeFilter WRITE setTypeFilter NOTIFY typeFilterChanged)
    Q_PROPERTY(QString separator READ separator WRITE setSeparator NOTIFY separatorChanged)
    Q_PROPERTY(bool treeMode READ treeMode WRITE setTreeMode NOTIFY treeModeChanged)
    Q_PROPERTY(int scanCount READ scanCount WRITE setScanCount NOTIFY scanCountChanged)
    Q_PROPERTY(bool autoFetch READ autoFetch WRITE setAutoFetch NOTIFY autoFetchChanged)
    Q_PROPERTY(int fetchBatchSize READ fetchBatchSize WRITE setFetchBatchSize NOTIFY fetchBatchSizeChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 loadedCount READ loadedCount NOTIFY loadedCountChanged)
    Q_PROPERTY(qint64 estimatedTotal READ estimatedTotal NOTIFY estimatedTotalChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1, // QByteArray: the full key, or a namespace's prefix
        NameRole,                   // QString: the last piece, escaped
        TypeRole,                   // QString: "string", "hash", ..., "none"
        TtlRole,                    // qint64 ms: -1 no expiry, -2 key gone
        MemoryUsageRole,            // qint64 bytes: -1 unknown, -2 key gone
        IsNamespaceRole,            // bool
        KeyCountRole,               // qint64: keys under a namespace; 1 for a key
    };
    Q_ENUM(Roles)

    explicit RedisKeysModel(QObject *parent = nullptr);
    ~RedisKeysModel() override;

    RedisClient *client() const;
    void setClient(RedisClient *client);

    QString pattern() const;
    void setPattern(const QString &pattern);
    QString typeFilter() const;
    void setTypeFilter(const QString &type);
    QString separator() const;
    void setSeparator(const QString &separator);
    bool treeMode() const;
    void setTreeMode(bool on);
    int scanCount() const;
    void setScanCount(int count);
    bool autoFetch() const;
    void setAutoFetch(bool on);
    int fetchBatchSize() const;
    void setFetchBatchSize(int count);

    bool isLoading() const;
    qint64 loadedCount() const;
    qint64 estimatedTotal() const;
    QString errorString() const;

    Q_INVOKABLE QByteArray keyAt(const QModelIndex &index) const;
    Q_INVOKABLE QModelIndex indexOfKey(const QByteArray &key) const;
    Q_INVOKABLE void forgetKey(const QByteArray &key);
    Q_INVOKABLE void addKey(const QByteArray &key);
    Q_INVOKABLE bool requestMemoryUsage(const QModelIndex &index);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void clientChanged();
    void patternChanged(const QString &pattern);
    void typeFilterChanged(const QString &type);
    void separatorChanged(const QString &separator);
    void treeModeChanged(bool on);
    void scanCountChanged(int count);
    void autoFetchChanged(bool on);
    void fetchBatchSizeChanged(int count);
    void loadingChanged(bool loading);
    void loadedCountChanged(qint64 count);
    void estimatedTotalChanged(qint64 total);
    void errorStringChanged(const QString &message);
    void errorOccurred(const QString &message);

private:
    friend class RedisKeysModelPrivate;
    friend class QtRedisPrivate::KeyTree; // inserts and removes the rows of tree mode
    std::unique_ptr<RedisKeysModelPrivate> d;
};

#endif // REDISKEYSMODEL_H
