// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redissortedsetmodel.h"

#include "models/redisvaluemodel_p.h"

#include <QtCore/qnumeric.h>

using EditOutcome = RedisValueModelPrivate::EditOutcome;

namespace {

struct ScoredMember
{
    QByteArray member;
    double score = 0;
    bool operator==(const ScoredMember &other) const
    {
        return member == other.member
                && (score == other.score || (qIsNaN(score) && qIsNaN(other.score)));
    }
};

bool parseScore(const RedisValue &value, double *score)
{
    if (!value.isString() && !value.isStatus() && !value.isInteger())
        return false;
    bool ok = false;
    *score = value.toByteArray().toDouble(&ok);   // also "inf", "-inf"
    return ok;
}

// ZRANGE ... WITHSCORES: member, score, ... (RESP2) or [member, score] pairs (RESP3).
bool parseScored(const RedisValue &reply, QList<ScoredMember> *items, QString *problem)
{
    if (!reply.isArray()) {
        *problem = RedisSortedSetModel::tr("expected an array");
        return false;
    }
    const qsizetype n = reply.size();
    const bool nested = n > 0 && reply.at(0).isArray();
    if (!nested && n % 2 != 0) {
        *problem = RedisSortedSetModel::tr("an odd number of elements where pairs were expected");
        return false;
    }
    for (qsizetype i = 0; i < n; i += nested ? 1 : 2) {
        const RedisValue member = nested ? reply.at(i).at(0) : reply.at(i);
        const RedisValue score = nested ? reply.at(i).at(1) : reply.at(i + 1);
        ScoredMember item;
        if ((nested && reply.at(i).size() != 2) || !member.isString() || !parseScore(score, &item.score)) {
            *problem = RedisSortedSetModel::tr("element %1 is not a member and a score").arg(i);
            return false;
        }
        item.member = member.toByteArray();
        items->append(item);
    }
    return true;
}

QByteArray scoreArgument(double score)
{
    return QByteArray::number(score, 'g', 17);   // "inf", "-inf" as Redis spells them
}

} // namespace

class RedisSortedSetModelPrivate : public RedisValueModelPrivate
{
public:
    RedisSortedSetModelPrivate() : RedisValueModelPrivate(2, RedisSortedSetModel::ScoreColumn) {}

    QByteArray countCommand() const override { return QByteArrayLiteral("ZCARD"); }
    qsizetype rows() const override { return items.size(); }
    void clear() override { items.clear(); }
    QList<QByteArray> pageCommand(int count) const override
    {
        const qsizetype start = items.size();
        return {QByteArrayLiteral("ZRANGE"), key, QByteArray::number(start),
                QByteArray::number(start + count - 1), QByteArrayLiteral("WITHSCORES")};
    }
    bool applyPage(const RedisValue &reply, int pageSize, QString *problem) override
    {
        QList<ScoredMember> page;
        if (!parseScored(reply, &page, problem))
            return false;
        setEnd(page.size() < pageSize);
        if (!page.isEmpty()) {
            beginInsert(items.size(), items.size() + page.size() - 1);
            items.append(page);
            endInsert();
        }
        return true;
    }
    bool canReread() const override { return true; }
    QList<QByteArray> rereadCommand(qsizetype count) const override
    {
        return {QByteArrayLiteral("ZRANGE"), key, QByteArrayLiteral("0"), QByteArray::number(count - 1),
                QByteArrayLiteral("WITHSCORES")};
    }
    bool applyReread(const RedisValue &reply, qsizetype requested, QString *problem) override
    {
        QList<ScoredMember> fresh;
        if (!parseScored(reply, &fresh, problem))
            return false;
        setEnd(fresh.size() < requested);
        replaceRows(items, fresh);
        return true;
    }

    qsizetype rowOf(const QByteArray &member) const
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).member == member)
                return i;
        }
        return -1;
    }

    QList<ScoredMember> items;
};

/*!
    \class RedisSortedSetModel
    \inmodule QtRedis
    \brief The members of a sorted set by rank, paged with ZRANGE.

    Rows are in rank order (lowest score first), paged with
    \c{ZRANGE key start stop WITHSCORES}. The columns are Member and Score;
    the roles \c display, \c edit, \c member, \c memberText, \c score (a
    double) and \c scoreText (as redis-cli shows it: 1.5, 3, inf).

    An edit moves ranks, so after addMember() (ZADD), setScore() (ZADD XX)
    and removeMember() (ZREM) the loaded rows are read again (one ZRANGE of
    the loaded range, plus a page if everything was loaded) before
    editFinished(). setData() on the Score column is setScore(); only that
    column is editable.

    See RedisValueModel for loading, errors and edits.
*/

/*!
    \enum RedisSortedSetModel::Column

    \value MemberColumn The member.
    \value ScoreColumn  The score (editable).
*/

/*!
    Constructs an empty sorted set model with the given \a parent.
*/
RedisSortedSetModel::RedisSortedSetModel(QObject *parent)
    : RedisValueModel(*new RedisSortedSetModelPrivate, parent)
{
}

/*!
    Destroys the model.
*/
RedisSortedSetModel::~RedisSortedSetModel() = default;

/*!
    Returns the row of the loaded \a member; -1 if it is not loaded.
*/
int RedisSortedSetModel::rowOf(const QByteArray &member) const
{
    Q_D(const RedisSortedSetModel);
    return int(d->rowOf(member));
}

/*!
    Returns the member at \a row; empty if there is no such row.
*/
QByteArray RedisSortedSetModel::memberAt(int row) const
{
    Q_D(const RedisSortedSetModel);
    return row >= 0 && row < d->items.size() ? d->items.at(row).member : QByteArray();
}

/*!
    Returns the score at \a row; NaN if there is no such row.
*/
double RedisSortedSetModel::scoreAt(int row) const
{
    Q_D(const RedisSortedSetModel);
    return row >= 0 && row < d->items.size() ? d->items.at(row).score : qQNaN();
}

/*!
    Adds \a member with \a score, or sets the score of an existing one
    (ZADD). The loaded rows are read again; editFinished() follows.
*/
void RedisSortedSetModel::addMember(const QByteArray &member, double score)
{
    Q_D(RedisSortedSetModel);
    d->edit({{QByteArrayLiteral("ZADD"), d->key, scoreArgument(score), member}},
            [](const QList<RedisValue> &, bool stillShown) {
        return EditOutcome{true, QString(), stillShown};
    });
}

/*!
    Sets the score of the existing \a member to \a score (ZADD XX). The
    loaded rows are read again; editFinished() follows, with \c false if
    there is no such member (checked in the same transaction).
*/
void RedisSortedSetModel::setScore(const QByteArray &member, double score)
{
    Q_D(RedisSortedSetModel);
    d->edit({{QByteArrayLiteral("ZSCORE"), d->key, member},
             {QByteArrayLiteral("ZADD"), d->key, QByteArrayLiteral("XX"), scoreArgument(score), member}},
            [](const QList<RedisValue> &results, bool stillShown) {
        if (results.constFirst().isNil())
            return EditOutcome{false, tr("The sorted set has no such member"), stillShown};
        return EditOutcome{true, QString(), stillShown};
    });
}

/*!
    Removes \a member (ZREM). The loaded rows are read again; editFinished()
    follows, with \c false if it was not a member.
*/
void RedisSortedSetModel::removeMember(const QByteArray &member)
{
    Q_D(RedisSortedSetModel);
    d->edit({{QByteArrayLiteral("ZREM"), d->key, member}},
            [](const QList<RedisValue> &results, bool stillShown) {
        if (results.constFirst().toInteger() > 0)
            return EditOutcome{true, QString(), stillShown};
        return EditOutcome{false, tr("The sorted set has no such member"), stillShown};
    });
}

/*!
    \reimp
*/
QVariant RedisSortedSetModel::data(const QModelIndex &index, int role) const
{
    Q_D(const RedisSortedSetModel);
    if (!d->validRow(index))
        return {};
    const ScoredMember &item = d->items.at(index.row());
    const bool memberColumn = index.column() == MemberColumn;
    switch (role) {
    case Qt::DisplayRole:
        return memberColumn ? RedisValueModelPrivate::cellText(item.member) : scoreText(item.score);
    case Qt::EditRole:
        return memberColumn ? RedisValueModelPrivate::editValue(item.member) : QVariant(item.score);
    case MemberRole:
        return item.member;
    case MemberTextRole:
        return RedisValueModelPrivate::cellText(item.member);
    case ScoreRole:
        return item.score;
    case ScoreTextRole:
        return scoreText(item.score);
    default:
        return {};
    }
}

/*!
    \reimp
*/
QVariant RedisSortedSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case MemberColumn: return tr("Member");
        case ScoreColumn: return tr("Score");
        default: return {};
        }
    }
    return RedisValueModel::headerData(section, orientation, role);
}

/*!
    \reimp

    Sets the score of the row's member (setScore()) from a number, or text
    such as \c 1.5 or \c inf, in the Score column; returns \c true when the
    edit was sent.
*/
bool RedisSortedSetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_D(RedisSortedSetModel);
    if ((role != Qt::EditRole && role != ScoreRole) || !d->validRow(index) || index.column() != ScoreColumn)
        return false;
    bool ok = false;
    double score = 0;
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray)
        score = value.toByteArray().trimmed().toDouble(&ok);   // also "inf", "-inf"
    else
        score = value.toDouble(&ok);
    if (!ok)
        return false;
    setScore(d->items.at(index.row()).member, score);
    return true;
}

/*!
    \reimp
*/
QHash<int, QByteArray> RedisSortedSetModel::roleNames() const
{
    QHash<int, QByteArray> names = RedisValueModelPrivate::baseRoleNames();
    names.insert(MemberRole, QByteArrayLiteral("member"));
    names.insert(MemberTextRole, QByteArrayLiteral("memberText"));
    names.insert(ScoreRole, QByteArrayLiteral("score"));
    names.insert(ScoreTextRole, QByteArrayLiteral("scoreText"));
    return names;
}
