// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisclient.h"
#include "client/redisclient_p.h"
#include "core/redislogging_p.h"
#include "redisreply.h"
#include "client/redisreply_p.h"
#include "pubsub/redisstream_p.h"
#include "core/redisvalue_p.h"
#include "transport/redisvaluebuilder_p.h"
#include "core/rediscli_p.h"

#include <QtCore/qfile.h>
#include <QtCore/qrandom.h>
#include <QtCore/qpointer.h>
#include <QtCore/qthread.h>
#include <QtCore/qurlquery.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qhostinfo.h>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <cerrno>
#include <chrono>
#include <cstring>


using QtRedis::Error;

QtRedisPrivate::PendingCall::~PendingCall() = default;

namespace {
// Free lists of call-sized blocks, per thread (calls are made and freed on
// the client's thread). Plain data, so it stays usable while thread-local
// destructors run; the guard below frees the blocks at thread exit.
struct CallPool
{
    static constexpr std::size_t Granule = 64;
    static constexpr std::size_t Classes = 4;   // blocks of 64, 128, 192, 256 bytes
    static constexpr int Cap = 512;             // blocks kept per class
    struct Block { Block *next; };
    Block *heads[Classes];
    int counts[Classes];
    bool closed;
};
thread_local CallPool callPool = {};

struct CallPoolGuard
{
    ~CallPoolGuard()
    {
        callPool.closed = true;
        for (CallPool::Block *&head : callPool.heads) {
            while (head)
                ::operator delete(std::exchange(head, head->next));
        }
    }
};
thread_local CallPoolGuard callPoolGuard;
} // namespace

void *QtRedisPrivate::PendingCall::operator new(std::size_t size)
{
    const std::size_t cls = (size + CallPool::Granule - 1) / CallPool::Granule - 1;
    if (cls >= CallPool::Classes)
        return ::operator new(size);
    (void)&callPoolGuard; // make sure the guard exists for this thread
    if (CallPool::Block *block = callPool.heads[cls]) {
        callPool.heads[cls] = block->next;
        --callPool.counts[cls];
        return block;
    }
    return ::operator new((cls + 1) * CallPool::Granule);
}

void QtRedisPrivate::PendingCall::operator delete(void *memory, std::size_t size) noexcept
{
    const std::size_t cls = (size + CallPool::Granule - 1) / CallPool::Granule - 1;
    if (cls < CallPool::Classes && !callPool.closed && callPool.counts[cls] < CallPool::Cap) {
        auto *block = static_cast<CallPool::Block *>(memory);
        block->next = callPool.heads[cls];
        callPool.heads[cls] = block;
        ++callPool.counts[cls];
        return;
    }
    ::operator delete(memory);
}

namespace {

enum HandshakeStep { StepAuth, StepSelect, StepSetName, StepPing };

// Internal calls of the handshake travel through the same FIFO as user calls.
class HandshakeCall final : public PendingCall
{
public:
    HandshakeCall(RedisClientPrivate *d, quint64 attempt, HandshakeStep step)
        : PendingCall(nullptr), m_d(d), m_attempt(attempt), m_step(step)
    {
        internal = true;
    }

protected:
    void invoke(const RedisValue &value) override { m_d->handshakeReply(m_attempt, m_step, value); }

private:
    RedisClientPrivate *m_d;
    quint64 m_attempt; // not the connection's address, which a new one may reuse
    HandshakeStep m_step;
};

// The idle health check's PING.
class HealthCall final : public PendingCall
{
public:
    HealthCall(RedisClientPrivate *d, quint64 attempt) : PendingCall(nullptr), m_d(d), m_attempt(attempt)
    {
        internal = true;
    }

protected:
    void invoke(const RedisValue &value) override
    {
        if (m_attempt == m_d->attempt && !value.isClientError())
            m_d->healthPingPending = false;
    }

private:
    RedisClientPrivate *m_d;
    quint64 m_attempt;
};

// A client-side failure waiting for its turn, so that it is delivered after
// every call issued before it. It delivers its own value, whatever the queue
// it waits in is flushed with.
class ParkedFailure final : public PendingCall
{
public:
    ParkedFailure(PendingCall *call, const RedisValue &value)
        : PendingCall(nullptr), m_call(call), m_value(value)
    {
        internal = call->internal;
        parked = true;
    }
    void release() override
    {
        m_call->release();
        delete this;
    }

protected:
    void invoke(const RedisValue &) override { m_call->complete(m_value); }

private:
    PendingCall *m_call;
    RedisValue m_value;
};

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Seconds (BLPOP & co., fractional) or milliseconds as sent; -1 if not a number.
qint64 parseTimeout(const QByteArray &text, bool seconds)
{
    bool ok = false;
    if (seconds) {
        const double value = text.toDouble(&ok);
        return ok && value >= 0 ? qint64(value * 1000.0) : -1;
    }
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

// How long a blocking command may legitimately wait on the server, in ms:
// 0 for other commands, -1 for "forever" (a timeout of 0), which disables the
// command timeout for it.
qint64 blockingWait(const QList<QByteArray> &args)
{
    const QByteArray &name = args.first();
    if (name.isEmpty())
        return 0;
    const char first = char(name.at(0) | 0x20);
    if (first != 'b' && first != 'x' && first != 'w')
        return 0;
    auto is = [&name](const char *candidate) { return name.compare(candidate, Qt::CaseInsensitive) == 0; };
    qint64 wait = 0;
    if (is("BLPOP") || is("BRPOP") || is("BZPOPMIN") || is("BZPOPMAX") || is("BLMOVE")
        || is("BRPOPLPUSH")) {
        wait = args.size() >= 3 ? parseTimeout(args.last(), true) : 0;
    } else if (is("BLMPOP") || is("BZMPOP")) {
        wait = args.size() >= 2 ? parseTimeout(args.at(1), true) : 0;
    } else if (is("XREAD") || is("XREADGROUP")) {
        for (qsizetype i = 1; i + 1 < args.size(); ++i) {
            if (args.at(i).compare("STREAMS", Qt::CaseInsensitive) == 0)
                break;
            if (args.at(i).compare("BLOCK", Qt::CaseInsensitive) == 0) {
                wait = parseTimeout(args.at(i + 1), false);
                break;
            }
        }
    } else if (is("WAIT") && args.size() >= 3) {
        wait = parseTimeout(args.at(2), false);
    } else if (is("WAITAOF") && args.size() >= 4) {
        wait = parseTimeout(args.at(3), false);
    } else {
        return 0;
    }
    if (wait < 0)
        return 0; // not a number: the server will refuse it
    return wait == 0 ? -1 : wait;
}

Error errorFromErrno(int err)
{
    switch (err) {
    case ECONNREFUSED:
    case ENOENT:
        return Error::ConnectionRefused;
    case ETIMEDOUT:
        return Error::Timeout;
    default:
        return Error::SocketError;
    }
}

} // namespace

// ---------------------------------------------------------------------------
// RedisConnection

RedisConnection::RedisConnection(RedisClientPrivate *c) : client(c)
{
    adapter.setParent(this);
    QObject::connect(&adapter, &RedisQtAdapter::contextFreed, this, &RedisConnection::onContextFreed);
}

RedisConnection::~RedisConnection()
{
    // dispose() only deletes after hiredis freed the context.
    Q_ASSERT(!ac);
    adapter.setParent(nullptr);
}

bool RedisConnection::open(redisAsyncContext *context)
{
    ac = context;
    if (!adapter.attach(ac))
        return false;
    ac->data = this;
    redisAsyncSetConnectCallback(ac, &RedisConnection::onConnect);
    RedisReplyGuard::install(ac->c.reader, this);
    return true;
}

namespace {
char *appendDecimal(char *out, qsizetype value)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        *out++ = digits[--n];
    return out;
}
} // namespace

qsizetype QtRedisPrivate::encodeCommand(const QList<QByteArray> &args, QByteArray &buffer)
{
    // Encode RESP ourselves into a reused buffer: much cheaper than hiredis's
    // generic formatter, and no allocation once the buffer has grown.
    // "*N\r\n", then "$len\r\n<bytes>\r\n" per argument; 32 bounds each header.
    qsizetype size = 32;
    for (const QByteArray &arg : args)
        size += arg.size() + 32;
    if (buffer.capacity() < size)
        buffer.reserve(size);
    buffer.resize(size);
    char *begin = buffer.data();
    char *out = begin;
    *out++ = '*';
    out = appendDecimal(out, args.size());
    *out++ = '\r';
    *out++ = '\n';
    for (const QByteArray &arg : args) {
        *out++ = '$';
        out = appendDecimal(out, arg.size());
        *out++ = '\r';
        *out++ = '\n';
        if (!arg.isEmpty())
            std::memcpy(out, arg.constData(), size_t(arg.size()));
        out += arg.size();
        *out++ = '\r';
        *out++ = '\n';
    }
    return out - begin;
}

int QtRedisPrivate::backoffDelay(int attempt, int initialDelay, int maxDelay, double factor)
{
    // Capped exponential backoff with "equal jitter": half the delay fixed,
    // half random, so that many clients do not come back in lockstep.
    double base = qMax(1, initialDelay);
    for (int i = 1; i < attempt && base < maxDelay; ++i)
        base *= qMax(1.0, factor);
    base = qMin(base, double(qMax(initialDelay, maxDelay)));
    const int half = int(base / 2);
    return half + int(QRandomGenerator::global()->bounded(half + 1));
}

bool RedisConnection::send(const QList<QByteArray> &args, PendingCall *call)
{
    const qsizetype length = QtRedisPrivate::encodeCommand(args, encodeBuffer);
    const char *begin = encodeBuffer.constData();
    const int status = redisAsyncFormattedCommand(ac, &RedisConnection::onReply, nullptr, begin,
                                                  size_t(length));
    if (encodeBuffer.capacity() > 1024 * 1024)
        encodeBuffer = QByteArray(); // don't keep a huge value's buffer around
    if (status != REDIS_OK)
        return false;
    call->sent = true;
    inFlight.append(call);
    return true;
}

void RedisConnection::close()
{
    client = nullptr;
    if (ac && !dying) {
        dying = true;
        // Frees at once, or right after the reply callback we are inside of.
        redisAsyncFree(ac);
    }
}

void RedisConnection::dispose()
{
    client = nullptr;
    disposed = true;
    if (freed && !adapter.isHandlingEvent())
        delete this;
    else if (freed)
        deleteLater();
    // else: onContextFreed() finishes the job.
}

void RedisConnection::onConnect(const redisAsyncContext *ac, int status)
{
    auto *self = static_cast<RedisConnection *>(ac->data);
    if (status != REDIS_OK) {
        // hiredis frees the context right after this; remember why it failed.
        self->connectErrno = errno;
        return;
    }
    // No user code runs here: hiredis still uses the context after we return.
    if (self->client)
        self->client->startHandshake();
}

void RedisConnection::onReply(redisAsyncContext *ac, void *reply, void *)
{
    auto *self = static_cast<RedisConnection *>(ac->data);
    if (!reply) {
        // hiredis is freeing the context and flushes every callback with NULL.
        if (self->client)
            self->client->connectionDying(self);
        return;
    }
    // Older client-side failures come first. They may destroy the client, whose
    // teardown then fails this call too: take it only afterwards.
    if (self->client && !self->client->failures.isEmpty())
        self->client->drainFailures();
    self->completeParkedAtHead();
    PendingCall *call = self->inFlight.takeFirst();
    if (!call)
        return; // its call was already failed by a teardown
    ++self->repliesReceived;
    if (call->timedOut) {
        call->release(); // the late reply of a command that timed out: dropped
    } else {
        if (call->deadline && self->client)
            self->client->untrack(call);
        call->complete(RedisValueBuilder::fromReply(static_cast<redisReply *>(reply)));
        call->release();
    }
    // Failures of commands issued after this one and before the next one.
    self->completeParkedAtHead();
}

void RedisConnection::completeUnblockedParked()
{
    // Parked failures with only timed-out calls ahead of them are due: they are
    // delivered now and stay behind as tombstones to keep the reply pairing.
    for (;;) {
        PendingCall *parked = nullptr;
        for (PendingCall *call = inFlight.first(); call; call = call->next) {
            if (call->timedOut)
                continue;
            if (call->parked)
                parked = call;
            break;
        }
        if (!parked)
            return;
        parked->timedOut = true;
        inFlight.noteTimedOut(parked);
        parked->complete(RedisValue());
    }
}

void RedisConnection::completeParkedAtHead()
{
    // One at a time: a callback may tear the connection down, which empties
    // the queue (this connection itself stays alive until hiredis is done).
    while (inFlight.first() && inFlight.first()->parked) {
        PendingCall *parked = inFlight.takeFirst();
        if (!parked->timedOut) // else delivered already, see completeUnblockedParked()
            parked->complete(RedisValue());
        parked->release();
    }
}

bool RedisConnection::replyExpected() const
{
    return ac && (ac->replies.head || (ac->c.flags & (REDIS_SUBSCRIBED | REDIS_MONITORING)));
}

void RedisConnection::onContextFreed()
{
    // Freed while the client still uses it and no pending callback told us
    // (failed connect, EOF with nothing in flight): ac is still valid here.
    if (client)
        client->connectionDying(this);
    ac = nullptr;
    dying = true;
    freed = true;
    if (disposed)
        deleteLater();
}

// ---------------------------------------------------------------------------
// RedisClientPrivate

RedisClientPrivate::RedisClientPrivate(RedisClient *qq) : q(qq)
{
    // Children so that they follow moveToThread(); destroyed with d, before ~QObject.
    connectTimer.setParent(q);
    drainTimer.setParent(q);
    connectTimer.setSingleShot(true);
    drainTimer.setSingleShot(true);
    drainTimer.setInterval(0);
    QObject::connect(&connectTimer, &QTimer::timeout, q, [this] {
        teardown(Error::Timeout,
                 RedisClient::tr("Connecting to %1 timed out after %2 ms")
                         .arg(target()).arg(connectTimeout));
    });
    QObject::connect(&drainTimer, &QTimer::timeout, q, [this] { drainFailures(); });
    for (QTimer *timer : {&timeoutTimer, &reconnectTimer, &healthTimer})
        timer->setParent(q);
    timeoutTimer.setSingleShot(true);
    timeoutTimer.setTimerType(Qt::PreciseTimer);
    reconnectTimer.setSingleShot(true);
    QObject::connect(&timeoutTimer, &QTimer::timeout, q, [this] {
        timerDeadline = 0;
        expireCalls();
    });
    QObject::connect(&reconnectTimer, &QTimer::timeout, q, [this] {
        if (state == RedisClient::State::Reconnecting)
            startConnecting();
    });
    QObject::connect(&healthTimer, &QTimer::timeout, q, [this] { healthCheck(); });
}

QString QtRedisPrivate::targetText(const QString &host, quint16 port, const QString &unixSocketPath)
{
    if (!unixSocketPath.isEmpty())
        return unixSocketPath;
    if (host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + host + QLatin1String("]:") + QString::number(port);
    return host + QLatin1Char(':') + QString::number(port);
}

QString RedisClientPrivate::target() const
{
    return QtRedisPrivate::targetText(host, port, unixSocketPath);
}

void RedisClientPrivate::setState(RedisClient::State s)
{
    if (state == s)
        return;
    state = s;
    qCDebug(lcRedisClient) << "state" << s;
    Q_EMIT q->stateChanged(s);
}

void RedisClientPrivate::setError(Error e, const QString &message)
{
    error = e;
    errorString = message;
    qCDebug(lcRedisClient).noquote() << "error" << e << message;
    Q_EMIT q->errorChanged(e);
    Q_EMIT q->errorOccurred(e, message);
}

void RedisClientPrivate::fail(PendingCall *call, Error e, const QString &message)
{
    untrack(call);
    park(new ParkedFailure(call, RedisValue::fromClientError(e, message)));
}

void RedisClientPrivate::park(PendingCall *parked)
{
    // Behind the newest pending call; delivered from the event loop if none.
    if (heldLive > 0) {
        held.append(Held{{}, parked});
        ++heldLive;
    } else if (conn && conn->inFlight.liveCount() > 0) {
        conn->inFlight.append(parked);
    } else {
        failures.append(parked);
        if (!destroying)
            drainTimer.start();
    }
}

void RedisClientPrivate::drainFailures()
{
    // One at a time: a callback may issue commands (appended here in order)
    // or even destroy the client (whose destructor then drains the rest).
    QPointer<RedisClient> guard(q);
    while (PendingCall *parked = failures.takeFirst()) {
        parked->complete(RedisValue());
        parked->release();
        if (!guard)
            return;
    }
}

bool RedisClientPrivate::retire(RedisReply *reply)
{
    if (destroying)
        return false;
    retired.append(reply);
    reply->d->retired = true;
    if (retiredCutoff == 0) {
        retiredCutoff = retired.size();
        QMetaObject::invokeMethod(q, [this] { deleteRetired(); }, Qt::QueuedConnection);
    }
    return true;
}

void RedisClientPrivate::unretire(RedisReply *reply)
{
    const qsizetype index = retired.indexOf(reply);
    if (index < 0)
        return;
    retired.removeAt(index);
    if (index < retiredCutoff)
        --retiredCutoff;
}

void RedisClientPrivate::deleteRetired()
{
    // Only those retired before this deletion was posted: anything posted for
    // the later ones is still in the queue behind us.
    const QList<RedisReply *> batch = retired.mid(0, retiredCutoff);
    retired.remove(0, retiredCutoff);
    retiredCutoff = 0;
    for (RedisReply *reply : batch) {
        reply->d->retired = false;
        delete reply;
    }
    if (!retired.isEmpty()) {
        retiredCutoff = retired.size();
        QMetaObject::invokeMethod(q, [this] { deleteRetired(); }, Qt::QueuedConnection);
    }
}

void RedisClientPrivate::issue(const QList<QByteArray> &args, PendingCall *call, qint64 timeoutOverride)
{
    if (args.isEmpty()) {
        fail(call, Error::InvalidArgument, RedisClient::tr("Empty command"));
        return;
    }
    if (RedisClient::isStreamCommand(args.first())) {
        fail(call, Error::InvalidArgument,
             RedisClient::tr("%1 cannot be sent with command(): it turns the connection into a "
                             "stream of messages").arg(QString::fromLatin1(args.first().toUpper())));
        return;
    }
    switch (state) {
    case RedisClient::State::Connected:
        track(args, call, timeoutOverride);
        if (!conn->send(args, call))
            fail(call, Error::NotConnected, RedisClient::tr("The connection is closing"));
        return;
    case RedisClient::State::Connecting:
    case RedisClient::State::Reconnecting:
        if (maxQueuedCommands >= 0 && heldLive >= maxQueuedCommands) {
            // Fails at once, not behind the held commands: that is its point.
            failures.append(new ParkedFailure(call, RedisValue::fromClientError(
                    Error::QueueFull, RedisClient::tr("%n command(s) already wait for the connection",
                                                      nullptr, heldLive))));
            drainTimer.start();
            return;
        }
        track(args, call, timeoutOverride);
        held.append(Held{args, call});
        ++heldLive;
        return;
    case RedisClient::State::Disconnecting:
        fail(call, Error::NotConnected, RedisClient::tr("The connection is closing"));
        return;
    case RedisClient::State::Disconnected:
        if (destroying)
            fail(call, Error::Aborted, RedisClient::tr("The client was destroyed"));
        else
            fail(call, Error::NotConnected, RedisClient::tr("Not connected to a Redis server"));
        return;
    }
}

void RedisClientPrivate::track(const QList<QByteArray> &args, PendingCall *call, qint64 timeoutOverride)
{
    const qint64 base = timeoutOverride >= 0 ? timeoutOverride : commandTimeout;
    if (base <= 0)
        return;
    const qint64 wait = blockingWait(args);
    if (wait < 0)
        return; // blocks for as long as it takes
    call->deadline = nowMs() + base + wait;
    if (timeoutOverride >= 0 || wait > 0)
        otherDeadlines.insert(call->deadline, call);
    else
        timed.append(call);
    if (timerDeadline == 0 || call->deadline < timerDeadline)
        armTimeoutTimer();
}

void RedisClientPrivate::untrack(PendingCall *call)
{
    if (!call->deadline)
        return;
    if (timed.head() == call) {
        timed.remove(call); // the usual case: calls complete in issue order
    } else {
        auto it = otherDeadlines.find(call->deadline);
        while (it != otherDeadlines.end() && it.key() == call->deadline && it.value() != call)
            ++it;
        if (it != otherDeadlines.end() && it.key() == call->deadline)
            otherDeadlines.erase(it);
        else
            timed.remove(call);
    }
    call->deadline = 0;
}

void RedisClientPrivate::armTimeoutTimer()
{
    qint64 next = timed.head() ? timed.head()->deadline : 0;
    if (!otherDeadlines.isEmpty() && (next == 0 || otherDeadlines.firstKey() < next))
        next = otherDeadlines.firstKey();
    timerDeadline = next;
    if (next == 0) {
        timeoutTimer.stop();
        return;
    }
    timeoutTimer.start(int(qBound<qint64>(0, next - nowMs(), qint64(24) * 3600 * 1000)));
}

PendingCall *RedisClientPrivate::takeExpired(qint64 now)
{
    PendingCall *call = nullptr;
    PendingCall *head = timed.head();
    if (head && head->deadline <= now)
        call = head;
    if (!otherDeadlines.isEmpty() && otherDeadlines.firstKey() <= now
        && (!call || otherDeadlines.firstKey() < call->deadline))
        call = otherDeadlines.first();
    if (call)
        untrack(call);
    return call;
}

void RedisClientPrivate::expireCalls()
{
    // A timed-out call completes now and stays in its queue as a tombstone:
    // its late reply, if any, is dropped without shifting any other reply.
    QPointer<RedisClient> guard(q);
    const qint64 now = nowMs();
    while (PendingCall *call = takeExpired(now)) {
        call->timedOut = true;
        if (call->sent) {
            if (conn)
                conn->inFlight.noteTimedOut(call);
        } else {
            --heldLive;
        }
        call->complete(RedisValue::fromClientError(
                Error::Timeout, RedisClient::tr("No reply from %1 in time; the command may or may "
                                                "not have been executed").arg(target())));
        if (!guard)
            return;
        // Failures parked behind calls that are now all done go out too.
        if (conn)
            conn->completeUnblockedParked();
        if (!guard)
            return;
    }
    armTimeoutTimer();
}

void RedisClientPrivate::startConnecting()
{
    handshakeDone = false;
    const quint64 thisAttempt = ++attempt;
    QPointer<RedisClient> guard(q);
    setState(RedisClient::State::Connecting);
    // A stateChanged() slot may have deleted the client, disconnected or
    // started another attempt: then this one is over.
    if (!guard || attempt != thisAttempt || state != RedisClient::State::Connecting)
        return;
    if (error != Error::NoError) {
        error = Error::NoError;
        errorString.clear();
        Q_EMIT q->errorChanged(error);
        if (!guard || attempt != thisAttempt || state != RedisClient::State::Connecting)
            return;
    }
    if (connectTimeout > 0)
        connectTimer.start(connectTimeout);

    if (!unixSocketPath.isEmpty()) {
        qCDebug(lcRedisClient).noquote() << "connecting to unix socket" << unixSocketPath;
        errno = 0;
        startContext(redisAsyncConnectUnix(QFile::encodeName(unixSocketPath).constData()), target());
        return;
    }
    QHostAddress address;
    if (address.setAddress(host)) {
        connectTcp(address.toString());
        return;
    }
    // hiredis resolves names with a blocking getaddrinfo(): resolve here instead.
    qCDebug(lcRedisClient).noquote() << "looking up" << host;
    lookupId = QHostInfo::lookupHost(host, q, [this](const QHostInfo &info) {
        if (info.lookupId() != lookupId)
            return;
        lookupId = -1;
        const QList<QHostAddress> addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
            teardown(Error::HostNotFound, RedisClient::tr("Host %1 not found: %2")
                     .arg(host, info.errorString()));
            return;
        }
        // Redis listens on IPv4 loopback by default; prefer IPv4 when offered.
        QHostAddress chosen = addresses.first();
        for (const QHostAddress &a : addresses) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = a;
                break;
            }
        }
        connectTcp(chosen.toString());
    });
}

void RedisClientPrivate::connectTcp(const QString &address)
{
    qCDebug(lcRedisClient).noquote() << "connecting to" << address << port;
    errno = 0;
    startContext(redisAsyncConnect(address.toLatin1().constData(), port), target());
}

void RedisClientPrivate::startContext(redisAsyncContext *ac, const QString &where)
{
    const int connectErrno = errno;
    if (!ac) {
        teardown(Error::SocketError, RedisClient::tr("Out of memory"));
        return;
    }
    if (ac->err) {
        // Failed before any event: hiredis wants redisAsyncFree() here.
        const QString why = QString::fromLocal8Bit(ac->errstr);
        const Error e = ac->err == REDIS_ERR_IO ? errorFromErrno(connectErrno) : Error::SocketError;
        redisAsyncFree(ac);
        // Report from the event loop, as every other connection failure is.
        QMetaObject::invokeMethod(q, [this, e, where, why, attempt = attempt] {
            if (attempt == this->attempt && state == RedisClient::State::Connecting && !conn)
                teardown(e, RedisClient::tr("Cannot connect to %1: %2").arg(where, why));
        }, Qt::QueuedConnection);
        return;
    }
    if (unixSocketPath.isEmpty())
        redisEnableKeepAlive(&ac->c); // the kernel's backstop for a dead peer (15 s)
    conn = new RedisConnection(this);
    if (!conn->open(ac)) {
        redisAsyncFree(ac);
        conn->ac = nullptr;
        conn->freed = true;
        conn->dispose();
        conn = nullptr;
        teardown(Error::SocketError, RedisClient::tr("Cannot attach to the event loop"));
    }
}

void RedisClientPrivate::startHandshake()
{
    auto step = [this](HandshakeStep s, const QList<QByteArray> &args) {
        auto *call = new HandshakeCall(this, attempt, s);
        if (!conn->send(args, call))
            call->release(); // only while closing; the teardown reports it
    };
    if (!password.isEmpty()) {
        if (username.isEmpty())
            step(StepAuth, {QByteArrayLiteral("AUTH"), password.toUtf8()});
        else
            step(StepAuth, {QByteArrayLiteral("AUTH"), username.toUtf8(), password.toUtf8()});
    }
    if (database != 0)
        step(StepSelect, {QByteArrayLiteral("SELECT"), QByteArray::number(database)});
    if (!clientName.isEmpty())
        step(StepSetName, {QByteArrayLiteral("CLIENT"), QByteArrayLiteral("SETNAME"), clientName.toUtf8()});
    // Always end with PING: it proves the server speaks RESP and catches a
    // greeting error (max clients, protected mode) before we say "connected".
    step(StepPing, {QByteArrayLiteral("PING")});
}

void RedisClientPrivate::handshakeReply(quint64 forAttempt, int step, const RedisValue &value)
{
    if (forAttempt != attempt || !conn || state != RedisClient::State::Connecting)
        return;
    if (value.isError()) {
        const QString server = value.errorString();
        if (value.isClientError()) {
            teardown(value.error(), server);
        } else if (step == StepAuth || server.startsWith(QLatin1String("NOAUTH"))
                   || server.startsWith(QLatin1String("WRONGPASS"))) {
            teardown(Error::AuthenticationFailed,
                     RedisClient::tr("Authentication with %1 failed: %2").arg(target(), server));
        } else {
            // A busy or full server may take us later; a bad SELECT/SETNAME will not.
            retryableHandshakeError = server.startsWith(QLatin1String("LOADING"))
                    || server.startsWith(QLatin1String("BUSY"))
                    || server.startsWith(QLatin1String("MASTERDOWN"))
                    || server.startsWith(QLatin1String("TRYAGAIN"))
                    || server.contains(QLatin1String("max number of clients"));
            teardown(Error::HandshakeFailed,
                     RedisClient::tr("%1 refused the connection: %2").arg(target(), server));
            retryableHandshakeError = true;
        }
        return;
    }
    if (step != StepPing)
        return;

    connectTimer.stop();
    handshakeDone = true;
    state = RedisClient::State::Connected;
    reconnectAttempt = 0;
    nextReconnectTime = QDateTime();
    healthPingPending = false;
    repliesAtLastCheck = conn->repliesReceived;
    if (healthCheckInterval > 0)
        healthTimer.start(healthCheckInterval);
    // Commands held while connecting go first, in the order they were issued.
    const QList<Held> queued = std::exchange(held, {});
    heldLive = 0;
    for (const Held &h : queued) {
        if (h.call->timedOut)
            h.call->release(); // its callback ran already
        else if (h.call->parked)
            park(h.call);
        else if (!conn->send(h.args, h.call))
            fail(h.call, Error::NotConnected, RedisClient::tr("The connection is closing"));
    }
    qCDebug(lcRedisClient).noquote() << "connected to" << target();
    const quint64 thisAttempt = attempt;
    QPointer<RedisClient> guard(q);
    Q_EMIT q->stateChanged(RedisClient::State::Connected);
    if (guard && state == RedisClient::State::Connected && attempt == thisAttempt) {
        connectedEmitted = true;
        Q_EMIT q->connected();
    }
}

void RedisClientPrivate::connectionDying(RedisConnection *c)
{
    if (c != conn)
        return;
    const redisAsyncContext *ac = c->ac;
    const int err = ac ? ac->err : 0;
    const QString detail = ac ? QString::fromLocal8Bit(ac->errstr) : QString();
    c->dying = true; // hiredis is already freeing it: never call into it again
    Error e = Error::NoError;
    QString message;
    if (c->refusal() == RedisReplyGuard::Refusal::Unsolicited) {
        e = Error::ProtocolError;
        message = RedisClient::tr("Protocol error from %1: it sent a reply to no command").arg(target());
    } else if (c->refusal() == RedisReplyGuard::Refusal::ArrayTooLarge) {
        e = Error::ProtocolError;
        message = RedisClient::tr("Protocol error from %1: it announced an array of more than %2 elements")
                .arg(target()).arg(RedisReplyGuard::maxArrayElements);
    } else if (!handshakeDone && c->connectErrno) {
        e = errorFromErrno(c->connectErrno);
        message = RedisClient::tr("Cannot connect to %1: %2")
                .arg(target(), QString::fromLocal8Bit(std::strerror(c->connectErrno)));
    } else if (err == REDIS_ERR_PROTOCOL) {
        e = Error::ProtocolError;
        message = RedisClient::tr("Protocol error from %1: %2").arg(target(), detail);
    } else if (err == REDIS_ERR_EOF) {
        e = Error::ConnectionLost;
        message = RedisClient::tr("%1 closed the connection").arg(target());
    } else if (err == REDIS_ERR_OTHER && !detail.isEmpty()) {
        // hiredis turns an error reply nobody asked for into this.
        e = handshakeDone ? Error::ConnectionLost : Error::HandshakeFailed;
        message = RedisClient::tr("%1 closed the connection: %2").arg(target(), detail);
    } else if (err != 0) {
        e = handshakeDone ? Error::ConnectionLost : Error::SocketError;
        message = RedisClient::tr("Connection to %1 failed: %2").arg(target(), detail);
    } else if (state != RedisClient::State::Disconnecting) {
        e = Error::ConnectionLost;
        message = RedisClient::tr("The connection to %1 was closed").arg(target());
    }
    teardown(e, message);
}

void RedisClientPrivate::teardown(Error e, const QString &message, Cause cause)
{
    connectTimer.stop();
    reconnectTimer.stop();
    healthTimer.stop();
    healthPingPending = false;
    if (lookupId >= 0) {
        QHostInfo::abortHostLookup(lookupId);
        lookupId = -1;
    }
    handshakeDone = false;
    const bool wasConnected = std::exchange(connectedEmitted, false);

    // In issue order: calls in flight (their outcome is unknown), then calls
    // held for the handshake (never sent). Parked failures keep their own
    // value; calls that timed out already had their callback.
    const QList<Held> heldNow = std::exchange(held, {});
    heldLive = 0;
    auto failLater = [this](PendingCall *call, const RedisValue &value) {
        if (call->timedOut) {
            call->release();
            return;
        }
        untrack(call);
        failures.append(call->parked ? call : new ParkedFailure(call, value));
    };
    if (RedisConnection *c = std::exchange(conn, nullptr)) {
        const bool aborted = e == Error::Aborted;
        const RedisValue lost = RedisValue::fromClientError(
                aborted ? Error::Aborted : Error::ConnectionLost,
                aborted ? message
                        : RedisClient::tr("Connection lost before the reply arrived; the command may "
                                          "or may not have been executed (%1)").arg(message));
        while (PendingCall *call = c->inFlight.takeFirst())
            failLater(call, lost);
        c->close();
        c->dispose();
    }
    if (!heldNow.isEmpty()) {
        const RedisValue never = RedisValue::fromClientError(e == Error::NoError ? Error::Aborted : e, message);
        for (const Held &h : heldNow)
            failLater(h.call, never);
    }
    armTimeoutTimer();

    const bool reconnect = cause == Cause::Failure && wantConnection && autoReconnect
            && shouldReconnect(e) && !destroying;
    if (!reconnect) {
        wantConnection = false;
        reconnectAttempt = 0;
        nextReconnectTime = QDateTime();
    }
    const RedisClient::State previous = state;
    state = reconnect ? RedisClient::State::Reconnecting : RedisClient::State::Disconnected;
    if (destroying)
        return;
    int delay = -1;
    if (reconnect)
        delay = scheduleReconnectDelay();

    // error() is already right when a stateChanged() slot looks at it. What
    // the application did itself (abort, disconnect, reconnect elsewhere) is
    // no error of the client's: only the pending callbacks hear of it.
    const quint64 thisAttempt = attempt;
    if (cause == Cause::Application)
        e = Error::NoError;
    if (e != Error::NoError) {
        error = e;
        errorString = message;
        qCWarning(lcRedisClient).noquote() << message;
    }
    // The state signal first: a slot that reconnects then leaves state() and
    // the last stateChanged() in agreement.
    QPointer<RedisClient> guard(q);
    if (previous != state)
        Q_EMIT q->stateChanged(state);
    if (guard && e != Error::NoError && attempt == thisAttempt)
        Q_EMIT q->errorChanged(e);
    if (guard && e != Error::NoError)
        Q_EMIT q->errorOccurred(e, message);
    if (guard && wasConnected)
        Q_EMIT q->disconnected();
    if (guard && delay >= 0 && state == RedisClient::State::Reconnecting && attempt == thisAttempt)
        Q_EMIT q->reconnectScheduled(reconnectAttempt, delay);
    if (guard)
        drainFailures();
}

bool RedisClientPrivate::shouldReconnect(Error e) const
{
    switch (e) {
    case Error::NoError:              // a graceful disconnect
    case Error::AuthenticationFailed: // retrying would not fix the credentials
    case Error::Aborted:
    case Error::InvalidArgument:
    case Error::WrongThread:
    case Error::ServerError:
        return false;
    case Error::HandshakeFailed:
        return retryableHandshakeError;
    default:
        return true;
    }
}

int RedisClientPrivate::scheduleReconnectDelay()
{
    ++reconnectAttempt;
    const int delay = QtRedisPrivate::backoffDelay(reconnectAttempt, reconnectInitialDelay,
                                                   reconnectMaxDelay, reconnectFactor);
    reconnectTimer.start(delay);
    nextReconnectTime = QDateTime::currentDateTime().addMSecs(delay);
    qCDebug(lcRedisClient) << "reconnect attempt" << reconnectAttempt << "in" << delay << "ms";
    return delay;
}

void RedisClientPrivate::healthCheck()
{
    if (state != RedisClient::State::Connected || !conn)
        return;
    if (healthPingPending) {
        teardown(Error::ConnectionLost,
                 RedisClient::tr("%1 did not answer a PING within %2 ms").arg(target()).arg(healthCheckInterval));
        return;
    }
    // Only an idle link is probed: with commands in flight their replies (or
    // their timeouts) tell; a PING would only queue up behind them.
    if (conn->repliesReceived == repliesAtLastCheck && conn->inFlight.liveCount() == 0) {
        auto *ping = new HealthCall(this, attempt);
        if (conn->send({QByteArrayLiteral("PING")}, ping))
            healthPingPending = true;
        else
            ping->release();
    }
    repliesAtLastCheck = conn->repliesReceived;
}

// ---------------------------------------------------------------------------
// RedisClient

RedisClient::RedisClient(QObject *parent)
    : QObject(parent), d(std::make_unique<RedisClientPrivate>(this))
{
}

RedisClient::~RedisClient()
{
    // Subscriptions and the monitor are children, destroyed after this body:
    // their connections go first, quietly.
    delete std::exchange(d->monitor, nullptr);
    delete std::exchange(d->pubsub, nullptr);
    d->destroying = true;
    d->drainTimer.stop();
    d->teardown(Error::Aborted, tr("The client was destroyed"), RedisClientPrivate::Cause::Application);
    d->drainFailures();
    // Finished auto-delete replies not deleted yet: children die with us,
    // replies moved elsewhere go the usual way.
    for (RedisReply *reply : std::exchange(d->retired, {})) {
        reply->d->retired = false;
        reply->d->owner = nullptr;
        reply->deleteLater();
    }
}

RedisClient::State RedisClient::state() const { return d->state; }
QtRedis::Error RedisClient::error() const { return d->error; }
QString RedisClient::errorString() const { return d->errorString; }
QString RedisClient::host() const { return d->host; }
quint16 RedisClient::port() const { return d->port; }
QString RedisClient::unixSocketPath() const { return d->unixSocketPath; }
QString RedisClient::username() const { return d->username; }
QString RedisClient::password() const { return d->password; }
int RedisClient::database() const { return d->database; }
QString RedisClient::clientName() const { return d->clientName; }
int RedisClient::connectTimeout() const { return d->connectTimeout; }

void RedisClient::setHost(const QString &host)
{
    if (d->host == host)
        return;
    d->host = host;
    Q_EMIT hostChanged(host);
}

void RedisClient::setPort(quint16 port)
{
    if (d->port == port)
        return;
    d->port = port;
    Q_EMIT portChanged(port);
}

void RedisClient::setUnixSocketPath(const QString &path)
{
    if (d->unixSocketPath == path)
        return;
    d->unixSocketPath = path;
    Q_EMIT unixSocketPathChanged(path);
}

void RedisClient::setUsername(const QString &username)
{
    if (d->username == username)
        return;
    d->username = username;
    Q_EMIT usernameChanged(username);
}

void RedisClient::setPassword(const QString &password)
{
    if (d->password == password)
        return;
    d->password = password;
    Q_EMIT passwordChanged();
}

void RedisClient::setDatabase(int database)
{
    if (d->database == database)
        return;
    d->database = database;
    Q_EMIT databaseChanged(database);
}

void RedisClient::setClientName(const QString &name)
{
    if (d->clientName == name)
        return;
    d->clientName = name;
    Q_EMIT clientNameChanged(name);
}

void RedisClient::setConnectTimeout(int milliseconds)
{
    if (d->connectTimeout == milliseconds)
        return;
    d->connectTimeout = milliseconds;
    Q_EMIT connectTimeoutChanged(milliseconds);
}

bool RedisClient::setUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QUrlQuery query(url);
    QString why;
    int db = 0;
    QString socketPath;
    QString newHost;
    int newPort = 6379;

    auto parseDb = [&](const QString &text) {
        bool ok = false;
        db = text.toInt(&ok);
        if (!ok || db < 0)
            why = tr("'%1' is not a database number").arg(text);
    };
    if (!url.isValid()) {
        why = tr("The URL is not valid: %1").arg(url.errorString());
    } else if (scheme == QLatin1String("redis")) {
        newHost = url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host();
        newPort = url.port(6379);
        if (newPort <= 0 || newPort > 65535)
            why = tr("Invalid port");
        QString path = url.path();
        if (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        if (!path.isEmpty())
            parseDb(path);
    } else if (scheme == QLatin1String("unix")) {
        socketPath = url.path();
        if (socketPath.isEmpty())
            why = tr("A unix:// URL needs a socket path");
    } else if (scheme == QLatin1String("rediss")) {
        why = tr("TLS (rediss://) is not supported yet");
    } else {
        why = tr("Unsupported URL scheme '%1': use redis:// or unix://").arg(url.scheme());
    }
    if (why.isEmpty() && query.hasQueryItem(QStringLiteral("db")))
        parseDb(query.queryItemValue(QStringLiteral("db")));
    if (!why.isEmpty()) {
        // The URL may carry a password: report only what is wrong with it.
        d->setError(Error::InvalidArgument, why);
        return false;
    }

    if (scheme == QLatin1String("redis")) {
        setHost(newHost);
        setPort(quint16(newPort));
        setUnixSocketPath(QString());
    } else {
        setUnixSocketPath(socketPath);
    }
    setUsername(url.userName(QUrl::FullyDecoded));
    setPassword(url.password(QUrl::FullyDecoded));
    setDatabase(db);
    if (query.hasQueryItem(QStringLiteral("name")))
        setClientName(query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded));
    return true;
}

QUrl RedisClient::url() const
{
    QUrl url;
    QUrlQuery query;
    if (!d->unixSocketPath.isEmpty()) {
        url.setScheme(QStringLiteral("unix"));
        url.setPath(d->unixSocketPath);
        if (d->database)
            query.addQueryItem(QStringLiteral("db"), QString::number(d->database));
    } else {
        url.setScheme(QStringLiteral("redis"));
        url.setHost(d->host);
        url.setPort(d->port);
        if (d->database)
            url.setPath(QLatin1Char('/') + QString::number(d->database));
    }
    url.setUserName(d->username);
    if (!d->clientName.isEmpty())
        query.addQueryItem(QStringLiteral("name"), d->clientName);
    url.setQuery(query);
    return url;
}

void RedisClient::connectToHost(const QString &host, quint16 port)
{
    setHost(host);
    setPort(port);
    setUnixSocketPath(QString());
    connectToServer();
}

void RedisClient::connectToUnixSocket(const QString &path)
{
    setUnixSocketPath(path);
    connectToServer();
}

bool RedisClient::connectToUrl(const QUrl &url)
{
    if (!setUrl(url))
        return false;
    connectToServer();
    return true;
}

void RedisClient::connectToServer()
{
    if (QThread::currentThread() != thread()) {
        qCWarning(lcRedisClient, "connectToServer() called from a thread other than the client's; ignored");
        return;
    }
    if (d->destroying)
        return;
    if (d->state == State::Reconnecting) {
        // Try now, with the options as they are; the held commands stay.
        d->reconnectTimer.stop();
        d->reconnectAttempt = 0;
        d->startConnecting();
        return;
    }
    if (d->state != State::Disconnected) {
        qCDebug(lcRedisClient, "connectToServer(): dropping the current connection first");
        QPointer<RedisClient> guard(this);
        d->teardown(Error::Aborted, tr("Connecting to another server"), RedisClientPrivate::Cause::Application);
        // A slot may have deleted the client or connected it already.
        if (!guard || d->state != State::Disconnected)
            return;
    }
    d->wantConnection = true;
    d->reconnectAttempt = 0;
    d->startConnecting();
}

void RedisClient::disconnectFromServer()
{
    if (QThread::currentThread() != thread()) {
        qCWarning(lcRedisClient, "disconnectFromServer() called from a thread other than the client's; ignored");
        return;
    }
    d->wantConnection = false;
    switch (d->state) {
    case State::Disconnected:
    case State::Disconnecting:
        return;
    case State::Connecting:
    case State::Reconnecting:
        d->teardown(Error::Aborted, tr("Disconnected by the application"), RedisClientPrivate::Cause::Application);
        return;
    case State::Connected: {
        QPointer<RedisClient> guard(this);
        d->setState(State::Disconnecting);
        if (guard && d->state == State::Disconnecting && d->conn && !d->conn->dying)
            redisAsyncDisconnect(d->conn->ac); // after the pending replies
        return;
    }
    }
}

void RedisClient::abort()
{
    if (QThread::currentThread() != thread()) {
        qCWarning(lcRedisClient, "abort() called from a thread other than the client's; ignored");
        return;
    }
    d->wantConnection = false;
    if (d->state != State::Disconnected)
        d->teardown(Error::Aborted, tr("Aborted by the application"), RedisClientPrivate::Cause::Application);
}

void RedisClient::reconnectNow()
{
    if (QThread::currentThread() != thread() || d->state != State::Reconnecting)
        return;
    d->reconnectTimer.stop();
    d->startConnecting();
}

int RedisClient::commandTimeout() const { return d->commandTimeout; }
bool RedisClient::autoReconnect() const { return d->autoReconnect; }
int RedisClient::reconnectInitialDelay() const { return d->reconnectInitialDelay; }
int RedisClient::reconnectMaxDelay() const { return d->reconnectMaxDelay; }
double RedisClient::reconnectFactor() const { return d->reconnectFactor; }
int RedisClient::maxQueuedCommands() const { return d->maxQueuedCommands; }
int RedisClient::healthCheckInterval() const { return d->healthCheckInterval; }
int RedisClient::reconnectAttempt() const { return d->reconnectAttempt; }
QDateTime RedisClient::nextReconnectTime() const { return d->nextReconnectTime; }

void RedisClient::setCommandTimeout(int milliseconds)
{
    if (d->commandTimeout == milliseconds)
        return;
    d->commandTimeout = milliseconds; // for commands issued from now on
    Q_EMIT commandTimeoutChanged(milliseconds);
}

void RedisClient::setAutoReconnect(bool enabled)
{
    if (d->autoReconnect == enabled)
        return;
    d->autoReconnect = enabled;
    Q_EMIT autoReconnectChanged(enabled);
}

void RedisClient::setReconnectInitialDelay(int milliseconds)
{
    if (d->reconnectInitialDelay == milliseconds)
        return;
    d->reconnectInitialDelay = qMax(0, milliseconds);
    Q_EMIT reconnectPolicyChanged();
}

void RedisClient::setReconnectMaxDelay(int milliseconds)
{
    if (d->reconnectMaxDelay == milliseconds)
        return;
    d->reconnectMaxDelay = qMax(0, milliseconds);
    Q_EMIT reconnectPolicyChanged();
}

void RedisClient::setReconnectFactor(double factor)
{
    if (qFuzzyCompare(d->reconnectFactor, factor))
        return;
    d->reconnectFactor = qMax(1.0, factor);
    Q_EMIT reconnectPolicyChanged();
}

void RedisClient::setMaxQueuedCommands(int count)
{
    if (d->maxQueuedCommands == count)
        return;
    d->maxQueuedCommands = count;
    Q_EMIT maxQueuedCommandsChanged(count);
}

void RedisClient::setHealthCheckInterval(int milliseconds)
{
    if (d->healthCheckInterval == milliseconds)
        return;
    d->healthCheckInterval = milliseconds;
    if (d->state == State::Connected) {
        if (milliseconds > 0)
            d->healthTimer.start(milliseconds);
        else
            d->healthTimer.stop();
    }
    Q_EMIT healthCheckIntervalChanged(milliseconds);
}

int RedisClient::pendingCommandCount() const
{
    const auto held = std::count_if(d->held.cbegin(), d->held.cend(),
                                    [](const RedisClientPrivate::Held &h) { return !h.call->internal; });
    return (d->conn ? d->conn->inFlight.size() : 0) + int(held) + d->failures.size();
}

void RedisClient::issue(const QList<QByteArray> &args, QtRedisPrivate::PendingCall *call, qint64 timeout)
{
    if (Q_UNLIKELY(QThread::currentThread() != thread())) {
        qCWarning(lcRedisClient, "command() called from a thread other than the client's");
        call->complete(RedisValue::fromClientError(
                Error::WrongThread,
                tr("RedisClient::command() was called from a thread other than the client's")));
        call->release();
        return;
    }
    d->issue(args, call, timeout);
}

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
    auto *reply = new RedisReply(this);
    reply->d->owner = d.get();
    issue(args, reply->d.get(), -1);
    return reply;
}

RedisReply *RedisClient::command(const QList<QByteArray> &args, std::chrono::milliseconds timeout)
{
    if (Q_UNLIKELY(QThread::currentThread() != thread()))
        return command(args); // fails the same way
    auto *reply = new RedisReply(this);
    reply->d->owner = d.get();
    issue(args, reply->d.get(), qMax<qint64>(0, timeout.count()));
    return reply;
}

RedisSubscription *RedisClientPrivate::subscription(RedisSubscription::Kind kind, const QByteArray &name)
{
    if (QThread::currentThread() != q->thread()) {
        qCWarning(lcRedisClient, "RedisClient: subscribing from another thread");
        return nullptr;
    }
    if (!pubsub)
        pubsub = new RedisPubSubConnection(q);
    return pubsub->subscription(kind, name);
}

RedisSubscription *RedisClient::subscribe(const QByteArray &channel)
{
    return d->subscription(RedisSubscription::Kind::Channel, channel);
}

RedisSubscription *RedisClient::psubscribe(const QByteArray &pattern)
{
    return d->subscription(RedisSubscription::Kind::Pattern, pattern);
}

RedisSubscription *RedisClient::ssubscribe(const QByteArray &shardChannel)
{
    return d->subscription(RedisSubscription::Kind::ShardChannel, shardChannel);
}

QList<RedisSubscription *> RedisClient::subscriptions() const
{
    return d->pubsub ? d->pubsub->subscriptions() : QList<RedisSubscription *>();
}

RedisReply *RedisClient::publish(const QByteArray &channel, const QByteArray &message)
{
    return command({QByteArrayLiteral("PUBLISH"), channel, message});
}

RedisMonitor *RedisClient::monitor()
{
    if (QThread::currentThread() != thread()) {
        qCWarning(lcRedisClient, "RedisClient::monitor() called from another thread");
        return nullptr;
    }
    if (!d->monitor)
        d->monitor = new RedisMonitor(this);
    return d->monitor;
}

bool RedisClient::isStreamCommand(const QByteArray &name)
{
    // hiredis switches a context into a mode where one command gets many
    // replies: that would break "one callback per command".
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

bool RedisClient::splitCommandLine(const QString &line, QList<QByteArray> *args)
{
    return QtRedisPrivate::splitCommandLine(line, args);
}
