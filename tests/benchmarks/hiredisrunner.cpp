// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "hiredisrunner.h"

#include <hiredis/hiredis.h>
#include <hiredis/async.h>
#include <hiredis/adapters/libevent.h>
#include <event2/event.h>

#include <sys/time.h>

#include <cstring>

namespace Bench {

namespace {

timeval toTimeval(int milliseconds)
{
    timeval tv;
    tv.tv_sec = milliseconds / 1000;
    tv.tv_usec = (milliseconds % 1000) * 1000;
    return tv;
}

QString replyKind(int type)
{
    switch (type) {
    case REDIS_REPLY_STRING: return QStringLiteral("String");
    case REDIS_REPLY_ARRAY: return QStringLiteral("Array");
    case REDIS_REPLY_INTEGER: return QStringLiteral("Integer");
    case REDIS_REPLY_NIL: return QStringLiteral("Nil");
    case REDIS_REPLY_STATUS: return QStringLiteral("Status");
    case REDIS_REPLY_ERROR: return QStringLiteral("Error");
    }
    return QStringLiteral("type %1").arg(type);
}

} // namespace

HiredisLibeventRunner::HiredisLibeventRunner()
    : m_base(event_base_new())
{
}

HiredisLibeventRunner::~HiredisLibeventRunner()
{
    m_running = false;
    if (m_context) {
        // Runs the callbacks of anything still pending with a null reply (they
        // see !m_running and return), then onDisconnect, which clears m_context.
        redisAsyncContext *ac = m_context;
        m_context = nullptr;
        redisAsyncFree(ac);
    }
    if (m_watchdog)
        event_free(m_watchdog);
    if (m_base)
        event_base_free(m_base);
}

QString HiredisLibeventRunner::libeventVersion()
{
    return QString::fromLatin1(event_get_version());
}

bool HiredisLibeventRunner::connectToServer(const QByteArray &host, quint16 port, int timeoutMs,
                                            QString *error)
{
    if (!m_base) {
        *error = QStringLiteral("event_base_new() failed");
        return false;
    }
    if (m_context) {
        *error = QStringLiteral("already connected");
        return false;
    }
    redisAsyncContext *ac = redisAsyncConnect(host.constData(), port);
    if (!ac) {
        *error = QStringLiteral("redisAsyncConnect() failed");
        return false;
    }
    if (ac->err) {
        *error = QString::fromLocal8Bit(ac->errstr);
        redisAsyncFree(ac);
        return false;
    }
    ac->data = this;
    m_context = ac;
    if (redisLibeventAttach(ac, m_base) != REDIS_OK) {
        *error = QStringLiteral("redisLibeventAttach() failed");
        m_context = nullptr;
        redisAsyncFree(ac);
        return false;
    }
    redisAsyncSetConnectCallback(ac, &HiredisLibeventRunner::onConnect);
    redisAsyncSetDisconnectCallback(ac, &HiredisLibeventRunner::onDisconnect);

    if (!m_watchdog)
        m_watchdog = evtimer_new(m_base, &HiredisLibeventRunner::onWatchdog, this);
    m_connectDone = false;
    m_connectError.clear();
    const timeval tv = toTimeval(timeoutMs);
    evtimer_add(m_watchdog, &tv);
    while (!m_connectDone) {
        if (event_base_loop(m_base, 0) != 0)
            break;   // error, or nothing left to wait for
    }
    evtimer_del(m_watchdog);

    if (!m_connected) {
        *error = m_connectError.isEmpty() ? QStringLiteral("connection failed") : m_connectError;
        if (m_context) {
            redisAsyncContext *stale = m_context;
            m_context = nullptr;
            redisAsyncFree(stale);
        }
        return false;
    }
    return true;
}

void HiredisLibeventRunner::onConnect(const redisAsyncContext *ac, int status)
{
    auto *self = static_cast<HiredisLibeventRunner *>(ac->data);
    self->m_connectDone = true;
    if (status != REDIS_OK) {
        // hiredis frees the context once this callback returns.
        self->m_connectError = QString::fromLocal8Bit(ac->errstr);
        self->m_context = nullptr;
        self->m_connected = false;
    } else {
        self->m_connected = true;
    }
    event_base_loopbreak(self->m_base);
}

void HiredisLibeventRunner::onDisconnect(const redisAsyncContext *ac, int status)
{
    auto *self = static_cast<HiredisLibeventRunner *>(ac->data);
    // hiredis frees the context once this callback returns.
    self->m_context = nullptr;
    self->m_connected = false;
    self->m_connectDone = true;
    if (self->m_running) {
        self->fail(status == REDIS_OK ? QStringLiteral("disconnected")
                                      : QStringLiteral("connection lost: %1")
                                            .arg(QString::fromLocal8Bit(ac->errstr)));
    }
}

void HiredisLibeventRunner::onWatchdog(int fd, short what, void *arg)
{
    Q_UNUSED(fd);
    Q_UNUSED(what);
    auto *self = static_cast<HiredisLibeventRunner *>(arg);
    if (self->m_running) {
        self->fail(QStringLiteral("watchdog: no progress in time (%1 of %2 replies)")
                       .arg(self->m_result.ops)
                       .arg(self->m_total));
    } else if (!self->m_connectDone) {
        self->m_connectDone = true;
        self->m_connectError = QStringLiteral("connect timed out");
        event_base_loopbreak(self->m_base);
    }
}

void HiredisLibeventRunner::fail(const QString &why)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = false;
    m_result.error = why;
    m_result.nsecs = m_timer.nsecsElapsed();
    stopLoop();
}

void HiredisLibeventRunner::stopLoop()
{
    event_base_loopbreak(m_base);
}

void HiredisLibeventRunner::issueOne()
{
    ++m_issued;
    if (redisAsyncCommandArgv(m_context, &HiredisLibeventRunner::onReply, this, 2, m_argv,
                              m_argvLen)
        != REDIS_OK) {
        fail(QStringLiteral("redisAsyncCommandArgv() refused the command"));
    }
}

void HiredisLibeventRunner::onReply(redisAsyncContext *ac, void *reply, void *privdata)
{
    Q_UNUSED(ac);
    auto *self = static_cast<HiredisLibeventRunner *>(privdata);
    if (!self->m_running)
        return;   // a late callback after a failure or during teardown
    if (!reply) {
        self->fail(QStringLiteral("no reply (connection closing)"));
        return;
    }
    const auto *r = static_cast<const redisReply *>(reply);
    PhaseResult &res = self->m_result;
    ++res.ops;
    const QByteArray &expected = *self->m_expected;
    if (r->type != REDIS_REPLY_STRING || std::size_t(r->len) != std::size_t(expected.size())
        || std::memcmp(r->str, expected.constData(), std::size_t(r->len)) != 0) {
        ++res.mismatches;
        if (res.samples.size() < MaxMismatchSamples) {
            const QByteArrayView payload = (r->type == REDIS_REPLY_INTEGER || r->str == nullptr)
                    ? QByteArrayView()
                    : QByteArrayView(r->str, qsizetype(r->len));
            res.samples.append(QStringLiteral("reply #%1: %2")
                                   .arg(res.ops)
                                   .arg(describeReply(replyKind(r->type), payload)));
        }
    }
    if (self->m_issued < self->m_total)
        self->issueOne();
    if (res.ops == self->m_total && self->m_running) {
        res.nsecs = self->m_timer.nsecsElapsed();
        res.ok = true;
        self->m_running = false;
        self->stopLoop();
    }
}

PhaseResult HiredisLibeventRunner::run(const Workload &w, int ops, int watchdogMs)
{
    m_result = PhaseResult();
    if (!isConnected()) {
        m_result.error = QStringLiteral("not connected");
        return m_result;
    }
    if (ops <= 0) {
        m_result.ok = true;
        return m_result;
    }
    static const char getCommand[] = "GET";
    m_argv[0] = getCommand;
    m_argvLen[0] = sizeof(getCommand) - 1;
    m_argv[1] = w.key.constData();
    m_argvLen[1] = std::size_t(w.key.size());
    m_expected = &w.expected;
    m_total = ops;
    m_issued = 0;
    m_running = true;

    const timeval tv = toTimeval(watchdogMs);
    evtimer_add(m_watchdog, &tv);

    m_timer.start();
    const int first = qMin(w.inFlight, ops);
    for (int i = 0; i < first && m_running; ++i)
        issueOne();
    while (m_running) {
        if (event_base_loop(m_base, 0) != 0) {
            fail(QStringLiteral("the libevent loop stopped (error or no events)"));
            break;
        }
    }
    evtimer_del(m_watchdog);
    m_expected = nullptr;
    return m_result;
}

// ---------------------------------------------------------------------------
// Synchronous helpers

namespace {

struct SyncConnection
{
    explicit SyncConnection(const QByteArray &host, quint16 port)
    {
        const timeval tv = toTimeval(5000);
        c = redisConnectWithTimeout(host.constData(), port, tv);
        if (c && !c->err)
            redisSetTimeout(c, tv);
    }
    ~SyncConnection()
    {
        if (c)
            redisFree(c);
    }
    SyncConnection(const SyncConnection &) = delete;
    SyncConnection &operator=(const SyncConnection &) = delete;

    bool ok(QString *error) const
    {
        if (!c) {
            *error = QStringLiteral("redisConnectWithTimeout() failed");
            return false;
        }
        if (c->err) {
            *error = QString::fromLocal8Bit(c->errstr);
            return false;
        }
        return true;
    }

    // Runs one command given as binary-safe arguments.
    redisReply *command(const QList<QByteArray> &args)
    {
        QList<const char *> argv;
        QList<std::size_t> lens;
        for (const QByteArray &a : args) {
            argv.append(a.constData());
            lens.append(std::size_t(a.size()));
        }
        return static_cast<redisReply *>(
                redisCommandArgv(c, int(args.size()), argv.data(), lens.data()));
    }

    redisContext *c = nullptr;
};

} // namespace

bool seedKeys(const QByteArray &host, quint16 port,
              const QList<QPair<QByteArray, QByteArray>> &keyValues, QString *error)
{
    SyncConnection conn(host, port);
    if (!conn.ok(error))
        return false;
    for (const auto &kv : keyValues) {
        redisReply *r = conn.command({QByteArrayLiteral("SET"), kv.first, kv.second});
        if (!r) {
            *error = QStringLiteral("SET %1: %2").arg(QString::fromUtf8(kv.first),
                                                     QString::fromLocal8Bit(conn.c->errstr));
            return false;
        }
        const bool setOk = r->type == REDIS_REPLY_STATUS && std::strcmp(r->str, "OK") == 0;
        freeReplyObject(r);
        if (!setOk) {
            *error = QStringLiteral("SET %1 was refused").arg(QString::fromUtf8(kv.first));
            return false;
        }
        r = conn.command({QByteArrayLiteral("GET"), kv.first});
        if (!r) {
            *error = QStringLiteral("GET %1: %2").arg(QString::fromUtf8(kv.first),
                                                     QString::fromLocal8Bit(conn.c->errstr));
            return false;
        }
        const bool same = r->type == REDIS_REPLY_STRING
                && QByteArrayView(r->str, qsizetype(r->len)) == QByteArrayView(kv.second);
        freeReplyObject(r);
        if (!same) {
            *error = QStringLiteral("GET %1 did not read back the value just SET")
                             .arg(QString::fromUtf8(kv.first));
            return false;
        }
    }
    return true;
}

void deleteKeys(const QByteArray &host, quint16 port, const QList<QByteArray> &keys)
{
    SyncConnection conn(host, port);
    QString ignored;
    if (!conn.ok(&ignored) || keys.isEmpty())
        return;
    QList<QByteArray> args{QByteArrayLiteral("DEL")};
    args.append(keys);
    if (redisReply *r = conn.command(args))
        freeReplyObject(r);
}

QByteArray serverVersion(const QByteArray &host, quint16 port)
{
    SyncConnection conn(host, port);
    QString ignored;
    if (!conn.ok(&ignored))
        return {};
    redisReply *r = conn.command({QByteArrayLiteral("INFO"), QByteArrayLiteral("server")});
    if (!r)
        return {};
    QByteArray version;
    if (r->type == REDIS_REPLY_STRING) {
        const QByteArray info(r->str, qsizetype(r->len));
        for (const QByteArray &line : info.split('\n')) {
            if (line.startsWith("redis_version:")) {
                version = line.mid(int(sizeof("redis_version:") - 1)).trimmed();
                break;
            }
        }
    }
    freeReplyObject(r);
    return version;
}

} // namespace Bench
