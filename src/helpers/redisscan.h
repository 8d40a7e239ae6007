// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSCAN_H
#define REDISSCAN_H

#include "redisglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisClient;
class RedisScanPrivate;

// Walks a keyspace or a collection with SCAN, HSCAN, SSCAN or ZSCAN, one command in flight.
class QTREDIS_EXPORT RedisScan : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Keys,      // SCAN
        Hash,      // HSCAN key
        Set,       // SSCAN key
        SortedSet, // ZSCAN key
    };
    Q_ENUM(Kind)

    explicit RedisScan(RedisClient *client, QObject *parent = nullptr);
    ~RedisScan() override;

    RedisClient *client() const;

    // Options, read by start().
    void setKind(Kind kind);
    Kind kind() const;
    void setKey(const QByteArray &key);
    QByteArray key() const;
    void setMatch(const QByteArray &pattern);
    QByteArray match() const;
    void setCount(int count);
    int count() const;
    void setType(const QByteArray &type);
    QByteArray type() const;
    void setDeduplicate(bool on);
    bool deduplicate() const;

    void start();
    void cancel();

    bool isRunning() const;
    bool isFinished() const;
    bool isCancelled() const;
    qint64 itemsDelivered() const;
    QtRedis::Error error() const;
    QString errorString() const;

Q_SIGNALS:
    void batchReceived(const QList<QByteArray> &items);
    void finished();
    void errorOccurred(QtRedis::Error error, const QString &message);

private:
    friend class RedisScanPrivate;
    std::unique_ptr<RedisScanPrivate> d;
};

#endif // REDISSCAN_H
