// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "publisher.h"

#include "benchtypes.h"

#include <hiredis/hiredis.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qthread.h>

#include <sys/time.h>

#include <cstddef>
#include <cstring>

namespace Bench {

namespace {

constexpr int IoTimeoutMs = 10000;   // one blocking read or write

QString contextError(const redisContext *c)
{
    return c && c->err ? QString::fromLocal8Bit(c->errstr) : QStringLiteral("no reply");
}

} // namespace

Publisher::Publisher(const QByteArray &host, quint16 port)
    : m_host(host), m_port(port)
{
}

Publisher::~Publisher()
{
    QString ignored;
    finish(&ignored);
    dropConnection();
}

bool Publisher::ensureConnected(QString *error)
{
    if (m_context && !m_context->err)
        return true;
    dropConnection();
    timeval tv;
    tv.tv_sec = IoTimeoutMs / 1000;
    tv.tv_usec = (IoTimeoutMs % 1000) * 1000;
    m_context = redisConnectWithTimeout(m_host.constData(), m_port, tv);
    if (!m_context) {
        *error = QStringLiteral("publisher connection: redisConnectWithTimeout() failed");
        return false;
    }
    if (m_context->err) {
        *error = QStringLiteral("publisher connection: %1").arg(QString::fromLocal8Bit(m_context->errstr));
        dropConnection();
        return false;
    }
    redisSetTimeout(m_context, tv);
    return true;
}

void Publisher::dropConnection()
{
    if (m_context) {
        redisFree(m_context);
        m_context = nullptr;
    }
}

qint64 Publisher::subscriberCount(const QByteArray &channel, QString *error)
{
    if (m_thread) {
        *error = QStringLiteral("the publisher is busy");
        return -1;
    }
    if (!ensureConnected(error))
        return -1;
    const char *argv[3] = {"PUBSUB", "NUMSUB", channel.constData()};
    const std::size_t lens[3] = {6, 6, std::size_t(channel.size())};
    auto *r = static_cast<redisReply *>(redisCommandArgv(m_context, 3, argv, lens));
    if (!r) {
        *error = QStringLiteral("PUBSUB NUMSUB: %1").arg(contextError(m_context));
        dropConnection();
        return -1;
    }
    // [channel, count]
    qint64 count = -1;
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 2 && r->element[1]->type == REDIS_REPLY_INTEGER)
        count = r->element[1]->integer;
    else
        *error = QStringLiteral("PUBSUB NUMSUB: unexpected reply (type %1)").arg(r->type);
    freeReplyObject(r);
    return count;
}

bool Publisher::start(const QByteArray &channel, const QByteArray &payload, int count,
                      int pipeline, QString *error)
{
    if (m_thread) {
        *error = QStringLiteral("the publisher is busy");
        return false;
    }
    if (!ensureConnected(error))
        return false;
    m_channel = channel;
    m_payload = payload;
    m_count = count;
    m_pipeline = qMax(1, pipeline);
    m_error.clear();
    m_published = 0;
    m_nsecs = 0;
    m_failed.store(false, std::memory_order_release);
    // The context was made on this thread; the thread start and join order
    // every use of it, so only one thread touches it at a time.
    m_thread.reset(QThread::create([this] { publish(); }));
    m_thread->setObjectName(QStringLiteral("qtredis-bench publisher"));
    m_thread->start();
    return true;
}

bool Publisher::finish(QString *error)
{
    if (!m_thread)
        return true;
    m_thread->wait();
    m_thread.reset();
    if (m_failed.load(std::memory_order_acquire)) {
        *error = m_error;
        // Replies of the pipeline may be left unread: start afresh next time.
        dropConnection();
        return false;
    }
    return true;
}

double Publisher::messagesPerSecond() const
{
    return m_nsecs > 0 ? double(m_published) * 1e9 / double(m_nsecs) : 0.0;
}

void Publisher::threadFail(const QString &why)
{
    m_error = why;
    m_failed.store(true, std::memory_order_release);
}

void Publisher::publish()
{
    static const char publishCommand[] = "PUBLISH";
    const char *argv[3] = {publishCommand, m_channel.constData(), m_payload.constData()};
    const std::size_t lens[3] = {sizeof(publishCommand) - 1, std::size_t(m_channel.size()),
                                 std::size_t(m_payload.size())};
    QElapsedTimer timer;
    timer.start();
    int done = 0;
    while (done < m_count) {
        const int batch = qMin(m_pipeline, m_count - done);
        for (int i = 0; i < batch; ++i) {
            if (redisAppendCommandArgv(m_context, 3, argv, lens) != REDIS_OK) {
                threadFail(QStringLiteral("redisAppendCommandArgv(): %1").arg(contextError(m_context)));
                return;
            }
        }
        for (int i = 0; i < batch; ++i) {
            void *raw = nullptr;
            if (redisGetReply(m_context, &raw) != REDIS_OK || !raw) {
                threadFail(QStringLiteral("PUBLISH #%1: %2").arg(done + i + 1).arg(contextError(m_context)));
                return;
            }
            auto *r = static_cast<redisReply *>(raw);
            if (r->type != REDIS_REPLY_INTEGER || r->integer != 1) {
                const QString what = r->type == REDIS_REPLY_INTEGER
                        ? QStringLiteral("reached %1 subscribers, expected 1").arg(r->integer)
                        : QStringLiteral("answered %1")
                                  .arg(describeReply(QStringLiteral("type %1").arg(r->type),
                                                     r->str ? QByteArrayView(r->str, qsizetype(r->len))
                                                            : QByteArrayView()));
                freeReplyObject(r);
                threadFail(QStringLiteral("PUBLISH #%1 %2").arg(done + i + 1).arg(what));
                return;
            }
            freeReplyObject(r);
        }
        done += batch;
    }
    m_nsecs = timer.nsecsElapsed();
    m_published = done;
}

} // namespace Bench
