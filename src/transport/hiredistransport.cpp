// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "transport/hiredistransport_p.h"
#include "transport/respencoder_p.h"
#include "core/redislogging_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qfile.h>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <cerrno>
#include <cstring>

namespace QtRedisPrivate {

namespace {
QtRedis::Error errorFromErrno(int err)
{
    switch (err) {
    case ECONNREFUSED:
    case ENOENT:
        return QtRedis::Error::ConnectionRefused;
    case ETIMEDOUT:
        return QtRedis::Error::Timeout;
    default:
        return QtRedis::Error::SocketError;
    }
}
} // namespace

HiredisTransport::HiredisTransport(TransportListener *listener) : RespTransport(listener)
{
    m_adapter.setParent(this); // follows moveToThread(); a member, deleted with us
    connect(&m_adapter, &HiredisNotifierAdapter::contextFreed, this, &HiredisTransport::onContextFreed);
}

HiredisTransport::~HiredisTransport()
{
    // dispose() deletes only after hiredis freed the context.
    Q_ASSERT(!m_context);
    m_adapter.setParent(nullptr);
}

void HiredisTransport::connectToHost(const QString &address, quint16 port)
{
    errno = 0;
    redisAsyncContext *context = redisAsyncConnect(address.toLatin1().constData(), port);
    start(context, true, errno);
}

void HiredisTransport::connectToUnixSocket(const QString &path)
{
    errno = 0;
    redisAsyncContext *context = redisAsyncConnectUnix(QFile::encodeName(path).constData());
    start(context, false, errno);
}

void HiredisTransport::start(redisAsyncContext *context, bool tcp, int connectErrno)
{
    TransportFailure failure;
    failure.kind = TransportFailure::Kind::ConnectFailed;
    if (!context) {
        failure.kind = TransportFailure::Kind::OutOfMemory;
        failLater(failure);
        return;
    }
    if (context->err) {
        // Failed before any event: hiredis wants redisAsyncFree() here.
        failure.connectError = context->err == REDIS_ERR_IO ? errorFromErrno(connectErrno)
                                                            : QtRedis::Error::SocketError;
        failure.detail = QString::fromLocal8Bit(context->errstr);
        redisAsyncFree(context);
        failLater(failure);
        return;
    }
    if (tcp)
        redisEnableKeepAlive(&context->c); // the kernel's backstop for a dead peer (15 s)
    if (!m_adapter.attach(context)) {
        redisAsyncFree(context);
        failure.kind = TransportFailure::Kind::Io;
        failure.detail = QCoreApplication::translate("HiredisTransport", "cannot attach to the event loop");
        failLater(failure);
        return;
    }
    m_context = context;
    m_freed = false;
    context->data = this;
    redisAsyncSetConnectCallback(context, &HiredisTransport::onConnect);
    RedisReplyGuard::install(context->c.reader, this);
}

void HiredisTransport::failLater(const TransportFailure &failure)
{
    // Reported from the event loop, as every other connection failure is.
    QMetaObject::invokeMethod(this, [this, failure] {
        if (TransportListener *listener = std::exchange(m_listener, nullptr))
            listener->transportClosed(failure);
    }, Qt::QueuedConnection);
}

bool HiredisTransport::send(const QList<QByteArray> &args)
{
    if (!m_context || m_dying)
        return false;
    const qsizetype length = encodeCommand(args, m_encodeBuffer);
    const int status = redisAsyncFormattedCommand(m_context, &HiredisTransport::onReply, nullptr,
                                                  m_encodeBuffer.constData(), size_t(length));
    trimEncodeBuffer(m_encodeBuffer);
    return status == REDIS_OK;
}

void HiredisTransport::closeGracefully()
{
    if (m_context && !m_dying)
        redisAsyncDisconnect(m_context); // after the pending replies
}

void HiredisTransport::abort()
{
    m_listener = nullptr;
    if (m_context && !m_dying) {
        m_dying = true;
        // Frees at once, or right after the reply callback we are inside of;
        // the callbacks it flushes with no reply find no listener.
        redisAsyncFree(m_context);
    }
}

void HiredisTransport::dispose()
{
    abort();
    m_disposed = true;
    if (m_freed && !m_adapter.isHandlingEvent())
        delete this;
    else if (m_freed)
        deleteLater();
    // else: onContextFreed() finishes the job.
}

void HiredisTransport::onConnect(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<HiredisTransport *>(context->data);
    if (status != REDIS_OK) {
        // hiredis frees the context right after this; remember why it failed.
        self->m_connectErrno = errno;
        return;
    }
    self->m_connected = true;
    // hiredis still uses the context after we return: the listener sends
    // its handshake here, but runs no application code.
    if (self->m_listener)
        self->m_listener->transportConnected();
}

void HiredisTransport::onReply(redisAsyncContext *context, void *reply, void *)
{
    auto *self = static_cast<HiredisTransport *>(context->data);
    if (!reply) {
        // hiredis is freeing the context and flushes every callback with NULL.
        self->reportClosed();
        return;
    }
    ++self->m_replies;
    if (self->m_listener)
        self->m_listener->transportReply(static_cast<redisReply *>(reply));
}

bool HiredisTransport::replyExpected() const
{
    return m_context
            && (m_context->replies.head || (m_context->c.flags & (REDIS_SUBSCRIBED | REDIS_MONITORING)));
}

void HiredisTransport::reportClosed()
{
    TransportListener *listener = std::exchange(m_listener, nullptr);
    if (!listener)
        return;
    m_dying = true; // hiredis is freeing the context: never call into it again
    const int err = m_context ? m_context->err : 0;
    TransportFailure failure;
    failure.detail = m_context ? QString::fromLocal8Bit(m_context->errstr) : QString();
    using Kind = TransportFailure::Kind;
    if (refusal() == Refusal::Unsolicited) {
        failure.kind = Kind::Unsolicited;
    } else if (refusal() == Refusal::ArrayTooLarge) {
        failure.kind = Kind::ArrayTooLarge;
    } else if (!m_connected && m_connectErrno) {
        failure.kind = Kind::ConnectFailed;
        failure.connectError = errorFromErrno(m_connectErrno);
        failure.detail = QString::fromLocal8Bit(std::strerror(m_connectErrno));
    } else if (err == REDIS_ERR_PROTOCOL) {
        failure.kind = Kind::Protocol;
    } else if (m_connected && m_replies == 0 && (err == REDIS_ERR_EOF || err == REDIS_ERR_IO)) {
        // Closed before answering the handshake: what a TLS-only port does.
        failure.kind = Kind::TlsExpected;
    } else if (err == REDIS_ERR_EOF) {
        failure.kind = Kind::PeerClosed;
    } else if (err == REDIS_ERR_OTHER && !failure.detail.isEmpty()) {
        // hiredis turns an error reply nobody asked for into this.
        failure.kind = Kind::ErrorReplyClosed;
    } else if (err != 0) {
        failure.kind = Kind::Io;
    } else {
        failure.kind = Kind::Closed;
    }
    qCDebug(lcRedisAdapter, "connection closed (err %d)", err);
    listener->transportClosed(failure);
}

void HiredisTransport::onContextFreed()
{
    // Freed with no pending callback to tell (a failed connect, EOF with
    // nothing in flight): the context is still valid here.
    reportClosed();
    m_context = nullptr;
    m_dying = true;
    m_freed = true;
    if (m_disposed)
        deleteLater();
}

} // namespace QtRedisPrivate
