// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "hiredissubscriber.h"

#include "publisher.h"

#include <hiredis/hiredis.h>
#include <hiredis/async.h>
#include <hiredis/adapters/libevent.h>
#include <event2/event.h>

#include <sys/time.h>

#include <cstddef>
#include <cstring>

namespace Bench {

namespace {

constexpr int SetupTimeoutMs = 10000;   // connecting, and the SUBSCRIBE confirmation
constexpr int PollMs = 50;              // how often a measurement checks the publisher

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

QByteArrayView bytesOf(const redisReply *r)
{
    return (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS
            || r->type == REDIS_REPLY_ERROR) && r->str
            ? QByteArrayView(r->str, qsizetype(r->len))
            : QByteArrayView();
}

bool isString(const redisReply *r, QByteArrayView bytes)
{
    return r->type == REDIS_REPLY_STRING && std::size_t(r->len) == std::size_t(bytes.size())
            && std::memcmp(r->str, bytes.data(), std::size_t(r->len)) == 0;
}

// A reply that is neither a message nor the confirmation, described.
QString describeOther(const redisReply *r)
{
    if (r->type == REDIS_REPLY_ARRAY) {
        QString first;
        if (r->elements > 0)
            first = QStringLiteral(", first element %1")
                            .arg(describeReply(replyKind(r->element[0]->type), bytesOf(r->element[0])));
        return QStringLiteral("Array of %1 elements%2").arg(r->elements).arg(first);
    }
    if (r->type == REDIS_REPLY_INTEGER)
        return QStringLiteral("Integer %1").arg(r->integer);
    return describeReply(replyKind(r->type), bytesOf(r));
}

} // namespace

HiredisSubscriber::HiredisSubscriber(const QByteArray &host, quint16 port, const QByteArray &channel)
    : m_host(host), m_port(port), m_channel(channel), m_base(event_base_new())
{
    if (m_base) {
        m_watchdog = evtimer_new(m_base, &HiredisSubscriber::onWatchdog, this);
        m_poll = event_new(m_base, -1, EV_PERSIST, &HiredisSubscriber::onPoll, this);
    }
}

HiredisSubscriber::~HiredisSubscriber()
{
    m_running = false;
    if (m_context) {
        // Runs the SUBSCRIBE callback with a null reply (it sees !m_running),
        // then onDisconnect, which clears m_context.
        redisAsyncContext *ac = m_context;
        m_context = nullptr;
        redisAsyncFree(ac);
    }
    if (m_poll)
        event_free(m_poll);
    if (m_watchdog)
        event_free(m_watchdog);
    if (m_base)
        event_base_free(m_base);
}

bool HiredisSubscriber::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    m_timedOut = false;
    const timeval tv = toTimeval(timeoutMs);
    evtimer_add(m_watchdog, &tv);
    while (!done() && !m_timedOut) {
        if (event_base_loop(m_base, EVLOOP_ONCE) != 0)
            break;   // error, or nothing left to wait for
    }
    evtimer_del(m_watchdog);
    return done();
}

bool HiredisSubscriber::prepare(int timeoutMs, QString *error)
{
    if (!m_base || !m_watchdog || !m_poll) {
        *error = QStringLiteral("libevent setup failed");
        return false;
    }
    // Handle what arrived since the last run (a disconnect, stray messages).
    event_base_loop(m_base, EVLOOP_NONBLOCK);
    if (!m_context) {
        m_connected = false;
        m_connectDone = false;
        m_subscribeSent = false;
        m_subscribed = false;
        m_setupError.clear();
        redisAsyncContext *ac = redisAsyncConnect(m_host.constData(), m_port);
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
        redisAsyncSetConnectCallback(ac, &HiredisSubscriber::onConnect);
        redisAsyncSetDisconnectCallback(ac, &HiredisSubscriber::onDisconnect);
        waitUntil([this] { return m_connectDone; }, timeoutMs);
        if (!m_connected) {
            *error = m_setupError.isEmpty() ? QStringLiteral("connect timed out") : m_setupError;
            if (m_context) {
                redisAsyncContext *stale = m_context;
                m_context = nullptr;
                redisAsyncFree(stale);
            }
            return false;
        }
    }
    if (!m_subscribeSent) {
        m_setupError.clear();
        if (redisAsyncCommand(m_context, &HiredisSubscriber::onReply, this, "SUBSCRIBE %b",
                              m_channel.constData(), std::size_t(m_channel.size()))
            != REDIS_OK) {
            *error = QStringLiteral("redisAsyncCommand() refused SUBSCRIBE");
            return false;
        }
        m_subscribeSent = true;
    }
    waitUntil([this] { return m_subscribed || !m_setupError.isEmpty() || !m_context; }, timeoutMs);
    if (!m_subscribed) {
        *error = !m_setupError.isEmpty() ? m_setupError
                : m_context ? QStringLiteral("SUBSCRIBE was not confirmed in time")
                            : QStringLiteral("connection lost before SUBSCRIBE was confirmed");
        return false;
    }
    return true;
}

void HiredisSubscriber::onConnect(const redisAsyncContext *ac, int status)
{
    auto *self = static_cast<HiredisSubscriber *>(ac->data);
    self->m_connectDone = true;
    if (status != REDIS_OK) {
        // hiredis frees the context once this callback returns.
        self->m_setupError = QString::fromLocal8Bit(ac->errstr);
        self->m_context = nullptr;
        self->m_connected = false;
    } else {
        self->m_connected = true;
    }
}

void HiredisSubscriber::onDisconnect(const redisAsyncContext *ac, int status)
{
    auto *self = static_cast<HiredisSubscriber *>(ac->data);
    // hiredis frees the context once this callback returns.
    self->m_context = nullptr;
    self->m_connected = false;
    self->m_connectDone = true;
    self->m_subscribed = false;
    self->fail(status == REDIS_OK ? QStringLiteral("disconnected")
                                  : QStringLiteral("connection lost: %1")
                                        .arg(QString::fromLocal8Bit(ac->errstr)));
}

void HiredisSubscriber::onWatchdog(int fd, short what, void *arg)
{
    Q_UNUSED(fd);
    Q_UNUSED(what);
    auto *self = static_cast<HiredisSubscriber *>(arg);
    if (self->m_running) {
        self->fail(QStringLiteral("watchdog: no progress in time (%1 of %2 messages)")
                       .arg(self->m_result.ops)
                       .arg(self->m_total));
    } else {
        self->m_timedOut = true;
    }
}

void HiredisSubscriber::onPoll(int fd, short what, void *arg)
{
    Q_UNUSED(fd);
    Q_UNUSED(what);
    auto *self = static_cast<HiredisSubscriber *>(arg);
    if (self->m_running && self->m_publisher && self->m_publisher->hasFailed())
        self->fail(QStringLiteral("the publisher failed"));   // run() reports its error
}

void HiredisSubscriber::fail(const QString &why)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = false;
    m_result.error = why;
    if (m_timer.isValid())
        m_result.nsecs = m_timer.nsecsElapsed();
    event_base_loopbreak(m_base);
}

void HiredisSubscriber::onReply(redisAsyncContext *ac, void *reply, void *privdata)
{
    Q_UNUSED(ac);
    auto *self = static_cast<HiredisSubscriber *>(privdata);
    if (!reply) {
        // The connection is going away (or being freed).
        self->m_subscribed = false;
        self->fail(QStringLiteral("no reply (connection closing)"));
        return;
    }
    self->handle(static_cast<const redisReply *>(reply));
}

void HiredisSubscriber::handle(const redisReply *r)
{
    // ["message", channel, payload] or ["subscribe", channel, count].
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 3 && r->element[0]->type == REDIS_REPLY_STRING) {
        const redisReply *kind = r->element[0];
        if (kind->len == 7 && std::memcmp(kind->str, "message", 7) == 0) {
            if (!m_running) {
                ++m_stray;
                return;
            }
            PhaseResult &res = m_result;
            if (res.ops == 0) {
                m_timer.start();
                m_cpuAtFirst = threadCpuNsecs();
            }
            ++res.ops;
            const redisReply *channel = r->element[1];
            const redisReply *payload = r->element[2];
            if (!isString(channel, m_channel) || !isString(payload, *m_expected)) {
                ++res.mismatches;
                if (res.samples.size() < MaxMismatchSamples) {
                    res.samples.append(!isString(channel, m_channel)
                            ? QStringLiteral("message #%1 on channel %2")
                                      .arg(res.ops)
                                      .arg(describeReply(replyKind(channel->type), bytesOf(channel)))
                            : QStringLiteral("message #%1: %2")
                                      .arg(res.ops)
                                      .arg(describeReply(replyKind(payload->type), bytesOf(payload))));
                }
            }
            if (res.ops == m_total) {
                res.nsecs = m_timer.nsecsElapsed();
                res.timedOps = res.ops - 1;
                m_cpuNsecs = threadCpuNsecs() - m_cpuAtFirst;
                res.ok = true;
                m_running = false;
                event_base_loopbreak(m_base);
            }
            return;
        }
        if (kind->len == 9 && std::memcmp(kind->str, "subscribe", 9) == 0) {
            m_subscribed = true;
            return;
        }
    }
    // An error (say NOPERM), an unsubscribe, ...: not what this benchmark does.
    const QString what = QStringLiteral("unexpected reply on the subscribed connection: %1")
                                 .arg(describeOther(r));
    if (m_running) {
        fail(what);
    } else {
        m_subscribed = false;
        m_setupError = what;
    }
}

PhaseResult HiredisSubscriber::run(const Workload &w, int ops, Publisher &publisher, int watchdogMs)
{
    m_result = PhaseResult();
    if (ops <= 0) {
        m_result.ok = true;
        return m_result;
    }
    QString why;
    if (!prepare(SetupTimeoutMs, &why)) {
        m_result.error = QStringLiteral("subscribing: %1").arg(why);
        return m_result;
    }
    const qint64 subscribers = publisher.subscriberCount(m_channel, &why);
    if (subscribers != 1) {
        m_result.error = subscribers < 0
                ? why
                : QStringLiteral("PUBSUB NUMSUB %1 says %2 subscribers, expected 1")
                          .arg(QString::fromUtf8(m_channel))
                          .arg(subscribers);
        return m_result;
    }
    if (m_stray) {
        // Leftovers of an earlier phase would be counted in this one.
        m_result.mismatches += m_stray;
        m_result.samples.append(QStringLiteral("%1 message(s) arrived outside a measurement").arg(m_stray));
        m_stray = 0;
    }

    m_publisher = &publisher;
    m_expected = &w.expected;
    m_total = ops;
    m_timer.invalidate();
    m_cpuNsecs = 0;
    m_running = true;
    const timeval watchdog = toTimeval(watchdogMs);
    evtimer_add(m_watchdog, &watchdog);
    const timeval poll = toTimeval(PollMs);
    event_add(m_poll, &poll);

    if (!publisher.start(m_channel, w.expected, ops, w.inFlight, &why)) {
        m_result.error = QStringLiteral("publisher: %1").arg(why);
        m_running = false;
    }
    while (m_running) {
        if (event_base_loop(m_base, 0) != 0) {
            fail(QStringLiteral("the libevent loop stopped (error or no events)"));
            break;
        }
    }
    event_del(m_poll);
    evtimer_del(m_watchdog);

    // Waits for the publisher's last replies (or its end after a failure).
    if (!publisher.finish(&why)) {
        m_result.ok = false;
        m_result.error = QStringLiteral("publisher: %1").arg(why);
    } else if (m_result.ok) {
        m_result.note = QStringLiteral("publisher %1 msg/s; this thread's CPU %2 us/msg")
                                .arg(qRound64(publisher.messagesPerSecond()))
                                .arg(m_result.timedOps > 0 ? double(m_cpuNsecs) / 1e3 / m_result.timedOps : 0.0,
                                     0, 'f', 2);
    }
    m_publisher = nullptr;
    m_expected = nullptr;
    return m_result;
}

} // namespace Bench
