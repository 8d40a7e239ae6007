// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISCLI_P_H
#define REDISCLI_P_H

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

namespace QtRedisPrivate {
// Splits a command line the way redis-cli does (see RedisClient::splitCommandLine()).
bool splitCommandLine(const QString &line, QList<QByteArray> *args);
} // namespace QtRedisPrivate

// RedisValue::toCliString() is in rediscli.cpp too.

#endif // REDISCLI_P_H
