// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISREPLY_P_H
#define REDISREPLY_P_H

#include "redisclient.h"
#include "redisreply.h"

class RedisClientPrivate;

// The reply's private part is also its pending call: one allocation for both.
// The client completes and then releases the call; the reply owns it while it
// lives. A reply deleted before its command finished hands the call over to
// the client, which frees it on release(). No QPointer: the reply unhooks
// itself in its destructor, cheaper than a weak reference per command.
class RedisReplyPrivate final : public QtRedisPrivate::PendingCall
{
public:
    explicit RedisReplyPrivate(RedisReply *reply) : PendingCall(nullptr), q(reply) {}

    void release() override
    {
        queued = false;
        if (!q)
            delete this;
    }

    RedisReply *q;                      // null once the reply is gone
    RedisClientPrivate *owner = nullptr; // the client, for batched auto-deletion
    RedisValue value;
    bool *deleted = nullptr;            // set while finished() is being emitted
    bool queued = true;                 // the client still holds the call
    bool finished = false;
    bool autoDelete = false;
    bool retired = false;               // in the client's batch of replies to delete

protected:
    void invoke(const RedisValue &v) override
    {
        if (q)
            q->finish(v);
    }
};

#endif // REDISREPLY_P_H
