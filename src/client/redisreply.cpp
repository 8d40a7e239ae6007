// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisreply.h"
#include "client/redisclient_p.h"
#include "client/redisreply_p.h"

RedisReply::RedisReply(QObject *parent) : QObject(parent), d(std::make_unique<RedisReplyPrivate>(this)) {}

RedisReply::~RedisReply()
{
    if (d->deleted)
        *d->deleted = true;
    if (d->retired && d->owner)
        d->owner->unretire(this);
    if (d->queued) {
        // Deleted before its command finished: the command still completes,
        // silently, and the client frees the call when it is done with it.
        d->q = nullptr;
        d.release();
    }
}

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
    bool deleted = false;
    d->deleted = &deleted;
    Q_EMIT finished();
    if (deleted)
        return;
    d->deleted = nullptr;
    if (d->autoDelete) {
        // During a burst of replies the client deletes them in one batch,
        // after everything posted for them; otherwise, deleteLater().
        if (!d->owner || !d->owner->retire(this))
            deleteLater();
    }
}
