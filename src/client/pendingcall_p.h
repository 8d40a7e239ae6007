// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef PENDINGCALL_P_H
#define PENDINGCALL_P_H

#include "redisclient.h"
#include "redisvalue.h"
#include "connection/linkrequest_p.h"

namespace QtRedisPrivate {

class CommandQueue;

// Blocks for per-command objects, from free lists kept per thread (the
// client's thread makes and frees them): no malloc per command.
void *allocateCallBlock(std::size_t size);
void freeCallBlock(void *memory, std::size_t size) noexcept;

// A callback that lives outside the call (RedisReply's private part): told
// when the client is done with it instead of being destroyed.
class ExternalCallback : public CommandCallback
{
public:
    using CommandCallback::CommandCallback;
    virtual void release() = 0;
};

// One command of the application, from command() until its callback ran.
// Allocated once per command from a per-thread pool, together with the
// callback when it is a functor (one allocation for both). It is the
// command's request on the link (its reply pairs with it) and is tracked by
// the command's deadline.
class PendingCall final : public LinkRequest
{
public:
    // A call with its functor callback in the same block (see RedisClient::issue()).
    static PendingCall *create(CommandQueue *queue, std::size_t callbackSize, CallbackFactory factory,
                               void *arguments);
    // A call whose callback lives elsewhere.
    static PendingCall *create(CommandQueue *queue, ExternalCallback *callback);

    void complete(const RedisValue &value) { m_callback->complete(value); }
    void replied(const redisReply *reply) override;
    void release() override;

    qint64 deadline = 0;             // steady clock, ms; 0: none
    bool failed = false;             // wrapped in a ParkedFailure: its callback gets that value
    bool routed = false;             // owned by the cluster router until its callback ran
    PendingCall *nextTimed = nullptr; // in CommandDeadlines' queue of default timeouts

private:
    PendingCall(CommandQueue *queue, std::size_t blockSize) : m_queue(queue), m_blockSize(blockSize) {}
    ~PendingCall() = default;

    CommandQueue *m_queue;
    CommandCallback *m_callback = nullptr;
    std::size_t m_blockSize;         // 0: external callback
};

// A client-side failure waiting for its turn, so that it is delivered after
// every command issued before it: parked in the link's queue, in the
// client's held commands or in its queue of failures. It delivers its own
// value, whatever it is flushed with.
class ParkedFailure final : public LinkRequest
{
public:
    ParkedFailure(PendingCall *call, const RedisValue &value) : m_call(call), m_value(value)
    {
        parked = true;
        call->failed = true;
    }
    void replied(const redisReply *) override { deliverParked(); }
    void deliverParked() override { m_call->complete(m_value); }
    void release() override
    {
        m_call->release();
        delete this;
    }
    PendingCall *call() const { return m_call; }

private:
    ~ParkedFailure() = default;
    PendingCall *m_call;
    RedisValue m_value;
};

} // namespace QtRedisPrivate

#endif // PENDINGCALL_P_H
