// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// Implementations (b) and (c) of qtredis-bench: RedisClient's callback fast
// path and its RedisReply (QObject) path, both run by the Qt event loop.
#ifndef QTREDIS_BENCH_QTREDISRUNNER_H
#define QTREDIS_BENCH_QTREDISRUNNER_H

#include "benchtypes.h"

#include <redisclient.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

QT_BEGIN_NAMESPACE
class QEventLoop;
QT_END_NAMESPACE

namespace Bench {

class QtRedisRunner
{
public:
    enum class Mode {
        Callback,    // client.command(args, &context, functor)
        Reply,       // RedisReply *r = client.command(args); r->setAutoDelete(true); connect(r, &RedisReply::finished, ...)
        ReplyManual, // the same, with r->deleteLater() in the slot instead of auto-deletion
        Future       // client.commandFuture(args).then(&context, functor)
    };

    explicit QtRedisRunner(Mode mode);
    ~QtRedisRunner();
    QtRedisRunner(const QtRedisRunner &) = delete;
    QtRedisRunner &operator=(const QtRedisRunner &) = delete;

    // Connects and waits (at most timeoutMs, running an event loop) for connected().
    bool connectToServer(const QString &host, quint16 port, int timeoutMs, QString *error);
    // The same with every option given (TLS, for example).
    bool connectToServer(const RedisConnectionOptions &options, int timeoutMs, QString *error);
    // A Redis Cluster through RedisClient::connectToCluster()'s routing
    // ("host:port" seeds); connected() comes once the slot map is loaded.
    bool connectToCluster(const QStringList &seedNodes, int timeoutMs, QString *error);
    // SETs every key to its value through this client (routed by slot on a
    // cluster) and waits for all the replies.
    bool setKeys(const QList<QPair<QByteArray, QByteArray>> &keyValues, int timeoutMs, QString *error);
    bool isConnected() const;
    // On a cluster: the master serving key's slot ("host:port").
    QString nodeForKey(const QByteArray &key) const { return m_client.nodeForKey(key); }

    // Issues `ops` GETs of w.key (or of w.keys in turn) keeping w.inFlight outstanding: a new command
    // is issued from each reply. Runs a QEventLoop until the last reply (or
    // a failure, or watchdogMs without finishing).
    PhaseResult run(const Workload &w, int ops, int watchdogMs);

private:
    struct OnReply;          // the fast path's functor
    friend struct OnReply;

    void issueOne();
    void handle(const RedisValue &value);
    void fail(const QString &why);

    const Mode m_mode;
    RedisClient m_client;
    QObject m_context;          // context of the callbacks and connections
    QTimer m_watchdog;

    // The phase in progress.
    QEventLoop *m_loop = nullptr;
    bool m_running = false;
    QList<QList<QByteArray>> m_args;   // built once per phase, one per key, reused in turn
    const QByteArray *m_expected = nullptr;
    int m_total = 0;
    int m_issued = 0;
    PhaseResult m_result;
    QElapsedTimer m_timer;
};

} // namespace Bench

#endif // QTREDIS_BENCH_QTREDISRUNNER_H
