// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redismonitor.h"
#include "pubsub/monitorsession_p.h"
#include "pubsub/redismonitor_p.h"
#include "core/redislogging_p.h"

#include "redisclient.h"

using QtRedis::Error;

void RedisMonitorPrivate::setState(RedisMonitor::State s)
{
    if (state == s)
        return;
    state = s;
    qCDebug(lcRedisPubSub) << "monitor" << s;
    Q_EMIT q->stateChanged(s);
}

void RedisMonitorPrivate::setError(Error e, const QString &message)
{
    if (error == e && errorString == message)
        return;
    error = e;
    errorString = message;
    Q_EMIT q->errorChanged(e);
}

RedisMonitor::RedisMonitor(RedisClient *client)
    : QObject(client), d(std::make_unique<RedisMonitorPrivate>())
{
    d->q = this;
    d->client = client;
    d->session = new QtRedisPrivate::MonitorSession(this, client);
}

RedisMonitor::~RedisMonitor()
{
    delete d->session;
}

RedisClient *RedisMonitor::client() const { return d->client; }
RedisMonitor::State RedisMonitor::state() const { return d->state; }
QtRedis::Error RedisMonitor::error() const { return d->error; }
QString RedisMonitor::errorString() const { return d->errorString; }

void RedisMonitor::start()
{
    if (d->wanted)
        return;
    d->wanted = true;
    d->setError(Error::NoError, QString());
    d->setState(State::Starting);
    d->session->update();
}

void RedisMonitor::stop()
{
    if (!d->wanted && d->state != State::Error)
        return;
    d->wanted = false;
    d->session->close();
    d->setState(State::Stopped);
}

bool RedisMonitor::parseLine(const QByteArray &line, Entry *entry)
{
    // 1700000000.123456 [0 127.0.0.1:50000] "SET" "k" "v"
    const qsizetype open = line.indexOf(" [");
    const qsizetype closeBracket = open < 0 ? -1 : line.indexOf("] ", open);
    if (open <= 0 || closeBracket < 0)
        return false;
    bool ok = false;
    const double timestamp = line.left(open).toDouble(&ok);
    if (!ok)
        return false;
    const QByteArray source = line.mid(open + 2, closeBracket - open - 2);
    const qsizetype space = source.indexOf(' ');
    if (space <= 0)
        return false;
    const int database = source.left(space).toInt(&ok);
    if (!ok)
        return false;
    QList<QByteArray> args;
    // The arguments are quoted and escaped by the server (printable ASCII).
    if (!RedisClient::splitCommandLine(QString::fromLatin1(line.mid(closeBracket + 2)), &args))
        return false;
    if (entry) {
        entry->timestamp = timestamp;
        entry->database = database;
        entry->client = source.mid(space + 1);
        entry->args = args;
    }
    return true;
}
