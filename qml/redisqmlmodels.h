// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// QML registrations of the core library's item models (they live in src/,
// QtCore only, so that widgets and QML use the same classes).
#ifndef REDISQMLMODELS_H
#define REDISQMLMODELS_H

#include <QtQml/qqmlregistration.h>

#include <redishashmodel.h>
#include <rediskeysmodel.h>
#include <redislistmodel.h>
#include <redissetmodel.h>
#include <redissortedsetmodel.h>
#include <redisstreammodel.h>
#include <redisstringvalue.h>
#include <redisvaluemodel.h>

struct RedisKeysModelForeign
{
    Q_GADGET
    QML_FOREIGN(RedisKeysModel)
    QML_NAMED_ELEMENT(RedisKeysModel)
};

// The base is abstract: its roles, enums and helpers (displayText(),
// scoreText()) are reachable, instances are not.
struct RedisValueModelForeign
{
    Q_GADGET
    QML_FOREIGN(RedisValueModel)
    QML_NAMED_ELEMENT(RedisValueModel)
    QML_UNCREATABLE("RedisValueModel is abstract: use RedisHashModel, RedisListModel, ...")
};

struct RedisHashModelForeign
{
    Q_GADGET
    QML_FOREIGN(RedisHashModel)
    QML_NAMED_ELEMENT(RedisHashModel)
};

struct RedisListModelForeign
{
    Q_GADGET
    QML_FOREIGN(RedisListModel)
    QML_NAMED_ELEMENT(RedisListModel)
};

struct RedisSetModelForeign
{
    Q_GADGET
    QML_FOREIGN(RedisSetModel)
    QML_NAMED_ELEMENT(RedisSetModel)
};

struct RedisSortedSetModelForeign
{
    Q_GADGET
    QML_FOREIGN(RedisSortedSetModel)
    QML_NAMED_ELEMENT(RedisSortedSetModel)
};

struct RedisStreamModelForeign
{
    Q_GADGET
    QML_FOREIGN(RedisStreamModel)
    QML_NAMED_ELEMENT(RedisStreamModel)
};

struct RedisStringValueForeign
{
    Q_GADGET
    QML_FOREIGN(RedisStringValue)
    QML_NAMED_ELEMENT(RedisStringValue)
};

#endif // REDISQMLMODELS_H
