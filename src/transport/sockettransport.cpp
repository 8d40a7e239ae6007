// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/sockettransport_p.h"
#include "transport/respencoder_p.h"

#include <QtCore/qscopeguard.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qlocalsocket.h>
#include <QtNetwork/qtcpsocket.h>

#include <hiredis/hiredis.h>
#include <hiredis/read.h>

namespace QtRedisPrivate {

namespace {
struct DepthGuard
{
    explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    int &m_depth;
};
} // namespace

SocketTransport::SocketTransport(TransportListener *listener) : RespTransport(listener)
{
    m_reader = redisReaderCreate();
    if (m_reader)
        RedisReplyGuard::install(m_reader, this);
}

SocketTransport::~SocketTransport()
{
    shutdown();
    if (m_reader)
        redisReaderFree(m_reader);
}

void SocketTransport::connectTls(const QString &address, quint16 port, const QString &unixPath)
{
    QSslSocket *socket = m_tlsSession.createSocket(m_tls, this);
    m_io = socket;
    connect(socket, &QSslSocket::encrypted, this, whenSafe([this] {
        m_tlsSession.setEncrypted();
        onConnected();
    }));
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsSession.setSslErrors(errors); // the handshake then fails: errorOccurred() reports it
    });
    connect(socket, &QSslSocket::readyRead, this, whenSafe([this] { onReadyRead(); }));
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError e) {
        const QString description = socket->errorString();
        whenSafe([this, socket, e, description] {
            if (socket == m_io)
                onSocketError(int(e), description);
        })();
    });
    connect(socket, &QSslSocket::disconnected, this, whenSafe([this, socket] {
        if (socket == m_io)
            onSocketError(int(QAbstractSocket::RemoteHostClosedError), QString());
    }));
    m_connecting = true;
    if (unixPath.isEmpty()) {
        m_tlsSession.connectToHost(address, port);
    } else {
        TransportFailure failure;
        if (!m_tlsSession.connectToUnixSocket(unixPath, &failure)) {
            QMetaObject::invokeMethod(this, [this, failure] {
                if (m_listener)
                    fail(failure);
            }, Qt::QueuedConnection);
        }
    }
    m_connecting = false;
}

void SocketTransport::connectToHost(const QString &address, quint16 port)
{
    if (m_tlsEnabled) {
        connectTls(address, port, QString());
        return;
    }
    auto *socket = new QTcpSocket(this);
    m_io = socket;
    connect(socket, &QTcpSocket::connected, this, whenSafe([this] { onConnected(); }));
    connect(socket, &QTcpSocket::readyRead, this, whenSafe([this] { onReadyRead(); }));
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError e) {
        const QString description = socket->errorString();
        whenSafe([this, socket, e, description] {
            if (socket == m_io)
                onSocketError(int(e), description);
        })();
    });
    connect(socket, &QTcpSocket::disconnected, this, whenSafe([this, socket] {
        if (socket == m_io)
            onSocketError(int(QAbstractSocket::RemoteHostClosedError), QString());
    }));
    m_connecting = true;
    socket->connectToHost(QHostAddress(address), port);
    m_connecting = false;
}

void SocketTransport::connectToUnixSocket(const QString &path)
{
    if (m_tlsEnabled) {
        connectTls(QString(), 0, path);
        return;
    }
    auto *socket = new QLocalSocket(this);
    m_io = socket;
    connect(socket, &QLocalSocket::connected, this, whenSafe([this] { onConnected(); }));
    connect(socket, &QLocalSocket::readyRead, this, whenSafe([this] { onReadyRead(); }));
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError e) {
        // A missing socket file is "refused", as for the command link.
        const auto code = e == QLocalSocket::ServerNotFoundError || e == QLocalSocket::ConnectionRefusedError
                ? QAbstractSocket::ConnectionRefusedError
                : e == QLocalSocket::PeerClosedError ? QAbstractSocket::RemoteHostClosedError
                : e == QLocalSocket::SocketTimeoutError ? QAbstractSocket::SocketTimeoutError
                                                        : QAbstractSocket::UnknownSocketError;
        const QString description = socket->errorString();
        whenSafe([this, socket, code, description] {
            if (socket == m_io)
                onSocketError(int(code), description);
        })();
    });
    connect(socket, &QLocalSocket::disconnected, this, whenSafe([this, socket] {
        if (socket == m_io)
            onSocketError(int(QAbstractSocket::RemoteHostClosedError), QString());
    }));
    m_connecting = true;
    socket->connectToServer(path);
    m_connecting = false;
}

bool SocketTransport::send(const QList<QByteArray> &args)
{
    if (!m_io || !m_listener || m_closing)
        return false;
    const qsizetype length = encodeCommand(args, m_encodeBuffer);
    if (m_connected)
        m_io->write(m_encodeBuffer.constData(), length);
    else
        m_unsent.append(m_encodeBuffer.constData(), length);
    trimEncodeBuffer(m_encodeBuffer);
    return true;
}

void SocketTransport::closeGracefully()
{
    if (!m_io || m_closing)
        return;
    m_closing = true;
    if (!m_connected) {
        TransportFailure closed;
        closed.kind = TransportFailure::Kind::Closed;
        fail(closed);
        return;
    }
    // Writes what is buffered, then closes; disconnected() reports it.
    if (auto *tcp = qobject_cast<QTcpSocket *>(m_io))
        tcp->disconnectFromHost();
    else if (auto *local = qobject_cast<QLocalSocket *>(m_io))
        local->disconnectFromServer();
}

void SocketTransport::abort()
{
    m_listener = nullptr;
    shutdown();
}

void SocketTransport::dispose()
{
    abort();
    m_disposed = true;
    if (m_depth > 0)
        deleteLater();
    else
        delete this;
}

void SocketTransport::shutdown()
{
    m_unsent.clear();
    if (QIODevice *io = std::exchange(m_io, nullptr)) {
        io->disconnect(this);
        if (auto *tcp = qobject_cast<QTcpSocket *>(io))
            tcp->abort();
        else if (auto *local = qobject_cast<QLocalSocket *>(io))
            local->abort();
        // Not deleted here: this may run inside one of its signals.
        io->setParent(nullptr);
        io->deleteLater();
    }
}

void SocketTransport::fail(const TransportFailure &failure)
{
    TransportListener *listener = std::exchange(m_listener, nullptr);
    shutdown();
    if (listener)
        listener->transportClosed(failure);
}

void SocketTransport::onConnected()
{
    if (!m_io || m_connected)
        return;
    const DepthGuard depth(m_depth);
    m_connected = true;
    if (auto *tcp = qobject_cast<QTcpSocket *>(m_io)) {
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        tcp->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    }
    if (!m_unsent.isEmpty())
        m_io->write(std::exchange(m_unsent, {}));
    if (m_listener)
        m_listener->transportConnected();
}

void SocketTransport::onSocketError(int socketError, const QString &description)
{
    if (!m_io)
        return;
    const DepthGuard depth(m_depth);
    const auto e = QAbstractSocket::SocketError(socketError);
    TransportFailure failure;
    if (m_closing && e == QAbstractSocket::RemoteHostClosedError) {
        failure.kind = TransportFailure::Kind::Closed;
    } else if (m_tlsEnabled) {
        failure = m_tlsSession.failure(e, description);
    } else if (m_connected && m_bytesReceived == 0 && (e == QAbstractSocket::RemoteHostClosedError)) {
        // Closed before any answer to the handshake: what a TLS-only port does.
        failure.kind = TransportFailure::Kind::TlsExpected;
    } else if (!m_connected) {
        failure.kind = TransportFailure::Kind::ConnectFailed;
        failure.connectError = e == QAbstractSocket::ConnectionRefusedError ? QtRedis::Error::ConnectionRefused
                : e == QAbstractSocket::HostNotFoundError                   ? QtRedis::Error::HostNotFound
                : e == QAbstractSocket::SocketTimeoutError                  ? QtRedis::Error::Timeout
                                                                            : QtRedis::Error::SocketError;
        failure.detail = description;
    } else if (e == QAbstractSocket::RemoteHostClosedError) {
        failure.kind = TransportFailure::Kind::PeerClosed;
    } else {
        failure.kind = TransportFailure::Kind::Io;
        failure.detail = description;
    }
    fail(failure);
}

void SocketTransport::onReadyRead()
{
    // A nested event loop inside a message handler: the outer loop below
    // reads what arrives meanwhile once the handler returns.
    if (m_reading || !m_io)
        return;
    const DepthGuard depth(m_depth);
    m_reading = true;
    const auto done = qScopeGuard([this] { m_reading = false; });
    if (!m_reader) {
        TransportFailure failure;
        failure.kind = TransportFailure::Kind::OutOfMemory;
        fail(failure);
        return;
    }
    char buffer[16384];
    while (m_listener && m_io && m_io->bytesAvailable() > 0) {
        const qint64 n = m_io->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_bytesReceived += quint64(n);
        if (m_tlsEnabled)
            m_tlsSession.setDataReceived();
        if (redisReaderFeed(m_reader, buffer, size_t(n)) != REDIS_OK) {
            TransportFailure failure;
            failure.kind = TransportFailure::Kind::OutOfMemory;
            fail(failure);
            return;
        }
        while (m_listener) {
            void *object = nullptr;
            if (redisReaderGetReply(m_reader, &object) != REDIS_OK) {
                TransportFailure failure;
                failure.kind = refusal() == Refusal::ArrayTooLarge ? TransportFailure::Kind::ArrayTooLarge
                                                                    : TransportFailure::Kind::Protocol;
                failure.detail = QString::fromLocal8Bit(m_reader->errstr);
                fail(failure);
                return;
            }
            if (!object)
                break;
            auto *reply = static_cast<redisReply *>(object);
            m_listener->transportReply(reply);
            m_reader->fn->freeObject(reply);
        }
    }
}

} // namespace QtRedisPrivate
