// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisvalue.h"
#include "core/redisvalue_p.h"

#include <QtCore/qdebug.h>
#include <QtCore/qutf8stringview.h>

using QtRedisPrivate::utf8Text;


RedisValue::RedisValue() noexcept = default;
RedisValue::RedisValue(const RedisValue &other) noexcept = default;
RedisValue::RedisValue(RedisValue &&other) noexcept = default;
RedisValue &RedisValue::operator=(const RedisValue &other) noexcept = default;
RedisValue &RedisValue::operator=(RedisValue &&other) noexcept = default;
RedisValue::~RedisValue() = default;
RedisValue::RedisValue(Type type, QtRedis::Error error) noexcept : m_type(type), m_error(error) {}

RedisValue RedisValue::fromString(const QByteArray &bytes)
{
    RedisValue v(Type::String, QtRedis::Error::NoError);
    v.m_bytes = bytes;
    return v;
}

RedisValue RedisValue::fromStatus(const QByteArray &status)
{
    RedisValue v(Type::Status, QtRedis::Error::NoError);
    v.m_bytes = status;
    return v;
}

RedisValue RedisValue::fromError(const QByteArray &message)
{
    RedisValue v(Type::Error, QtRedis::Error::ServerError);
    v.m_bytes = message;
    return v;
}

RedisValue RedisValue::fromInteger(qint64 value)
{
    RedisValue v(Type::Integer, QtRedis::Error::NoError);
    v.m_integer = value;
    return v;
}

RedisValue RedisValue::fromArray(const QList<RedisValue> &elements)
{
    RedisValue v(Type::Array, QtRedis::Error::NoError);
    v.m_array = new RedisValueArray;
    v.m_array->elements = elements;
    return v;
}

RedisValue RedisValue::fromClientError(QtRedis::Error code, const QString &message)
{
    // A client error always carries a client-side code.
    RedisValue v(Type::Error, (code == QtRedis::Error::NoError || code == QtRedis::Error::ServerError)
                                      ? QtRedis::Error::SocketError : code);
    v.m_bytes = message.toUtf8();
    return v;
}

bool RedisValue::isClientError() const noexcept
{
    return m_error != QtRedis::Error::NoError && m_error != QtRedis::Error::ServerError;
}

QString RedisValue::errorString() const
{
    return isError() ? utf8Text(m_bytes) : QString();
}

QByteArray RedisValue::toByteArray() const
{
    switch (m_type) {
    case Type::String:
    case Type::Status:
    case Type::Error:
        return m_bytes;
    case Type::Integer:
        return QByteArray::number(m_integer);
    case Type::Nil:
    case Type::Array:
        break;
    }
    return QByteArray();
}

qint64 RedisValue::toInteger(bool *ok) const
{
    if (m_type == Type::Integer) {
        if (ok)
            *ok = true;
        return m_integer;
    }
    if (m_type == Type::String || m_type == Type::Status)
        return m_bytes.toLongLong(ok);
    if (ok)
        *ok = false;
    return 0;
}

QList<RedisValue> RedisValue::toArray() const
{
    return m_type == Type::Array ? m_array->elements : QList<RedisValue>();
}

qsizetype RedisValue::size() const noexcept
{
    switch (m_type) {
    case Type::Array:
        return m_array->elements.size();
    case Type::String:
    case Type::Status:
    case Type::Error:
        return m_bytes.size();
    case Type::Nil:
    case Type::Integer:
        break;
    }
    return 0;
}

RedisValue RedisValue::at(qsizetype index) const
{
    if (m_type != Type::Array || index < 0 || index >= m_array->elements.size())
        return RedisValue();
    return m_array->elements.at(index);
}

QVariant RedisValue::toVariant() const
{
    switch (m_type) {
    case Type::Nil:
        return QVariant::fromValue(nullptr);
    case Type::String:
    case Type::Status:
        // Text when it is valid UTF-8; raw bytes (an ArrayBuffer in JS) otherwise.
        if (QUtf8StringView(m_bytes).isValidUtf8())
            return utf8Text(m_bytes);
        return m_bytes;
    case Type::Error:
        return utf8Text(m_bytes);
    case Type::Integer:
        return QVariant::fromValue<qlonglong>(m_integer);
    case Type::Array: {
        QVariantList list;
        list.reserve(m_array->elements.size());
        for (const RedisValue &element : std::as_const(m_array->elements))
            list.append(element.toVariant());
        return list;
    }
    }
    return QVariant();
}

bool RedisValue::operator==(const RedisValue &other) const noexcept
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Nil:
        return true;
    case Type::Integer:
        return m_integer == other.m_integer;
    case Type::String:
    case Type::Status:
        return m_bytes == other.m_bytes;
    case Type::Error:
        return m_error == other.m_error && m_bytes == other.m_bytes;
    case Type::Array:
        return m_array == other.m_array || m_array->elements == other.m_array->elements;
    }
    return false;
}

QDebug operator<<(QDebug debug, const RedisValue &value)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "RedisValue(";
    switch (value.type()) {
    case RedisValue::Type::Nil:
        debug << "Nil";
        break;
    case RedisValue::Type::Integer:
        debug << "Integer, " << value.toInteger();
        break;
    case RedisValue::Type::String:
        debug << "String, " << value.toByteArray();
        break;
    case RedisValue::Type::Status:
        debug << "Status, " << value.toByteArray();
        break;
    case RedisValue::Type::Error:
        debug << "Error, " << value.error() << ", " << value.toByteArray();
        break;
    case RedisValue::Type::Array:
        debug << "Array, " << value.toArray();
        break;
    }
    debug << ')';
    return debug;
}

