// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef TLSSUPPORT_P_H
#define TLSSUPPORT_P_H

#include "transport/resptransport_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtNetwork/qsslsocket.h>

namespace QtRedisPrivate {

// The QSslSocket side of the TLS transports (SocketTransport with TLS,
// TlsRelayTransport): setting a socket up, connecting it over TCP or over a
// unix socket (an SSH tunnel's end), and telling why TLS failed, in words.
class TlsSession
{
    Q_DECLARE_TR_FUNCTIONS(TlsSession)
public:
    // The socket buffers at most this much decrypted data: beyond it, TCP
    // flow control holds the server back.
    static constexpr qint64 readBufferSize = 256 * 1024;

    TlsSession() = default;
    // A socket with settings applied, a child of parent.
    QSslSocket *createSocket(const TlsSettings &settings, QObject *parent);
    // Starts TCP and the handshake (address is numeric).
    void connectToHost(const QString &address, quint16 port);
    // Connects the unix socket at path and starts the handshake on it;
    // false (and failure set) if the socket cannot be connected.
    bool connectToUnixSocket(const QString &path, TransportFailure *failure);

    QSslSocket *socket() const { return m_socket; }
    bool isEncrypted() const { return m_encrypted; }
    // The handshake has finished (encrypted()).
    void setEncrypted() { m_encrypted = true; }
    // Application data arrived after the handshake.
    void setDataReceived() { m_dataReceived = true; }
    // QSslSocket::sslErrors(): kept for failure().
    void setSslErrors(const QList<QSslError> &errors) { m_sslErrors = errors; }

    // The failure that a socket error means. connected: the transport had
    // reported transportConnected(). Not a TLS matter (refused, reset after
    // data, ...): the same kinds as a plain socket's.
    TransportFailure failure(QAbstractSocket::SocketError error, const QString &description) const;

    // The certificate errors in words, most important first.
    static QString describe(const QList<QSslError> &errors, const QString &peerName);

private:
    QSslSocket *m_socket = nullptr;
    TlsSettings m_settings;
    QList<QSslError> m_sslErrors;
    bool m_encrypted = false;
    bool m_dataReceived = false;
};

} // namespace QtRedisPrivate

#endif // TLSSUPPORT_P_H
