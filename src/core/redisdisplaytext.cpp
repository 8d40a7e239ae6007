// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisValue::displayText(): the one display escaping of the library (the
// models' text roles, the QML module and the browser use it).
#include "redisvalue.h"

#include <QtCore/qchar.h>

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

/*!
    Returns \a bytes as plain text for display (never rich text): one line,
    unambiguous, and safe for a text layout.

    Printable ASCII and printable, valid UTF-8 are shown as they are;
    newline, carriage return and tab as \c{\n}, \c{\r} and \c{\t}; a
    backslash is doubled. Every other byte is shown as \c{\xHH}: NUL and the
    other control characters, DEL, bytes that are not valid UTF-8, and the
    bytes of characters that are invisible or change the layout (C1
    controls, bidirectional marks and overrides, U+2028, U+2029, U+FEFF,
    unassigned code points). The zero width joiner is kept, so that emoji
    sequences stay whole.

    With \a maxBytes >= 0, at most that many bytes are shown (whole
    characters only), followed by an ellipsis (U+2026) if there were more.

    The text roles of the item models and the QML function
    \c{Redis.displayText()} use this function.

    \sa toCliString()
*/
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

