// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "sshtestserver.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#  include <sys/prctl.h>
#endif

namespace {
constexpr int StartTimeoutMs = 10000;
constexpr int StopTimeoutMs = 5000;
constexpr int ToolTimeoutMs = 15000;
const QString Sshd = QStringLiteral("/usr/sbin/sshd");

// The process dies with the test process (the thread that started it).
void dieWithParent(QProcess *process)
{
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
#else
    Q_UNUSED(process);
#endif
}

// Every process below pid (children, their children, ...), from /proc.
QList<qint64> descendantsOf(qint64 pid)
{
    QHash<qint64, QList<qint64>> children;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool ok = false;
        const qint64 child = it.fileName().toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(it.filePath() + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children[fields.at(1).toLongLong()].append(child);
    }
    QList<qint64> result;
    QList<qint64> todo = {pid};
    while (!todo.isEmpty()) {
        const qint64 next = todo.takeFirst();
        for (qint64 child : children.value(next)) {
            result.append(child);
            todo.append(child);
        }
    }
    return result;
}
} // namespace

SshTestServer::SshTestServer() = default;

SshTestServer::~SshTestServer()
{
    kill();
    if (m_agent) {
        m_agent->kill();
        m_agent->waitForFinished(StopTimeoutMs);
    }
}

QString SshTestServer::user() const
{
    const struct passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
}

QString SshTestServer::directory() const { return m_dir ? m_dir->path() : QString(); }
QString SshTestServer::clientKeyPath() const { return directory() + QStringLiteral("/client_key"); }
QString SshTestServer::passphraseKeyPath() const { return directory() + QStringLiteral("/passphrase_key"); }
QString SshTestServer::unknownKeyPath() const { return directory() + QStringLiteral("/unknown_key"); }
QString SshTestServer::knownHostsPath() const { return directory() + QStringLiteral("/known_hosts"); }
QString SshTestServer::changedKnownHostsPath() const { return directory() + QStringLiteral("/known_hosts_changed"); }
QString SshTestServer::agentSocketPath() const { return directory() + QStringLiteral("/agent.sock"); }
QString SshTestServer::logFilePath() const { return directory() + QStringLiteral("/sshd.log"); }
QString SshTestServer::hostKeyFingerprint() const { return m_fingerprint; }

QString SshTestServer::emptyKnownHostsPath(const QString &name)
{
    const QString path = directory() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    return path;
}

bool SshTestServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SshTestServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool SshTestServer::run(const QString &program, const QStringList &args, QByteArray *output,
                        const QStringList &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args);
    if (!process.waitForFinished(ToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3 %4")
                          .arg(program, args.join(QLatin1Char(' ')), process.errorString(),
                               QString::fromLocal8Bit(process.readAllStandardError().trimmed()));
        process.kill();
        process.waitForFinished(StopTimeoutMs);
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

// Keys, authorized_keys and the configuration; once.
bool SshTestServer::prepare()
{
    if (m_dir)
        return true;
    if (!QFileInfo(Sshd).isExecutable()) {
        m_error = QStringLiteral("%1 is not installed (openssh-server)").arg(Sshd);
        return false;
    }
    // Privilege separation's chroot; only root needs (and can make) it.
    if (::geteuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd")))
        ::mkdir("/run/sshd", 0755);

    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/qtredis-sshd-XXXXXX"));
    if (!dir->isValid()) {
        m_error = QStringLiteral("no temporary directory: %1").arg(dir->errorString());
        return false;
    }
    m_dir = std::move(dir);
    const QString keygen = QStringLiteral("ssh-keygen");
    const QString d = directory();
    struct Key { QString file; QString passphrase; };
    const QList<Key> keys = {
        {d + QStringLiteral("/host_key"), QString()},
        {d + QStringLiteral("/host_key_other"), QString()},
        {clientKeyPath(), QString()},
        {passphraseKeyPath(), passphrase()},
        {unknownKeyPath(), QString()},
    };
    for (const Key &key : keys) {
        if (!run(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                          key.passphrase, QStringLiteral("-C"), QStringLiteral("qtredis-test"), QStringLiteral("-f"),
                          key.file})) {
            m_dir.reset();
            return false;
        }
    }
    auto publicKey = [](const QString &file) {
        QFile f(file + QStringLiteral(".pub"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    };
    QFile authorized(d + QStringLiteral("/authorized_keys"));
    if (!authorized.open(QIODevice::WriteOnly)) {
        m_error = authorized.errorString();
        m_dir.reset();
        return false;
    }
    authorized.write(publicKey(clientKeyPath()) + '\n' + publicKey(passphraseKeyPath()) + '\n');
    authorized.close();

    QByteArray fingerprint;
    if (!run(keygen, {QStringLiteral("-l"), QStringLiteral("-f"), d + QStringLiteral("/host_key.pub")}, &fingerprint)) {
        m_dir.reset();
        return false;
    }
    m_fingerprint = QString::fromLatin1(fingerprint.split(' ').value(1));

    const QByteArray config = QStringLiteral(
            "ListenAddress 127.0.0.1\n"
            "HostKey %1/host_key\n"
            "AuthorizedKeysFile %1/authorized_keys\n"
            "PidFile %1/sshd.pid\n"
            "UsePAM no\n"
            "PermitRootLogin prohibit-password\n"
            "StrictModes no\n"
            "PubkeyAuthentication yes\n"
            "PasswordAuthentication no\n"
            "KbdInteractiveAuthentication no\n"
            "AllowTcpForwarding yes\n"
            "AllowStreamLocalForwarding yes\n"
            "AllowAgentForwarding no\n"
            "X11Forwarding no\n"
            "PrintMotd no\n"
            "LogLevel INFO\n")
                                      .arg(d)
                                      .toLocal8Bit();
    QFile file(d + QStringLiteral("/sshd_config"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        m_error = file.errorString();
        m_dir.reset();
        return false;
    }
    return true;
}

bool SshTestServer::launch(bool *portInUse)
{
    *portInUse = false;
    const QString d = directory();
    const qint64 logOffset = QFileInfo(logFilePath()).size();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(Sshd);
    m_process->setArguments({QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                             d + QStringLiteral("/sshd_config"), QStringLiteral("-p"), QString::number(m_port)});
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logFilePath(), QIODevice::Append);
    dieWithParent(m_process.get());
    m_process->start();
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("could not start sshd: %1").arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    auto log = [this, logOffset] {
        QFile f(logFilePath());
        if (!f.open(QIODevice::ReadOnly) || !f.seek(logOffset))
            return QByteArray();
        return f.readAll();
    };
    const QDeadlineTimer deadline(StartTimeoutMs);
    for (;;) {
        const QByteArray text = log();
        if (text.contains("Server listening on"))
            return true;
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            *portInUse = text.contains("Address already in use");
            m_error = QStringLiteral("sshd did not start: %1").arg(QString::fromLocal8Bit(text.trimmed()));
            kill();
            return false;
        }
        // Poll interval; returns early when sshd exits.
        m_process->waitForFinished(20);
    }
}

bool SshTestServer::start()
{
    if (isRunning()) {
        m_error = QStringLiteral("sshd runs already");
        return false;
    }
    if (!prepare())
        return false;
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            m_error = probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        bool portInUse = false;
        if (launch(&portInUse))
            break;
        if (!portInUse)
            return false;
    }
    if (!isRunning())
        return false;
    // known_hosts files naming this server, now that its port is known.
    const QString name = QStringLiteral("[127.0.0.1]:%1 ").arg(m_port);
    for (const auto &[file, key] : {std::pair{knownHostsPath(), QStringLiteral("/host_key.pub")},
                                   std::pair{changedKnownHostsPath(), QStringLiteral("/host_key_other.pub")}}) {
        QFile pub(directory() + key);
        QFile out(file);
        if (!pub.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = QStringLiteral("cannot write %1").arg(file);
            return false;
        }
        const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
        out.write(name.toLatin1() + parts.value(0) + ' ' + parts.value(1) + '\n');
    }
    m_error.clear();
    return true;
}

void SshTestServer::signalAll(int signal)
{
    if (!isRunning())
        return;
    // Sessions are children of the listener in their own sessions
    // (setsid): signal them one by one, the listener first so that it
    // starts no new ones.
    const qint64 pid = m_process->processId();
    const QList<qint64> sessions = descendantsOf(pid);
    ::kill(pid_t(pid), signal);
    for (qint64 child : sessions)
        ::kill(pid_t(child), signal);
}

void SshTestServer::stop()
{
    if (!m_process)
        return;
    signalAll(SIGTERM);
    if (!m_process->waitForFinished(StopTimeoutMs))
        signalAll(SIGKILL);
    m_process->waitForFinished(StopTimeoutMs);
    m_process.reset();
}

void SshTestServer::kill()
{
    if (!m_process)
        return;
    signalAll(SIGKILL);
    m_process->waitForFinished(StopTimeoutMs);
    m_process.reset();
}

bool SshTestServer::restart()
{
    if (m_port == 0 || !m_dir) {
        m_error = QStringLiteral("restart() needs a successful start() first");
        return false;
    }
    stop();
    bool portInUse = false;
    return launch(&portInUse);
}

bool SshTestServer::startAgent()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning)
        return true;
    if (!m_dir) {
        m_error = QStringLiteral("startAgent() needs a successful start() first");
        return false;
    }
    QFile::remove(agentSocketPath());
    m_agent = std::make_unique<QProcess>();
    m_agent->setProgram(QStringLiteral("ssh-agent"));
    m_agent->setArguments({QStringLiteral("-D"), QStringLiteral("-a"), agentSocketPath()});
    m_agent->setStandardInputFile(QProcess::nullDevice());
    m_agent->setStandardOutputFile(directory() + QStringLiteral("/agent.log"));
    m_agent->setStandardErrorFile(directory() + QStringLiteral("/agent.log"), QIODevice::Append);
    dieWithParent(m_agent.get());
    m_agent->start();
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!QFileInfo::exists(agentSocketPath())) {
        if (m_agent->state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error = QStringLiteral("ssh-agent did not start");
            m_agent.reset();
            return false;
        }
        m_agent->waitForFinished(20);
    }
    return run(QStringLiteral("ssh-add"), {QStringLiteral("-q"), clientKeyPath()}, nullptr,
               {QStringLiteral("SSH_AUTH_SOCK=") + agentSocketPath()});
}
