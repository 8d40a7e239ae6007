// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/tlsrelaytransport_p.h"
#include "core/redislogging_p.h"

#include <QtCore/qatomic.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace QtRedisPrivate {

namespace {
constexpr qint64 relayChunk = 64 * 1024;

struct DepthGuard
{
    explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    int &m_depth;
};

// The process's private directory (0700) for the relays' sockets, removed
// at exit. A short path: sun_path holds 108 bytes.
QString relayDirectory()
{
    static QTemporaryDir *dir = [] {
        QString base = QDir::tempPath();
        if (base.size() > 60)
            base = QStringLiteral("/tmp");
        auto *d = new QTemporaryDir(base + QLatin1String("/qtredis-XXXXXX"));
        static struct Cleanup
        {
            QTemporaryDir *dir;
            ~Cleanup() { delete dir; }
        } cleanup{d};
        return d;
    }();
    return dir->isValid() ? dir->path() : QString();
}
} // namespace

TlsRelayTransport::TlsRelayTransport(TransportListener *listener) : RespTransport(listener) {}

TlsRelayTransport::~TlsRelayTransport()
{
    shutdown();
}

void TlsRelayTransport::setUpSocket()
{
    m_socket = m_session.createSocket(m_tls, this);
    connect(m_socket, &QSslSocket::encrypted, this, &TlsRelayTransport::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_session.setSslErrors(errors); // the handshake then fails: errorOccurred() reports it
    });
    connect(m_socket, &QSslSocket::readyRead, this, &TlsRelayTransport::pumpDown);
    connect(m_socket, &QSslSocket::bytesWritten, this, &TlsRelayTransport::resumeUp);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &TlsRelayTransport::resumeUp);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_socket)
            onSocketError(e, m_socket->errorString());
    });
    connect(m_socket, &QSslSocket::disconnected, this, &TlsRelayTransport::onSocketDisconnected);
}

void TlsRelayTransport::connectToHost(const QString &address, quint16 port)
{
    setUpSocket();
    m_session.connectToHost(address, port);
}

void TlsRelayTransport::connectToUnixSocket(const QString &path)
{
    setUpSocket();
    TransportFailure failure;
    if (!m_session.connectToUnixSocket(path, &failure))
        failLater(failure);
}

bool TlsRelayTransport::send(const QList<QByteArray> &args)
{
    return m_inner && !m_closing && m_inner->send(args);
}

void TlsRelayTransport::closeGracefully()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_inner) {
        m_inner->closeGracefully(); // transportClosed(Closed) once the replies are in
    } else {
        TransportFailure closed;
        closed.kind = TransportFailure::Kind::Closed;
        failLater(closed);
    }
}

void TlsRelayTransport::abort()
{
    m_listener = nullptr;
    shutdown();
}

void TlsRelayTransport::dispose()
{
    abort();
    m_disposed = true;
    if (m_depth > 0)
        deleteLater();
    else
        delete this;
}

void TlsRelayTransport::closeListener()
{
    if (m_listenFd < 0)
        return;
    ::close(std::exchange(m_listenFd, -1));
    ::unlink(m_listenPath.constData());
}

void TlsRelayTransport::shutdown()
{
    closeListener();
    if (HiredisTransport *inner = std::exchange(m_inner, nullptr))
        inner->dispose(); // deleted once hiredis has freed its context
    delete std::exchange(m_readNotifier, nullptr);
    delete std::exchange(m_writeNotifier, nullptr);
    if (m_relayFd >= 0)
        ::close(std::exchange(m_relayFd, -1));
    if (QSslSocket *socket = std::exchange(m_socket, nullptr)) {
        socket->disconnect(this);
        socket->abort();
        // Not deleted here: this may run inside one of its signals.
        socket->setParent(nullptr);
        socket->deleteLater();
    }
}

void TlsRelayTransport::fail(const TransportFailure &failure)
{
    TransportListener *listener = std::exchange(m_listener, nullptr);
    shutdown();
    if (listener)
        listener->transportClosed(failure);
}

void TlsRelayTransport::failLater(const TransportFailure &failure)
{
    QMetaObject::invokeMethod(this, [this, failure] {
        if (m_listener)
            fail(failure);
    }, Qt::QueuedConnection);
}

// --- the relay ---------------------------------------------------------------

void TlsRelayTransport::onEncrypted()
{
    const DepthGuard depth(m_depth);
    m_session.setEncrypted();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    QString why;
    if (!startRelay(&why)) {
        TransportFailure failure;
        failure.kind = TransportFailure::Kind::Io;
        failure.detail = why;
        fail(failure);
    }
}

bool TlsRelayTransport::startRelay(QString *why)
{
    static QBasicAtomicInteger<quint32> serial = Q_BASIC_ATOMIC_INITIALIZER(0);
    const QString dir = relayDirectory();
    if (dir.isEmpty()) {
        *why = tr("cannot create a private directory for the TLS relay");
        return false;
    }
    const QString path = dir + QLatin1String("/relay-") + QString::number(serial.fetchAndAddRelaxed(1));
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un sa;
    std::memset(&sa, 0, sizeof sa);
    if (size_t(encoded.size()) >= sizeof sa.sun_path) {
        *why = tr("the TLS relay's socket path is too long");
        return false;
    }
    sa.sun_family = AF_UNIX;
    std::memcpy(sa.sun_path, encoded.constData(), size_t(encoded.size()));
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listener < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::unlink(encoded.constData());
    if (::bind(listener, reinterpret_cast<const sockaddr *>(&sa), sizeof sa) != 0 || ::listen(listener, 1) != 0) {
        *why = tr("the TLS relay cannot listen: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(listener);
        ::unlink(encoded.constData());
        return false;
    }
    m_listenFd = listener;
    m_listenPath = encoded;
    m_inner = new HiredisTransport(this);
    m_inner->connectToUnixSocket(path); // a local connect is queued at once
    m_relayFd = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    const int acceptErrno = errno;
    if (m_relayFd < 0) {
        *why = tr("the TLS relay did not get hiredis's connection: %1")
                       .arg(QString::fromLocal8Bit(std::strerror(acceptErrno)));
        return false;
    }
    // Only this process could reach the directory; check it anyway.
    ucred peer{};
    socklen_t peerSize = sizeof peer;
    if (::getsockopt(m_relayFd, SOL_SOCKET, SO_PEERCRED, &peer, &peerSize) != 0 || peer.pid != ::getpid()) {
        *why = tr("the TLS relay was reached by another process");
        return false;
    }
    m_upBuffer.reset(new char[relayChunk]);
    m_downBuffer.reset(new char[relayChunk]);
    m_readNotifier = new QSocketNotifier(m_relayFd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_relayFd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &TlsRelayTransport::pumpUp);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &TlsRelayTransport::pumpDown);
    // Bytes that came with the handshake.
    pumpDown();
    return true;
}

void TlsRelayTransport::pumpUp()
{
    if (!m_socket || m_relayFd < 0)
        return;
    const DepthGuard depth(m_depth);
    for (;;) {
        if (m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() > maxPendingWrite) {
            m_readNotifier->setEnabled(false); // resumeUp() once the server took some
            return;
        }
        const ssize_t n = ::read(m_relayFd, m_upBuffer.get(), relayChunk);
        if (n > 0) {
            m_socket->write(m_upBuffer.get(), n);
            if (!m_socket)
                return;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // hiredis closed its end (a graceful close, or it gave up): close ours.
        m_readNotifier->setEnabled(false);
        m_socket->disconnectFromHost();
        return;
    }
}

void TlsRelayTransport::resumeUp()
{
    if (!m_readNotifier || m_readNotifier->isEnabled() || !m_socket)
        return;
    if (m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() <= maxPendingWrite / 4) {
        m_readNotifier->setEnabled(true);
        pumpUp();
    }
}

void TlsRelayTransport::pumpDown()
{
    if (!m_socket || m_relayFd < 0)
        return; // before the relay starts, the QSslSocket keeps the bytes
    const DepthGuard depth(m_depth);
    for (;;) {
        if (m_downLength > 0) {
            const ssize_t n = ::write(m_relayFd, m_downBuffer.get() + m_downOffset, size_t(m_downLength));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                m_writeNotifier->setEnabled(true); // hiredis has not read yet
                return;
            }
            if (n < 0) {
                TransportFailure failure;
                failure.kind = TransportFailure::Kind::Io;
                failure.detail = tr("TLS relay: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
                fail(failure);
                return;
            }
            m_downOffset += n;
            m_downLength -= n;
            continue;
        }
        const qint64 n = m_socket->read(m_downBuffer.get(), relayChunk);
        if (n <= 0)
            break;
        m_session.setDataReceived();
        ++m_activity;
        m_downOffset = 0;
        m_downLength = n;
    }
    m_writeNotifier->setEnabled(false);
    if (m_serverClosed && !m_relayShutDown) {
        // Everything the server sent is with hiredis: now its EOF.
        m_relayShutDown = true;
        ::shutdown(m_relayFd, SHUT_WR);
    }
}

void TlsRelayTransport::onSocketError(QAbstractSocket::SocketError error, const QString &description)
{
    const DepthGuard depth(m_depth);
    if (error == QAbstractSocket::RemoteHostClosedError && m_session.isEncrypted() && m_inner) {
        onSocketDisconnected();
        return;
    }
    if (m_closing && error == QAbstractSocket::RemoteHostClosedError)
        return; // the inner transport reports the close
    fail(m_session.failure(error, description));
}

void TlsRelayTransport::onSocketDisconnected()
{
    if (!m_socket || m_serverClosed)
        return;
    const DepthGuard depth(m_depth);
    if (m_closing)
        return; // we closed it; the inner transport reports the close
    m_serverClosed = true;
    const TransportFailure failure = m_session.failure(QAbstractSocket::RemoteHostClosedError, QString());
    if (failure.kind == TransportFailure::Kind::Tls || !m_inner) {
        fail(failure); // closed before any data: a TLS matter (a client certificate wanted)
        return;
    }
    // The server closed: hiredis gets its last replies, then EOF, and
    // reports the close in order.
    pumpDown();
}

// --- the inner transport ---------------------------------------------------------

void TlsRelayTransport::transportConnected()
{
    closeListener(); // hiredis is done connecting
    if (m_listener)
        m_listener->transportConnected();
}

void TlsRelayTransport::transportReply(const redisReply *reply)
{
    if (m_listener)
        m_listener->transportReply(reply);
}

void TlsRelayTransport::transportClosed(const TransportFailure &failure)
{
    const DepthGuard depth(m_depth);
    TransportFailure forwarded = failure;
    if (forwarded.kind == TransportFailure::Kind::TlsExpected)
        forwarded.kind = TransportFailure::Kind::PeerClosed; // the relay's EOF, not the server's
    fail(forwarded);
}

} // namespace QtRedisPrivate
