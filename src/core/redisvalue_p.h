// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISVALUE_P_H
#define REDISVALUE_P_H

#include "redisvalue.h"

#include <QtCore/qshareddata.h>
#include <QtCore/qstringconverter.h>

class RedisValueArray : public QSharedData
{
public:
    QList<RedisValue> elements;
};

namespace QtRedisPrivate {
// UTF-8 bytes as text, every byte kept: QString::fromUtf8() drops a leading
// byte order mark, a value keeps it.
inline QString utf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}
} // namespace QtRedisPrivate

#endif // REDISVALUE_P_H
