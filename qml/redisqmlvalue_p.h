// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISQMLVALUE_P_H
#define REDISQMLVALUE_P_H

//
//  W A R N I N G
//  -------------
// Not part of the QtRedis API: helpers of the QML module.
//

#include <redisvalue.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qlist.h>
#include <QtCore/qloggingcategory.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>
#include <QtQml/qjsvalue.h>

QT_BEGIN_NAMESPACE
class QJSEngine;
QT_END_NAMESPACE

Q_DECLARE_LOGGING_CATEGORY(lcRedisQml)

// Conversions between the server's bytes and JavaScript values.
//
// Bytes reach JS as a string when they are valid UTF-8 and as an ArrayBuffer
// (the bytes unchanged) otherwise; integers as numbers, nil as null, arrays
// as (nested) JS arrays, an error inside an array as an Error object.
class RedisQmlValue
{
    Q_DECLARE_TR_FUNCTIONS(RedisQmlValue)
public:
    static QVariant bytesToVariant(const QByteArray &bytes);
    static QJSValue bytesToJs(QJSEngine *engine, const QByteArray &bytes);
    static QJSValue toJs(QJSEngine *engine, const RedisValue &value);

    // A JS array of strings (sent as UTF-8), numbers (their JS text, e.g.
    // "42", "1.5") and ArrayBuffers or typed arrays / DataViews (their bytes).
    // Returns false and sets *why if args is not such an array.
    static bool toArguments(const QJSValue &args, QList<QByteArray> *out, QString *why);
    // The bytes of an ArrayBuffer, typed array or DataView; false otherwise.
    static bool toBytes(const QJSValue &value, QByteArray *out);

    // A short description of a JS exception (message, file and line).
    static QString describeError(const QJSValue &error);
};

#endif // REDISQMLVALUE_P_H
