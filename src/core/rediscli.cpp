// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The text conventions of redis-cli: how it splits a command line into
// arguments, and how it prints a reply.
#include "core/rediscli_p.h"
#include "core/redisvalue_p.h"

#include <QtCore/qutf8stringview.h>

#include <algorithm>

using QtRedisPrivate::utf8Text;

// --- splitting a command line ---------------------------------------------------

bool QtRedisPrivate::splitCommandLine(const QString &line, QList<QByteArray> *args)
{
    const QByteArray in = line.toUtf8();
    QList<QByteArray> out;
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    qsizetype i = 0;
    const qsizetype n = in.size();
    while (true) {
        while (i < n && isSpace(in[i]))
            ++i;
        if (i >= n)
            break;
        QByteArray current;
        bool inDouble = false;
        bool inSingle = false;
        bool done = false;
        while (!done) {
            if (inDouble) {
                if (i >= n)
                    return false; // unterminated quotes
                const char c = in[i];
                if (c == '\\' && i + 3 < n && in[i + 1] == 'x' && hexValue(in[i + 2]) >= 0
                    && hexValue(in[i + 3]) >= 0) {
                    current.append(char(hexValue(in[i + 2]) * 16 + hexValue(in[i + 3])));
                    i += 3;
                } else if (c == '\\' && i + 1 < n) {
                    ++i;
                    switch (in[i]) {
                    case 'n': current.append('\n'); break;
                    case 'r': current.append('\r'); break;
                    case 't': current.append('\t'); break;
                    case 'b': current.append('\b'); break;
                    case 'a': current.append('\a'); break;
                    default: current.append(in[i]); break;
                    }
                } else if (c == '"') {
                    // A closing quote must be followed by a space or the end.
                    if (i + 1 < n && !isSpace(in[i + 1]))
                        return false;
                    done = true;
                } else {
                    current.append(c);
                }
            } else if (inSingle) {
                if (i >= n)
                    return false;
                const char c = in[i];
                if (c == '\\' && i + 1 < n && in[i + 1] == '\'') {
                    ++i;
                    current.append('\'');
                } else if (c == '\'') {
                    if (i + 1 < n && !isSpace(in[i + 1]))
                        return false;
                    done = true;
                } else {
                    current.append(c);
                }
            } else {
                if (i >= n) {
                    done = true;
                    break;
                }
                const char c = in[i];
                if (isSpace(c)) {
                    done = true;
                } else if (c == '"') {
                    inDouble = true;
                } else if (c == '\'') {
                    inSingle = true;
                } else {
                    current.append(c);
                }
            }
            if (i < n)
                ++i;
        }
        out.append(current);
    }
    if (args)
        *args = out;
    return true;
}

// --- printing a reply ----------------------------------------------------------

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

/*!
    Returns the value formatted the way redis-cli prints a reply:

    \list
    \li Nil as \c{(nil)}, an Integer as \c{(integer) 42};
    \li a String in double quotes, with \c{\\}, \c{\"}, \c{\n}, \c{\r},
        \c{\t}, \c{\a} and \c{\b} escaped and every other byte outside
        printable ASCII as \c{\xHH};
    \li a Status as its text, an Error as \c{(error)} followed by its text;
        text that is not valid UTF-8 or holds control, format or separator
        characters is escaped as a String is, without the quotes;
    \li an Array as numbered lines (\c{1) ...}), nested arrays indented
        under their number; an empty array as \c{(empty array)}.
    \endlist

    The result may span several lines (arrays); it never holds a raw control
    character, so a server cannot break or disguise a console's layout.

    A console's other half, splitting a typed line into arguments, is
    \l [CPP] {RedisClient::splitCommandLine()}{RedisClient::splitCommandLine()}.

    \sa displayText()
*/
QString RedisValue::toCliString() const
{
    QString out;
    formatCli(out, *this, 0);
    return out;
}

