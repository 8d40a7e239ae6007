// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISLOGGING_P_H
#define REDISLOGGING_P_H

#include <QtCore/qloggingcategory.h>

// Never log command arguments or options that may hold secrets
// (AUTH/HELLO/ACL arguments, passwords).
Q_DECLARE_LOGGING_CATEGORY(lcRedisClient)
Q_DECLARE_LOGGING_CATEGORY(lcRedisAdapter)

#endif // REDISLOGGING_P_H
