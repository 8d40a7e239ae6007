// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISREPLY_H
#define REDISREPLY_H

#include "redisglobal.h"
#include "redisvalue.h"

#include <QtCore/qobject.h>

#include <memory>

class RedisReplyPrivate;
namespace QtRedisPrivate {
class RetiredReplies;
}

// The reply to one command, for code that prefers signals to callbacks.
// It is parented to the client, finishes exactly once, and is deleted by its
// user with deleteLater() (or by itself after finished() with setAutoDelete(true)).
class QTREDIS_EXPORT RedisReply : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool finished READ isFinished NOTIFY finished)
public:
    ~RedisReply() override;

    bool isFinished() const;
    RedisValue value() const;          // Nil until finished
    QtRedis::Error error() const;      // NoError, ServerError or a client-side error
    QString errorString() const;       // empty when error() == NoError

    bool autoDelete() const;
    // Delete the reply with deleteLater() right after finished() was emitted.
    void setAutoDelete(bool autoDelete);

public Q_SLOTS:
    // Finishes the reply now with QtRedis::Error::Aborted (nothing if it
    // finished already). A held command is never sent; one already sent
    // still runs on the server, and its reply is dropped when it comes.
    void abort();

Q_SIGNALS:
    void finished();

private:
    explicit RedisReply(QObject *parent);
    void finish(const RedisValue &value);
    friend class RedisClient;
    friend class RedisClientPrivate;
    friend class RedisReplyPrivate;
    friend class QtRedisPrivate::RetiredReplies;
    std::unique_ptr<RedisReplyPrivate> d;
};

#endif // REDISREPLY_H
