// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef RAWCLIENT_H
#define RAWCLIENT_H

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpSocket>

// A raw TCP client for fixture tests: collects everything it receives.
struct RawClient
{
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    // The kernel completes the handshake from the listen backlog, so this
    // blocking wait needs no event loop on the (same-thread) server side.
    bool waitForConnected() { return socket.waitForConnected(5000); }

    QByteArray received; // declared first: destroyed after the socket
    QTcpSocket socket;
};

#endif // RAWCLIENT_H
