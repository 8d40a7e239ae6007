// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef SOCKETTRANSPORT_P_H
#define SOCKETTRANSPORT_P_H

#include "transport/replyguard_p.h"
#include "transport/resptransport_p.h"
#include "transport/tlssupport_p.h"

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE
struct redisReader;

namespace QtRedisPrivate {

// The pub/sub and MONITOR links' transport. hiredis's async API is not used
// for them: its subscribed mode assert()s on message shapes it does not
// expect, drops the reply of a PING and does not know SSUBSCRIBE (0.14). A
// QTcpSocket or QLocalSocket carries the bytes and hiredis's reader (with
// the reply guard's array bound) parses them; the owner checks every
// message. With TLS (setTls()), a QSslSocket carries them, over TCP or over
// a unix socket (an SSH tunnel's end).
class SocketTransport final : public RespTransport, public RedisReplyGuard
{
    Q_OBJECT
public:
    explicit SocketTransport(TransportListener *listener);
    ~SocketTransport() override;

    void connectToHost(const QString &address, quint16 port) override;
    void connectToUnixSocket(const QString &path) override;
    bool send(const QList<QByteArray> &args) override;
    void closeGracefully() override;
    void abort() override;
    void dispose() override;
    quint64 activity() const override { return m_bytesReceived; }
    bool isNegotiatingTls() const override { return m_tlsEnabled && m_io && !m_connected; }

protected:
    bool replyExpected() const override { return true; } // messages come unasked

private:
    // Signals that arrive inside connectTo...() (a local socket may connect
    // or fail at once) are handled from the event loop.
    template <typename Handler>
    auto whenSafe(Handler handler)
    {
        return [this, handler] {
            if (m_connecting)
                QMetaObject::invokeMethod(this, handler, Qt::QueuedConnection);
            else
                handler();
        };
    }
    void connectTls(const QString &address, quint16 port, const QString &unixPath);
    void onConnected();
    void onReadyRead();
    void onSocketError(int socketError, const QString &description);
    void fail(const TransportFailure &failure);
    void shutdown();

    QIODevice *m_io = nullptr;      // a QTcpSocket, QSslSocket or QLocalSocket
    TlsSession m_tlsSession;
    redisReader *m_reader = nullptr;
    QByteArray m_encodeBuffer;
    QByteArray m_unsent;            // sent before the socket connected
    quint64 m_bytesReceived = 0;
    int m_depth = 0;                // inside one of our handlers
    bool m_reading = false;         // inside onReadyRead()
    bool m_connecting = false;      // inside connectTo...()
    bool m_connected = false;
    bool m_closing = false;         // closeGracefully() was called
    bool m_disposed = false;
};

} // namespace QtRedisPrivate

#endif // SOCKETTRANSPORT_P_H
