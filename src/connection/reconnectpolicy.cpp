// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/reconnectpolicy_p.h"

#include <QtCore/qrandom.h>

namespace QtRedisPrivate {

bool ReconnectPolicy::isRetryable(QtRedis::Error error)
{
    switch (error) {
    case QtRedis::Error::NoError:              // a graceful disconnect
    case QtRedis::Error::AuthenticationFailed: // retrying would not fix the credentials
    case QtRedis::Error::Aborted:
    case QtRedis::Error::InvalidArgument:
    case QtRedis::Error::WrongThread:
    case QtRedis::Error::ServerError:
    case QtRedis::Error::SshHostKeyRejected:   // needs the user's decision
        return false;
    default:
        return true; // HandshakeFailed, TlsHandshakeFailed, SentinelFailed: as the failure says (a
                     // certificate stays as it is; a server closing mid-handshake may be full; the
                     // sentinels may name the master later, but not learn an unknown name)
    }
}

int ReconnectPolicy::delay(int attempt, const RedisConnectionOptions &options)
{
    const int initialDelay = options.reconnectInitialDelay();
    const int maxDelay = options.reconnectMaxDelay();
    double base = qMax(1, initialDelay);
    for (int i = 1; i < attempt && base < maxDelay; ++i)
        base *= qMax(1.0, options.reconnectFactor());
    base = qMin(base, double(qMax(initialDelay, maxDelay)));
    const int half = int(base / 2);
    return half + int(QRandomGenerator::global()->bounded(half + 1));
}

} // namespace QtRedisPrivate
