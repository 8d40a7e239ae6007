// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redissetmodel.h"

#include "models/redisvaluemodel_p.h"

using EditOutcome = RedisValueModelPrivate::EditOutcome;

class RedisSetModelPrivate : public RedisValueModelPrivate
{
public:
    RedisSetModelPrivate() : RedisValueModelPrivate(1, -1, RedisScan::Kind::Set) {}

    QByteArray countCommand() const override { return QByteArrayLiteral("SCARD"); }
    qsizetype rows() const override { return members.size(); }
    void clear() override
    {
        members.clear();
        rowOf.clear();
    }
    void applyScanPage(const QList<QByteArray> &items) override
    {
        // SSCAN may return a member twice: it is shown once.
        QList<QByteArray> fresh;
        for (const QByteArray &member : items) {
            if (rowOf.contains(member))
                continue;
            rowOf.insert(member, members.size() + fresh.size());
            fresh.append(member);
        }
        if (!fresh.isEmpty()) {
            beginInsert(members.size(), members.size() + fresh.size() - 1);
            members.append(fresh);
            endInsert();
        }
    }

    void add(const QByteArray &member)
    {
        if (rowOf.contains(member))
            return;
        beginInsert(members.size(), members.size());
        rowOf.insert(member, members.size());
        members.append(member);
        endInsert();
    }
    void remove(const QByteArray &member)
    {
        const qsizetype row = rowOf.value(member, -1);
        if (row < 0)
            return;
        beginRemove(row, row);
        members.removeAt(row);
        rowOf.remove(member);
        for (qsizetype i = row; i < members.size(); ++i)
            rowOf[members.at(i)] = i;
        endRemove();
    }

    QList<QByteArray> members;
    QHash<QByteArray, qsizetype> rowOf;
};

RedisSetModel::RedisSetModel(QObject *parent) : RedisValueModel(*new RedisSetModelPrivate, parent) {}

RedisSetModel::~RedisSetModel() = default;

int RedisSetModel::rowOf(const QByteArray &member) const
{
    Q_D(const RedisSetModel);
    return int(d->rowOf.value(member, -1));
}

QByteArray RedisSetModel::memberAt(int row) const
{
    Q_D(const RedisSetModel);
    return d->members.value(row);
}

void RedisSetModel::addMember(const QByteArray &member)
{
    Q_D(RedisSetModel);
    d->edit({{QByteArrayLiteral("SADD"), d->key, member}},
            [d, member](const QList<RedisValue> &, bool current) {
        // A member on a page still to come is not repeated when it arrives.
        if (current)
            d->add(member);
        return EditOutcome();
    });
}

void RedisSetModel::removeMember(const QByteArray &member)
{
    Q_D(RedisSetModel);
    d->edit({{QByteArrayLiteral("SREM"), d->key, member}},
            [d, member](const QList<RedisValue> &results, bool current) {
        if (current)
            d->remove(member);
        if (results.constFirst().toInteger() > 0)
            return EditOutcome();
        return EditOutcome{false, tr("The set has no such member"), false};
    });
}

QVariant RedisSetModel::data(const QModelIndex &index, int role) const
{
    Q_D(const RedisSetModel);
    if (!d->validRow(index))
        return {};
    const QByteArray &member = d->members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MemberTextRole:
        return RedisValueModelPrivate::cellText(member);
    case Qt::EditRole:
        return RedisValueModelPrivate::editValue(member);
    case MemberRole:
        return member;
    default:
        return {};
    }
}

QVariant RedisSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == MemberColumn ? QVariant(tr("Member")) : QVariant();
    return RedisValueModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> RedisSetModel::roleNames() const
{
    QHash<int, QByteArray> names = RedisValueModelPrivate::baseRoleNames();
    names.insert(MemberRole, QByteArrayLiteral("member"));
    names.insert(MemberTextRole, QByteArrayLiteral("memberText"));
    return names;
}
