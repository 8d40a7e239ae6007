// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISQMLCLIENT_H
#define REDISQMLCLIENT_H

#include "redisqmlglobal.h"

#include <redisclient.h>
#include <redisconnectionoptions.h>
#include <redisglobal.h>

#include <QtCore/qobject.h>
#include <QtCore/qurl.h>
#include <QtQml/qjsvalue.h>
#include <QtQml/qqml.h>

#include <memory>

class RedisClientQmlExtensionPrivate;

// What QML needs of a RedisClient beyond its own properties: the url
// property and the methods. QML creates one per RedisClient object it
// creates, as a child of that client. Documented (as the QML type
// RedisClient) in redisqmlclient.cpp.
class QTREDISQML_EXPORT RedisClientQmlExtension : public QObject
{
    Q_OBJECT
    // RedisClient::url() and setUrl().
    Q_PROPERTY(QUrl url READ url WRITE setUrl NOTIFY urlChanged)
    // RedisClient's quint16 port as a QML int.
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY portChanged)
    // RedisClient::options() and setOptions(): TLS and SSH included.
    Q_PROPERTY(RedisConnectionOptions options READ options WRITE setOptions NOTIFY optionsChanged)

public:
    explicit RedisClientQmlExtension(QObject *parent);
    ~RedisClientQmlExtension() override;

    QUrl url() const;
    void setUrl(const QUrl &url);
    int port() const;
    void setPort(int port);
    RedisConnectionOptions options() const;
    void setOptions(const RedisConnectionOptions &options);

    Q_INVOKABLE void connectToServer();
    Q_INVOKABLE void disconnectFromServer();
    Q_INVOKABLE void abort();
    Q_INVOKABLE void reconnectNow();

    // callback(value, error, code) runs exactly once, later, in issue order;
    // not if context is destroyed first.
    Q_INVOKABLE void command(const QJSValue &args, const QJSValue &callback = QJSValue(),
                             QObject *context = nullptr);
    // The same; callback(text, error, code) gets the redis-cli text.
    Q_INVOKABLE void cliCommand(const QJSValue &args, const QJSValue &callback,
                                QObject *context = nullptr);

Q_SIGNALS:
    void urlChanged();
    void portChanged();
    void optionsChanged();

private:
    void issue(const QJSValue &args, const QJSValue &callback, QObject *context, bool cliText);
    friend class RedisClientQmlExtensionPrivate;
    std::unique_ptr<RedisClientQmlExtensionPrivate> d;
};

// RedisClient itself in QML, so that the same object can be given to C++
// models whose client property is a RedisClient *.
struct RedisClientForeign
{
    Q_GADGET
    QML_FOREIGN(RedisClient)
    QML_NAMED_ELEMENT(RedisClient)
    QML_EXTENDED(RedisClientQmlExtension)
};

// RedisConnectionOptions as the QML value type redisConnectionOptions.
struct RedisConnectionOptionsForeign
{
    Q_GADGET
    QML_FOREIGN(RedisConnectionOptions)
    QML_VALUE_TYPE(redisConnectionOptions)
};

// QtRedis::Error as RedisError.ConnectionRefused etc.
namespace RedisErrorForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(QtRedis)
QML_NAMED_ELEMENT(RedisError)
} // namespace RedisErrorForeign

#endif // REDISQMLCLIENT_H
