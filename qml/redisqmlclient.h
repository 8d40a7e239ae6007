// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISQMLCLIENT_H
#define REDISQMLCLIENT_H

#include "redisqmlglobal.h"

#include <redisclient.h>
#include <redisglobal.h>

#include <QtCore/qobject.h>
#include <QtCore/qurl.h>
#include <QtQml/qjsvalue.h>
#include <QtQml/qqml.h>

#include <memory>

class RedisClientQmlExtensionPrivate;

// What QML needs of a RedisClient beyond its own properties (host, port,
// username, password, database, clientName, autoReconnect, state, error,
// errorString, timeouts, ...): the url property and the methods. QML creates
// one per RedisClient object it uses, as a child of that client.
class QTREDISQML_EXPORT RedisClientQmlExtension : public QObject
{
    Q_OBJECT
    // read: RedisClient::url() (never the password); write: RedisClient::setUrl().
    // An unusable URL leaves the options unchanged and sets error/errorString.
    Q_PROPERTY(QUrl url READ url WRITE setUrl NOTIFY urlChanged)
    // RedisClient's quint16 port as a QML int (0..65535; other values are ignored).
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY portChanged)

public:
    explicit RedisClientQmlExtension(QObject *parent);
    ~RedisClientQmlExtension() override;

    QUrl url() const;
    void setUrl(const QUrl &url);
    int port() const;
    void setPort(int port);

    Q_INVOKABLE void connectToServer();
    Q_INVOKABLE void disconnectFromServer();
    Q_INVOKABLE void abort();
    Q_INVOKABLE void reconnectNow();

    // command(args [, callback [, context]]): args is a JS array (strings
    // are sent as UTF-8, numbers as their decimal text, ArrayBuffers and
    // typed arrays as their bytes). callback(value, error, code) runs exactly
    // once, later, from the event loop: value is the reply as a JS value
    // (undefined on failure), error null on success and a message otherwise,
    // code a RedisError value (RedisError.NoError on success). It is not
    // called if context (any QObject, e.g. the Item that asked) is destroyed
    // first, nor once this client or the JS engine is gone.
    Q_INVOKABLE void command(const QJSValue &args, const QJSValue &callback = QJSValue(),
                             QObject *context = nullptr);
    // The same, for consoles: callback(text, error, code) gets the reply as
    // redis-cli prints it (RedisValue::toCliString(); "(error) ..." for a
    // failure) instead of a JS value.
    Q_INVOKABLE void cliCommand(const QJSValue &args, const QJSValue &callback,
                                QObject *context = nullptr);

Q_SIGNALS:
    void urlChanged();
    void portChanged();

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

// QtRedis::Error as RedisError.ConnectionRefused etc.
namespace RedisErrorForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(QtRedis)
QML_NAMED_ELEMENT(RedisError)
} // namespace RedisErrorForeign

#endif // REDISQMLCLIENT_H
