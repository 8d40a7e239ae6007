// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// qtredis-bench: times the same GET workloads, in one run and against the
// same redis-server, with
//   (a) raw hiredis async + libevent (the baseline),
//   (b) RedisClient's callback fast path,
//   (c) RedisClient's RedisReply (QObject + finished() signal) path,
//   (d) the same with deleteLater() in the slot,
// and a pub/sub workload (P1): one subscriber receives the messages a
// publisher thread PUBLISHes, with
//   (a) raw hiredis async + libevent, SUBSCRIBE's callback,
//   (b) RedisClient::subscribe()'s RedisSubscription, messageReceived(),
// and prints ops/s or messages/s (median of the rounds) and the ratio to (a).
// With --tls (and --quick) the server also listens with TLS, and W1-W3 run
// twice more:
//   (b) RedisClient's callback path over TLS (Qt's TLS backend),
//   (a) raw hiredis+libevent through a client-mode stunnel: TLS done
//       outside the client,
// each printed with its ratio to its own plain-text run of the same rounds.
// With --cluster (and --quick) it also starts a private 3-master Redis
// Cluster and times W1 and W3 through connectToCluster() against the same
// workloads through connectToHost() on the single server, and hash-tagged
// keys against keys spread over the masters (clusterbench.h); --cluster
// alone runs only that part.
// It asserts nothing about time; it fails (exit code 1) only when a reply or
// message is not the expected value or a measurement cannot complete.

#include "benchreport.h"
#include "benchtypes.h"
#include "clusterbench.h"
#include "hiredisrunner.h"
#include "hiredissubscriber.h"
#include "keysbench.h"
#include "publisher.h"
#include "qtredisrunner.h"
#include "qtredissubscriber.h"
#include "redisserver.h"
#include "scalebench.h"
#include "sweepbench.h"
#include "tlsfixture.h"

#include <redistestcluster.h>

#include <hiredis/hiredis.h>

#include <QtCore/qabstracteventdispatcher.h>
#include <QtCore/qcommandlineparser.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qfile.h>
#include <QtCore/qlist.h>
#include <QtCore/qstandardpaths.h>
#include <QtCore/qstringlist.h>
#include <QtNetwork/qsslsocket.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <type_traits>

using namespace Bench;

namespace {

constexpr int ConnectTimeoutMs = 5000;
constexpr int ServerStartTimeoutMs = 10000;
constexpr int WatchdogMs = 120000;   // one phase; far above any sane duration
constexpr int TlsSetupTimeoutMs = 20000;   // openssl and stunnel, each
constexpr int ClusterSetupTimeoutMs = 60000;   // three servers, cluster create, cluster_state:ok

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() >= 3
            ? QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(parts[0]),
                                              QString::fromLatin1(parts[1]),
                                              QString::fromLatin1(parts[2]))
            : QStringLiteral("?");
}

QString opsText(double opsPerSecond)
{
    return QString::number(qRound64(opsPerSecond));
}

struct Implementation
{
    QChar letter;               // 'a', 'b', 'c', 'd'; 't': (b) over TLS, 's': (a) through stunnel
    QChar plainLetter;          // for 't' and 's': the plain-text implementation compared with
    QString name;               // "(a) hiredis+libevent"
    std::function<PhaseResult(const Workload &, int)> run;
    // The pub/sub workloads' subscriber and its name; none for (c) and (d).
    QString pubSubName;
    std::function<PhaseResult(const Workload &, int)> runPubSub;
    bool broken = false;
    QString error;

    bool runs(const Workload &w) const
    {
        return w.kind == Workload::Kind::PubSub ? bool(runPubSub) : bool(run);
    }
    const QString &nameFor(const Workload &w) const
    {
        return w.kind == Workload::Kind::PubSub ? pubSubName : name;
    }
};

struct Cell   // one workload x implementation
{
    QList<double> opsPerSecond;   // one per completed round
    QList<double> byRound;        // ops/s of round i, 0 if it did not complete
    qint64 mismatches = 0;
    QString error;
};

bool isPubSub(const Workload &w)
{
    return w.kind == Workload::Kind::PubSub;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qtredis-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Times GET workloads with raw hiredis+libevent, RedisClient's callback path and "
            "its RedisReply and QFuture paths, and pub/sub (P1) with a hiredis+libevent subscriber and a "
            "RedisSubscription, against one redis-server, and prints ops/s and ratios. With --tls (and "
            "--quick) also W1-W3 with RedisClient over TLS and with hiredis through stunnel."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("10x fewer operations (smoke test)."));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Measurements per workload and implementation (median reported)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Use the redis-server at this host instead of starting one. "
                                                       "Keys qtredis-bench:* are overwritten, then deleted; "
                                                       "P1 publishes on channels qtredis-bench:P1:*."),
                                        QStringLiteral("host"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port of the server given with --host (default 6379)."),
                                        QStringLiteral("port"));
    const QCommandLineOption serverOption(QStringLiteral("redis-server"),
                                          QStringLiteral("The redis-server program to start (default: redis-server from PATH)."),
                                          QStringLiteral("path"), QStringLiteral("redis-server"));
    const QCommandLineOption implOption(QStringLiteral("impl"),
                                        QStringLiteral("Implementations to run, e.g. a,b (default a,b,c,d,e)."),
                                        QStringLiteral("list"), QStringLiteral("a,b,c,d,e"));
    const QCommandLineOption workloadOption(QStringLiteral("workload"),
                                            QStringLiteral("Workloads to run, e.g. W1,P1 (default W1,W2,W3,P1)."),
                                            QStringLiteral("list"), QStringLiteral("W1,W2,W3,P1"));
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
                                       QStringLiteral("Also run W1-W3 with (b) over TLS and with (a) through a "
                                                      "client-mode stunnel, against the private server's TLS port "
                                                      "(certificates made with openssl at start); part of --quick."));
    const QCommandLineOption opensslOption(QStringLiteral("openssl"),
                                           QStringLiteral("The openssl program for --tls (default: openssl from PATH)."),
                                           QStringLiteral("path"), QStringLiteral("openssl"));
    const QCommandLineOption stunnelOption(QStringLiteral("stunnel"),
                                           QStringLiteral("The stunnel program for --tls (default: stunnel4 from PATH)."),
                                           QStringLiteral("path"), QStringLiteral("stunnel4"));
    const QCommandLineOption clusterOption(QStringLiteral("cluster"),
                                           QStringLiteral("Only the cluster workloads: W1 and W3 through connectToCluster() "
                                                          "on a private 3-master cluster against connectToHost() on the "
                                                          "private server, and hash-tagged against spread keys; part of --quick."));
    const QCommandLineOption cliOption(QStringLiteral("redis-cli"),
                                       QStringLiteral("The redis-cli program for --cluster (default: redis-cli from PATH)."),
                                       QStringLiteral("path"), QStringLiteral("redis-cli"));
    const QCommandLineOption sweepOption(QStringLiteral("sweep"),
                                         QStringLiteral("Only the sweeps: GET of 16 B .. 16 MiB values (10 in flight) and "
                                                        "of 64 B with 1 .. 1000 in flight, with (a), (b) and "
                                                        "redis-benchmark, and the peak client memory of one 16 MiB "
                                                        "reply; part of --quick (without --workload or --impl)."));
    const QCommandLineOption benchmarkOption(QStringLiteral("redis-benchmark"),
                                             QStringLiteral("The redis-benchmark program for the sweeps (default: "
                                                            "redis-benchmark from PATH; the sweeps go without it "
                                                            "when there is none)."),
                                             QStringLiteral("path"), QStringLiteral("redis-benchmark"));
    const QCommandLineOption csvOption(QStringLiteral("sweep-csv"),
                                       QStringLiteral("Write the sweeps' medians to this CSV file (for "
                                                      "scripts/bench-charts.sh)."),
                                       QStringLiteral("file"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Only the scale part: 100 and 1000 connected RedisClients in "
                                                        "one thread (heap per idle client, one PING each) and 10,000 "
                                                        "and 100,000 commands pending on one client (heap per "
                                                        "command, drain time); part of --quick (without --workload "
                                                        "or --impl)."));
    const QCommandLineOption keysOption(QStringLiteral("keys"),
                                        QStringLiteral("Only the keys part: RedisKeysModel over 10,000,000 keys made "
                                                       "with DEBUG POPULATE on a private server (flat and tree: first "
                                                       "1000 keys, whole load, longest event-loop stall, heap per key, "
                                                       "expanding a namespace of 1,000,000); --quick: 100,000 keys, "
                                                       "part of --quick (without --workload or --impl)."));
    QCommandLineOption probeOption(QStringLiteral("memory-probe"),
                                         QStringLiteral("Internal: GET --probe-key (of this many bytes) once from "
                                                        "--host/--port with --impl a or b and print the peak "
                                                        "resident size growth."),
                                         QStringLiteral("bytes"));
    QCommandLineOption probeKeyOption(QStringLiteral("probe-key"),
                                            QStringLiteral("Internal: the key --memory-probe reads."),
                                            QStringLiteral("key"));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    probeKeyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({quickOption, roundsOption, hostOption, portOption, serverOption,
                       implOption, workloadOption, tlsOption, opensslOption, stunnelOption,
                       clusterOption, cliOption, sweepOption, benchmarkOption, csvOption, scaleOption, keysOption,
                       probeOption, probeKeyOption});
    parser.process(app);

    if (parser.isSet(probeOption)) {
        const qint64 size = parser.value(probeOption).toLongLong();
        const QString impl = parser.value(implOption);
        if (size <= 0 || (impl != QLatin1String("a") && impl != QLatin1String("b")) || !parser.isSet(portOption)) {
            err(QStringLiteral("qtredis-bench: --memory-probe needs a size, --impl a or b, --host and --port"));
            return 2;
        }
        return runMemoryProbe(parser.value(hostOption), quint16(parser.value(portOption).toUInt()),
                              parser.value(probeKeyOption).toUtf8(), size, impl.at(0));
    }

    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1 || rounds > 1000) {
        err(QStringLiteral("qtredis-bench: --rounds takes a number from 1 to 1000"));
        return 2;
    }
    const bool external = parser.isSet(hostOption) || parser.isSet(portOption);
    quint16 port = 6379;
    if (parser.isSet(portOption)) {
        const uint p = parser.value(portOption).toUInt(&ok);
        if (!ok || p == 0 || p > 65535) {
            err(QStringLiteral("qtredis-bench: --port takes a TCP port number"));
            return 2;
        }
        port = quint16(p);
    }
    QString host = parser.isSet(hostOption) ? parser.value(hostOption) : QStringLiteral("127.0.0.1");
    const QStringList implFilter = parser.value(implOption).toLower().split(u',', Qt::SkipEmptyParts);
    const QStringList workloadFilter = parser.value(workloadOption).toUpper().split(u',', Qt::SkipEmptyParts);
    for (const QString &name : implFilter) {
        if (name != QLatin1String("a") && name != QLatin1String("b") && name != QLatin1String("c")
            && name != QLatin1String("d") && name != QLatin1String("e")) {
            err(QStringLiteral("qtredis-bench: unknown implementation \"%1\" (use a, b, c, d, e)").arg(name));
            return 2;
        }
    }
    for (const QString &name : workloadFilter) {
        if (name != QLatin1String("W1") && name != QLatin1String("W2") && name != QLatin1String("W3")
            && name != QLatin1String("P1")) {
            err(QStringLiteral("qtredis-bench: unknown workload \"%1\" (use W1, W2, W3, P1)").arg(name));
            return 2;
        }
    }
    const int scale = parser.isSet(quickOption) ? 10 : 1;
    // --cluster runs the cluster part only and fails when it cannot set it
    // up; --quick adds it to the rest and skips it (saying why) if it cannot.
    const bool keysOnly = parser.isSet(keysOption);
    const bool keys_ = keysOnly
            || (parser.isSet(quickOption) && !parser.isSet(workloadOption) && !parser.isSet(implOption));
    const bool scaleOnly = parser.isSet(scaleOption);
    const bool scale_ = scaleOnly
            || (parser.isSet(quickOption) && !parser.isSet(workloadOption) && !parser.isSet(implOption));
    const bool sweepOnly = parser.isSet(sweepOption);
    // --quick runs a short sweep too, unless --workload or --impl narrow the run.
    const bool sweep = sweepOnly
            || (parser.isSet(quickOption) && !parser.isSet(workloadOption) && !parser.isSet(implOption));
    if (int(sweepOnly) + int(parser.isSet(clusterOption)) + int(scaleOnly) + int(keysOnly) > 1) {
        err(QStringLiteral("qtredis-bench: --sweep, --scale, --keys and --cluster each run only their own part; "
                           "give one"));
        return 2;
    }
    // Before the private server starts: it inherits the limit.
    const long fileLimit = scale_ ? raiseFileLimit() : -1;
    const bool clusterOnly = parser.isSet(clusterOption);
    bool cluster = !sweepOnly && !scaleOnly && !keysOnly && (clusterOnly || parser.isSet(quickOption));
    QString clusterSkipped;
    const QStringList clusterWorkloads = [&] {
        QStringList ids;
        for (const QString &id : {QStringLiteral("W1"), QStringLiteral("W3")}) {
            if (workloadFilter.contains(id))
                ids.append(id);
        }
        return ids;
    }();
    if (cluster && external) {
        if (clusterOnly) {
            err(QStringLiteral("qtredis-bench: --cluster needs the private redis-server (not --host/--port)"));
            return 2;
        }
        cluster = false;
        clusterSkipped = QStringLiteral("needs the private redis-server (not --host/--port)");
    }
    if (cluster && clusterWorkloads.isEmpty()) {
        if (clusterOnly) {
            err(QStringLiteral("qtredis-bench: --cluster runs W1 and W3; --workload selects neither"));
            return 2;
        }
        cluster = false;
        clusterSkipped = QStringLiteral("--workload selects neither W1 nor W3");
    }
    // --tls asks for the TLS lines: failing to set them up is then an error.
    // --quick tries them too, but skips them (saying why) if it cannot.
    const bool tlsRequired = parser.isSet(tlsOption);
    bool tls = tlsRequired || (parser.isSet(quickOption) && !clusterOnly && !sweepOnly && !scaleOnly && !keysOnly);
    QString tlsSkipped;
    auto tlsUnavailable = [&](const QString &why) {
        if (tlsRequired) {
            err(QStringLiteral("qtredis-bench: --tls: %1").arg(why));
            return false;
        }
        tls = false;
        tlsSkipped = why;
        return true;
    };
    if (tls && external && !tlsUnavailable(QStringLiteral("needs the private redis-server (not --host/--port)")))
        return 2;
    if (tls && !QSslSocket::supportsSsl() && !tlsUnavailable(QStringLiteral("Qt has no TLS backend")))
        return 2;
    const bool tlsWorkloads = std::any_of(workloadFilter.cbegin(), workloadFilter.cend(), [](const QString &w) {
        return w != QLatin1String("P1");
    });
    const bool tlsImpls = implFilter.contains(QStringLiteral("a")) || implFilter.contains(QStringLiteral("b"));
    if (tls && (!tlsWorkloads || !tlsImpls)
        && !tlsUnavailable(QStringLiteral("needs a GET workload (W1-W3) and implementation a or b"))) {
        return 2;
    }

    // --- the server ---------------------------------------------------------
    TlsCertificates certificates;
    if (tls) {
        QString why;
        if (!certificates.create(parser.value(opensslOption), TlsSetupTimeoutMs, &why) && !tlsUnavailable(why))
            return 2;
    }
    PrivateRedisServer server;
    if (tls)
        server.setTls(certificates.serverCertFile(), certificates.serverKeyFile(), certificates.caFile());
    if (!external) {
        QString why;
        if (!server.start(parser.value(serverOption), ServerStartTimeoutMs, &why)) {
            err(QStringLiteral("qtredis-bench: %1").arg(why));
            return 2;
        }
        host = server.host();
        port = server.port();
    }
    StunnelClient stunnel;
    QString stunnelSkipped;   // --quick without a usable stunnel: (b) over TLS still runs
    if (tls && implFilter.contains(QStringLiteral("a"))) {
        QString why;
        if (!stunnel.start(parser.value(stunnelOption), certificates.directory(), server.tlsPort(),
                           certificates.caFile(), TlsCertificates::peerName(), TlsSetupTimeoutMs, &why)) {
            if (tlsRequired) {
                err(QStringLiteral("qtredis-bench: --tls: %1").arg(why));
                return 2;
            }
            stunnelSkipped = why;
        }
    }
    const QByteArray hostBytes = host.toUtf8();

    // --- the data -----------------------------------------------------------
    const QByteArray smallKey = QByteArrayLiteral("qtredis-bench:64B");
    const QByteArray largeKey = QByteArrayLiteral("qtredis-bench:64KiB");
    const QByteArray smallValue = makeValue(64, 17);
    const QByteArray largeValue = makeValue(64 * 1024, 89);
    // Each subscriber listens on a channel of its own, so that one's
    // measurement never feeds the other (PUBSUB NUMSUB checks it is alone).
    const QByteArray channelPrefix = QByteArrayLiteral("qtredis-bench:P1");
    const QByteArray channelA = channelPrefix + ":a";
    const QByteArray channelB = channelPrefix + ":b";
    const QByteArray messageValue = makeValue(64, 53);
    {
        QString why;
        if (!seedKeys(hostBytes, port, {{smallKey, smallValue}, {largeKey, largeValue}}, &why)) {
            err(QStringLiteral("qtredis-bench: seeding %1:%2 failed: %3").arg(host).arg(port).arg(why));
            return 2;
        }
    }

    // --- the cluster (--cluster, --quick) ------------------------------------
    // Started when its part runs, next to the single server; the servers go
    // with `privateCluster` at exit.
    // The tests' cluster fixture, with three masters and no replicas; it
    // finds its programs through QTREDIS_REDIS_SERVER / QTREDIS_REDIS_CLI.
    for (const auto &[option, variable] : {std::pair{&serverOption, "QTREDIS_REDIS_SERVER"},
                                           std::pair{&cliOption, "QTREDIS_REDIS_CLI"}}) {
        if (parser.isSet(*option)) {
            const QString program = QStandardPaths::findExecutable(parser.value(*option));
            qputenv(variable, (program.isEmpty() ? parser.value(*option) : program).toLocal8Bit());
        }
    }
    RedisTestCluster privateCluster(3, 0);
    auto runCluster = [&]() -> ClusterBenchOutcome {
        ClusterBenchOutcome outcome;
        if (!privateCluster.start(ClusterSetupTimeoutMs)) {
            const QString why = privateCluster.errorString();
            if (clusterOnly) {
                err(QStringLiteral("qtredis-bench: --cluster: %1").arg(why));
                outcome.failures = 1;
            } else {
                out(QStringLiteral("cluster lines skipped: %1").arg(why));
            }
            return outcome;
        }
        ClusterBenchSettings settings;
        settings.host = host;
        settings.port = port;
        settings.clusterNodes = privateCluster.seedNodes();
        settings.workloads = clusterWorkloads;
        settings.rounds = rounds;
        settings.scale = scale;
        settings.key = smallKey;
        settings.value = smallValue;
        settings.connectTimeoutMs = ConnectTimeoutMs;
        settings.watchdogMs = WatchdogMs;
        outcome = runClusterBench(settings);
        privateCluster.stop();
        return outcome;
    };
    auto runSweep = [&]() -> SweepBenchOutcome {
        SweepBenchSettings settings;
        settings.host = host;
        settings.port = port;
        settings.rounds = rounds;
        settings.scale = scale;
        settings.redisBenchmark = QStandardPaths::findExecutable(parser.value(benchmarkOption));
        if (settings.redisBenchmark.isEmpty())
            out(QStringLiteral("sweeps: no %1 found; the (r) column stays empty").arg(parser.value(benchmarkOption)));
        settings.csvFile = parser.value(csvOption);
        settings.connectTimeoutMs = ConnectTimeoutMs;
        settings.watchdogMs = WatchdogMs;
        return runSweepBench(settings);
    };
    auto runScale = [&]() -> ScaleBenchOutcome {
        ScaleBenchSettings settings;
        settings.host = host;
        settings.port = port;
        settings.scale = scale;
        settings.watchdogMs = WatchdogMs;
        out(QString());
        out(QStringLiteral("scale: open-file limit %1").arg(fileLimit));
        return runScaleBench(settings);
    };
    auto runKeys = [&]() -> KeysBenchOutcome {
        KeysBenchSettings settings;
        settings.redisServer = parser.value(serverOption);
        settings.scale = scale > 1 ? 100 : 1;
        out(QString());
        return runKeysBench(settings);
    };
    // A part run on its own (--keys, --scale, --sweep, --cluster): one line
    // about the setup, the part, one summary line.
    auto runOnly = [&](const QString &option, auto run) -> int {
        const QString loadBefore = loadAverage();
        out(QStringLiteral("qtredis-bench %1: Qt %2 (%3), hiredis %4.%5.%6, libevent %7, redis-server %8 at %9")
                    .arg(option, QString::fromLatin1(qVersion()),
                         QString::fromLatin1(QAbstractEventDispatcher::instance()
                                                     ? QAbstractEventDispatcher::instance()->metaObject()->className()
                                                     : "none"))
                    .arg(HIREDIS_MAJOR)
                    .arg(HIREDIS_MINOR)
                    .arg(HIREDIS_PATCH)
                    .arg(HiredisLibeventRunner::libeventVersion(), QString::fromLatin1(serverVersion(hostBytes, port)),
                         QStringLiteral("%1:%2%3").arg(host).arg(port).arg(external ? QString() : QStringLiteral(" (private)"))));
        out(QStringLiteral("%1 round(s)%2; load average before: %3")
                    .arg(rounds)
                    .arg(scale > 1 ? QStringLiteral(", --quick") : QString())
                    .arg(loadBefore));
        const auto outcome = run();
        qint64 verified = 0;
        qint64 mismatches = 0;
        if constexpr (std::is_same_v<decltype(outcome), const SweepBenchOutcome>
                      || std::is_same_v<decltype(outcome), const ClusterBenchOutcome>) {
            verified = outcome.verified;
            mismatches = outcome.mismatches;
        }
        out(QString());
        out(QStringLiteral("summary: %1; %2 replies verified, %3 mismatches, %4 failed measurements; "
                           "load average after: %5")
                    .arg(outcome.summary.isEmpty() ? QStringLiteral("not run") : outcome.summary)
                    .arg(verified)
                    .arg(mismatches)
                    .arg(outcome.failures)
                    .arg(loadAverage()));
        return (mismatches || outcome.failures) ? 1 : 0;
    };
    if (keysOnly)
        return runOnly(QStringLiteral("--keys"), runKeys);
    if (scaleOnly)
        return runOnly(QStringLiteral("--scale"), runScale);
    if (sweepOnly)
        return runOnly(QStringLiteral("--sweep"), runSweep);
    if (clusterOnly)
        return runOnly(QStringLiteral("--cluster"), runCluster);

    QList<Workload> workloads;
    auto addWorkload = [&](const QString &id, const QString &what, const QByteArray &key,
                           const QByteArray &value, int ops, int inFlight) {
        if (!workloadFilter.contains(id))
            return;
        Workload w;
        w.id = id;
        w.label = QStringLiteral("%1 %2, %3 in flight").arg(id, what).arg(inFlight);
        w.key = key;
        w.expected = value;
        w.ops = ops / scale;
        w.inFlight = inFlight;
        w.warmupOps = qMax(w.ops / 20, 2 * inFlight);
        workloads.append(w);
    };
    addWorkload(QStringLiteral("W1"), QStringLiteral("GET 64 B"), smallKey, smallValue, 200000, 100);
    addWorkload(QStringLiteral("W2"), QStringLiteral("GET 64 KiB"), largeKey, largeValue, 20000, 100);
    addWorkload(QStringLiteral("W3"), QStringLiteral("GET 64 B"), smallKey, smallValue, 20000, 1);
    // P1: 100,000 messages of 64 B to one subscriber; the publisher thread
    // pipelines its PUBLISHes 64 at a time (the workload's inFlight).
    if (workloadFilter.contains(QStringLiteral("P1"))) {
        Workload w;
        w.id = QStringLiteral("P1");
        w.label = QStringLiteral("P1 pub/sub, 64 B messages");
        w.kind = Workload::Kind::PubSub;
        w.key = channelPrefix;
        w.expected = messageValue;
        w.ops = 100000 / scale;
        w.inFlight = 64;
        w.warmupOps = qMax(w.ops / 20, 2 * w.inFlight);
        workloads.append(w);
    }
    if (workloads.isEmpty()) {
        err(QStringLiteral("qtredis-bench: --workload selects none of W1,W2,W3,P1"));
        return 2;
    }

    // --- the implementations, each with its own connection ------------------
    HiredisLibeventRunner hiredis;
    QtRedisRunner callbackRunner(QtRedisRunner::Mode::Callback);
    QtRedisRunner replyRunner(QtRedisRunner::Mode::Reply);
    QtRedisRunner manualReplyRunner(QtRedisRunner::Mode::ReplyManual);
    QtRedisRunner futureRunner(QtRedisRunner::Mode::Future);
    QtRedisRunner tlsCallbackRunner(QtRedisRunner::Mode::Callback);
    HiredisLibeventRunner stunnelHiredis;
    // P1's publisher and subscribers connect (and subscribe) on first use.
    Publisher publisher(hostBytes, port);
    HiredisSubscriber hiredisSubscriber(hostBytes, port, channelA);
    QtRedisSubscriber qtRedisSubscriber(host, port, channelB);

    QList<Implementation> impls;
    // connect(QString *why) -> bool; run(const Workload &, int ops) -> PhaseResult
    auto addImplementation = [&](QChar letter, const QString &name, auto connect, auto run,
                                 QChar plainLetter = QChar()) {
        if (!implFilter.contains(QString(plainLetter.isNull() ? letter : plainLetter)))
            return;
        Implementation impl;
        impl.letter = letter;
        impl.plainLetter = plainLetter;
        impl.name = name;
        impl.run = run;
        QString why;
        if (!connect(&why)) {
            impl.broken = true;
            impl.error = QStringLiteral("connect: %1").arg(why);
            err(QStringLiteral("FAILED %1: %2").arg(name, impl.error));
        }
        impls.append(impl);
    };
    addImplementation(
            u'a', QStringLiteral("(a) hiredis+libevent"),
            [&](QString *why) { return hiredis.connectToServer(hostBytes, port, ConnectTimeoutMs, why); },
            [&](const Workload &w, int ops) { return hiredis.run(w, ops, WatchdogMs); });
    addImplementation(
            u'b', QStringLiteral("(b) RedisClient callback"),
            [&](QString *why) { return callbackRunner.connectToServer(host, port, ConnectTimeoutMs, why); },
            [&](const Workload &w, int ops) { return callbackRunner.run(w, ops, WatchdogMs); });
    addImplementation(
            u'c', QStringLiteral("(c) RedisReply, autoDelete"),
            [&](QString *why) { return replyRunner.connectToServer(host, port, ConnectTimeoutMs, why); },
            [&](const Workload &w, int ops) { return replyRunner.run(w, ops, WatchdogMs); });
    addImplementation(
            u'd', QStringLiteral("(d) RedisReply, deleteLater"),
            [&](QString *why) { return manualReplyRunner.connectToServer(host, port, ConnectTimeoutMs, why); },
            [&](const Workload &w, int ops) { return manualReplyRunner.run(w, ops, WatchdogMs); });
    addImplementation(
            u'e', QStringLiteral("(e) QFuture, then(context)"),
            [&](QString *why) { return futureRunner.connectToServer(host, port, ConnectTimeoutMs, why); },
            [&](const Workload &w, int ops) { return futureRunner.run(w, ops, WatchdogMs); });
    if (tls) {
        addImplementation(
                u't', QStringLiteral("(b) RedisClient callback, TLS"),
                [&](QString *why) {
                    RedisConnectionOptions options;
                    options.setHost(host);
                    options.setPort(server.tlsPort());
                    options.setTlsEnabled(true);
                    options.setTlsCaCertificateFile(certificates.caFile());
                    options.setTlsPeerName(TlsCertificates::peerName());
                    return tlsCallbackRunner.connectToServer(options, ConnectTimeoutMs, why);
                },
                [&](const Workload &w, int ops) { return tlsCallbackRunner.run(w, ops, WatchdogMs); }, u'b');
        if (stunnel.port() != 0) {
            addImplementation(
                    u's', QStringLiteral("(a) hiredis+libevent via stunnel"),
                    [&](QString *why) {
                        return stunnelHiredis.connectToServer(QByteArrayLiteral("127.0.0.1"), stunnel.port(),
                                                              ConnectTimeoutMs, why);
                    },
                    [&](const Workload &w, int ops) { return stunnelHiredis.run(w, ops, WatchdogMs); }, u'a');
        }
    }
    if (impls.isEmpty()) {
        err(QStringLiteral("qtredis-bench: --impl selects none of a,b,c,d,e"));
        return 2;
    }
    for (Implementation &impl : impls) {
        if (impl.letter == u'a') {
            impl.pubSubName = QStringLiteral("(a) hiredis+libevent SUBSCRIBE");
            impl.runPubSub = [&](const Workload &w, int ops) {
                return hiredisSubscriber.run(w, ops, publisher, WatchdogMs);
            };
        } else if (impl.letter == u'b') {
            impl.pubSubName = QStringLiteral("(b) RedisSubscription signal");
            impl.runPubSub = [&](const Workload &w, int ops) {
                return qtRedisSubscriber.run(w, ops, publisher, WatchdogMs);
            };
        }
    }
    const bool anythingToRun = std::any_of(workloads.cbegin(), workloads.cend(), [&](const Workload &w) {
        return std::any_of(impls.cbegin(), impls.cend(),
                           [&](const Implementation &impl) { return impl.runs(w); });
    });
    if (!anythingToRun) {
        err(QStringLiteral("qtredis-bench: P1 (pub/sub) runs with a and b only"));
        return 2;
    }

    const QString loadBefore = loadAverage();
    const char *dispatcher = QAbstractEventDispatcher::instance()
            ? QAbstractEventDispatcher::instance()->metaObject()->className()
            : "none";
    out(QStringLiteral("qtredis-bench: Qt %1 (%2), hiredis %3.%4.%5, libevent %6, redis-server %7 at %8:%9%10")
                .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(dispatcher))
                .arg(HIREDIS_MAJOR)
                .arg(HIREDIS_MINOR)
                .arg(HIREDIS_PATCH)
                .arg(HiredisLibeventRunner::libeventVersion(),
                     QString::fromLatin1(serverVersion(hostBytes, port)), host)
                .arg(port)
                .arg(external ? QString() : QStringLiteral(" (private)")));
    if (tls) {
        out(QStringLiteral("TLS: redis-server's TLS port %1 (certificates made at start, P-256, verified); "
                           "Qt TLS backend %2 with %3; %4")
                    .arg(server.tlsPort())
                    .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString(),
                         stunnel.port() ? QStringLiteral("%1 in client mode on port %2")
                                                  .arg(StunnelClient::version(parser.value(stunnelOption)))
                                                  .arg(stunnel.port())
                         : stunnelSkipped.isEmpty() ? QStringLiteral("no stunnel (implementation a not selected)")
                                                    : QStringLiteral("stunnel line skipped: %1").arg(stunnelSkipped)));
    } else if (!tlsSkipped.isEmpty()) {
        out(QStringLiteral("TLS lines skipped: %1").arg(tlsSkipped));
    }
    out(QStringLiteral("%1 round(s)%2; load average before: %3")
                .arg(rounds)
                .arg(scale > 1 ? QStringLiteral(", --quick (ops / %1)").arg(scale) : QString())
                .arg(loadBefore));

    // --- the measurements ----------------------------------------------------
    // cells[w][i]: workload w, implementation i.
    Cell emptyCell;
    emptyCell.byRound = QList<double>(rounds, 0.0);
    QList<QList<Cell>> cells(workloads.size(), QList<Cell>(impls.size(), emptyCell));
    qint64 verified = 0;           // GET replies
    qint64 verifiedMessages = 0;   // pub/sub messages
    qint64 mismatches = 0;
    int failures = 0;

    for (qsizetype wi = 0; wi < workloads.size(); ++wi) {
        const Workload &w = workloads[wi];
        QList<qsizetype> runners;   // (c) and (d) have no pub/sub path of their own
        for (qsizetype ii = 0; ii < impls.size(); ++ii) {
            if (impls[ii].runs(w))
                runners.append(ii);
        }
        for (int round = 0; round < rounds && !runners.isEmpty(); ++round) {
            // Interleave the implementations, rotating who goes first, so
            // drifts (frequency, cache, other load) hit them all alike.
            for (qsizetype k = 0; k < runners.size(); ++k) {
                const qsizetype ii = runners[(k + round) % runners.size()];
                Implementation &impl = impls[ii];
                Cell &cell = cells[wi][ii];
                const QString &implName = impl.nameFor(w);
                if (impl.broken) {
                    if (cell.error.isEmpty())
                        cell.error = impl.error;
                    continue;
                }
                for (const bool timed : {false, true}) {
                    const PhaseResult r = isPubSub(w) ? impl.runPubSub(w, timed ? w.ops : w.warmupOps)
                                                      : impl.run(w, timed ? w.ops : w.warmupOps);
                    (isPubSub(w) ? verifiedMessages : verified) += r.ops;
                    mismatches += r.mismatches;
                    cell.mismatches += r.mismatches;
                    for (const QString &s : r.samples)
                        err(QStringLiteral("MISMATCH %1 %2 %3: %4")
                                    .arg(w.id, implName, timed ? QStringLiteral("timed") : QStringLiteral("warm-up"), s));
                    if (r.mismatches > r.samples.size())
                        err(QStringLiteral("MISMATCH %1 %2 %3: %4 mismatches in all (first %5 shown)")
                                    .arg(w.id, implName, timed ? QStringLiteral("timed") : QStringLiteral("warm-up"))
                                    .arg(r.mismatches)
                                    .arg(r.samples.size()));
                    if (!r.ok) {
                        ++failures;
                        impl.broken = true;
                        impl.error = QStringLiteral("%1 failed: %2")
                                             .arg(timed ? QStringLiteral("measurement") : QStringLiteral("warm-up"), r.error);
                        cell.error = impl.error;
                        err(QStringLiteral("FAILED %1 %2: %3").arg(w.id, implName, impl.error));
                        break;
                    }
                    if (timed) {
                        cell.opsPerSecond.append(r.opsPerSecond());
                        cell.byRound[round] = r.opsPerSecond();
                        err(QStringLiteral("  %1 round %2/%3 %4: %5 %6/s%7")
                                    .arg(w.id)
                                    .arg(round + 1)
                                    .arg(rounds)
                                    .arg(implName, opsText(r.opsPerSecond()),
                                         isPubSub(w) ? QStringLiteral("msg") : QStringLiteral("ops"),
                                         r.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.note)));
                    }
                }
            }
        }
    }

    // --- the table ------------------------------------------------------------
    qsizetype labelWidth = 0;
    for (const Workload &w : workloads)
        labelWidth = qMax(labelWidth, w.label.size());
    qsizetype nameWidth = 0;
    for (const Workload &w : workloads) {
        for (const Implementation &impl : impls) {
            if (impl.runs(w))
                nameWidth = qMax(nameWidth, impl.nameFor(w).size());
        }
    }

    // "vs (a)" divides the medians. "paired" is the median over rounds of
    // (this round's ops/s) / ((a)'s ops/s in the same round): the runs of one
    // round are adjacent in time, so a drift of the machine cancels out there.
    // Pub/sub rows count messages received per second (msg/s).
    out(QString());
    out(QStringLiteral("%1   %2   %3   %4   %5   %6")
                .arg(QStringLiteral("workload"), -int(labelWidth))
                .arg(QStringLiteral("implementation"), -int(nameWidth))
                .arg(QStringLiteral("median ops/s"), 16)
                .arg(QStringLiteral("vs (a)"), 6)
                .arg(QStringLiteral("paired"), 6)
                .arg(QStringLiteral("min..max ops/s over %1 round(s)").arg(rounds)));

    // Per implementation, per GET workload; pub/sub ratios are reported apart
    // (a different path of the client, and a different name in the table).
    QList<QList<double>> ratios(impls.size());
    QList<QList<double>> pairedRatios(impls.size());
    QStringList pubSubParts;
    const bool haveBaseline = impls.first().letter == u'a';
    for (qsizetype wi = 0; wi < workloads.size(); ++wi) {
        const Cell &base = cells[wi][0];
        const bool baseOk = haveBaseline && base.error.isEmpty() && !base.opsPerSecond.isEmpty();
        const double baseOps = baseOk ? median(base.opsPerSecond) : 0.0;
        const bool pubSub = isPubSub(workloads[wi]);
        for (qsizetype ii = 0; ii < impls.size(); ++ii) {
            if (!impls[ii].runs(workloads[wi]))
                continue;
            const Cell &cell = cells[wi][ii];
            const QString &implName = impls[ii].nameFor(workloads[wi]);
            QString line = QStringLiteral("%1   %2   ")
                                   .arg(workloads[wi].label, -int(labelWidth))
                                   .arg(implName, -int(nameWidth));
            if (!cell.error.isEmpty() || cell.opsPerSecond.isEmpty()) {
                line += QStringLiteral("FAILED: %1").arg(cell.error);
            } else {
                const double m = median(cell.opsPerSecond);
                const auto [lo, hi] = std::minmax_element(cell.opsPerSecond.cbegin(),
                                                          cell.opsPerSecond.cend());
                QString ratio = QStringLiteral("-");
                QString paired = QStringLiteral("-");
                if (baseOk) {
                    ratio = QString::number(m / baseOps, 'f', 2);
                    if (!pubSub)
                        ratios[ii].append(m / baseOps);
                    QList<double> perRound;
                    for (int r = 0; r < rounds; ++r) {
                        if (cell.byRound[r] > 0 && base.byRound[r] > 0)
                            perRound.append(cell.byRound[r] / base.byRound[r]);
                    }
                    if (!perRound.isEmpty()) {
                        paired = QString::number(median(perRound), 'f', 2);
                        if (!pubSub)
                            pairedRatios[ii].append(median(perRound));
                    }
                    if (pubSub && impls[ii].letter != u'a')
                        pubSubParts.append(QStringLiteral("%1 %2 at %3x of (a) (paired %4)")
                                                   .arg(workloads[wi].id, implName, ratio, paired));
                }
                line += QStringLiteral("%1 %2/s   %3   %4   %5..%6")
                                .arg(opsText(m), 10)
                                .arg(pubSub ? QStringLiteral("msg") : QStringLiteral("ops"))
                                .arg(ratio, 6)
                                .arg(paired, 6)
                                .arg(opsText(*lo), opsText(*hi));
            }
            if (cell.mismatches)
                line += QStringLiteral("   %1 MISMATCHES").arg(cell.mismatches);
            out(line);
        }
    }

    auto geometricMean = [](const QList<double> &values) {
        double logSum = 0;
        for (double v : values)
            logSum += std::log(v);
        return std::exp(logSum / double(values.size()));
    };

    // TLS: each TLS line against its own plain-text implementation, measured
    // in the same rounds ("vs plain": medians; "paired": per round).
    QStringList tlsParts;
    if (tls) {
        auto indexOf = [&](QChar letter) -> qsizetype {
            for (qsizetype ii = 0; ii < impls.size(); ++ii) {
                if (impls[ii].letter == letter)
                    return ii;
            }
            return -1;
        };
        out(QString());
        out(QStringLiteral("TLS, each against its plain-text run:"));
        out(QStringLiteral("%1   %2   %3   %4   %5")
                    .arg(QStringLiteral("workload"), -int(labelWidth))
                    .arg(QStringLiteral("implementation"), -int(nameWidth))
                    .arg(QStringLiteral("median ops/s"), 16)
                    .arg(QStringLiteral("vs plain"), 8)
                    .arg(QStringLiteral("paired"), 6));
        for (qsizetype ii = 0; ii < impls.size(); ++ii) {
            if (impls[ii].plainLetter.isNull())
                continue;
            const qsizetype plain = indexOf(impls[ii].plainLetter);
            QList<double> medianRatios;
            QList<double> pairedRatiosTls;
            for (qsizetype wi = 0; wi < workloads.size(); ++wi) {
                if (isPubSub(workloads[wi]))
                    continue;
                const Cell &cell = cells[wi][ii];
                QString line = QStringLiteral("%1   %2   ")
                                       .arg(workloads[wi].label, -int(labelWidth))
                                       .arg(impls[ii].name, -int(nameWidth));
                if (!cell.error.isEmpty() || cell.opsPerSecond.isEmpty()) {
                    out(line + QStringLiteral("FAILED: %1").arg(cell.error));
                    continue;
                }
                const double m = median(cell.opsPerSecond);
                QString ratio = QStringLiteral("-");
                QString paired = QStringLiteral("-");
                const Cell *base = plain >= 0 ? &cells[wi][plain] : nullptr;
                if (base && base->error.isEmpty() && !base->opsPerSecond.isEmpty()) {
                    const double r = m / median(base->opsPerSecond);
                    medianRatios.append(r);
                    ratio = QString::number(r, 'f', 2);
                    QList<double> perRound;
                    for (int round = 0; round < rounds; ++round) {
                        if (cell.byRound[round] > 0 && base->byRound[round] > 0)
                            perRound.append(cell.byRound[round] / base->byRound[round]);
                    }
                    if (!perRound.isEmpty()) {
                        pairedRatiosTls.append(median(perRound));
                        paired = QString::number(median(perRound), 'f', 2);
                    }
                }
                out(line + QStringLiteral("%1 ops/s   %2   %3").arg(opsText(m), 10).arg(ratio, 8).arg(paired, 6));
            }
            if (!medianRatios.isEmpty()) {
                QStringList each;
                for (double r : std::as_const(medianRatios))
                    each.append(QString::number(r, 'f', 2));
                tlsParts.append(QStringLiteral("%1 at %2x of plain (%3) (geometric mean of %4; paired %5)")
                                        .arg(impls[ii].name, QString::number(geometricMean(medianRatios), 'f', 2),
                                             QString(impls[ii].plainLetter), each.join(u' '),
                                             pairedRatiosTls.isEmpty()
                                                     ? QStringLiteral("-")
                                                     : QString::number(geometricMean(pairedRatiosTls), 'f', 2)));
            }
        }
    }
    QStringList parts;
    for (qsizetype ii = 0; ii < impls.size(); ++ii) {
        if (impls[ii].letter == u'a' || ratios[ii].isEmpty())
            continue;
        QStringList each;
        for (double r : ratios[ii])
            each.append(QString::number(r, 'f', 2));
        parts.append(QStringLiteral("%1 at %2x of (a) (geometric mean of %3; paired %4)")
                             .arg(impls[ii].name, QString::number(geometricMean(ratios[ii]), 'f', 2),
                                  each.join(u' '),
                                  pairedRatios[ii].isEmpty()
                                          ? QStringLiteral("-")
                                          : QString::number(geometricMean(pairedRatios[ii]), 'f', 2)));
    }
    parts.append(pubSubParts);
    parts.append(tlsParts);
    if (cluster) {
        out(QString());
        const ClusterBenchOutcome outcome = runCluster();
        verified += outcome.verified;
        mismatches += outcome.mismatches;
        failures += outcome.failures;
        if (!outcome.summary.isEmpty())
            parts.append(outcome.summary);
    } else if (!clusterSkipped.isEmpty()) {
        out(QStringLiteral("cluster lines skipped: %1").arg(clusterSkipped));
    }
    if (keys_) {
        const KeysBenchOutcome outcome = runKeys();
        failures += outcome.failures;
        if (!outcome.summary.isEmpty())
            parts.append(outcome.summary);
    }
    if (scale_) {
        const ScaleBenchOutcome outcome = runScale();
        failures += outcome.failures;
        if (!outcome.summary.isEmpty())
            parts.append(outcome.summary);
    }
    if (sweep) {
        const SweepBenchOutcome outcome = runSweep();
        verified += outcome.verified;
        mismatches += outcome.mismatches;
        failures += outcome.failures;
        if (!outcome.summary.isEmpty())
            parts.append(outcome.summary);
    }
    out(QString());
    out(QStringLiteral("summary: %1%2 replies and %3 messages verified, %4 mismatches, %5 failed measurements; "
                       "load average after: %6")
                .arg(parts.isEmpty() ? QString() : parts.join(QStringLiteral("; ")) + QStringLiteral("; "))
                .arg(verified)
                .arg(verifiedMessages)
                .arg(mismatches)
                .arg(failures)
                .arg(loadAverage()));

    if (external)
        deleteKeys(hostBytes, port, {smallKey, largeKey});
    // The runners (declared after the server) disconnect first, then the
    // server is killed.
    return (mismatches || failures) ? 1 : 0;
}
