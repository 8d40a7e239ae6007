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

/*!
    \class RedisMonitor
    \inmodule QtRedis
    \brief \c MONITOR on a connection of its own: every command the server runs.

    Made by RedisClient::monitor(); the client owns it. start() opens the
    connection (with the client's options and credentials, while the client
    is connected) and stop() closes it; lineReceived() comes once per command
    the server executes, and parseLine() splits a line into its parts. Like
    subscriptions it follows the client: when the client disconnects it waits
    (Starting) and starts again when the client is connected, and a lost
    monitor connection is reopened with the client's reconnect policy.

    \c MONITOR costs the server noticeably; keep it for debugging tools.

    \code
    RedisMonitor *monitor = client.monitor();
    connect(monitor, &RedisMonitor::lineReceived, this, [](const QByteArray &line) {
        RedisMonitor::Entry e;
        if (RedisMonitor::parseLine(line, &e))
            qDebug() << e.database << e.client << e.args;
    });
    monitor->start();
    \endcode
*/

/*!
    \enum RedisMonitor::State
    \value Stopped Not monitoring.
    \value Starting start() was called; waiting for the client or the server.
    \value Running The server accepted \c MONITOR: lines arrive.
    \value Error The server refused it (e.g. \c NOPERM), or the connection
           failed for good; start() tries again.
*/

/*!
    \class RedisMonitor::Entry
    \inmodule QtRedis
    \brief One \c MONITOR line, parsed by RedisMonitor::parseLine().

    \c timestamp (seconds since the epoch), \c database, \c client (such
    as \c{127.0.0.1:50000}, \c{unix:/path} or \c lua) and \c args (the
    command's arguments, unescaped and binary-safe).
*/

/*! \variable RedisMonitor::Entry::timestamp
    \brief When the server ran the command, in seconds since the epoch. */
/*! \variable RedisMonitor::Entry::database
    \brief The database the command ran in. */
/*! \variable RedisMonitor::Entry::client
    \brief Who sent it: an address such as \c{127.0.0.1:50000}, \c{unix:/path}, or \c lua. */
/*! \variable RedisMonitor::Entry::args
    \brief The command and its arguments, unescaped and binary-safe. */

RedisMonitor::RedisMonitor(RedisClient *client)
    : QObject(client), d(std::make_unique<RedisMonitorPrivate>())
{
    d->q = this;
    d->client = client;
    d->session = new QtRedisPrivate::MonitorSession(this, client);
}

/*! Destroys the monitor and its connection. */
RedisMonitor::~RedisMonitor()
{
    delete d->session;
}

/*! Returns the client the monitor belongs to. */
RedisClient *RedisMonitor::client() const { return d->client; }

/*! \property RedisMonitor::state
    \brief The monitor's state (see State). */
RedisMonitor::State RedisMonitor::state() const { return d->state; }

/*! \property RedisMonitor::error
    \brief NoError unless state() is Error. */
QtRedis::Error RedisMonitor::error() const { return d->error; }

/*! \property RedisMonitor::errorString
    \brief Why the monitor is in the Error state. */
QString RedisMonitor::errorString() const { return d->errorString; }

/*! Starts monitoring (Starting, then Running once the server accepted it). */
void RedisMonitor::start()
{
    if (d->wanted)
        return;
    d->wanted = true;
    d->setError(Error::NoError, QString());
    d->setState(State::Starting);
    d->session->update();
}

/*! Stops monitoring and closes the monitor connection. */
void RedisMonitor::stop()
{
    if (!d->wanted && d->state != State::Error)
        return;
    d->wanted = false;
    d->session->close();
    d->setState(State::Stopped);
}

/*!
    Parses \a line (for example \c{1700000000.123456 [0 127.0.0.1:50000]
    "SET" "k" "v"}) into \a entry (if not null); returns false if it is not
    a \c MONITOR line.
*/
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

/*! \fn void RedisMonitor::stateChanged(RedisMonitor::State state)
    The state changed to \a state. */
/*! \fn void RedisMonitor::errorChanged(QtRedis::Error error)
    error() changed to \a error. */
/*! \fn void RedisMonitor::lineReceived(const QByteArray &line)
    The server ran a command: \a line as the server sent it (arguments quoted
    and escaped by the server: printable ASCII only). */
