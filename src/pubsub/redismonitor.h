// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISMONITOR_H
#define REDISMONITOR_H

#include "redisglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisClient;
namespace QtRedisPrivate {
class MonitorSession;
}
class RedisMonitorPrivate;

// MONITOR on a connection of its own (see the qdoc comments in redismonitor.cpp).
class QTREDIS_EXPORT RedisMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QtRedis::Error error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    enum class State { Stopped, Starting, Running, Error };
    Q_ENUM(State)

    // One line, parsed: 1700000000.123456 [0 127.0.0.1:50000] "SET" "k" "v"
    struct Entry {
        double timestamp = 0;     // seconds since the epoch
        int database = 0;
        QByteArray client;        // "127.0.0.1:50000", "unix:/path", "lua"
        QList<QByteArray> args;   // unescaped, binary-safe
    };
    // False if line is not a MONITOR line.
    static bool parseLine(const QByteArray &line, Entry *entry);

    ~RedisMonitor() override;

    RedisClient *client() const;
    State state() const;
    QtRedis::Error error() const;
    QString errorString() const;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(RedisMonitor::State state);
    void errorChanged(QtRedis::Error error);
    void lineReceived(const QByteArray &line);

private:
    explicit RedisMonitor(RedisClient *client);
    friend class QtRedisPrivate::MonitorSession;
    friend class RedisClient;
    std::unique_ptr<RedisMonitorPrivate> d;
};

#endif // REDISMONITOR_H
