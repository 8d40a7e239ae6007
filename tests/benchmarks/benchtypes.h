// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// Types shared by the parts of qtredis-bench: one workload, the outcome of
// one timed phase, and the bookkeeping every implementation does per reply.
#ifndef QTREDIS_BENCH_BENCHTYPES_H
#define QTREDIS_BENCH_BENCHTYPES_H

#include <QtCore/qbytearray.h>
#include <QtCore/qbytearrayview.h>
#include <QtCore/qlist.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <ctime>

namespace Bench {

// One line of the table's first column.
//   Get: "GET <key>" issued `ops` times with at most `inFlight` commands
//        outstanding at any moment.
//   PubSub: a subscriber receives `ops` messages `expected` on a channel of
//        its own, PUBLISHed by a Publisher thread pipelining `inFlight`
//        commands at a time; `key` is the prefix of the channels.
struct Workload
{
    enum class Kind { Get, PubSub };

    QString id;            // "W1"
    QString label;         // "W1 GET 64 B, 100 in flight"
    Kind kind = Kind::Get;
    QByteArray key;
    QList<QByteArray> keys;  // when not empty: Get cycles through these instead of `key`
    QByteArray expected;   // the value every reply (or message) must carry
    int ops = 0;           // timed commands (or messages) per measurement
    int inFlight = 1;
    int warmupOps = 0;     // untimed commands (or messages) before each measurement
};

// The outcome of one phase (a warm-up or a timed measurement).
struct PhaseResult
{
    bool ok = false;          // every command got a reply (they may still mismatch)
    QString error;            // why not, when !ok
    int ops = 0;              // replies (or messages) received, all checked
    qint64 nsecs = 0;         // first command issued -> last reply handled;
                              // pub/sub: first message received -> last one
    int timedOps = -1;        // what nsecs covers when not `ops`: pub/sub
                              // times the ops - 1 gaps between ops messages
    qint64 mismatches = 0;    // replies that were not the expected value
    QStringList samples;      // the first few mismatches, described
    QString note;             // printed after the rate in the progress line

    double opsPerSecond() const
    {
        const int counted = timedOps >= 0 ? timedOps : ops;
        return nsecs > 0 ? double(counted) * 1e9 / double(nsecs) : 0.0;
    }
};

// Deterministic, binary content (it includes \0, \r and \n) so that a
// client that is not binary-safe, or mixes up replies, is caught.
inline QByteArray makeValue(qsizetype size, uint seed)
{
    QByteArray value(size, Qt::Uninitialized);
    char *data = value.data();
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((quint64(i) * 131u + seed) % 251u);
    return value;
}

// CPU time the calling thread has used, in nanoseconds (0 if unknown).
inline qint64 threadCpuNsecs()
{
    timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1000000000 + qint64(ts.tv_nsec);
}

// How many mismatches a phase describes in full; the rest are only counted.
inline constexpr int MaxMismatchSamples = 5;

// A short, printable description of a reply that was not the expected value:
// its kind, its size and its first bytes (escaped).
inline QString describeReply(const QString &kind, QByteArrayView payload)
{
    constexpr qsizetype Shown = 24;
    QString text;
    for (qsizetype i = 0; i < payload.size() && i < Shown; ++i) {
        const auto c = static_cast<unsigned char>(payload[i]);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
            text += QChar(c);
        else
            text += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QChar(u'0'));
    }
    if (payload.size() > Shown)
        text += QStringLiteral("...");
    return QStringLiteral("%1 of %2 bytes \"%3\"").arg(kind).arg(payload.size()).arg(text);
}

} // namespace Bench

#endif // QTREDIS_BENCH_BENCHTYPES_H
