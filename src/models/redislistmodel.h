// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISLISTMODEL_H
#define REDISLISTMODEL_H

#include "redisvaluemodel.h"

class RedisListModelPrivate;

// The elements of a list, paged by index with LRANGE (row = list index).
class QTREDIS_EXPORT RedisListModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { IndexColumn, ValueColumn };
    Q_ENUM(Column)

    explicit RedisListModel(QObject *parent = nullptr);
    ~RedisListModel() override;

    Q_INVOKABLE QByteArray valueAt(int row) const;

    Q_INVOKABLE void push(const QByteArray &value, bool front = false);
    Q_INVOKABLE void pop(bool front = false);
    Q_INVOKABLE void setAt(qint64 index, const QByteArray &value);
    Q_INVOKABLE void removeAt(qint64 index);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisListModel)
};

#endif // REDISLISTMODEL_H
