// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSTRINGVALUE_H
#define REDISSTRINGVALUE_H

#include "redisclient.h"
#include "redisglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisStringValuePrivate;

// The value of one string key, for an editor or a preview (not an item model).
class QTREDIS_EXPORT RedisStringValue : public QObject
{
    Q_OBJECT
    Q_PROPERTY(RedisClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QByteArray key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(int previewLimit READ previewLimit WRITE setPreviewLimit NOTIFY previewLimitChanged)
    Q_PROPERTY(qint64 size READ size NOTIFY changed)
    Q_PROPERTY(QByteArray value READ value NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(bool truncated READ isTruncated NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit RedisStringValue(QObject *parent = nullptr);
    ~RedisStringValue() override;

    RedisClient *client() const;
    void setClient(RedisClient *client);
    QByteArray key() const;
    void setKey(const QByteArray &key);
    int previewLimit() const;
    void setPreviewLimit(int bytes);

    qint64 size() const;
    QByteArray value() const;
    QString text() const;
    bool isTruncated() const;
    bool exists() const;
    bool isLoading() const;
    QString errorString() const;

public Q_SLOTS:
    void load();
    void loadAll();
    void setValue(const QByteArray &value);

Q_SIGNALS:
    void clientChanged();
    void keyChanged();
    void previewLimitChanged();
    void changed(); // size, value, text, truncated or exists
    void loadingChanged();
    void errorStringChanged();
    void errorOccurred(const QString &message);
    void editFinished(bool ok, const QString &message); // once per setValue()

private:
    Q_DISABLE_COPY(RedisStringValue)
    friend class RedisStringValuePrivate;
    std::unique_ptr<RedisStringValuePrivate> d;
};

#endif // REDISSTRINGVALUE_H
