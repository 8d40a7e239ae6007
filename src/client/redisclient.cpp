// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisclient.h"
#include "redisreply.h"
#include "client/pendingcall_p.h"
#include "client/redisclient_p.h"
#include "client/redisreply_p.h"
#include "cluster/clusterrouter_p.h"
#include "core/rediscli_p.h"
#include "core/redislogging_p.h"

#include <QtCore/qpointer.h>
#include <QtCore/qpromise.h>
#include <QtCore/qthread.h>

#include <memory>

using QtRedis::Error;
using QtRedisPrivate::LinkChange;
using QtRedisPrivate::PendingCall;
using QtRedisPrivate::RedisLink;

// ---------------------------------------------------------------------------
// RedisClientPrivate

RedisClientPrivate::RedisClientPrivate(RedisClient *qq)
    : q(qq),
      link(new RedisLink(RedisLink::Role::Commands, this, qq)),
      queue(this),
      retiredReplies(qq)
{
    optionsChanged();
}

RedisClientPrivate::~RedisClientPrivate()
{
    link->dispose(); // deleted once it returns from what it is doing
}

RedisClient::State RedisClientPrivate::clientState(RedisLink::State state)
{
    switch (state) {
    case RedisLink::State::Closed:
        return RedisClient::State::Disconnected;
    case RedisLink::State::Connecting:
        return RedisClient::State::Connecting;
    case RedisLink::State::Ready:
        return RedisClient::State::Connected;
    case RedisLink::State::Closing:
        return RedisClient::State::Disconnecting;
    case RedisLink::State::Waiting:
        return RedisClient::State::Reconnecting;
    }
    return RedisClient::State::Disconnected;
}

void RedisClientPrivate::makeRouter()
{
    router = new QtRedisPrivate::ClusterRouter(this);
    router->setAddressMapper(nodeAddressMapper);
}

void RedisClientPrivate::dispatch(const QList<QByteArray> &args, PendingCall *call, qint64 timeout,
                                  const QString *node)
{
    if (node) {
        if (isCluster())
            router->issueOnNode(*node, args, call, timeout);
        else
            queue.fail(call, Error::InvalidArgument,
                       RedisClient::tr("commandOnNode() needs a cluster client (connectToCluster())"));
    } else if (isCluster()) {
        router->issue(args, call, timeout);
    } else {
        queue.issue(args, call, timeout);
    }
}

void RedisClientPrivate::clusterReady()
{
    if (connectedEmitted || link->state() != RedisLink::State::Ready)
        return;
    connectedEmitted = true;
    qCDebug(lcRedisClient).noquote() << "connected to the cluster through" << link->endpoint();
    QPointer<RedisClient> guard(q);
    Q_EMIT q->stateChanged(RedisClient::State::Connected);
    if (guard && connectedEmitted)
        Q_EMIT q->connected();
    if (guard)
        Q_EMIT q->topologyChanged();
}

RedisClient::State RedisClientPrivate::clusterState() const
{
    switch (link->state()) {
    case RedisLink::State::Ready:
        return connectedEmitted ? RedisClient::State::Connected : RedisClient::State::Connecting;
    case RedisLink::State::Connecting:
    case RedisLink::State::Waiting:
        return connectedEmitted ? RedisClient::State::Connected : clientState(link->state());
    case RedisLink::State::Closing:
    case RedisLink::State::Closed:
        break;
    }
    return clientState(link->state());
}

bool RedisClientPrivate::clusterLinkChanged(const LinkChange &change)
{
    using LinkState = RedisLink::State;
    switch (change.state) {
    case LinkState::Connecting:
        return connectedEmitted; // still Connected: the node connections go on
    case LinkState::Ready:
        router->controlLost(0);
        router->controlReady(); // connected() once the slot map is in (clusterReady())
        return true;
    case LinkState::Closing:
        router->disconnectGracefully();
        return false;
    case LinkState::Closed:
        if (change.reason != Error::NoError)
            router->closeAll(change.reason, change.message);
        else
            router->controlClosed(Error::NotConnected, RedisClient::tr("Disconnected from the cluster"));
        return false;
    case LinkState::Waiting:
        break;
    }
    // The control link failed: the next attempt goes to another node.
    const QString next = router->nextControlAddress();
    QString host;
    quint16 port = 0;
    if (RedisConnectionOptions::parseNodeAddress(next, &host, &port)) {
        RedisConnectionOptions moved = link->options();
        moved.setHost(host);
        moved.setPort(port);
        link->setOptions(moved);
    }
    if (!connectedEmitted)
        return false; // Reconnecting, as for one server
    const int failures = router->controlFailures() + 1;
    router->controlLost(failures);
    const int known = qMax(3, int(router->nodes().size()) + int(options.seedNodes().size()));
    if (failures <= known) {
        qCDebug(lcRedisClient).noquote() << "cluster: control link lost (" << change.message << "), trying" << next;
        return true;
    }
    // No node answered: the cluster is out of reach.
    connectedEmitted = false;
    QPointer<RedisClient> guard(q);
    error = change.error;
    errorString = change.message;
    Q_EMIT q->stateChanged(RedisClient::State::Reconnecting);
    if (guard && change.error != Error::NoError) {
        Q_EMIT q->errorChanged(change.error);
        if (guard)
            Q_EMIT q->errorOccurred(change.error, change.message);
    }
    if (guard)
        Q_EMIT q->disconnected();
    if (guard && change.retryDelay >= 0 && link->state() == LinkState::Waiting)
        Q_EMIT q->reconnectScheduled(link->retryAttempt(), change.retryDelay);
    return true;
}

void RedisClientPrivate::cancel(PendingCall *call)
{
    if (call->routed && router)
        router->cancel(call);
    else
        queue.cancel(call);
}

RedisReply *RedisClientPrivate::commandReply(const QList<QByteArray> &args, qint64 timeout, const QString *node)
{
    auto *reply = new RedisReply(q);
    reply->d->owner = this;
    PendingCall *call = PendingCall::create(&queue, reply->d.get());
    reply->d->call = call;
    dispatch(args, call, timeout, node);
    return reply;
}

bool RedisClientPrivate::checkThread(const char *function) const
{
    if (Q_LIKELY(QThread::currentThread() == q->thread()))
        return true;
    qCWarning(lcRedisClient, "%s called from a thread other than the client's; ignored", function);
    return false;
}

void RedisClientPrivate::linkChanged(RedisLink *, const LinkChange &change)
{
    // The link's state is already the new one: state() agrees with every
    // signal. A slot may delete the client, abort or reconnect: after each
    // signal, what follows is only for the same client and attempt.
    if (isCluster() && clusterLinkChanged(change))
        return;
    using LinkState = RedisLink::State;
    QPointer<RedisClient> guard(q);
    const quint64 attempt = link->attemptSerial();
    auto sameAttempt = [&](LinkState state) {
        return guard && link->attemptSerial() == attempt && link->state() == state;
    };
    const RedisClient::State state = clientState(change.state);
    const bool stateChanged = clientState(change.previous) != state;

    switch (change.state) {
    case LinkState::Connecting:
        if (stateChanged)
            Q_EMIT q->stateChanged(state);
        if (sameAttempt(LinkState::Connecting) && error != Error::NoError) {
            error = Error::NoError;
            errorString.clear();
            Q_EMIT q->errorChanged(error);
        }
        return;
    case LinkState::Ready:
        // Commands held while connecting go first, in the order they were issued.
        queue.sendHeld();
        qCDebug(lcRedisClient).noquote() << "connected to" << link->endpoint();
        Q_EMIT q->stateChanged(state);
        if (sameAttempt(LinkState::Ready)) {
            connectedEmitted = true;
            Q_EMIT q->connected();
        }
        return;
    case LinkState::Closing:
        if (stateChanged)
            Q_EMIT q->stateChanged(state);
        return;
    case LinkState::Closed:
    case LinkState::Waiting:
        break;
    }

    // The connection (or the attempt) ended: every command in flight or held
    // fails once, from the queue of failures delivered after the signals.
    const bool wasConnected = std::exchange(connectedEmitted, false);
    queue.dropAll(change.requests, change.reason, change.message);
    // The tunnel serves the client's links while it wants a connection.
    if (change.state == LinkState::Closed && tunnel)
        tunnel->close();
    if (destroying)
        return;
    // error() is already right when a stateChanged() slot looks at it.
    if (change.error != Error::NoError) {
        error = change.error;
        errorString = change.message;
    }
    if (stateChanged)
        Q_EMIT q->stateChanged(state);
    if (guard && change.error != Error::NoError && link->attemptSerial() == attempt)
        Q_EMIT q->errorChanged(change.error);
    if (guard && change.error != Error::NoError)
        Q_EMIT q->errorOccurred(change.error, change.message);
    if (guard && wasConnected)
        Q_EMIT q->disconnected();
    if (guard && change.retryDelay >= 0 && sameAttempt(LinkState::Waiting))
        Q_EMIT q->reconnectScheduled(link->retryAttempt(), change.retryDelay);
    if (guard)
        queue.drainFailures();
}

// ---------------------------------------------------------------------------
// RedisClient

/*!
    \class RedisClient
    \inmodule QtRedis
    \brief An asynchronous Redis client driven by the Qt event loop.

    RedisClient talks to one Redis server over one connection (its command
    link), without threads and without blocking: hiredis's async API runs on
    QSocketNotifier and QTimer. Commands are issued with command() and
    answered through a callback (the fast path, no QObject per command) or a
    RedisReply.

    \section1 One callback per command

    Every command's callback (or its RedisReply::finished()) runs exactly
    once, on the client's thread, in the order the commands were issued --
    successes and failures alike; never inside command() itself. A callback
    whose \c context object was destroyed is not called. Two failures are
    delivered early on purpose: QtRedis::Error::Timeout at the command's
    deadline and QtRedis::Error::QueueFull at once.

    Delivery is at most once: nothing is replayed. A command in flight when
    the link drops fails with QtRedis::Error::ConnectionLost (its outcome is
    unknown). A failure arrives as a RedisValue whose isError() is true;
    RedisValue::error() tells a server error reply (ServerError) from a
    client-side failure.

    \section1 Connecting

    connectToHost(), connectToUnixSocket() and connectToUrl() (see
    RedisConnectionOptions for the URL forms) start connecting; the state
    goes Disconnected, Connecting, Connected (Reconnecting between
    attempts). Each connection runs the handshake, pipelined: \c AUTH (the
    ACL form with a user name), \c SELECT, \c{CLIENT SETNAME}, then a \c PING
    that proves the server speaks RESP; connected() comes after all of it.
    Commands issued while connecting are held (up to maxQueuedCommands) and
    sent right after the handshake, in order.

    With autoReconnect (the default), a lost link or a failed attempt is
    retried with capped exponential backoff and jitter
    (reconnectScheduled(), nextReconnectTime()); retries stop on
    AuthenticationFailed and on a handshake the server refuses for good.

    \section1 Threads

    A client lives in one thread and is used from it; command() from another
    thread fails with QtRedis::Error::WrongThread, the other methods are
    ignored with a warning. Move a client only while it is disconnected.

    \sa RedisReply, RedisConnectionOptions, RedisSubscription, RedisMonitor
*/

/*!
    \enum RedisClient::State
    \value Disconnected No connection, none wanted.
    \value Connecting An attempt is under way (name lookup, connect, handshake).
    \value Connected The handshake succeeded: commands are sent at once.
    \value Disconnecting disconnectFromServer() waits for the pending replies.
    \value Reconnecting The link was lost or an attempt failed; the next
           attempt starts at nextReconnectTime(). Commands are held.
*/

/*!
    \typedef RedisClient::Error
    The same as QtRedis::Error.
*/

/*! Constructs a disconnected client with default options, as a child of \a parent. */
RedisClient::RedisClient(QObject *parent)
    : QObject(parent), d(std::make_unique<RedisClientPrivate>(this))
{
}

/*! Destroys the client. Pending commands fail with QtRedis::Error::Aborted,
    each callback once, during the destruction. */
RedisClient::~RedisClient()
{
    // Subscriptions and the monitor are children, destroyed after this body:
    // their connections go first, quietly.
    delete std::exchange(d->monitor, nullptr);
    delete std::exchange(d->subscriptions, nullptr);
    d->destroying = true;
    d->queue.stopDraining();
    d->link->abort(Error::Aborted, tr("The client was destroyed"));
    d->queue.drainFailures();
    d->retiredReplies.releaseAll();
}

/*! \property RedisClient::state
    \brief The connection state. stateChanged() always reports the state
    this returns at that moment. */
RedisClient::State RedisClient::state() const { return d->state(); }

/*! \property RedisClient::error
    \brief The last connection failure (NoError after a new attempt started).
    errorChanged() is emitted when it changes; errorOccurred() with each failure. */
QtRedis::Error RedisClient::error() const { return d->error; }

/*! \property RedisClient::errorString
    \brief The message of error(); never holds a password. */
QString RedisClient::errorString() const { return d->errorString; }

/*! Returns every option at once. */
RedisConnectionOptions RedisClient::options() const { return d->options; }

/*! Sets every option at once from \a options (each changed property emits
    its change signal). They take effect at the next connection attempt;
    healthCheckInterval at once. */
void RedisClient::setOptions(const RedisConnectionOptions &options)
{
    setHost(options.host());
    setPort(options.port());
    setUnixSocketPath(options.unixSocketPath());
    setUsername(options.username());
    setPassword(options.password());
    setDatabase(options.database());
    setClientName(options.clientName());
    setConnectTimeout(options.connectTimeout());
    setCommandTimeout(options.commandTimeout());
    setHealthCheckInterval(options.healthCheckInterval());
    setAutoReconnect(options.autoReconnect());
    setReconnectInitialDelay(options.reconnectInitialDelay());
    setReconnectMaxDelay(options.reconnectMaxDelay());
    setReconnectFactor(options.reconnectFactor());
    setMaxQueuedCommands(options.maxQueuedCommands());
    // TLS and SSH have no properties of their own: taken as a whole.
    if (d->options != options) {
        d->options = options;
        d->optionsChanged();
    }
}

namespace {
// Sets one option and emits its change signal when it changed.
template <typename T, typename Getter, typename Setter, typename Emit>
void setOption(RedisClientPrivate *d, const T &value, Getter get, Setter set, Emit emitChanged)
{
    if ((d->options.*get)() == value)
        return;
    (d->options.*set)(value);
    d->optionsChanged();
    emitChanged((d->options.*get)());
}
} // namespace

/*! \property RedisClient::host
    \brief The server's host name or address (default 127.0.0.1). */
QString RedisClient::host() const { return d->options.host(); }
void RedisClient::setHost(const QString &host)
{
    setOption(d.get(), host, &RedisConnectionOptions::host, &RedisConnectionOptions::setHost,
              [this](const QString &v) { Q_EMIT hostChanged(v); });
}

/*! \property RedisClient::port
    \brief The server's TCP port (default 6379). */
quint16 RedisClient::port() const { return d->options.port(); }
void RedisClient::setPort(quint16 port)
{
    setOption(d.get(), port, &RedisConnectionOptions::port, &RedisConnectionOptions::setPort,
              [this](quint16 v) { Q_EMIT portChanged(v); });
}

/*! \property RedisClient::unixSocketPath
    \brief The server's unix socket; when set it is used instead of host:port. */
QString RedisClient::unixSocketPath() const { return d->options.unixSocketPath(); }
void RedisClient::setUnixSocketPath(const QString &path)
{
    setOption(d.get(), path, &RedisConnectionOptions::unixSocketPath, &RedisConnectionOptions::setUnixSocketPath,
              [this](const QString &v) { Q_EMIT unixSocketPathChanged(v); });
}

/*! \property RedisClient::username
    \brief The ACL user sent with \c AUTH; empty means the default user. */
QString RedisClient::username() const { return d->options.username(); }
void RedisClient::setUsername(const QString &username)
{
    setOption(d.get(), username, &RedisConnectionOptions::username, &RedisConnectionOptions::setUsername,
              [this](const QString &v) { Q_EMIT usernameChanged(v); });
}

/*! \property RedisClient::password
    \brief The password sent with \c AUTH. It never reaches logs, error
    messages or url(); passwordChanged() carries no value. */
QString RedisClient::password() const { return d->options.password(); }
void RedisClient::setPassword(const QString &password)
{
    setOption(d.get(), password, &RedisConnectionOptions::password, &RedisConnectionOptions::setPassword,
              [this](const QString &) { Q_EMIT passwordChanged(); });
}

/*! \property RedisClient::database
    \brief The database selected after connecting (0: no \c SELECT sent). */
int RedisClient::database() const { return d->options.database(); }
void RedisClient::setDatabase(int database)
{
    setOption(d.get(), database, &RedisConnectionOptions::database, &RedisConnectionOptions::setDatabase,
              [this](int v) { Q_EMIT databaseChanged(v); });
}

/*! \property RedisClient::clientName
    \brief The name set with \c{CLIENT SETNAME} after connecting (empty: none). */
QString RedisClient::clientName() const { return d->options.clientName(); }
void RedisClient::setClientName(const QString &name)
{
    setOption(d.get(), name, &RedisConnectionOptions::clientName, &RedisConnectionOptions::setClientName,
              [this](const QString &v) { Q_EMIT clientNameChanged(v); });
}

/*! \property RedisClient::connectTimeout
    \brief Milliseconds one attempt may take, lookup and handshake included
    (default 10000; <= 0: none). */
int RedisClient::connectTimeout() const { return d->options.connectTimeout(); }
void RedisClient::setConnectTimeout(int milliseconds)
{
    setOption(d.get(), milliseconds, &RedisConnectionOptions::connectTimeout,
              &RedisConnectionOptions::setConnectTimeout, [this](int v) { Q_EMIT connectTimeoutChanged(v); });
}

/*! \property RedisClient::commandTimeout
    \brief Milliseconds from command() to the reply (default 30000; <= 0:
    none), for commands issued from now on. Blocking commands (\c BLPOP,
    \c{XREAD ... BLOCK}, \c WAIT, ...) get their own wait added; a wait of 0
    means no timeout for that command. A command that times out fails with
    Timeout at its deadline; its late reply is dropped without shifting any
    other reply. */
int RedisClient::commandTimeout() const { return d->options.commandTimeout(); }
void RedisClient::setCommandTimeout(int milliseconds)
{
    setOption(d.get(), milliseconds, &RedisConnectionOptions::commandTimeout,
              &RedisConnectionOptions::setCommandTimeout, [this](int v) { Q_EMIT commandTimeoutChanged(v); });
}

/*! \property RedisClient::autoReconnect
    \brief Whether a lost link or a failed attempt is retried (default true). */
bool RedisClient::autoReconnect() const { return d->options.autoReconnect(); }
void RedisClient::setAutoReconnect(bool enabled)
{
    setOption(d.get(), enabled, &RedisConnectionOptions::autoReconnect, &RedisConnectionOptions::setAutoReconnect,
              [this](bool v) { Q_EMIT autoReconnectChanged(v); });
}

namespace {
// The reconnect policy setters compare what the application passes, then
// store it clamped (as the options do).
template <typename T, typename Getter, typename Setter>
void setPolicy(RedisClientPrivate *d, T value, Getter get, Setter set, RedisClient *q)
{
    if constexpr (std::is_floating_point_v<T>) {
        if (qFuzzyCompare((d->options.*get)(), value))
            return;
    } else if ((d->options.*get)() == value) {
        return;
    }
    (d->options.*set)(value);
    d->optionsChanged();
    Q_EMIT q->reconnectPolicyChanged();
}
} // namespace

/*! \property RedisClient::reconnectInitialDelay
    \brief Milliseconds before the first retry (default 250). */
int RedisClient::reconnectInitialDelay() const { return d->options.reconnectInitialDelay(); }
void RedisClient::setReconnectInitialDelay(int milliseconds)
{
    setPolicy(d.get(), milliseconds, &RedisConnectionOptions::reconnectInitialDelay,
              &RedisConnectionOptions::setReconnectInitialDelay, this);
}

/*! \property RedisClient::reconnectMaxDelay
    \brief The cap of the backoff in milliseconds (default 30000). */
int RedisClient::reconnectMaxDelay() const { return d->options.reconnectMaxDelay(); }
void RedisClient::setReconnectMaxDelay(int milliseconds)
{
    setPolicy(d.get(), milliseconds, &RedisConnectionOptions::reconnectMaxDelay,
              &RedisConnectionOptions::setReconnectMaxDelay, this);
}

/*! \property RedisClient::reconnectFactor
    \brief The growth of the backoff per failed attempt (default 2). Attempt
    n waits between half and all of min(reconnectMaxDelay,
    reconnectInitialDelay * reconnectFactor^(n-1)), chosen at random. */
double RedisClient::reconnectFactor() const { return d->options.reconnectFactor(); }
void RedisClient::setReconnectFactor(double factor)
{
    setPolicy(d.get(), factor, &RedisConnectionOptions::reconnectFactor, &RedisConnectionOptions::setReconnectFactor,
              this);
}

/*! \property RedisClient::maxQueuedCommands
    \brief How many commands are held while not connected (default 10000;
    < 0: no bound); beyond it a command fails at once with QueueFull. */
int RedisClient::maxQueuedCommands() const { return d->options.maxQueuedCommands(); }
void RedisClient::setMaxQueuedCommands(int count)
{
    setOption(d.get(), count, &RedisConnectionOptions::maxQueuedCommands,
              &RedisConnectionOptions::setMaxQueuedCommands, [this](int v) { Q_EMIT maxQueuedCommandsChanged(v); });
}

/*! \property RedisClient::healthCheckInterval
    \brief The idle \c PING period in milliseconds (default 15000; <= 0:
    off). A link idle for this long is probed; if the answer has not come by
    the next check, the link is declared dead (ConnectionLost). Takes effect
    at once. */
int RedisClient::healthCheckInterval() const { return d->options.healthCheckInterval(); }
void RedisClient::setHealthCheckInterval(int milliseconds)
{
    if (d->options.healthCheckInterval() == milliseconds)
        return;
    d->options.setHealthCheckInterval(milliseconds);
    d->optionsChanged();
    d->link->setHealthCheckInterval(milliseconds);
    Q_EMIT healthCheckIntervalChanged(milliseconds);
}

/*! \property RedisClient::reconnectAttempt
    \brief Failed attempts since the connection was lost. */
int RedisClient::reconnectAttempt() const { return d->link->retryAttempt(); }

/*! \property RedisClient::nextReconnectTime
    \brief When Reconnecting: when the next attempt starts; else invalid. */
QDateTime RedisClient::nextReconnectTime() const { return d->link->nextRetryTime(); }

/*!
    Sets the endpoint, credentials, database and client name from \a url
    (see RedisConnectionOptions::setUrl() for the forms) and returns true.
    Returns false, leaves the options unchanged and reports
    QtRedis::Error::InvalidArgument (error(), errorOccurred()) if the URL
    cannot be used; the message never holds the password.
*/
bool RedisClient::setUrl(const QUrl &url)
{
    RedisConnectionOptions next = d->options;
    QString why;
    if (!next.setUrl(url, &why)) {
        d->error = Error::InvalidArgument;
        d->errorString = why;
        QPointer<RedisClient> guard(this);
        Q_EMIT errorChanged(d->error);
        if (guard)
            Q_EMIT errorOccurred(Error::InvalidArgument, why);
        return false;
    }
    setOptions(next);
    return true;
}

/*! Returns the options as a URL, without the password. */
QUrl RedisClient::url() const
{
    return d->options.toUrl();
}

/*! Connects to \a host and \a port (see connectToServer()). */
void RedisClient::connectToHost(const QString &host, quint16 port)
{
    setHost(host);
    setPort(port);
    setUnixSocketPath(QString());
    connectToServer();
}

/*!
    Connects to \a host and \a port over TLS (see connectToServer()), with
    \a config as the base TLS configuration (CA certificates, a client
    certificate and key, protocols). The server's certificate chain and its
    name (host, or RedisConnectionOptions::tlsPeerName) are verified unless
    \a config's peer verify mode is QSslSocket::VerifyNone or
    RedisConnectionOptions::tlsVerifyPeer is off; a failure is
    QtRedis::Error::TlsHandshakeFailed, with the certificate errors in
    sslErrors(). Every connection of the client (commands, pub/sub,
    \c MONITOR) uses TLS, and every reconnect makes a new handshake.

    \sa RedisConnectionOptions::tlsEnabled, {Connection URLs}
*/
void RedisClient::connectToHostEncrypted(const QString &host, quint16 port, const QSslConfiguration &config)
{
    RedisConnectionOptions next = d->options;
    next.setHost(host);
    next.setPort(port);
    next.setUnixSocketPath(QString());
    next.setTlsEnabled(true);
    next.setSslConfiguration(config);
    next.setTlsVerifyPeer(config.peerVerifyMode() != QSslSocket::VerifyNone);
    setOptions(next);
    connectToServer();
}

/*!
    Returns the certificate errors of the last TLS handshake that failed
    (QtRedis::Error::TlsHandshakeFailed); empty when the failure was not
    about certificates, or after a successful connection.
*/
QList<QSslError> RedisClient::sslErrors() const { return d->link->sslErrors(); }

/*! Connects to the unix socket at \a path (see connectToServer()). */
void RedisClient::connectToUnixSocket(const QString &path)
{
    setUnixSocketPath(path);
    connectToServer();
}

/*! Applies \a url (setUrl()) and connects; returns false if the URL cannot
    be used. */
bool RedisClient::connectToUrl(const QUrl &url)
{
    if (!setUrl(url))
        return false;
    connectToServer();
    return true;
}

/*!
    Connects with the options set so far, in their topology (one server, a
    cluster from its seed nodes, or a master through sentinels; see
    connectToCluster() and connectToSentinel()). While Reconnecting it tries at once
    and keeps the held commands; while connected (or connecting) it drops
    that connection first (its commands fail with Aborted).
*/
void RedisClient::connectToServer()
{
    if (!d->checkThread("connectToServer()") || d->destroying)
        return;
    if (d->link->state() != RedisLink::State::Closed && d->link->state() != RedisLink::State::Waiting) {
        qCDebug(lcRedisClient, "connectToServer(): dropping the current connection first");
        QPointer<RedisClient> guard(this);
        d->link->abort(Error::Aborted, tr("Connecting to another server"));
        // A slot may have deleted the client or connected it already.
        if (!guard || d->link->state() != RedisLink::State::Closed)
            return;
    }
    if (d->isCluster()) {
        d->router->reset();
        d->link->setOptions(d->options); // from the first seed again
    } else if (d->router) {
        // No longer a cluster client: its node connections go.
        QPointer<RedisClient> guard(this);
        d->router->closeAll(Error::Aborted, tr("Connecting to another server"));
        if (!guard)
            return;
    }
    d->link->open();
}

/*!
    Disconnects gracefully: commands already sent still get their replies,
    then the connection closes and disconnected() is emitted; commands
    issued meanwhile fail with NotConnected. While connecting (or
    reconnecting) it cancels the attempt: held commands fail with Aborted.
*/
void RedisClient::disconnectFromServer()
{
    if (!d->checkThread("disconnectFromServer()"))
        return;
    switch (d->link->state()) {
    case RedisLink::State::Closed:
    case RedisLink::State::Closing:
        return;
    case RedisLink::State::Connecting:
    case RedisLink::State::Waiting:
        d->link->abort(Error::Aborted, tr("Disconnected by the application"));
        return;
    case RedisLink::State::Ready:
        d->link->closeGracefully();
        return;
    }
}

/*! Closes at once: every pending command fails with Aborted. */
void RedisClient::abort()
{
    if (!d->checkThread("abort()"))
        return;
    d->link->abort(Error::Aborted, tr("Aborted by the application"));
}

/*! While Reconnecting: tries now instead of waiting for the backoff. */
void RedisClient::reconnectNow()
{
    if (QThread::currentThread() != thread())
        return;
    d->link->retryNow();
}

/*! Returns the number of commands issued whose callbacks have not run yet. */
int RedisClient::pendingCommandCount() const
{
    return d->queue.pendingCount() + (d->router ? d->router->pendingCount() : 0);
}

void RedisClient::issue(const QList<QByteArray> &args, qint64 timeout, std::size_t callbackSize,
                        QtRedisPrivate::CallbackFactory factory, void *arguments, const QString *node)
{
    PendingCall *call = PendingCall::create(&d->queue, callbackSize, factory, arguments);
    if (Q_UNLIKELY(QThread::currentThread() != thread())) {
        qCWarning(lcRedisClient, "command() called from a thread other than the client's");
        call->complete(RedisValue::fromClientError(
                Error::WrongThread,
                tr("RedisClient::command() was called from a thread other than the client's")));
        call->release();
        return;
    }
    if (Q_UNLIKELY(node || d->router))
        d->dispatch(args, call, timeout, node);
    else
        d->queue.issue(args, call, timeout);
}

/*!
    \fn template <typename Functor> void RedisClient::command(const QList<QByteArray> &args, const QObject *context, Functor &&onReply)

    Sends the command \a args (binary-safe) and calls \a onReply with its
    reply (a \c{const RedisValue &}) exactly once, on the client's thread,
    in issue order -- not at all if \a context is destroyed first. The fast
    path: no QObject is made for the command.
*/

/*!
    \fn template <typename Functor> void RedisClient::command(const QList<QByteArray> &args, std::chrono::milliseconds timeout, const QObject *context, Functor &&onReply)

    The same, with \a timeout instead of commandTimeout().
*/

/*!
    \fn template <typename Receiver> void RedisClient::command(const QList<QByteArray> &args, Receiver *receiver, void (Receiver::*method)(const RedisValue &))

    The same, calling \a method of \a receiver (also the context).
*/

/*!
    \fn template <typename... Args> QList<QByteArray> RedisClient::args(const Args &...values)

    Builds a binary-safe argument list from \a values: QByteArray as it is,
    QString as UTF-8, \c{const char *}, integers and floating-point numbers
    as their decimal text.
*/

/*!
    Sends the command \a args and returns its RedisReply: parented to the
    client, it finishes exactly once (RedisReply::finished()).
*/
RedisReply *RedisClient::command(const QList<QByteArray> &args)
{
    if (Q_UNLIKELY(QThread::currentThread() != thread())) {
        qCWarning(lcRedisClient, "command() called from a thread other than the client's");
        auto *reply = new RedisReply(nullptr);
        const RedisValue value = RedisValue::fromClientError(
                Error::WrongThread,
                tr("RedisClient::command() was called from a thread other than the client's"));
        QMetaObject::invokeMethod(reply, [reply, value] { reply->finish(value); }, Qt::QueuedConnection);
        return reply;
    }
    return d->commandReply(args, -1);
}

/*!
    The same, with \a timeout instead of commandTimeout().
*/
RedisReply *RedisClient::command(const QList<QByteArray> &args, std::chrono::milliseconds timeout)
{
    if (Q_UNLIKELY(QThread::currentThread() != thread()))
        return command(args); // fails the same way
    return d->commandReply(args, qMax<qint64>(0, timeout.count()));
}

/*!
    Sends the command \a args and returns a future whose one result is the
    reply: the server's value, an error reply (RedisValue::isError()) or a
    client-side failure (RedisValue::isClientError()), exactly as the
    callback form delivers it. The future never holds an exception, so
    \c{.then()} always runs:

    \code
    client.commandFuture({"GET", "greeting"})
            .then(this, [this](const RedisValue &value) {
                if (value.error() == QtRedis::Error::NoError)
                    label->setText(value.displayText());
            });
    \endcode

    Give \c{.then()} a context object (here \c this) for code that must
    run in that object's thread; the continuation then comes from the event
    loop. Up to Qt 6.5, the context must outlive the future: QFuture asserts
    when it was destroyed first. Without a context the continuation runs
    inside the client's reply handling, like a callback.

    The future finishes in issue order with the client's other commands. If
    the client is destroyed first, the future is canceled (and finished).
    QFuture::cancel() does not stop the command: it still runs and its
    reply is dropped. Called from a thread other than the client's, it
    returns a finished future holding a QtRedis::Error::WrongThread failure.
    Costs one QFuture state and one callback per command: the callback form
    is the fastest path, RedisReply the one with signals.
*/
QFuture<RedisValue> RedisClient::commandFuture(const QList<QByteArray> &args)
{
    return commandFuture(args, std::chrono::milliseconds(-1));
}

/*!
    \overload
    The same, with \a timeout instead of commandTimeout().
*/
QFuture<RedisValue> RedisClient::commandFuture(const QList<QByteArray> &args, std::chrono::milliseconds timeout)
{
    if (Q_UNLIKELY(QThread::currentThread() != thread())) {
        qCWarning(lcRedisClient, "commandFuture() called from a thread other than the client's");
        return QtFuture::makeReadyFuture(RedisValue::fromClientError(
                Error::WrongThread, tr("RedisClient::commandFuture() was called from a thread other than the client's")));
    }
    auto promise = std::make_shared<QPromise<RedisValue>>();
    promise->start();
    QFuture<RedisValue> future = promise->future();
    auto fulfil = [promise](const RedisValue &value) {
        promise->addResult(value);
        promise->finish();
    };
    if (timeout.count() < 0)
        command(args, this, std::move(fulfil));
    else
        command(args, timeout, this, std::move(fulfil));
    return future;
}

/*!
    Returns true for \c SUBSCRIBE, \c PSUBSCRIBE, \c SSUBSCRIBE, their
    \c UNSUBSCRIBEs and \c MONITOR (\a name, any case): they turn a
    connection into a stream of messages, so command() refuses them
    (InvalidArgument); subscribe() and monitor() serve them.
*/
bool RedisClient::isStreamCommand(const QByteArray &name)
{
    switch (name.size()) {
    case 7:
        return name.compare("MONITOR", Qt::CaseInsensitive) == 0;
    case 9:
        return name.compare("SUBSCRIBE", Qt::CaseInsensitive) == 0;
    case 10:
        return name.compare("PSUBSCRIBE", Qt::CaseInsensitive) == 0
                || name.compare("SSUBSCRIBE", Qt::CaseInsensitive) == 0;
    case 11:
        return name.compare("UNSUBSCRIBE", Qt::CaseInsensitive) == 0;
    case 12:
        return name.compare("PUNSUBSCRIBE", Qt::CaseInsensitive) == 0
                || name.compare("SUNSUBSCRIBE", Qt::CaseInsensitive) == 0;
    default:
        return false;
    }
}

/*!
    Splits \a line the way redis-cli does into \a args: whitespace separates
    arguments, "double quotes" take \c{\n \r \t \b \a \\ \"} and \c{\xHH}
    escapes, 'single quotes' take only \c{\'}. Returns false (and leaves
    \a args alone) on unbalanced quotes or a closing quote not followed by a
    space.
*/
bool RedisClient::splitCommandLine(const QString &line, QList<QByteArray> *args)
{
    return QtRedisPrivate::splitCommandLine(line, args);
}

/*! \fn void RedisClient::stateChanged(RedisClient::State state)
    The state changed to \a state (which state() returns). On a failure the
    order is stateChanged(), errorChanged(), errorOccurred(), then
    disconnected() if connected() had been emitted for that connection. */
/*! \fn void RedisClient::connected()
    The handshake succeeded; held commands have been sent. */
/*! \fn void RedisClient::disconnected()
    A connection for which connected() was emitted ended. */
/*! \fn void RedisClient::errorOccurred(QtRedis::Error error, const QString &message)
    A connection or an attempt failed with \a error; \a message says why. */
/*! \fn void RedisClient::errorChanged(QtRedis::Error error)
    error() changed to \a error. */
/*! \fn void RedisClient::reconnectScheduled(int attempt, int delayMs)
    Reconnect attempt \a attempt (from 1) starts in \a delayMs milliseconds. */
