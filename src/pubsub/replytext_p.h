// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REPLYTEXT_P_H
#define REPLYTEXT_P_H

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include "transport/replyobject_p.h"

#include <hiredis/hiredis.h>

#include <cstring>

// Small readers of hiredis replies for the message sessions, which check
// every message's shape themselves.
namespace QtRedisPrivate::ReplyText {

// Shared with the reply, not copied.
inline QByteArray bytes(const redisReply *r)
{
    return ReplyObjects::bytes(r);
}

inline bool isText(const redisReply *r)
{
    return r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS);
}

// A text reply equal to text, ignoring case.
inline bool equals(const redisReply *r, const char *text)
{
    const size_t n = std::strlen(text);
    return isText(r) && r->len == n && qstrnicmp(r->str, text, qsizetype(n)) == 0;
}

// A server's bytes as printable text for an error message (at most 64 bytes).
inline QString printable(const QByteArray &data)
{
    QString text = QString::fromLatin1(data.left(64).toPercentEncoding(" :*?[]-_./"));
    return data.size() > 64 ? text + QStringLiteral("...") : text;
}

} // namespace QtRedisPrivate::ReplyText

#endif // REPLYTEXT_P_H
