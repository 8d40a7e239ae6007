// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// What the parts of qtredis-bench measure of their own process: the heap
// malloc has handed out, fields of /proc/self/status, and waiting on the
// event loop for a condition.
#ifndef QTREDIS_BENCH_BENCHPROCESS_H
#define QTREDIS_BENCH_BENCHPROCESS_H

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qfile.h>

#include <malloc.h>

namespace Bench {

// Bytes malloc has handed out and not had back.
inline qint64 heapInUse()
{
    const struct mallinfo2 info = ::mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

// A "kB" field of /proc/self/status (VmRSS, VmHWM, ...) in bytes; -1 if unknown.
inline qint64 processStatusBytes(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

inline qint64 residentSize()
{
    return processStatusBytes("VmRSS");
}

// Runs the event loop until done() or timeoutMs; false on timeout.
template <typename Done>
bool waitUntil(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace Bench

#endif // QTREDIS_BENCH_BENCHPROCESS_H
