// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISHASHMODEL_H
#define REDISHASHMODEL_H

#include "redisvaluemodel.h"

class RedisHashModelPrivate;

// The fields and values of a hash, paged with HSCAN.
class QTREDIS_EXPORT RedisHashModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn };
    Q_ENUM(Column)

    explicit RedisHashModel(QObject *parent = nullptr);
    ~RedisHashModel() override;

    Q_INVOKABLE int rowOf(const QByteArray &field) const;
    Q_INVOKABLE QByteArray fieldAt(int row) const;
    Q_INVOKABLE QByteArray valueAt(int row) const;

    Q_INVOKABLE void setField(const QByteArray &field, const QByteArray &value);
    Q_INVOKABLE void removeField(const QByteArray &field);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisHashModel)
};

#endif // REDISHASHMODEL_H
