// Copyright (C) QtRedis contributors.
// SPDX-License-Identifier: BSD-3-Clause

#include "redistestserver.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#ifdef Q_OS_LINUX
#  include <csignal>
#  include <sys/prctl.h>
#  include <unistd.h>
#endif

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int StopTimeoutMs = 5000;
constexpr int PortAttempts = 5;
const char LocalHost[] = "127.0.0.1";

QString findTool(const char *envOverride, const QString &name)
{
    const QString fromEnv = qEnvironmentVariable(envOverride);
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? QFileInfo(fromEnv).absoluteFilePath() : QString();
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        // ctest may run with a reduced PATH; Debian installs the tools here.
        path = QStandardPaths::findExecutable(
                name, { QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin"),
                        QStringLiteral("/usr/sbin") });
    }
    return path;
}

} // namespace

RedisTestServer::RedisTestServer() = default;

RedisTestServer::~RedisTestServer()
{
    stop();
    // m_dir's destructor removes the data directory.
}

bool RedisTestServer::start(const QStringList &extraArgs)
{
    if (isRunning()) {
        m_error = QStringLiteral("redis-server is already running; call stop() or restart()");
        return false;
    }
    if (redisServerPath().isEmpty()) {
        m_error = QStringLiteral("redis-server not found in PATH or /usr/bin (Debian package "
                                 "'redis-server'; or set QTREDIS_REDIS_SERVER)");
        return false;
    }
    if (!ensureDataDir())
        return false;

    m_extraArgs = extraArgs;
    m_started = false;
    const bool wantPlain = !isTls() || m_tls.plainPort;
    for (int attempt = 0; attempt < PortAttempts; ++attempt) {
        m_port = wantPlain ? freePort() : 0;
        m_tlsPort = isTls() ? freePort() : 0;
        if (m_tlsPort != 0 && m_tlsPort == m_port)
            m_tlsPort = freePort();
        if ((wantPlain && m_port == 0) || (isTls() && (m_tlsPort == 0 || m_tlsPort == m_port))) {
            m_port = m_tlsPort = 0;
            m_error = QStringLiteral("could not find a free TCP port on 127.0.0.1");
            return false;
        }
        switch (launch()) {
        case LaunchResult::Ready:
            m_error.clear();
            m_started = true;
            return true;
        case LaunchResult::PortInUse:
            continue; // lost the race for the port: pick another one
        case LaunchResult::Failed:
            m_port = m_tlsPort = 0;
            return false;
        }
    }
    m_port = m_tlsPort = 0;
    m_error = QStringLiteral("redis-server could not bind a free port in %1 attempts")
                      .arg(PortAttempts);
    return false;
}

void RedisTestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(StopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(StopTimeoutMs);
        }
    }
    m_process.reset();
}

void RedisTestServer::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        // Reap it, so that isRunning() is false and the port is free on return.
        m_process->waitForFinished(StopTimeoutMs);
    }
    m_process.reset();
}

bool RedisTestServer::restart()
{
    if (!m_started || !m_dir) {
        m_error = QStringLiteral("restart() needs a successful start() first");
        return false;
    }
    stop();
    switch (launch()) {
    case LaunchResult::Ready:
        m_error.clear();
        return true;
    case LaunchResult::PortInUse:
        m_error = QStringLiteral("port %1 was taken by another process while the server was down")
                          .arg(m_tlsPort != 0 && m_port != 0
                                       ? QStringLiteral("%1 or %2").arg(m_port).arg(m_tlsPort)
                                       : QString::number(m_port != 0 ? m_port : m_tlsPort));
        return false;
    case LaunchResult::Failed:
        break;
    }
    return false;
}

bool RedisTestServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void RedisTestServer::setTls(const TlsSettings &settings)
{
    m_tls = settings;
}

RedisTestServer::TlsSettings RedisTestServer::tls() const
{
    return m_tls;
}

bool RedisTestServer::isTls() const
{
    return !m_tls.certificateFile.isEmpty();
}

QString RedisTestServer::host() const
{
    return QString::fromLatin1(LocalHost);
}

quint16 RedisTestServer::port() const
{
    return m_port;
}

quint16 RedisTestServer::tlsPort() const
{
    return m_tlsPort;
}

QString RedisTestServer::unixSocketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("redis.sock")) : QString();
}

QString RedisTestServer::dataDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString RedisTestServer::logFilePath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("redis.log")) : QString();
}

qint64 RedisTestServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString RedisTestServer::errorString() const
{
    return m_error;
}

void RedisTestServer::setCliPassword(const QString &password)
{
    m_cliPassword = password;
}

QString RedisTestServer::cliPassword() const
{
    return m_cliPassword;
}

QByteArray RedisTestServer::cli(const QStringList &args, int timeoutMs)
{
    const QString program = redisCliPath();
    if (program.isEmpty()) {
        m_error = QStringLiteral("redis-cli not found (Debian package 'redis-tools')");
        return {};
    }
    QStringList arguments = cliConnectionArguments();
    if (!m_cliPassword.isEmpty())
        arguments << QStringLiteral("--no-auth-warning") << QStringLiteral("-a") << m_cliPassword;
    arguments += args;

    QProcess process;
    // redis-cli must never wait for input from the terminal or the test's stdin.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not run redis-cli: %1").arg(process.errorString());
        return {};
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(StopTimeoutMs);
        m_error = QStringLiteral("redis-cli did not finish within %1 ms").arg(timeoutMs);
        return {};
    }
    const QByteArray out = process.readAllStandardOutput().trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Error text only: the arguments may hold the password.
        m_error = QStringLiteral("redis-cli failed: %1")
                          .arg(QString::fromLocal8Bit(process.readAllStandardError().trimmed()));
    }
    return out;
}

bool RedisTestServer::cliPipe(const QByteArray &resp, int timeoutMs)
{
    const QString program = redisCliPath();
    if (program.isEmpty()) {
        m_error = QStringLiteral("redis-cli not found (Debian package 'redis-tools')");
        return false;
    }
    QStringList arguments = cliConnectionArguments();
    if (!m_cliPassword.isEmpty())
        arguments << QStringLiteral("--no-auth-warning") << QStringLiteral("-a") << m_cliPassword;
    arguments << QStringLiteral("--pipe");

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not run redis-cli: %1").arg(process.errorString());
        return false;
    }
    // QProcess keeps feeding stdin from its buffer while waitForFinished()
    // runs, and closes the channel once everything has been written.
    process.write(resp);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(StopTimeoutMs);
        m_error = QStringLiteral("redis-cli --pipe did not finish within %1 ms").arg(timeoutMs);
        return false;
    }
    // redis-cli --pipe exits with 1 if any reply was an error.
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("redis-cli --pipe failed: %1")
                          .arg(QString::fromLocal8Bit(process.readAll().trimmed()));
        return false;
    }
    return true;
}

QString RedisTestServer::redisServerPath()
{
    return findTool("QTREDIS_REDIS_SERVER", QStringLiteral("redis-server"));
}

QString RedisTestServer::redisCliPath()
{
    return findTool("QTREDIS_REDIS_CLI", QStringLiteral("redis-cli"));
}

// Asks the kernel for a free port. Another process may take it before
// redis-server binds it; start() notices that and tries another port.
quint16 RedisTestServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray RedisTestServer::respCommand(const QList<QByteArray> &args)
{
    QByteArray out;
    out += '*' + QByteArray::number(args.size()) + "\r\n";
    for (const QByteArray &arg : args)
        out += '$' + QByteArray::number(arg.size()) + "\r\n" + arg + "\r\n";
    return out;
}

bool RedisTestServer::ensureDataDir()
{
    if (m_dir)
        return true;
    // A unix socket path must fit in sockaddr_un::sun_path (108 bytes on
    // Linux); fall back to /tmp when TMPDIR is deep.
    QString base = QDir::tempPath();
    if (base.size() > 60)
        base = QStringLiteral("/tmp");
    auto dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/qtredis-test-XXXXXX"));
    if (!dir->isValid()) {
        m_error = QStringLiteral("could not create a temporary directory: %1")
                          .arg(dir->errorString());
        return false;
    }
    m_dir = std::move(dir);
    return true;
}

RedisTestServer::LaunchResult RedisTestServer::launch()
{
    const QString socketPath = unixSocketPath();
    // A stale socket file from a killed server would make us think the new
    // one is up before it has bound anything (redis unlinks it too, later).
    QFile::remove(socketPath);

    QStringList arguments{
        QStringLiteral("--port"),           QString::number(m_port),
        QStringLiteral("--bind"),           host(),
        QStringLiteral("--unixsocket"),     socketPath,
        QStringLiteral("--unixsocketperm"), QStringLiteral("700"),
        QStringLiteral("--save"),           QString(), // no RDB snapshots
        QStringLiteral("--appendonly"),     QStringLiteral("no"),
        QStringLiteral("--dir"),            dataDir(),
        QStringLiteral("--daemonize"),      QStringLiteral("no"),
        QStringLiteral("--protected-mode"), QStringLiteral("no"),
        QStringLiteral("--loglevel"),       QStringLiteral("warning"),
    };
    if (isTls()) {
        arguments << QStringLiteral("--tls-port") << QString::number(m_tlsPort)
                  << QStringLiteral("--tls-cert-file") << m_tls.certificateFile
                  << QStringLiteral("--tls-key-file") << m_tls.keyFile
                  << QStringLiteral("--tls-auth-clients")
                  << (m_tls.authClients ? QStringLiteral("yes") : QStringLiteral("no"));
        if (!m_tls.caCertificateFile.isEmpty())
            arguments << QStringLiteral("--tls-ca-cert-file") << m_tls.caCertificateFile;
    }
    arguments += m_extraArgs;

    const QString logPath = logFilePath();
    m_logOffset = QFileInfo(logPath).size();

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(redisServerPath());
    m_process->setArguments(arguments);
    m_process->setWorkingDirectory(dataDir());
    m_process->setStandardInputFile(QProcess::nullDevice());
    // A file, not a pipe: nobody reads a pipe while a test runs, and a full
    // pipe would block redis-server. Kept across restarts for post-mortems.
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath, QIODevice::Append);
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The parent may have died before prctl took effect.
        if (::getppid() != parent)
            ::_exit(127);
    });
#endif
    m_process->start();
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2")
                          .arg(m_process->program(), m_process->errorString());
        m_process.reset();
        return LaunchResult::Failed;
    }

    const QDeadlineTimer deadline(StartTimeoutMs);
    for (;;) {
        if (m_process->state() == QProcess::NotRunning) {
            const QByteArray log = logSinceLaunch();
            m_process.reset();
            if (log.contains("Address already in use"))
                return LaunchResult::PortInUse;
            m_error = QStringLiteral("redis-server exited during startup: %1")
                              .arg(QString::fromLocal8Bit(log.trimmed()));
            return LaunchResult::Failed;
        }
        // Redis creates the unix socket only after binding the TCP ports, so
        // its presence proves that the PING below reaches our server and not
        // another one that grabbed the port first. A TLS server is asked
        // over TLS: that proves its certificate and key work too.
        const int pingTimeout = qBound(1, int(deadline.remainingTime()), 2000);
        if (QFileInfo::exists(socketPath)
            && (isTls() ? answersTlsPing(pingTimeout) : answersPing(pingTimeout))) {
            return LaunchResult::Ready;
        }
        if (deadline.hasExpired()) {
            stop();
            m_error = QStringLiteral("redis-server did not answer PING within %1 ms; log: %2")
                              .arg(StartTimeoutMs)
                              .arg(QString::fromLocal8Bit(logSinceLaunch().trimmed()));
            return LaunchResult::Failed;
        }
        // Poll interval; returns early when redis exits, which the next round
        // reports.
        m_process->waitForFinished(20);
    }
}

namespace {
// PING on a connected socket, then QUIT and wait for the server to hang up:
// by then it has released this client, so a suite run with --maxclients 1
// finds its one slot free as soon as start() returns.
bool pingAndQuit(QAbstractSocket &socket, const QDeadlineTimer &deadline)
{
    socket.write(RedisTestServer::respCommand({ QByteArrayLiteral("PING") }));
    QByteArray reply;
    while (!reply.contains("\r\n")) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
        reply += socket.readAll();
    }
    // With --requirepass the answer is -NOAUTH, which still means "up".
    if (!reply.startsWith('+') && !(reply.startsWith('-') && !reply.startsWith("-LOADING")))
        return false;
    socket.write(RedisTestServer::respCommand({ QByteArrayLiteral("QUIT") }));
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(qMax(1, int(deadline.remainingTime())));
    return true;
}
} // namespace

bool RedisTestServer::answersPing(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QString::fromLatin1(LocalHost)), m_port);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    return pingAndQuit(socket, deadline);
}

bool RedisTestServer::answersTlsPing(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_tls.caCertificateFile.isEmpty())
        config.setCaCertificates(QSslCertificate::fromPath(m_tls.caCertificateFile));
    config.setPeerVerifyMode(m_tls.verifyServerCertificate ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    if (!m_tls.clientCertificateFile.isEmpty()) {
        config.setLocalCertificateChain(QSslCertificate::fromPath(m_tls.clientCertificateFile));
        QFile keyFile(m_tls.clientKeyFile);
        if (keyFile.open(QIODevice::ReadOnly)) {
            const QByteArray pem = keyFile.readAll();
            QSslKey key(pem, QSsl::Ec);
            if (key.isNull())
                key = QSslKey(pem, QSsl::Rsa);
            config.setPrivateKey(key);
        }
    }
    QSslSocket socket;
    socket.setSslConfiguration(config);
    // Like redis-cli, the fixture checks the chain, not the name.
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket](const QList<QSslError> &errors) {
        QList<QSslError> nameOnly;
        for (const QSslError &e : errors) {
            if (e.error() == QSslError::HostNameMismatch)
                nameOnly.append(e);
        }
        if (nameOnly.size() == errors.size())
            socket.ignoreSslErrors(nameOnly);
    });
    socket.connectToHostEncrypted(QString::fromLatin1(LocalHost), m_tlsPort);
    if (!socket.waitForEncrypted(int(deadline.remainingTime())))
        return false;
    return pingAndQuit(socket, deadline);
}

QStringList RedisTestServer::cliConnectionArguments() const
{
    if (!isTls())
        return { QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port) };
    QStringList arguments{ QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_tlsPort),
                           QStringLiteral("--tls") };
    if (!m_tls.caCertificateFile.isEmpty())
        arguments << QStringLiteral("--cacert") << m_tls.caCertificateFile;
    if (!m_tls.verifyServerCertificate || m_tls.caCertificateFile.isEmpty())
        arguments << QStringLiteral("--insecure");
    if (!m_tls.clientCertificateFile.isEmpty())
        arguments << QStringLiteral("--cert") << m_tls.clientCertificateFile << QStringLiteral("--key")
                  << m_tls.clientKeyFile;
    return arguments;
}

QByteArray RedisTestServer::logSinceLaunch() const
{
    QFile log(logFilePath());
    if (!log.open(QIODevice::ReadOnly) || !log.seek(m_logOffset))
        return {};
    return log.readAll();
}
