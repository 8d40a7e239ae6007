// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "scalebench.h"

#include "benchprocess.h"
#include "benchreport.h"

#include <redisclient.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qfile.h>
#include <QtCore/qtimer.h>

#include <malloc.h>   // malloc_trim()
#include <sys/resource.h>

#include <memory>
#include <vector>

namespace Bench {

namespace {

struct ClientsResult
{
    bool ok = false;
    QString error;
    double heapPerClient = 0;   // bytes
    double rssPerClient = 0;
    double connectMs = 0;       // all of them
    double pingRoundMs = 0;     // one PING on each, all in flight
    qint64 heapLeft = 0;        // after deleting them, against before
};

ClientsResult measureClients(const ScaleBenchSettings &s, int count)
{
    ClientsResult result;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ::malloc_trim(0);
    const qint64 heapBefore = heapInUse();
    const qint64 rssBefore = residentSize();
    std::vector<std::unique_ptr<RedisClient>> clients;
    clients.reserve(size_t(count));
    int connected = 0;
    int failed = 0;
    QString lastError;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<RedisClient>();
        RedisConnectionOptions options;
        options.setHost(s.host);
        options.setPort(s.port);
        options.setAutoReconnect(false);
        client->setOptions(options);
        QObject::connect(client.get(), &RedisClient::connected, client.get(), [&connected] { ++connected; });
        QObject::connect(client.get(), &RedisClient::errorOccurred, client.get(),
                         [&failed, &lastError](QtRedis::Error, const QString &message) {
                             ++failed;
                             lastError = message;
                         });
        client->connectToServer();
        clients.push_back(std::move(client));
    }
    if (!waitUntil([&] { return connected + failed >= count; }, s.connectTimeoutMs) || failed > 0) {
        result.error = QStringLiteral("%1 of %2 clients connected (%3 failed: %4)")
                               .arg(connected)
                               .arg(count)
                               .arg(failed)
                               .arg(lastError);
        return result;
    }
    result.connectMs = double(clock.nsecsElapsed()) / 1e6;
    // Let what connecting posted settle before measuring.
    QCoreApplication::processEvents();
    result.heapPerClient = double(heapInUse() - heapBefore) / count;
    result.rssPerClient = double(residentSize() - rssBefore) / count;

    int replies = 0;
    int bad = 0;
    clock.restart();
    for (auto &client : clients) {
        client->command({QByteArrayLiteral("PING")}, client.get(), [&](const RedisValue &v) {
            ++replies;
            if (!(v.isStatus() && v.toByteArray() == "PONG"))
                ++bad;
        });
    }
    if (!waitUntil([&] { return replies >= count; }, s.watchdogMs) || bad > 0) {
        result.error = QStringLiteral("PING round: %1 of %2 replies, %3 not PONG").arg(replies).arg(count).arg(bad);
        return result;
    }
    result.pingRoundMs = double(clock.nsecsElapsed()) / 1e6;

    clients.clear();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    result.heapLeft = heapInUse() - heapBefore;
    result.ok = true;
    return result;
}

struct PendingResult
{
    bool ok = false;
    QString error;
    double heapPerCommand = 0;  // bytes, all issued, none sent yet
    double issueUs = 0;         // per command, issuing
    double drainMs = 0;         // all sent and answered
    qint64 heapLeft = 0;
};

PendingResult measurePending(RedisClient &client, int count, int watchdogMs)
{
    PendingResult result;
    const QByteArray key = QByteArrayLiteral("qtredis-bench:scale:64B");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ::malloc_trim(0);
    const qint64 heapBefore = heapInUse();
    int replies = 0;
    int bad = 0;
    QElapsedTimer clock;
    clock.start();
    // No event-loop turn while issuing: every command is pending at once.
    for (int i = 0; i < count; ++i) {
        client.command({QByteArrayLiteral("GET"), key}, &client, [&](const RedisValue &v) {
            ++replies;
            if (v.toByteArray().size() != 64)
                ++bad;
        });
    }
    result.issueUs = double(clock.nsecsElapsed()) / 1e3 / count;
    result.heapPerCommand = double(heapInUse() - heapBefore) / count;
    clock.restart();
    if (!waitUntil([&] { return replies >= count; }, watchdogMs) || bad > 0) {
        result.error = QStringLiteral("%1 of %2 replies, %3 not the value").arg(replies).arg(count).arg(bad);
        return result;
    }
    result.drainMs = double(clock.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    result.heapLeft = heapInUse() - heapBefore;
    result.ok = true;
    return result;
}

QString kib(double bytes)
{
    return QStringLiteral("%1 KiB").arg(bytes / 1024.0, 0, 'f', 1);
}

} // namespace

long raiseFileLimit()
{
    struct rlimit limit;
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return long(limit.rlim_cur);
}

ScaleBenchOutcome runScaleBench(const ScaleBenchSettings &s)
{
    ScaleBenchOutcome outcome;
    QStringList summary;

    const int small = 100 / s.scale;    // --quick: 10
    const int large = 1000 / s.scale;   // --quick: 100
    out(QStringLiteral("many clients: RedisClients in this thread, each connected, idle, then one PING each"));
    out(QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(QStringLiteral("clients"), 8)
                .arg(QStringLiteral("heap/client"), 12)
                .arg(QStringLiteral("RSS/client"), 12)
                .arg(QStringLiteral("connect all"), 12)
                .arg(QStringLiteral("PING round"), 12)
                .arg(QStringLiteral("PING/client"), 12));
    ClientsResult clientResults[2];
    int index = 0;
    for (const int count : {small, large}) {
        const ClientsResult r = measureClients(s, count);
        clientResults[index++] = r;
        if (!r.ok) {
            err(QStringLiteral("FAILED many clients (%1): %2").arg(count).arg(r.error));
            ++outcome.failures;
            continue;
        }
        out(QStringLiteral("%1 %2 %3 %4 %5 %6%7")
                    .arg(count, 8)
                    .arg(kib(r.heapPerClient), 12)
                    .arg(kib(r.rssPerClient), 12)
                    .arg(QStringLiteral("%1 ms").arg(r.connectMs, 0, 'f', 0), 12)
                    .arg(QStringLiteral("%1 ms").arg(r.pingRoundMs, 0, 'f', 1), 12)
                    .arg(QStringLiteral("%1 us").arg(r.pingRoundMs * 1000.0 / count, 0, 'f', 1), 12)
                    .arg(r.heapLeft > 64 * 1024 ? QStringLiteral("  (heap left after deleting them: %1)").arg(kib(double(r.heapLeft)))
                                                : QString()));
    }
    if (clientResults[0].ok && clientResults[1].ok) {
        const double growth = clientResults[1].heapPerClient / clientResults[0].heapPerClient;
        const double pingGrowth = (clientResults[1].pingRoundMs / large) / (clientResults[0].pingRoundMs / small);
        summary.append(QStringLiteral("%1 idle clients %2 heap each (x%3 per client from %4 clients, PING x%5 per client)")
                               .arg(large)
                               .arg(kib(clientResults[1].heapPerClient))
                               .arg(growth, 0, 'f', 2)
                               .arg(small)
                               .arg(pingGrowth, 0, 'f', 2));
    }

    RedisClient client;
    {
        RedisConnectionOptions options;
        options.setHost(s.host);
        options.setPort(s.port);
        client.setOptions(options);
        bool up = false;
        QObject::connect(&client, &RedisClient::connected, &client, [&up] { up = true; });
        client.connectToServer();
        bool set = false;
        if (waitUntil([&] { return up; }, 10000)) {
            client.command({QByteArrayLiteral("SET"), QByteArrayLiteral("qtredis-bench:scale:64B"), QByteArray(64, 'v')},
                           &client, [&set](const RedisValue &) { set = true; });
            waitUntil([&] { return set; }, 10000);
        }
        if (!set) {
            err(QStringLiteral("FAILED pending commands: cannot connect and SET the key"));
            ++outcome.failures;
            outcome.summary = summary.join(QStringLiteral("; "));
            return outcome;
        }
    }
    out(QString());
    out(QStringLiteral("pending commands: GET 64 B issued on one client without an event-loop turn, then drained"));
    out(QStringLiteral("%1 %2 %3 %4 %5")
                .arg(QStringLiteral("pending"), 8)
                .arg(QStringLiteral("heap/command"), 13)
                .arg(QStringLiteral("issue/command"), 14)
                .arg(QStringLiteral("drain all"), 10)
                .arg(QStringLiteral("heap left"), 10));
    PendingResult pendingResults[2];
    index = 0;
    for (const int count : {100000 / s.scale / 10, 100000 / s.scale}) {
        const PendingResult r = measurePending(client, count, s.watchdogMs);
        pendingResults[index++] = r;
        if (!r.ok) {
            err(QStringLiteral("FAILED pending commands (%1): %2").arg(count).arg(r.error));
            ++outcome.failures;
            continue;
        }
        out(QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(count, 8)
                    .arg(QStringLiteral("%1 B").arg(r.heapPerCommand, 0, 'f', 0), 13)
                    .arg(QStringLiteral("%1 us").arg(r.issueUs, 0, 'f', 2), 14)
                    .arg(QStringLiteral("%1 ms").arg(r.drainMs, 0, 'f', 0), 10)
                    .arg(kib(double(r.heapLeft)), 10));
    }
    if (pendingResults[0].ok && pendingResults[1].ok) {
        summary.append(QStringLiteral("%1 pending commands %2 B heap each (x%3 per command from %4)")
                               .arg(100000 / s.scale)
                               .arg(pendingResults[1].heapPerCommand, 0, 'f', 0)
                               .arg(pendingResults[1].heapPerCommand / pendingResults[0].heapPerCommand, 0, 'f', 2)
                               .arg(100000 / s.scale / 10));
    }
    bool deleted = false;
    client.command({QByteArrayLiteral("DEL"), QByteArrayLiteral("qtredis-bench:scale:64B")}, &client,
                   [&deleted](const RedisValue &) { deleted = true; });
    waitUntil([&] { return deleted; }, 10000);
    outcome.summary = summary.join(QStringLiteral("; "));
    return outcome;
}

} // namespace Bench
