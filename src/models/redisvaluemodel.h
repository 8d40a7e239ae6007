// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISVALUEMODEL_H
#define REDISVALUEMODEL_H

#include "redisclient.h"
#include "redisglobal.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qbytearray.h>
#include <QtCore/qhash.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisValueModelPrivate;

// The abstract base of the item models that page through the content of one key.
class QTREDIS_EXPORT RedisValueModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(RedisClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QByteArray key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(int loadedCount READ loadedCount NOTIFY loadedCountChanged)
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY atEndChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // "value"      QByteArray: hash value, list element
        ValueTextRole,                // "valueText"  QString: the value, escaped
        FieldRole,                    // "field"      QByteArray: hash field
        FieldTextRole,                // "fieldText"  QString
        IndexRole,                    // "listIndex"  qint64: list index (= row)
        MemberRole,                   // "member"     QByteArray: set / sorted set member
        MemberTextRole,               // "memberText" QString
        ScoreRole,                    // "score"      double
        ScoreTextRole,                // "scoreText"  QString: like redis-cli (1.5, 3, inf)
        IdRole,                       // "id"         QByteArray: stream entry ID (model.id in QML)
        FieldsRole,                   // "fields"     QVariantList: field, value, field, value, ... (QByteArray)
        FieldsTextRole,               // "fieldsText" QString: "field=value field2=value2", escaped
    };
    Q_ENUM(Role)

    static constexpr qsizetype DisplayLimit = 4096; // bytes of a value Qt::DisplayRole shows

    ~RedisValueModel() override;

    RedisClient *client() const;
    void setClient(RedisClient *client);
    QByteArray key() const;
    void setKey(const QByteArray &key);
    int pageSize() const;
    void setPageSize(int size);

    bool isLoading() const;
    qint64 totalCount() const;
    int loadedCount() const;
    bool atEnd() const;
    QString errorString() const;

    Q_INVOKABLE static QString scoreText(double score); // as redis-cli prints it

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Q_INVOKABLE void loadMore(); // fetchMore() for QML

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void clientChanged();
    void keyChanged();
    void pageSizeChanged();
    void loadingChanged();
    void totalCountChanged();
    void loadedCountChanged();
    void atEndChanged();
    void errorStringChanged();
    void errorOccurred(const QString &message);
    void editFinished(bool ok, const QString &message); // once per edit call

protected:
    explicit RedisValueModel(RedisValueModelPrivate &dd, QObject *parent);
    std::unique_ptr<RedisValueModelPrivate> d_ptr;

private:
    Q_DISABLE_COPY(RedisValueModel)
    Q_DECLARE_PRIVATE(RedisValueModel)
};

#endif // REDISVALUEMODEL_H
