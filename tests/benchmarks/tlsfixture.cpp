// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "tlsfixture.h"

#include <redistestserver.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qlist.h>
#include <QtCore/qstringlist.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qtcpsocket.h>

#include <sys/prctl.h>
#include <csignal>
#include <unistd.h>

namespace Bench {

namespace {

const char StunnelLog[] = "stunnel.log";

// Children die with us (PR_SET_PDEATHSIG), and do not start if we are gone.
void killWithParent(QProcess &process)
{
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
}

} // namespace

QString TlsCertificates::file(const char *name) const
{
    return QDir(m_dir.path()).filePath(QString::fromLatin1(name));
}

QString TlsCertificates::caFile() const { return file("ca.pem"); }
QString TlsCertificates::serverCertFile() const { return file("server.pem"); }
QString TlsCertificates::serverKeyFile() const { return file("server.key"); }

bool TlsCertificates::create(const QString &openssl, int timeoutMs, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    QFile ext(file("server.ext"));
    if (!ext.open(QIODevice::WriteOnly)
        || ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n") <= 0) {
        *error = QStringLiteral("cannot write %1").arg(ext.fileName());
        return false;
    }
    ext.close();

    // P-256 keys: made in milliseconds; the handshake is not what is timed.
    const QStringList newKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QList<QStringList> steps{
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey
                + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                              QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=qtredis-bench CA")},
        QStringList{QStringLiteral("req")} + newKey
                + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                              QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
        QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                    QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                    QStringLiteral("server.ext")},
    };
    const QDeadlineTimer deadline(timeoutMs);
    for (const QStringList &args : steps) {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(openssl, args);
        if (!process.waitForStarted(qMax(1, int(deadline.remainingTime())))) {
            *error = QStringLiteral("cannot run %1: %2").arg(openssl, process.errorString());
            return false;
        }
        if (!process.waitForFinished(qMax(1, int(deadline.remainingTime())))) {
            process.kill();
            process.waitForFinished(1000);
            *error = QStringLiteral("%1 %2 did not finish within %3 ms").arg(openssl, args.first()).arg(timeoutMs);
            return false;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *error = QStringLiteral("%1 %2 failed: %3")
                             .arg(openssl, args.first(), QString::fromLocal8Bit(process.readAll().trimmed()));
            return false;
        }
    }
    return true;
}

StunnelClient::~StunnelClient()
{
    stop();
}

QString StunnelClient::version(const QString &program)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, {QStringLiteral("-version")});
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(1000);
        return QString();
    }
    // stunnel prints an "Initializing ..." line first.
    const QList<QByteArray> lines = process.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("stunnel "))
            return QString::fromLocal8Bit(line.trimmed());
    }
    return QString();
}

QString StunnelClient::logTail() const
{
    QFile log(QDir(m_workDir).filePath(QString::fromLatin1(StunnelLog)));
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QStringList tail;
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - 5); i < lines.size(); ++i)
        tail.append(QString::fromLocal8Bit(lines.at(i)));
    return tail.join(u'\n');
}

bool StunnelClient::start(const QString &program, const QString &workDir, quint16 targetPort,
                          const QString &caFile, const QString &peerName, int timeoutMs, QString *error)
{
    m_workDir = workDir;
    m_pidFile = QDir(workDir).filePath(QStringLiteral("stunnel.pid"));
    m_port = 0;   // set once it accepts connections
    const quint16 port = RedisTestServer::freePort();
    if (port == 0) {
        *error = QStringLiteral("cannot find a free TCP port on 127.0.0.1");
        return false;
    }
    const QString configPath = QDir(workDir).filePath(QStringLiteral("stunnel.conf"));
    QFile config(configPath);
    const QString text = QStringLiteral(
            "; qtredis-bench: plain connections on 127.0.0.1:%1 carried over TLS to redis-server\n"
            "foreground = yes\n"
            "pid = %2\n"
            "debug = warning\n"
            "\n"
            "[redis]\n"
            "client = yes\n"
            "accept = 127.0.0.1:%1\n"
            "connect = 127.0.0.1:%3\n"
            "CAfile = %4\n"
            "verifyChain = yes\n"
            "checkHost = %5\n"
            "sni = %5\n"
            "socket = l:TCP_NODELAY=1\n"
            "socket = r:TCP_NODELAY=1\n")
                                 .arg(port)
                                 .arg(m_pidFile)
                                 .arg(targetPort)
                                 .arg(caFile, peerName);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) || config.write(text.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    config.close();

    m_process.setProgram(program);
    m_process.setArguments({configPath});
    m_process.setWorkingDirectory(workDir);
    m_process.setProcessChannelMode(QProcess::MergedChannels);   // foreground: it logs to stderr
    m_process.setStandardOutputFile(QDir(workDir).filePath(QString::fromLatin1(StunnelLog)), QIODevice::Truncate);
    m_process.setStandardInputFile(QProcess::nullDevice());
    killWithParent(m_process);
    const QDeadlineTimer deadline(timeoutMs);
    m_process.start();
    if (!m_process.waitForStarted(qMax(1000, int(deadline.remainingTime())))) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    // Ready once its port accepts a connection (that one goes no further).
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            m_port = port;
            return true;
        }
        // Doubles as a short pause between attempts.
        if (m_process.waitForFinished(20) || m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("%1 exited (code %2) before accepting connections\n%3")
                             .arg(program)
                             .arg(m_process.exitCode())
                             .arg(logTail());
            return false;
        }
    }
    stop();
    *error = QStringLiteral("%1 did not accept connections on port %2 within %3 ms\n%4")
                     .arg(program)
                     .arg(port)
                     .arg(timeoutMs)
                     .arg(logTail());
    return false;
}

void StunnelClient::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    if (!m_pidFile.isEmpty())
        QFile::remove(m_pidFile);
}

} // namespace Bench
