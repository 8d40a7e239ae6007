// Copyright (C) QtRedis contributors.
// SPDX-License-Identifier: BSD-3-Clause

#include "tcpproxy.h"

#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <utility>

#ifdef Q_OS_UNIX
#  include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#  include <linux/sockios.h>
#  include <sys/ioctl.h>
#endif

namespace {

// Bytes the kernel still holds for the peer: not sent yet, or sent and not
// acknowledged. An RST discards them, so a cut waits for zero.
qint64 unacknowledgedBytes(const QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    int pending = 0;
    if (socket->socketDescriptor() != -1
        && ::ioctl(int(socket->socketDescriptor()), SIOCOUTQ, &pending) == 0) {
        return pending;
    }
#else
    Q_UNUSED(socket);
#endif
    return 0;
}

} // namespace

struct TcpProxy::Connection
{
    int index = 0;
    QTcpSocket *client = nullptr; // null once closed (or reset)
    QTcpSocket *server = nullptr; // null once closed, reset or failed to connect
    QByteArray toServer;          // read from the client, not delivered yet
    QByteArray toClient;          // read from the server, not delivered yet
    bool serverConnected = false;
    bool serverFailed = false;    // the target was unreachable: reset the client
    bool clientClosing = false;   // disconnectFromHost() called on it
    bool serverClosing = false;
    qint64 cutBudget = -1;        // bytes from the server left before the cut; -1: none
    bool cutting = false;         // cut: nothing moves any more; reset pending or done

    // The bytes let through before a cut have reached the client.
    bool cutDelivered() const
    {
        return !client || (client->bytesToWrite() == 0 && unacknowledgedBytes(client) == 0);
    }
};

TcpProxy::TcpProxy(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_cutTimer(new QTimer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
    // No signal says "the peer has acknowledged everything": poll, only while
    // a cut waits for that.
    m_cutTimer->setInterval(1);
    connect(m_cutTimer, &QTimer::timeout, this, &TcpProxy::finishCuts);
}

TcpProxy::~TcpProxy()
{
    close();
}

bool TcpProxy::listen(const QString &targetHost, quint16 targetPort)
{
    if (m_server->isListening())
        return false;
    m_targetHost = targetHost;
    m_targetPort = targetPort;
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void TcpProxy::close()
{
    m_server->close();
    cutAll();
}

bool TcpProxy::isListening() const
{
    return m_server->isListening();
}

QString TcpProxy::host() const
{
    return QStringLiteral("127.0.0.1");
}

quint16 TcpProxy::port() const
{
    return m_port;
}

QString TcpProxy::targetHost() const
{
    return m_targetHost;
}

quint16 TcpProxy::targetPort() const
{
    return m_targetPort;
}

void TcpProxy::setMode(Mode mode)
{
    m_mode = mode;
    // Resuming delivers what was held, then any held hang-up.
    for (const ConnectionPtr &connection : connections())
        pump(connection);
}

TcpProxy::Mode TcpProxy::mode() const
{
    return m_mode;
}

void TcpProxy::cutAfterBytesFromServer(qint64 n)
{
    const qint64 budget = n < 0 ? -1 : n;
    m_cutBytes = budget;
    for (const ConnectionPtr &connection : connections()) {
        if (connection->cutting)
            continue;
        // Not m_cutBytes: a cut firing in this loop disarms that.
        connection->cutBudget = budget;
        pump(connection);
    }
}

void TcpProxy::cutAll()
{
    for (const ConnectionPtr &connection : connections())
        reset(connection);
}

bool TcpProxy::refuseNewConnections(bool refuse)
{
    if (refuse) {
        m_server->close();
        return true;
    }
    if (m_server->isListening())
        return true;
    if (m_port == 0)
        return false; // never listened: no port to come back to
    // QTcpServer sets SO_REUSEADDR on Unix, so connections accepted on the
    // old socket do not keep the port from being bound again.
    return m_server->listen(QHostAddress::LocalHost, m_port);
}

int TcpProxy::connectionCount() const
{
    return m_connectionCount;
}

int TcpProxy::openConnectionCount() const
{
    return int(m_connections.size());
}

qint64 TcpProxy::bytesFromServer() const
{
    return m_bytesFromServer;
}

qint64 TcpProxy::bytesToServer() const
{
    return m_bytesToServer;
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        // Shared with the sockets' lambdas, so a handler that ends the
        // connection leaves the state it is still using alive; the sockets
        // themselves go by deleteLater().
        auto connection = std::make_shared<Connection>();
        connection->index = m_connectionCount++;
        connection->client = client;
        connection->server = new QTcpSocket(this);
        connection->cutBudget = m_cutBytes;
        m_connections.insert(connection->index, connection);

        connect(client, &QTcpSocket::readyRead, this,
                [this, connection] { onClientReadyRead(connection); });
        connect(client, &QTcpSocket::disconnected, this,
                [this, connection] { onClientDisconnected(connection); });

        QTcpSocket *server = connection->server;
        connect(server, &QTcpSocket::connected, this, [this, connection] {
            connection->serverConnected = true;
            pump(connection);
        });
        connect(server, &QTcpSocket::readyRead, this,
                [this, connection] { onServerReadyRead(connection); });
        connect(server, &QTcpSocket::disconnected, this,
                [this, connection] { onServerDisconnected(connection); });
        connect(server, &QTcpSocket::errorOccurred, this,
                [this, connection] { onServerError(connection); });
        server->connectToHost(m_targetHost, m_targetPort);

        if (connection->client && connection->client->bytesAvailable() > 0)
            connection->toServer += connection->client->readAll();
        pump(connection); // a cut armed with 0 bytes fires right away
    }
}

void TcpProxy::onClientReadyRead(const ConnectionPtr &connection)
{
    if (!connection->client)
        return;
    // Always read, whatever the mode: held bytes wait in toServer.
    connection->toServer += connection->client->readAll();
    pump(connection);
}

void TcpProxy::onServerReadyRead(const ConnectionPtr &connection)
{
    if (!connection->server)
        return;
    connection->toClient += connection->server->readAll();
    pump(connection);
}

void TcpProxy::onClientDisconnected(const ConnectionPtr &connection)
{
    QTcpSocket *client = std::exchange(connection->client, nullptr);
    if (!client)
        return;
    if (client->isReadable() && client->bytesAvailable() > 0)
        connection->toServer += client->readAll();
    disconnect(client, nullptr, this, nullptr);
    // Not delete: we may be inside one of the socket's own signals.
    client->deleteLater();
    pump(connection);
    forgetIfClosed(connection);
}

void TcpProxy::onServerDisconnected(const ConnectionPtr &connection)
{
    QTcpSocket *server = std::exchange(connection->server, nullptr);
    if (!server)
        return;
    if (server->isReadable() && server->bytesAvailable() > 0)
        connection->toClient += server->readAll();
    disconnect(server, nullptr, this, nullptr);
    server->deleteLater();
    pump(connection);
    forgetIfClosed(connection);
}

void TcpProxy::onServerError(const ConnectionPtr &connection)
{
    // On an established connection disconnected() follows; only a failed
    // connect ends here.
    if (connection->serverConnected || !connection->server)
        return;
    QTcpSocket *server = std::exchange(connection->server, nullptr);
    connection->serverFailed = true;
    disconnect(server, nullptr, this, nullptr);
    server->deleteLater();
    pump(connection);
    forgetIfClosed(connection);
}

// Moves whatever the mode lets through, then passes hang-ups on. Re-entrant:
// disconnectFromHost() may emit disconnected() at once, which pumps again.
void TcpProxy::pump(const ConnectionPtr &connection)
{
    Connection &c = *connection;
    if (c.cutting)
        return;
    // Nobody left to deliver to.
    if (!c.client)
        c.toClient.clear();
    if (!c.server)
        c.toServer.clear();

    if (c.cutBudget == 0) {
        startCut(connection);
        return;
    }

    const bool toClientFlows = m_mode == Mode::Forward;
    const bool toServerFlows = m_mode != Mode::Blackhole;

    if (toClientFlows && c.client && !c.toClient.isEmpty()) {
        qint64 n = c.toClient.size();
        if (c.cutBudget >= 0)
            n = qMin(n, c.cutBudget);
        c.client->write(c.toClient.constData(), n);
        c.toClient.remove(0, n);
        m_bytesFromServer += n;
        if (c.cutBudget >= 0) {
            c.cutBudget -= n;
            if (c.cutBudget == 0) {
                startCut(connection);
                return;
            }
        }
    }
    if (toServerFlows && c.server && c.serverConnected && !c.toServer.isEmpty()) {
        c.server->write(c.toServer);
        m_bytesToServer += c.toServer.size();
        c.toServer.clear();
    }

    // A hang-up follows the bytes sent before it.
    if (toClientFlows && !c.server && c.client && !c.clientClosing && c.toClient.isEmpty()) {
        if (c.serverFailed) {
            release(c.client, true);
        } else {
            c.clientClosing = true;
            c.client->disconnectFromHost(); // flushes first
        }
    }
    if (toServerFlows && !c.client && c.server && !c.serverClosing && c.toServer.isEmpty()) {
        c.serverClosing = true;
        c.server->disconnectFromHost(); // while connecting: once connected
    }
    forgetIfClosed(connection);
}

void TcpProxy::startCut(const ConnectionPtr &connection)
{
    m_cutBytes = -1; // later connections get a healthy link
    connection->cutting = true;
    // The bytes let through must reach the client before the RST: abort()
    // would drop what Qt still buffers, the RST what the kernel still holds.
    if (connection->client && connection->client->bytesToWrite() > 0)
        connection->client->flush();
    if (connection->cutDelivered())
        reset(connection);
    else
        m_cutTimer->start(); // finishCuts() resets it once they are through
}

void TcpProxy::finishCuts()
{
    bool waiting = false;
    for (const ConnectionPtr &connection : connections()) {
        if (!connection->cutting)
            continue;
        if (connection->cutDelivered())
            reset(connection);
        else
            waiting = true;
    }
    if (!waiting)
        m_cutTimer->stop();
}

void TcpProxy::reset(const ConnectionPtr &connection)
{
    connection->cutting = true;
    connection->toClient.clear();
    connection->toServer.clear();
    release(connection->client, true);
    release(connection->server, true);
    forgetIfClosed(connection);
}

void TcpProxy::release(QTcpSocket *&socket, bool sendReset)
{
    QTcpSocket *s = std::exchange(socket, nullptr);
    if (!s)
        return;
    disconnect(s, nullptr, this, nullptr);
#ifdef Q_OS_UNIX
    // A zero linger time turns close() into an RST (a plain close() sends a
    // FIN unless unread input is pending). Bytes already handed to the
    // loopback are delivered before it; the peer reads them, then ECONNRESET.
    if (sendReset && s->socketDescriptor() != -1) {
        const linger hardClose{ 1, 0 };
        ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose,
                     sizeof hardClose);
    }
#else
    Q_UNUSED(sendReset);
#endif
    s->abort();
    s->deleteLater();
}

void TcpProxy::forgetIfClosed(const ConnectionPtr &connection)
{
    if (!connection->client && !connection->server)
        m_connections.remove(connection->index);
}

QList<TcpProxy::ConnectionPtr> TcpProxy::connections() const
{
    // A copy: handlers may remove connections while the caller iterates.
    return m_connections.values();
}
