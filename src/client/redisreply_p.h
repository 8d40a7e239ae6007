// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISREPLY_P_H
#define REDISREPLY_P_H

#include "redisreply.h"
#include "client/pendingcall_p.h"

#include <QtCore/qlist.h>

class RedisClientPrivate;

namespace QtRedisPrivate {

// Finished auto-delete replies of one client, deleted in batches: each
// batch by one posted event that comes after everything posted while its
// replies finished (queued slots of finished() included) -- the semantics of
// deleteLater() without one posted event and one event-loop wake-up per reply.
class RetiredReplies
{
public:
    explicit RetiredReplies(QObject *client) : m_client(client) {}
    bool retire(RedisReply *reply);
    void unretire(RedisReply *reply);
    // The client is going away: the replies left go the usual way.
    void releaseAll();

private:
    void deleteBatch();
    QObject *m_client;
    QList<RedisReply *> m_replies;
    qsizetype m_cutoff = 0; // how many of them the posted deletion may delete
};

} // namespace QtRedisPrivate

// The reply's private part is also its command's callback. The client
// completes the command and then releases the callback; the reply owns it
// while it lives. A reply deleted before its command finished hands it over
// to the client, which frees it on release(). No QPointer: the reply unhooks
// itself in its destructor, cheaper than a weak reference per command.
class RedisReplyPrivate final : public QtRedisPrivate::ExternalCallback
{
public:
    explicit RedisReplyPrivate(RedisReply *reply) : ExternalCallback(nullptr), q(reply) {}

    // One per command: from the client's per-thread pool, like its calls.
    static void *operator new(std::size_t size) { return QtRedisPrivate::allocateCallBlock(size); }
    static void operator delete(void *memory, std::size_t size) noexcept
    {
        QtRedisPrivate::freeCallBlock(memory, size);
    }

    void release() override
    {
        queued = false;
        call = nullptr;
        if (!q)
            delete this;
    }

    RedisReply *q;                      // null once the reply is gone
    RedisClientPrivate *owner = nullptr; // the client: abort(), batched auto-deletion
    QtRedisPrivate::PendingCall *call = nullptr; // while queued: for abort()
    RedisValue value;
    bool *deleted = nullptr;            // set while finished() is being emitted
    bool queued = true;                 // the client still holds the callback
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
