// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISCONNECTIONOPTIONS_H
#define REDISCONNECTIONOPTIONS_H

#include "redisglobal.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>
#include <QtCore/qurl.h>

class RedisConnectionOptionsPrivate;

// Where and how to connect: endpoint, credentials, database, client name,
// timeouts and the reconnect policy; with the URL forms. An implicitly
// shared value. See the qdoc comments in redisconnectionoptions.cpp.
class QTREDIS_EXPORT RedisConnectionOptions
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(RedisConnectionOptions)
    Q_PROPERTY(QString host READ host WRITE setHost)
    Q_PROPERTY(quint16 port READ port WRITE setPort)
    Q_PROPERTY(QString unixSocketPath READ unixSocketPath WRITE setUnixSocketPath)
    Q_PROPERTY(QString username READ username WRITE setUsername)
    Q_PROPERTY(QString password READ password WRITE setPassword)
    Q_PROPERTY(int database READ database WRITE setDatabase)
    Q_PROPERTY(QString clientName READ clientName WRITE setClientName)
    Q_PROPERTY(int connectTimeout READ connectTimeout WRITE setConnectTimeout)
    Q_PROPERTY(int commandTimeout READ commandTimeout WRITE setCommandTimeout)
    Q_PROPERTY(int healthCheckInterval READ healthCheckInterval WRITE setHealthCheckInterval)
    Q_PROPERTY(bool autoReconnect READ autoReconnect WRITE setAutoReconnect)
    Q_PROPERTY(int reconnectInitialDelay READ reconnectInitialDelay WRITE setReconnectInitialDelay)
    Q_PROPERTY(int reconnectMaxDelay READ reconnectMaxDelay WRITE setReconnectMaxDelay)
    Q_PROPERTY(double reconnectFactor READ reconnectFactor WRITE setReconnectFactor)
    Q_PROPERTY(int maxQueuedCommands READ maxQueuedCommands WRITE setMaxQueuedCommands)

public:
    RedisConnectionOptions();
    RedisConnectionOptions(const RedisConnectionOptions &other);
    RedisConnectionOptions(RedisConnectionOptions &&other) noexcept;
    RedisConnectionOptions &operator=(const RedisConnectionOptions &other);
    RedisConnectionOptions &operator=(RedisConnectionOptions &&other) noexcept;
    ~RedisConnectionOptions();
    void swap(RedisConnectionOptions &other) noexcept { d.swap(other.d); }

    // Endpoint: a unix socket when unixSocketPath is set, else host:port.
    QString host() const;
    void setHost(const QString &host);
    quint16 port() const;
    void setPort(quint16 port);
    QString unixSocketPath() const;
    void setUnixSocketPath(const QString &path);
    bool isUnixSocket() const;

    // Credentials and session.
    QString username() const;
    void setUsername(const QString &username);
    QString password() const;
    void setPassword(const QString &password);
    int database() const;
    void setDatabase(int database);
    QString clientName() const;
    void setClientName(const QString &name);

    // Timeouts, milliseconds; <= 0: none.
    int connectTimeout() const;
    void setConnectTimeout(int milliseconds);
    int commandTimeout() const;
    void setCommandTimeout(int milliseconds);
    int healthCheckInterval() const;
    void setHealthCheckInterval(int milliseconds);

    // Reconnect policy and the queue of commands held meanwhile.
    bool autoReconnect() const;
    void setAutoReconnect(bool enabled);
    int reconnectInitialDelay() const;
    void setReconnectInitialDelay(int milliseconds);
    int reconnectMaxDelay() const;
    void setReconnectMaxDelay(int milliseconds);
    double reconnectFactor() const;
    void setReconnectFactor(double factor);
    int maxQueuedCommands() const;
    void setMaxQueuedCommands(int count);

    // URL forms (see the qdoc of setUrl()).
    bool setUrl(const QUrl &url, QString *errorString = nullptr);
    static RedisConnectionOptions fromUrl(const QUrl &url, bool *ok = nullptr, QString *errorString = nullptr);
    enum class UrlFormat { WithoutPassword, WithPassword };
    QUrl toUrl(UrlFormat format = UrlFormat::WithoutPassword) const;
    static bool isSupportedUrl(const QUrl &url);

    // "host:port", "[v6]:port" or the socket path, for messages.
    QString endpointText() const;

    bool operator==(const RedisConnectionOptions &other) const;
    bool operator!=(const RedisConnectionOptions &other) const { return !(*this == other); }

private:
    QSharedDataPointer<RedisConnectionOptionsPrivate> d;
};

Q_DECLARE_SHARED(RedisConnectionOptions)
Q_DECLARE_METATYPE(RedisConnectionOptions)

#endif // REDISCONNECTIONOPTIONS_H
