// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisqmlvalue_p.h"

#include <QtCore/qmetatype.h>
#include <QtQml/qjsengine.h>

Q_LOGGING_CATEGORY(lcRedisQml, "qtredis.qml", QtWarningMsg)

QVariant RedisQmlValue::bytesToVariant(const QByteArray &bytes)
{
    // RedisValue's rule: a QString for valid UTF-8 (a leading BOM kept), the
    // bytes otherwise, which the QML engine turns into an ArrayBuffer.
    return RedisValue::fromString(bytes).toVariant();
}

QJSValue RedisQmlValue::bytesToJs(QJSEngine *engine, const QByteArray &bytes)
{
    const QVariant variant = bytesToVariant(bytes);
    if (variant.metaType().id() == QMetaType::QString)
        return QJSValue(variant.toString());
    return engine->toScriptValue(bytes);
}

QJSValue RedisQmlValue::toJs(QJSEngine *engine, const RedisValue &value)
{
    switch (value.type()) {
    case RedisValue::Type::Nil:
        return QJSValue(QJSValue::NullValue);
    case RedisValue::Type::String:
    case RedisValue::Type::Status:
        return bytesToJs(engine, value.toByteArray());
    case RedisValue::Type::Integer:
        // Exact up to 2^53, like every JS number.
        return QJSValue(double(value.toInteger()));
    case RedisValue::Type::Error:
        return engine->newErrorObject(QJSValue::GenericError, value.errorString());
    case RedisValue::Type::Array: {
        const QList<RedisValue> elements = value.toArray();
        QJSValue array = engine->newArray(uint(elements.size()));
        for (qsizetype i = 0; i < elements.size(); ++i)
            array.setProperty(quint32(i), toJs(engine, elements.at(i)));
        return array;
    }
    }
    return QJSValue(QJSValue::UndefinedValue);
}

bool RedisQmlValue::toBytes(const QJSValue &value, QByteArray *out)
{
    auto isPlainObject = [](const QJSValue &v) {
        return v.isObject() && !v.isArray() && !v.isCallable() && !v.isQObject();
    };
    if (!isPlainObject(value))
        return false;
    // A typed array or a DataView: the part of its buffer it covers. (Checked
    // first: toVariant() would turn a typed array into a list, element by element.)
    const QJSValue buffer = value.property(QStringLiteral("buffer"));
    if (isPlainObject(buffer)) {
        const QVariant whole = buffer.toVariant();
        const QJSValue offset = value.property(QStringLiteral("byteOffset"));
        const QJSValue length = value.property(QStringLiteral("byteLength"));
        if (whole.metaType().id() != QMetaType::QByteArray || !offset.isNumber() || !length.isNumber())
            return false;
        const QByteArray bytes = whole.toByteArray();
        const double from = offset.toNumber();
        const double count = length.toNumber();
        if (from < 0 || count < 0 || from + count > double(bytes.size()))
            return false;
        *out = bytes.mid(qsizetype(from), qsizetype(count));
        return true;
    }
    const QVariant variant = value.toVariant();
    if (variant.metaType().id() != QMetaType::QByteArray)   // an ArrayBuffer
        return false;
    *out = variant.toByteArray();
    return true;
}

bool RedisQmlValue::toArguments(const QJSValue &args, QList<QByteArray> *out, QString *why)
{
    out->clear();
    if (!args.isArray()) {
        *why = tr("command() takes an array of arguments, e.g. [\"GET\", \"key\"]");
        return false;
    }
    const quint32 count = args.property(QStringLiteral("length")).toUInt();
    out->reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        const QJSValue arg = args.property(i);
        QByteArray bytes;
        if (arg.isString()) {
            out->append(arg.toString().toUtf8());
        } else if (arg.isNumber()) {
            out->append(arg.toString().toUtf8()); // JavaScript's own number text
        } else if (toBytes(arg, &bytes)) {
            out->append(bytes);
        } else {
            out->clear();
            *why = tr("Argument %1 of command() is not a string, a number or an ArrayBuffer").arg(i + 1);
            return false;
        }
    }
    return true;
}

QString RedisQmlValue::describeError(const QJSValue &error)
{
    QString text = error.toString();
    const QJSValue file = error.property(QStringLiteral("fileName"));
    const QJSValue line = error.property(QStringLiteral("lineNumber"));
    if (file.isString() && !file.toString().isEmpty())
        text += QStringLiteral(" (%1:%2)").arg(file.toString(), line.toString());
    return text;
}
