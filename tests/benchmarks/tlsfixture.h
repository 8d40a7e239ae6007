// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// What qtredis-bench's TLS lines need: certificates made with openssl at
// start (a CA and a server certificate for localhost / 127.0.0.1) in a
// temporary directory, and a client-mode stunnel that accepts plain
// connections on a local port and carries them over TLS to the server, so
// that an unchanged plain-text client measures "TLS done outside the client".
#ifndef QTREDIS_BENCH_TLSFIXTURE_H
#define QTREDIS_BENCH_TLSFIXTURE_H

#include <QtCore/qprocess.h>
#include <QtCore/qstring.h>
#include <QtCore/qtemporarydir.h>

namespace Bench {

class TlsCertificates
{
public:
    // Runs `openssl` (at most timeoutMs in all); false (with *error) if it
    // cannot.
    bool create(const QString &openssl, int timeoutMs, QString *error);

    QString directory() const { return m_dir.path(); }
    QString caFile() const;          // ca.pem
    QString serverCertFile() const;  // server.pem: CN=localhost, SAN DNS:localhost, IP:127.0.0.1
    QString serverKeyFile() const;   // server.key
    // The name the server's certificate is verified against.
    static QString peerName() { return QStringLiteral("localhost"); }

private:
    QString file(const char *name) const;
    QTemporaryDir m_dir;
};

class StunnelClient
{
public:
    StunnelClient() = default;
    ~StunnelClient();
    StunnelClient(const StunnelClient &) = delete;
    StunnelClient &operator=(const StunnelClient &) = delete;

    // Starts `program` in the foreground with a generated configuration in
    // workDir: accept on a free port of 127.0.0.1, connect with TLS to
    // 127.0.0.1:targetPort, verify the chain with caFile and the name
    // peerName. Waits (at most timeoutMs) until it accepts connections.
    bool start(const QString &program, const QString &workDir, quint16 targetPort, const QString &caFile,
               const QString &peerName, int timeoutMs, QString *error);
    // Kills it (and removes its pid file).
    void stop();

    quint16 port() const { return m_port; }   // 0 unless start() succeeded
    // "stunnel 5.68 ..." (the first line of its -version), or empty.
    static QString version(const QString &program);

private:
    QString logTail() const;

    QProcess m_process;
    QString m_workDir;
    QString m_pidFile;
    quint16 m_port = 0;
};

} // namespace Bench

#endif // QTREDIS_BENCH_TLSFIXTURE_H
