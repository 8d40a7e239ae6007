// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/addressresolver_p.h"
#include "core/redislogging_p.h"

#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qhostinfo.h>

namespace QtRedisPrivate {

bool AddressResolver::isNumeric(const QString &host, QString *address)
{
    QHostAddress numeric;
    if (!numeric.setAddress(host))
        return false;
    *address = numeric.toString();
    return true;
}

void AddressResolver::lookup(const QString &host, QObject *context, Callback callback)
{
    abort();
    qCDebug(lcRedisConnection).noquote() << "looking up" << host;
    m_lookupId = QHostInfo::lookupHost(host, context, [this, callback](const QHostInfo &info) {
        if (info.lookupId() != m_lookupId)
            return;
        m_lookupId = -1;
        const QList<QHostAddress> addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
            callback(QString(), info.errorString());
            return;
        }
        QHostAddress chosen = addresses.first();
        for (const QHostAddress &a : addresses) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = a;
                break;
            }
        }
        callback(chosen.toString(), QString());
    });
}

void AddressResolver::abort()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
}

} // namespace QtRedisPrivate
