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
//
//     auto *value = new RedisStringValue(this);
//     value->setClient(&client);
//     value->setKey("config");        // client + key: load() runs by itself
//     connect(value, &RedisStringValue::changed, this, [value] { show(value->text()); });
//
// load() reads, in one MULTI/EXEC, STRLEN (size), then the value: all of it
// when it is at most previewLimit bytes, else its first previewLimit bytes
// with GETRANGE (truncated is true); loadAll() reads all of it whatever the
// size. A reply that belongs to an earlier key, client or load is ignored.
// A key that does not exist is an empty value with exists == false; a key of
// another type fails with the server's WRONGTYPE error (errorString,
// errorOccurred()).
//
// setValue() sends SET key value KEEPTTL, so a TTL survives; like SET, it
// replaces a key of any type. editFinished(ok, message) follows exactly once
// per call, from the event loop.
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
    // The key (binary-safe); empty: none.
    QByteArray key() const;
    void setKey(const QByteArray &key);
    // Bytes load() reads at most, default 65536; <= 0: no limit.
    int previewLimit() const;
    void setPreviewLimit(int bytes);

    // The length of the value (STRLEN); -1 until loaded.
    qint64 size() const;
    // The value, or its first previewLimit bytes (see truncated).
    QByteArray value() const;
    // value() escaped for display (RedisValueModel::displayText()), with "…"
    // at the end when truncated.
    QString text() const;
    // value() holds only the first previewLimit bytes.
    bool isTruncated() const;
    // The key existed at the last load (or was set by setValue()).
    bool exists() const;
    bool isLoading() const;
    // Why the last load failed; empty when it did not.
    QString errorString() const;

public Q_SLOTS:
    // Reads size and value again (a preview of previewLimit bytes).
    void load();
    // Reads the whole value, however large.
    void loadAll();
    // SET key value KEEPTTL.
    void setValue(const QByteArray &value);

Q_SIGNALS:
    void clientChanged();
    void keyChanged();
    void previewLimitChanged();
    // size, value, text, truncated or exists changed.
    void changed();
    void loadingChanged();
    void errorStringChanged();
    void errorOccurred(const QString &message);
    // Exactly once per setValue().
    void editFinished(bool ok, const QString &message);

private:
    Q_DISABLE_COPY(RedisStringValue)
    friend class RedisStringValuePrivate;
    std::unique_ptr<RedisStringValuePrivate> d;
};

#endif // REDISSTRINGVALUE_H
