// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "commandredaction.h"

#include <redisclient.h>

#include <QtCore/qstringconverter.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qurl.h>

#include <algorithm>

namespace CommandRedaction {

namespace {

// Shorter secrets are masked in a message only where it quotes them.
constexpr qsizetype MinBareSecret = 4;

bool is(const QByteArray &arg, const char *keyword)
{
    return arg.compare(keyword, Qt::CaseInsensitive) == 0;
}

// CONFIG SET parameters whose value is a credential.
bool isSecretConfigParameter(const QByteArray &name)
{
    return is(name, "requirepass") || is(name, "masterauth") || is(name, "masteruser")
            || is(name, "tls-key-file-pass") || is(name, "tls-client-key-file-pass");
}

// Masks the value of each secret name in name/value pairs args[from..].
void maskPairs(const QList<QByteArray> &args, qsizetype from, bool (*isSecret)(const QByteArray &),
               QList<qsizetype> *out)
{
    for (qsizetype i = from; i + 1 < args.size(); i += 2) {
        if (isSecret(args.at(i)))
            out->append(i + 1);
    }
}

// The password of a URL's user:password@, as a range of text; empty if none.
// Works on the text as typed (valid URL or not) so nothing else changes.
bool urlPasswordRange(const QString &text, qsizetype *from, qsizetype *length)
{
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return false;
    const qsizetype start = scheme + 3;
    qsizetype end = text.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = text.indexOf(stop, start);
        if (at >= 0 && at < end)
            end = at;
    }
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
    if (at < start)
        return false;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at || colon + 1 == at)
        return false;
    *from = colon + 1;
    *length = at - colon - 1;
    return true;
}

bool startsLikeSensitive(const QByteArray &name)
{
    for (const char *n : {"auth", "hello", "config", "acl", "migrate", "sentinel", "connect"}) {
        if (is(name, n))
            return true;
    }
    return false;
}

} // namespace

QList<qsizetype> secretArguments(const QList<QByteArray> &args)
{
    QList<qsizetype> out;
    if (args.isEmpty())
        return out;
    const QByteArray &name = args.first();
    const QByteArray sub = args.value(1);

    if (is(name, "auth")) {
        // AUTH password | AUTH user password; anything longer is not a valid
        // AUTH, and all of it may be a password with spaces.
        if (args.size() == 3)
            out.append(2);
        else
            for (qsizetype i = 1; i < args.size(); ++i)
                out.append(i);
    } else if (is(name, "hello")) {
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (is(args.at(i), "auth")) {
                if (i + 2 < args.size())
                    out.append(i + 2);
                else if (i + 1 < args.size())
                    out.append(i + 1);
                i += 2;
            } else if (is(args.at(i), "setname")) {
                ++i;
            }
        }
    } else if (is(name, "config") && is(sub, "set")) {
        maskPairs(args, 2, isSecretConfigParameter, &out);
    } else if (is(name, "acl") && is(sub, "setuser")) {
        for (qsizetype i = 3; i < args.size(); ++i) {
            const QByteArray &rule = args.at(i);
            if (rule.startsWith('>') || rule.startsWith('<') || rule.startsWith('#') || rule.startsWith('!'))
                out.append(i);
        }
    } else if (is(name, "migrate")) {
        // MIGRATE host port key db timeout [COPY] [REPLACE] [AUTH pw | AUTH2 user pw] [KEYS k...]
        for (qsizetype i = 6; i < args.size(); ++i) {
            if (is(args.at(i), "keys"))
                break;
            if (is(args.at(i), "auth") && i + 1 < args.size()) {
                out.append(i + 1);
                ++i;
            } else if (is(args.at(i), "auth2") && i + 1 < args.size()) {
                if (i + 2 < args.size())
                    out.append(i + 2);
                else
                    out.append(i + 1);
                i += 2;
            }
        }
    } else if (is(name, "sentinel") && is(sub, "set")) {
        maskPairs(args, 3, [](const QByteArray &p) { return is(p, "auth-pass") || is(p, "auth-user"); }, &out);
    } else if (is(name, "sentinel") && is(sub, "config") && is(args.value(2), "set")) {
        maskPairs(args, 3, [](const QByteArray &p) { return is(p, "sentinel-pass") || is(p, "sentinel-user"); },
                  &out);
    }
    return out;
}

QList<QByteArray> redactArguments(const QList<QByteArray> &args)
{
    QList<QByteArray> out = args;
    for (const qsizetype i : secretArguments(args))
        out[i] = QByteArray(Mask);
    return out;
}

QList<QByteArray> secretValues(const QList<QByteArray> &args)
{
    QList<QByteArray> out;
    for (const qsizetype i : secretArguments(args)) {
        if (!args.at(i).isEmpty())
            out.append(args.at(i));
    }
    return out;
}

QString maskSecrets(const QString &text, const QList<QByteArray> &secrets)
{
    QString out = text;
    for (const QByteArray &secret : secrets) {
        // As the bytes read as text, and as a quoted display escapes them.
        QString quoted = quoteArgument(secret);
        if (quoted.startsWith(QLatin1Char('"')))
            quoted = quoted.mid(1, quoted.size() - 2);
        for (const QString &form : {QString::fromUtf8(secret), quoted}) {
            if (form.isEmpty())
                continue;
            if (form.size() >= MinBareSecret) {
                out.replace(form, QLatin1String(Mask));
            } else {
                // A very short one only where it is quoted, or every "a"
                // of the message would go.
                for (const QChar q : {QLatin1Char('\''), QLatin1Char('"')})
                    out.replace(q + form + q, q + QLatin1String(Mask) + q);
            }
        }
    }
    return out;
}

QString urlPasswordText(const QString &url)
{
    qsizetype from = 0;
    qsizetype length = 0;
    return urlPasswordRange(url, &from, &length) ? url.mid(from, length) : QString();
}

QString maskUrlPassword(const QString &message, const QString &url)
{
    const QString typed = urlPasswordText(url);
    if (typed.isEmpty())
        return message;
    QString out = message;
    // Longest first, so that a decoded form inside the typed one goes too.
    QStringList forms{typed, QUrl::fromPercentEncoding(typed.toUtf8()),
                      QString::fromUtf8(QUrl::toPercentEncoding(QUrl::fromPercentEncoding(typed.toUtf8())))};
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &form : std::as_const(forms)) {
        if (!form.isEmpty())
            out.replace(form, QLatin1String(Mask));
    }
    return out;
}

QString quoteArgument(const QByteArray &arg)
{
    bool plain = !arg.isEmpty();
    for (const char c : arg) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f || c == '"' || c == '\'' || c == '\\') {
            plain = false;
            break;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(arg);
    const bool utf8 = !decoder.hasError();
    if (plain && utf8)
        return text;

    QString out = QStringLiteral("\"");
    if (utf8) {
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            switch (c) {
            case u'"': out += QLatin1String("\\\""); break;
            case u'\\': out += QLatin1String("\\\\"); break;
            case u'\n': out += QLatin1String("\\n"); break;
            case u'\r': out += QLatin1String("\\r"); break;
            case u'\t': out += QLatin1String("\\t"); break;
            case u'\a': out += QLatin1String("\\a"); break;
            case u'\b': out += QLatin1String("\\b"); break;
            default:
                if (c < 0x20 || c == 0x7f)
                    out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
                else
                    out += ch;
            }
        }
    } else {
        for (const char c : arg) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += QLatin1Char('\\');
                out += QLatin1Char(c);
            } else if (u >= 0x20 && u < 0x7f) {
                out += QLatin1Char(c);
            } else {
                out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
            }
        }
    }
    return out + QLatin1Char('"');
}

QString redactLine(const QString &line)
{
    QList<QByteArray> args;
    if (!RedisClient::splitCommandLine(line, &args)) {
        // Not a command that runs, but it is still shown and kept: keep
        // only the command name of anything that may carry a credential.
        const QString first = line.trimmed().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        if (startsLikeSensitive(first.toUtf8()))
            return first + QLatin1Char(' ') + QLatin1String(Mask);
        return line;
    }
    if (args.size() >= 2 && is(args.first(), "connect")) {
        // connect <url>: the URL's password.
        QString url = QString::fromUtf8(args.at(1));
        qsizetype from = 0;
        qsizetype length = 0;
        if (!urlPasswordRange(url, &from, &length))
            return line;
        url.replace(from, length, QLatin1String(Mask));
        QStringList parts{quoteArgument(args.first()), quoteArgument(url.toUtf8())};
        for (qsizetype i = 2; i < args.size(); ++i)
            parts.append(quoteArgument(args.at(i)));
        return parts.join(QLatin1Char(' '));
    }
    const QList<qsizetype> secrets = secretArguments(args);
    if (secrets.isEmpty())
        return line;
    QStringList parts;
    parts.reserve(args.size());
    for (qsizetype i = 0; i < args.size(); ++i)
        parts.append(secrets.contains(i) ? QString::fromLatin1(Mask) : quoteArgument(args.at(i)));
    return parts.join(QLatin1Char(' '));
}

} // namespace CommandRedaction
