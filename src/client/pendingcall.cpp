// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "client/pendingcall_p.h"
#include "client/commandqueue_p.h"
#include "transport/redisvaluebuilder_p.h"

#include <cstddef>
#include <new>
#include <utility>

QtRedisPrivate::CommandCallback::~CommandCallback() = default;

namespace QtRedisPrivate {

namespace {
// Free lists of call-sized blocks, per thread (calls are made and freed on
// the client's thread). Plain data, so it stays usable while thread-local
// destructors run; the guard below frees the blocks at thread exit.
struct CallPool
{
    static constexpr std::size_t Granule = 64;
    static constexpr std::size_t Classes = 4;   // blocks of 64, 128, 192, 256 bytes
    static constexpr int Cap = 512;             // blocks kept per class
    struct Block { Block *next; };
    Block *heads[Classes];
    int counts[Classes];
    bool closed;
};
thread_local CallPool callPool = {};

struct CallPoolGuard
{
    ~CallPoolGuard()
    {
        callPool.closed = true;
        for (CallPool::Block *&head : callPool.heads) {
            while (head)
                ::operator delete(std::exchange(head, head->next));
        }
    }
};
thread_local CallPoolGuard callPoolGuard;

std::size_t sizeClass(std::size_t size)
{
    return (size + CallPool::Granule - 1) / CallPool::Granule - 1;
}

} // namespace

void *allocateCallBlock(std::size_t size)
{
    const std::size_t cls = sizeClass(size);
    if (cls >= CallPool::Classes)
        return ::operator new(size);
    (void)&callPoolGuard; // make sure the guard exists for this thread
    if (CallPool::Block *block = callPool.heads[cls]) {
        callPool.heads[cls] = block->next;
        --callPool.counts[cls];
        return block;
    }
    return ::operator new((cls + 1) * CallPool::Granule);
}

void freeCallBlock(void *memory, std::size_t size) noexcept
{
    const std::size_t cls = sizeClass(size);
    if (cls < CallPool::Classes && !callPool.closed && callPool.counts[cls] < CallPool::Cap) {
        auto *block = static_cast<CallPool::Block *>(memory);
        block->next = callPool.heads[cls];
        callPool.heads[cls] = block;
        ++callPool.counts[cls];
        return;
    }
    ::operator delete(memory);
}

namespace {
// The callback starts here in a call's block.
constexpr std::size_t callbackOffset =
        (sizeof(PendingCall) + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) * alignof(std::max_align_t);
} // namespace

PendingCall *PendingCall::create(CommandQueue *queue, std::size_t callbackSize, CallbackFactory factory,
                                 void *arguments)
{
    const std::size_t size = callbackOffset + callbackSize;
    void *block = allocateCallBlock(size);
    auto *call = new (block) PendingCall(queue, size);
    call->m_callback = factory(static_cast<char *>(block) + callbackOffset, arguments);
    return call;
}

PendingCall *PendingCall::create(CommandQueue *queue, ExternalCallback *callback)
{
    void *block = allocateCallBlock(sizeof(PendingCall));
    auto *call = new (block) PendingCall(queue, 0);
    call->m_callback = callback;
    return call;
}

void PendingCall::replied(const redisReply *reply)
{
    if (deadline)
        m_queue->deadlines().untrack(this);
    complete(RedisValueBuilder::fromReply(reply));
}

void PendingCall::release()
{
    const std::size_t blockSize = m_blockSize;
    if (blockSize) {
        m_callback->~CommandCallback();
    } else {
        static_cast<ExternalCallback *>(m_callback)->release();
    }
    this->~PendingCall();
    freeCallBlock(this, blockSize ? blockSize : sizeof(PendingCall));
}

} // namespace QtRedisPrivate
