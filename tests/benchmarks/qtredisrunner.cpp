// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "qtredisrunner.h"

#include <redisreply.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qeventloop.h>

namespace Bench {

namespace {

QString valueKind(RedisValue::Type type)
{
    switch (type) {
    case RedisValue::Type::Nil: return QStringLiteral("Nil");
    case RedisValue::Type::String: return QStringLiteral("String");
    case RedisValue::Type::Status: return QStringLiteral("Status");
    case RedisValue::Type::Error: return QStringLiteral("Error");
    case RedisValue::Type::Integer: return QStringLiteral("Integer");
    case RedisValue::Type::Array: return QStringLiteral("Array");
    }
    return QStringLiteral("type %1").arg(int(type));
}

} // namespace

// A plain functor, so the fast path's per-command allocation is the
// library's FunctorCall holding one pointer, nothing of ours.
struct QtRedisRunner::OnReply
{
    QtRedisRunner *runner;
    void operator()(const RedisValue &value) const { runner->handle(value); }
};

QtRedisRunner::QtRedisRunner(Mode mode)
    : m_mode(mode)
{
    m_watchdog.setSingleShot(true);
    QObject::connect(&m_watchdog, &QTimer::timeout, &m_context, [this] {
        fail(QStringLiteral("watchdog: no progress in time (%1 of %2 replies)")
                     .arg(m_result.ops)
                     .arg(m_total));
    });
    QObject::connect(&m_client, &RedisClient::disconnected, &m_context,
                     [this] { fail(QStringLiteral("disconnected")); });
}

QtRedisRunner::~QtRedisRunner()
{
    m_running = false;
    m_client.abort();
    // Replies of the RedisReply path that were deleteLater()'d.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool QtRedisRunner::isConnected() const
{
    return m_client.state() == RedisClient::State::Connected;
}

bool QtRedisRunner::connectToServer(const QString &host, quint16 port, int timeoutMs,
                                    QString *error)
{
    RedisConnectionOptions options = m_client.options();
    options.setHost(host);
    options.setPort(port);
    options.setUnixSocketPath(QString());
    return connectToServer(options, timeoutMs, error);
}

bool QtRedisRunner::connectToServer(const RedisConnectionOptions &connectionOptions, int timeoutMs,
                                    QString *error)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool done = false;
    QString why;
    auto finish = [&](const QString &message) {
        if (done)
            return;
        done = true;
        why = message;
        loop.quit();
    };
    const auto c1 = QObject::connect(&m_client, &RedisClient::connected, &loop,
                                     [&] { finish(QString()); });
    const auto c2 = QObject::connect(&m_client, &RedisClient::errorOccurred, &loop,
                                     [&](QtRedis::Error, const QString &message) {
                                         finish(message.isEmpty() ? QStringLiteral("error")
                                                                  : message);
                                     });
    QObject::connect(&timeout, &QTimer::timeout, &loop,
                     [&] { finish(QStringLiteral("connect timed out")); });

    RedisConnectionOptions options = connectionOptions;
    options.setConnectTimeout(timeoutMs);
    m_client.setOptions(options);
    m_client.connectToServer();
    if (!done && !isConnected()) {
        timeout.start(timeoutMs + 1000);   // the client's own timeout should fire first
        loop.exec();
    }
    QObject::disconnect(c1);
    QObject::disconnect(c2);

    if (!isConnected()) {
        *error = why.isEmpty() ? m_client.errorString() : why;
        if (error->isEmpty())
            *error = QStringLiteral("not connected");
        return false;
    }
    return true;
}

bool QtRedisRunner::connectToCluster(const QStringList &seedNodes, int timeoutMs, QString *error)
{
    RedisConnectionOptions options = m_client.options();
    options.setTopology(RedisConnectionOptions::Topology::Cluster);
    options.setUnixSocketPath(QString());
    options.setDatabase(0);
    options.setSeedNodes(seedNodes);
    return connectToServer(options, timeoutMs, error);
}

bool QtRedisRunner::setKeys(const QList<QPair<QByteArray, QByteArray>> &keyValues, int timeoutMs,
                            QString *error)
{
    if (!isConnected()) {
        *error = QStringLiteral("not connected");
        return false;
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    qsizetype pending = keyValues.size();
    QString why;
    for (const auto &keyValue : keyValues) {
        const QByteArray key = keyValue.first;
        m_client.command({QByteArrayLiteral("SET"), key, keyValue.second}, &loop, [&, key](const RedisValue &v) {
            if (why.isEmpty() && !(v.isStatus() && v.toByteArray() == "OK"))
                why = QStringLiteral("SET %1: %2").arg(QString::fromUtf8(key), v.isError() ? v.errorString() : QStringLiteral("not OK"));
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0) {
        timeout.start(timeoutMs);
        loop.exec();
    }
    if (pending > 0)
        why = QStringLiteral("%1 of %2 SETs unanswered after %3 ms").arg(pending).arg(keyValues.size()).arg(timeoutMs);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    return true;
}

void QtRedisRunner::fail(const QString &why)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = false;
    m_result.error = why;
    m_result.nsecs = m_timer.nsecsElapsed();
    if (m_loop)
        m_loop->quit();
}

void QtRedisRunner::issueOne()
{
    const QList<QByteArray> &args = m_args.size() == 1 ? m_args.constFirst() : m_args.at(m_issued % m_args.size());
    ++m_issued;
    if (m_mode == Mode::Callback) {
        m_client.command(args, &m_context, OnReply{this});
        return;
    }
    if (m_mode == Mode::Future) {
        m_client.commandFuture(args).then(&m_context, OnReply{this});
        return;
    }
    RedisReply *reply = m_client.command(args);
    if (!reply) {
        fail(QStringLiteral("command() returned no reply object"));
        return;
    }
    if (reply->isFinished()) {   // finished before we could connect (a client-side failure)
        reply->deleteLater();
        handle(reply->value());
        return;
    }
    if (m_mode == Mode::Reply) {
        reply->setAutoDelete(true);
        QObject::connect(reply, &RedisReply::finished, &m_context,
                         [this, reply] { handle(reply->value()); });
        return;
    }
    QObject::connect(reply, &RedisReply::finished, &m_context, [this, reply] {
        reply->deleteLater();
        handle(reply->value());
    });
}

void QtRedisRunner::handle(const RedisValue &value)
{
    if (!m_running)
        return;   // a late reply after a failure
    if (value.isClientError()) {
        // Not the server's answer: the connection is in trouble. Stop issuing
        // (with a failing client a new command could fail at once, again and again).
        fail(QStringLiteral("client-side error: %1").arg(value.errorString()));
        return;
    }
    ++m_result.ops;
    if (value.type() != RedisValue::Type::String || value.toByteArray() != *m_expected) {
        ++m_result.mismatches;
        if (m_result.samples.size() < MaxMismatchSamples) {
            const QByteArray payload = value.isInteger() || value.isArray() || value.isNil()
                    ? QByteArray()
                    : value.toByteArray();
            m_result.samples.append(QStringLiteral("reply #%1: %2")
                                            .arg(m_result.ops)
                                            .arg(describeReply(valueKind(value.type()), payload)));
        }
    }
    if (m_issued < m_total)
        issueOne();
    if (m_result.ops == m_total && m_running) {
        m_result.nsecs = m_timer.nsecsElapsed();
        m_result.ok = true;
        m_running = false;
        if (m_loop)
            m_loop->quit();
    }
}

PhaseResult QtRedisRunner::run(const Workload &w, int ops, int watchdogMs)
{
    m_result = PhaseResult();
    if (!isConnected()) {
        m_result.error = QStringLiteral("not connected");
        return m_result;
    }
    if (ops <= 0) {
        m_result.ok = true;
        return m_result;
    }
    m_args.clear();
    if (w.keys.isEmpty()) {
        m_args.append({QByteArrayLiteral("GET"), w.key});
    } else {
        for (const QByteArray &key : w.keys)
            m_args.append({QByteArrayLiteral("GET"), key});
    }
    m_expected = &w.expected;
    m_total = ops;
    m_issued = 0;
    m_running = true;

    QEventLoop loop;
    m_loop = &loop;
    m_watchdog.start(watchdogMs);

    m_timer.start();
    const int first = qMin(w.inFlight, ops);
    for (int i = 0; i < first && m_running; ++i)
        issueOne();
    if (m_running)
        loop.exec();

    m_watchdog.stop();
    m_loop = nullptr;
    m_expected = nullptr;
    // Delete the replies of the RedisReply path still waiting for deleteLater(),
    // so they do not pile up into the next measurement.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return m_result;
}

} // namespace Bench
