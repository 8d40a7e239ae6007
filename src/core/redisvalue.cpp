// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisvalue.h"
#include "core/redisvalue_p.h"

#include <QtCore/qdebug.h>
#include <QtCore/qstringconverter.h>
#include <QtCore/qstringview.h>
#include <QtCore/qutf8stringview.h>

#include <hiredis/hiredis.h>

namespace {
// QString::fromUtf8() drops a leading byte order mark; a value keeps every byte.
QString utf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}
} // namespace

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

namespace {
// Display escaping (displayText()): what is not shown as it is.
bool isNonPrintable(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
        return cp != 0x200d; // the zero width joiner holds emoji sequences together
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

void appendHex(QString &out, uchar byte)
{
    static const char digits[] = "0123456789abcdef";
    out += QLatin1String("\\x");
    out += QLatin1Char(digits[byte >> 4]);
    out += QLatin1Char(digits[byte & 0xf]);
}

} // namespace

QString RedisValue::displayText(QByteArrayView bytes, qsizetype maxBytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    QString out;
    out.reserve(maxBytes >= 0 ? qMin(n, maxBytes) + 1 : n);
    qsizetype i = 0;
    while (i < n) {
        if (maxBytes >= 0 && i >= maxBytes) {
            out += QChar(0x2026);
            break;
        }
        const uchar c = p[i];
        if (c < 0x80) {
            switch (c) {
            case '\n': out += QLatin1String("\\n"); break;
            case '\r': out += QLatin1String("\\r"); break;
            case '\t': out += QLatin1String("\\t"); break;
            case '\\': out += QLatin1String("\\\\"); break;
            default:
                if (c >= 0x20 && c < 0x7f)
                    out += QLatin1Char(char(c));
                else
                    appendHex(out, c);
            }
            ++i;
            continue;
        }
        // A UTF-8 sequence: shown as is if it is valid and printable.
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2; cp = c & 0x1f; minimum = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3; cp = c & 0x0f; minimum = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4; cp = c & 0x07; minimum = 0x10000;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            const uchar b = p[i + k];
            if ((b & 0xc0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (b & 0x3f);
        }
        valid = valid && cp >= minimum && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
        if (!valid) {
            appendHex(out, c);
            ++i;
            continue;
        }
        if (isNonPrintable(cp)) {
            for (int k = 0; k < length; ++k)
                appendHex(out, p[i + k]);
        } else if (QChar::requiresSurrogates(cp)) {
            out += QChar(QChar::highSurrogate(cp));
            out += QChar(QChar::lowSurrogate(cp));
        } else {
            out += QChar(char16_t(cp));
        }
        i += length;
    }
    return out;
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

// Error and status text is printed unquoted by redis-cli; keep control
// characters (C0, C1, bidi overrides and other format characters) visible so
// a hostile server cannot break or disguise the console's layout.
void appendPlain(QString &out, const QByteArray &bytes)
{
    bool printable = QUtf8StringView(bytes).isValidUtf8();
    QString text;
    if (printable) {
        text = utf8Text(bytes);
        printable = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            const QChar::Category category = c.category();
            return category != QChar::Other_Control && category != QChar::Other_Format
                    && category != QChar::Separator_Line && category != QChar::Separator_Paragraph;
        });
    }
    if (printable) {
        out += text;
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

RedisValue RedisValueBuilder::fromReply(const redisReply *r)
{
    using Type = RedisValue::Type;
    switch (r->type) {
    case REDIS_REPLY_NIL:
        return RedisValue();
    case REDIS_REPLY_INTEGER:
#if HIREDIS_MAJOR >= 1
    case REDIS_REPLY_BOOL:
#endif
    {
        RedisValue v(Type::Integer, QtRedis::Error::NoError);
        v.m_integer = r->integer;
        return v;
    }
    case REDIS_REPLY_STATUS: {
        RedisValue v(Type::Status, QtRedis::Error::NoError);
        v.m_bytes = QByteArray(r->str, qsizetype(r->len));
        return v;
    }
    case REDIS_REPLY_ERROR: {
        RedisValue v(Type::Error, QtRedis::Error::ServerError);
        v.m_bytes = QByteArray(r->str, qsizetype(r->len));
        return v;
    }
    case REDIS_REPLY_ARRAY:
#if HIREDIS_MAJOR >= 1
    case REDIS_REPLY_MAP:
    case REDIS_REPLY_SET:
    case REDIS_REPLY_PUSH:
#endif
    {
        RedisValue v(Type::Array, QtRedis::Error::NoError);
        v.m_array = new RedisValueArray;
        v.m_array->elements.reserve(qsizetype(r->elements));
        for (size_t i = 0; i < r->elements; ++i)
            v.m_array->elements.append(fromReply(r->element[i]));
        return v;
    }
    case REDIS_REPLY_STRING:
    default: { // hiredis >= 1.0 RESP3 scalars (double, big number, verbatim) carry their text in str
        RedisValue v(Type::String, QtRedis::Error::NoError);
        if (r->str)
            v.m_bytes = QByteArray(r->str, qsizetype(r->len));
        return v;
    }
    }
}
