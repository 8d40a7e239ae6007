// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisvalue.h"
#include "core/redisvalue_p.h"

#include <QtCore/qdebug.h>
#include <QtCore/qutf8stringview.h>

using QtRedisPrivate::utf8Text;

/*!
    \class RedisValue
    \inmodule QtRedis
    \brief One RESP value: a reply, an element of an array reply, or a
    failure on the client's side.

    Every command's result arrives as a RedisValue: its type() says which
    RESP kind it is, and toByteArray(), toInteger() and toArray() give the
    content. Strings are QByteArray and binary-safe: \c{\0}, \c{\r\n}
    and bytes that are not UTF-8 pass unchanged.

    A failure is a value too: isError() is true, error() tells where it
    came from (QtRedis::Error::ServerError for an error reply of the server,
    any other code for a failure on the client's side, see isClientError())
    and errorString() holds the message.

    With hiredis 1.x, RESP3 replies map onto the same types: maps, sets and
    pushes become arrays, booleans integers, and doubles, big numbers and
    verbatim strings their text.

    RedisValue is implicitly shared and never changes once made (only
    assigning another value replaces it), so copies are cheap and can be
    handed to other threads. An array shares its elements with its copies
    and with the values toArray() and at() return.

    For display, displayText() escapes bytes into one line of plain text
    and toCliString() prints a value the way redis-cli does; toVariant()
    converts a value for QML and JavaScript.

    \sa QtRedis::Error
*/

/*!
    \enum RedisValue::Type

    The RESP kind of a value.

    \value Nil      No value: a missing key (\c{$-1}, \c{*-1}) or a
                    default-constructed RedisValue.
    \value String   A bulk string: binary-safe bytes.
    \value Status   A status reply such as \c OK or \c PONG.
    \value Error    An error: an error reply of the server, or a failure
                    on the client's side (see error()).
    \value Integer  A 64-bit signed integer.
    \value Array    An array of values, which may be nested.
*/

/*! Constructs a Nil value. */

RedisValue::RedisValue() noexcept = default;
/*! Constructs a copy of \a other (a cheap, shared copy). */
RedisValue::RedisValue(const RedisValue &other) noexcept = default;
/*! Moves \a other into this value; afterwards \a other can only be
    assigned to or destroyed. */
RedisValue::RedisValue(RedisValue &&other) noexcept = default;
/*! Assigns \a other to this value and returns a reference to it. */
RedisValue &RedisValue::operator=(const RedisValue &other) noexcept = default;
/*! Move-assigns \a other to this value and returns a reference to it. */
RedisValue &RedisValue::operator=(RedisValue &&other) noexcept = default;
/*! Destroys the value. */
RedisValue::~RedisValue() = default;
RedisValue::RedisValue(Type type, QtRedis::Error error) noexcept : m_type(type), m_error(error) {}

/*!
    Returns a String value holding \a bytes.

    The client makes its values from the server's replies; these factory
    functions are for code that makes values itself (tests, fakes,
    adapters).
*/
RedisValue RedisValue::fromString(const QByteArray &bytes)
{
    RedisValue v(Type::String, QtRedis::Error::NoError);
    v.m_bytes = bytes;
    return v;
}

/*! Returns a Status value holding \a status (for example \c OK). */
RedisValue RedisValue::fromStatus(const QByteArray &status)
{
    RedisValue v(Type::Status, QtRedis::Error::NoError);
    v.m_bytes = status;
    return v;
}

/*!
    Returns an error reply of the server: an Error value whose error() is
    QtRedis::Error::ServerError and whose message is \a message (for example
    \c{ERR unknown command}).
*/
RedisValue RedisValue::fromError(const QByteArray &message)
{
    RedisValue v(Type::Error, QtRedis::Error::ServerError);
    v.m_bytes = message;
    return v;
}

/*! Returns an Integer value holding \a value. */
RedisValue RedisValue::fromInteger(qint64 value)
{
    RedisValue v(Type::Integer, QtRedis::Error::NoError);
    v.m_integer = value;
    return v;
}

/*! Returns an Array value holding \a elements. */
RedisValue RedisValue::fromArray(const QList<RedisValue> &elements)
{
    RedisValue v(Type::Array, QtRedis::Error::NoError);
    v.m_array = new RedisValueArray;
    v.m_array->elements = elements;
    return v;
}

/*!
    Returns a failure on the client's side: an Error value whose error() is
    \a code and whose errorString() is \a message.

    A client error always carries a client-side code: \a code
    QtRedis::Error::NoError or QtRedis::Error::ServerError is stored as
    QtRedis::Error::SocketError.
*/
RedisValue RedisValue::fromClientError(QtRedis::Error code, const QString &message)
{
    // A client error always carries a client-side code.
    RedisValue v(Type::Error, (code == QtRedis::Error::NoError || code == QtRedis::Error::ServerError)
                                      ? QtRedis::Error::SocketError : code);
    v.m_bytes = message.toUtf8();
    return v;
}

/*!
    \fn RedisValue::Type RedisValue::type() const
    Returns the RESP kind of the value.
*/

/*!
    \fn bool RedisValue::isNil() const
    Returns true if the type() is Type::Nil.
*/

/*!
    \fn bool RedisValue::isString() const
    Returns true if the type() is Type::String.
*/

/*!
    \fn bool RedisValue::isStatus() const
    Returns true if the type() is Type::Status.
*/

/*!
    \fn bool RedisValue::isError() const
    Returns true if the type() is Type::Error: an error reply of the server
    or a failure on the client's side.

    \sa error(), errorString()
*/

/*!
    \fn bool RedisValue::isInteger() const
    Returns true if the type() is Type::Integer.
*/

/*!
    \fn bool RedisValue::isArray() const
    Returns true if the type() is Type::Array.
*/

/*!
    \fn QtRedis::Error RedisValue::error() const
    Returns QtRedis::Error::NoError unless isError(); then
    QtRedis::Error::ServerError for an error reply of the server, or the
    code of the failure on the client's side.

    \sa isServerError(), isClientError()
*/

/*!
    \fn bool RedisValue::isServerError() const
    Returns true if the value is an error reply of the server.
*/

/*!
    Returns true if the value is a failure on the client's side: an error
    whose code is neither QtRedis::Error::NoError nor
    QtRedis::Error::ServerError.
*/
bool RedisValue::isClientError() const noexcept
{
    return m_error != QtRedis::Error::NoError && m_error != QtRedis::Error::ServerError;
}

/*!
    Returns the error message as text (the bytes decoded as UTF-8), or an
    empty string unless isError().
*/
QString RedisValue::errorString() const
{
    return isError() ? utf8Text(m_bytes) : QString();
}

/*!
    Returns the bytes of a String, Status or Error value, unchanged; an
    Integer as its decimal text; an empty QByteArray for Nil and Array.
*/
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

/*!
    Returns the number of an Integer value. A String or Status value whose
    bytes are a decimal number converts too (what \c GET returns for a
    counter). Otherwise returns 0.

    If \a ok is not null, it is set to whether the value converted.
*/
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

/*!
    Returns the elements of an Array value, or an empty list for any other
    type.

    \sa at(), size()
*/
QList<RedisValue> RedisValue::toArray() const
{
    return m_type == Type::Array ? m_array->elements : QList<RedisValue>();
}

/*!
    Returns the element count of an Array value, the byte count of a
    String, Status or Error value, and 0 for Nil and Integer.
*/
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

/*!
    Returns the element at \a index of an Array value; a Nil value if the
    index is out of range or the value is not an array.
*/
RedisValue RedisValue::at(qsizetype index) const
{
    if (m_type != Type::Array || index < 0 || index >= m_array->elements.size())
        return RedisValue();
    return m_array->elements.at(index);
}

/*!
    Returns the value as a QVariant for QML and JavaScript:

    \table
    \header \li Type \li QVariant holds
    \row \li Nil \li \c std::nullptr_t (\c null in JavaScript)
    \row \li String, Status \li a QString if the bytes are valid UTF-8
             (a leading byte order mark is kept), else the QByteArray
             (an \c ArrayBuffer in JavaScript)
    \row \li Error \li the message as a QString
    \row \li Integer \li a \c qlonglong
    \row \li Array \li a QVariantList of the elements, converted the same way
    \endtable
*/
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

/*!
    Returns true if \a other has the same type and the same content: the
    same bytes, the same number, or equal elements in the same order. Two
    errors are equal if their codes and messages are.
*/
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

/*!
    \fn bool RedisValue::operator!=(const RedisValue &other) const
    Returns true if \a other differs from this value (see operator==()).
*/

/*!
    \fn void RedisValue::swap(RedisValue &other)
    Swaps this value with \a other. This operation is very fast and never
    fails.
*/

/*!
    \relates RedisValue
    Writes \a value to \a debug: its type and content, for example
    \c{RedisValue(Integer, 42)}; an error also shows its code, an array its
    elements.
*/
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

