// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "keysbench.h"

#include "benchprocess.h"
#include "benchreport.h"
#include "redisserver.h"

#include <redisclient.h>
#include <rediskeysmodel.h>
#include <testhelpers.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qfile.h>
#include <QtCore/qtimer.h>

#include <malloc.h>   // malloc_trim()

namespace Bench {

namespace {

constexpr int NamespaceCount = 90;   // nsNN: besides big:

// Runs one command and waits for its reply.
RedisValue run(RedisClient &client, const QList<QByteArray> &args, int timeoutMs)
{
    RedisValue result;
    bool done = false;
    client.command(args, &client, [&](const RedisValue &v) {
        result = v;
        done = true;
    });
    if (!waitUntil([&] { return done; }, timeoutMs))
        return RedisValue::fromClientError(QtRedis::Error::Timeout, QStringLiteral("no reply in time"));
    return result;
}

struct ModeResult
{
    bool ok = false;
    QString error;
    double firstKeysMs = 0;     // until 1000 keys are in the model
    double loadMs = 0;          // until loading is over
    double keysPerSecond = 0;
    double loadStallMs = 0;
    int loadStallsOver16 = 0;
    double heapPerKey = 0;      // beyond the key's own bytes
    double rssPerKey = 0;
    double expandMs = -1;       // tree: big: fully built
    double expandStallMs = 0;
};

ModeResult measureMode(RedisClient &client, bool tree, qint64 total, qint64 bigKeys, double keyBytes,
                       int timeoutMs)
{
    ModeResult result;
    ::malloc_trim(0);
    const qint64 heapBefore = heapInUse();
    const qint64 rssBefore = residentSize();
    QtRedisTest::StallProbe probe;
    if (qEnvironmentVariableIsSet("QTREDIS_BENCH_STALLS")) {
        probe.setOnStall([](double ms) {
            err(QStringLiteral("stall %1 ms (ending at monotonic %2 ns)").arg(ms).arg(QDeadlineTimer::current().deadlineNSecs()));
        });
    }
    {
        RedisKeysModel model;
        model.setClient(&client);
        model.setTreeMode(tree);
        QElapsedTimer clock;
        probe.start();
        clock.start();
        model.refresh();
        if (!waitUntil([&] { return model.loadedCount() >= 1000 || !model.errorString().isEmpty(); }, timeoutMs)) {
            result.error = QStringLiteral("1000 keys not in within %1 ms").arg(timeoutMs);
            return result;
        }
        result.firstKeysMs = double(clock.nsecsElapsed()) / 1e6;
        if (!waitUntil([&] { return !model.isLoading(); }, timeoutMs) || !model.errorString().isEmpty()) {
            result.error = model.errorString().isEmpty() ? QStringLiteral("loading did not end within %1 ms").arg(timeoutMs)
                                                         : model.errorString();
            return result;
        }
        result.loadMs = double(clock.nsecsElapsed()) / 1e6;
        probe.stop();
        result.loadStallMs = probe.longestMs();
        result.loadStallsOver16 = probe.over16();
        if (model.loadedCount() != total) {
            result.error = QStringLiteral("loaded %1 keys of %2").arg(model.loadedCount()).arg(total);
            return result;
        }
        result.keysPerSecond = double(total) * 1000.0 / result.loadMs;
        QCoreApplication::processEvents();
        result.heapPerKey = double(heapInUse() - heapBefore) / double(total) - keyBytes;
        result.rssPerKey = double(residentSize() - rssBefore) / double(total);

        if (tree) {
            QModelIndex big;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (model.data(index, RedisKeysModel::KeyRole).toByteArray() == "big:") {
                    big = index;
                    break;
                }
            }
            if (!big.isValid()) {
                result.error = QStringLiteral("no namespace big: at the root");
                return result;
            }
            probe.start();
            clock.restart();
            if (qEnvironmentVariableIsSet("QTREDIS_BENCH_STALLS"))
                err(QStringLiteral("expanding from monotonic %1 ns").arg(QDeadlineTimer::current().deadlineNSecs()));
            // What a view does when the namespace is expanded.
            if (model.canFetchMore(big))
                model.fetchMore(big);
            if (!waitUntil([&] { return !model.isLoading() && model.rowCount(big) == bigKeys; }, timeoutMs)) {
                result.error = QStringLiteral("big: has %1 rows of %2 after %3 ms")
                                       .arg(model.rowCount(big))
                                       .arg(bigKeys)
                                       .arg(timeoutMs);
                return result;
            }
            result.expandMs = double(clock.nsecsElapsed()) / 1e6;
            probe.stop();
            result.expandStallMs = probe.longestMs();
        }
    }
    result.ok = true;
    return result;
}

} // namespace

KeysBenchOutcome runKeysBench(const KeysBenchSettings &s)
{
    KeysBenchOutcome outcome;
    const qint64 total = 10'000'000 / s.scale;
    const qint64 bigKeys = total / 10;
    const qint64 perNamespace = (total - bigKeys) / NamespaceCount;

    PrivateRedisServer server;
    server.setExtraArguments({QStringLiteral("--enable-debug-command"), QStringLiteral("local")});
    QString why;
    if (!server.start(s.redisServer, 10000, &why)) {
        err(QStringLiteral("FAILED keys: %1").arg(why));
        outcome.failures = 1;
        return outcome;
    }
    RedisClient client;
    RedisConnectionOptions options;
    options.setHost(server.host());
    options.setPort(server.port());
    options.setCommandTimeout(s.timeoutMs);
    client.setOptions(options);
    client.connectToServer();
    if (!waitUntil([&] { return client.state() == RedisClient::State::Connected; }, 10000)) {
        err(QStringLiteral("FAILED keys: cannot connect: %1").arg(client.errorString()));
        outcome.failures = 1;
        return outcome;
    }

    // The keyspace, made by the server itself: big:0 .. and ns00:0 ..
    QElapsedTimer clock;
    clock.start();
    RedisValue v = run(client, {"DEBUG", "POPULATE", QByteArray::number(bigKeys), "big"}, s.timeoutMs);
    for (int n = 0; n < NamespaceCount && !v.isError(); ++n) {
        v = run(client,
                {"DEBUG", "POPULATE", QByteArray::number(perNamespace),
                 QByteArrayLiteral("ns") + QByteArray::number(n).rightJustified(2, '0')},
                s.timeoutMs);
    }
    const RedisValue size = run(client, {"DBSIZE"}, s.timeoutMs);
    if (v.isError() || size.toInteger() != bigKeys + perNamespace * NamespaceCount) {
        err(QStringLiteral("FAILED keys: DEBUG POPULATE: %1 (DBSIZE %2)")
                    .arg(v.isError() ? v.errorString() : QStringLiteral("wrong count"))
                    .arg(size.toInteger()));
        outcome.failures = 1;
        return outcome;
    }
    const qint64 keys = size.toInteger();
    // big:N and nsNN:N: 4 or 5 bytes of prefix and the digits.
    const double keyBytes = 10.0;
    out(QStringLiteral("keys: %1 keys (big: %2, %3 namespaces of %4) made with DEBUG POPULATE in %5 s")
                .arg(keys)
                .arg(bigKeys)
                .arg(NamespaceCount)
                .arg(perNamespace)
                .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));

    out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                .arg(QStringLiteral("mode"), -5)
                .arg(QStringLiteral("1000 keys"), 10)
                .arg(QStringLiteral("all keys"), 10)
                .arg(QStringLiteral("keys/s"), 10)
                .arg(QStringLiteral("longest stall"), 14)
                .arg(QStringLiteral("heap/key"), 9)
                .arg(QStringLiteral("RSS/key"), 8)
                .arg(QStringLiteral("expand big: (stall)"), 20));
    QStringList summary;
    for (const bool tree : {false, true}) {
        const ModeResult r = measureMode(client, tree, keys, bigKeys, keyBytes, s.timeoutMs);
        const QString mode = tree ? QStringLiteral("tree") : QStringLiteral("flat");
        if (!r.ok) {
            err(QStringLiteral("FAILED keys %1: %2").arg(mode, r.error));
            ++outcome.failures;
            continue;
        }
        out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                    .arg(mode, -5)
                    .arg(QStringLiteral("%1 ms").arg(r.firstKeysMs, 0, 'f', 1), 10)
                    .arg(QStringLiteral("%1 s").arg(r.loadMs / 1000.0, 0, 'f', 2), 10)
                    .arg(qRound64(r.keysPerSecond), 10)
                    .arg(QStringLiteral("%1 ms (%2 >16)").arg(r.loadStallMs, 0, 'f', 1).arg(r.loadStallsOver16), 14)
                    .arg(QStringLiteral("%1 B").arg(r.heapPerKey, 0, 'f', 0), 9)
                    .arg(QStringLiteral("%1 B").arg(r.rssPerKey, 0, 'f', 0), 8)
                    .arg(r.expandMs < 0 ? QStringLiteral("-")
                                        : QStringLiteral("%1 ms (%2 ms)").arg(r.expandMs, 0, 'f', 0).arg(r.expandStallMs, 0, 'f', 1),
                         20));
        summary.append(QStringLiteral("%1 %2 keys: first 1000 in %3 ms, all in %4 s, longest stall %5 ms%6")
                               .arg(mode)
                               .arg(keys)
                               .arg(r.firstKeysMs, 0, 'f', 0)
                               .arg(r.loadMs / 1000.0, 0, 'f', 1)
                               .arg(r.loadStallMs, 0, 'f', 1)
                               .arg(r.expandMs < 0 ? QString()
                                                   : QStringLiteral(", big: (%1 keys) expanded in %2 ms")
                                                             .arg(bigKeys)
                                                             .arg(r.expandMs, 0, 'f', 0)));
    }
    outcome.summary = summary.join(QStringLiteral("; "));
    return outcome;
}

} // namespace Bench
