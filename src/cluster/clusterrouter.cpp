// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Interim: the router's interface, failing every command (the routing follows).
#include "cluster/clusterrouter_p.h"
#include "client/pendingcall_p.h"
#include "client/redisclient_p.h"

namespace QtRedisPrivate {

struct ClusterRouter::SlotQueue {};
struct ClusterRouter::Node {};

ClusterRouter::ClusterRouter(RedisClientPrivate *client) : QObject(client->q), m_client(client) {}
ClusterRouter::~ClusterRouter() = default;
void ClusterRouter::controlReady() {}
void ClusterRouter::controlClosed(QtRedis::Error, const QString &) {}
QString ClusterRouter::nextControlAddress() { return QString(); }
void ClusterRouter::issue(const QList<QByteArray> &, PendingCall *call, qint64)
{
    m_client->queue.fail(call, QtRedis::Error::ClusterRoutingFailed, QStringLiteral("not yet"));
}
void ClusterRouter::issueOnNode(const QString &, const QList<QByteArray> &, PendingCall *call, qint64)
{
    m_client->queue.fail(call, QtRedis::Error::ClusterRoutingFailed, QStringLiteral("not yet"));
}
void ClusterRouter::cancel(PendingCall *) {}
void ClusterRouter::closeAll(QtRedis::Error, const QString &) {}
QList<RedisClusterNode> ClusterRouter::nodes() const { return {}; }
QString ClusterRouter::nodeForKey(const QByteArray &) const { return QString(); }

} // namespace QtRedisPrivate
