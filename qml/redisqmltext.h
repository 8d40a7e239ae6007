// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISQMLTEXT_H
#define REDISQMLTEXT_H

#include "redisqmlglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtCore/qurl.h>
#include <QtCore/qvariant.h>
#include <QtQml/qqml.h>

// The singleton Redis: the library's text conventions for QML. Each
// function calls the C++ one. Documented in redisqmltext.cpp.
class QTREDISQML_EXPORT RedisQmlText : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Redis)
    QML_SINGLETON

public:
    explicit RedisQmlText(QObject *parent = nullptr);

    // RedisValue::displayText(): bytes (an ArrayBuffer or a string, sent as
    // UTF-8) as one line of plain text; at most maxBytes bytes when >= 0.
    Q_INVOKABLE static QString displayText(const QByteArray &bytes, int maxBytes = -1);
    // RedisClient::splitCommandLine(): { ok, args (ArrayBuffers), error }.
    Q_INVOKABLE static QVariantMap splitCommandLine(const QString &line);
    // RedisConnectionOptions::isSupportedUrl(): a redis:// or unix:// URL the client can use.
    Q_INVOKABLE static bool isSupportedUrl(const QString &url);
};

#endif // REDISQMLTEXT_H
