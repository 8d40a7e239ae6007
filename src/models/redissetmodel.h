// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSETMODEL_H
#define REDISSETMODEL_H

#include "redisvaluemodel.h"

class RedisSetModelPrivate;

// The members of a set, paged with SSCAN.
class QTREDIS_EXPORT RedisSetModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { MemberColumn };
    Q_ENUM(Column)

    explicit RedisSetModel(QObject *parent = nullptr);
    ~RedisSetModel() override;

    Q_INVOKABLE int rowOf(const QByteArray &member) const;
    Q_INVOKABLE QByteArray memberAt(int row) const;

    Q_INVOKABLE void addMember(const QByteArray &member);
    Q_INVOKABLE void removeMember(const QByteArray &member);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisSetModel)
};

#endif // REDISSETMODEL_H
