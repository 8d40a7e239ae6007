// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/replyobject_p.h"

#include <hiredis/read.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

namespace QtRedisPrivate::ReplyObjects {

namespace {

// A redisReply first, so a pointer to one is a pointer to the other.
struct ReplyObject
{
    redisReply reply;
    QByteArray bytes; // strings only; reply.str points at its data
};
static_assert(std::is_standard_layout_v<ReplyObject>,
              "a ReplyObject must be usable as the redisReply it starts with");

ReplyObject *objectOf(const redisReply *reply)
{
    return reinterpret_cast<ReplyObject *>(const_cast<redisReply *>(reply));
}

bool isContainer(int type)
{
#if HIREDIS_MAJOR >= 1
    return type == REDIS_REPLY_ARRAY || type == REDIS_REPLY_MAP || type == REDIS_REPLY_SET
            || type == REDIS_REPLY_PUSH;
#else
    return type == REDIS_REPLY_ARRAY;
#endif
}

// Like hiredis's functions: a new object, put into its parent's slot.
ReplyObject *create(const redisReadTask *task, int type)
{
    auto *object = new (std::nothrow) ReplyObject{};
    if (!object)
        return nullptr;
    object->reply.type = type;
    if (task->parent) {
        auto *parent = static_cast<redisReply *>(task->parent->obj);
        Q_ASSERT(parent && isContainer(parent->type));
        parent->element[task->idx] = &object->reply;
    }
    return object;
}

void setBytes(ReplyObject *object, const char *str, size_t len)
{
    object->bytes = QByteArray(str, qsizetype(len));
    // hiredis only reads str. constData(): no detach, and "" for no bytes.
    object->reply.str = const_cast<char *>(object->bytes.constData());
    object->reply.len = len;
}

} // namespace

void *createString(const redisReadTask *task, char *str, size_t len)
{
    ReplyObject *object = create(task, task->type);
    if (!object)
        return nullptr;
#if HIREDIS_MAJOR >= 1
    if (task->type == REDIS_REPLY_VERB) {
        // "txt:..." : the format in vtype, the text after the colon.
        if (len < 4) {
            destroy(&object->reply);
            return nullptr;
        }
        std::memcpy(object->reply.vtype, str, 3);
        object->reply.vtype[3] = '\0';
        setBytes(object, str + 4, len - 4);
        return object;
    }
#endif
    setBytes(object, str, len);
    return object;
}

void *createArray(const redisReadTask *task, size_t elements)
{
    ReplyObject *object = create(task, task->type);
    if (!object)
        return nullptr;
    if (elements > 0) {
        object->reply.element = static_cast<redisReply **>(std::calloc(elements, sizeof(redisReply *)));
        if (!object->reply.element) {
            if (task->parent)
                static_cast<redisReply *>(task->parent->obj)->element[task->idx] = nullptr;
            delete object;
            return nullptr;
        }
    }
    object->reply.elements = elements;
    return object;
}

void *createInteger(const redisReadTask *task, long long value)
{
    ReplyObject *object = create(task, REDIS_REPLY_INTEGER);
    if (object)
        object->reply.integer = value;
    return object;
}

void *createNil(const redisReadTask *task)
{
    return create(task, REDIS_REPLY_NIL);
}

#if HIREDIS_MAJOR >= 1
void *createDouble(const redisReadTask *task, double value, char *str, size_t len)
{
    ReplyObject *object = create(task, REDIS_REPLY_DOUBLE);
    if (!object)
        return nullptr;
    object->reply.dval = value;
    setBytes(object, str, len); // the server's text for the number
    return object;
}

void *createBool(const redisReadTask *task, int value)
{
    ReplyObject *object = create(task, REDIS_REPLY_BOOL);
    if (object)
        object->reply.integer = value != 0;
    return object;
}
#endif

void destroy(void *reply)
{
    if (!reply)
        return;
    auto *r = static_cast<redisReply *>(reply);
    if (isContainer(r->type) && r->element) {
        // A reply the reader gave up on may have empty slots.
        for (size_t i = 0; i < r->elements; ++i)
            destroy(r->element[i]);
        std::free(r->element);
    }
    delete objectOf(r);
}

QByteArray bytes(const redisReply *reply)
{
    return objectOf(reply)->bytes;
}

} // namespace QtRedisPrivate::ReplyObjects
