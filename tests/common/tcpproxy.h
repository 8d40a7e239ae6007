// Copyright (C) QtRedis contributors.
// SPDX-License-Identifier: BSD-3-Clause

#ifndef TCPPROXY_H
#define TCPPROXY_H

#include <QtCore/QByteArray>
#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

// A TCP proxy on 127.0.0.1 for fault-injection tests: put it between a client
// and a server (normally a RedisTestServer), then stall, cut or refuse the
// link while the client is using it.
//
// Each accepted connection gets its own connection to the target, opened on
// accept; bytes are forwarded both ways on the event loop of the thread that
// owns the proxy (no threads). A hang-up on one side is passed on to the other
// once the bytes before it are delivered (a full close, like redis-server's).
// If the target cannot be reached, the accepted client is reset (the nearest
// thing to "connection refused" once the proxy has accepted), at once unless
// a blackhole holds it like any hang-up.
//
// Modes (setMode()) apply to open and future connections alike:
// - Forward: bytes flow both ways.
// - Blackhole: nothing is forwarded either way, hang-ups included: both TCP
//   connections stay open, so the client sees a silent, half-open link, never
//   a FIN or RST. Bytes read meanwhile are held, not dropped, and delivered in
//   order (then any held hang-up) when forwarding resumes, as TCP does once a
//   partition heals. So a command sent into the blackhole reaches the server
//   late, and its reply comes back: a client that timed out and carries on
//   over the same connection must cope with that reply.
// - BlackholeFromServer: client to server flows (commands run), server to
//   client is held as in Blackhole (replies are late).
//
// cutAfterBytesFromServer(n) arms a cut: every open connection, and every
// connection accepted before the cut first fires, forwards exactly n more
// bytes from the server and is then reset on both sides, as if the link broke
// mid-reply: the client reads those n bytes, then ECONNRESET (an RST, not a
// FIN; Qt reports both as RemoteHostClosedError). The reset waits until the
// client's kernel has acknowledged the n bytes (an RST discards unacknowledged
// ones), so a client that stops reading is not cut until it reads on. The
// first cut that fires disarms it for later connections, so a client that
// reconnects gets a healthy link. Bytes held by a blackhole count only when
// they are delivered.
//
// refuseNewConnections(true) closes the listening socket: connection attempts
// get ECONNREFUSED as from a stopped server, while open connections go on (add
// cutAll() to emulate a crash). refuseNewConnections(false) listens again on
// the same port, like a restarted server.
//
// Example: the link goes silent under a connected client.
//     RedisTestServer server;
//     QVERIFY(server.start());
//     TcpProxy proxy;
//     QVERIFY(proxy.listen(server.host(), server.port()));
//     client.connectToHost(proxy.host(), proxy.port());
//     ...
//     proxy.setMode(TcpProxy::Mode::Blackhole);
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Forward, Blackhole, BlackholeFromServer };
    Q_ENUM(Mode)

    explicit TcpProxy(QObject *parent = nullptr);
    ~TcpProxy() override; // resets every connection and stops listening

    // Listens on 127.0.0.1, a free port, and forwards every accepted
    // connection to targetHost:targetPort. False if already listening or if
    // no port could be bound.
    bool listen(const QString &targetHost, quint16 targetPort);
    void close(); // stop listening and reset every connection
    bool isListening() const;
    QString host() const; // "127.0.0.1"
    quint16 port() const; // kept while refusing; 0 before listen()
    QString targetHost() const;
    quint16 targetPort() const;

    void setMode(Mode mode);
    Mode mode() const;

    // Arms a cut after n more bytes from the server (see above); n < 0
    // disarms it, for open connections too. n == 0 resets open connections at
    // once, and the next accepted one right after accept.
    void cutAfterBytesFromServer(qint64 n);
    void cutAll(); // reset every open connection now (RST to both sides)

    // True: close the listening socket. False: listen again on port().
    // Returns false only if listening again failed (the port was taken).
    bool refuseNewConnections(bool refuse);

    int connectionCount() const;     // accepted so far
    int openConnectionCount() const; // accepted, and either side not closed yet
    qint64 bytesFromServer() const;  // delivered to clients, all connections
    qint64 bytesToServer() const;    // delivered to the target, all connections

private:
    struct Connection;
    using ConnectionPtr = std::shared_ptr<Connection>;

    void onNewConnection();
    void onClientReadyRead(const ConnectionPtr &connection);
    void onServerReadyRead(const ConnectionPtr &connection);
    void onClientDisconnected(const ConnectionPtr &connection);
    void onServerDisconnected(const ConnectionPtr &connection);
    void onServerError(const ConnectionPtr &connection);
    void pump(const ConnectionPtr &connection);
    void startCut(const ConnectionPtr &connection);
    void finishCuts();
    void reset(const ConnectionPtr &connection);
    void release(QTcpSocket *&socket, bool sendReset);
    void forgetIfClosed(const ConnectionPtr &connection);
    QList<ConnectionPtr> connections() const;

    QTcpServer *m_server;
    QTimer *m_cutTimer; // polls while a cut waits for its bytes to arrive
    QMap<int, ConnectionPtr> m_connections; // by index, in accept order
    QString m_targetHost;
    quint16 m_targetPort = 0;
    quint16 m_port = 0;
    Mode m_mode = Mode::Forward;
    qint64 m_cutBytes = -1; // armed for new connections when >= 0
    qint64 m_bytesFromServer = 0;
    qint64 m_bytesToServer = 0;
    int m_connectionCount = 0;
};

#endif // TCPPROXY_H
