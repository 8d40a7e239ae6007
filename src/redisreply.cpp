// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisreply.h"

#include <QtCore/qpointer.h>

class RedisReplyPrivate
{
public:
    RedisValue value;
    bool finished = false;
    bool autoDelete = false;
};

RedisReply::RedisReply(QObject *parent) : QObject(parent), d(std::make_unique<RedisReplyPrivate>()) {}

RedisReply::~RedisReply() = default;

bool RedisReply::isFinished() const { return d->finished; }
RedisValue RedisReply::value() const { return d->value; }
QtRedis::Error RedisReply::error() const { return d->value.error(); }
QString RedisReply::errorString() const { return d->value.errorString(); }
bool RedisReply::autoDelete() const { return d->autoDelete; }
void RedisReply::setAutoDelete(bool autoDelete) { d->autoDelete = autoDelete; }

void RedisReply::finish(const RedisValue &value)
{
    if (d->finished)
        return;
    d->value = value;
    d->finished = true;
    // A slot that deletes the reply outright (instead of deleteLater) must not crash us.
    QPointer<RedisReply> guard(this);
    Q_EMIT finished();
    if (guard && d->autoDelete)
        deleteLater();
}
