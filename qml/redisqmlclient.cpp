// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisqmlclient.h"

#include "redisqmlvalue_p.h"

#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>
#include <QtQml/qjsengine.h>

class RedisClientQmlExtensionPrivate
{
public:
    // A finished command whose JS callback waits for its turn.
    struct Call
    {
        QJSValue callback;
        QPointer<QJSEngine> engine;
        QPointer<QObject> context;
        bool hasContext = false;
        bool cliText = false;   // callback(text, error, code) with the redis-cli text
        RedisValue value;
    };

    void finished(Call &&call);
    void flush();
    void invoke(const Call &call);

    RedisClientQmlExtension *q = nullptr;
    RedisClient *client = nullptr;   // the extended object, our parent
    QList<Call> ready;
    bool flushPosted = false;
};

// Callbacks are not run from inside the client's reply handling but from one
// posted event per batch, in order. That is what keeps JS out of a client
// that is being destroyed: RedisClient fails its pending commands with
// Aborted during its destructor, while this extension (its child) still
// exists; the batch is then dropped together with the extension's posted
// events, and no JS runs against an object (or engine) that is going away.
void RedisClientQmlExtensionPrivate::finished(Call &&call)
{
    ready.append(std::move(call));
    if (flushPosted)
        return;
    flushPosted = true;
    QMetaObject::invokeMethod(q, [this] { flush(); }, Qt::QueuedConnection);
}

void RedisClientQmlExtensionPrivate::flush()
{
    flushPosted = false;
    QList<Call> batch;
    batch.swap(ready);
    const QPointer<RedisClientQmlExtension> alive(q);
    for (const Call &call : std::as_const(batch)) {
        if (!alive)
            return;   // a callback deleted the client (and this): no more calls
        if (!call.engine || (call.hasContext && !call.context))
            continue;
        invoke(call);
    }
}

void RedisClientQmlExtensionPrivate::invoke(const Call &call)
{
    QJSEngine *engine = call.engine;
    QJSValueList arguments;
    if (call.cliText) {
        arguments << QJSValue(call.value.toCliString())
                  << (call.value.isError() ? QJSValue(call.value.errorString()) : QJSValue(QJSValue::NullValue))
                  << QJSValue(int(call.value.error()));
    } else if (call.value.isError()) {
        arguments << QJSValue(QJSValue::UndefinedValue) << QJSValue(call.value.errorString())
                  << QJSValue(int(call.value.error()));
    } else {
        arguments << RedisQmlValue::toJs(engine, call.value) << QJSValue(QJSValue::NullValue)
                  << QJSValue(int(QtRedis::Error::NoError));
    }
    const QJSValue result = call.callback.call(arguments);
    if (result.isError()) {
        qCWarning(lcRedisQml).noquote().nospace()
                << "RedisClient: a command() callback threw: " << RedisQmlValue::describeError(result);
    }
}

RedisClientQmlExtension::RedisClientQmlExtension(QObject *parent)
    : QObject(parent), d(std::make_unique<RedisClientQmlExtensionPrivate>())
{
    d->q = this;
    d->client = qobject_cast<RedisClient *>(parent);
    Q_ASSERT(d->client);
    if (!d->client)
        return;
    RedisClient *c = d->client;
    connect(c, &RedisClient::hostChanged, this, &RedisClientQmlExtension::urlChanged);
    connect(c, &RedisClient::portChanged, this, &RedisClientQmlExtension::urlChanged);
    connect(c, &RedisClient::portChanged, this, &RedisClientQmlExtension::portChanged);
    connect(c, &RedisClient::unixSocketPathChanged, this, &RedisClientQmlExtension::urlChanged);
    connect(c, &RedisClient::usernameChanged, this, &RedisClientQmlExtension::urlChanged);
    connect(c, &RedisClient::databaseChanged, this, &RedisClientQmlExtension::urlChanged);
    connect(c, &RedisClient::clientNameChanged, this, &RedisClientQmlExtension::urlChanged);
}

RedisClientQmlExtension::~RedisClientQmlExtension() = default;

QUrl RedisClientQmlExtension::url() const
{
    return d->client ? d->client->url() : QUrl();
}

void RedisClientQmlExtension::setUrl(const QUrl &url)
{
    if (d->client)
        d->client->setUrl(url);   // false: error and errorString say why
}

int RedisClientQmlExtension::port() const
{
    return d->client ? int(d->client->port()) : 0;
}

void RedisClientQmlExtension::setPort(int port)
{
    if (!d->client)
        return;
    if (port < 0 || port > 65535) {
        qCWarning(lcRedisQml, "RedisClient: %d is not a TCP port", port);
        return;
    }
    d->client->setPort(quint16(port));
}

void RedisClientQmlExtension::connectToServer()
{
    if (d->client)
        d->client->connectToServer();
}

void RedisClientQmlExtension::disconnectFromServer()
{
    if (d->client)
        d->client->disconnectFromServer();
}

void RedisClientQmlExtension::abort()
{
    if (d->client)
        d->client->abort();
}

void RedisClientQmlExtension::reconnectNow()
{
    if (d->client)
        d->client->reconnectNow();
}

void RedisClientQmlExtension::command(const QJSValue &args, const QJSValue &callback, QObject *context)
{
    issue(args, callback, context, false);
}

void RedisClientQmlExtension::cliCommand(const QJSValue &args, const QJSValue &callback, QObject *context)
{
    issue(args, callback, context, true);
}

void RedisClientQmlExtension::issue(const QJSValue &args, const QJSValue &callback, QObject *context,
                                    bool cliText)
{
    if (!d->client)
        return;
    QJSEngine *engine = qjsEngine(d->client);
    if (!engine)
        engine = qjsEngine(this);
    const bool wantsCallback = !callback.isUndefined() && !callback.isNull();
    if (wantsCallback && !callback.isCallable()) {
        if (engine)
            engine->throwError(QJSValue::TypeError, cliText ? tr("The callback of cliCommand() is not a function")
                                                            : tr("The callback of command() is not a function"));
        return;
    }

    QList<QByteArray> arguments;
    QString why;
    // Bad arguments: an empty command, which the client fails in issue order
    // (after the replies of earlier commands); the callback gets our reason.
    RedisQmlValue::toArguments(args, &arguments, &why);

    if (!wantsCallback || !engine) {
        d->client->command(arguments, this, [](const RedisValue &) {});
        return;
    }
    RedisClientQmlExtensionPrivate::Call call;
    call.callback = callback;
    call.engine = engine;
    call.context = context;
    call.hasContext = context != nullptr;
    call.cliText = cliText;
    d->client->command(arguments, this,
                       [dd = d.get(), call = std::move(call), why](const RedisValue &value) mutable {
        call.value = why.isEmpty() ? value
                                   : RedisValue::fromClientError(QtRedis::Error::InvalidArgument, why);
        dd->finished(std::move(call));
    });
}
