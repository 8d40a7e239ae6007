// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef TLSRELAYTRANSPORT_P_H
#define TLSRELAYTRANSPORT_P_H

#include "transport/hiredistransport_p.h"
#include "transport/resptransport_p.h"
#include "transport/tlssupport_p.h"

#include <QtCore/qsocketnotifier.h>

#include <memory>

namespace QtRedisPrivate {

// The command links' transport over TLS. hiredis 0.14 has no TLS, and the
// command path keeps hiredis's async context: a QSslSocket talks TLS to the
// server, and a HiredisTransport talks plain RESP to a private unix socket
// whose other end this transport relays to and from the QSslSocket.
//
//   hiredis --unix socket--> relay --QSslSocket (TLS)--> server
//
// The relay's socket is bound in a private directory (0700) only until
// hiredis's connect has completed (hiredis 1.x checks completion by calling
// connect() again, which needs the listening socket), then unlinked; the
// peer is checked to be this process. The relay uses one fixed buffer per direction (no allocation of
// its own per command) and bounds what it holds: it stops reading from
// hiredis while more than maxPendingWrite bytes wait to be encrypted, and
// from the QSslSocket (whose read buffer is bounded) while hiredis does not
// take what it has.
class TlsRelayTransport final : public RespTransport, private TransportListener
{
    Q_OBJECT
public:
    static constexpr qint64 maxPendingWrite = 1024 * 1024;

    explicit TlsRelayTransport(TransportListener *listener);
    ~TlsRelayTransport() override;

    void connectToHost(const QString &address, quint16 port) override;
    void connectToUnixSocket(const QString &path) override;
    bool send(const QList<QByteArray> &args) override;
    void closeGracefully() override;
    void abort() override;
    void dispose() override;
    quint64 activity() const override { return m_activity; }
    bool isNegotiatingTls() const override { return m_socket && !m_session.isEncrypted(); }

private:
    void setUpSocket();
    void onEncrypted();
    void onSocketError(QAbstractSocket::SocketError error, const QString &description);
    void onSocketDisconnected();
    // Server to hiredis: decrypted bytes into the relay socket.
    void pumpDown();
    // hiredis to server: the relay socket's bytes into the QSslSocket.
    void pumpUp();
    void resumeUp();
    bool startRelay(QString *why);
    void closeListener();
    void fail(const TransportFailure &failure);
    void failLater(const TransportFailure &failure);
    void shutdown();

    // TransportListener: the inner HiredisTransport.
    void transportConnected() override;
    void transportReply(const redisReply *reply) override;
    void transportClosed(const TransportFailure &failure) override;

    TlsSession m_session;
    QSslSocket *m_socket = nullptr;
    HiredisTransport *m_inner = nullptr;
    int m_relayFd = -1;                   // our end of hiredis's unix socket
    int m_listenFd = -1;                  // bound until hiredis has seen its connect complete
    QByteArray m_listenPath;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    std::unique_ptr<char[]> m_upBuffer;
    std::unique_ptr<char[]> m_downBuffer;
    qint64 m_downOffset = 0;
    qint64 m_downLength = 0;
    quint64 m_activity = 0;
    int m_depth = 0;
    bool m_serverClosed = false;          // the QSslSocket was closed by the server
    bool m_relayShutDown = false;         // hiredis was sent EOF
    bool m_closing = false;
    bool m_disposed = false;
};

} // namespace QtRedisPrivate

#endif // TLSRELAYTRANSPORT_P_H
