// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// Implementation (a) of qtredis-bench's pub/sub workload: a raw hiredis
// async connection driven by a libevent loop, SUBSCRIBEd to one channel.
// hiredis delivers the confirmation and every message to the SUBSCRIBE
// command's callback.
#ifndef QTREDIS_BENCH_HIREDISSUBSCRIBER_H
#define QTREDIS_BENCH_HIREDISSUBSCRIBER_H

#include "benchtypes.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qstring.h>

#include <functional>

struct event_base;
struct event;
struct redisAsyncContext;
struct redisReply;

namespace Bench {

class Publisher;

class HiredisSubscriber
{
public:
    // Connects and subscribes on the first run(); keeps both for later runs.
    HiredisSubscriber(const QByteArray &host, quint16 port, const QByteArray &channel);
    ~HiredisSubscriber();
    HiredisSubscriber(const HiredisSubscriber &) = delete;
    HiredisSubscriber &operator=(const HiredisSubscriber &) = delete;

    // Makes sure the subscription is confirmed and that it is the channel's
    // only subscriber (PUBSUB NUMSUB), then has `publisher` publish `ops`
    // messages w.expected on the channel and receives them. Timed from the
    // first message received to the last. Gives up after watchdogMs.
    PhaseResult run(const Workload &w, int ops, Publisher &publisher, int watchdogMs);

private:
    bool prepare(int timeoutMs, QString *error);
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    void handle(const redisReply *r);
    void fail(const QString &why);

    static void onConnect(const redisAsyncContext *ac, int status);
    static void onDisconnect(const redisAsyncContext *ac, int status);
    static void onReply(redisAsyncContext *ac, void *reply, void *privdata);
    static void onWatchdog(int fd, short what, void *arg);
    static void onPoll(int fd, short what, void *arg);

    const QByteArray m_host;
    const quint16 m_port;
    const QByteArray m_channel;

    event_base *m_base = nullptr;
    redisAsyncContext *m_context = nullptr;   // hiredis frees it; nulled in onDisconnect
    event *m_watchdog = nullptr;
    event *m_poll = nullptr;                  // watches the publisher while measuring
    bool m_connected = false;
    bool m_connectDone = false;
    bool m_subscribeSent = false;
    bool m_subscribed = false;
    bool m_timedOut = false;
    QString m_setupError;
    qint64 m_stray = 0;   // messages outside a measurement (there should be none)

    // The phase in progress.
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

#endif // QTREDIS_BENCH_HIREDISSUBSCRIBER_H
