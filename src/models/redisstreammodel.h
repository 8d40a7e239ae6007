// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSTREAMMODEL_H
#define REDISSTREAMMODEL_H

#include "redisvaluemodel.h"

#include <QtCore/qlist.h>

class RedisStreamModelPrivate;

// The entries of a stream, oldest first, paged with XRANGE.
class QTREDIS_EXPORT RedisStreamModel : public RedisValueModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, FieldsColumn };
    Q_ENUM(Column)

    explicit RedisStreamModel(QObject *parent = nullptr);
    ~RedisStreamModel() override;

    Q_INVOKABLE int rowOf(const QByteArray &id) const;
    Q_INVOKABLE QByteArray idAt(int row) const;
    QList<QByteArray> fieldsAt(int row) const;

    Q_INVOKABLE void addEntry(const QList<QByteArray> &fieldValuePairs,
                              const QByteArray &id = QByteArrayLiteral("*"));
    Q_INVOKABLE void addEntryFromList(const QVariantList &fieldValuePairs,
                                      const QByteArray &id = QByteArrayLiteral("*"));
    Q_INVOKABLE void removeEntry(const QByteArray &id);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Q_DECLARE_PRIVATE(RedisStreamModel)
};

#endif // REDISSTREAMMODEL_H
