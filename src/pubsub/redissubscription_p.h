// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSUBSCRIPTION_P_H
#define REDISSUBSCRIPTION_P_H

#include "redissubscription.h"

namespace QtRedisPrivate {
class SubscriptionSession;
}

class RedisSubscriptionPrivate
{
public:
    RedisSubscription *q = nullptr;
    RedisClient *client = nullptr;
    QtRedisPrivate::SubscriptionSession *session = nullptr; // null once the client is gone
    RedisSubscription::Kind kind = RedisSubscription::Kind::Channel;
    QByteArray name;
    RedisSubscription::State state = RedisSubscription::State::Unsubscribed;
    QtRedis::Error error = QtRedis::Error::NoError;
    QString errorString;
    bool wanted = false;         // the application wants messages
    bool onServer = false;       // the server confirmed the subscription
    int subscribesInFlight = 0;  // SUBSCRIBE sent, confirmation not yet in
    quint64 messages = 0;

    // The one place state and error change and are announced.
    void setState(RedisSubscription::State state);
    void setError(QtRedis::Error error, const QString &message);
};

#endif // REDISSUBSCRIPTION_P_H
