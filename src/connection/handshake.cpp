// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/handshake_p.h"
#include "connection/linkfailure_p.h"

namespace QtRedisPrivate {

QList<Handshake::Command> Handshake::commands(const RedisConnectionOptions &options, bool selectDatabase)
{
    QList<Command> list;
    const QString password = options.password();
    if (!password.isEmpty()) {
        if (options.username().isEmpty())
            list.append({Step::Auth, {QByteArrayLiteral("AUTH"), password.toUtf8()}});
        else
            list.append({Step::Auth, {QByteArrayLiteral("AUTH"), options.username().toUtf8(), password.toUtf8()}});
    }
    if (selectDatabase && options.database() != 0)
        list.append({Step::Select, {QByteArrayLiteral("SELECT"), QByteArray::number(options.database())}});
    if (!options.clientName().isEmpty()) {
        list.append({Step::SetName,
                     {QByteArrayLiteral("CLIENT"), QByteArrayLiteral("SETNAME"), options.clientName().toUtf8()}});
    }
    if (options.topology() == RedisConnectionOptions::Topology::Sentinel)
        list.append({Step::Role, {QByteArrayLiteral("ROLE")}});
    list.append({Step::Ping, {QByteArrayLiteral("PING")}});
    return list;
}

bool Handshake::roleAccepted(const QString &role, const RedisConnectionOptions &options, const QString &endpoint,
                             Refusal *refusal)
{
    if (role == QLatin1String("master") || (role == QLatin1String("slave") && options.readFromReplicas()))
        return true;
    const LinkFailure failure = LinkFailure::wrongRole(endpoint, role.isEmpty() ? tr("node of unknown role") : role,
                                                       options.sentinelMasterName(), options.readFromReplicas());
    *refusal = {failure.error, failure.message, failure.retryable};
    return false;
}

Handshake::Refusal Handshake::refusal(Step step, const QString &serverError, const QString &endpoint)
{
    if (step == Step::Auth || serverError.startsWith(QLatin1String("NOAUTH"))
        || serverError.startsWith(QLatin1String("WRONGPASS"))) {
        // Retrying would not fix the credentials.
        return {QtRedis::Error::AuthenticationFailed,
                tr("Authentication with %1 failed: %2").arg(endpoint, serverError), false};
    }
    // A busy or full server may take us later; a bad SELECT or SETNAME will not.
    const bool retryable = serverError.startsWith(QLatin1String("LOADING"))
            || serverError.startsWith(QLatin1String("BUSY"))
            || serverError.startsWith(QLatin1String("MASTERDOWN"))
            || serverError.startsWith(QLatin1String("TRYAGAIN"))
            || serverError.contains(QLatin1String("max number of clients"));
    return {QtRedis::Error::HandshakeFailed, tr("%1 refused the connection: %2").arg(endpoint, serverError),
            retryable};
}

} // namespace QtRedisPrivate
