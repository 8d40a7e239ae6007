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
class SentinelLocator;

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
// A failover announced while no sentinel was watched would go unheard: after
// subscribing again, the watcher asks where the master is (SentinelLocator)
// and tells the links (announced false: links on a replica stay there).
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
    // The master named name is now host:port: a sentinel announced it
    // (announced), or said so when asked after the watcher came back.
    void masterSwitched(const QString &name, const QString &host, quint16 port, bool announced);

private:
    class Owner;

    void connectNext();
    void stop();
    void linkReady();
    void linkLost(const QString &why);
    // Emits last: a receiver may delete the watcher.
    void message(const redisReply *reply);
    // Subscribed again after a gap: where is the master now?
    void checkMaster();

    RedisConnectionOptions m_options;
    QSet<const QObject *> m_users;
    Owner *m_owner;
    RedisLink *m_link = nullptr;
    SentinelLocator *m_checker = nullptr; // a child, made on first use
    QTimer m_nextTimer;
    QString m_sentinel;
    int m_index = -1;          // of m_sentinel in the options' seed nodes
    int m_failuresInRow = 0;
    bool m_subscribed = false;
    bool m_hadSubscription = false; // since the first watch(): a gap to check after
};

} // namespace QtRedisPrivate

#endif // SENTINELWATCHER_P_H
