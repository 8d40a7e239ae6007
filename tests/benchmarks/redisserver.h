// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// qtredis-bench's private redis-server: a child process on a free TCP port
// of 127.0.0.1, with no persistence, working in a temporary directory.
// It is killed when this object goes away, and (PR_SET_PDEATHSIG) when the
// benchmark dies without cleaning up.
#ifndef QTREDIS_BENCH_REDISSERVER_H
#define QTREDIS_BENCH_REDISSERVER_H

#include <QtCore/qprocess.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qtemporarydir.h>

namespace Bench {

class PrivateRedisServer
{
public:
    PrivateRedisServer() = default;
    ~PrivateRedisServer();
    PrivateRedisServer(const PrivateRedisServer &) = delete;
    PrivateRedisServer &operator=(const PrivateRedisServer &) = delete;

    // Also listen with TLS on a second free port, with these PEM files
    // (clients are not asked for certificates). Call before start().
    void setTls(const QString &certFile, const QString &keyFile, const QString &caFile);

    // Appended to redis-server's command line (cluster mode, for example).
    // Call before start().
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    // Starts `program` and waits (at most timeoutMs) until it answers PING
    // (on the plain port).
    bool start(const QString &program, int timeoutMs, QString *error);
    void stop();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }   // 0 without setTls()

private:
    static bool answersPing(quint16 port);
    QString logTail() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QStringList m_extraArguments;
    QStringList m_tlsArguments;   // --tls-cert-file ... when setTls() was called
};

} // namespace Bench

#endif // QTREDIS_BENCH_REDISSERVER_H
