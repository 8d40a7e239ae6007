// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// The publisher of qtredis-bench's pub/sub workload: a blocking hiredis
// connection that PUBLISHes from a QThread of its own, so that publishing
// never runs on the subscriber's thread. Every subscriber under test is fed
// by the same publisher in the same way.
#ifndef QTREDIS_BENCH_PUBLISHER_H
#define QTREDIS_BENCH_PUBLISHER_H

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include <atomic>
#include <memory>

struct redisContext;

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Bench {

class Publisher
{
public:
    Publisher(const QByteArray &host, quint16 port);
    ~Publisher();   // waits for a publishing thread still running
    Publisher(const Publisher &) = delete;
    Publisher &operator=(const Publisher &) = delete;

    // PUBSUB NUMSUB <channel>: how many clients subscribe to the channel, or
    // -1 (with *error). Only while not publishing. Connects on first use.
    qint64 subscriberCount(const QByteArray &channel, QString *error);

    // Starts a thread that PUBLISHes `payload` on `channel` `count` times:
    // it writes `pipeline` commands, then reads their replies, and so on.
    // Every reply must be 1 (exactly one receiver), else the thread stops
    // and fails. False (with *error) when it cannot start.
    bool start(const QByteArray &channel, const QByteArray &payload, int count, int pipeline,
               QString *error);
    // Whether the running thread has given up; cheap, for polling.
    bool hasFailed() const { return m_failed.load(std::memory_order_acquire); }
    // Waits for the thread. False (with *error) when it failed.
    bool finish(QString *error);
    // The last finished run: PUBLISHes per second, first write -> last reply.
    double messagesPerSecond() const;

private:
    bool ensureConnected(QString *error);
    void dropConnection();
    void publish();   // the thread's body
    void threadFail(const QString &why);

    const QByteArray m_host;
    const quint16 m_port;
    redisContext *m_context = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_failed{false};

    // Set before the thread starts, read by it.
    QByteArray m_channel;
    QByteArray m_payload;
    int m_count = 0;
    int m_pipeline = 1;
    // Written by the thread, read after it was joined.
    QString m_error;
    int m_published = 0;
    qint64 m_nsecs = 0;
};

} // namespace Bench

#endif // QTREDIS_BENCH_PUBLISHER_H
