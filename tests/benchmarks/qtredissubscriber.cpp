// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "qtredissubscriber.h"

#include "publisher.h"

#include <redissubscription.h>

#include <QtCore/qeventloop.h>

namespace Bench {

namespace {
constexpr int SetupTimeoutMs = 10000;   // connecting, and the SUBSCRIBE confirmation
constexpr int PollMs = 50;              // how often a measurement checks the publisher
} // namespace

QtRedisSubscriber::QtRedisSubscriber(const QString &host, quint16 port, const QByteArray &channel)
    : m_host(host), m_port(port), m_channel(channel)
{
    m_watchdog.setSingleShot(true);
    QObject::connect(&m_watchdog, &QTimer::timeout, &m_context, [this] {
        fail(QStringLiteral("watchdog: no progress in time (%1 of %2 messages)")
                     .arg(m_result.ops)
                     .arg(m_total));
    });
    m_poll.setInterval(PollMs);
    QObject::connect(&m_poll, &QTimer::timeout, &m_context, [this] {
        if (m_publisher && m_publisher->hasFailed())
            fail(QStringLiteral("the publisher failed"));   // run() reports its error
    });
    QObject::connect(&m_client, &RedisClient::disconnected, &m_context,
                     [this] { fail(QStringLiteral("disconnected")); });
    QObject::connect(&m_client, &RedisClient::errorOccurred, &m_context,
                     [this](QtRedis::Error, const QString &message) {
                         m_lastError = message.isEmpty() ? QStringLiteral("error") : message;
                     });
}

QtRedisSubscriber::~QtRedisSubscriber()
{
    m_running = false;
    m_client.abort();
}

bool QtRedisSubscriber::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&m_client, &RedisClient::stateChanged, &loop, check);
    QObject::connect(&m_client, &RedisClient::errorOccurred, &loop, [&] { loop.quit(); });
    if (m_subscription)
        QObject::connect(m_subscription, &RedisSubscription::stateChanged, &loop, check);
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}

bool QtRedisSubscriber::prepare(int timeoutMs, QString *error)
{
    if (m_client.state() != RedisClient::State::Connected) {
        m_lastError.clear();
        if (m_client.state() == RedisClient::State::Disconnected) {
            m_client.setConnectTimeout(timeoutMs);
            m_client.connectToHost(m_host, m_port);
        }
        if (!waitUntil([this] { return m_client.state() == RedisClient::State::Connected; }, timeoutMs)) {
            *error = !m_lastError.isEmpty() ? m_lastError : QStringLiteral("connect timed out");
            return false;
        }
    }
    if (!m_subscription) {
        m_subscription = m_client.subscribe(m_channel);
        if (!m_subscription) {
            *error = QStringLiteral("RedisClient::subscribe() returned no subscription");
            return false;
        }
        QObject::connect(m_subscription, &RedisSubscription::messageReceived, &m_context,
                         [this](const QByteArray &channel, const QByteArray &payload, const QByteArray &) {
                             onMessage(channel, payload);
                         });
        QObject::connect(m_subscription, &RedisSubscription::stateChanged, &m_context,
                         [this](RedisSubscription::State state) {
                             if (state != RedisSubscription::State::Subscribed)
                                 fail(QStringLiteral("the subscription left the Subscribed state (%1)")
                                              .arg(int(state)));
                         });
    } else if (m_subscription->state() == RedisSubscription::State::Error
               || m_subscription->state() == RedisSubscription::State::Unsubscribed) {
        m_subscription->subscribe();
    }
    const auto settled = [this] {
        const RedisSubscription::State s = m_subscription->state();
        return s == RedisSubscription::State::Subscribed || s == RedisSubscription::State::Error;
    };
    waitUntil(settled, timeoutMs);
    if (m_subscription->state() != RedisSubscription::State::Subscribed) {
        *error = m_subscription->state() == RedisSubscription::State::Error
                ? m_subscription->errorString()
                : QStringLiteral("the subscription was not confirmed in time (state %1)")
                          .arg(int(m_subscription->state()));
        return false;
    }
    return true;
}

void QtRedisSubscriber::fail(const QString &why)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = false;
    m_result.error = why;
    if (m_timer.isValid())
        m_result.nsecs = m_timer.nsecsElapsed();
    if (m_loop)
        m_loop->quit();
}

void QtRedisSubscriber::onMessage(const QByteArray &channel, const QByteArray &payload)
{
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
    if (channel != m_channel || payload != *m_expected) {
        ++res.mismatches;
        if (res.samples.size() < MaxMismatchSamples) {
            res.samples.append(channel != m_channel
                    ? QStringLiteral("message #%1 on channel %2")
                              .arg(res.ops)
                              .arg(describeReply(QStringLiteral("String"), channel))
                    : QStringLiteral("message #%1: %2")
                              .arg(res.ops)
                              .arg(describeReply(QStringLiteral("String"), payload)));
        }
    }
    if (res.ops == m_total) {
        res.nsecs = m_timer.nsecsElapsed();
        res.timedOps = res.ops - 1;
        m_cpuNsecs = threadCpuNsecs() - m_cpuAtFirst;
        res.ok = true;
        m_running = false;
        if (m_loop)
            m_loop->quit();
    }
}

PhaseResult QtRedisSubscriber::run(const Workload &w, int ops, Publisher &publisher, int watchdogMs)
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
    // Publish only to a Connected client with a Subscribed subscription.
    if (m_client.state() != RedisClient::State::Connected
        || m_subscription->state() != RedisSubscription::State::Subscribed) {
        m_result.error = QStringLiteral("not connected and subscribed before publishing");
        return m_result;
    }

    m_publisher = &publisher;
    m_expected = &w.expected;
    m_total = ops;
    m_timer.invalidate();
    m_cpuNsecs = 0;
    m_running = true;

    QEventLoop loop;
    m_loop = &loop;
    m_watchdog.start(watchdogMs);
    m_poll.start();
    if (!publisher.start(m_channel, w.expected, ops, w.inFlight, &why)) {
        m_result.error = QStringLiteral("publisher: %1").arg(why);
        m_running = false;
    }
    if (m_running)
        loop.exec();
    m_poll.stop();
    m_watchdog.stop();
    m_loop = nullptr;

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
