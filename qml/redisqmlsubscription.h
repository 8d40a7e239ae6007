// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISQMLSUBSCRIPTION_H
#define REDISQMLSUBSCRIPTION_H

#include "redisqmlglobal.h"

#include <redisclient.h>
#include <redissubscription.h>

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>
#include <QtQml/qqmlparserstatus.h>
#include <QtQml/qqml.h>

#include <memory>

class RedisQmlSubscriptionPrivate;

// RedisSubscription in QML: a declarative subscription to a channel or a
// pattern of a RedisClient.
//
//     RedisSubscription {
//         client: redis
//         channel: "chat"            // or pattern: "chat.*"
//         onMessageReceived: (channel, message, pattern) => console.log(message)
//     }
//
// It uses the client's C++ subscription (RedisClient::subscribe() /
// psubscribe()); items with the same client and name share it, and it is
// unsubscribed when the last active item lets go of it (unless it was already
// subscribed from C++ before the first item took it).
class QTREDISQML_EXPORT RedisQmlSubscription : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_NAMED_ELEMENT(RedisSubscription)
    Q_PROPERTY(RedisClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY channelChanged)
    Q_PROPERTY(QString pattern READ pattern WRITE setPattern NOTIFY patternChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    // Mirrors RedisSubscription::State.
    enum State {
        Unsubscribed = int(RedisSubscription::State::Unsubscribed),
        Pending = int(RedisSubscription::State::Pending),
        Subscribed = int(RedisSubscription::State::Subscribed),
        Unsubscribing = int(RedisSubscription::State::Unsubscribing),
        Error = int(RedisSubscription::State::Error),
    };
    Q_ENUM(State)

    explicit RedisQmlSubscription(QObject *parent = nullptr);
    ~RedisQmlSubscription() override;

    RedisClient *client() const;
    void setClient(RedisClient *client);
    QString channel() const;
    void setChannel(const QString &channel);
    QString pattern() const;
    void setPattern(const QString &pattern);
    bool isActive() const;
    void setActive(bool active);
    State state() const;
    QString errorString() const;

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void clientChanged();
    void channelChanged();
    void patternChanged();
    void activeChanged();
    void stateChanged();
    void errorStringChanged();
    // channel and message follow the UTF-8 rule (a string when the bytes are
    // valid UTF-8, an ArrayBuffer otherwise); pattern is the pattern that
    // matched for a pattern subscription, undefined for a channel.
    void messageReceived(const QVariant &channel, const QVariant &message, const QVariant &pattern);

private:
    friend class RedisQmlSubscriptionPrivate;
    std::unique_ptr<RedisQmlSubscriptionPrivate> d;
};

#endif // REDISQMLSUBSCRIPTION_H
