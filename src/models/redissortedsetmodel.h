// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSORTEDSETMODEL_H
#define REDISSORTEDSETMODEL_H

#include "redisvaluemodel.h"

class RedisSortedSetModelPrivate;

// The members of a sorted set by rank (lowest score first), paged with
// ZRANGE key start stop WITHSCORES. Columns: Member, Score. Roles: display,
// edit, member, memberText, score (double), scoreText (as redis-cli shows it:
// 1.5, 3, inf).
//
// An edit moves ranks, so after addMember() (ZADD), setScore() (ZADD XX) and
// removeMember() (ZREM) the loaded rows are read again (one ZRANGE of the
// loaded range, plus a page if everything was loaded) before editFinished().
// setData() on the Score column is setScore(); only that column is editable.
class QTREDIS_EXPORT RedisSortedSetModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { MemberColumn, ScoreColumn };
    Q_ENUM(Column)

    explicit RedisSortedSetModel(QObject *parent = nullptr);
    ~RedisSortedSetModel() override;

    // The row of a loaded member, -1 if it is not loaded.
    Q_INVOKABLE int rowOf(const QByteArray &member) const;
    Q_INVOKABLE QByteArray memberAt(int row) const;
    Q_INVOKABLE double scoreAt(int row) const;

    // ZADD key score member: adds the member, or sets its score.
    Q_INVOKABLE void addMember(const QByteArray &member, double score);
    // ZADD key XX score member: only an existing member; editFinished(false)
    // if there is no such member (checked in the same transaction).
    Q_INVOKABLE void setScore(const QByteArray &member, double score);
    // ZREM key member; editFinished(false) if it was not a member.
    Q_INVOKABLE void removeMember(const QByteArray &member);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisSortedSetModel)
};

#endif // REDISSORTEDSETMODEL_H
