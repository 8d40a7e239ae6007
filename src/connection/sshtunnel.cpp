// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/sshtunnel_p.h"
#include "core/redislogging_p.h"

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qhash.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qprocess.h>
#include <QtCore/qrandom.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qstandardpaths.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimer.h>

#include <memory>
#include <unordered_map>
#include <utility>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#  include <sys/prctl.h>
#endif

namespace QtRedisPrivate {

namespace {

// sockaddr_un::sun_path holds 108 bytes with the terminating NUL.
constexpr int MaxSocketPath = 107;
// How long ssh gets after SIGTERM before SIGKILL.
constexpr int TerminateGraceMs = 1000;
// Bound of the fingerprint look-up (ssh-keyscan) after an unknown host key.
constexpr int KeyScanTimeoutMs = 5000;
// Readiness bound when the options set no connect timeout.
constexpr int DefaultStartTimeoutMs = 30000;
// The tail of ssh's stderr kept for the messages.
constexpr qsizetype StderrKeep = 16 * 1024;

const QRegularExpression &fingerprintPattern()
{
    static const QRegularExpression re(QStringLiteral("SHA256:[A-Za-z0-9+/]+"));
    return re;
}

QString fingerprintIn(const QString &text)
{
    return fingerprintPattern().match(text).captured(0);
}

// A value for `-o Key=value`: ssh splits unquoted values at white space.
QString configValue(const QString &value)
{
    if (!value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\t')))
        return value;
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// Writes secret and a newline into the FIFO at path, opened read-write and
// non-blocking so that neither the open nor the write waits for the reader
// (a pipe buffer holds far more than a line). Returns the descriptor, which
// must stay open until the reader has read: a FIFO that nobody holds open
// drops its data. -1 on failure.
int fillFifo(const QString &path, const QString &secret)
{
    const QByteArray name = QFile::encodeName(path);
    if (::mkfifo(name.constData(), 0600) != 0)
        return -1;
    const int fd = ::open(name.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return -1;
    QByteArray line = secret.toUtf8();
    line.append('\n');
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    line.fill('\0');
    if (written != ssize_t(line.size())) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class SshTunnel::Private
{
public:
    enum class State { Idle, Starting, Diagnosing, Open };

    // What makes two open()s ask for the same tunnel.
    struct Spec
    {
        QString host, user, identityFile, password, passphrase, knownHostsFile, configFile, target;
        quint16 port = 0;
        bool useAgent = true;
        RedisConnectionOptions::SshHostKeyPolicy policy = RedisConnectionOptions::SshHostKeyPolicy::Strict;
        int connectTimeout = 0;
        bool operator==(const Spec &o) const
        {
            return host == o.host && user == o.user && identityFile == o.identityFile && password == o.password
                    && passphrase == o.passphrase && knownHostsFile == o.knownHostsFile
                    && configFile == o.configFile && target == o.target && port == o.port
                    && useAgent == o.useAgent && policy == o.policy && connectTimeout == o.connectTimeout;
        }
        bool operator!=(const Spec &o) const { return !(*this == o); }
    };

    explicit Private(SshTunnel *q) : q(q)
    {
        startTimer.setSingleShot(true);
        keyScanTimer.setSingleShot(true);
    }

    static Spec specOf(const RedisConnectionOptions &options);
    static QString targetText(const RedisConnectionOptions &options);

    void start(const RedisConnectionOptions &options);
    QStringList arguments() const;
    bool prepareSecrets(QProcessEnvironment *env);
    void closeFifos();
    void readStdout();
    void readStderr();
    void startTimedOut();
    void processEnded(int exitCode, QProcess::ExitStatus status, bool failedToStart);
    Result classify(int exitCode, bool crashed, bool *needsFingerprint, QString *keyType) const;
    void startKeyScan(const QString &keyType, const Result &pending);
    void keyScanEnded();
    void stopKeyScan();
    void stopProcess(bool wait);
    static void finish(QProcess *p);
    void reset(bool wait); // stops everything, removes the private directory
    void deliverToWaiting(const Result &result);
    void deliver(quint64 ticket, const Result &result);
    QString lastStderrLine() const;
    QString endpoint() const { return options.sshEndpointText(); }

    SshTunnel *q;
    State state = State::Idle;
    quint64 tickets = 0;
    std::unordered_map<quint64, Callback> callbacks; // tickets not yet answered nor cancelled
    QList<quint64> waiting;                           // tickets waiting for the current start

    RedisConnectionOptions options; // of the running (or starting) ssh
    Spec spec;
    std::unique_ptr<QTemporaryDir> dir;
    QString socketPath;
    QProcess *process = nullptr;
    QByteArray marker;
    QByteArray stdoutBuffer;
    QByteArray stderrBuffer;
    QTimer startTimer;
    QList<int> fifoFds;
    QList<QPointer<QProcess>> ending; // stopped, not yet reaped

    // Fingerprint look-up after ssh refused an unknown host key.
    QProcess *keyScan = nullptr;
    QProcess *keyGen = nullptr;
    QTimer keyScanTimer;
    QString keyScanType;
    Result keyScanResult;
};

SshTunnel::Private::Spec SshTunnel::Private::specOf(const RedisConnectionOptions &o)
{
    Spec s;
    s.host = o.sshHost();
    s.port = o.sshPort();
    s.user = o.sshUser();
    s.identityFile = o.sshIdentityFile();
    s.password = o.sshPassword();
    s.passphrase = o.sshPassphrase();
    s.useAgent = o.sshUseAgent();
    s.knownHostsFile = o.sshKnownHostsFile();
    s.policy = o.sshHostKeyPolicy();
    s.configFile = o.sshConfigFile();
    s.target = targetText(o);
    s.connectTimeout = o.connectTimeout();
    return s;
}

// The far side of -L: "host:port" (IPv6 in brackets) or a unix socket path.
QString SshTunnel::Private::targetText(const RedisConnectionOptions &o)
{
    if (o.isUnixSocket())
        return o.unixSocketPath();
    const QString host = o.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + o.host() + QLatin1Char(']')
                                                           : o.host();
    return host + QLatin1Char(':') + QString::number(o.port());
}

QStringList SshTunnel::Private::arguments() const
{
    const int timeoutSeconds = options.connectTimeout() > 0 ? qMax(1, (options.connectTimeout() + 999) / 1000) : 0;
    QStringList args = {
        QStringLiteral("-N"),
        QStringLiteral("-o"), QStringLiteral("ExitOnForwardFailure=yes"),
        QStringLiteral("-o"), QStringLiteral("StreamLocalBindUnlink=yes"),
        QStringLiteral("-o"), QStringLiteral("ControlMaster=no"),
        QStringLiteral("-o"), QStringLiteral("ControlPath=none"),
        QStringLiteral("-o"), QStringLiteral("ServerAliveInterval=15"),
        QStringLiteral("-o"), QStringLiteral("ServerAliveCountMax=3"),
        // Whatever ~/.ssh/config says for the host: no remote command, no
        // terminal, messages at ssh's default level (stderr is parsed).
        QStringLiteral("-o"), QStringLiteral("RemoteCommand=none"),
        QStringLiteral("-o"), QStringLiteral("RequestTTY=no"),
        QStringLiteral("-o"), QStringLiteral("LogLevel=INFO"),
        // LocalCommand runs once the local forward listens: the readiness signal.
        QStringLiteral("-o"), QStringLiteral("PermitLocalCommand=yes"),
        QStringLiteral("-o"), QStringLiteral("LocalCommand=echo ") + QString::fromLatin1(marker),
    };
    if (timeoutSeconds > 0)
        args << QStringLiteral("-o") << QStringLiteral("ConnectTimeout=%1").arg(timeoutSeconds);
    if (spec.password.isEmpty() && spec.passphrase.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("BatchMode=yes"); // never prompt
    else
        args << QStringLiteral("-o") << QStringLiteral("NumberOfPasswordPrompts=1");
    switch (spec.policy) {
    case RedisConnectionOptions::SshHostKeyPolicy::Strict:
        args << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=yes");
        break;
    case RedisConnectionOptions::SshHostKeyPolicy::AcceptNew:
        args << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=accept-new");
        break;
    case RedisConnectionOptions::SshHostKeyPolicy::AcceptAny:
        args << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=no")
             << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=/dev/null")
             << QStringLiteral("-o") << QStringLiteral("GlobalKnownHostsFile=/dev/null");
        break;
    }
    if (spec.policy != RedisConnectionOptions::SshHostKeyPolicy::AcceptAny && !spec.knownHostsFile.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + configValue(spec.knownHostsFile);
    if (!spec.useAgent)
        args << QStringLiteral("-o") << QStringLiteral("IdentityAgent=none");
    if (!spec.identityFile.isEmpty())
        args << QStringLiteral("-i") << spec.identityFile << QStringLiteral("-o") << QStringLiteral("IdentitiesOnly=yes");
    if (!spec.configFile.isEmpty())
        args << QStringLiteral("-F") << spec.configFile;
    args << QStringLiteral("-L") << socketPath + QLatin1Char(':') + spec.target;
    // The default port is left to ~/.ssh/config (a host alias may set Port).
    if (spec.port != 22)
        args << QStringLiteral("-p") << QString::number(spec.port);
    if (!spec.user.isEmpty())
        args << QStringLiteral("-l") << spec.user;
    args << QStringLiteral("--") << spec.host; // a host cannot pass as an option
    return args;
}

// Secrets reach ssh through SSH_ASKPASS: a script in the private directory
// prints the first line of a FIFO that this process fills, one FIFO per
// kind of prompt; the script removes the FIFO it read, so a second prompt
// of the same kind gets nothing and ssh moves on. The secret is never in
// argv, the environment or a regular file.
bool SshTunnel::Private::prepareSecrets(QProcessEnvironment *env)
{
    if (spec.password.isEmpty() && spec.passphrase.isEmpty())
        return true;
    const QString script = dir->filePath(QStringLiteral("askpass"));
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("#!/bin/sh\n"
               "case \"$1\" in\n"
               "*assphrase*) f=\"${0%/*}/passphrase.fifo\" ;;\n"
               "*) f=\"${0%/*}/password.fifo\" ;;\n"
               "esac\n"
               "[ -p \"$f\" ] || exit 1\n"
               "head -n 1 < \"$f\"\n"
               "rm -f \"$f\"\n");
    file.close();
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return false;
    if (!spec.passphrase.isEmpty()) {
        const int fd = fillFifo(dir->filePath(QStringLiteral("passphrase.fifo")), spec.passphrase);
        if (fd < 0)
            return false;
        fifoFds.append(fd);
    }
    if (!spec.password.isEmpty()) {
        const int fd = fillFifo(dir->filePath(QStringLiteral("password.fifo")), spec.password);
        if (fd < 0)
            return false;
        fifoFds.append(fd);
    }
    env->insert(QStringLiteral("SSH_ASKPASS"), script);
    env->insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    return true;
}

void SshTunnel::Private::closeFifos()
{
    // Unread secrets go with the last descriptor of their FIFO.
    for (int fd : std::as_const(fifoFds))
        ::close(fd);
    fifoFds.clear();
    if (dir) {
        QFile::remove(dir->filePath(QStringLiteral("passphrase.fifo")));
        QFile::remove(dir->filePath(QStringLiteral("password.fifo")));
    }
}

void SshTunnel::Private::start(const RedisConnectionOptions &opts)
{
    options = opts;
    spec = specOf(opts);
    state = State::Starting;
    stdoutBuffer.clear();
    stderrBuffer.clear();

    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty()) {
        state = State::Idle;
        deliverToWaiting({QString(), QtRedis::Error::SshTunnelFailed,
                          SshTunnel::tr("Cannot open an SSH tunnel to %1: the OpenSSH client (ssh) is not installed")
                                  .arg(endpoint()),
                          false});
        return;
    }

    // A short private directory: unix socket paths have 107 bytes.
    const QString name = QStringLiteral("qtredis-ssh-XXXXXX");
    const QString socketName = QStringLiteral("/tunnel.sock");
    QString base = QDir::tempPath();
    if (base.size() + name.size() + socketName.size() + 1 > MaxSocketPath)
        base = QStringLiteral("/tmp");
    dir = std::make_unique<QTemporaryDir>(base + QLatin1Char('/') + name);
    if (!dir->isValid()) {
        const QString why = dir->errorString();
        dir.reset();
        state = State::Idle;
        deliverToWaiting({QString(), QtRedis::Error::SshTunnelFailed,
                          SshTunnel::tr("Cannot open an SSH tunnel to %1: no private directory in %2 (%3)")
                                  .arg(endpoint(), base, why),
                          true});
        return;
    }
    socketPath = dir->path() + socketName;
    marker = "qtredis-tunnel-ready-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // stderr is parsed
    env.remove(QStringLiteral("SSH_ASKPASS"));
    env.remove(QStringLiteral("SSH_ASKPASS_REQUIRE"));
    if (!prepareSecrets(&env)) {
        reset(false);
        deliverToWaiting({QString(), QtRedis::Error::SshTunnelFailed,
                          SshTunnel::tr("Cannot open an SSH tunnel to %1: cannot prepare the askpass helper "
                                        "for the password or passphrase")
                                  .arg(endpoint()),
                          true});
        return;
    }

    if (spec.policy == RedisConnectionOptions::SshHostKeyPolicy::AcceptAny)
        qCWarning(lcRedisConnection).noquote()
                << "SSH tunnel to" << endpoint() << "without checking the server's host key (insecure)";

    process = new QProcess(q);
    process->setProgram(ssh);
    process->setArguments(arguments());
    process->setProcessEnvironment(env);
    process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent] {
        // Between fork and exec: async-signal-safe calls only. ssh ends
        // with this process, even if it crashes.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127);
    });
#endif
    QProcess *p = process;
    QObject::connect(p, &QProcess::readyReadStandardOutput, q, [this] { readStdout(); });
    QObject::connect(p, &QProcess::readyReadStandardError, q, [this] { readStderr(); });
    QObject::connect(p, &QProcess::finished, q, [this, p](int code, QProcess::ExitStatus status) {
        if (p == process)
            processEnded(code, status, false);
    });
    QObject::connect(p, &QProcess::errorOccurred, q, [this, p](QProcess::ProcessError error) {
        if (p == process && error == QProcess::FailedToStart)
            processEnded(-1, QProcess::NormalExit, true);
    });
    qCDebug(lcRedisConnection).noquote() << "starting" << ssh << process->arguments().join(QLatin1Char(' '));
    const int timeout = options.connectTimeout() > 0 ? options.connectTimeout() : DefaultStartTimeoutMs;
    startTimer.start(timeout);
    process->start(QIODevice::ReadOnly);
}

void SshTunnel::Private::readStdout()
{
    if (!process)
        return;
    stdoutBuffer += process->readAllStandardOutput();
    if (state != State::Starting) {
        stdoutBuffer.clear();
        return;
    }
    if (!stdoutBuffer.contains(marker))
        return;
    stdoutBuffer.clear();
    startTimer.stop();
    closeFifos();
    if (!QFileInfo(socketPath).exists()) {
        const Result result{QString(), QtRedis::Error::SshTunnelFailed,
                            SshTunnel::tr("SSH to %1 did not create the tunnel's socket %2")
                                    .arg(endpoint(), socketPath),
                            true};
        reset(false);
        deliverToWaiting(result);
        return;
    }
    state = State::Open;
    qCDebug(lcRedisConnection).noquote() << "SSH tunnel to" << endpoint() << "open at" << socketPath << "for"
                                         << spec.target << "(pid" << process->processId() << ")";
    deliverToWaiting({socketPath, QtRedis::Error::NoError, QString(), true});
}

void SshTunnel::Private::readStderr()
{
    if (!process)
        return;
    const QByteArray data = process->readAllStandardError();
    stderrBuffer += data;
    if (stderrBuffer.size() > StderrKeep)
        stderrBuffer.remove(0, stderrBuffer.size() - StderrKeep);
    for (const QByteArray &line : data.split('\n')) {
        if (!line.trimmed().isEmpty())
            qCDebug(lcRedisConnection).noquote() << "ssh:" << QString::fromLocal8Bit(line.trimmed());
    }
}

// The last line of ssh's stderr that says why, without the banner of the
// changed-key warning and notes about known_hosts.
QString SshTunnel::Private::lastStderrLine() const
{
    const QList<QByteArray> lines = stderrBuffer.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = QString::fromLocal8Bit(it->trimmed());
        if (line.isEmpty() || line.startsWith(QLatin1Char('@')) || line.startsWith(QLatin1String("Warning: Permanently added"))
            || line.startsWith(QLatin1String("debug")) || line.startsWith(QLatin1String("Pseudo-terminal")))
            continue;
        return line;
    }
    return QString();
}

SshTunnel::Result SshTunnel::Private::classify(int exitCode, bool crashed, bool *needsFingerprint,
                                                QString *keyType) const
{
    *needsFingerprint = false;
    const QString text = QString::fromLocal8Bit(stderrBuffer);
    const QString last = lastStderrLine();
    const QString why = last.isEmpty()
            ? (crashed ? SshTunnel::tr("ssh was ended by a signal") : SshTunnel::tr("ssh exited with code %1").arg(exitCode))
            : last;
    Result r;
    r.error = QtRedis::Error::SshTunnelFailed;

    if (text.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED"))) {
        r.error = QtRedis::Error::SshHostKeyRejected;
        r.retryable = false;
        const QString fp = fingerprintIn(text);
        r.message = SshTunnel::tr("The host key of the SSH server %1 has changed: it sent %2, which differs from "
                                  "the key in the known hosts file")
                            .arg(endpoint(), fp.isEmpty() ? SshTunnel::tr("an unknown key") : fp);
        return r;
    }
    static const QRegularExpression unknownKey(QStringLiteral("No (\\S+) host key is known for"));
    const QRegularExpressionMatch unknown = unknownKey.match(text);
    if (text.contains(QLatin1String("Host key verification failed"))) {
        r.error = QtRedis::Error::SshHostKeyRejected;
        r.retryable = false;
        if (unknown.hasMatch()) {
            const QString fp = fingerprintIn(text);
            *keyType = unknown.captured(1);
            *needsFingerprint = fp.isEmpty();
            r.message = fp.isEmpty()
                    ? SshTunnel::tr("The host key of the SSH server %1 is unknown: it is not in the known hosts file")
                              .arg(endpoint())
                    : SshTunnel::tr("The host key of the SSH server %1 is unknown: %2 is not in the known hosts file")
                              .arg(endpoint(), fp);
        } else {
            r.message = SshTunnel::tr("The host key of the SSH server %1 was rejected: %2").arg(endpoint(), why);
        }
        return r;
    }
    if (text.contains(QLatin1String("Permission denied")) || text.contains(QLatin1String("Too many authentication failures"))) {
        r.retryable = false;
        r.message = SshTunnel::tr("SSH authentication to %1 failed: %2").arg(endpoint(), why);
        return r;
    }
    // A configuration ssh refuses does not improve by retrying.
    if (text.contains(QLatin1String("Bad configuration option")) || text.contains(QLatin1String("bad configuration options"))
        || text.contains(QLatin1String("Can't open user config file")) || text.contains(QLatin1String("command-line line"))
        || text.contains(QLatin1String("Bad local forwarding specification")) || text.contains(QLatin1String("Bad port"))) {
        r.retryable = false;
        r.message = SshTunnel::tr("Cannot open an SSH tunnel to %1: %2").arg(endpoint(), why);
        return r;
    }
    r.message = SshTunnel::tr("SSH tunnel to %1 failed: %2").arg(endpoint(), why);
    return r;
}

void SshTunnel::Private::processEnded(int exitCode, QProcess::ExitStatus status, bool failedToStart)
{
    // Whatever ssh said last is still in the pipe.
    if (!failedToStart) {
        stderrBuffer += process->readAllStandardError();
        stdoutBuffer += process->readAllStandardOutput();
    }
    const State was = state;
    Result result;
    bool needsFingerprint = false;
    QString keyType;
    if (failedToStart) {
        result = {QString(), QtRedis::Error::SshTunnelFailed,
                  SshTunnel::tr("Cannot open an SSH tunnel to %1: ssh did not start (%2)")
                          .arg(endpoint(), process->errorString()),
                  false};
    } else {
        result = classify(exitCode, status == QProcess::CrashExit, &needsFingerprint, &keyType);
    }
    qCDebug(lcRedisConnection).noquote() << "ssh to" << endpoint() << "ended:" << result.message;
    reset(false);
    if (was == State::Open) {
        Q_EMIT q->closed(result.error, result.message);
        return;
    }
    if (was != State::Starting)
        return;
    if (needsFingerprint) {
        startKeyScan(keyType, result);
        return;
    }
    deliverToWaiting(result);
}

// ssh does not print the fingerprint of an unknown key under strict
// checking: ask the server for it (ssh-keyscan | ssh-keygen -l), bounded.
void SshTunnel::Private::startKeyScan(const QString &keyType, const Result &pending)
{
    const QString scanner = QStandardPaths::findExecutable(QStringLiteral("ssh-keyscan"));
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (scanner.isEmpty() || keygen.isEmpty()) {
        deliverToWaiting(pending);
        return;
    }
    state = State::Diagnosing;
    keyScanType = keyType;
    keyScanResult = pending;
    keyScan = new QProcess(q);
    keyGen = new QProcess(q);
    keyScan->setStandardOutputProcess(keyGen);
    keyScan->setStandardInputFile(QProcess::nullDevice());
    keyScan->setStandardErrorFile(QProcess::nullDevice());
    keyGen->setStandardErrorFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    keyScan->setProcessEnvironment(env);
    keyGen->setProcessEnvironment(env);
    QObject::connect(keyGen, &QProcess::finished, q, [this] { keyScanEnded(); });
    QObject::connect(keyGen, &QProcess::errorOccurred, q, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            keyScanEnded();
    });
    const int seconds = qMax(1, KeyScanTimeoutMs / 1000 - 1);
    keyScan->start(scanner, {QStringLiteral("-T"), QString::number(seconds), QStringLiteral("-p"),
                             QString::number(spec.port), QStringLiteral("--"), spec.host});
    keyGen->start(keygen, {QStringLiteral("-l"), QStringLiteral("-f"), QStringLiteral("-")});
    keyScanTimer.start(KeyScanTimeoutMs);
}

void SshTunnel::Private::keyScanEnded()
{
    if (state != State::Diagnosing || !keyGen)
        return;
    keyScanTimer.stop();
    // Lines like "256 SHA256:... [host]:port (ED25519)": the key type ssh named.
    const QString output = keyGen->state() == QProcess::NotRunning ? QString::fromLocal8Bit(keyGen->readAllStandardOutput())
                                                                   : QString();
    QString fp;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString found = fingerprintIn(line);
        if (found.isEmpty())
            continue;
        if (fp.isEmpty())
            fp = found;
        if (!keyScanType.isEmpty() && line.trimmed().endsWith(QLatin1Char('(') + keyScanType + QLatin1Char(')'))) {
            fp = found;
            break;
        }
    }
    Result result = keyScanResult;
    if (!fp.isEmpty())
        result.message = SshTunnel::tr("The host key of the SSH server %1 is unknown: %2 is not in the known hosts "
                                       "file")
                                 .arg(endpoint(), fp);
    stopKeyScan();
    state = State::Idle;
    deliverToWaiting(result);
}

void SshTunnel::Private::stopKeyScan()
{
    keyScanTimer.stop();
    for (QProcess *p : {std::exchange(keyScan, nullptr), std::exchange(keyGen, nullptr)}) {
        if (!p)
            continue;
        p->disconnect(q);
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            QObject::connect(p, &QProcess::finished, p, &QObject::deleteLater);
            ending.append(p);
        } else {
            p->deleteLater();
        }
    }
}

void SshTunnel::Private::startTimedOut()
{
    if (state != State::Starting)
        return;
    const QString last = lastStderrLine();
    const Result result{QString(), QtRedis::Error::SshTunnelFailed,
                        last.isEmpty() ? SshTunnel::tr("SSH to %1 did not open the tunnel within %2 ms")
                                                 .arg(endpoint())
                                                 .arg(startTimer.interval())
                                       : SshTunnel::tr("SSH to %1 did not open the tunnel within %2 ms: %3")
                                                 .arg(endpoint())
                                                 .arg(startTimer.interval())
                                                 .arg(last),
                        true};
    reset(false);
    deliverToWaiting(result);
}

// SIGTERM, then SIGKILL after a grace period without waiting here (wait:
// for the destructor, a short bounded wait, then ~QProcess kills).
void SshTunnel::Private::stopProcess(bool wait)
{
    QProcess *p = std::exchange(process, nullptr);
    if (!p)
        return;
    p->disconnect(q);
    if (p->state() == QProcess::NotRunning) {
        p->deleteLater();
        return;
    }
    p->terminate();
    if (wait) {
        finish(p);
        return;
    }
    QObject::connect(p, &QProcess::finished, p, &QObject::deleteLater);
    QTimer::singleShot(TerminateGraceMs, p, [p] { p->kill(); });
    ending.removeIf([](const QPointer<QProcess> &e) { return e.isNull(); });
    ending.append(p);
}

// For the destructor: a process that got SIGTERM gets a moment, then
// SIGKILL, and is reaped before it goes.
void SshTunnel::Private::finish(QProcess *p)
{
    if (p->state() != QProcess::NotRunning && !p->waitForFinished(200)) {
        p->kill();
        p->waitForFinished(1000);
    }
    delete p;
}

void SshTunnel::Private::reset(bool wait)
{
    startTimer.stop();
    closeFifos();
    stopProcess(wait);
    stopKeyScan();
    dir.reset();
    socketPath.clear();
    stdoutBuffer.clear();
    state = State::Idle;
}

void SshTunnel::Private::deliverToWaiting(const Result &result)
{
    const QList<quint64> tickets = std::exchange(waiting, {});
    for (quint64 ticket : tickets)
        deliver(ticket, result);
}

// Always queued: never before open() returns, never after cancel() (the
// ticket is looked up when the call runs).
void SshTunnel::Private::deliver(quint64 ticket, const Result &result)
{
    QMetaObject::invokeMethod(q, [this, ticket, result] {
        const auto it = callbacks.find(ticket);
        if (it == callbacks.end())
            return;
        const Callback done = std::move(it->second);
        callbacks.erase(it);
        done(result);
    }, Qt::QueuedConnection);
}

SshTunnel::SshTunnel(QObject *parent) : QObject(parent), d(new Private(this))
{
    connect(&d->startTimer, &QTimer::timeout, this, [this] { d->startTimedOut(); });
    connect(&d->keyScanTimer, &QTimer::timeout, this, [this] { d->keyScanEnded(); });
}

SshTunnel::~SshTunnel()
{
    d->callbacks.clear();
    d->waiting.clear();
    d->reset(true);
    for (const QPointer<QProcess> &p : std::as_const(d->ending)) {
        if (p)
            Private::finish(p);
    }
    delete d;
}

quint64 SshTunnel::open(const RedisConnectionOptions &options, Callback done)
{
    const quint64 ticket = ++d->tickets;
    d->callbacks.emplace(ticket, std::move(done));
    const Private::Spec wanted = Private::specOf(options);
    if (d->state != Private::State::Idle && d->spec != wanted) {
        qCDebug(lcRedisConnection).noquote() << "SSH tunnel options changed: restarting ssh to" << options.sshEndpointText();
        const Result restarted{QString(), QtRedis::Error::SshTunnelFailed,
                               tr("The SSH tunnel to %1 was restarted for other options").arg(d->endpoint()), true};
        d->reset(false);
        d->deliverToWaiting(restarted);
    }
    switch (d->state) {
    case Private::State::Open:
        d->deliver(ticket, {d->socketPath, QtRedis::Error::NoError, QString(), true});
        break;
    case Private::State::Starting:
    case Private::State::Diagnosing:
        qCDebug(lcRedisConnection).noquote() << "waiting for the SSH tunnel to" << d->endpoint() << "being opened";
        d->waiting.append(ticket);
        break;
    case Private::State::Idle:
        d->waiting.append(ticket);
        d->start(options);
        break;
    }
    return ticket;
}

void SshTunnel::cancel(quint64 ticket)
{
    d->callbacks.erase(ticket);
    d->waiting.removeAll(ticket);
}

void SshTunnel::close()
{
    if (d->state != Private::State::Idle)
        qCDebug(lcRedisConnection).noquote() << "closing the SSH tunnel to" << d->endpoint();
    d->reset(false);
    d->deliverToWaiting({QString(), QtRedis::Error::Aborted, tr("The SSH tunnel was closed"), false});
}

bool SshTunnel::isOpen() const
{
    return d->state == Private::State::Open;
}

QString SshTunnel::localPath() const
{
    return d->state == Private::State::Open ? d->socketPath : QString();
}

qint64 SshTunnel::processId() const
{
    return d->process && d->process->state() != QProcess::NotRunning ? d->process->processId() : 0;
}

} // namespace QtRedisPrivate
