// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisvalue.h"
#include "redisvalue_p.h"

#include <QtCore/qdebug.h>
#include <QtCore/qstringview.h>
#include <QtCore/qutf8stringview.h>

#include <hiredis/hiredis.h>

RedisValue::RedisValue() noexcept = default;
RedisValue::RedisValue(const RedisValue &other) noexcept = default;
RedisValue::RedisValue(RedisValue &&other) noexcept = default;
RedisValue &RedisValue::operator=(const RedisValue &other) noexcept = default;
RedisValue &RedisValue::operator=(RedisValue &&other) noexcept = default;
RedisValue::~RedisValue() = default;
RedisValue::RedisValue(RedisValueData *data) noexcept : d(data) {}

namespace {
RedisValueData *makeData(RedisValue::Type type)
{
    auto *data = new RedisValueData;
    data->type = type;
    return data;
}
} // namespace

RedisValue RedisValue::fromString(const QByteArray &bytes)
{
    RedisValueData *data = makeData(Type::String);
    data->bytes = bytes;
    return RedisValue(data);
}

RedisValue RedisValue::fromStatus(const QByteArray &status)
{
    RedisValueData *data = makeData(Type::Status);
    data->bytes = status;
    return RedisValue(data);
}

RedisValue RedisValue::fromError(const QByteArray &message)
{
    RedisValueData *data = makeData(Type::Error);
    data->bytes = message;
    data->error = QtRedis::Error::ServerError;
    return RedisValue(data);
}

RedisValue RedisValue::fromInteger(qint64 value)
{
    RedisValueData *data = makeData(Type::Integer);
    data->integer = value;
    return RedisValue(data);
}

RedisValue RedisValue::fromArray(const QList<RedisValue> &elements)
{
    RedisValueData *data = makeData(Type::Array);
    data->elements = elements;
    return RedisValue(data);
}

RedisValue RedisValue::fromClientError(QtRedis::Error code, const QString &message)
{
    RedisValueData *data = makeData(Type::Error);
    data->bytes = message.toUtf8();
    // A client error always carries a client-side code.
    data->error = (code == QtRedis::Error::NoError || code == QtRedis::Error::ServerError)
            ? QtRedis::Error::SocketError : code;
    return RedisValue(data);
}

RedisValue::Type RedisValue::type() const noexcept
{
    return d ? d->type : Type::Nil;
}

QtRedis::Error RedisValue::error() const noexcept
{
    return d ? d->error : QtRedis::Error::NoError;
}

bool RedisValue::isClientError() const noexcept
{
    const QtRedis::Error e = error();
    return e != QtRedis::Error::NoError && e != QtRedis::Error::ServerError;
}

QString RedisValue::errorString() const
{
    return isError() ? QString::fromUtf8(d->bytes) : QString();
}

QByteArray RedisValue::toByteArray() const
{
    switch (type()) {
    case Type::String:
    case Type::Status:
    case Type::Error:
        return d->bytes;
    case Type::Integer:
        return QByteArray::number(d->integer);
    case Type::Nil:
    case Type::Array:
        break;
    }
    return QByteArray();
}

qint64 RedisValue::toInteger(bool *ok) const
{
    if (type() == Type::Integer) {
        if (ok)
            *ok = true;
        return d->integer;
    }
    if (type() == Type::String || type() == Type::Status)
        return d->bytes.toLongLong(ok);
    if (ok)
        *ok = false;
    return 0;
}

QList<RedisValue> RedisValue::toArray() const
{
    return type() == Type::Array ? d->elements : QList<RedisValue>();
}

qsizetype RedisValue::size() const noexcept
{
    switch (type()) {
    case Type::Array:
        return d->elements.size();
    case Type::String:
    case Type::Status:
    case Type::Error:
        return d->bytes.size();
    case Type::Nil:
    case Type::Integer:
        break;
    }
    return 0;
}

RedisValue RedisValue::at(qsizetype index) const
{
    if (type() != Type::Array || index < 0 || index >= d->elements.size())
        return RedisValue();
    return d->elements.at(index);
}

QVariant RedisValue::toVariant() const
{
    switch (type()) {
    case Type::Nil:
        return QVariant::fromValue(nullptr);
    case Type::String:
    case Type::Status:
        // Text when it is valid UTF-8; raw bytes (an ArrayBuffer in JS) otherwise.
        if (QUtf8StringView(d->bytes).isValidUtf8())
            return QString::fromUtf8(d->bytes);
        return d->bytes;
    case Type::Error:
        return QString::fromUtf8(d->bytes);
    case Type::Integer:
        return QVariant::fromValue<qlonglong>(d->integer);
    case Type::Array: {
        QVariantList list;
        list.reserve(d->elements.size());
        for (const RedisValue &element : d->elements)
            list.append(element.toVariant());
        return list;
    }
    }
    return QVariant();
}

namespace {
// redis-cli's quoting: printable ASCII as is, the usual escapes, \xHH otherwise.
void appendQuoted(QString &out, const QByteArray &bytes)
{
    static const char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '"': out += QLatin1String("\\\""); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\a': out += QLatin1String("\\a"); break;
        case '\b': out += QLatin1String("\\b"); break;
        default:
            if (c >= 0x20 && c < 0x7f) {
                out += QLatin1Char(char(c));
            } else {
                out += QLatin1String("\\x");
                out += QLatin1Char(hex[c >> 4]);
                out += QLatin1Char(hex[c & 0xf]);
            }
        }
    }
    out += QLatin1Char('"');
}

// Error and status text is printed unquoted by redis-cli; keep control bytes
// visible so a hostile server cannot break the console's layout.
void appendPlain(QString &out, const QByteArray &bytes)
{
    const bool printable = std::all_of(bytes.begin(), bytes.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 && c != 0x7f;
    });
    if (printable && QUtf8StringView(bytes).isValidUtf8()) {
        out += QString::fromUtf8(bytes);
    } else {
        QString quoted;
        appendQuoted(quoted, bytes);
        out += QStringView(quoted).mid(1, quoted.size() - 2);
    }
}

void formatCli(QString &out, const RedisValue &value, int indent)
{
    switch (value.type()) {
    case RedisValue::Type::Nil:
        out += QLatin1String("(nil)");
        return;
    case RedisValue::Type::Integer:
        out += QLatin1String("(integer) ") + QString::number(value.toInteger());
        return;
    case RedisValue::Type::String:
        appendQuoted(out, value.toByteArray());
        return;
    case RedisValue::Type::Status:
        appendPlain(out, value.toByteArray());
        return;
    case RedisValue::Type::Error:
        out += QLatin1String("(error) ");
        appendPlain(out, value.toByteArray());
        return;
    case RedisValue::Type::Array: {
        const QList<RedisValue> elements = value.toArray();
        if (elements.isEmpty()) {
            out += QLatin1String("(empty array)");
            return;
        }
        const int width = int(QString::number(elements.size()).size());
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (i > 0)
                out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            const QString label = QString::number(i + 1).rightJustified(width) + QLatin1String(") ");
            out += label;
            formatCli(out, elements.at(i), indent + int(label.size()));
        }
        return;
    }
    }
}
} // namespace

QString RedisValue::toCliString() const
{
    QString out;
    formatCli(out, *this, 0);
    return out;
}

bool RedisValue::operator==(const RedisValue &other) const noexcept
{
    if (d == other.d)
        return true;
    if (type() != other.type())
        return false;
    switch (type()) {
    case Type::Nil:
        return true;
    case Type::Integer:
        return d->integer == other.d->integer;
    case Type::String:
    case Type::Status:
        return d->bytes == other.d->bytes;
    case Type::Error:
        return d->error == other.d->error && d->bytes == other.d->bytes;
    case Type::Array:
        return d->elements == other.d->elements;
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

RedisValue RedisValueBuilder::fromReply(const redisReply *r)
{
    switch (r->type) {
    case REDIS_REPLY_NIL:
        return RedisValue();
    case REDIS_REPLY_INTEGER:
#if HIREDIS_MAJOR >= 1
    case REDIS_REPLY_BOOL:
#endif
        return RedisValue::fromInteger(r->integer);
    case REDIS_REPLY_STATUS:
        return RedisValue::fromStatus(QByteArray(r->str, qsizetype(r->len)));
    case REDIS_REPLY_ERROR:
        return RedisValue::fromError(QByteArray(r->str, qsizetype(r->len)));
    case REDIS_REPLY_ARRAY:
#if HIREDIS_MAJOR >= 1
    case REDIS_REPLY_MAP:
    case REDIS_REPLY_SET:
    case REDIS_REPLY_PUSH:
#endif
    {
        auto *data = new RedisValueData;
        data->type = RedisValue::Type::Array;
        data->elements.reserve(qsizetype(r->elements));
        for (size_t i = 0; i < r->elements; ++i)
            data->elements.append(fromReply(r->element[i]));
        return RedisValue(data);
    }
    case REDIS_REPLY_STRING:
    default: // hiredis >= 1.0 RESP3 scalars (double, big number, verbatim) carry their text in str
        auto *data = new RedisValueData;
        data->type = RedisValue::Type::String;
        if (r->str)
            data->bytes = QByteArray(r->str, qsizetype(r->len));
        return RedisValue(data);
    }
}
