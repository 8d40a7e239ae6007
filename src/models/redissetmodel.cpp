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

/*!
    \class RedisSetModel
    \inmodule QtRedis
    \brief The members of a set, paged with SSCAN.

    Pages come from SSCAN with COUNT \l{RedisValueModel::pageSize}{pageSize};
    a small set comes in one page. One column, Member; the roles \c display,
    \c edit, \c member and \c memberText. The order is the server's SSCAN
    order; a member SSCAN returns twice is shown once.

    addMember() (SADD) appends a row for a member not loaded yet;
    removeMember() (SREM) removes its row. Nothing is editable in place.

    See RedisValueModel for loading, errors and edits.
*/

/*!
    \enum RedisSetModel::Column

    \value MemberColumn The member.
*/

/*!
    Constructs an empty set model with the given \a parent.
*/
RedisSetModel::RedisSetModel(QObject *parent) : RedisValueModel(*new RedisSetModelPrivate, parent) {}

/*!
    Destroys the model.
*/
RedisSetModel::~RedisSetModel() = default;

/*!
    Returns the row of the loaded \a member; -1 if it is not loaded.
*/
int RedisSetModel::rowOf(const QByteArray &member) const
{
    Q_D(const RedisSetModel);
    return int(d->rowOf.value(member, -1));
}

/*!
    Returns the member at \a row; empty if there is no such row.
*/
QByteArray RedisSetModel::memberAt(int row) const
{
    Q_D(const RedisSetModel);
    return d->members.value(row);
}

/*!
    Adds \a member (SADD); succeeds also when it already was a member. A
    member not loaded yet gets a row (and is not repeated when its page comes).
    editFinished() follows.
*/
void RedisSetModel::addMember(const QByteArray &member)
{
    Q_D(RedisSetModel);
    d->edit({{QByteArrayLiteral("SADD"), d->key, member}},
            [d, member](const QList<RedisValue> &, bool stillShown) {
        // A member on a page still to come is not repeated when it arrives.
        if (stillShown)
            d->add(member);
        return EditOutcome();
    });
}

/*!
    Removes \a member (SREM) and its row. editFinished() follows, with
    \c false if it was not a member.
*/
void RedisSetModel::removeMember(const QByteArray &member)
{
    Q_D(RedisSetModel);
    d->edit({{QByteArrayLiteral("SREM"), d->key, member}},
            [d, member](const QList<RedisValue> &results, bool stillShown) {
        if (stillShown)
            d->remove(member);
        if (results.constFirst().toInteger() > 0)
            return EditOutcome();
        return EditOutcome{false, tr("The set has no such member"), false};
    });
}

/*!
    \reimp
*/
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

/*!
    \reimp
*/
QVariant RedisSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == MemberColumn ? QVariant(tr("Member")) : QVariant();
    return RedisValueModel::headerData(section, orientation, role);
}

/*!
    \reimp
*/
QHash<int, QByteArray> RedisSetModel::roleNames() const
{
    QHash<int, QByteArray> names = RedisValueModelPrivate::baseRoleNames();
    names.insert(MemberRole, QByteArrayLiteral("member"));
    names.insert(MemberTextRole, QByteArrayLiteral("memberText"));
    return names;
}
