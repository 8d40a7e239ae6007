// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISVALUEBUILDER_P_H
#define REDISVALUEBUILDER_P_H

#include "redisvalue.h"

struct redisReply;

// Turns a reply tree of our readers (replyobject_p.h) into a RedisValue,
// sharing each payload's bytes with the reply. A friend of RedisValue.
class RedisValueBuilder
{
public:
    static RedisValue fromReply(const redisReply *reply);
};

#endif // REDISVALUEBUILDER_P_H
