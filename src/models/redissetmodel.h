// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSETMODEL_H
#define REDISSETMODEL_H

#include "redisvaluemodel.h"

class RedisSetModelPrivate;

// The members of a set, paged with SSCAN (COUNT pageSize; a small set comes
// in one page). One column: Member. Roles: display, edit, member, memberText.
// The order is the server's SSCAN order; a member SSCAN returns twice is
// shown once. addMember() (SADD) appends a row for a member not loaded yet,
// removeMember() (SREM) removes its row. Nothing is editable in place.
class QTREDIS_EXPORT RedisSetModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { MemberColumn };
    Q_ENUM(Column)

    explicit RedisSetModel(QObject *parent = nullptr);
    ~RedisSetModel() override;

    // The row of a loaded member, -1 if it is not loaded.
    Q_INVOKABLE int rowOf(const QByteArray &member) const;
    Q_INVOKABLE QByteArray memberAt(int row) const;

    // SADD key member (succeeds also when it already was a member).
    Q_INVOKABLE void addMember(const QByteArray &member);
    // SREM key member; editFinished(false) if it was not a member.
    Q_INVOKABLE void removeMember(const QByteArray &member);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisSetModel)
};

#endif // REDISSETMODEL_H
