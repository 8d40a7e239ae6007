// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// Implementation (b) of qtredis-bench's pub/sub workload: a RedisClient's
// RedisSubscription, counting its messageReceived() signals in a lambda,
// run by the Qt event loop.
#ifndef QTREDIS_BENCH_QTREDISSUBSCRIBER_H
#define QTREDIS_BENCH_QTREDISSUBSCRIBER_H

#include "benchtypes.h"

#include <redisclient.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtCore/qtimer.h>

#include <functional>

QT_BEGIN_NAMESPACE
class QEventLoop;
QT_END_NAMESPACE

class RedisSubscription;

namespace Bench {

class Publisher;

class QtRedisSubscriber
{
public:
    // Connects and subscribes on the first run(); keeps both for later runs.
    QtRedisSubscriber(const QString &host, quint16 port, const QByteArray &channel);
    ~QtRedisSubscriber();
    QtRedisSubscriber(const QtRedisSubscriber &) = delete;
    QtRedisSubscriber &operator=(const QtRedisSubscriber &) = delete;

    // Makes sure the client is Connected, the subscription Subscribed and
    // the channel's only subscriber (PUBSUB NUMSUB), then has `publisher`
    // publish `ops` messages w.expected on the channel and receives them.
    // Timed from the first message received to the last. Gives up after
    // watchdogMs.
    PhaseResult run(const Workload &w, int ops, Publisher &publisher, int watchdogMs);

private:
    bool prepare(int timeoutMs, QString *error);
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    void onMessage(const QByteArray &channel, const QByteArray &payload);
    void fail(const QString &why);

    const QString m_host;
    const quint16 m_port;
    const QByteArray m_channel;

    RedisClient m_client;
    RedisSubscription *m_subscription = nullptr;   // owned by m_client
    QObject m_context;          // context of the connections; goes before m_client
    QTimer m_watchdog;
    QTimer m_poll;              // watches the publisher while measuring
    QString m_lastError;        // the client's last errorOccurred() message
    qint64 m_stray = 0;         // messages outside a measurement (there should be none)

    // The phase in progress.
    QEventLoop *m_loop = nullptr;
    bool m_running = false;
    Publisher *m_publisher = nullptr;
    const QByteArray *m_expected = nullptr;
    int m_total = 0;
    PhaseResult m_result;
    QElapsedTimer m_timer;
    qint64 m_cpuAtFirst = 0;   // threadCpuNsecs() at the first message
    qint64 m_cpuNsecs = 0;     // this thread's CPU time, first message -> last
};

} // namespace Bench

#endif // QTREDIS_BENCH_QTREDISSUBSCRIBER_H
