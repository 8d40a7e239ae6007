// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISVALUE_P_H
#define REDISVALUE_P_H

#include "redisvalue.h"

#include <QtCore/qshareddata.h>

struct redisReply;

class RedisValueArray : public QSharedData
{
public:
    QList<RedisValue> elements;
};

class RedisValueBuilder
{
public:
    // Builds the value once from hiredis's reply tree (one copy of each payload).
    static RedisValue fromReply(const redisReply *reply);
};

#endif // REDISVALUE_P_H
