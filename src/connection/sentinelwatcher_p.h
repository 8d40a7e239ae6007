// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef SENTINELWATCHER_P_H
#define SENTINELWATCHER_P_H

#include "redisconnectionoptions.h"

#include <QtCore/qobject.h>
#include <QtCore/qset.h>
#include <QtCore/qtimer.h>

struct redisReply;

namespace QtRedisPrivate {

class RedisLink;

// Hears the sentinels announce failovers, for every link of one client
// (made by the client when its options first ask for the Sentinel topology,
// handed to its links like the SSH tunnel; not owned by them).
//
// While at least one link watches (a Sentinel link that wants a connection
// calls watch() on every attempt and unwatch() once it gives up), it keeps
// one Subscriber RedisLink to one reachable sentinel of the options,
// subscribed to +switch-master; when that sentinel goes away it moves to
// the next one (at once, or after a second once every sentinel failed in a
// row). masterSwitched() tells the links where the master went: each one
// that is on another node fails over to it (RedisLink::masterSwitched()).
class SentinelWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SentinelWatcher(QObject *parent = nullptr);
    ~SentinelWatcher() override;

    // user follows the master of options (the sentinels, the master name
    // and the credentials of the latest call are used).
    void watch(const QObject *user, const RedisConnectionOptions &options);
    void unwatch(const QObject *user);
    // Subscribed on a sentinel (for tests and logs).
    bool isSubscribed() const { return m_subscribed; }
    // The sentinel watched or being connected to; empty when idle.
    QString sentinel() const { return m_sentinel; }

Q_SIGNALS:
    // A sentinel announced that the master named name is now host:port.
    void masterSwitched(const QString &name, const QString &host, quint16 port);

private:
    class Owner;

    void connectNext();
    void stop();
    void linkReady();
    void linkLost(const QString &why);
    // Emits last: a receiver may delete the watcher.
    void message(const redisReply *reply);

    RedisConnectionOptions m_options;
    QSet<const QObject *> m_users;
    Owner *m_owner;
    RedisLink *m_link = nullptr;
    QTimer m_nextTimer;
    QString m_sentinel;
    int m_index = -1;          // of m_sentinel in the options' seed nodes
    int m_failuresInRow = 0;
    bool m_subscribed = false;
};

} // namespace QtRedisPrivate

#endif // SENTINELWATCHER_P_H
