// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef LINKFAILURE_P_H
#define LINKFAILURE_P_H

#include "redisglobal.h"
#include "transport/resptransport_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qstring.h>

namespace QtRedisPrivate {

// Why a link ended, as every owner reports it: the error code and the
// message, for every kind of link and transport. The messages name the
// endpoint, never a secret.
struct LinkFailure
{
    Q_DECLARE_TR_FUNCTIONS(LinkFailure)
public:
    QtRedis::Error error = QtRedis::Error::NoError;
    QString message;
    bool retryable = true;

    // The transport closed. handshakeDone: the link had been ready;
    // closeRequested: the link asked for the close.
    static LinkFailure fromTransport(const TransportFailure &failure, const QString &endpoint,
                                     bool handshakeDone, bool closeRequested);
    static LinkFailure hostNotFound(const QString &host, const QString &detail);
    static LinkFailure connectTimeout(const QString &endpoint, int milliseconds);
    static LinkFailure healthCheckFailed(const QString &endpoint, int milliseconds);
    // A pub/sub or MONITOR message of the wrong shape; what: which.
    static LinkFailure malformedMessage(const QString &endpoint, const QString &what);
    // An error reply that no command asked for on a message link (what a
    // server sends before closing on us, or a broken one).
    static LinkFailure unsolicitedError(const QString &endpoint, const QString &serverError);
    // A certificate or key file of the TLS options cannot be used.
    static LinkFailure tlsSetupFailed(const QString &endpoint, const QString &why);
    // The connect timeout expired during the TLS handshake.
    static LinkFailure tlsNoAnswer(const QString &endpoint, int milliseconds);
    // The options ask for SSH but the owner gave the link no tunnel.
    static LinkFailure noTunnel(const QString &sshEndpoint);
    // Sentinel: the sentinels announced a failover of masterName to node.
    static LinkFailure masterMoved(const QString &masterName, const QString &node);
    // Sentinel: the node the sentinels named has another role (ROLE).
    static LinkFailure wrongRole(const QString &node, const QString &role, const QString &masterName,
                                 bool replicaWanted);
    // Sentinel: SSH tunnels are not combined with the Sentinel topology.
    static LinkFailure sentinelOverSsh();
};

} // namespace QtRedisPrivate

#endif // LINKFAILURE_P_H
