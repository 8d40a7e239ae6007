// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Soak: mixed commands for N minutes while the server is killed (SIGKILL) and
// restarted on the same port every 20 s. Every command's callback must run
// exactly once: "lost" counts those that never ran, "duplicated" those that
// ran twice. Prints one line per interval and a final summary.
// With --cluster: a 6-node Redis Cluster, master kills and resharding
// (clustersoak.h).
#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaEnum>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>

#include "clustersoak.h"

#include <redisclient.h>
#include <redistestserver.h>

#include <cstdio>
#include <vector>

namespace {

struct Counters
{
    quint64 issued = 0;
    quint64 succeeded = 0;   // a reply from the server (server error replies included)
    quint64 serverErrors = 0;
    quint64 failed = 0;      // a client-side error (connection lost, timeout, ...)
    quint64 duplicated = 0;  // a callback that ran more than once
    QMap<QtRedis::Error, quint64> byError;
};

QList<QByteArray> randomCommand(QRandomGenerator &rng)
{
    const QByteArray key = "soak:" + QByteArray::number(rng.bounded(1000));
    const QByteArray value = QByteArray(int(rng.bounded(1, 200)), char('a' + rng.bounded(26)));
    switch (rng.bounded(10)) {
    case 0: return {"SET", key, value};
    case 1: return {"GET", key};
    case 2: return {"INCR", "soak:counter"};
    case 3: return {"LPUSH", "soak:list", value};
    case 4: return {"LRANGE", "soak:list", "0", "9"};
    case 5: return {"HSET", "soak:hash", key, value};
    case 6: return {"HGETALL", "soak:hash"};
    case 7: return {"DEL", key};
    case 8: return {"MGET", key, "soak:counter", "soak:nothing"};
    default: return {"PING"};
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Mixed commands against a private redis-server that is killed and restarted "
            "periodically; checks that every callback runs exactly once."));
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("How long to run (default 10)."),
                                           QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption killOption(QStringLiteral("kill-every"), QStringLiteral("Seconds between server kills (default 20)."),
                                        QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption inFlightOption(QStringLiteral("in-flight"), QStringLiteral("Commands kept outstanding (default 50)."),
                                            QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption clusterOption(QStringLiteral("cluster"),
                                           QStringLiteral("A private 6-node cluster (3 masters, 3 replicas) instead: "
                                                          "SET/GET/INCR/MGET/DEL on spread and hash-tagged keys while "
                                                          "masters are SIGKILLed (and restarted after the failover) and "
                                                          "slots resharded, alternately; INCR counters checked at the end."));
    const QCommandLineOption durationOption(QStringLiteral("duration-seconds"),
                                            QStringLiteral("How long to run, in seconds (default: 600; overrides --minutes)."),
                                            QStringLiteral("S"));
    const QCommandLineOption chaosOption(QStringLiteral("chaos-every"),
                                         QStringLiteral("--cluster: seconds between two chaos steps (default 10)."),
                                         QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption stepsOption(QStringLiteral("chaos"),
                                         QStringLiteral("--cluster: the chaos steps, run in turn (default kill,reshard,migrate)."),
                                         QStringLiteral("list"), QStringLiteral("kill,reshard,migrate"));
    parser.addOptions({minutesOption, killOption, inFlightOption, clusterOption, durationOption, chaosOption, stepsOption});
    parser.process(app);
    if (parser.isSet(clusterOption)) {
        ClusterSoakSettings settings;
        settings.durationSeconds = parser.isSet(durationOption) ? qMax(1, parser.value(durationOption).toInt())
                : parser.isSet(minutesOption) ? qMax(1, int(parser.value(minutesOption).toDouble() * 60))
                                               : 600;
        settings.chaosEverySeconds = qMax(1, parser.value(chaosOption).toInt());
        settings.inFlight = qMax(1, parser.value(inFlightOption).toInt());
        settings.chaosSteps = parser.value(stepsOption).toLower().split(u',', Qt::SkipEmptyParts);
        for (const QString &step : std::as_const(settings.chaosSteps)) {
            if (step != QLatin1String("kill") && step != QLatin1String("reshard") && step != QLatin1String("migrate")) {
                std::fprintf(stderr, "soak: unknown chaos step \"%s\" (use kill, reshard, migrate)\n", qPrintable(step));
                return 2;
            }
        }
        return runClusterSoak(settings);
    }
    const double minutes = parser.isSet(durationOption) ? parser.value(durationOption).toDouble() / 60
                                                        : parser.value(minutesOption).toDouble();
    const int killEvery = qMax(1, parser.value(killOption).toInt());
    const int inFlight = qMax(1, parser.value(inFlightOption).toInt());

    RedisTestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "soak: cannot start redis-server: %s\n", qPrintable(server.errorString()));
        return 2;
    }

    RedisClient client;
    client.setReconnectInitialDelay(50);
    client.setReconnectMaxDelay(1000);
    client.setCommandTimeout(3000);
    client.setHealthCheckInterval(2000);
    client.connectToHost(server.host(), server.port());

    Counters counters;
    std::vector<quint8> calls; // per command: how often its callback ran
    QRandomGenerator rng(20261126);
    bool issuing = true;
    quint64 outstanding = 0;
    quint64 kills = 0;
    QElapsedTimer clock;
    clock.start();

    std::function<void()> issueOne = [&] {
        const quint64 id = counters.issued++;
        calls.push_back(0);
        ++outstanding;
        client.command(randomCommand(rng), &app, [&, id](const RedisValue &v) {
            if (++calls[id] > 1) {
                ++counters.duplicated;
                return;
            }
            --outstanding;
            if (v.isClientError()) {
                ++counters.failed;
                ++counters.byError[v.error()];
            } else {
                ++counters.succeeded;
                if (v.isServerError())
                    ++counters.serverErrors;
            }
            if (issuing)
                issueOne();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        issueOne();

    auto report = [&](const char *label) {
        std::printf("%s t=%llds issued=%llu succeeded=%llu failed-with-error=%llu outstanding=%llu "
                    "duplicated=%llu kills=%llu state=%d\n",
                    label, static_cast<long long>(clock.elapsed() / 1000),
                    static_cast<unsigned long long>(counters.issued), static_cast<unsigned long long>(counters.succeeded),
                    static_cast<unsigned long long>(counters.failed), static_cast<unsigned long long>(outstanding),
                    static_cast<unsigned long long>(counters.duplicated), static_cast<unsigned long long>(kills),
                    int(client.state()));
        std::fflush(stdout);
    };

    QTimer killer;
    QObject::connect(&killer, &QTimer::timeout, &app, [&] {
        server.kill();
        ++kills;
        if (!server.restart())
            std::fprintf(stderr, "soak: restart failed: %s\n", qPrintable(server.errorString()));
        report("kill");
    });
    killer.start(killEvery * 1000);

    QTimer stopper;
    stopper.setSingleShot(true);
    QObject::connect(&stopper, &QTimer::timeout, &app, [&] {
        issuing = false;
        killer.stop();
        // Every callback must have run within the command timeout and the
        // reconnect cap; give it generously more, then count what is missing.
        QTimer::singleShot(30000, &app, &QCoreApplication::quit);
        QTimer *poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&] {
            if (outstanding == 0)
                app.quit();
        });
        poll->start(100);
    });
    stopper.start(int(minutes * 60 * 1000));

    app.exec();
    quint64 lost = 0;
    for (quint8 n : calls)
        lost += n == 0 ? 1 : 0;
    report("end");
    QStringList errors;
    for (auto it = counters.byError.cbegin(); it != counters.byError.cend(); ++it)
        errors << QStringLiteral("%1=%2").arg(QString::fromLatin1(QMetaEnum::fromType<QtRedis::Error>().valueToKey(int(it.key())))).arg(it.value());
    std::printf("soak: %.1f min, %llu server kills: issued=%llu succeeded=%llu (server error replies %llu) "
                "failed-with-error=%llu [%s] lost=%llu duplicated=%llu\n",
                minutes, static_cast<unsigned long long>(kills), static_cast<unsigned long long>(counters.issued),
                static_cast<unsigned long long>(counters.succeeded), static_cast<unsigned long long>(counters.serverErrors),
                static_cast<unsigned long long>(counters.failed), qPrintable(errors.join(QLatin1Char(' '))),
                static_cast<unsigned long long>(lost), static_cast<unsigned long long>(counters.duplicated));
    return lost == 0 && counters.duplicated == 0 ? 0 : 1;
}
