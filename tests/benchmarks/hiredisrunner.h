// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// Implementation (a) of qtredis-bench: raw hiredis async API driven by a
// libevent loop, the baseline the wrapper is compared with. Also the
// synchronous helpers that seed and clean up the benchmark's keys.
#ifndef QTREDIS_BENCH_HIREDISRUNNER_H
#define QTREDIS_BENCH_HIREDISRUNNER_H

#include "benchtypes.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qlist.h>
#include <QtCore/qpair.h>
#include <QtCore/qstring.h>

#include <cstddef>

struct event_base;
struct event;
struct redisAsyncContext;

namespace Bench {

class HiredisLibeventRunner
{
public:
    HiredisLibeventRunner();
    ~HiredisLibeventRunner();
    HiredisLibeventRunner(const HiredisLibeventRunner &) = delete;
    HiredisLibeventRunner &operator=(const HiredisLibeventRunner &) = delete;

    // Connects and waits (at most timeoutMs) until hiredis reports the
    // connection up. The connection is kept for every later run().
    bool connectToServer(const QByteArray &host, quint16 port, int timeoutMs, QString *error);
    bool isConnected() const { return m_context != nullptr && m_connected; }

    // Issues `ops` GETs of w.key keeping w.inFlight outstanding: a new command
    // is issued from each reply's callback. Gives up after watchdogMs.
    PhaseResult run(const Workload &w, int ops, int watchdogMs);

    static QString libeventVersion();

private:
    static void onConnect(const redisAsyncContext *ac, int status);
    static void onDisconnect(const redisAsyncContext *ac, int status);
    static void onReply(redisAsyncContext *ac, void *reply, void *privdata);
    static void onWatchdog(int fd, short what, void *arg);

    void issueOne();
    void fail(const QString &why);
    void stopLoop();

    event_base *m_base = nullptr;
    redisAsyncContext *m_context = nullptr;   // hiredis frees it; nulled in onDisconnect
    event *m_watchdog = nullptr;
    bool m_connected = false;
    bool m_connectDone = false;
    QString m_connectError;

    // The phase in progress.
    bool m_running = false;
    const char *m_argv[2] = {nullptr, nullptr};
    std::size_t m_argvLen[2] = {0, 0};
    const QByteArray *m_expected = nullptr;
    int m_total = 0;
    int m_issued = 0;
    PhaseResult m_result;
    QElapsedTimer m_timer;
};

// Synchronous helpers (hiredis blocking API), used outside the timed parts.
// SETs each key to its value and reads it back; false (with *error) on failure.
bool seedKeys(const QByteArray &host, quint16 port,
              const QList<QPair<QByteArray, QByteArray>> &keyValues, QString *error);
// DELs the keys (best effort).
void deleteKeys(const QByteArray &host, quint16 port, const QList<QByteArray> &keys);
// "redis_version" from INFO server, or an empty string.
QByteArray serverVersion(const QByteArray &host, quint16 port);

} // namespace Bench

#endif // QTREDIS_BENCH_HIREDISRUNNER_H
