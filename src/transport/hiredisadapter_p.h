// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef HIREDISADAPTER_P_H
#define HIREDISADAPTER_P_H

#include <QtCore/qobject.h>

struct redisAsyncContext;
QT_BEGIN_NAMESPACE
class QSocketNotifier;
class QTimer;
QT_END_NAMESPACE

namespace QtRedisPrivate {

// Drives one redisAsyncContext from the Qt event loop: hiredis's event hooks
// toggle one read and one write QSocketNotifier, created once at attach().
// Commands issued outside a read on a connected context are written by the
// thread's write flusher, once per event-loop round for every adapter that
// has some, not through the write notifier: turning a notifier on and off
// costs the glib dispatcher a walk over every notifier of the thread, so
// with a thousand clients each command would cost a thousand steps. The
// notifier is used while connecting and when the socket is full.
// hiredis frees the context itself (after an error, a failed connect or a
// graceful disconnect) and calls the cleanup hook first: from then on the
// adapter holds no context and contextFreed() has been emitted. Cleanup may run
// inside a read/write handler, so the adapter never deletes anything there.
class HiredisNotifierAdapter final : public QObject
{
    Q_OBJECT
public:
    explicit HiredisNotifierAdapter(QObject *parent = nullptr);
    ~HiredisNotifierAdapter() override;

    // Fails (returns false) if the context already has event hooks attached.
    bool attach(redisAsyncContext *context);
    redisAsyncContext *context() const { return m_context; }
    // True while a read/write/timer handler is on the stack.
    bool isHandlingEvent() const { return m_depth > 0; }
    // Read events handled so far: the link's health check sees traffic in
    // it, even while a long reply is still arriving.
    quint64 readEvents() const { return m_readEvents; }

Q_SIGNALS:
    // Emitted from the cleanup hook, while the context is still valid.
    void contextFreed();

private:
    static void addRead(void *privdata);
    static void delRead(void *privdata);
    static void addWrite(void *privdata);
    static void delWrite(void *privdata);
    static void cleanup(void *privdata);
    static void scheduleTimer(void *privdata, struct timeval tv);

    friend class WriteFlusher;

    void handleRead();
    void handleWrite();
    void handleTimeout();
    void resumeDeferred();
    void flushWrites();     // from the thread's WriteFlusher

    redisAsyncContext *m_context = nullptr;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    QTimer *m_timer = nullptr; // hiredis >= 1.0 only, created on first use
    int m_depth = 0;
    quint64 m_readEvents = 0;
    bool m_inRead = false;          // inside redisAsyncHandleRead()
    bool m_writeAfterRead = false;  // addWrite() arrived during that read
    bool m_flushScheduled = false;  // in the thread's WriteFlusher
    bool m_inFlush = false;         // inside flushWrites()
    // An event that arrived while a handler was on the stack (a nested event
    // loop in a callback): hiredis is not re-entrant, so it waits.
    bool m_readDeferred = false;
    bool m_writeDeferred = false;
    bool m_timeoutDeferred = false;
};

} // namespace QtRedisPrivate

#endif // HIREDISADAPTER_P_H
