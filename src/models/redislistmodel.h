// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISLISTMODEL_H
#define REDISLISTMODEL_H

#include "redisvaluemodel.h"

class RedisListModelPrivate;

// The elements of a list, paged by index with LRANGE (row = list index).
// Columns: Index, Value. Roles: display, edit, listIndex, value, valueText.
//
// A row is an index, not an element: when an edit shifts the elements, the
// rows keep their index and their values change (dataChanged), and rows are
// inserted or removed at the end only. Edits are applied to the loaded rows:
// push() puts the value at the front (or, once every page is loaded, at the
// end), pop() takes the first or last, setAt() (LSET) changes one,
// removeAt() removes the element at an index atomically (MULTI, LSET index
// <unique sentinel>, LREM key 1 <sentinel>, EXEC), so the right one goes even
// when other elements have the same value.
// When the count the server reports after an edit does not match what the
// model expected (someone else changed the list) or a negative index was
// used, the loaded rows are read again. setData() on the Value column is
// setAt(); only that column is editable.
class QTREDIS_EXPORT RedisListModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { IndexColumn, ValueColumn };
    Q_ENUM(Column)

    explicit RedisListModel(QObject *parent = nullptr);
    ~RedisListModel() override;

    Q_INVOKABLE QByteArray valueAt(int row) const;

    // LPUSH (front) or RPUSH key value.
    Q_INVOKABLE void push(const QByteArray &value, bool front = false);
    // LPOP (front) or RPOP key; editFinished(false) if the list was empty.
    Q_INVOKABLE void pop(bool front = false);
    // LSET key index value; a negative index counts from the end.
    Q_INVOKABLE void setAt(qint64 index, const QByteArray &value);
    // Removes the element at index (see above); a negative index counts from the end.
    Q_INVOKABLE void removeAt(qint64 index);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisListModel)
};

#endif // REDISLISTMODEL_H
