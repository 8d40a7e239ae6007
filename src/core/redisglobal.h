// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISGLOBAL_H
#define REDISGLOBAL_H

#include <QtCore/qglobal.h>
#include <QtCore/qobjectdefs.h>

#if defined(QTREDIS_BUILD_LIBRARY)
#  define QTREDIS_EXPORT Q_DECL_EXPORT
#else
#  define QTREDIS_EXPORT Q_DECL_IMPORT
#endif

namespace QtRedis {
Q_NAMESPACE_EXPORT(QTREDIS_EXPORT)

// Why a command or a connection failed. NoError and ServerError are the
// only codes a server produces; every other code is a client-side failure.
enum class Error {
    NoError = 0,
    ServerError,          // the server answered with an error reply (ERR, WRONGTYPE, ...)
    HostNotFound,         // the host name did not resolve
    ConnectionRefused,    // nothing listens on that port / socket path
    Timeout,              // the connect timeout or the command timeout expired
    AuthenticationFailed, // wrong or missing credentials (WRONGPASS, NOAUTH, ...)
    HandshakeFailed,      // SELECT / CLIENT SETNAME / the greeting was refused
    ProtocolError,        // the server sent bytes that are not RESP
    ConnectionLost,       // the link dropped; a command in flight has an unknown outcome
    NotConnected,         // the command was issued while no connection exists
    QueueFull,            // too many commands held while disconnected
    Aborted,              // disconnectFromServer() or the client's destruction cancelled it
    InvalidArgument,      // empty argument list, or a command this API does not run (SUBSCRIBE, ...)
    WrongThread,          // called from a thread other than the client's
    SocketError,          // any other socket level failure
    TlsHandshakeFailed,   // TLS could not be set up (untrusted chain, name mismatch, expired, not TLS, ...)
    SshTunnelFailed,      // the SSH tunnel could not be opened or dropped (ssh missing, refused, authentication)
    SshHostKeyRejected,   // the SSH server's host key is unknown or changed (the message has its fingerprint)
    CrossSlot,            // cluster: the keys of a command that cannot be split map to different slots
    ClusterRoutingFailed, // cluster: no slot map, no node for the slot, or too many redirects / retries
    SentinelFailed,       // sentinel: no sentinel reachable, the master name unknown, or the node's role wrong
};
Q_ENUM_NS(Error)

} // namespace QtRedis

#endif // REDISGLOBAL_H
