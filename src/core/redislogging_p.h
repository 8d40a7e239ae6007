// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISLOGGING_P_H
#define REDISLOGGING_P_H

#include <QtCore/qloggingcategory.h>

// Every logging category of the library, declared here and defined in
// redislogging.cpp. Warnings are on by default; more with, for example,
// QT_LOGGING_RULES="qtredis.*.debug=true".
//
// Never log command arguments or options that may hold secrets
// (AUTH/HELLO/ACL arguments, passwords).
Q_DECLARE_LOGGING_CATEGORY(lcRedisClient)      // qtredis.client: the client and its command queue
Q_DECLARE_LOGGING_CATEGORY(lcRedisConnection)  // qtredis.connection: links (resolve, connect, handshake, health, retry)
Q_DECLARE_LOGGING_CATEGORY(lcRedisAdapter)     // qtredis.adapter: the hiredis event adapter
Q_DECLARE_LOGGING_CATEGORY(lcRedisPubSub)      // qtredis.pubsub: subscriptions and MONITOR
Q_DECLARE_LOGGING_CATEGORY(lcRedisScan)        // qtredis.scan: SCAN iteration
Q_DECLARE_LOGGING_CATEGORY(lcRedisTransaction) // qtredis.transaction
Q_DECLARE_LOGGING_CATEGORY(lcRedisScript)      // qtredis.script
Q_DECLARE_LOGGING_CATEGORY(lcRedisKeysModel)   // qtredis.keysmodel
Q_DECLARE_LOGGING_CATEGORY(lcRedisValueModel)  // qtredis.valuemodel
Q_DECLARE_LOGGING_CATEGORY(lcRedisStringValue) // qtredis.stringvalue

#endif // REDISLOGGING_P_H
