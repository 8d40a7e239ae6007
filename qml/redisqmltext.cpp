// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisqmltext.h"

#include <redisclient.h>
#include <redisconnectionoptions.h>
#include <redisvalue.h>

/*!
    \qmltype Redis
    \inqmlmodule QtRedis
    \brief Text conventions of the library, for QML code.

    A singleton: \c{Redis.displayText(bytes)}, \c{Redis.splitCommandLine(line)},
    \c{Redis.isSupportedUrl(url)}. Each calls the C++ function of the same
    job, so QML code shows bytes, splits console lines and checks URLs
    exactly as the library does.
*/
RedisQmlText::RedisQmlText(QObject *parent) : QObject(parent) {}

/*!
    \qmlmethod string Redis::displayText(bytes, int maxBytes)

    Returns \a bytes (an ArrayBuffer, or a string taken as UTF-8) as one
    line of plain text, never rich text: what is not printable, valid UTF-8
    is escaped as \c{\xHH} (\c{\n}, \c{\r}, \c{\t}; a backslash doubled).
    With \a maxBytes >= 0, at most that many bytes are shown, then an
    ellipsis. The same as RedisValue::displayText() in C++.
*/
QString RedisQmlText::displayText(const QByteArray &bytes, int maxBytes)
{
    return RedisValue::displayText(bytes, maxBytes);
}

/*!
    \qmlmethod object Redis::splitCommandLine(string line)

    Splits \a line the way redis-cli does (RedisClient::splitCommandLine())
    and returns \c{{ok, args, error}}: \c args is an array of ArrayBuffers
    (one per argument, binary-safe). A line with unbalanced quotes, or a
    closing quote not followed by a space, is refused: \c ok is \c false,
    \c args empty and \c error says why.
*/
QVariantMap RedisQmlText::splitCommandLine(const QString &line)
{
    QList<QByteArray> args;
    if (!RedisClient::splitCommandLine(line, &args))
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("args"), QVariantList()},
                {QStringLiteral("error"), tr("unbalanced quotes, or a closing quote not followed by a space")}};
    QVariantList list;
    list.reserve(args.size());
    for (const QByteArray &arg : std::as_const(args))
        list.append(arg);
    return {{QStringLiteral("ok"), true}, {QStringLiteral("args"), list}, {QStringLiteral("error"), QString()}};
}

/*!
    \qmlmethod bool Redis::isSupportedUrl(string url)

    Returns true if \a url (leading and trailing white space ignored) is a
    URL that RedisClient's \c url property accepts (see
    \l {Connection URLs}).
*/
bool RedisQmlText::isSupportedUrl(const QString &url)
{
    return RedisConnectionOptions::isSupportedUrl(QUrl(url.trimmed()));
}
