// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/respencoder_p.h"

#include <cstring>

namespace {
char *appendDecimal(char *out, qsizetype value)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        *out++ = digits[--n];
    return out;
}
} // namespace

qsizetype QtRedisPrivate::encodeCommand(const QList<QByteArray> &args, QByteArray &buffer)
{
    // Encoding RESP here into a reused buffer is much cheaper than hiredis's
    // generic formatter, and allocates nothing once the buffer has grown.
    // 32 bytes bound each header.
    qsizetype size = 32;
    for (const QByteArray &arg : args)
        size += arg.size() + 32;
    if (buffer.capacity() < size)
        buffer.reserve(size);
    buffer.resize(size);
    char *begin = buffer.data();
    char *out = begin;
    *out++ = '*';
    out = appendDecimal(out, args.size());
    *out++ = '\r';
    *out++ = '\n';
    for (const QByteArray &arg : args) {
        *out++ = '$';
        out = appendDecimal(out, arg.size());
        *out++ = '\r';
        *out++ = '\n';
        if (!arg.isEmpty())
            std::memcpy(out, arg.constData(), size_t(arg.size()));
        out += arg.size();
        *out++ = '\r';
        *out++ = '\n';
    }
    return out - begin;
}
