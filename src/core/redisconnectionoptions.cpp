// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisconnectionoptions.h"

#include <QtCore/qurlquery.h>

class RedisConnectionOptionsPrivate : public QSharedData
{
public:
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    QString unixSocketPath;
    QString username;
    QString password;
    int database = 0;
    QString clientName;
    int connectTimeout = 10000;
    int commandTimeout = 30000;
    int healthCheckInterval = 15000;
    bool autoReconnect = true;
    int reconnectInitialDelay = 250;
    int reconnectMaxDelay = 30000;
    double reconnectFactor = 2.0;
    int maxQueuedCommands = 10000;

    bool operator==(const RedisConnectionOptionsPrivate &o) const
    {
        return host == o.host && port == o.port && unixSocketPath == o.unixSocketPath
                && username == o.username && password == o.password && database == o.database
                && clientName == o.clientName && connectTimeout == o.connectTimeout
                && commandTimeout == o.commandTimeout && healthCheckInterval == o.healthCheckInterval
                && autoReconnect == o.autoReconnect && reconnectInitialDelay == o.reconnectInitialDelay
                && reconnectMaxDelay == o.reconnectMaxDelay && qFuzzyCompare(reconnectFactor, o.reconnectFactor)
                && maxQueuedCommands == o.maxQueuedCommands;
    }
};

/*!
    \class RedisConnectionOptions
    \inmodule QtRedis
    \brief Where and how to connect to a Redis server.

    One value holds everything a connection needs: the endpoint (a TCP host
    and port, or a unix socket), the credentials (an ACL user and a
    password), the database to \c SELECT, the name to give the connection
    with \c{CLIENT SETNAME}, the timeouts, the reconnect policy and the bound
    of the queue of commands held while not connected. Applications keep,
    compare, store and edit connection settings with it, and turn them into
    a URL and back (setUrl(), fromUrl(), toUrl()); isSupportedUrl() checks
    a URL without keeping anything.

    It is an implicitly shared value class: copies are cheap, and distinct
    instances can be used in different threads at the same time.

    Secrets: the password is part of the value (a connection needs it), but
    toUrl() leaves it out unless asked for, endpointText() never holds it,
    and the messages of setUrl() never quote it.

    \sa {Connection URLs}
*/

/*! Constructs options with the defaults: 127.0.0.1:6379, no credentials,
    database 0, a connect timeout of 10 s, a command timeout of 30 s, a
    health check every 15 s, and reconnecting on (250 ms doubling up to 30 s,
    at most 10,000 commands held). */
RedisConnectionOptions::RedisConnectionOptions() : d(new RedisConnectionOptionsPrivate) {}
/*! Copies \a other (a cheap, shared copy). */
RedisConnectionOptions::RedisConnectionOptions(const RedisConnectionOptions &other) = default;
/*! Moves \a other into these options; afterwards \a other can only be
    assigned to or destroyed. */
RedisConnectionOptions::RedisConnectionOptions(RedisConnectionOptions &&other) noexcept = default;
/*! Assigns \a other to these options and returns a reference to them. */
RedisConnectionOptions &RedisConnectionOptions::operator=(const RedisConnectionOptions &other) = default;
/*! Move-assigns \a other to these options and returns a reference to
    them. */
RedisConnectionOptions &RedisConnectionOptions::operator=(RedisConnectionOptions &&other) noexcept = default;
/*! Destroys the options. */
RedisConnectionOptions::~RedisConnectionOptions() = default;

/*!
    \fn void RedisConnectionOptions::swap(RedisConnectionOptions &other)
    Swaps these options with \a other. This operation is very fast and never
    fails.
*/

/*! \property RedisConnectionOptions::host
    \brief The server's host name or IP address (default 127.0.0.1).
    Host names are resolved asynchronously; IPv4 is preferred when offered. */
QString RedisConnectionOptions::host() const { return d->host; }
void RedisConnectionOptions::setHost(const QString &host) { d->host = host; }

/*! \property RedisConnectionOptions::port
    \brief The server's TCP port (default 6379). */
quint16 RedisConnectionOptions::port() const { return d->port; }
void RedisConnectionOptions::setPort(quint16 port) { d->port = port; }

/*! \property RedisConnectionOptions::unixSocketPath
    \brief The server's unix socket; when set, it is used instead of host and port. */
QString RedisConnectionOptions::unixSocketPath() const { return d->unixSocketPath; }
void RedisConnectionOptions::setUnixSocketPath(const QString &path) { d->unixSocketPath = path; }

/*! Returns true if the endpoint is a unix socket (unixSocketPath is set). */
bool RedisConnectionOptions::isUnixSocket() const { return !d->unixSocketPath.isEmpty(); }

/*! \property RedisConnectionOptions::username
    \brief The ACL user sent with \c AUTH; empty means the default user. */
QString RedisConnectionOptions::username() const { return d->username; }
void RedisConnectionOptions::setUsername(const QString &username) { d->username = username; }

/*! \property RedisConnectionOptions::password
    \brief The password sent with \c AUTH; empty: no \c AUTH.
    It never reaches logs, error messages or toUrl() (unless asked for). */
QString RedisConnectionOptions::password() const { return d->password; }
void RedisConnectionOptions::setPassword(const QString &password) { d->password = password; }

/*! \property RedisConnectionOptions::database
    \brief The database selected after connecting (0: no \c SELECT is sent). */
int RedisConnectionOptions::database() const { return d->database; }
void RedisConnectionOptions::setDatabase(int database) { d->database = database; }

/*! \property RedisConnectionOptions::clientName
    \brief The name set with \c{CLIENT SETNAME} after connecting (empty: none). */
QString RedisConnectionOptions::clientName() const { return d->clientName; }
void RedisConnectionOptions::setClientName(const QString &name) { d->clientName = name; }

/*! \property RedisConnectionOptions::connectTimeout
    \brief Milliseconds one connection attempt may take, name lookup and
    handshake included (default 10000; <= 0: none). */
int RedisConnectionOptions::connectTimeout() const { return d->connectTimeout; }
void RedisConnectionOptions::setConnectTimeout(int milliseconds) { d->connectTimeout = milliseconds; }

/*! \property RedisConnectionOptions::commandTimeout
    \brief Milliseconds from issuing a command to its reply (default 30000;
    <= 0: none). Blocking commands get their own wait added. */
int RedisConnectionOptions::commandTimeout() const { return d->commandTimeout; }
void RedisConnectionOptions::setCommandTimeout(int milliseconds) { d->commandTimeout = milliseconds; }

/*! \property RedisConnectionOptions::healthCheckInterval
    \brief The idle \c PING period in milliseconds (default 15000; <= 0: off). */
int RedisConnectionOptions::healthCheckInterval() const { return d->healthCheckInterval; }
void RedisConnectionOptions::setHealthCheckInterval(int milliseconds) { d->healthCheckInterval = milliseconds; }

/*! \property RedisConnectionOptions::autoReconnect
    \brief Whether a lost link or a failed attempt is retried (default true). */
bool RedisConnectionOptions::autoReconnect() const { return d->autoReconnect; }
void RedisConnectionOptions::setAutoReconnect(bool enabled) { d->autoReconnect = enabled; }

/*! \property RedisConnectionOptions::reconnectInitialDelay
    \brief Milliseconds before the first retry (default 250; at least 0). */
int RedisConnectionOptions::reconnectInitialDelay() const { return d->reconnectInitialDelay; }
void RedisConnectionOptions::setReconnectInitialDelay(int milliseconds) { d->reconnectInitialDelay = qMax(0, milliseconds); }

/*! \property RedisConnectionOptions::reconnectMaxDelay
    \brief The cap of the backoff in milliseconds (default 30000; at least 0). */
int RedisConnectionOptions::reconnectMaxDelay() const { return d->reconnectMaxDelay; }
void RedisConnectionOptions::setReconnectMaxDelay(int milliseconds) { d->reconnectMaxDelay = qMax(0, milliseconds); }

/*! \property RedisConnectionOptions::reconnectFactor
    \brief The growth of the backoff per failed attempt (default 2; at least 1). */
double RedisConnectionOptions::reconnectFactor() const { return d->reconnectFactor; }
void RedisConnectionOptions::setReconnectFactor(double factor) { d->reconnectFactor = qMax(1.0, factor); }

/*! \property RedisConnectionOptions::maxQueuedCommands
    \brief How many commands are held while not connected (default 10000;
    < 0: no bound). */
int RedisConnectionOptions::maxQueuedCommands() const { return d->maxQueuedCommands; }
void RedisConnectionOptions::setMaxQueuedCommands(int count) { d->maxQueuedCommands = count; }

/*!
    Reads the endpoint, credentials, database and client name from \a url
    and returns true; returns false, leaves the options unchanged and sets
    \a errorString (if not null) if the URL cannot be used.

    \include connection-urls.qdocinc url-forms

    The message in \a errorString never holds the password.
*/
bool RedisConnectionOptions::setUrl(const QUrl &url, QString *errorString)
{
    const QString scheme = url.scheme().toLower();
    const QUrlQuery query(url);
    QString why;
    int db = 0;
    QString socketPath;
    QString newHost;
    int newPort = 6379;

    auto parseDb = [&](const QString &text) {
        bool ok = false;
        db = text.toInt(&ok);
        if (!ok || db < 0)
            why = tr("'%1' is not a database number").arg(text);
    };
    if (!url.isValid()) {
        why = tr("The URL is not valid: %1").arg(url.errorString());
    } else if (scheme == QLatin1String("redis")) {
        newHost = url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host();
        newPort = url.port(6379);
        if (newPort <= 0 || newPort > 65535)
            why = tr("Invalid port");
        QString path = url.path();
        if (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        if (!path.isEmpty())
            parseDb(path);
    } else if (scheme == QLatin1String("unix")) {
        socketPath = url.path();
        if (socketPath.isEmpty())
            why = tr("A unix:// URL needs a socket path");
    } else if (scheme == QLatin1String("rediss")) {
        why = tr("TLS (rediss://) is not supported yet");
    } else {
        why = tr("Unsupported URL scheme '%1': use redis:// or unix://").arg(url.scheme());
    }
    if (why.isEmpty() && query.hasQueryItem(QStringLiteral("db")))
        parseDb(query.queryItemValue(QStringLiteral("db")));
    if (!why.isEmpty()) {
        // The URL may carry a password: report only what is wrong with it.
        if (errorString)
            *errorString = why;
        return false;
    }

    if (scheme == QLatin1String("redis")) {
        d->host = newHost;
        d->port = quint16(newPort);
        d->unixSocketPath.clear();
    } else {
        d->unixSocketPath = socketPath;
    }
    d->username = url.userName(QUrl::FullyDecoded);
    d->password = url.password(QUrl::FullyDecoded);
    d->database = db;
    if (query.hasQueryItem(QStringLiteral("name")))
        d->clientName = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    if (errorString)
        errorString->clear();
    return true;
}

/*!
    Returns default options with \a url applied (see setUrl()). \a ok (if not
    null) tells whether the URL could be used, \a errorString why not.
*/
RedisConnectionOptions RedisConnectionOptions::fromUrl(const QUrl &url, bool *ok, QString *errorString)
{
    RedisConnectionOptions options;
    const bool used = options.setUrl(url, errorString);
    if (ok)
        *ok = used;
    return options;
}

/*!
    Returns true if \a url is a URL setUrl() accepts.
*/
bool RedisConnectionOptions::isSupportedUrl(const QUrl &url)
{
    RedisConnectionOptions probe;
    return probe.setUrl(url);
}

/*!
    \enum RedisConnectionOptions::UrlFormat
    \value WithoutPassword The URL leaves the password out (the default, for
           display, logs and settings files).
    \value WithPassword The URL includes the password (for code that hands
           the URL to another client and keeps it secret itself).
*/

/*!
    Returns the options as a URL: the endpoint, the user name, the database
    and the client name; the password only with \a format WithPassword.
    Timeouts and the reconnect policy are not part of the URL.
*/
QUrl RedisConnectionOptions::toUrl(UrlFormat format) const
{
    QUrl url;
    QUrlQuery query;
    if (isUnixSocket()) {
        url.setScheme(QStringLiteral("unix"));
        url.setHost(QLatin1String("")); // empty, not null: unix:///path, the documented form
        url.setPath(d->unixSocketPath);
        if (d->database)
            query.addQueryItem(QStringLiteral("db"), QString::number(d->database));
    } else {
        url.setScheme(QStringLiteral("redis"));
        url.setHost(d->host);
        url.setPort(d->port);
        if (d->database)
            url.setPath(QLatin1Char('/') + QString::number(d->database));
    }
    url.setUserName(d->username);
    if (format == UrlFormat::WithPassword && !d->password.isEmpty())
        url.setPassword(d->password);
    if (!d->clientName.isEmpty())
        query.addQueryItem(QStringLiteral("name"), d->clientName);
    url.setQuery(query);
    return url;
}

/*!
    Returns the endpoint for messages: \c{host:port}, \c{[v6]:port} or the
    unix socket path.
*/
QString RedisConnectionOptions::endpointText() const
{
    if (isUnixSocket())
        return d->unixSocketPath;
    if (d->host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + d->host + QLatin1String("]:") + QString::number(d->port);
    return d->host + QLatin1Char(':') + QString::number(d->port);
}

/*! Returns true if every option equals the one of \a other. */
bool RedisConnectionOptions::operator==(const RedisConnectionOptions &other) const
{
    return d == other.d || *d == *other.d;
}

/*!
    \fn bool RedisConnectionOptions::operator!=(const RedisConnectionOptions &other) const
    Returns true if any option differs from the one of \a other.
*/
