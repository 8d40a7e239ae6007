// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Documentation of redisglobal.h, which has no code of its own to sit next to.
#include "redisglobal.h"

/*!
    \namespace QtRedis
    \inmodule QtRedis
    \inheaderfile redisglobal.h
    \brief Types shared by the whole library.

    The namespace holds the error codes (QtRedis::Error) that replies,
    clients, subscriptions and helpers report. It is registered with Qt's
    meta-object system (\c Q_NAMESPACE), so the codes print by name in
    QDebug output and convert to and from strings with QMetaEnum.
*/

/*!
    \enum QtRedis::Error

    Why a command or a connection failed. \c NoError and \c ServerError are
    the only codes a server produces; every other code is a failure on the
    client's side. A failed command arrives as a RedisValue whose
    RedisValue::error() is one of these codes.

    \value NoError
           Nothing failed.
    \value ServerError
           The server answered with an error reply (\c ERR, \c WRONGTYPE,
           ...); the connection stays up.
    \value HostNotFound
           The host name did not resolve.
    \value ConnectionRefused
           Nothing listens on that port, or the unix socket does not exist.
    \value Timeout
           The connect timeout or the command timeout expired.
    \value AuthenticationFailed
           The credentials were wrong or missing (\c WRONGPASS, \c NOAUTH).
    \value HandshakeFailed
           \c SELECT, \c{CLIENT SETNAME} or the server's greeting was refused.
    \value ProtocolError
           The server sent bytes that are not RESP; the client disconnects.
    \value ConnectionLost
           The link dropped; a command in flight has an unknown outcome (it
           may or may not have run) and is not sent again.
    \value NotConnected
           The command was issued while no connection exists and none is
           being made.
    \value QueueFull
           Too many commands were already held while not connected.
    \value Aborted
           Cancelled by the client: an abort, a disconnect while connecting,
           or the client's destruction.
    \value InvalidArgument
           An empty argument list, a URL that cannot be used, or a command
           this API does not run (\c SUBSCRIBE, \c MONITOR, ...: they have
           their own API).
    \value WrongThread
           Called from a thread other than the client's.
    \value SocketError
           Any other socket-level failure.
    \value TlsHandshakeFailed
           TLS could not be set up: the server's certificate chain is not
           trusted, its name does not match, it has expired or is not yet
           valid, the server wants a client certificate, a certificate or
           key file cannot be used, or the peer does not speak TLS (or
           speaks only TLS on a plain connection). The message says which;
           RedisClient::sslErrors() has the certificate errors. Not retried.
    \value SshTunnelFailed
           The SSH tunnel could not be opened, or it closed: \c ssh is
           missing, the SSH server cannot be reached, authentication failed,
           or the server refused to forward. The message quotes ssh's reason
           (never a secret). Retried unless authentication failed.
    \value SshHostKeyRejected
           The SSH server's host key is not in the known hosts file, or it
           differs from the one recorded there. The message names the key's
           SHA256 fingerprint; accepting it is the user's explicit choice
           (RedisConnectionOptions::sshHostKeyPolicy). Not retried.
    \value CrossSlot
           Cluster: the keys of a command map to different hash slots and the
           command cannot be split (MGET, MSET, DEL, UNLINK, EXISTS and TOUCH
           are split). Nothing was sent. Use hash tags (\c{{user1}:a},
           \c{{user1}:b}) to keep keys in one slot.
    \value ClusterRoutingFailed
           Cluster: the slot map could not be loaded, no node serves the
           key's slot, or a command was redirected or retried (MOVED, ASK,
           TRYAGAIN, CLUSTERDOWN, LOADING) more often than the limit allows.
           The command did not run.
    \value SentinelFailed
           Sentinel: no sentinel could be reached or none knows the master
           name, or the node the sentinels named does not have the expected
           role (\c ROLE). Retried while the client reconnects, except for an
           unknown master name.

    \sa RedisValue::isClientError(), RedisValue::isServerError()
*/
