// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef RECONNECTPOLICY_P_H
#define RECONNECTPOLICY_P_H

#include "redisconnectionoptions.h"
#include "redisglobal.h"

namespace QtRedisPrivate {

// When and how soon a link that failed tries again.
namespace ReconnectPolicy {

// Whether a failure with this error is worth another attempt. Credentials,
// the application's own decisions and refusals that would repeat are not.
bool isRetryable(QtRedis::Error error);

// The delay before attempt number attempt (from 1), in ms: capped
// exponential backoff with "equal jitter" -- half of it fixed, half random
// -- so that many clients do not come back in lockstep.
int delay(int attempt, const RedisConnectionOptions &options);

} // namespace ReconnectPolicy
} // namespace QtRedisPrivate

#endif // RECONNECTPOLICY_P_H
