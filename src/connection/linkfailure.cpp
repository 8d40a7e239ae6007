// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/linkfailure_p.h"
#include "transport/replyguard_p.h"

namespace QtRedisPrivate {

LinkFailure LinkFailure::fromTransport(const TransportFailure &failure, const QString &endpoint,
                                       bool handshakeDone, bool closeRequested)
{
    using Kind = TransportFailure::Kind;
    using QtRedis::Error;
    switch (failure.kind) {
    case Kind::Closed:
        if (closeRequested)
            return {};
        return {Error::ConnectionLost, tr("The connection to %1 was closed").arg(endpoint)};
    case Kind::ConnectFailed:
        return {failure.connectError, tr("Cannot connect to %1: %2").arg(endpoint, failure.detail)};
    case Kind::PeerClosed:
        return {Error::ConnectionLost, tr("%1 closed the connection").arg(endpoint)};
    case Kind::ErrorReplyClosed:
        // What a server sends before closing a connection it refuses.
        return {handshakeDone ? Error::ConnectionLost : Error::HandshakeFailed,
                tr("%1 closed the connection: %2").arg(endpoint, failure.detail)};
    case Kind::Protocol:
        return {Error::ProtocolError, tr("Protocol error from %1: %2").arg(endpoint, failure.detail)};
    case Kind::Unsolicited:
        return {Error::ProtocolError, tr("Protocol error from %1: it sent a reply to no command").arg(endpoint)};
    case Kind::ArrayTooLarge:
        return {Error::ProtocolError, tr("Protocol error from %1: it announced an array of more than %2 elements")
                                              .arg(endpoint).arg(RedisReplyGuard::maxArrayElements)};
    case Kind::Io:
        return {handshakeDone ? Error::ConnectionLost : Error::SocketError,
                tr("Connection to %1 failed: %2").arg(endpoint, failure.detail)};
    case Kind::OutOfMemory:
        return {Error::SocketError, tr("Out of memory")};
    case Kind::Tls:
        return {Error::TlsHandshakeFailed, tr("TLS with %1 failed: %2").arg(endpoint, failure.detail),
                failure.retryable};
    case Kind::TlsExpected:
        return {Error::TlsHandshakeFailed,
                tr("%1 closed the connection without answering: it may accept TLS connections only "
                   "(rediss://)").arg(endpoint)};
    }
    return {Error::SocketError, tr("Connection to %1 failed").arg(endpoint)};
}

LinkFailure LinkFailure::hostNotFound(const QString &host, const QString &detail)
{
    return {QtRedis::Error::HostNotFound, tr("Host %1 not found: %2").arg(host, detail)};
}

LinkFailure LinkFailure::connectTimeout(const QString &endpoint, int milliseconds)
{
    return {QtRedis::Error::Timeout, tr("Connecting to %1 timed out after %2 ms").arg(endpoint).arg(milliseconds)};
}

LinkFailure LinkFailure::healthCheckFailed(const QString &endpoint, int milliseconds)
{
    return {QtRedis::Error::ConnectionLost,
            tr("%1 did not answer a PING within %2 ms").arg(endpoint).arg(milliseconds)};
}

LinkFailure LinkFailure::malformedMessage(const QString &endpoint, const QString &what)
{
    return {QtRedis::Error::ProtocolError, tr("Protocol error from %1: unexpected message (%2)").arg(endpoint, what)};
}

LinkFailure LinkFailure::unsolicitedError(const QString &endpoint, const QString &serverError)
{
    return {QtRedis::Error::ProtocolError,
            tr("Protocol error from %1: an error reply to no command: %2").arg(endpoint, serverError)};
}

LinkFailure LinkFailure::tlsSetupFailed(const QString &endpoint, const QString &why)
{
    return {QtRedis::Error::TlsHandshakeFailed, tr("TLS with %1 cannot start: %2").arg(endpoint, why), false};
}

LinkFailure LinkFailure::tlsNoAnswer(const QString &endpoint, int milliseconds)
{
    return {QtRedis::Error::TlsHandshakeFailed,
            tr("%1 did not answer the TLS handshake within %2 ms: is it a plain-text port (redis:// instead of "
               "rediss://)?").arg(endpoint).arg(milliseconds)};
}

LinkFailure LinkFailure::noTunnel(const QString &sshEndpoint)
{
    return {QtRedis::Error::SshTunnelFailed, tr("No SSH tunnel to %1 is available for this connection").arg(sshEndpoint),
            false};
}

LinkFailure LinkFailure::masterMoved(const QString &masterName, const QString &node)
{
    // Retryable, and retried at once: the sentinels named the new master.
    return {QtRedis::Error::ConnectionLost, tr("the sentinels moved master '%1' to %2").arg(masterName, node)};
}

LinkFailure LinkFailure::wrongRole(const QString &node, const QString &role, const QString &masterName,
                                   bool replicaWanted)
{
    // Retryable: the sentinels may not have noticed a failover yet.
    if (replicaWanted)
        return {QtRedis::Error::SentinelFailed,
                tr("%1 is a %2, not a replica of '%3'").arg(node, role, masterName)};
    return {QtRedis::Error::SentinelFailed, tr("%1 is a %2, not the master of '%3'").arg(node, role, masterName)};
}

LinkFailure LinkFailure::sentinelOverSsh()
{
    return {QtRedis::Error::SentinelFailed, tr("The Sentinel topology cannot be used through an SSH tunnel"), false};
}

} // namespace QtRedisPrivate
