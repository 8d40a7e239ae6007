// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISVALUEBUILDER_P_H
#define REDISVALUEBUILDER_P_H

#include "redisvalue.h"

struct redisReply;

// Turns hiredis's reply tree into a RedisValue, once (one copy of each
// payload). A friend of RedisValue.
class RedisValueBuilder
{
public:
    static RedisValue fromReply(const redisReply *reply);
};

#endif // REDISVALUEBUILDER_P_H
