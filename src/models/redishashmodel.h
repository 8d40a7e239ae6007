// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISHASHMODEL_H
#define REDISHASHMODEL_H

#include "redisvaluemodel.h"

class RedisHashModelPrivate;

// The fields of a hash, paged with HSCAN (COUNT pageSize; a small hash comes
// in one page). Columns: Field, Value. Roles: display, edit, field,
// fieldText, value, valueText. The order is the server's HSCAN order; a field
// HSCAN returns twice is shown once.
//
// setField() (HSET) updates the field's row, or appends a row for a field
// not loaded yet; removeField() (HDEL) removes its row. setData() on the
// Value column is setField(). Only the Value column is editable.
class QTREDIS_EXPORT RedisHashModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn };
    Q_ENUM(Column)

    explicit RedisHashModel(QObject *parent = nullptr);
    ~RedisHashModel() override;

    // The row of a loaded field, -1 if it is not loaded.
    Q_INVOKABLE int rowOf(const QByteArray &field) const;
    Q_INVOKABLE QByteArray fieldAt(int row) const;
    Q_INVOKABLE QByteArray valueAt(int row) const;

    // HSET key field value; editFinished() follows.
    Q_INVOKABLE void setField(const QByteArray &field, const QByteArray &value);
    // HDEL key field; editFinished(false) if the field did not exist.
    Q_INVOKABLE void removeField(const QByteArray &field);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisHashModel)
};

#endif // REDISHASHMODEL_H
