// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisserver.h"

#include <redistestserver.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qtcpsocket.h>

#include <sys/prctl.h>
#include <csignal>
#include <unistd.h>

namespace Bench {

namespace {
constexpr int StartAttempts = 3;   // another process may grab the port we picked
const char LogFileName[] = "redis-server.log";
} // namespace

PrivateRedisServer::~PrivateRedisServer()
{
    stop();
}

bool PrivateRedisServer::answersPing(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(200))
        return false;
    socket.write("*1\r\n$4\r\nPING\r\n");
    if (!socket.waitForBytesWritten(200))
        return false;
    QByteArray answer;
    QDeadlineTimer deadline(500);
    while (!answer.contains("\r\n") && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        answer += socket.readAll();
    }
    return answer.startsWith("+PONG\r\n");
}

QString PrivateRedisServer::logTail() const
{
    QFile log(QDir(m_dir.path()).filePath(QString::fromLatin1(LogFileName)));
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray all = log.readAll();
    const QList<QByteArray> lines = all.trimmed().split('\n');
    QStringList tail;
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - 5); i < lines.size(); ++i)
        tail.append(QString::fromLocal8Bit(lines.at(i)));
    return tail.join(u'\n');
}

void PrivateRedisServer::setTls(const QString &certFile, const QString &keyFile, const QString &caFile)
{
    m_tlsArguments = {
            QStringLiteral("--tls-cert-file"), certFile,
            QStringLiteral("--tls-key-file"), keyFile,
            QStringLiteral("--tls-ca-cert-file"), caFile,
            QStringLiteral("--tls-auth-clients"), QStringLiteral("no"),
    };
}

bool PrivateRedisServer::start(const QString &program, int timeoutMs, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    const pid_t parent = ::getpid();

    for (int attempt = 1; attempt <= StartAttempts; ++attempt) {
        m_port = RedisTestServer::freePort();
        if (m_port == 0) {
            *error = QStringLiteral("cannot find a free TCP port on 127.0.0.1");
            return false;
        }
        QStringList tlsArguments;
        if (!m_tlsArguments.isEmpty()) {
            m_tlsPort = RedisTestServer::freePort();
            if (m_tlsPort == 0 || m_tlsPort == m_port) {
                *error = QStringLiteral("cannot find a second free TCP port on 127.0.0.1");
                return false;
            }
            tlsArguments = QStringList{QStringLiteral("--tls-port"), QString::number(m_tlsPort)} + m_tlsArguments;
        }
        m_process.setProgram(program);
        m_process.setArguments(QStringList{
                QStringLiteral("--port"), QString::number(m_port),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--save"), QString(),
                QStringLiteral("--appendonly"), QStringLiteral("no"),
                QStringLiteral("--daemonize"), QStringLiteral("no"),
                QStringLiteral("--dir"), m_dir.path(),
                QStringLiteral("--logfile"), QString(),   // stdout, i.e. our log file
        } + tlsArguments + m_extraArguments);
        m_process.setWorkingDirectory(m_dir.path());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(QDir(m_dir.path()).filePath(QString::fromLatin1(LogFileName)),
                                        QIODevice::Truncate);
        m_process.setStandardInputFile(QProcess::nullDevice());
        // Runs in the child between fork() and exec(): the server gets SIGKILL
        // when we die, however we die. If we are already gone, do not start.
        m_process.setChildProcessModifier([parent] {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(127);
        });
        m_process.start();
        if (!m_process.waitForStarted(qMax(1000, int(deadline.remainingTime())))) {
            *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
            return false;
        }

        bool exited = false;
        while (!deadline.hasExpired()) {
            if (answersPing(m_port))
                return true;
            // Doubles as a short sleep between attempts.
            if (m_process.waitForFinished(20) || m_process.state() == QProcess::NotRunning) {
                exited = true;
                break;
            }
        }
        const QString tail = logTail();
        if (!exited) {
            stop();
            *error = QStringLiteral("redis-server on port %1 did not answer PING within %2 ms\n%3")
                             .arg(m_port)
                             .arg(timeoutMs)
                             .arg(tail);
            return false;
        }
        if (tail.contains(QLatin1String("Address already in use")) && attempt < StartAttempts)
            continue;   // lost the race for the port: pick another one
        *error = QStringLiteral("redis-server exited (code %1) before answering PING\n%2")
                         .arg(m_process.exitCode())
                         .arg(tail);
        return false;
    }
    *error = QStringLiteral("redis-server could not bind a free port in %1 attempts").arg(StartAttempts);
    return false;
}

void PrivateRedisServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace Bench
