// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redishashmodel.h"

#include "models/redisvaluemodel_p.h"

class RedisHashModelPrivate : public RedisValueModelPrivate
{
public:
    RedisHashModelPrivate() : RedisValueModelPrivate(2, RedisHashModel::ValueColumn, RedisScan::Kind::Hash) {}

    QByteArray countCommand() const override { return QByteArrayLiteral("HLEN"); }
    qsizetype rows() const override { return fields.size(); }
    void clear() override
    {
        fields.clear();
        values.clear();
        rowOf.clear();
    }
    void applyScanPage(const QList<QByteArray> &items) override;

    void upsert(const QByteArray &field, const QByteArray &value);
    void remove(const QByteArray &field);

    QList<QByteArray> fields;
    QList<QByteArray> values;
    QHash<QByteArray, qsizetype> rowOf;
};

void RedisHashModelPrivate::applyScanPage(const QList<QByteArray> &items)
{
    // HSCAN may return a field twice: the row is updated, not repeated.
    QList<QByteArray> newFields;
    QList<QByteArray> newValues;
    QHash<QByteArray, qsizetype> newRowOf;
    QList<qsizetype> changedRows;
    for (qsizetype i = 0; i + 1 < items.size(); i += 2) {
        const QByteArray &field = items.at(i);
        const QByteArray &value = items.at(i + 1);
        const qsizetype row = rowOf.value(field, -1);
        if (row >= 0) {
            if (values.at(row) != value) {
                values[row] = value;
                changedRows.append(row);
            }
            continue;
        }
        const qsizetype pending = newRowOf.value(field, -1);
        if (pending >= 0) {
            newValues[pending] = value;
            continue;
        }
        newRowOf.insert(field, newFields.size());
        newFields.append(field);
        newValues.append(value);
    }
    for (qsizetype row : std::as_const(changedRows))
        changed(row, RedisHashModel::ValueColumn, row, RedisHashModel::ValueColumn);
    if (!newFields.isEmpty()) {
        const qsizetype first = fields.size();
        beginInsert(first, first + newFields.size() - 1);
        for (qsizetype i = 0; i < newFields.size(); ++i)
            rowOf.insert(newFields.at(i), first + i);
        fields.append(newFields);
        values.append(newValues);
        endInsert();
    }
}

void RedisHashModelPrivate::upsert(const QByteArray &field, const QByteArray &value)
{
    const qsizetype row = rowOf.value(field, -1);
    if (row >= 0) {
        if (values.at(row) != value) {
            values[row] = value;
            changed(row, RedisHashModel::ValueColumn, row, RedisHashModel::ValueColumn);
        }
        return;
    }
    // Not loaded (new, or on a page still to come, where it will not repeat).
    const qsizetype first = fields.size();
    beginInsert(first, first);
    fields.append(field);
    values.append(value);
    rowOf.insert(field, first);
    endInsert();
}

void RedisHashModelPrivate::remove(const QByteArray &field)
{
    const qsizetype row = rowOf.value(field, -1);
    if (row < 0)
        return;
    beginRemove(row, row);
    fields.removeAt(row);
    values.removeAt(row);
    rowOf.remove(field);
    for (qsizetype i = row; i < fields.size(); ++i)
        rowOf[fields.at(i)] = i;
    endRemove();
}

/*!
    \class RedisHashModel
    \inmodule QtRedis
    \brief The fields of a hash, paged with HSCAN.

    Pages come from HSCAN with COUNT \l{RedisValueModel::pageSize}{pageSize};
    a small hash comes in one page. The columns are Field and Value; the
    roles \c display, \c edit, \c field, \c fieldText, \c value and
    \c valueText. The order is the server's HSCAN order; a field HSCAN
    returns twice is shown once.

    setField() (HSET) updates the field's row, or appends a row for a field
    not loaded yet; removeField() (HDEL) removes its row. setData() on the
    Value column is setField(). Only the Value column is editable.

    See RedisValueModel for loading, errors and edits.
*/

/*!
    \enum RedisHashModel::Column

    \value FieldColumn The field.
    \value ValueColumn The value (editable).
*/

/*!
    Constructs an empty hash model with the given \a parent.
*/
RedisHashModel::RedisHashModel(QObject *parent) : RedisValueModel(*new RedisHashModelPrivate, parent) {}

/*!
    Destroys the model.
*/
RedisHashModel::~RedisHashModel() = default;

/*!
    Returns the row of the loaded \a field; -1 if it is not loaded.
*/
int RedisHashModel::rowOf(const QByteArray &field) const
{
    Q_D(const RedisHashModel);
    return int(d->rowOf.value(field, -1));
}

/*!
    Returns the field at \a row; empty if there is no such row.
*/
QByteArray RedisHashModel::fieldAt(int row) const
{
    Q_D(const RedisHashModel);
    return d->fields.value(row);
}

/*!
    Returns the value at \a row; empty if there is no such row.
*/
QByteArray RedisHashModel::valueAt(int row) const
{
    Q_D(const RedisHashModel);
    return d->values.value(row);
}

/*!
    Sets \a field to \a value (HSET). The field's row is updated, or a row
    is appended for a field not loaded yet. editFinished() follows.
*/
void RedisHashModel::setField(const QByteArray &field, const QByteArray &value)
{
    Q_D(RedisHashModel);
    d->edit({{QByteArrayLiteral("HSET"), d->key, field, value}},
            [d, field, value](const QList<RedisValue> &, bool stillShown) {
        if (stillShown)
            d->upsert(field, value);
        return RedisValueModelPrivate::EditOutcome();
    });
}

/*!
    Removes \a field (HDEL) and its row. editFinished() follows, with
    \c false if the hash had no such field.
*/
void RedisHashModel::removeField(const QByteArray &field)
{
    Q_D(RedisHashModel);
    d->edit({{QByteArrayLiteral("HDEL"), d->key, field}},
            [d, field](const QList<RedisValue> &results, bool stillShown) {
        if (stillShown)
            d->remove(field);   // also when someone else removed it first
        if (results.constFirst().toInteger() > 0)
            return RedisValueModelPrivate::EditOutcome();
        return RedisValueModelPrivate::EditOutcome{false, tr("The hash has no such field"), false};
    });
}

/*!
    \reimp
*/
QVariant RedisHashModel::data(const QModelIndex &index, int role) const
{
    Q_D(const RedisHashModel);
    if (!d->validRow(index))
        return {};
    const QByteArray &field = d->fields.at(index.row());
    const QByteArray &value = d->values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return RedisValueModelPrivate::cellText(index.column() == FieldColumn ? field : value);
    case Qt::EditRole:
        return RedisValueModelPrivate::editValue(index.column() == FieldColumn ? field : value);
    case FieldRole:
        return field;
    case FieldTextRole:
        return RedisValueModelPrivate::cellText(field);
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
QVariant RedisHashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case FieldColumn: return tr("Field");
        case ValueColumn: return tr("Value");
        default: return {};
        }
    }
    return RedisValueModel::headerData(section, orientation, role);
}

/*!
    \reimp

    Sets the value of the row's field (setField()) from a QByteArray or a
    QString (sent as UTF-8) in the Value column; returns \c true when the
    edit was sent.
*/
bool RedisHashModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_D(RedisHashModel);
    QByteArray bytes;
    if ((role != Qt::EditRole && role != ValueRole) || !d->validRow(index)
        || index.column() != ValueColumn || !RedisValueModelPrivate::toBytes(value, &bytes))
        return false;
    setField(d->fields.at(index.row()), bytes);
    return true;
}

/*!
    \reimp
*/
QHash<int, QByteArray> RedisHashModel::roleNames() const
{
    QHash<int, QByteArray> names = RedisValueModelPrivate::baseRoleNames();
    names.insert(FieldRole, QByteArrayLiteral("field"));
    names.insert(FieldTextRole, QByteArrayLiteral("fieldText"));
    names.insert(ValueRole, QByteArrayLiteral("value"));
    names.insert(ValueTextRole, QByteArrayLiteral("valueText"));
    return names;
}
