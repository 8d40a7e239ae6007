// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "pubsub/redisstream_p.h"
#include "core/redislogging_p.h"

#include "redisclient.h"
#include "client/redisclient_p.h"

#include <QtNetwork/qlocalsocket.h>
#include <QtNetwork/qtcpsocket.h>

#include <hiredis/hiredis.h>
#include <hiredis/read.h>

#include <cstring>


using QtRedis::Error;

namespace {
QByteArray bytes(const redisReply *r)
{
    return QByteArray(r->str, qsizetype(r->len));
}

bool isString(const redisReply *r)
{
    return r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS);
}

bool equals(const redisReply *r, const char *text)
{
    const size_t n = std::strlen(text);
    return isString(r) && r->len == n && qstrnicmp(r->str, text, qsizetype(n)) == 0;
}

// Printable, for error messages about a server's bytes.
QString shown(const QByteArray &data)
{
    QString text = QString::fromLatin1(data.left(64).toPercentEncoding(" :*?[]-_./"));
    return data.size() > 64 ? text + QStringLiteral("...") : text;
}
} // namespace

// ---------------------------------------------------------------------------
// RedisStreamConnection

RedisStreamConnection::RedisStreamConnection(RedisClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_openTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_openTimer, &QTimer::timeout, this, &RedisStreamConnection::open);
    connect(&m_retryTimer, &QTimer::timeout, this, &RedisStreamConnection::open);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Error::Timeout, RedisClient::tr("Could not connect to %1 within %2 ms")
                                     .arg(target()).arg(m_client->connectTimeout()));
    });
    connect(&m_healthTimer, &QTimer::timeout, this, &RedisStreamConnection::healthCheck);
    connect(client, &RedisClient::stateChanged, this, &RedisStreamConnection::onClientStateChanged);
}

RedisStreamConnection::~RedisStreamConnection()
{
    shutdown();
    if (m_reader)
        redisReaderFree(m_reader);
    if (m_staleReader)
        redisReaderFree(m_staleReader);
}

QString RedisStreamConnection::target() const
{
    return QtRedisPrivate::targetText(m_client->host(), m_client->port(), m_client->unixSocketPath());
}

void RedisStreamConnection::update()
{
    if (m_phase == Phase::Closed && m_client->state() == RedisClient::State::Connected && wanted())
        m_openTimer.start(0);
}

void RedisStreamConnection::onClientStateChanged()
{
    if (m_client->state() == RedisClient::State::Connected) {
        m_retryAttempt = 0;
        update();
    } else if (m_phase != Phase::Closed || m_openTimer.isActive()) {
        // It comes back with the client.
        m_openTimer.stop();
        shutdown();
        closed(Error::NoError, QString(), true);
    }
}

void RedisStreamConnection::open()
{
    if (m_phase == Phase::Connecting || m_phase == Phase::Handshake || m_phase == Phase::Ready)
        return;
    m_phase = Phase::Closed;
    if (m_client->state() != RedisClient::State::Connected || !wanted())
        return;

    if (m_reader) {
        if (m_processing)
            m_staleReader = m_reader;
        else
            redisReaderFree(m_reader);
    }
    m_reader = redisReaderCreate();
    if (!m_reader) {
        fail(Error::SocketError, RedisClient::tr("Out of memory"));
        return;
    }
    RedisReplyGuard::install(m_reader, this);
    m_unsent.clear();
    m_pingPending = false;
    m_handshakeReplies = 0;
    m_authPending = false;
    m_phase = Phase::Connecting;
    qCDebug(lcRedisPubSub).noquote() << "opening a connection to" << target();

    // The handshake is queued first (a local socket may connect at once): AUTH, CLIENT SETNAME.
    const QString password = m_client->password();
    if (!password.isEmpty()) {
        if (m_client->username().isEmpty())
            write({QByteArrayLiteral("AUTH"), password.toUtf8()});
        else
            write({QByteArrayLiteral("AUTH"), m_client->username().toUtf8(), password.toUtf8()});
        m_authPending = true;
        ++m_handshakeReplies;
    }
    if (!m_client->clientName().isEmpty()) {
        write({QByteArrayLiteral("CLIENT"), QByteArrayLiteral("SETNAME"), m_client->clientName().toUtf8()});
        ++m_handshakeReplies;
    }
    if (m_client->connectTimeout() > 0)
        m_connectTimer.start(m_client->connectTimeout()); // covers the handshake too
    if (!m_client->unixSocketPath().isEmpty()) {
        auto *socket = new QLocalSocket(this);
        m_io = socket;
        connect(socket, &QLocalSocket::connected, this, &RedisStreamConnection::onConnected);
        connect(socket, &QLocalSocket::readyRead, this, &RedisStreamConnection::onReadyRead);
        connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError e) {
            if (socket == m_io)
                onSocketError(e == QLocalSocket::ServerNotFoundError ? int(QAbstractSocket::HostNotFoundError)
                              : e == QLocalSocket::ConnectionRefusedError ? int(QAbstractSocket::ConnectionRefusedError)
                              : e == QLocalSocket::PeerClosedError ? int(QAbstractSocket::RemoteHostClosedError)
                                                                    : int(QAbstractSocket::UnknownSocketError),
                              socket->errorString());
        });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            if (socket == m_io)
                onSocketError(int(QAbstractSocket::RemoteHostClosedError), QString());
        });
        socket->connectToServer(m_client->unixSocketPath());
    } else {
        auto *socket = new QTcpSocket(this);
        m_io = socket;
        connect(socket, &QTcpSocket::connected, this, &RedisStreamConnection::onConnected);
        connect(socket, &QTcpSocket::readyRead, this, &RedisStreamConnection::onReadyRead);
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError e) {
            if (socket == m_io)
                onSocketError(int(e), socket->errorString());
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket == m_io)
                onSocketError(int(QAbstractSocket::RemoteHostClosedError), QString());
        });
        socket->connectToHost(m_client->host(), m_client->port());
    }

}

void RedisStreamConnection::shutdown()
{
    m_connectTimer.stop();
    m_retryTimer.stop();
    m_healthTimer.stop();
    m_phase = Phase::Closed;
    m_unsent.clear();
    if (QIODevice *io = std::exchange(m_io, nullptr)) {
        io->disconnect(this);
        if (auto *tcp = qobject_cast<QTcpSocket *>(io))
            tcp->abort();
        else if (auto *local = qobject_cast<QLocalSocket *>(io))
            local->abort();
        // Not deleted here: this may run inside one of its signals, and
        // not with us either (we may be destroyed inside one).
        io->setParent(nullptr);
        io->deleteLater();
    }
}

void RedisStreamConnection::close()
{
    m_openTimer.stop();
    const bool wasOpen = m_phase != Phase::Closed;
    shutdown();
    if (wasOpen)
        closed(Error::NoError, QString(), false);
}

void RedisStreamConnection::fail(Error error, const QString &message, bool retry)
{
    if (m_phase == Phase::Closed || m_phase == Phase::Waiting)
        return;
    shutdown();
    const bool retrying = retry && m_client->autoReconnect()
            && m_client->state() == RedisClient::State::Connected;
    qCWarning(lcRedisPubSub).noquote() << message << (retrying ? "(reconnecting)" : "");
    if (retrying) {
        m_phase = Phase::Waiting;
        m_retryTimer.start(QtRedisPrivate::backoffDelay(++m_retryAttempt, m_client->reconnectInitialDelay(),
                                                        m_client->reconnectMaxDelay(),
                                                        m_client->reconnectFactor()));
    }
    closed(error, message, retrying);
}

void RedisStreamConnection::write(const QList<QByteArray> &args)
{
    if (m_phase == Phase::Closed || m_phase == Phase::Waiting)
        return;
    const qsizetype length = QtRedisPrivate::encodeCommand(args, m_encodeBuffer);
    if (m_phase == Phase::Connecting)
        m_unsent.append(m_encodeBuffer.constData(), length);
    else
        m_io->write(m_encodeBuffer.constData(), length);
    if (m_encodeBuffer.capacity() > 1024 * 1024)
        m_encodeBuffer = QByteArray();
}

void RedisStreamConnection::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    if (auto *tcp = qobject_cast<QTcpSocket *>(m_io)) {
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        tcp->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    }
    if (!m_unsent.isEmpty())
        m_io->write(std::exchange(m_unsent, {}));
    m_phase = Phase::Handshake;
    if (m_handshakeReplies == 0) {
        m_connectTimer.stop();
        m_phase = Phase::Ready;
        m_retryAttempt = 0;
        if (healthCheckEnabled() && m_client->healthCheckInterval() > 0)
            m_healthTimer.start(m_client->healthCheckInterval());
        ready();
    }
}

void RedisStreamConnection::onSocketError(int code, const QString &description)
{
    if (m_phase == Phase::Closed || m_phase == Phase::Waiting)
        return;
    const auto e = QAbstractSocket::SocketError(code);
    if (m_phase == Phase::Connecting) {
        const Error error = e == QAbstractSocket::HostNotFoundError ? Error::HostNotFound
                : e == QAbstractSocket::ConnectionRefusedError      ? Error::ConnectionRefused
                : e == QAbstractSocket::SocketTimeoutError          ? Error::Timeout
                                                                    : Error::SocketError;
        fail(error, RedisClient::tr("Could not connect to %1: %2").arg(target(), description));
    } else {
        fail(Error::ConnectionLost,
             description.isEmpty() || e == QAbstractSocket::RemoteHostClosedError
                     ? RedisClient::tr("The server closed the connection (%1)").arg(target())
                     : RedisClient::tr("The connection to %1 was lost: %2").arg(target(), description));
    }
}

bool RedisStreamConnection::isPong(const redisReply *r) const
{
    // PONG outside pub/sub mode, ["pong", ""] inside it.
    if (r->type == REDIS_REPLY_STATUS)
        return equals(r, "PONG");
    return r->type == REDIS_REPLY_ARRAY && r->elements == 2 && equals(r->element[0], "pong");
}

void RedisStreamConnection::onReadyRead()
{
    // A nested event loop inside a message handler: the outer loop below
    // reads what arrives meanwhile once the handler returns.
    if (m_processing)
        return;
    QPointer<RedisStreamConnection> self(this);
    m_processing = true;
    redisReader *reader = m_reader;
    char buffer[16384];
    while (reader == m_reader && m_io && m_io->bytesAvailable() > 0) {
        const qint64 n = m_io->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_bytesReceived += quint64(n);
        if (redisReaderFeed(reader, buffer, size_t(n)) != REDIS_OK) {
            fail(Error::SocketError, RedisClient::tr("Out of memory"));
            break;
        }
        while (reader == m_reader) {
            void *object = nullptr;
            if (redisReaderGetReply(reader, &object) != REDIS_OK) {
                const QString why = refusal() == Refusal::ArrayTooLarge
                        ? RedisClient::tr("The server announced an array of more than %1 elements")
                                  .arg(RedisReplyGuard::maxArrayElements)
                        : QString::fromLocal8Bit(reader->errstr);
                fail(Error::ProtocolError,
                     RedisClient::tr("Protocol error from %1: %2").arg(target(), why));
                break;
            }
            if (!object)
                break;
            auto *r = static_cast<redisReply *>(object);
            if (m_phase == Phase::Handshake) {
                handshakeReply(r);
            } else if (m_pingPending && isPong(r)) {
                m_pingPending = false;
            } else if (m_phase == Phase::Ready) {
                reply(r);
            }
            freeReplyObject(r);
            if (!self)
                return;
            if (m_phase == Phase::Closed || m_phase == Phase::Waiting)
                break;
        }
    }
    m_processing = false;
    if (m_staleReader)
        redisReaderFree(std::exchange(m_staleReader, nullptr));
}

void RedisStreamConnection::handshakeReply(const redisReply *r)
{
    const bool auth = std::exchange(m_authPending, false);
    if (r->type == REDIS_REPLY_ERROR) {
        const QString server = QString::fromUtf8(r->str, qsizetype(r->len));
        if (auth || server.startsWith(QLatin1String("NOAUTH")) || server.startsWith(QLatin1String("WRONGPASS")))
            fail(Error::AuthenticationFailed,
                 RedisClient::tr("Authentication with %1 failed: %2").arg(target(), server), false);
        else
            fail(Error::HandshakeFailed,
                 RedisClient::tr("%1 refused the connection setup: %2").arg(target(), server));
        return;
    }
    if (--m_handshakeReplies > 0)
        return;
    m_connectTimer.stop();
    m_phase = Phase::Ready;
    m_retryAttempt = 0;
    if (healthCheckEnabled() && m_client->healthCheckInterval() > 0)
        m_healthTimer.start(m_client->healthCheckInterval());
    ready();
}

void RedisStreamConnection::healthCheck()
{
    if (m_phase != Phase::Ready)
        return;
    if (m_pingPending) {
        fail(Error::ConnectionLost, RedisClient::tr("%1 did not answer a PING within %2 ms")
                                            .arg(target()).arg(m_client->healthCheckInterval()));
        return;
    }
    if (m_bytesReceived == m_bytesAtCheck) {
        write({QByteArrayLiteral("PING")});
        m_pingPending = true;
    }
    m_bytesAtCheck = m_bytesReceived;
}

// ---------------------------------------------------------------------------
// RedisPubSubConnection

namespace {
const char *const subscribeCommands[] = {"SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE"};
const char *const unsubscribeCommands[] = {"UNSUBSCRIBE", "PUNSUBSCRIBE", "SUNSUBSCRIBE"};
const char *const subscribeKinds[] = {"subscribe", "psubscribe", "ssubscribe"};
const char *const unsubscribeKinds[] = {"unsubscribe", "punsubscribe", "sunsubscribe"};
} // namespace

RedisPubSubConnection::RedisPubSubConnection(RedisClient *client)
    : RedisStreamConnection(client, client)
{
}

RedisPubSubConnection::~RedisPubSubConnection()
{
    // The subscriptions outlive us only while the client is being destroyed.
    for (const auto &map : m_byName)
        for (RedisSubscription *s : map)
            s->d->connection = nullptr;
}

RedisSubscription *RedisPubSubConnection::find(Kind kind, const QByteArray &name) const
{
    return m_byName[int(kind)].value(name);
}

RedisSubscription *RedisPubSubConnection::subscription(Kind kind, const QByteArray &name)
{
    RedisSubscription *s = find(kind, name);
    if (!s) {
        s = new RedisSubscription(client(), kind, name);
        s->d->connection = this;
        m_byName[int(kind)].insert(name, s);
    }
    activate(s);
    return s;
}

QList<RedisSubscription *> RedisPubSubConnection::subscriptions() const
{
    QList<RedisSubscription *> all;
    for (const auto &map : m_byName)
        all += map.values();
    return all;
}

bool RedisPubSubConnection::wanted() const
{
    for (const auto &map : m_byName)
        for (RedisSubscription *s : map)
            if (s->d->wanted)
                return true;
    return false;
}

void RedisPubSubConnection::send(Kind kind, bool subscribe, const QByteArray &name)
{
    const char *command = subscribe ? subscribeCommands[int(kind)] : unsubscribeCommands[int(kind)];
    write({QByteArray(command), name});
    m_ops.push_back(Op{kind, subscribe, name});
}

void RedisPubSubConnection::activate(RedisSubscription *s)
{
    RedisSubscriptionPrivate *d = s->d.get();
    if (d->wanted && d->state != RedisSubscription::State::Error)
        return;
    d->wanted = true;
    d->setError(Error::NoError, QString());
    if (isReady()) {
        // After an UNSUBSCRIBE still in flight: that one is answered first.
        if (!d->onServer || d->state == RedisSubscription::State::Unsubscribing) {
            send(d->kind, true, d->name);
            ++d->subscribesInFlight;
        }
        d->setState(d->onServer && d->state != RedisSubscription::State::Unsubscribing
                            ? RedisSubscription::State::Subscribed
                            : RedisSubscription::State::Pending);
    } else {
        d->setState(RedisSubscription::State::Pending);
        update();
    }
}

void RedisPubSubConnection::deactivate(RedisSubscription *s)
{
    RedisSubscriptionPrivate *d = s->d.get();
    if (!d->wanted) {
        if (d->state == RedisSubscription::State::Error)
            d->setState(RedisSubscription::State::Unsubscribed);
        return;
    }
    d->wanted = false;
    if (isReady() && (d->onServer || d->subscribesInFlight > 0)) {
        send(d->kind, false, d->name);
        d->setState(RedisSubscription::State::Unsubscribing);
    } else {
        d->setState(RedisSubscription::State::Unsubscribed);
    }
}

void RedisPubSubConnection::forget(RedisSubscription *s)
{
    RedisSubscriptionPrivate *d = s->d.get();
    m_byName[int(d->kind)].remove(d->name);
    if (isReady() && d->wanted && (d->onServer || d->subscribesInFlight > 0))
        send(d->kind, false, d->name);
}

void RedisPubSubConnection::ready()
{
    // Every live subscription goes out again, pipelined, in one write.
    const QList<RedisSubscription *> all = subscriptions();
    for (RedisSubscription *s : all) {
        if (s->d->wanted) {
            send(s->d->kind, true, s->d->name);
            ++s->d->subscribesInFlight;
        }
    }
}

void RedisPubSubConnection::closed(Error error, const QString &message, bool retrying)
{
    m_ops.clear();
    // Signals may delete subscriptions or make new ones: work on a snapshot.
    const QList<RedisSubscription *> all = subscriptions();
    QList<QPointer<RedisSubscription>> guarded(all.cbegin(), all.cend());
    for (const QPointer<RedisSubscription> &s : guarded) {
        if (!s)
            continue;
        RedisSubscriptionPrivate *d = s->d.get();
        d->onServer = false;
        d->subscribesInFlight = 0;
        if (!d->wanted) {
            d->setState(RedisSubscription::State::Unsubscribed);
        } else if (retrying || error == Error::NoError) {
            d->setState(RedisSubscription::State::Pending);
        } else {
            d->setError(error, message);
            d->setState(RedisSubscription::State::Error);
        }
    }
}

void RedisPubSubConnection::confirmed(const Op &op)
{
    RedisSubscription *s = find(op.kind, op.name);
    if (!s)
        return;
    RedisSubscriptionPrivate *d = s->d.get();
    if (op.subscribe) {
        d->subscribesInFlight = qMax(0, d->subscribesInFlight - 1);
        d->onServer = true;
        if (d->wanted && d->subscribesInFlight == 0)
            d->setState(RedisSubscription::State::Subscribed);
    } else {
        d->onServer = false;
        if (!d->wanted && d->subscribesInFlight == 0)
            d->setState(RedisSubscription::State::Unsubscribed);
    }
}

void RedisPubSubConnection::refused(const Op &op, const QString &message)
{
    RedisSubscription *s = find(op.kind, op.name);
    qCWarning(lcRedisPubSub).noquote() << (op.subscribe ? subscribeCommands : unsubscribeCommands)[int(op.kind)]
                                       << shown(op.name) << "refused:" << message;
    if (!s || !op.subscribe)
        return;
    RedisSubscriptionPrivate *d = s->d.get();
    d->subscribesInFlight = qMax(0, d->subscribesInFlight - 1);
    if (d->wanted && d->subscribesInFlight == 0 && !d->onServer) {
        d->wanted = false; // not retried on reconnect: subscribe() again to retry
        d->setError(Error::ServerError, message);
        d->setState(RedisSubscription::State::Error);
    }
}

void RedisPubSubConnection::unsolicitedUnsubscribe(Kind kind, const QByteArray &name)
{
    // Redis 7 drops shard channels whose slot moved away; subscribe again.
    RedisSubscription *s = find(kind, name);
    if (!s)
        return;
    RedisSubscriptionPrivate *d = s->d.get();
    d->onServer = false;
    if (d->wanted && d->subscribesInFlight == 0) {
        send(kind, true, name);
        ++d->subscribesInFlight;
        d->setState(RedisSubscription::State::Pending);
    }
}

void RedisPubSubConnection::reply(const redisReply *r)
{
    if (r->type == REDIS_REPLY_ERROR) {
        const QString message = QString::fromUtf8(r->str, qsizetype(r->len));
        if (m_ops.empty()) {
            fail(Error::ServerError, RedisClient::tr("%1 sent an error: %2").arg(target(), message));
            return;
        }
        const Op op = std::move(m_ops.front());
        m_ops.pop_front();
        refused(op, message);
        return;
    }
    auto malformed = [this](const QString &what) {
        fail(Error::ProtocolError,
             RedisClient::tr("Protocol error from %1: unexpected pub/sub message (%2)").arg(target(), what));
    };
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 3 || !isString(r->element[0])) {
        malformed(r->type == REDIS_REPLY_ARRAY ? RedisClient::tr("array of %1").arg(r->elements)
                                               : RedisClient::tr("reply type %1").arg(r->type));
        return;
    }
    redisReply **e = r->element;
    const size_t n = r->elements;
    // The channel's bytes are copied once, for the lookup and the signal.
    auto deliver = [](RedisSubscription *s, const QByteArray &channel, const redisReply *payload,
                      const QByteArray &pattern) {
        if (!s || !s->d->wanted)
            return; // unsubscribed meanwhile: nothing after unsubscribe()
        ++s->d->messages;
        Q_EMIT s->messageReceived(channel, bytes(payload), pattern);
    };
    if (equals(e[0], "message") || equals(e[0], "smessage")) {
        if (n != 3 || !isString(e[1]) || !isString(e[2]))
            return malformed(QStringLiteral("message"));
        const Kind kind = e[0]->str[0] == 's' || e[0]->str[0] == 'S' ? Kind::ShardChannel : Kind::Channel;
        const QByteArray channel = bytes(e[1]);
        deliver(find(kind, channel), channel, e[2], QByteArray());
        return;
    }
    if (equals(e[0], "pmessage")) {
        if (n != 4 || !isString(e[1]) || !isString(e[2]) || !isString(e[3]))
            return malformed(QStringLiteral("pmessage"));
        const QByteArray pattern = bytes(e[1]);
        deliver(find(Kind::Pattern, pattern), bytes(e[2]), e[3], pattern);
        return;
    }
    for (int k = 0; k < 3; ++k) {
        const bool subscribe = equals(e[0], subscribeKinds[k]);
        if (!subscribe && !equals(e[0], unsubscribeKinds[k]))
            continue;
        if (n != 3 || (!isString(e[1]) && e[1]->type != REDIS_REPLY_NIL) || e[2]->type != REDIS_REPLY_INTEGER)
            return malformed(QString::fromLatin1(e[0]->str));
        const QByteArray name = isString(e[1]) ? bytes(e[1]) : QByteArray();
        if (!m_ops.empty() && m_ops.front().subscribe == subscribe && int(m_ops.front().kind) == k
            && m_ops.front().name == name) {
            const Op op = std::move(m_ops.front());
            m_ops.pop_front();
            confirmed(op);
        } else if (!subscribe && Kind(k) == Kind::ShardChannel) {
            unsolicitedUnsubscribe(Kind(k), name);
        } else {
            malformed(QString::fromLatin1(e[0]->str) + QLatin1Char(' ') + shown(name));
        }
        return;
    }
    malformed(shown(bytes(e[0])));
}

// ---------------------------------------------------------------------------
// RedisSubscription

void RedisSubscriptionPrivate::setState(RedisSubscription::State s)
{
    if (state == s)
        return;
    state = s;
    qCDebug(lcRedisPubSub) << "subscription" << shown(name) << s;
    Q_EMIT q->stateChanged(s);
}

void RedisSubscriptionPrivate::setError(Error e, const QString &message)
{
    if (error == e && errorString == message)
        return;
    error = e;
    errorString = message;
    Q_EMIT q->errorChanged(e);
}

RedisSubscription::RedisSubscription(RedisClient *client, Kind kind, const QByteArray &name)
    : QObject(client), d(std::make_unique<RedisSubscriptionPrivate>())
{
    d->q = this;
    d->client = client;
    d->kind = kind;
    d->name = name;
}

RedisSubscription::~RedisSubscription()
{
    if (d->connection)
        d->connection->forget(this);
}

RedisClient *RedisSubscription::client() const { return d->client; }
RedisSubscription::Kind RedisSubscription::kind() const { return d->kind; }
QByteArray RedisSubscription::name() const { return d->name; }
RedisSubscription::State RedisSubscription::state() const { return d->state; }
QtRedis::Error RedisSubscription::error() const { return d->error; }
QString RedisSubscription::errorString() const { return d->errorString; }
quint64 RedisSubscription::messageCount() const { return d->messages; }

void RedisSubscription::subscribe()
{
    if (d->connection)
        d->connection->activate(this);
}

void RedisSubscription::unsubscribe()
{
    if (d->connection)
        d->connection->deactivate(this);
}

// ---------------------------------------------------------------------------
// RedisMonitor

RedisMonitorConnection::RedisMonitorConnection(RedisMonitor *monitor, RedisClient *client)
    : RedisStreamConnection(client, monitor), m_monitor(monitor)
{
}

bool RedisMonitorConnection::wanted() const
{
    return m_monitor->d->wanted;
}

void RedisMonitorConnection::ready()
{
    m_awaitingOk = true;
    write({QByteArrayLiteral("MONITOR")});
}

void RedisMonitorConnection::reply(const redisReply *r)
{
    RedisMonitorPrivate *d = m_monitor->d.get();
    if (m_awaitingOk) {
        m_awaitingOk = false;
        if (r->type == REDIS_REPLY_ERROR) {
            // Refused (NOPERM, say): not retried until start() is called again.
            const QString message = QString::fromUtf8(r->str, qsizetype(r->len));
            d->wanted = false;
            d->setError(Error::ServerError, RedisClient::tr("MONITOR refused: %1").arg(message));
            close();
            d->setState(RedisMonitor::State::Error);
            return;
        }
        if (!equals(r, "OK")) {
            fail(Error::ProtocolError, RedisClient::tr("Protocol error from %1: unexpected reply to MONITOR")
                                               .arg(target()));
            return;
        }
        d->setError(Error::NoError, QString());
        d->setState(RedisMonitor::State::Running);
        return;
    }
    if (r->type != REDIS_REPLY_STATUS) {
        fail(Error::ProtocolError,
             RedisClient::tr("Protocol error from %1: unexpected MONITOR output").arg(target()));
        return;
    }
    Q_EMIT m_monitor->lineReceived(bytes(r));
}

void RedisMonitorConnection::closed(Error error, const QString &message, bool retrying)
{
    m_awaitingOk = false;
    RedisMonitorPrivate *d = m_monitor->d.get();
    if (!d->wanted) {
        if (d->state != RedisMonitor::State::Error)
            d->setState(RedisMonitor::State::Stopped);
    } else if (retrying || error == Error::NoError) {
        d->setState(RedisMonitor::State::Starting);
    } else {
        d->setError(error, message);
        d->setState(RedisMonitor::State::Error);
    }
}

void RedisMonitorPrivate::setState(RedisMonitor::State s)
{
    if (state == s)
        return;
    state = s;
    qCDebug(lcRedisPubSub) << "monitor" << s;
    Q_EMIT q->stateChanged(s);
}

void RedisMonitorPrivate::setError(Error e, const QString &message)
{
    if (error == e && errorString == message)
        return;
    error = e;
    errorString = message;
    Q_EMIT q->errorChanged(e);
}

RedisMonitor::RedisMonitor(RedisClient *client)
    : QObject(client), d(std::make_unique<RedisMonitorPrivate>())
{
    d->q = this;
    d->client = client;
    d->connection = new RedisMonitorConnection(this, client);
}

RedisMonitor::~RedisMonitor()
{
    delete d->connection;
}

RedisClient *RedisMonitor::client() const { return d->client; }
RedisMonitor::State RedisMonitor::state() const { return d->state; }
QtRedis::Error RedisMonitor::error() const { return d->error; }
QString RedisMonitor::errorString() const { return d->errorString; }

void RedisMonitor::start()
{
    if (d->wanted)
        return;
    d->wanted = true;
    d->setError(Error::NoError, QString());
    d->setState(State::Starting);
    d->connection->update();
}

void RedisMonitor::stop()
{
    if (!d->wanted && d->state != State::Error)
        return;
    d->wanted = false;
    d->connection->close();
    d->setState(State::Stopped);
}

bool RedisMonitor::parseLine(const QByteArray &line, Entry *entry)
{
    // 1700000000.123456 [0 127.0.0.1:50000] "SET" "k" "v"
    const qsizetype open = line.indexOf(" [");
    const qsizetype closeBracket = open < 0 ? -1 : line.indexOf("] ", open);
    if (open <= 0 || closeBracket < 0)
        return false;
    bool ok = false;
    const double timestamp = line.left(open).toDouble(&ok);
    if (!ok)
        return false;
    const QByteArray source = line.mid(open + 2, closeBracket - open - 2);
    const qsizetype space = source.indexOf(' ');
    if (space <= 0)
        return false;
    const int database = source.left(space).toInt(&ok);
    if (!ok)
        return false;
    QList<QByteArray> args;
    // The arguments are quoted and escaped by the server (printable ASCII).
    if (!RedisClient::splitCommandLine(QString::fromLatin1(line.mid(closeBracket + 2)), &args))
        return false;
    if (entry) {
        entry->timestamp = timestamp;
        entry->database = database;
        entry->client = source.mid(space + 1);
        entry->args = args;
    }
    return true;
}
