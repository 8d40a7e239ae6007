// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// SSH tunnels through the system's OpenSSH client, against a private sshd
// (SshTestServer) in front of the suite's redis-server: every link kind
// through one ssh process, authentication (key file, agent, passphrase),
// the host key policies, and ssh or sshd going away.
#include <QtTest/QtTest>

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>

#include <redisclient.h>
#include <redismonitor.h>
#include <redisreply.h>
#include <redissubscription.h>
#include <redistestcase.h>
#include <sshtestserver.h>
#include <testhelpers.h>

#include <signal.h>
#include <unistd.h>

using QtRedis::Error;
using Policy = RedisConnectionOptions::SshHostKeyPolicy;
using namespace QtRedisTest;

namespace {
// The ssh processes this test process started (its children named "ssh").
QList<qint64> sshProcesses()
{
    QList<qint64> result;
    const QString self = QString::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        // A zombie has ended already.
        if (line.mid(open + 1, close - open - 1) == "ssh" && fields.value(0) != "Z"
            && fields.value(1) == self.toLatin1())
            result.append(pid);
    }
    return result;
}

// The value of key through client, or a null RedisValue after Timeout.
RedisValue commandValue(RedisClient &client, const QList<QByteArray> &args)
{
    QObject context;
    RedisValue value;
    bool done = false;
    client.command(args, &context, [&](const RedisValue &v) {
        value = v;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, Timeout))
        return RedisValue();
    return value;
}
} // namespace

class tst_Ssh : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() override;
    void init() override;
    void cleanup();

    void commandsThroughKeyFile();
    void unixSocketTarget();
    void pubSubAndMonitorShareOneSsh();
    void concurrentOpensShareOneStart();
    void disconnectEndsSsh();
    void otherTargetRestartsSsh();
    void wrongKeyIsNotRetried();
    void unknownHostKeyIsRejected();
    void acceptNewRecordsTheKey();
    void changedHostKeyIsRejected();
    void acceptAnyWarns();
    void refusedIsRetried();
    void silentServerTimesOut();
    void sshdKilledAndRestarted();
    void sshKilledIsReplaced();
    void agentAuthentication();
    void passphrase();
    void wrongPassphraseIsNotRetried();
    void sshNotInstalled();
    void passwordThroughAskpass();
    void hungSshIsEnded();

private:
    RedisConnectionOptions sshOptions();
    // Connects client with options and waits for connected().
    bool connectWith(RedisClient &client, const RedisConnectionOptions &options);
    // Connects with options, expects the error, and waits for the state.
    void expectFailure(RedisClient &client, const RedisConnectionOptions &options, Error error,
                       RedisClient::State state, QString *message);

    SshTestServer m_ssh;
};

void tst_Ssh::initTestCase()
{
    RedisTestCase::initTestCase();
    if (!server().isRunning())
        return;
    QVERIFY2(m_ssh.start(), qPrintable(m_ssh.errorString()));
}

void tst_Ssh::init()
{
    RedisTestCase::init();
    if (!m_ssh.isRunning())
        QVERIFY2(m_ssh.restart(), qPrintable(m_ssh.errorString()));
    cli({QStringLiteral("FLUSHALL")});
}

void tst_Ssh::cleanup()
{
    // Every test's clients are gone: so is every ssh they started.
    QTRY_VERIFY_WITH_TIMEOUT(sshProcesses().isEmpty(), Timeout);
}

RedisConnectionOptions tst_Ssh::sshOptions()
{
    RedisConnectionOptions o;
    o.setHost(server().host());
    o.setPort(server().port());
    o.setSshHost(m_ssh.host());
    o.setSshPort(m_ssh.port());
    o.setSshUser(m_ssh.user());
    o.setSshIdentityFile(m_ssh.clientKeyPath());
    o.setSshKnownHostsFile(m_ssh.knownHostsPath());
    o.setSshConfigFile(QStringLiteral("none"));
    o.setSshUseAgent(false);
    o.setReconnectInitialDelay(100);
    o.setReconnectMaxDelay(500);
    return o;
}

bool tst_Ssh::connectWith(RedisClient &client, const RedisConnectionOptions &options)
{
    QSignalSpy connected(&client, &RedisClient::connected);
    client.setOptions(options);
    client.connectToServer();
    if (!connected.wait(Timeout) || client.state() != RedisClient::State::Connected) {
        qWarning() << "not connected:" << client.state() << client.error() << client.errorString();
        return false;
    }
    return true;
}

void tst_Ssh::expectFailure(RedisClient &client, const RedisConnectionOptions &options, Error error,
                            RedisClient::State state, QString *message)
{
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    client.setOptions(options);
    client.connectToServer();
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.first().at(0).value<Error>(), error);
    *message = errors.first().at(1).toString();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), state, Timeout);
    QCOMPARE(client.error(), error);
}

void tst_Ssh::commandsThroughKeyFile()
{
    RedisClient client;
    QVERIFY(connectWith(client, sshOptions()));
    QCOMPARE(sshProcesses().size(), 1);

    QCOMPARE(commandValue(client, {"SET", "tunnelled", "yes"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("tunnelled")}), QByteArray("yes"));

    // 1 MiB each way, every byte value.
    QByteArray big(1024 * 1024, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7 + i / 251) & 0xff);
    QCOMPARE(commandValue(client, {"SET", "big", big}).toByteArray(), QByteArray("OK"));
    QCOMPARE(commandValue(client, {"GET", "big"}).toByteArray(), big);
}

void tst_Ssh::unixSocketTarget()
{
    RedisConnectionOptions options = sshOptions();
    options.setUnixSocketPath(server().unixSocketPath());
    RedisClient client;
    QVERIFY(connectWith(client, options));
    QCOMPARE(commandValue(client, {"SET", "via", "unix"}).toByteArray(), QByteArray("OK"));
    // The server sees a client of its unix socket (sshd connected there).
    const QByteArray info = commandValue(client, {"CLIENT", "INFO"}).toByteArray();
    QVERIFY2(info.contains(" addr=" + QFile::encodeName(server().unixSocketPath()) + ":0 "), info.constData());
}

void tst_Ssh::pubSubAndMonitorShareOneSsh()
{
    RedisClient client;
    QVERIFY(connectWith(client, sshOptions()));
    const QList<qint64> before = sshProcesses();
    QCOMPARE(before.size(), 1);

    RedisSubscription *sub = client.subscribe("news");
    QList<QByteArray> payloads;
    connect(sub, &RedisSubscription::messageReceived, this,
            [&](const QByteArray &, const QByteArray &payload, const QByteArray &) { payloads.append(payload); });
    QTRY_COMPARE_WITH_TIMEOUT(sub->state(), RedisSubscription::State::Subscribed, Timeout);
    QVERIFY(waitForSubscribers("news", 1));
    QCOMPARE(commandValue(client, {"PUBLISH", "news", "through ssh"}).toInteger(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(payloads, QList<QByteArray>{"through ssh"}, Timeout);

    RedisMonitor *monitor = client.monitor();
    QList<QByteArray> lines;
    connect(monitor, &RedisMonitor::lineReceived, this, [&](const QByteArray &l) { lines.append(l); });
    monitor->start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, Timeout);
    QCOMPARE(commandValue(client, {"SET", "watched", "1"}).toByteArray(), QByteArray("OK"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lines.cbegin(), lines.cend(),
                                         [](const QByteArray &l) { return l.contains("\"watched\""); }),
                             Timeout);

    // Three links, one ssh process: the same one as before.
    QCOMPARE(sshProcesses(), before);
    // ... and one SSH session on the server.
    QFile log(m_ssh.logFilePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().count("Accepted publickey") >= 1);
}

void tst_Ssh::concurrentOpensShareOneStart()
{
    // The pub/sub link asks for the tunnel while ssh still starts for the
    // command link: both wait for the same ssh.
    RedisClient client;
    QSignalSpy connected(&client, &RedisClient::connected);
    client.setOptions(sshOptions());
    client.connectToServer();
    RedisSubscription *sub = client.subscribe("early");
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(sub->state(), RedisSubscription::State::Subscribed, Timeout);
    QCOMPARE(sshProcesses().size(), 1);
    QCOMPARE(commandValue(client, {"PUBLISH", "early", "x"}).toInteger(), 1);
}

void tst_Ssh::disconnectEndsSsh()
{
    RedisClient client;
    QVERIFY(connectWith(client, sshOptions()));
    const QList<qint64> running = sshProcesses();
    QCOMPARE(running.size(), 1);
    client.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(sshProcesses().isEmpty(), Timeout);

    // And the next connect starts a new one.
    QVERIFY(connectWith(client, sshOptions()));
    const QList<qint64> again = sshProcesses();
    QCOMPARE(again.size(), 1);
    QVERIFY(again != running);
    QVERIFY(roundTrip(client));
}

void tst_Ssh::otherTargetRestartsSsh()
{
    RedisClient client;
    QVERIFY(connectWith(client, sshOptions()));
    const QList<qint64> first = sshProcesses();
    QCOMPARE(first.size(), 1);

    // New options apply from the next attempt: the server drops the
    // connection, the link reconnects and asks for the unix socket target,
    // which the running ssh does not forward.
    RedisConnectionOptions options = sshOptions();
    options.setUnixSocketPath(server().unixSocketPath());
    client.setOptions(options);
    QSignalSpy connected(&client, &RedisClient::connected);
    cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("normal")});
    QVERIFY(connected.wait(Timeout));
    const QList<qint64> second = sshProcesses();
    QCOMPARE(second.size(), 1);
    QVERIFY(second != first);
    const QByteArray info = commandValue(client, {"CLIENT", "INFO"}).toByteArray();
    QVERIFY2(info.contains(" addr=" + QFile::encodeName(server().unixSocketPath()) + ":0 "), info.constData());
}

void tst_Ssh::wrongKeyIsNotRetried()
{
    RedisConnectionOptions options = sshOptions();
    options.setSshIdentityFile(m_ssh.unknownKeyPath());
    RedisClient client;
    QString message;
    expectFailure(client, options, Error::SshTunnelFailed, RedisClient::State::Disconnected, &message);
    QVERIFY2(message.contains(QLatin1String("authentication")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Permission denied")), qPrintable(message));
    QCOMPARE(client.reconnectAttempt(), 0);
}

void tst_Ssh::unknownHostKeyIsRejected()
{
    RedisConnectionOptions options = sshOptions();
    options.setSshKnownHostsFile(m_ssh.emptyKnownHostsPath(QStringLiteral("known_hosts_empty")));
    options.setSshHostKeyPolicy(Policy::Strict);
    RedisClient client;
    QString message;
    expectFailure(client, options, Error::SshHostKeyRejected, RedisClient::State::Disconnected, &message);
    QVERIFY2(message.contains(QLatin1String("unknown")), qPrintable(message));
    QVERIFY2(!m_ssh.hostKeyFingerprint().isEmpty(), "no fingerprint of the host key");
    QVERIFY2(message.contains(m_ssh.hostKeyFingerprint()), qPrintable(message));
    QCOMPARE(client.reconnectAttempt(), 0);
}

void tst_Ssh::acceptNewRecordsTheKey()
{
    const QString knownHosts = m_ssh.emptyKnownHostsPath(QStringLiteral("known_hosts_new"));
    RedisConnectionOptions options = sshOptions();
    options.setSshKnownHostsFile(knownHosts);
    options.setSshHostKeyPolicy(Policy::AcceptNew);
    RedisClient client;
    QVERIFY(connectWith(client, options));
    QVERIFY(roundTrip(client));
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    QVERIFY2(recorded.contains(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_ssh.port()).toLatin1()),
             recorded.constData());
}

void tst_Ssh::changedHostKeyIsRejected()
{
    RedisConnectionOptions options = sshOptions();
    options.setSshKnownHostsFile(m_ssh.changedKnownHostsPath());
    options.setSshHostKeyPolicy(Policy::AcceptNew); // accepts new keys, not changed ones
    RedisClient client;
    QString message;
    expectFailure(client, options, Error::SshHostKeyRejected, RedisClient::State::Disconnected, &message);
    QVERIFY2(message.contains(QLatin1String("changed")), qPrintable(message));
    QVERIFY2(message.contains(m_ssh.hostKeyFingerprint()), qPrintable(message));
}

void tst_Ssh::acceptAnyWarns()
{
    RedisConnectionOptions options = sshOptions();
    options.setSshKnownHostsFile(m_ssh.changedKnownHostsPath()); // not even read
    options.setSshHostKeyPolicy(Policy::AcceptAny);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("without checking the server's host key")));
    RedisClient client;
    QVERIFY(connectWith(client, options));
    QVERIFY(roundTrip(client));
}

void tst_Ssh::refusedIsRetried()
{
    RedisConnectionOptions options = sshOptions();
    options.setSshPort(closedPort());
    RedisClient client;
    QString message;
    expectFailure(client, options, Error::SshTunnelFailed, RedisClient::State::Reconnecting, &message);
    QVERIFY2(message.contains(QLatin1String("Connection refused")), qPrintable(message));
    client.abort();
}

void tst_Ssh::silentServerTimesOut()
{
    // Accepts the TCP connection and never says a word: no SSH banner.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    RedisConnectionOptions options = sshOptions();
    options.setSshPort(silent.serverPort());
    options.setConnectTimeout(1000);
    RedisClient client;
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    client.setOptions(options);
    client.connectToServer();
    QVERIFY(errors.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Reconnecting, Timeout);
    QVERIFY(client.error() == Error::Timeout || client.error() == Error::SshTunnelFailed);
    QVERIFY2(silent.hasPendingConnections(), "ssh did not connect");
    // The ssh that waits for the banner goes when its attempt is over.
    client.abort();
    QTRY_VERIFY_WITH_TIMEOUT(sshProcesses().isEmpty(), Timeout);
}

void tst_Ssh::sshdKilledAndRestarted()
{
    RedisClient client;
    QVERIFY(connectWith(client, sshOptions()));
    const QList<qint64> first = sshProcesses();
    QCOMPARE(first.size(), 1);

    m_ssh.kill();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Reconnecting, Timeout);
    QCOMPARE(client.error(), Error::ConnectionLost);
    QTRY_VERIFY_WITH_TIMEOUT(!sshProcesses().contains(first.first()), Timeout);

    QVERIFY2(m_ssh.restart(), qPrintable(m_ssh.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connected, Timeout);
    const QList<qint64> second = sshProcesses();
    QCOMPARE(second.size(), 1);
    QVERIFY(second != first);
    QCOMPARE(commandValue(client, {"SET", "after", "restart"}).toByteArray(), QByteArray("OK"));
}

void tst_Ssh::sshKilledIsReplaced()
{
    RedisClient client;
    QVERIFY(connectWith(client, sshOptions()));
    RedisSubscription *sub = client.subscribe("again");
    QTRY_COMPARE_WITH_TIMEOUT(sub->state(), RedisSubscription::State::Subscribed, Timeout);
    const QList<qint64> first = sshProcesses();
    QCOMPARE(first.size(), 1);
    QList<RedisSubscription::State> states;
    connect(sub, &RedisSubscription::stateChanged, this, [&states](RedisSubscription::State s) { states.append(s); });

    // Both links lose their forwarded connections and open the tunnel again:
    // one new ssh serves them both.
    QVERIFY(::kill(pid_t(first.first()), SIGKILL) == 0);
    // Waited for on the clock (QTRY counts its steps): a new ssh, not the
    // killed one, once the links have reconnected.
    QElapsedTimer waited;
    waited.start();
    const QDeadlineTimer deadline(Timeout);
    QList<qint64> now = sshProcesses();
    while ((now.isEmpty() || now == first) && !deadline.hasExpired()) {
        QTest::qWait(50);
        now = sshProcesses();
    }
    QVERIFY2(!now.isEmpty() && now != first,
             qPrintable(QStringLiteral("no new ssh after %1 ms (client state %2)")
                                .arg(waited.elapsed()).arg(int(client.state()))));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connected, Timeout);
    // The pub/sub link noticed the loss and subscribed again.
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(RedisSubscription::State::Pending)
                                     && sub->state() == RedisSubscription::State::Subscribed,
                             Timeout);
    QVERIFY(waitForSubscribers("again", 1)); // the old connection is gone
    QCOMPARE(sshProcesses().size(), 1);
    QCOMPARE(commandValue(client, {"PUBLISH", "again", "x"}).toInteger(), 1);
}

void tst_Ssh::agentAuthentication()
{
    QVERIFY2(m_ssh.startAgent(), qPrintable(m_ssh.errorString()));
    const QByteArray saved = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(m_ssh.agentSocketPath()));
    auto restore = qScopeGuard([&saved] {
        if (saved.isNull())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", saved);
    });
    RedisConnectionOptions options = sshOptions();
    options.setSshIdentityFile(QString());
    options.setSshUseAgent(true);
    {
        RedisClient client;
        QVERIFY(connectWith(client, options));
        QVERIFY(roundTrip(client));
    }
    // Without the agent the same options have no key the server knows.
    options.setSshUseAgent(false);
    RedisClient client;
    QString message;
    expectFailure(client, options, Error::SshTunnelFailed, RedisClient::State::Disconnected, &message);
    QVERIFY2(message.contains(QLatin1String("Permission denied")), qPrintable(message));
}

void tst_Ssh::passphrase()
{
    RedisConnectionOptions options = sshOptions();
    options.setSshIdentityFile(m_ssh.passphraseKeyPath());
    options.setSshPassphrase(SshTestServer::passphrase());
    RedisClient client;
    QVERIFY(connectWith(client, options));
    QVERIFY(roundTrip(client));
    // The secret stays out of ssh's command line and environment.
    const QList<qint64> ssh = sshProcesses();
    QCOMPARE(ssh.size(), 1);
    for (const QString &file : {QStringLiteral("cmdline"), QStringLiteral("environ")}) {
        QFile f(QStringLiteral("/proc/%1/%2").arg(ssh.first()).arg(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(SshTestServer::passphrase().toUtf8()));
    }
}

void tst_Ssh::wrongPassphraseIsNotRetried()
{
    RedisConnectionOptions options = sshOptions();
    options.setSshIdentityFile(m_ssh.passphraseKeyPath());
    options.setSshPassphrase(QStringLiteral("not the passphrase"));
    RedisClient client;
    QString message;
    expectFailure(client, options, Error::SshTunnelFailed, RedisClient::State::Disconnected, &message);
    QVERIFY2(message.contains(QLatin1String("Permission denied")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("not the passphrase")));
}

void tst_Ssh::sshNotInstalled()
{
    const QByteArray savedPath = qgetenv("PATH");
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    qputenv("PATH", QFile::encodeName(empty.path()));
    auto restore = qScopeGuard([&savedPath] { qputenv("PATH", savedPath); });
    RedisClient client;
    QString message;
    expectFailure(client, sshOptions(), Error::SshTunnelFailed, RedisClient::State::Disconnected, &message);
    QVERIFY2(message.contains(QLatin1String("not installed")), qPrintable(message));
}

namespace {
// An "ssh" of script (sh) first on PATH while it lives: for what the real
// server cannot do (password logins of root) or will not do (hang).
class FakeSsh
{
public:
    explicit FakeSsh(const QByteArray &script) : m_savedPath(qgetenv("PATH"))
    {
        QFile file(m_dir.filePath(QStringLiteral("ssh")));
        if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly))
            return;
        file.write("#!/bin/sh\nout='" + QFile::encodeName(m_dir.path()) + "'\n" + script);
        file.close();
        m_ok = file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("PATH", QFile::encodeName(m_dir.path()) + ':' + m_savedPath);
    }
    ~FakeSsh() { qputenv("PATH", m_savedPath); }
    bool isValid() const { return m_ok; }
    QByteArray file(const QString &name) const
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_savedPath;
    bool m_ok = false;
};
} // namespace

void tst_Ssh::passwordThroughAskpass()
{
    // Asks for the password twice, as a second round of password
    // authentication would: the second gets nothing.
    FakeSsh ssh("printf '%s\\n' \"$*\" > \"$out/args\"\n"
                "env > \"$out/env\"\n"
                "\"$SSH_ASKPASS\" \"root@127.0.0.1's password: \" > \"$out/answer\"\n"
                "\"$SSH_ASKPASS\" \"root@127.0.0.1's password: \" > \"$out/second\"; echo $? > \"$out/second.rc\"\n"
                "echo 'root@127.0.0.1: Permission denied (password).' >&2\n"
                "exit 255\n");
    QVERIFY(ssh.isValid());
    const QString password = QStringLiteral("pass word \u00e9!");
    RedisConnectionOptions options = sshOptions();
    options.setSshIdentityFile(QString());
    options.setSshPassword(password);
    RedisClient client;
    QString message;
    expectFailure(client, options, Error::SshTunnelFailed, RedisClient::State::Disconnected, &message);
    QVERIFY2(message.contains(QLatin1String("Permission denied")), qPrintable(message));
    QCOMPARE(ssh.file(QStringLiteral("answer")), password.toUtf8() + '\n');
    QCOMPARE(ssh.file(QStringLiteral("second")), QByteArray());
    QVERIFY(ssh.file(QStringLiteral("second.rc")).trimmed() != "0");
    const QByteArray args = ssh.file(QStringLiteral("args"));
    QVERIFY2(args.contains("NumberOfPasswordPrompts=1") && !args.contains("BatchMode"), args.constData());
    QVERIFY(!args.contains(password.toUtf8()));
    const QByteArray env = ssh.file(QStringLiteral("env"));
    QVERIFY(env.contains("SSH_ASKPASS_REQUIRE=force"));
    QVERIFY(!env.contains(password.toUtf8()));
    QVERIFY(!message.contains(password));
}

void tst_Ssh::hungSshIsEnded()
{
    // Never reports the forward: the tunnel gives up after connectTimeout
    // and ends it, while the client goes on retrying.
    FakeSsh ssh("echo $$ >> \"$out/pids\"\nwhile :; do sleep 1; done\n");
    QVERIFY(ssh.isValid());
    RedisConnectionOptions options = sshOptions();
    options.setConnectTimeout(500);
    RedisClient client;
    client.setOptions(options);
    client.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!ssh.file(QStringLiteral("pids")).isEmpty(), Timeout);
    const qint64 first = ssh.file(QStringLiteral("pids")).split('\n').first().toLongLong();
    QVERIFY(first > 0);
    QVERIFY(sshProcesses().contains(first)); // well within connectTimeout
    QTRY_VERIFY_WITH_TIMEOUT(!sshProcesses().contains(first), Timeout);
    QVERIFY(client.state() == RedisClient::State::Connecting || client.state() == RedisClient::State::Reconnecting);
    client.abort();
}

QTEST_GUILESS_MAIN(tst_Ssh)
#include "tst_ssh.moc"
