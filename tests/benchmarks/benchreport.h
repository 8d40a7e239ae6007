// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// What every part of qtredis-bench prints with: a line to stdout or stderr
// (flushed at once, so progress shows while a run goes on) and the median
// of a workload's rounds.
#ifndef QTREDIS_BENCH_BENCHREPORT_H
#define QTREDIS_BENCH_BENCHREPORT_H

#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

#include <algorithm>
#include <cstdio>

namespace Bench {

inline void out(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

inline void err(const QString &line)
{
    std::fputs(qPrintable(line), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace Bench

#endif // QTREDIS_BENCH_BENCHREPORT_H
