// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redislistmodel.h"

#include "models/redisvaluemodel_p.h"

#include <QtCore/quuid.h>

using EditOutcome = RedisValueModelPrivate::EditOutcome;

class RedisListModelPrivate : public RedisValueModelPrivate
{
public:
    RedisListModelPrivate() : RedisValueModelPrivate(2, RedisListModel::ValueColumn) {}

    QByteArray countCommand() const override { return QByteArrayLiteral("LLEN"); }
    qsizetype rows() const override { return values.size(); }
    void clear() override { values.clear(); }
    QList<QByteArray> pageCommand(int count) const override
    {
        const qsizetype start = values.size();
        return {QByteArrayLiteral("LRANGE"), key, QByteArray::number(start),
                QByteArray::number(start + count - 1)};
    }
    bool applyPage(const RedisValue &reply, int pageSize, QString *problem) override
    {
        QList<QByteArray> items;
        if (!parseStrings(reply, &items, problem))
            return false;
        setEnd(items.size() < pageSize);
        if (!items.isEmpty()) {
            beginInsert(values.size(), values.size() + items.size() - 1);
            values.append(items);
            endInsert();
        }
        return true;
    }
    bool canReread() const override { return true; }
    QList<QByteArray> rereadCommand(qsizetype count) const override
    {
        return {QByteArrayLiteral("LRANGE"), key, QByteArrayLiteral("0"), QByteArray::number(count - 1)};
    }
    bool applyReread(const RedisValue &reply, qsizetype requested, QString *problem) override
    {
        QList<QByteArray> items;
        if (!parseStrings(reply, &items, problem))
            return false;
        setEnd(items.size() < requested);
        replaceRows(values, items);
        return true;
    }

    // Every loaded row is known, and the last loaded row is the list's last.
    bool complete() const { return atEnd && !failed; }
    // The count after an edit is what the model expected.
    bool countIs(const QList<RedisValue> &results, qint64 delta) const
    {
        const RedisValue &count = results.constLast();
        return totalCount < 0 || !count.isInteger() || count.toInteger() == totalCount + delta;
    }
    // Local edits keep row = index: the values move through the rows (one
    // dataChanged) and rows come or go at the end only.
    void setValues(QList<QByteArray> fresh) { replaceRows(values, std::move(fresh)); }

    QList<QByteArray> values;
};

/*!
    \class RedisListModel
    \inmodule QtRedis
    \brief The elements of a list, paged by index with LRANGE.

    A row is a list index. The columns are Index and Value; the roles
    \c display, \c edit, \c listIndex, \c value and \c valueText.

    A row is an index, not an element: when an edit shifts the elements, the
    rows keep their index and their values change (dataChanged()), and rows
    are inserted or removed at the end only. Edits are applied to the loaded
    rows: push() puts the value at the front (or, once every page is loaded,
    at the end), pop() takes the first or last, setAt() (LSET) changes one,
    and removeAt() removes the element at an index atomically (MULTI, LSET
    index to a unique sentinel, LREM key 1 sentinel, EXEC), so the right one
    goes even when other elements have the same value.

    When the count the server reports after an edit does not match what the
    model expected (someone else changed the list), or a negative index was
    used, the loaded rows are read again. setData() on the Value column is
    setAt(); only that column is editable.

    See RedisValueModel for loading, errors and edits.
*/

/*!
    \enum RedisListModel::Column

    \value IndexColumn The list index.
    \value ValueColumn The element (editable).
*/

/*!
    Constructs an empty list model with the given \a parent.
*/
RedisListModel::RedisListModel(QObject *parent) : RedisValueModel(*new RedisListModelPrivate, parent) {}

/*!
    Destroys the model.
*/
RedisListModel::~RedisListModel() = default;

/*!
    Returns the element at \a row (the list index); empty if there is no
    such row.
*/
QByteArray RedisListModel::valueAt(int row) const
{
    Q_D(const RedisListModel);
    return d->values.value(row);
}

/*!
    Pushes \a value at the front (LPUSH) if \a front is \c true, else at the
    end (RPUSH). editFinished() follows.
*/
void RedisListModel::push(const QByteArray &value, bool front)
{
    Q_D(RedisListModel);
    d->edit({{front ? QByteArrayLiteral("LPUSH") : QByteArrayLiteral("RPUSH"), d->key, value}},
            [d, value, front](const QList<RedisValue> &results, bool stillShown) {
        if (!stillShown)
            return EditOutcome();
        const bool consistent = d->countIs(results, 1);
        QList<QByteArray> fresh = d->values;
        if (front)
            fresh.prepend(value);
        else if (d->complete())
            fresh.append(value);
        // else: the next page brings it
        d->setValues(fresh);
        return EditOutcome{true, QString(), !consistent};
    });
}

/*!
    Pops the first element (LPOP) if \a front is \c true, else the last
    (RPOP). editFinished() follows, with \c false if the list was empty.
*/
void RedisListModel::pop(bool front)
{
    Q_D(RedisListModel);
    d->edit({{front ? QByteArrayLiteral("LPOP") : QByteArrayLiteral("RPOP"), d->key}},
            [d, front](const QList<RedisValue> &results, bool stillShown) {
        const RedisValue &popped = results.constFirst();
        if (popped.isNil()) {
            // Rows on display for an empty list: read them again.
            return EditOutcome{false, tr("The list is empty"), stillShown && d->rows() > 0};
        }
        if (!stillShown)
            return EditOutcome();
        bool consistent = d->countIs(results, -1);
        const QByteArray value = popped.toByteArray();
        if (front) {
            if (!d->values.isEmpty() && d->values.constFirst() == value)
                d->setValues(d->values.mid(1));
            else if (!d->values.isEmpty() || d->complete())
                consistent = false;
        } else if (d->complete()) {
            if (!d->values.isEmpty() && d->values.constLast() == value)
                d->setValues(d->values.first(d->values.size() - 1));
            else
                consistent = false;
        }
        return EditOutcome{true, QString(), !consistent};
    });
}

/*!
    Sets the element at \a index to \a value (LSET); a negative index
    counts from the end. editFinished() follows.
*/
void RedisListModel::setAt(qint64 index, const QByteArray &value)
{
    Q_D(RedisListModel);
    d->edit({{QByteArrayLiteral("LSET"), d->key, QByteArray::number(index), value}},
            [d, index, value](const QList<RedisValue> &results, bool stillShown) {
        if (!stillShown)
            return EditOutcome();
        if (index >= 0 && index < d->values.size()) {
            QList<QByteArray> fresh = d->values;
            fresh[index] = value;
            d->setValues(fresh);
        }
        return EditOutcome{true, QString(), index < 0 || !d->countIs(results, 0)};
    });
}

/*!
    Removes the element at \a index, atomically (see the class description);
    a negative index counts from the end. editFinished() follows, with
    \c false if nothing was removed.
*/
void RedisListModel::removeAt(qint64 index)
{
    Q_D(RedisListModel);
    // A value nobody else uses: LREM then removes exactly the element at index.
    const QByteArray sentinel = QByteArrayLiteral("__qtredis_removed__:")
            + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    d->edit({{QByteArrayLiteral("LSET"), d->key, QByteArray::number(index), sentinel},
             {QByteArrayLiteral("LREM"), d->key, QByteArrayLiteral("1"), sentinel}},
            [d, index](const QList<RedisValue> &results, bool stillShown) {
        const bool removed = results.at(1).toInteger() == 1;
        if (!stillShown)
            return EditOutcome{removed, removed ? QString() : tr("The element was not removed"), false};
        if (removed && index >= 0 && index < d->values.size()) {
            QList<QByteArray> fresh = d->values;
            fresh.removeAt(index);
            d->setValues(fresh);
        }
        const bool consistent = removed && index >= 0 && d->countIs(results, -1);
        return EditOutcome{removed, removed ? QString() : tr("The element was not removed"), !consistent};
    });
}

/*!
    \reimp
*/
QVariant RedisListModel::data(const QModelIndex &index, int role) const
{
    Q_D(const RedisListModel);
    if (!d->validRow(index))
        return {};
    const QByteArray &value = d->values.at(index.row());
    const bool indexColumn = index.column() == IndexColumn;
    switch (role) {
    case Qt::DisplayRole:
        return indexColumn ? QString::number(index.row()) : RedisValueModelPrivate::cellText(value);
    case Qt::EditRole:
        return indexColumn ? QVariant(qint64(index.row())) : RedisValueModelPrivate::editValue(value);
    case IndexRole:
        return qint64(index.row());
    case ValueRole:
        return value;
    case ValueTextRole:
        return RedisValueModelPrivate::cellText(value);
    default:
        return {};
    }
}

/*!
    \reimp
*/
QVariant RedisListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case IndexColumn: return tr("Index");
        case ValueColumn: return tr("Value");
        default: return {};
        }
    }
    return RedisValueModel::headerData(section, orientation, role);
}

/*!
    \reimp

    Sets the element of the row (setAt()) from a QByteArray or a QString
    (sent as UTF-8) in the Value column; returns \c true when the edit was
    sent.
*/
bool RedisListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_D(RedisListModel);
    QByteArray bytes;
    if ((role != Qt::EditRole && role != ValueRole) || !d->validRow(index)
        || index.column() != ValueColumn || !RedisValueModelPrivate::toBytes(value, &bytes))
        return false;
    setAt(index.row(), bytes);
    return true;
}

/*!
    \reimp
*/
QHash<int, QByteArray> RedisListModel::roleNames() const
{
    QHash<int, QByteArray> names = RedisValueModelPrivate::baseRoleNames();
    names.insert(IndexRole, QByteArrayLiteral("listIndex"));
    names.insert(ValueRole, QByteArrayLiteral("value"));
    names.insert(ValueTextRole, QByteArrayLiteral("valueText"));
    return names;
}
