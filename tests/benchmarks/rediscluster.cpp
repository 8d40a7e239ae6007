// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "rediscluster.h"

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qprocess.h>
#include <QtCore/qthread.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qtcpserver.h>

namespace Bench {

namespace {

// Runs redis-cli with `arguments`; its stdout (and stderr), or a null array
// when it cannot run, fails or times out.
QByteArray runCli(const QString &program, const QStringList &arguments, int timeoutMs, QString *error)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(program, arguments);
    if (!cli.waitForStarted(timeoutMs)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, cli.errorString());
        return QByteArray();
    }
    if (!cli.waitForFinished(timeoutMs)) {
        cli.kill();
        cli.waitForFinished(1000);
        *error = QStringLiteral("%1 %2 did not finish within %3 ms").arg(program, arguments.join(u' ')).arg(timeoutMs);
        return QByteArray();
    }
    const QByteArray output = cli.readAll();
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed (exit code %3): %4")
                         .arg(program, arguments.join(u' '))
                         .arg(cli.exitCode())
                         .arg(QString::fromLocal8Bit(output.right(500)));
        return QByteArray();
    }
    return output.isNull() ? QByteArray("") : output;
}

// The cluster bus port is the data port + 10000 by default, which does not
// exist for a data port above 55535: every node gets a free one of its own.
quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace

PrivateRedisCluster::~PrivateRedisCluster()
{
    stop();
}

QStringList PrivateRedisCluster::nodes() const
{
    QStringList result;
    for (const auto &server : m_servers)
        result.append(QStringLiteral("%1:%2").arg(server->host()).arg(server->port()));
    return result;
}

bool PrivateRedisCluster::start(const QString &serverProgram, const QString &cliProgram, int masters,
                                int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (int i = 0; i < masters; ++i) {
        auto server = std::make_unique<PrivateRedisServer>();
        // nodes.conf lands in the server's own temporary directory (--dir).
        server->setExtraArguments({QStringLiteral("--cluster-enabled"), QStringLiteral("yes"),
                                   QStringLiteral("--cluster-config-file"), QStringLiteral("nodes.conf"),
                                   QStringLiteral("--cluster-node-timeout"), QStringLiteral("5000"),
                                   QStringLiteral("--cluster-port"), QString::number(freePort())});
        QString why;
        if (!server->start(serverProgram, int(qMax<qint64>(1000, deadline.remainingTime())), &why)) {
            *error = QStringLiteral("cluster node %1: %2").arg(i + 1).arg(why);
            stop();
            return false;
        }
        m_servers.push_back(std::move(server));
    }
    QString why;
    if (runCli(cliProgram, QStringList{QStringLiteral("--cluster"), QStringLiteral("create")} + nodes()
                       + QStringList{QStringLiteral("--cluster-replicas"), QStringLiteral("0"),
                                     QStringLiteral("--cluster-yes")},
               int(qMax<qint64>(1000, deadline.remainingTime())), &why)
                .isNull()) {
        *error = QStringLiteral("redis-cli --cluster create: %1").arg(why);
        stop();
        return false;
    }
    // Every node must see the whole slot map before the clients start.
    for (const auto &server : m_servers) {
        for (;;) {
            const QByteArray info = runCli(cliProgram,
                                           {QStringLiteral("-h"), server->host(), QStringLiteral("-p"),
                                            QString::number(server->port()), QStringLiteral("CLUSTER"),
                                            QStringLiteral("INFO")},
                                           5000, &why);
            if (info.contains("cluster_state:ok"))
                break;
            if (deadline.hasExpired()) {
                *error = QStringLiteral("cluster node %1:%2 not cluster_state:ok within %3 ms%4")
                                 .arg(server->host())
                                 .arg(server->port())
                                 .arg(timeoutMs)
                                 .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
                stop();
                return false;
            }
            QThread::msleep(50);
        }
    }
    return true;
}

void PrivateRedisCluster::stop()
{
    for (const auto &server : m_servers)
        server->stop();
    m_servers.clear();
}

} // namespace Bench
