// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef SSHTUNNEL_P_H
#define SSHTUNNEL_P_H

#include "redisconnectionoptions.h"
#include "redisglobal.h"

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <functional>

namespace QtRedisPrivate {

// An SSH tunnel made by the system's OpenSSH client: `ssh -N -L
// <private unix socket>:<redis host>:<redis port> [-p sshPort] [-l user]
// sshHost` (-p only when sshPort is not 22, so that ~/.ssh/config can set
// the port of a host alias), one process that serves every link of one
// client (commands, pub/sub, MONITOR) and ends with the client. Links connect to localPath(), a unix
// socket in a private (0700) directory; the redis host and port are as the
// SSH server sees them.
//
// open() starts ssh if it does not run (or runs for other options) and
// calls done once, never before open() returns: with the local path once
// the forward listens, or with an error (SshTunnelFailed / SshHostKeyRejected
// and a message that quotes ssh's reason, never a secret; retryable false
// when retrying cannot help: authentication, host key). When the ssh process
// ends, the forwarded connections close: the links take their normal
// reconnect path, and their next open() starts ssh again.
class SshTunnel : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString localPath;                              // set on success
        QtRedis::Error error = QtRedis::Error::NoError;
        QString message;
        bool retryable = true;
    };
    using Callback = std::function<void(const Result &)>;

    explicit SshTunnel(QObject *parent = nullptr);
    ~SshTunnel() override; // stops ssh and removes the private directory

    // Asks for the tunnel of options (its ssh* options and host:port or
    // unixSocketPath as the target). Returns a ticket for cancel().
    quint64 open(const RedisConnectionOptions &options, Callback done);
    // done of that ticket is not called.
    void cancel(quint64 ticket);
    // Stops ssh; pending open()s fail with Aborted.
    void close();
    bool isOpen() const;
    QString localPath() const;
    qint64 processId() const; // 0 when ssh does not run

Q_SIGNALS:
    // The ssh process ended while the tunnel was open.
    void closed(QtRedis::Error error, const QString &message);

private:
    class Private;
    Private *d;
};

} // namespace QtRedisPrivate

#endif // SSHTUNNEL_P_H
