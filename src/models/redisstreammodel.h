// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSTREAMMODEL_H
#define REDISSTREAMMODEL_H

#include "redisvaluemodel.h"

#include <QtCore/qlist.h>

class RedisStreamModelPrivate;

// The entries of a stream, oldest first, paged with XRANGE key - + COUNT
// pageSize and then XRANGE key (<last ID> + COUNT pageSize (an exclusive
// start: Redis >= 6.2). Columns: ID, Fields. Roles: display, id (the entry
// ID as QByteArray; model.id in QML), fields (a QVariantList of QByteArray:
// field, value, field, value, ... in the entry's order, which keeps repeated
// field names), fieldsText ("field=value field2=value2", each part escaped
// like displayText()). Nothing is editable in place.
//
// addEntry() (XADD) appends the new entry with the ID the server gave, once
// every page is loaded (before that, the last page brings it);
// removeEntry() (XDEL) removes its row. If, with every page loaded, the
// count after an edit does not match the rows (someone else added or
// deleted entries), the loaded entries are read again.
class QTREDIS_EXPORT RedisStreamModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, FieldsColumn };
    Q_ENUM(Column)

    explicit RedisStreamModel(QObject *parent = nullptr);
    ~RedisStreamModel() override;

    // The row of a loaded entry, -1 if it is not loaded.
    Q_INVOKABLE int rowOf(const QByteArray &id) const;
    Q_INVOKABLE QByteArray idAt(int row) const;
    // field, value, field, value, ...
    QList<QByteArray> fieldsAt(int row) const;

    // XADD key id field value [field value ...]. fieldValuePairs must hold at
    // least one pair; "*" lets the server choose the ID.
    Q_INVOKABLE void addEntry(const QList<QByteArray> &fieldValuePairs,
                              const QByteArray &id = QByteArrayLiteral("*"));
    // The same for QML: a JS array of strings or ArrayBuffers.
    Q_INVOKABLE void addEntryFromList(const QVariantList &fieldValuePairs,
                                      const QByteArray &id = QByteArrayLiteral("*"));
    // XDEL key id; editFinished(false) if there was no such entry.
    Q_INVOKABLE void removeEntry(const QByteArray &id);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisStreamModel)
};

#endif // REDISSTREAMMODEL_H
