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
// pattern of a RedisClient, sharing the client's C++ subscription.
// Documented (as the QML type) in redisqmlsubscription.cpp.
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
    // A string for valid UTF-8, an ArrayBuffer otherwise; pattern is
    // undefined for a channel subscription.
    void messageReceived(const QVariant &channel, const QVariant &message, const QVariant &pattern);

private:
    friend class RedisQmlSubscriptionPrivate;
    std::unique_ptr<RedisQmlSubscriptionPrivate> d;
};

#endif // REDISQMLSUBSCRIPTION_H
