// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REPLYOBJECT_P_H
#define REPLYOBJECT_P_H

#include <QtCore/qbytearray.h>

#include <hiredis/hiredis.h>

struct redisReadTask;

// The reply objects our readers build. hiredis's async.c reads replies as
// redisReply (type, str, element), so each object is a redisReply; a string
// keeps its bytes in a QByteArray, whose data str points at. A RedisValue or
// a message then shares those bytes instead of copying them: one copy from
// the reader's buffer to the value, as for any hiredis reply, and none after.
//
// Every reader of ours uses these functions (RedisReplyGuard::install), so
// every redisReply our code sees is one of these; they are freed only with
// the reader's freeObject (ReplyObjects::destroy).
namespace QtRedisPrivate::ReplyObjects {

void *createString(const redisReadTask *task, char *str, size_t len);
void *createArray(const redisReadTask *task, size_t elements);
void *createInteger(const redisReadTask *task, long long value);
void *createNil(const redisReadTask *task);
#if HIREDIS_MAJOR >= 1
void *createDouble(const redisReadTask *task, double value, char *str, size_t len);
void *createBool(const redisReadTask *task, int value);
#endif
void destroy(void *reply);

// The bytes of a string, status, error (and, with hiredis >= 1.0, double,
// big number and verbatim) reply, shared, not copied.
QByteArray bytes(const redisReply *reply);

} // namespace QtRedisPrivate::ReplyObjects

#endif // REPLYOBJECT_P_H
