// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "browsercodec.h"

#include <redisclient.h>
#include <redisvalue.h>
#include <redisvaluemodel.h>

#include <QtCore/qjsondocument.h>
#include <QtCore/qlocale.h>
#include <QtCore/qstringconverter.h>

#include <chrono>
#include <limits>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isJsonStructural(char c)
{
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':';
}

// Splits JSON text into tokens (strings with their quotes, structural
// characters, scalars), dropping the whitespace between them.
QList<QByteArray> jsonTokens(const QByteArray &json)
{
    QList<QByteArray> tokens;
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = json.at(i);
        if (isJsonSpace(c)) {
            ++i;
        } else if (c == '"') {
            qsizetype j = i + 1;
            while (j < n && json.at(j) != '"')
                j += json.at(j) == '\\' ? 2 : 1;
            j = qMin(j + 1, n);
            tokens.append(json.mid(i, j - i));
            i = j;
        } else if (isJsonStructural(c)) {
            tokens.append(QByteArray(1, c));
            ++i;
        } else {
            qsizetype j = i;
            while (j < n && !isJsonSpace(json.at(j)) && !isJsonStructural(json.at(j)) && json.at(j) != '"')
                ++j;
            tokens.append(json.mid(i, j - i));
            i = j;
        }
    }
    return tokens;
}

void newLine(QByteArray &out, int depth)
{
    out += '\n';
    out += QByteArray(depth * 2, ' ');
}

} // namespace

BrowserCodec::BrowserCodec(QObject *parent)
    : QObject(parent)
{
}

QString BrowserCodec::escape(const QByteArray &bytes, int maxBytes)
{
    return RedisValue::displayText(bytes, maxBytes);
}

QVariantMap BrowserCodec::splitCommandLine(const QString &line)
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

QByteArray BrowserCodec::unescape(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    auto hexValue = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            return u - '0';
        if (u >= 'a' && u <= 'f')
            return u - 'a' + 10;
        if (u >= 'A' && u <= 'F')
            return u - 'A' + 10;
        return -1;
    };
    qsizetype plainStart = 0;
    auto flushPlain = [&](qsizetype end) {
        if (end > plainStart)
            out += QStringView(text).mid(plainStart, end - plainStart).toUtf8();
    };
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i) != QLatin1Char('\\') || i + 1 >= n) {
            ++i;
            continue;
        }
        const QChar next = text.at(i + 1);
        int escaped = -1;
        qsizetype consumed = 2;
        switch (next.unicode()) {
        case 'n': escaped = '\n'; break;
        case 'r': escaped = '\r'; break;
        case 't': escaped = '\t'; break;
        case 'a': escaped = '\a'; break;
        case 'b': escaped = '\b'; break;
        case 'e': escaped = 0x1b; break;
        case '0': escaped = 0; break;
        case '\\': escaped = '\\'; break;
        case '"': escaped = '"'; break;
        case '\'': escaped = '\''; break;
        case 'x':
            if (i + 3 < n) {
                const int hi = hexValue(text.at(i + 2));
                const int lo = hexValue(text.at(i + 3));
                if (hi >= 0 && lo >= 0) {
                    escaped = hi * 16 + lo;
                    consumed = 4;
                }
            }
            break;
        default:
            break;
        }
        if (escaped < 0) {
            i += 1; // an unknown escape: the backslash stays
            continue;
        }
        flushPlain(i);
        out += char(escaped);
        i += consumed;
        plainStart = i;
    }
    flushPlain(n);
    return out;
}

QString BrowserCodec::escapeForEditor(const QByteArray &bytes)
{
    QString text = escape(bytes);
    // QTextDocument (behind TextArea) turns these into spaces or line breaks.
    text.replace(QChar(0x00a0), QLatin1String("\\xc2\\xa0"));
    text.replace(QChar(0xfdd0), QLatin1String("\\xef\\xb7\\x90"));
    text.replace(QChar(0xfdd1), QLatin1String("\\xef\\xb7\\x91"));
    return text;
}

QString BrowserCodec::toHex(const QByteArray &bytes)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out += (i % 16 == 0) ? QLatin1Char('\n') : QLatin1Char(' ');
        const auto b = uchar(bytes.at(i));
        out += QLatin1Char(digits[b >> 4]);
        out += QLatin1Char(digits[b & 0xf]);
    }
    return out;
}

bool BrowserCodec::isHex(const QString &text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool hex = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!hex)
            return false;
        ++digits;
    }
    return digits % 2 == 0;
}

QByteArray BrowserCodec::fromHex(const QString &text)
{
    if (!isHex(text))
        return {};
    QByteArray compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            compact += char(c.unicode());
    }
    return QByteArray::fromHex(compact);
}

bool BrowserCodec::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool BrowserCodec::isPlainText(const QByteArray &bytes)
{
    if (!isValidUtf8(bytes))
        return false;
    // escape() keeps printable UTF-8 as it is; anything it changes other than
    // newlines and tabs (and backslashes, which it doubles) is not plain.
    QString expected = QString::fromUtf8(bytes);
    if (expected.contains(QChar(0x00a0)) || expected.contains(QChar(0xfdd0)) || expected.contains(QChar(0xfdd1))
        || expected.contains(QChar(0xfeff)))
        return false;
    expected.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    expected.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    expected.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return escape(bytes) == expected;
}

bool BrowserCodec::isJson(const QByteArray &bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return false;
    QJsonParseError error;
    QJsonDocument::fromJson(trimmed, &error);
    return error.error == QJsonParseError::NoError;
}

QString BrowserCodec::detectFormat(const QByteArray &bytes)
{
    if (isJson(bytes))
        return QStringLiteral("json");
    if (isPlainText(bytes))
        return QStringLiteral("text");
    // Mostly bytes that are not text: hex is easier to read than escapes.
    if (!isValidUtf8(bytes)) {
        qsizetype binary = 0;
        for (const char c : bytes) {
            const auto b = uchar(c);
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t') || b >= 0x7f)
                ++binary;
        }
        if (binary * 4 > bytes.size())
            return QStringLiteral("hex");
    }
    return QStringLiteral("escaped");
}

QStringList BrowserCodec::formatsFor(const QByteArray &bytes)
{
    QStringList formats;
    if (isPlainText(bytes))
        formats << QStringLiteral("text");
    formats << QStringLiteral("escaped") << QStringLiteral("hex");
    if (isJson(bytes))
        formats << QStringLiteral("json");
    return formats;
}

QString BrowserCodec::prettyJson(const QByteArray &bytes)
{
    const QList<QByteArray> tokens = jsonTokens(bytes);
    QByteArray out;
    out.reserve(bytes.size() * 2);
    int depth = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QByteArray &token = tokens.at(i);
        const char c = token.size() == 1 ? token.at(0) : '\0';
        if (c == '{' || c == '[') {
            out += c;
            const bool empty = i + 1 < tokens.size() && tokens.at(i + 1).size() == 1
                    && tokens.at(i + 1).at(0) == (c == '{' ? '}' : ']');
            if (empty) {
                out += tokens.at(i + 1);
                ++i;
                continue;
            }
            ++depth;
            newLine(out, depth);
        } else if (c == '}' || c == ']') {
            depth = qMax(0, depth - 1);
            newLine(out, depth);
            out += c;
        } else if (c == ',') {
            out += c;
            newLine(out, depth);
        } else if (c == ':') {
            out += ": ";
        } else {
            out += token;
        }
    }
    return QString::fromUtf8(out);
}

QByteArray BrowserCodec::compactJson(const QByteArray &bytes)
{
    return jsonTokens(bytes).join();
}

bool BrowserCodec::isCompactJson(const QByteArray &bytes)
{
    return compactJson(bytes) == bytes;
}

QString BrowserCodec::render(const QByteArray &bytes, const QString &format)
{
    if (format == QLatin1String("text") && isPlainText(bytes))
        return QString::fromUtf8(bytes);
    if (format == QLatin1String("hex"))
        return toHex(bytes);
    if (format == QLatin1String("json") && isJson(bytes))
        return prettyJson(bytes);
    return escapeForEditor(bytes);
}

QVariantMap BrowserCodec::parse(const QString &text, const QString &format, bool compact)
{
    QVariantMap result;
    QByteArray bytes;
    QString error;
    if (format == QLatin1String("text")) {
        bytes = text.toUtf8();
    } else if (format == QLatin1String("hex")) {
        if (isHex(text))
            bytes = fromHex(text);
        else
            error = tr("Not hex: use two digits 0-9, a-f per byte (spaces and line breaks are ignored).");
    } else if (format == QLatin1String("json")) {
        const QByteArray utf8 = text.toUtf8();
        if (!isJson(utf8))
            error = tr("Not valid JSON (an object or an array).");
        else
            bytes = compact ? compactJson(utf8) : utf8;
    } else {
        bytes = unescape(text);
    }
    result.insert(QStringLiteral("ok"), error.isEmpty());
    result.insert(QStringLiteral("bytes"), bytes);
    result.insert(QStringLiteral("error"), error);
    return result;
}

QByteArray BrowserCodec::fromText(const QString &text)
{
    return text.toUtf8();
}

QString BrowserCodec::toText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

int BrowserCodec::byteLength(const QByteArray &bytes)
{
    return int(qMin<qsizetype>(bytes.size(), std::numeric_limits<int>::max()));
}

bool BrowserCodec::equal(const QByteArray &a, const QByteArray &b)
{
    return a == b;
}

QByteArray BrowserCodec::concat(const QByteArray &a, const QByteArray &b)
{
    return a + b;
}

QString BrowserCodec::formatSize(qint64 bytes)
{
    if (bytes < 0)
        return tr("unknown");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString BrowserCodec::formatTtl(qint64 milliseconds)
{
    if (milliseconds == -1)
        return tr("no expiry");
    if (milliseconds == -2)
        return tr("key does not exist");
    if (milliseconds < 0)
        return tr("unknown");
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    qint64 seconds = milliseconds / 1000;
    const qint64 days = seconds / 86400;
    seconds %= 86400;
    const qint64 hours = seconds / 3600;
    seconds %= 3600;
    const qint64 minutes = seconds / 60;
    seconds %= 60;
    QStringList parts;
    if (days > 0)
        parts << tr("%1 d").arg(days);
    if (hours > 0)
        parts << tr("%1 h").arg(hours);
    if (minutes > 0)
        parts << tr("%1 min").arg(minutes);
    if (seconds > 0 || parts.isEmpty())
        parts << tr("%1 s").arg(seconds);
    return parts.join(QLatin1Char(' '));
}

QString BrowserCodec::formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString BrowserCodec::formatMilliseconds(double milliseconds)
{
    if (milliseconds < 0)
        return tr("unknown");
    const int decimals = milliseconds < 1 ? 2 : milliseconds < 10 ? 1 : 0;
    return tr("%1 ms").arg(QLocale().toString(milliseconds, 'f', decimals));
}

double BrowserCodec::steadyMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}
