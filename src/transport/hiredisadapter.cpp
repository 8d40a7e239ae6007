// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/hiredisadapter_p.h"
#include "core/redislogging_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qlist.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qtimer.h>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <sys/ioctl.h>
#include <sys/time.h>

#include <limits>
#include <memory>
#include <utility>

namespace QtRedisPrivate {

namespace {
// hiredis reads up to 16 KiB per call; at most 64 of them (1 MiB) per read
// notification.
constexpr int HiredisReadSize = 16 * 1024;
constexpr int MaxReadsPerEvent = 64;

struct DepthGuard
{
    explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    int &m_depth;
};
} // namespace

// The write flusher of a thread: one posted event per event-loop round
// writes the commands of every adapter of the thread that has some.
class WriteFlusher final : public QObject
{
public:
    static WriteFlusher *forThisThread()
    {
        thread_local std::unique_ptr<WriteFlusher> flusher;
        if (!flusher)
            flusher.reset(new WriteFlusher);
        return flusher.get();
    }

    ~WriteFlusher() override
    {
        for (HiredisNotifierAdapter *adapter : std::as_const(m_pending))
            adapter->m_flushScheduled = false;
        s_alive = false;
    }

    static bool alive() { return s_alive; }

    void schedule(HiredisNotifierAdapter *adapter)
    {
        adapter->m_flushScheduled = true;
        m_pending.append(adapter);
        if (!std::exchange(m_posted, true))
            QCoreApplication::postEvent(this, new QEvent(eventType()));
    }

    void cancel(HiredisNotifierAdapter *adapter)
    {
        adapter->m_flushScheduled = false;
        m_pending.removeOne(adapter);
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() != eventType())
            return QObject::event(event);
        m_posted = false;
        // Adapters scheduled while this runs (none should be: a flush
        // issues no command) are written in this round too.
        while (!m_pending.isEmpty()) {
            HiredisNotifierAdapter *adapter = m_pending.takeFirst();
            adapter->m_flushScheduled = false;
            adapter->flushWrites();
        }
        return true;
    }

private:
    WriteFlusher() { s_alive = true; }

    static QEvent::Type eventType()
    {
        static const auto type = QEvent::Type(QEvent::registerEventType());
        return type;
    }

    QList<HiredisNotifierAdapter *> m_pending;
    bool m_posted = false;
    static thread_local bool s_alive;
};

thread_local bool WriteFlusher::s_alive = false;

HiredisNotifierAdapter::HiredisNotifierAdapter(QObject *parent) : QObject(parent) {}

HiredisNotifierAdapter::~HiredisNotifierAdapter()
{
    if (m_flushScheduled && WriteFlusher::alive())
        WriteFlusher::forThisThread()->cancel(this);
    // The owner frees the context before it deletes the adapter. If it did
    // not, unhook so hiredis never calls into freed memory.
    if (m_context) {
        qCWarning(lcRedisAdapter, "adapter destroyed while its context is alive");
        m_context->ev = {};
    }
}

bool HiredisNotifierAdapter::attach(redisAsyncContext *ac)
{
    if (!ac || ac->ev.data || m_context)
        return false;
    m_context = ac;
    const qintptr fd = ac->c.fd;
    // Created once; the hooks below only toggle them.
    m_read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_read->setEnabled(false);
    m_write->setEnabled(false);
    connect(m_read, &QSocketNotifier::activated, this, &HiredisNotifierAdapter::handleRead);
    connect(m_write, &QSocketNotifier::activated, this, &HiredisNotifierAdapter::handleWrite);

    ac->ev.data = this;
    ac->ev.addRead = &HiredisNotifierAdapter::addRead;
    ac->ev.delRead = &HiredisNotifierAdapter::delRead;
    ac->ev.addWrite = &HiredisNotifierAdapter::addWrite;
    ac->ev.delWrite = &HiredisNotifierAdapter::delWrite;
    ac->ev.cleanup = &HiredisNotifierAdapter::cleanup;
#if HIREDIS_MAJOR >= 1
    ac->ev.scheduleTimer = &HiredisNotifierAdapter::scheduleTimer;
#endif
    // Like hiredis's own adapters: wait for the connect to complete (writable)
    // and for anything the server may send first.
    m_read->setEnabled(true);
    m_write->setEnabled(true);
    return true;
}

void HiredisNotifierAdapter::addRead(void *p)
{
    static_cast<HiredisNotifierAdapter *>(p)->m_read->setEnabled(true);
}

void HiredisNotifierAdapter::delRead(void *p)
{
    auto *self = static_cast<HiredisNotifierAdapter *>(p);
    self->m_readDeferred = false;
    self->m_read->setEnabled(false);
}

void HiredisNotifierAdapter::addWrite(void *p)
{
    auto *self = static_cast<HiredisNotifierAdapter *>(p);
    // Inside a read, reply callbacks queue commands: handleRead() writes them
    // when hiredis is done, sparing the notifier (and the event dispatcher) a
    // switch on and off per batch. Elsewhere, on a connected context, the
    // thread's flusher writes them in this event-loop round; while
    // connecting, inside a flush (the socket is full) or inside another
    // handler, the notifier waits for the socket.
    if (self->m_inRead)
        self->m_writeAfterRead = true;
    else if (self->m_flushScheduled)
        return;
    else if (!self->m_inFlush && self->m_depth == 0 && !self->m_write->isEnabled()
             && (self->m_context->c.flags & REDIS_CONNECTED))
        WriteFlusher::forThisThread()->schedule(self);
    else
        self->m_write->setEnabled(true);
}

void HiredisNotifierAdapter::delWrite(void *p)
{
    auto *self = static_cast<HiredisNotifierAdapter *>(p);
    self->m_writeAfterRead = false;
    self->m_writeDeferred = false;
    self->m_write->setEnabled(false);
    if (self->m_flushScheduled)
        WriteFlusher::forThisThread()->cancel(self);
}

void HiredisNotifierAdapter::cleanup(void *p)
{
    auto *self = static_cast<HiredisNotifierAdapter *>(p);
    redisAsyncContext *ac = self->m_context;
    if (!ac)
        return;
    self->m_read->setEnabled(false);
    self->m_write->setEnabled(false);
    if (self->m_flushScheduled)
        WriteFlusher::forThisThread()->cancel(self);
    if (self->m_timer)
        self->m_timer->stop();
    self->m_context = nullptr;
    qCDebug(lcRedisAdapter, "context freed (err %d)", ac->err);
    Q_EMIT self->contextFreed();
}

void HiredisNotifierAdapter::scheduleTimer(void *p, struct timeval tv)
{
    auto *self = static_cast<HiredisNotifierAdapter *>(p);
    if (!self->m_timer) {
        self->m_timer = new QTimer(self);
        self->m_timer->setSingleShot(true);
        self->m_timer->setTimerType(Qt::PreciseTimer);
        connect(self->m_timer, &QTimer::timeout, self, &HiredisNotifierAdapter::handleTimeout);
    }
    const qint64 ms = qint64(tv.tv_sec) * 1000 + (tv.tv_usec + 999) / 1000;
    self->m_timer->start(int(qBound<qint64>(0, ms, qint64(std::numeric_limits<int>::max()))));
}

void HiredisNotifierAdapter::handleRead()
{
    if (!m_context)
        return;
    if (m_depth > 0) {
        m_read->setEnabled(false);
        m_readDeferred = true;
        return;
    }
    {
        DepthGuard guard(m_depth);
        ++m_readEvents;
        // hiredis reads at most 16 KiB per call: while the socket held more
        // than that when we looked (a large reply, a burst of replies), read
        // on now instead of one event-loop round per 16 KiB. Replies to the
        // commands written in between wait for the next round of the event
        // loop, so a chain of commands (each issued from the previous
        // reply) never keeps other events waiting; and it is bounded.
        int queued = 0;
        for (int round = 0; round < MaxReadsPerEvent && m_context; ++round) {
            if (round > 0 && (queued <= HiredisReadSize || !m_read->isEnabled()))
                break;
            if (::ioctl(m_context->c.fd, FIONREAD, &queued) != 0)
                queued = 0;
            if (round > 0 && queued <= 0)
                break;
            m_inRead = true;
            m_writeAfterRead = false;
            redisAsyncHandleRead(m_context);
            m_inRead = false;
            // Reply callbacks usually issue the next commands. Write them
            // now, before reading on, so the server is never left waiting
            // for them (and without a round through the write notifier);
            // what does not fit into the socket re-enables the notifier
            // through addWrite.
            if (m_context && (m_writeAfterRead || m_write->isEnabled())) {
                m_writeAfterRead = false;
                redisAsyncHandleWrite(m_context);
            }
        }
    }
    resumeDeferred();
}

void HiredisNotifierAdapter::handleWrite()
{
    if (!m_context)
        return;
    if (m_depth > 0) {
        m_write->setEnabled(false);
        m_writeDeferred = true;
        return;
    }
    {
        DepthGuard guard(m_depth);
        redisAsyncHandleWrite(m_context);
    }
    resumeDeferred();
}

void HiredisNotifierAdapter::flushWrites()
{
    if (!m_context)
        return;
    if (m_depth > 0) {
        // A nested event loop inside one of our handlers: the notifier path
        // defers the write until that handler is done.
        m_write->setEnabled(true);
        return;
    }
    {
        DepthGuard guard(m_depth);
        m_inFlush = true;
        redisAsyncHandleWrite(m_context);
        m_inFlush = false;
    }
    resumeDeferred();
}

void HiredisNotifierAdapter::handleTimeout()
{
#if HIREDIS_MAJOR >= 1
    if (!m_context)
        return;
    if (m_depth > 0) {
        m_timeoutDeferred = true;
        return;
    }
    {
        DepthGuard guard(m_depth);
        redisAsyncHandleTimeout(m_context);
    }
    resumeDeferred();
#endif
}

void HiredisNotifierAdapter::resumeDeferred()
{
    if (!m_context || m_depth > 0)
        return;
    if (std::exchange(m_readDeferred, false))
        m_read->setEnabled(true);
    if (std::exchange(m_writeDeferred, false) || m_writeAfterRead) {
        m_writeAfterRead = false;
        m_write->setEnabled(true);
    }
    if (std::exchange(m_timeoutDeferred, false) && m_timer)
        m_timer->start(0);
}

} // namespace QtRedisPrivate
