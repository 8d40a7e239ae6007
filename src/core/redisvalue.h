// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISVALUE_H
#define REDISVALUE_H

#include "redisglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qbytearrayview.h>
#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

#include <utility>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

class RedisValueArray;

// One RESP value: a reply, an array element or a client-side failure.
// Implicitly shared and immutable. Documented in redisvalue.cpp.
class QTREDIS_EXPORT RedisValue
{
    Q_GADGET
public:
    enum class Type { Nil, String, Status, Error, Integer, Array };
    Q_ENUM(Type)

    RedisValue() noexcept;                       // Nil
    RedisValue(const RedisValue &other) noexcept;
    RedisValue(RedisValue &&other) noexcept;
    RedisValue &operator=(const RedisValue &other) noexcept;
    RedisValue &operator=(RedisValue &&other) noexcept;
    ~RedisValue();

    static RedisValue fromString(const QByteArray &bytes);   // bulk string
    static RedisValue fromStatus(const QByteArray &status);  // +OK style status
    static RedisValue fromError(const QByteArray &message);  // server error reply (-ERR ...)
    static RedisValue fromInteger(qint64 value);
    static RedisValue fromArray(const QList<RedisValue> &elements);
    // A failure that happened in the client, not on the server.
    static RedisValue fromClientError(QtRedis::Error code, const QString &message);

    Type type() const noexcept { return m_type; }
    bool isNil() const noexcept { return type() == Type::Nil; }
    bool isString() const noexcept { return type() == Type::String; }
    bool isStatus() const noexcept { return type() == Type::Status; }
    bool isError() const noexcept { return type() == Type::Error; }
    bool isInteger() const noexcept { return type() == Type::Integer; }
    bool isArray() const noexcept { return type() == Type::Array; }

    // NoError unless isError(); ServerError for an error reply from the server;
    // any other code for a failure on the client's side.
    QtRedis::Error error() const noexcept { return m_error; }
    bool isServerError() const noexcept { return error() == QtRedis::Error::ServerError; }
    bool isClientError() const noexcept;
    // The error message as text (empty unless isError()).
    QString errorString() const;

    QByteArray toByteArray() const;    // String, Status, Error payload (binary-safe); integers as decimal
    qint64 toInteger(bool *ok = nullptr) const; // Integer; a String holding a decimal number also converts
    QList<RedisValue> toArray() const; // Array elements (empty otherwise)
    qsizetype size() const noexcept;   // element count of an Array, byte count of a string kind
    RedisValue at(qsizetype index) const; // Array element, Nil when out of range
    QVariant toVariant() const;        // for QML/JS: see the README's table
    // Formats the value the way redis-cli prints it (quoted, escaped, numbered arrays).
    QString toCliString() const;

    // Bytes as one line of plain text, every unsafe byte as \xHH.
    static QString displayText(QByteArrayView bytes, qsizetype maxBytes = -1);

    bool operator==(const RedisValue &other) const noexcept;
    bool operator!=(const RedisValue &other) const noexcept { return !(*this == other); }

    void swap(RedisValue &other) noexcept
    {
        m_bytes.swap(other.m_bytes);
        m_array.swap(other.m_array);
        std::swap(m_integer, other.m_integer);
        std::swap(m_type, other.m_type);
        std::swap(m_error, other.m_error);
    }

private:
    RedisValue(Type type, QtRedis::Error error) noexcept;
    friend class RedisValueBuilder;

    // A string reply costs one allocation (its bytes); arrays share their elements.
    QByteArray m_bytes;                               // String, Status, Error
    QExplicitlySharedDataPointer<RedisValueArray> m_array; // Array
    qint64 m_integer = 0;                             // Integer
    Type m_type = Type::Nil;
    QtRedis::Error m_error = QtRedis::Error::NoError;
};

Q_DECLARE_SHARED(RedisValue)
Q_DECLARE_METATYPE(RedisValue)

QTREDIS_EXPORT QDebug operator<<(QDebug debug, const RedisValue &value);

#endif // REDISVALUE_H
