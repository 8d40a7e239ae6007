// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISGLOB_P_H
#define REDISGLOB_P_H

// Private: not part of the API.

#include <QtCore/qbytearray.h>

namespace QtRedisPrivate {

// Redis's glob matching, as SCAN MATCH and KEYS apply it (stringmatchlen() in
// the server's util.c): case-sensitive and binary-safe; *, ?, [abc], [^a-z]
// and \ escapes.
bool globMatch(const QByteArray &pattern, const QByteArray &string);

} // namespace QtRedisPrivate

#endif // REDISGLOB_P_H
