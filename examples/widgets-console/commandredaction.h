// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef COMMANDREDACTION_H
#define COMMANDREDACTION_H

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

// Command lines as the console shows and remembers them: the arguments that
// carry credentials replaced by a mask, so that neither the echoed command,
// the history walked with Up/Down, nor the history saved in the settings
// file holds a password.
namespace CommandRedaction {

// What a secret argument is shown as.
inline constexpr char Mask[] = "********";

// The positions (in args) of the arguments that are secrets:
//   AUTH [user] password
//   HELLO protover AUTH user password ...
//   CONFIG SET ... requirepass|masterauth|masteruser|tls-*-pass value ...
//   ACL SETUSER user ... >password <password #hash !hash ...
//   MIGRATE ... AUTH password | AUTH2 user password ... [KEYS ...]
//   SENTINEL SET master ... auth-pass|auth-user value ...
//   SENTINEL CONFIG SET ... sentinel-pass|sentinel-user value ...
// Command names and keywords are matched case-insensitively.
QList<qsizetype> secretArguments(const QList<QByteArray> &args);

// args with the secret ones replaced by Mask.
QList<QByteArray> redactArguments(const QList<QByteArray> &args);

// The line to show and keep for `line` as typed: the line itself when it
// holds no secret; else the arguments re-quoted as redis-cli reads them,
// the secret ones masked. A URL with user:password@ (the console's
// "connect" command) keeps everything but the password. A line whose
// quotes do not balance and which starts like one of the commands above
// keeps only its first word(s).
QString redactLine(const QString &line);

// The password of a URL's user:password@ as typed (percent-encoded or not),
// found in the text whether or not it is a valid URL; empty if none.
QString urlPasswordText(const QString &url);

// message with every form of url's password (as typed, and decoded)
// replaced by Mask.
QString maskUrlPassword(const QString &message, const QString &url);

// The values of secretArguments(args), the empty ones left out.
QList<QByteArray> secretValues(const QList<QByteArray> &args);

// text (a reply as shown) with every secret in it replaced by Mask: a server
// may quote an argument in its error reply (Redis does with a rejected ACL
// SETUSER rule).
QString maskSecrets(const QString &text, const QList<QByteArray> &secrets);

// redis-cli's quoting of one argument: as is when it is plain printable
// text, else in double quotes with \", \\, \n, \r, \t, \a, \b and \xHH.
QString quoteArgument(const QByteArray &arg);

} // namespace CommandRedaction

#endif // COMMANDREDACTION_H
