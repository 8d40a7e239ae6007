// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Interface only for now: the OpenSSH implementation replaces this file.
#include "connection/sshtunnel_p.h"

#include <QtCore/qmetaobject.h>

namespace QtRedisPrivate {

class SshTunnel::Private
{
public:
    quint64 tickets = 0;
};

SshTunnel::SshTunnel(QObject *parent) : QObject(parent), d(new Private) {}
SshTunnel::~SshTunnel() { delete d; }

quint64 SshTunnel::open(const RedisConnectionOptions &, Callback done)
{
    const quint64 ticket = ++d->tickets;
    QMetaObject::invokeMethod(this, [done] {
        done({QString(), QtRedis::Error::SshTunnelFailed, tr("SSH tunnels are not available"), false});
    }, Qt::QueuedConnection);
    return ticket;
}

void SshTunnel::cancel(quint64) {}
void SshTunnel::close() {}
bool SshTunnel::isOpen() const { return false; }
QString SshTunnel::localPath() const { return QString(); }
qint64 SshTunnel::processId() const { return 0; }

} // namespace QtRedisPrivate
