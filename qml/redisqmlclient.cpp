// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisqmlclient.h"

#include <QtCore/qmetaobject.h>

#include "redisqmlvalue_p.h"

#include <QtCore/qlist.h>
#include <QtCore/qmetaobject.h>
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

/*!
    \qmltype RedisClient
    \inqmlmodule QtRedis
    \brief An asynchronous connection to a Redis server.

    The QML type is the C++ class \l [CPP] RedisClient itself, registered as
    a foreign type, so the very same object can be handed to C++ code and to
    the item models whose \c client property is a RedisClient. It has the
    C++ class's properties (\c host, \c port, \c unixSocketPath,
    \c username, \c password, \c database, \c clientName,
    \c autoReconnect, \c connectTimeout, \c commandTimeout, the reconnect
    policy, \c maxQueuedCommands, \c healthCheckInterval, and the read-only
    \c state, \c error, \c errorString, \c reconnectAttempt,
    \c nextReconnectTime), its signals (\c stateChanged, \c connected,
    \c disconnected, \c errorOccurred, \c reconnectScheduled and a change
    signal per property) and its \c State enum (\c RedisClient.Connected,
    ...). The C++ class documents them. Errors are RedisError values.

    An extension adds what QML needs on top: the url property, port as an
    \c int, and the methods below.

    \qml
    import QtQuick
    import QtRedis

    Item {
        RedisClient {
            id: redis
            url: "redis://127.0.0.1:6379/0"
            clientName: "my-app"
            Component.onCompleted: connectToServer()
            onErrorOccurred: (error, message) => console.warn(message)
        }

        function bump() {
            redis.command(["INCRBY", "counter", 5], (value, error) => {
                if (error !== null)
                    console.warn("INCRBY failed:", error)
                else
                    console.log("counter is now", value)
            })
        }
    }
    \endqml

    \section1 Reply values

    A reply reaches JavaScript as follows:

    \table
    \header \li Reply \li JavaScript value
    \row \li bulk string or status, valid UTF-8 \li \c string (a leading
             byte order mark and control characters kept)
    \row \li bulk string or status, not valid UTF-8 \li \c ArrayBuffer
             holding the bytes unchanged
    \row \li integer \li \c number (exact up to 2^53)
    \row \li nil \li \c null
    \row \li array, nested too \li \c Array of these values
    \row \li error inside an array \li an \c Error object whose
             \c message is the server's text
    \row \li error reply \li the callback's \c error argument; \c value is
             \c undefined
    \endtable

    \section1 Limits

    \list
    \li Qt 6.4 applies the extension only to objects that QML creates
        (declared in QML or made with \c{Component.createObject()}). A client
        made in C++ and handed to QML has the C++ class's properties and
        signals and works with \l [QML] RedisSubscription and the models, but has no
        url, command(), cliCommand(), connectToServer(),
        disconnectFromServer(), abort() or reconnectNow() in QML. Declare the
        client in QML and hand it to C++ instead.
    \li JavaScript numbers are doubles: integer replies beyond 2^53 lose
        precision, and number arguments are sent as JavaScript prints them
        (\c{1e+21}).
    \endlist

    \sa {QtRedis QML Types}
*/
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
    // Every option's change signal also changes options.
    for (const QMetaMethod &signal : {QMetaMethod::fromSignal(&RedisClient::hostChanged),
                                      QMetaMethod::fromSignal(&RedisClient::portChanged),
                                      QMetaMethod::fromSignal(&RedisClient::unixSocketPathChanged),
                                      QMetaMethod::fromSignal(&RedisClient::usernameChanged),
                                      QMetaMethod::fromSignal(&RedisClient::passwordChanged),
                                      QMetaMethod::fromSignal(&RedisClient::databaseChanged),
                                      QMetaMethod::fromSignal(&RedisClient::clientNameChanged),
                                      QMetaMethod::fromSignal(&RedisClient::connectTimeoutChanged),
                                      QMetaMethod::fromSignal(&RedisClient::commandTimeoutChanged),
                                      QMetaMethod::fromSignal(&RedisClient::autoReconnectChanged),
                                      QMetaMethod::fromSignal(&RedisClient::reconnectPolicyChanged),
                                      QMetaMethod::fromSignal(&RedisClient::maxQueuedCommandsChanged),
                                      QMetaMethod::fromSignal(&RedisClient::healthCheckIntervalChanged)}) {
        connect(c, signal, this, QMetaMethod::fromSignal(&RedisClientQmlExtension::optionsChanged));
    }
}

RedisClientQmlExtension::~RedisClientQmlExtension() = default;

/*!
    \qmlproperty url RedisClient::url

    The connection settings as a URL (see \l {Connection URLs}).

    Reading it gives the endpoint, the user name, the database and the
    client name, never the password. Writing it sets the endpoint,
    credentials, database and client name from the URL; a URL that cannot
    be used leaves every setting unchanged and sets \c error to
    \c RedisError.InvalidArgument and \c errorString to the reason.
    Settings take effect at the next connectToServer().

    \sa Redis::isSupportedUrl()
*/
QUrl RedisClientQmlExtension::url() const
{
    return d->client ? d->client->url() : QUrl();
}

void RedisClientQmlExtension::setUrl(const QUrl &url)
{
    if (d->client)
        d->client->setUrl(url);   // false: error and errorString say why
}

/*!
    \qmlproperty redisConnectionOptions RedisClient::options

    Every connection setting at once, TLS and the SSH tunnel included (see
    RedisConnectionOptions for each property). It is a value: change a
    copy and assign it back; settings take effect at the next
    connectToServer().

    \qml
    RedisClient {
        id: redis
        Component.onCompleted: {
            var o = redis.options
            o.host = "redis.example"
            o.port = 6380
            o.tlsEnabled = true
            o.tlsCaCertificateFile = "/etc/ssl/redis-ca.pem"
            redis.options = o
            redis.connectToServer()
        }
    }
    \endqml
*/
RedisConnectionOptions RedisClientQmlExtension::options() const
{
    return d->client ? d->client->options() : RedisConnectionOptions();
}

void RedisClientQmlExtension::setOptions(const RedisConnectionOptions &options)
{
    if (!d->client || d->client->options() == options)
        return;
    d->client->setOptions(options);
    Q_EMIT optionsChanged(); // TLS and SSH have no change signals of their own
    Q_EMIT urlChanged();
}

/*!
    \qmlvaluetype redisConnectionOptions
    \inqmlmodule QtRedis
    \brief Every setting of a connection, as a QML value.

    The QML form of RedisConnectionOptions: the same properties (host,
    port, unixSocketPath, username, password, database, clientName, the
    timeouts and reconnect policy, the TLS options and the SSH tunnel
    options). Read it from \l {RedisClient::options}{RedisClient.options},
    change the copy and assign it back.
*/

/*!
    \qmlproperty int RedisClient::port

    The server's TCP port (default 6379). The C++ property is a \c quint16;
    in QML it is an \c int, and a value outside 0..65535 is ignored with a
    warning in the logging category \c qtredis.qml.
*/
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

/*!
    \qmlmethod void RedisClient::connectToServer()

    Connects with the settings as they are. While reconnecting, it tries at
    once and keeps the commands held meanwhile; while connected, it drops
    that connection first.
*/
void RedisClientQmlExtension::connectToServer()
{
    if (d->client)
        d->client->connectToServer();
}

/*!
    \qmlmethod void RedisClient::disconnectFromServer()

    Disconnects gracefully: commands already sent still get their replies,
    then the connection closes; commands issued meanwhile fail with
    \c RedisError.NotConnected. While connecting, it cancels the attempt and
    the held commands fail with \c RedisError.Aborted.
*/
void RedisClientQmlExtension::disconnectFromServer()
{
    if (d->client)
        d->client->disconnectFromServer();
}

/*!
    \qmlmethod void RedisClient::abort()

    Closes the connection at once; every pending command fails with
    \c RedisError.Aborted.
*/
void RedisClientQmlExtension::abort()
{
    if (d->client)
        d->client->abort();
}

/*!
    \qmlmethod void RedisClient::reconnectNow()

    While the client waits to reconnect, tries now instead of waiting for
    the backoff.
*/
void RedisClientQmlExtension::reconnectNow()
{
    if (d->client)
        d->client->reconnectNow();
}

/*!
    \qmlmethod void RedisClient::command(array args, function callback, QtObject context)

    Sends the command \a args and calls \a callback with its result.

    \a args is a JavaScript array: strings are sent as UTF-8, numbers as
    JavaScript prints them (\c 42, \c{1.5}), an \c ArrayBuffer, a typed
    array or a \c DataView as its bytes, unchanged (the way to send
    \c{\0}, \c{\r\n} or bytes that are not UTF-8). Anything else, or
    \a args not being an array, fails the command with
    \c RedisError.InvalidArgument, as do \c SUBSCRIBE, \c MONITOR and the
    like (use \l [QML] RedisSubscription).

    \a callback is called as \c{callback(value, error, code)}, exactly
    once, later, from the event loop, never inside command(), in the order
    the commands were issued. On success \c value is the reply (see \l {Reply values}),
    \c error is \c null and \c code is \c RedisError.NoError. On failure
    \c value is \c undefined, \c error is the server's error text (code
    \c RedisError.ServerError) or the client's message (another code, such
    as \c RedisError.NotConnected, \c RedisError.Timeout or
    \c RedisError.Aborted).

    \a callback may be omitted or \c null: the command runs and nothing is
    called. Any other value that is not a function throws a \c TypeError
    and sends nothing.

    If \a context (optional, any object) is destroyed before the reply, the
    callback is not called; the command still runs on the server. The
    callback is not called either once the RedisClient object or the
    JavaScript engine is gone. An exception thrown by the callback is
    reported as a warning in the logging category \c qtredis.qml; the next
    callbacks run normally.

    \sa cliCommand()
*/
void RedisClientQmlExtension::command(const QJSValue &args, const QJSValue &callback, QObject *context)
{
    issue(args, callback, context, false);
}

/*!
    \qmlmethod void RedisClient::cliCommand(array args, function callback, QtObject context)

    The same as command(), for consoles: \a callback is called as
    \c{callback(text, error, code)}, with the reply as redis-cli prints it
    (RedisValue::toCliString(); \c{(error) ...} for a failure) instead of a
    JavaScript value; \c error and \c code are as for command(). \a args and
    \a context are as for command().

    \sa Redis::splitCommandLine()
*/
void RedisClientQmlExtension::cliCommand(const QJSValue &args, const QJSValue &callback, QObject *context)
{
    issue(args, callback, context, true);
}

/*!
    \qmltype RedisError
    \inqmlmodule QtRedis
    \brief The error codes of QtRedis, for QML.

    The enumeration QtRedis::Error in QML: \c RedisError.NoError,
    \c RedisError.ServerError, \c RedisError.HostNotFound,
    \c RedisError.ConnectionRefused, \c RedisError.Timeout,
    \c RedisError.AuthenticationFailed, \c RedisError.HandshakeFailed,
    \c RedisError.ProtocolError, \c RedisError.ConnectionLost,
    \c RedisError.NotConnected, \c RedisError.QueueFull,
    \c RedisError.Aborted, \c RedisError.InvalidArgument,
    \c RedisError.WrongThread and \c RedisError.SocketError. QtRedis::Error
    says what each means.

    They are the values of RedisClient's \c error property, of the \c code
    argument of the command() callbacks, and of the \c error argument of
    \c errorOccurred. The type has no instances.

    \sa RedisClient
*/
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
