// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISTRANSACTION_H
#define REDISTRANSACTION_H

#include "redisglobal.h"
#include "redisvalue.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisClient;

// A MULTI ... EXEC transaction on one RedisClient, with optional WATCH.
class QTREDIS_EXPORT RedisTransaction : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool finished READ isFinished NOTIFY finished)
    Q_PROPERTY(bool aborted READ isAborted NOTIFY finished)
    Q_PROPERTY(QtRedis::Error error READ error NOTIFY finished)
    Q_PROPERTY(QString errorString READ errorString NOTIFY finished)
public:
    explicit RedisTransaction(RedisClient *client, QObject *parent = nullptr);
    ~RedisTransaction() override;

    RedisClient *client() const;

    void watch(const QList<QByteArray> &keys);  // WATCH, sent at once
    int enqueue(const QList<QByteArray> &args); // index in results(); -1 if refused
    int count() const;

    void exec();
    void discard();

    bool isFinished() const;
    bool isAborted() const;                     // a watched key changed
    QList<RedisValue> results() const;
    QtRedis::Error error() const;
    QString errorString() const;

Q_SIGNALS:
    void finished();

private:
    class Private;
    friend class Private;
    std::unique_ptr<Private> d;
};

#endif // REDISTRANSACTION_H
