// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef BROWSERCODEC_H
#define BROWSERCODEC_H

#include <QtCore/qbytearray.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>
#include <QtQml/qqml.h>

// Conversions between the raw bytes of keys and values (QByteArray, an
// ArrayBuffer in JavaScript) and the text the browser shows or lets the user
// edit. Nothing here ever produces rich text.
//
// Editor formats (render() / parse()):
//   "text"    the bytes as UTF-8, unchanged; offered only for isPlainText()
//             values, so that nothing the text editor would alter is in them
//   "escaped" redis-cli style: \n \r \t \\ and \xHH for every other byte that
//             is not printable UTF-8 (RedisValue::displayText(), the library's
//             display escaping); parse() is its exact inverse
//   "hex"     two hex digits per byte, 16 bytes per line
//   "json"    pretty-printed JSON (re-indented token by token: key order,
//             numbers and string escapes stay exactly as they were)
class BrowserCodec : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit BrowserCodec(QObject *parent = nullptr);

    // The inverse of the display escaping (RedisValue::displayText(), in QML
    // Redis.displayText()), for text the user edits; also accepts \", \',
    // \a, \b, \0 and \e as redis-cli does. A backslash before anything else
    // stays as it is.
    Q_INVOKABLE static QByteArray unescape(const QString &text);
    // RedisValue::displayText() plus what a multi-line text editor would not
    // keep (no-break space, paragraph and line separators) as \xHH, so that
    // text read back from a TextArea unescapes to the same bytes.
    Q_INVOKABLE static QString escapeForEditor(const QByteArray &bytes);

    Q_INVOKABLE static QString toHex(const QByteArray &bytes);
    Q_INVOKABLE static bool isHex(const QString &text);
    Q_INVOKABLE static QByteArray fromHex(const QString &text);

    Q_INVOKABLE static bool isValidUtf8(const QByteArray &bytes);
    // Valid UTF-8 that a text editor shows and gives back unchanged: no
    // control characters but \n and \t, nothing the display escaping would
    // escape.
    Q_INVOKABLE static bool isPlainText(const QByteArray &bytes);
    // A JSON object or array (the whole value, whitespace around it allowed).
    Q_INVOKABLE static bool isJson(const QByteArray &bytes);
    // "json", "text", "escaped" or "hex" (mostly binary data).
    Q_INVOKABLE static QString detectFormat(const QByteArray &bytes);
    // The formats the editor may offer for these bytes.
    Q_INVOKABLE static QStringList formatsFor(const QByteArray &bytes);

    Q_INVOKABLE static QString prettyJson(const QByteArray &bytes);
    // JSON without any whitespace outside strings (token by token).
    Q_INVOKABLE static QByteArray compactJson(const QByteArray &bytes);
    // No whitespace outside strings.
    Q_INVOKABLE static bool isCompactJson(const QByteArray &bytes);

    // The bytes as the editor shows them in format.
    Q_INVOKABLE static QString render(const QByteArray &bytes, const QString &format);
    // Text typed in format back to bytes: {ok: bool, bytes: ArrayBuffer, error: string}.
    // For "json" the text must be valid JSON; compact keeps the value
    // compact (when the original was).
    Q_INVOKABLE static QVariantMap parse(const QString &text, const QString &format, bool compact = false);

    // UTF-8 bytes of a string, and a string of UTF-8 bytes (invalid sequences
    // become U+FFFD: for display only).
    Q_INVOKABLE static QByteArray fromText(const QString &text);
    Q_INVOKABLE static QString toText(const QByteArray &bytes);
    Q_INVOKABLE static int byteLength(const QByteArray &bytes);
    Q_INVOKABLE static bool equal(const QByteArray &a, const QByteArray &b);

    // "512 B", "1.5 KiB", "12.0 MiB"
    Q_INVOKABLE static QString formatSize(qint64 bytes);
    // A TTL in milliseconds as "1 h 2 min 3 s" (-1: no expiry, -2: gone).
    Q_INVOKABLE static QString formatTtl(qint64 milliseconds);
    // A number with the locale's group separators ("12,000").
    Q_INVOKABLE static QString formatCount(qint64 count);
    // A duration such as a round trip: "0.42 ms", "3.1 ms", "120 ms".
    Q_INVOKABLE static QString formatMilliseconds(double milliseconds);
    // A steady clock in milliseconds with sub-millisecond resolution (for
    // measuring round trips; JavaScript's Date has whole milliseconds only).
    Q_INVOKABLE static double steadyMs();
};

#endif // BROWSERCODEC_H
