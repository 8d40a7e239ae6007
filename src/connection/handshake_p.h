// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef HANDSHAKE_P_H
#define HANDSHAKE_P_H

#include "redisconnectionoptions.h"
#include "redisglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qlist.h>
#include <QtCore/qstring.h>

namespace QtRedisPrivate {

// What every new connection sends before it is used, pipelined, in this
// order: AUTH (the ACL form with a user name), SELECT (command links only:
// pub/sub and MONITOR do not depend on the database), CLIENT SETNAME, ROLE
// (Sentinel topology: the node the sentinels named must be the master, or a
// replica with readFromReplicas -- see roleRefusal()), and always a PING that proves the server speaks RESP and catches a greeting
// error (max clients, protected mode) before the link is called ready.
class Handshake
{
    Q_DECLARE_TR_FUNCTIONS(Handshake)
public:
    enum class Step { Auth, Select, SetName, Role, Ping };
    struct Command
    {
        Step step;
        QList<QByteArray> args; // may hold the password: never log them
    };
    // How a refused step ends the attempt.
    struct Refusal
    {
        QtRedis::Error error;
        QString message;
        bool retryable;   // a busy or full server may take us later
    };

    static QList<Command> commands(const RedisConnectionOptions &options, bool selectDatabase);
    // serverError: the error reply to step (never holds a secret).
    static Refusal refusal(Step step, const QString &serverError, const QString &endpoint);
    // The ROLE step answered role (its first element: "master", "slave",
    // "sentinel"; empty if the reply had another shape): false, and why,
    // when the node is not what options ask for (a retryable SentinelFailed).
    static bool roleAccepted(const QString &role, const RedisConnectionOptions &options, const QString &endpoint,
                             Refusal *refusal);
};

} // namespace QtRedisPrivate

#endif // HANDSHAKE_P_H
