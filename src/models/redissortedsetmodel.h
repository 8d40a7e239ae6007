// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSORTEDSETMODEL_H
#define REDISSORTEDSETMODEL_H

#include "redisvaluemodel.h"

class RedisSortedSetModelPrivate;

// The members of a sorted set by rank, paged with ZRANGE WITHSCORES.
class QTREDIS_EXPORT RedisSortedSetModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { MemberColumn, ScoreColumn };
    Q_ENUM(Column)

    explicit RedisSortedSetModel(QObject *parent = nullptr);
    ~RedisSortedSetModel() override;

    Q_INVOKABLE int rowOf(const QByteArray &member) const;
    Q_INVOKABLE QByteArray memberAt(int row) const;
    Q_INVOKABLE double scoreAt(int row) const;

    Q_INVOKABLE void addMember(const QByteArray &member, double score);
    Q_INVOKABLE void setScore(const QByteArray &member, double score);
    Q_INVOKABLE void removeMember(const QByteArray &member);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisSortedSetModel)
};

#endif // REDISSORTEDSETMODEL_H
