// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef RESPTRANSPORT_P_H
#define RESPTRANSPORT_P_H

#include "redisglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtNetwork/qsslconfiguration.h>
#include <QtNetwork/qsslerror.h>

struct redisReply;

namespace QtRedisPrivate {

// Why a transport closed. The link turns it into a QtRedis::Error and a
// message (connection/linkfailure.cpp): transports only say what happened.
struct TransportFailure
{
    enum class Kind {
        Closed,           // closed after closeGracefully(), as asked
        ConnectFailed,    // the connection could not be made (connectError says how)
        PeerClosed,       // the server closed the connection
        ErrorReplyClosed, // an error reply no command asked for, then closed (detail: its text)
        Protocol,         // bytes that are not RESP (detail: the parser's message)
        Unsolicited,      // a reply no command asked for (refused by the reply guard)
        ArrayTooLarge,    // an array larger than RedisReplyGuard::maxArrayElements announced
        Io,               // any other socket failure (detail)
        OutOfMemory,
        Tls,              // TLS failed (detail: why, in words; sslErrors: the certificate errors)
        TlsExpected,      // a plain connection to a server that speaks TLS only
    };
    Kind kind = Kind::Closed;
    QtRedis::Error connectError = QtRedis::Error::SocketError; // ConnectFailed only
    QString detail;
    QList<QSslError> sslErrors; // Tls only
    bool retryable = true;      // Tls only: false for certificate errors
};

// How a transport sets up TLS: the configuration (CA list, client
// certificate, verify mode) and the name sent as SNI and verified.
struct TlsSettings
{
    QSslConfiguration configuration;
    QString peerName;
};

// What a transport reports to the link that owns it, from its event
// handlers. The link may abort() the transport inside any of these (never
// delete it: dispose()).
class TransportListener
{
public:
    // The connection is up: commands sent now go out (the handshake first).
    virtual void transportConnected() = 0;
    // One top-level reply or message, in order; valid during the call only.
    virtual void transportReply(const redisReply *reply) = 0;
    // The transport is closed: called once, and nothing after it.
    virtual void transportClosed(const TransportFailure &failure) = 0;

protected:
    ~TransportListener() = default;
};

// One connection's bytes: connects, sends RESP commands, hands over parsed
// replies. A transport serves one connection attempt; the link makes a new
// one for the next. Two kinds exist: HiredisTransport (hiredis's async
// context on the Qt event loop, for command links) and SocketTransport (a Qt
// socket and hiredis's reader, for pub/sub and MONITOR links).
// connectTo...() never calls the listener before it returns.
class RespTransport : public QObject
{
    Q_OBJECT
public:
    explicit RespTransport(TransportListener *listener) : m_listener(listener) {}

    // Before connectTo...(): the connection is made with TLS.
    void setTls(const TlsSettings &settings)
    {
        m_tls = settings;
        m_tlsEnabled = true;
    }
    // True while the TLS handshake has not finished (the link's connect
    // timeout then says that the server did not answer in TLS).
    virtual bool isNegotiatingTls() const { return false; }

    // address is numeric (names are resolved by the link beforehand).
    virtual void connectToHost(const QString &address, quint16 port) = 0;
    virtual void connectToUnixSocket(const QString &path) = 0;
    // Queues one command; false if the transport is closing or closed.
    virtual bool send(const QList<QByteArray> &args) = 0;
    // Closes after the replies to what was sent (then transportClosed(Closed)).
    virtual void closeGracefully() = 0;
    // Stops at once; the listener hears nothing more.
    virtual void abort() = 0;
    // Deletes the transport now, or once it is safe (not inside its own
    // handlers, and for hiredis once hiredis has freed its context).
    // Implies abort().
    virtual void dispose() = 0;
    // Grows with every read: the health check tells a silent link from a
    // busy one by it.
    virtual quint64 activity() const = 0;

protected:
    TransportListener *m_listener; // null once aborted
    TlsSettings m_tls;
    bool m_tlsEnabled = false;
};

} // namespace QtRedisPrivate

#endif // RESPTRANSPORT_P_H
