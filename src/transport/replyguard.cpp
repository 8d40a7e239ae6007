// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/replyguard_p.h"
#include "transport/replyobject_p.h"

#include <hiredis/hiredis.h>
#include <hiredis/read.h>

long long RedisReplyGuard::maxArrayElements = 64LL * 1024 * 1024;

RedisReplyGuard::~RedisReplyGuard() = default;

bool RedisReplyGuard::refuseTopLevel(bool isErrorReply)
{
    // Error replies nobody asked for are hiredis's to handle (it disconnects).
    if (isErrorReply || replyExpected())
        return false;
    m_refusal = Refusal::Unsolicited;
    return true;
}

bool RedisReplyGuard::refuseArray(long long elements)
{
    if (maxArrayElements <= 0 || elements <= maxArrayElements)
        return false;
    m_refusal = Refusal::ArrayTooLarge;
    return true;
}

namespace {
using namespace QtRedisPrivate;
const redisReplyObjectFunctions *hiredisFunctions = nullptr;

RedisReplyGuard *guardOf(const redisReadTask *task)
{
    return static_cast<RedisReplyGuard *>(task->privdata);
}

bool refuse(const redisReadTask *task)
{
    RedisReplyGuard *guard = guardOf(task);
    return guard && !task->parent && guard->refuseTopLevel(task->type == REDIS_REPLY_ERROR);
}

void *guardedString(const redisReadTask *task, char *str, size_t len)
{
    return refuse(task) ? nullptr : ReplyObjects::createString(task, str, len);
}

#if HIREDIS_MAJOR >= 1
void *guardedArray(const redisReadTask *task, size_t elements)
#else
void *guardedArray(const redisReadTask *task, int elements)
#endif
{
    if (refuse(task))
        return nullptr;
    RedisReplyGuard *guard = guardOf(task);
    if (guard && guard->refuseArray((long long)elements))
        return nullptr;
    return ReplyObjects::createArray(task, elements);
}

void *guardedInteger(const redisReadTask *task, long long value)
{
    return refuse(task) ? nullptr : ReplyObjects::createInteger(task, value);
}

void *guardedNil(const redisReadTask *task)
{
    return refuse(task) ? nullptr : ReplyObjects::createNil(task);
}

#if HIREDIS_MAJOR >= 1
void *guardedDouble(const redisReadTask *task, double value, char *str, size_t len)
{
    return refuse(task) ? nullptr : ReplyObjects::createDouble(task, value, str, len);
}

void *guardedBool(const redisReadTask *task, int value)
{
    return refuse(task) ? nullptr : ReplyObjects::createBool(task, value);
}
#endif

void freeObject(void *reply)
{
    ReplyObjects::destroy(reply);
}

redisReplyObjectFunctions guardedFunctions = {
    guardedString,
    guardedArray,
    guardedInteger,
#if HIREDIS_MAJOR >= 1
    guardedDouble,
#endif
    guardedNil,
#if HIREDIS_MAJOR >= 1
    guardedBool,
#endif
    freeObject,
};
} // namespace

bool RedisReplyGuard::install(redisReader *reader, RedisReplyGuard *guard)
{
    if (!reader || !reader->fn)
        return false;
    if (!hiredisFunctions)
        hiredisFunctions = reader->fn; // hiredis's static defaults
    if (reader->fn != hiredisFunctions)
        return false;
    reader->fn = &guardedFunctions;
    reader->privdata = guard;
    return true;
}
