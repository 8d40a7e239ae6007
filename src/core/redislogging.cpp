// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "core/redislogging_p.h"

Q_LOGGING_CATEGORY(lcRedisClient, "qtredis.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisConnection, "qtredis.connection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisAdapter, "qtredis.adapter", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisPubSub, "qtredis.pubsub", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisScan, "qtredis.scan", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisTransaction, "qtredis.transaction", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisScript, "qtredis.script", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisKeysModel, "qtredis.keysmodel", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisValueModel, "qtredis.valuemodel", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRedisStringValue, "qtredis.stringvalue", QtWarningMsg)
