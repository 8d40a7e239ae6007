// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISCLIENT_H
#define REDISCLIENT_H

#include "redisclusternode.h"
#include "redisconnectionoptions.h"
#include "redisglobal.h"
#include "redisvalue.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qfuture.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qstring.h>
#include <QtCore/qurl.h>
#include <QtNetwork/qsslconfiguration.h>
#include <QtNetwork/qsslerror.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

class RedisReply;
class RedisClientPrivate;
class RedisMonitor;
class RedisSubscription;

namespace QtRedisPrivate {
// The application's callback of one command (used by the command()
// templates; not part of the API). The client constructs it in storage of
// its own, next to its bookkeeping of the command, and destroys it once
// complete() has run.
class QTREDIS_EXPORT CommandCallback
{
public:
    explicit CommandCallback(const QObject *context) noexcept
        : m_context(const_cast<QObject *>(context)), m_hasContext(context != nullptr) {}
    virtual ~CommandCallback();
    CommandCallback(const CommandCallback &) = delete;
    CommandCallback &operator=(const CommandCallback &) = delete;

    // Runs the callback unless its context object is gone. Called once.
    void complete(const RedisValue &value)
    {
        if (!m_hasContext || m_context)
            invoke(value);
    }

protected:
    virtual void invoke(const RedisValue &value) = 0;

private:
    QPointer<QObject> m_context;
    bool m_hasContext;
};

template <typename F>
class FunctorCallback final : public CommandCallback
{
public:
    template <typename G>
    FunctorCallback(const QObject *context, G &&functor)
        : CommandCallback(context), m_functor(std::forward<G>(functor)) {}

protected:
    void invoke(const RedisValue &value) override { m_functor(value); }

private:
    F m_functor;
};

// Constructs a callback in storage (of the size the client was told).
using CallbackFactory = CommandCallback *(*)(void *storage, void *arguments);
} // namespace QtRedisPrivate

class QTREDIS_EXPORT RedisClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QtRedis::Error error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(QString host READ host WRITE setHost NOTIFY hostChanged)
    Q_PROPERTY(quint16 port READ port WRITE setPort NOTIFY portChanged)
    Q_PROPERTY(QString unixSocketPath READ unixSocketPath WRITE setUnixSocketPath NOTIFY unixSocketPathChanged)
    Q_PROPERTY(QString username READ username WRITE setUsername NOTIFY usernameChanged)
    Q_PROPERTY(QString password READ password WRITE setPassword NOTIFY passwordChanged)
    Q_PROPERTY(int database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(QString clientName READ clientName WRITE setClientName NOTIFY clientNameChanged)
    Q_PROPERTY(int connectTimeout READ connectTimeout WRITE setConnectTimeout NOTIFY connectTimeoutChanged)
    Q_PROPERTY(int commandTimeout READ commandTimeout WRITE setCommandTimeout NOTIFY commandTimeoutChanged)
    Q_PROPERTY(bool autoReconnect READ autoReconnect WRITE setAutoReconnect NOTIFY autoReconnectChanged)
    Q_PROPERTY(int reconnectInitialDelay READ reconnectInitialDelay WRITE setReconnectInitialDelay NOTIFY reconnectPolicyChanged)
    Q_PROPERTY(int reconnectMaxDelay READ reconnectMaxDelay WRITE setReconnectMaxDelay NOTIFY reconnectPolicyChanged)
    Q_PROPERTY(double reconnectFactor READ reconnectFactor WRITE setReconnectFactor NOTIFY reconnectPolicyChanged)
    Q_PROPERTY(int maxQueuedCommands READ maxQueuedCommands WRITE setMaxQueuedCommands NOTIFY maxQueuedCommandsChanged)
    Q_PROPERTY(int healthCheckInterval READ healthCheckInterval WRITE setHealthCheckInterval NOTIFY healthCheckIntervalChanged)
    Q_PROPERTY(int reconnectAttempt READ reconnectAttempt NOTIFY reconnectScheduled)
    Q_PROPERTY(QDateTime nextReconnectTime READ nextReconnectTime NOTIFY reconnectScheduled)

public:
    // Reconnecting: waiting for the next attempt (nextReconnectTime()).
    enum class State { Disconnected, Connecting, Connected, Disconnecting, Reconnecting };
    Q_ENUM(State)
    using Error = QtRedis::Error;

    explicit RedisClient(QObject *parent = nullptr);
    ~RedisClient() override;

    State state() const;
    Error error() const;
    QString errorString() const;
    // The certificate errors of the last failed TLS handshake (TlsHandshakeFailed).
    QList<QSslError> sslErrors() const;

    // Connection options. They take effect at the next connection attempt.
    QString host() const;
    void setHost(const QString &host);
    quint16 port() const;
    void setPort(quint16 port);
    QString unixSocketPath() const;       // when set, it is used instead of host:port
    void setUnixSocketPath(const QString &path);
    QString username() const;             // ACL user; empty means "default"
    void setUsername(const QString &username);
    QString password() const;             // sent with AUTH; never logged
    void setPassword(const QString &password);
    int database() const;                 // SELECT after connecting (0: none sent)
    void setDatabase(int database);
    QString clientName() const;           // CLIENT SETNAME after connecting (empty: none sent)
    void setClientName(const QString &name);
    int connectTimeout() const;           // milliseconds, includes the handshake; <= 0: none
    void setConnectTimeout(int milliseconds);

    // Reliability (see the README's Reliability section for the defaults).
    int commandTimeout() const;           // ms from issue to reply; <= 0: none. Default 30000
    void setCommandTimeout(int milliseconds);
    bool autoReconnect() const;           // default true
    void setAutoReconnect(bool enabled);
    int reconnectInitialDelay() const;    // ms before the first retry, default 250
    void setReconnectInitialDelay(int milliseconds);
    int reconnectMaxDelay() const;        // cap of the backoff, default 30000 ms
    void setReconnectMaxDelay(int milliseconds);
    double reconnectFactor() const;       // growth per failed attempt, default 2
    void setReconnectFactor(double factor);
    int maxQueuedCommands() const;        // held while not connected, default 10000; < 0: no bound
    void setMaxQueuedCommands(int count);
    int healthCheckInterval() const;      // idle PING period, ms; <= 0: off. Default 15000
    void setHealthCheckInterval(int milliseconds);
    int reconnectAttempt() const;         // failed attempts since the connection was lost
    QDateTime nextReconnectTime() const;  // when Reconnecting: the next attempt; else invalid

    // Every option at once (the setters below change one each).
    RedisConnectionOptions options() const;
    void setOptions(const RedisConnectionOptions &options);

    // redis:// and unix:// URLs (RedisConnectionOptions::setUrl()); false if unusable.
    bool setUrl(const QUrl &url);
    // The options as a URL without the password.
    QUrl url() const;

    void connectToHost(const QString &host, quint16 port = 6379);
    void connectToUnixSocket(const QString &path);
    bool connectToUrl(const QUrl &url);
    // TLS through Qt's TLS backend; chain and host name verified by default.
    void connectToHostEncrypted(const QString &host, quint16 port = 6379,
                                const QSslConfiguration &config = QSslConfiguration::defaultConfiguration());
    // Sentinel: the master named masterName, found through the sentinels
    // ("host:port" each) and followed across failovers.
    void connectToSentinel(const QString &masterName, const QStringList &sentinels);
    // Redis Cluster: discovered from any seed node ("host:port"); commands
    // are routed by hash slot, MOVED/ASK followed.
    void connectToCluster(const QStringList &seedNodes);
    // With the options set so far (see the qdoc in redisclient.cpp).
    Q_INVOKABLE void connectToServer();
    // Graceful: pending replies still arrive, then the connection closes.
    Q_INVOKABLE void disconnectFromServer();
    // Immediate: every pending command fails with Error::Aborted.
    Q_INVOKABLE void abort();
    // While Reconnecting: try now instead of waiting for the backoff.
    Q_INVOKABLE void reconnectNow();

    // Number of commands issued whose callbacks have not run yet.
    int pendingCommandCount() const;

    // The server the command link talks to ("host:port"; empty when none):
    // for a sentinel topology the node the sentinels named, for a cluster
    // the node the slot map comes from.
    QString serverAddress() const;

    // Cluster (see the README's Topologies section).
    bool isCluster() const;
    // The nodes of the slot map (empty until it is loaded).
    QList<RedisClusterNode> clusterNodes() const;
    // The hash slot of key (0..16383; the hash tag {...} counts when present).
    static int keySlot(const QByteArray &key);
    // The address of the master serving key's slot; empty if unknown.
    QString nodeForKey(const QByteArray &key) const;
    // Maps node addresses the cluster announces to reachable ones (applied
    // after RedisConnectionOptions::nodeAddressMap()); empty: unchanged.
    void setNodeAddressMapper(const std::function<QString(const QString &announced)> &mapper);
    // A command sent to one node ("host:port" of clusterNodes()) as it is,
    // without routing: per-node INFO, CLIENT LIST, ... Not redirected.
    RedisReply *commandOnNode(const QString &node, const QList<QByteArray> &args);
    template <typename Functor>
    void commandOnNode(const QString &node, const QList<QByteArray> &args, const QObject *context,
                       Functor &&onReply)
    {
        issueWithCallback(args, -1, context, std::forward<Functor>(onReply), &node);
    }

    // The QObject path: the reply is parented to the client and finishes once.
    RedisReply *command(const QList<QByteArray> &args);

    // The same with its own timeout instead of commandTimeout().
    RedisReply *command(const QList<QByteArray> &args, std::chrono::milliseconds timeout);

    // The QFuture path: the future's one result is the reply (or the
    // client-side failure) as a RedisValue; use .then(context, ...).
    QFuture<RedisValue> commandFuture(const QList<QByteArray> &args);
    QFuture<RedisValue> commandFuture(const QList<QByteArray> &args, std::chrono::milliseconds timeout);

    // The fast path: onReply(const RedisValue &) exactly once, in issue order.
    template <typename Functor>
    void command(const QList<QByteArray> &args, const QObject *context, Functor &&onReply)
    {
        issueWithCallback(args, -1, context, std::forward<Functor>(onReply));
    }

    template <typename Functor>
    void command(const QList<QByteArray> &args, std::chrono::milliseconds timeout,
                 const QObject *context, Functor &&onReply)
    {
        issueWithCallback(args, qMax<qint64>(0, timeout.count()), context, std::forward<Functor>(onReply));
    }

    template <typename Receiver>
    void command(const QList<QByteArray> &args, Receiver *receiver,
                 void (Receiver::*method)(const RedisValue &))
    {
        command(args, receiver, [receiver, method](const RedisValue &v) { (receiver->*method)(v); });
    }

    // A binary-safe argument list from bytes, strings (UTF-8) and numbers.
    template <typename... Args>
    static QList<QByteArray> args(const Args &...values)
    {
        QList<QByteArray> list;
        list.reserve(sizeof...(values));
        (list.append(toArgument(values)), ...);
        return list;
    }

    // Pub/sub on a connection of the client's own (see RedisSubscription).
    RedisSubscription *subscribe(const QByteArray &channel);
    RedisSubscription *psubscribe(const QByteArray &pattern);
    RedisSubscription *ssubscribe(const QByteArray &shardChannel); // Redis 7
    // Every subscription object the client has (any state).
    QList<RedisSubscription *> subscriptions() const;
    // PUBLISH over the command connection; the reply is the receiver count.
    RedisReply *publish(const QByteArray &channel, const QByteArray &message);

    // The client's MONITOR (see RedisMonitor), made on first use, stopped.
    RedisMonitor *monitor();

    // The commands command() refuses (they turn a connection into a message stream).
    static bool isStreamCommand(const QByteArray &name);

    // Splits a command line the way redis-cli does; false on unbalanced quotes.
    static bool splitCommandLine(const QString &line, QList<QByteArray> *args);

Q_SIGNALS:
    void stateChanged(RedisClient::State state);
    void connected();
    void disconnected();
    void errorOccurred(QtRedis::Error error, const QString &message);
    void errorChanged(QtRedis::Error error);
    void hostChanged(const QString &host);
    void portChanged(quint16 port);
    void unixSocketPathChanged(const QString &path);
    void usernameChanged(const QString &username);
    void passwordChanged();
    void databaseChanged(int database);
    void clientNameChanged(const QString &name);
    void connectTimeoutChanged(int milliseconds);
    void commandTimeoutChanged(int milliseconds);
    void autoReconnectChanged(bool enabled);
    void reconnectPolicyChanged();
    void maxQueuedCommandsChanged(int count);
    void healthCheckIntervalChanged(int milliseconds);
    // A reconnect attempt is due in delayMs (attempt counts from 1).
    void reconnectScheduled(int attempt, int delayMs);
    // The cluster's slot map or the sentinel's master changed.
    void topologyChanged();

private:
    template <typename Functor>
    void issueWithCallback(const QList<QByteArray> &args, qint64 timeout, const QObject *context,
                           Functor &&onReply, const QString *node = nullptr)
    {
        using F = std::decay_t<Functor>;
        static_assert(std::is_invocable_v<F &, const RedisValue &>,
                      "the callback must be callable with (const RedisValue &)");
        using Callback = QtRedisPrivate::FunctorCallback<F>;
        static_assert(alignof(Callback) <= alignof(std::max_align_t), "over-aligned callback");
        struct Arguments
        {
            const QObject *context;
            Functor &&functor;
        } arguments{context, std::forward<Functor>(onReply)};
        issue(args, timeout, sizeof(Callback), [](void *storage, void *a) -> QtRedisPrivate::CommandCallback * {
            auto *p = static_cast<Arguments *>(a);
            return new (storage) Callback(p->context, std::forward<Functor>(p->functor));
        }, &arguments, node);
    }
    void issue(const QList<QByteArray> &args, qint64 timeout, std::size_t callbackSize,
               QtRedisPrivate::CallbackFactory factory, void *arguments, const QString *node = nullptr);

    static QByteArray toArgument(const QByteArray &v) { return v; }
    static QByteArray toArgument(const QString &v) { return v.toUtf8(); }
    static QByteArray toArgument(const char *v) { return QByteArray(v); }
    template <typename T>
    static QByteArray toArgument(T v, std::enable_if_t<std::is_arithmetic_v<T>, int> = 0)
    {
        if constexpr (std::is_floating_point_v<T>)
            return QByteArray::number(double(v), 'g', 17);
        else if constexpr (std::is_signed_v<T>)
            return QByteArray::number(qlonglong(v));
        else
            return QByteArray::number(qulonglong(v));
    }

    friend class RedisClientPrivate;
    std::unique_ptr<RedisClientPrivate> d;
};

#endif // REDISCLIENT_H
