// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/redisvaluebuilder_p.h"
#include "core/redisvalue_p.h"
#include "transport/replyobject_p.h"

#include <hiredis/hiredis.h>

RedisValue RedisValueBuilder::fromReply(const redisReply *r)
{
    using Type = RedisValue::Type;
    switch (r->type) {
    case REDIS_REPLY_NIL:
        return RedisValue();
    case REDIS_REPLY_INTEGER:
#if HIREDIS_MAJOR >= 1
    case REDIS_REPLY_BOOL:
#endif
    {
        RedisValue v(Type::Integer, QtRedis::Error::NoError);
        v.m_integer = r->integer;
        return v;
    }
    case REDIS_REPLY_STATUS: {
        RedisValue v(Type::Status, QtRedis::Error::NoError);
        v.m_bytes = QtRedisPrivate::ReplyObjects::bytes(r);
        return v;
    }
    case REDIS_REPLY_ERROR: {
        RedisValue v(Type::Error, QtRedis::Error::ServerError);
        v.m_bytes = QtRedisPrivate::ReplyObjects::bytes(r);
        return v;
    }
    case REDIS_REPLY_ARRAY:
#if HIREDIS_MAJOR >= 1
    case REDIS_REPLY_MAP:
    case REDIS_REPLY_SET:
    case REDIS_REPLY_PUSH:
#endif
    {
        RedisValue v(Type::Array, QtRedis::Error::NoError);
        v.m_array = new RedisValueArray;
        v.m_array->elements.reserve(qsizetype(r->elements));
        for (size_t i = 0; i < r->elements; ++i)
            v.m_array->elements.append(fromReply(r->element[i]));
        return v;
    }
    case REDIS_REPLY_STRING:
    default: { // hiredis >= 1.0 RESP3 scalars (double, big number, verbatim) carry their text in str
        RedisValue v(Type::String, QtRedis::Error::NoError);
        v.m_bytes = QtRedisPrivate::ReplyObjects::bytes(r);
        return v;
    }
    }
}

