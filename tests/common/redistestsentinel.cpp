// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redistestsentinel.h"
#include "redistestserver.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#ifdef Q_OS_LINUX
#  include <csignal>
#  include <sys/prctl.h>
#  include <unistd.h>
#endif

namespace {

constexpr int NodeCount = 3;
constexpr int SentinelCount = 3;
constexpr int StartTimeoutMs = 10000;

QString address(quint16 port)
{
    return QStringLiteral("127.0.0.1:") + QString::number(port);
}

// redis-cli prints the elements of (nested) arrays one a line.
QList<QByteArray> lines(const QByteArray &out)
{
    QList<QByteArray> list = out.split('\n');
    for (QByteArray &line : list)
        line = line.trimmed();
    return list;
}

// The value after key in a flat key/value listing (SENTINEL master).
QByteArray field(const QByteArray &out, const QByteArray &key)
{
    const QList<QByteArray> list = lines(out);
    for (qsizetype i = 0; i + 1 < list.size(); ++i) {
        if (list.at(i) == key)
            return list.at(i + 1);
    }
    return QByteArray();
}

} // namespace

struct RedisTestSentinel::Sentinel
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QString configPath() const { return dir->filePath(QStringLiteral("sentinel.conf")); }
    QString logPath() const { return dir->filePath(QStringLiteral("sentinel.log")); }
};

RedisTestSentinel::RedisTestSentinel() = default;

RedisTestSentinel::~RedisTestSentinel()
{
    for (auto &sentinel : m_sentinels) {
        if (sentinel->process) {
            sentinel->process->kill();
            sentinel->process->waitForFinished(5000);
        }
    }
    m_nodes.clear();
}

bool RedisTestSentinel::start()
{
    // The data nodes: a master, then its replicas.
    const QStringList common{QStringLiteral("--requirepass"), dataPassword(), QStringLiteral("--masterauth"),
                             dataPassword()};
    for (int i = 0; i < NodeCount; ++i) {
        auto server = std::make_unique<RedisTestServer>();
        server->setCliPassword(dataPassword());
        QStringList args = common;
        if (i > 0)
            args << QStringLiteral("--replicaof") << QStringLiteral("127.0.0.1") << QString::number(m_nodes[0]->port());
        if (!server->start(args)) {
            m_error = QStringLiteral("data node %1: %2").arg(i).arg(server->errorString());
            return false;
        }
        m_nodes.push_back(std::move(server));
    }
    // The replicas are in sync before the sentinels first ask the master.
    const QDeadlineTimer synced(StartTimeoutMs);
    while (!nodeCli(0, {QStringLiteral("INFO"), QStringLiteral("replication")}).contains("connected_slaves:2")) {
        if (synced.hasExpired()) {
            m_error = QStringLiteral("the replicas did not connect to the master");
            return false;
        }
        QTest::qWait(50);
    }
    for (int i = 0; i < SentinelCount; ++i) {
        auto sentinel = std::make_unique<Sentinel>();
        sentinel->dir = std::make_unique<QTemporaryDir>();
        if (!sentinel->dir->isValid()) {
            m_error = QStringLiteral("no temporary directory for a sentinel");
            return false;
        }
        if (!startSentinel(*sentinel, true))
            return false;
        m_sentinels.push_back(std::move(sentinel));
    }
    return waitUntilStable(30000);
}

bool RedisTestSentinel::startSentinel(Sentinel &sentinel, bool newPort)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (newPort || sentinel.port == 0) {
            sentinel.port = RedisTestServer::freePort();
            // A fresh configuration (the sentinel rewrites its own later).
            QFile config(sentinel.configPath());
            if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                m_error = QStringLiteral("cannot write %1").arg(config.fileName());
                return false;
            }
            const QByteArray name = masterName().toUtf8();
            QByteArray text;
            text += "port " + QByteArray::number(sentinel.port) + "\n";
            text += "bind 127.0.0.1\n";
            text += "daemonize no\n";
            text += "dir " + QFile::encodeName(sentinel.dir->path()) + "\n";
            text += "requirepass " + sentinelPassword().toUtf8() + "\n";
            text += "sentinel resolve-hostnames no\n";
            text += "sentinel sentinel-pass " + sentinelPassword().toUtf8() + "\n";
            text += "sentinel monitor " + name + " 127.0.0.1 " + QByteArray::number(m_nodes[0]->port()) + " 2\n";
            text += "sentinel auth-pass " + name + " " + dataPassword().toUtf8() + "\n";
            text += "sentinel down-after-milliseconds " + name + " 1000\n";
            text += "sentinel failover-timeout " + name + " 3000\n";
            text += "sentinel parallel-syncs " + name + " 2\n";
            config.write(text);
        }
        QString program = QStandardPaths::findExecutable(QStringLiteral("redis-sentinel"));
        QStringList arguments{sentinel.configPath()};
        if (program.isEmpty()) { // redis-server is a sentinel too
            program = RedisTestServer::redisServerPath();
            arguments << QStringLiteral("--sentinel");
        }
        const qint64 logOffset = QFileInfo(sentinel.logPath()).size();
        sentinel.process = std::make_unique<QProcess>();
        sentinel.process->setProgram(program);
        sentinel.process->setArguments(arguments);
        sentinel.process->setWorkingDirectory(sentinel.dir->path());
        sentinel.process->setStandardInputFile(QProcess::nullDevice());
        sentinel.process->setProcessChannelMode(QProcess::MergedChannels);
        sentinel.process->setStandardOutputFile(sentinel.logPath(), QIODevice::Append);
#ifdef Q_OS_LINUX
        const pid_t parent = ::getpid();
        sentinel.process->setChildProcessModifier([parent] {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(127);
        });
#endif
        sentinel.process->start();
        if (!sentinel.process->waitForStarted(StartTimeoutMs)) {
            m_error = QStringLiteral("could not start %1: %2").arg(program, sentinel.process->errorString());
            return false;
        }
        const QDeadlineTimer deadline(StartTimeoutMs);
        bool inUse = false;
        for (;;) {
            if (sentinel.process->state() == QProcess::NotRunning) {
                QFile log(sentinel.logPath());
                log.open(QIODevice::ReadOnly);
                log.seek(logOffset);
                const QByteArray text = log.readAll();
                inUse = text.contains("Address already in use");
                m_error = QStringLiteral("redis-sentinel exited: %1").arg(QString::fromLocal8Bit(text.trimmed()));
                break;
            }
            if (cli(sentinel.port, sentinelPassword(), {QStringLiteral("PING")}, 1000) == "PONG")
                return true;
            if (deadline.hasExpired()) {
                m_error = QStringLiteral("redis-sentinel on port %1 does not answer").arg(sentinel.port);
                return false;
            }
            QTest::qWait(20);
        }
        sentinel.process.reset();
        if (!inUse || !newPort)
            return false;
    }
    return false;
}

QStringList RedisTestSentinel::sentinelAddresses() const
{
    QStringList list;
    for (const auto &sentinel : m_sentinels)
        list << address(sentinel->port);
    return list;
}

quint16 RedisTestSentinel::sentinelPort(int i) const
{
    return m_sentinels.at(size_t(i))->port;
}

QString RedisTestSentinel::nodeAddress(int i) const
{
    return address(m_nodes.at(size_t(i))->port());
}

int RedisTestSentinel::nodeIndex(const QString &addr) const
{
    for (int i = 0; i < nodeCount(); ++i) {
        if (nodeAddress(i) == addr)
            return i;
    }
    return -1;
}

QByteArray RedisTestSentinel::role(int i)
{
    if (!node(i).isRunning())
        return QByteArray();
    return lines(nodeCli(i, {QStringLiteral("ROLE")})).value(0);
}

QString RedisTestSentinel::masterAddress()
{
    for (int i = 0; i < int(m_sentinels.size()); ++i) {
        if (!isSentinelRunning(i))
            continue;
        const QList<QByteArray> reply =
                lines(sentinelCli(i, {QStringLiteral("SENTINEL"), QStringLiteral("get-master-addr-by-name"),
                                      masterName()}));
        if (reply.size() >= 2 && !reply.at(1).isEmpty())
            return QString::fromUtf8(reply.at(0) + ':' + reply.at(1));
    }
    return QString();
}

int RedisTestSentinel::killMaster()
{
    const int index = nodeIndex(masterAddress());
    if (index >= 0)
        node(index).kill();
    return index;
}

bool RedisTestSentinel::restartNode(int i)
{
    if (!node(i).restart()) {
        m_error = node(i).errorString();
        return false;
    }
    const QString master = masterAddress();
    if (!master.isEmpty() && master != nodeAddress(i)) {
        const qsizetype colon = master.lastIndexOf(QLatin1Char(':'));
        nodeCli(i, {QStringLiteral("REPLICAOF"), master.left(colon), master.mid(colon + 1)});
    }
    return true;
}

void RedisTestSentinel::killSentinel(int i)
{
    Sentinel &sentinel = *m_sentinels.at(size_t(i));
    if (sentinel.process) {
        sentinel.process->kill();
        sentinel.process->waitForFinished(5000);
        sentinel.process.reset();
    }
}

bool RedisTestSentinel::restartSentinel(int i)
{
    killSentinel(i);
    return startSentinel(*m_sentinels.at(size_t(i)), false);
}

bool RedisTestSentinel::isSentinelRunning(int i) const
{
    const Sentinel &sentinel = *m_sentinels.at(size_t(i));
    return sentinel.process && sentinel.process->state() != QProcess::NotRunning;
}

bool RedisTestSentinel::failover(int timeoutMs, bool settle)
{
    const QString before = masterAddress();
    const QDeadlineTimer deadline(timeoutMs);
    int asker = 0;
    while (asker < int(m_sentinels.size()) && !isSentinelRunning(asker))
        ++asker;
    const auto startFailover = [&]() {
        for (;;) {
            const QByteArray reply = sentinelCli(asker, {QStringLiteral("SENTINEL"), QStringLiteral("FAILOVER"),
                                                         masterName()});
            if (reply == "OK")
                return true;
            // NOGOODSLAVE / INPROG: the replicas or the last failover are not settled yet.
            if (deadline.hasExpired()) {
                m_error = QStringLiteral("SENTINEL FAILOVER: %1").arg(QString::fromUtf8(reply));
                return false;
            }
            QTest::qWait(100);
        }
    };
    if (!startFailover())
        return false;
    while (masterAddress() == before || masterAddress().isEmpty()) {
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("the sentinels still name %1 as the master").arg(before);
            return false;
        }
        // A failover that overruns failover-timeout (3 s; a loaded machine
        // can take longer to promote) is aborted by the sentinel; it has not
        // moved the master, so ask again.
        const QByteArray flags = field(sentinelCli(asker, {QStringLiteral("SENTINEL"), QStringLiteral("master"),
                                                           masterName()}),
                                       "flags");
        if (!flags.isEmpty() && !flags.contains("failover_in_progress") && masterAddress() == before) {
            if (!startFailover())
                return false;
        }
        QTest::qWait(50);
    }
    return !settle || waitUntilStable(int(qMax<qint64>(1, deadline.remainingTime())));
}

bool RedisTestSentinel::isStable(QString *why)
{
    QString master;
    int running = 0;
    for (int i = 0; i < int(m_sentinels.size()); ++i)
        running += isSentinelRunning(i) ? 1 : 0;
    for (int i = 0; i < int(m_sentinels.size()); ++i) {
        if (!isSentinelRunning(i))
            continue;
        const QByteArray info = sentinelCli(i, {QStringLiteral("SENTINEL"), QStringLiteral("master"), masterName()});
        const QString address = QString::fromUtf8(field(info, "ip") + ':' + field(info, "port"));
        if (master.isEmpty())
            master = address;
        if (address != master) {
            *why = QStringLiteral("the sentinels disagree: %1 and %2").arg(master, address);
            return false;
        }
        if (field(info, "flags") != "master") {
            *why = QStringLiteral("sentinel %1 flags the master %2").arg(i).arg(QString::fromUtf8(field(info, "flags")));
            return false;
        }
        if (field(info, "num-other-sentinels").toInt() < running - 1) {
            *why = QStringLiteral("sentinel %1 knows %2 other sentinels")
                           .arg(i).arg(QString::fromUtf8(field(info, "num-other-sentinels")));
            return false;
        }
        int healthyReplicas = 0;
        const QList<QByteArray> replicas =
                lines(sentinelCli(i, {QStringLiteral("SENTINEL"), QStringLiteral("replicas"), masterName()}));
        for (qsizetype l = 0; l + 1 < replicas.size(); ++l) {
            if (replicas.at(l) == "flags" && replicas.at(l + 1) == "slave")
                ++healthyReplicas;
        }
        int runningNodes = 0;
        for (int n = 0; n < nodeCount(); ++n)
            runningNodes += node(n).isRunning() ? 1 : 0;
        if (healthyReplicas < runningNodes - 1) {
            *why = QStringLiteral("sentinel %1 sees %2 healthy replicas").arg(i).arg(healthyReplicas);
            return false;
        }
    }
    const int index = nodeIndex(master);
    if (index < 0) {
        *why = QStringLiteral("no sentinel names a known master (%1)").arg(master);
        return false;
    }
    // Every other running node is its replica, with the link up (a stale
    // master -- forced out or restarted -- is demoted here, as the
    // sentinels would do after 8 s).
    for (int n = 0; n < nodeCount(); ++n) {
        if (n == index || !node(n).isRunning())
            continue;
        const QByteArray info = nodeCli(n, {QStringLiteral("INFO"), QStringLiteral("replication")});
        if (info.contains("role:master")) {
            nodeCli(n, {QStringLiteral("REPLICAOF"), QStringLiteral("127.0.0.1"),
                        QString::number(node(index).port())});
            *why = QStringLiteral("node %1 was still a master").arg(n);
            return false;
        }
        if (!info.contains("master_port:" + QByteArray::number(node(index).port()))
            || !info.contains("master_link_status:up")) {
            *why = QStringLiteral("node %1 does not replicate %2 yet").arg(n).arg(master);
            return false;
        }
    }
    return role(index) == "master";
}

bool RedisTestSentinel::waitUntilStable(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString why;
    while (!isStable(&why)) {
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("the deployment did not settle: %1").arg(why);
            return false;
        }
        QTest::qWait(100);
    }
    return true;
}

QByteArray RedisTestSentinel::cli(quint16 port, const QString &password, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    QStringList arguments{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                          QString::number(port), QStringLiteral("--no-auth-warning"), QStringLiteral("-a"), password};
    process.start(RedisTestServer::redisCliPath(), arguments + args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return QByteArray();
    }
    return process.readAllStandardOutput().trimmed();
}

QByteArray RedisTestSentinel::sentinelCli(int i, const QStringList &args, int timeoutMs)
{
    return cli(sentinelPort(i), sentinelPassword(), args, timeoutMs);
}

QByteArray RedisTestSentinel::nodeCli(int i, const QStringList &args, int timeoutMs)
{
    return cli(node(i).port(), dataPassword(), args, timeoutMs);
}

QString RedisTestSentinel::sentinelLog(int i) const
{
    QFile log(m_sentinels.at(size_t(i))->logPath());
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLocal8Bit(log.readAll());
}
