// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef SSHTESTSERVER_H
#define SSHTESTSERVER_H

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QProcess;
class QTemporaryDir;
QT_END_NAMESPACE

// A private OpenSSH server (/usr/sbin/sshd) for the SSH tunnel suites.
//
// start() makes everything in its own temporary directory: a host key, a
// second host key (for a "changed key" known_hosts), client keys made at run
// time (one the server accepts, one with a passphrase it accepts, one it does
// not know), authorized_keys, the sshd configuration and a known_hosts file
// naming this server ("[127.0.0.1]:PORT"). sshd listens on a free port on
// 127.0.0.1, in the foreground (-D -e), logging to logFilePath(); it accepts
// public keys of the user running the test (root too: prohibit-password), no
// passwords, and allows TCP and unix socket forwarding. It is killed with the
// test process (PR_SET_PDEATHSIG), as is the optional ssh-agent.
//
// Clients should use "-F none" (RedisConnectionOptions::setSshConfigFile
// ("none")) so that the user's ~/.ssh/config does not interfere.
//
//     SshTestServer ssh;
//     QVERIFY2(ssh.start(), qPrintable(ssh.errorString()));
//     options.setSshHost(ssh.host()); options.setSshPort(ssh.port()); ...
class SshTestServer
{
public:
    SshTestServer();
    ~SshTestServer();
    SshTestServer(const SshTestServer &) = delete;
    SshTestServer &operator=(const SshTestServer &) = delete;

    // Makes the keys and files (once) and starts sshd; waits (at most 10 s)
    // until it listens. Fails if it runs already; see errorString().
    bool start();
    // Ends sshd and every session it serves (SIGTERM), and waits for sshd.
    void stop();
    // SIGKILL to sshd and every session process: every connection drops at
    // once, as when the machine goes away. Returns once sshd is gone.
    void kill();
    // Starts sshd again on the same port with the same keys.
    bool restart();
    bool isRunning() const;
    qint64 processId() const; // 0 when not running

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; } // 0 before the first start()
    QString user() const;                     // the user the tests log in as
    QString directory() const;

    QString clientKeyPath() const;        // accepted, no passphrase
    QString passphraseKeyPath() const;    // accepted, passphrase() protects it
    static QString passphrase() { return QStringLiteral("correct horse battery"); }
    QString unknownKeyPath() const;       // a key the server does not accept
    QString knownHostsPath() const;       // this server's host key
    QString changedKnownHostsPath() const; // another key under this server's name
    // A new empty known_hosts file named name in the directory (made anew on
    // every call).
    QString emptyKnownHostsPath(const QString &name);
    QString hostKeyFingerprint() const; // "SHA256:..." of the host key

    // ssh-agent -D on a socket in the directory, holding clientKeyPath().
    bool startAgent();
    QString agentSocketPath() const;

    QString logFilePath() const;
    QString errorString() const { return m_error; }

private:
    bool prepare();
    bool launch(bool *portInUse);
    bool run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
             const QStringList &extraEnv = {});
    void signalAll(int signal);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QProcess> m_agent;
    QString m_error;
    QString m_fingerprint;
    quint16 m_port = 0;
};

#endif // SSHTESTSERVER_H
