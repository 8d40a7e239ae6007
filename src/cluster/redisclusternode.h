// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISCLUSTERNODE_H
#define REDISCLUSTERNODE_H

#include "redisglobal.h"

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qpair.h>
#include <QtCore/qstring.h>

// One node of a Redis Cluster as the client knows it (RedisClient::clusterNodes()).
class QTREDIS_EXPORT RedisClusterNode
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString announcedAddress MEMBER announcedAddress)
    Q_PROPERTY(bool master MEMBER master)
    Q_PROPERTY(QString masterId MEMBER masterId)
    Q_PROPERTY(bool connected MEMBER connected)
    Q_PROPERTY(int slotCount READ slotCount)
    Q_PROPERTY(QString slotsText READ slotsText)

public:
    QString id;                       // the node's cluster id (40 hex characters)
    QString address;                  // host:port the client connects to (after remapping)
    QString announcedAddress;         // host:port as the cluster announces it
    bool master = false;
    QString masterId;                 // replicas: their master's id
    QList<QPair<int, int>> slotRanges; // masters: the slots they serve, first..last inclusive
    bool connected = false;           // the client has a ready connection to it

    int slotCount() const;
    // "0-5460,5462" (empty for a replica).
    QString slotsText() const;
    bool operator==(const RedisClusterNode &other) const;
    bool operator!=(const RedisClusterNode &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(RedisClusterNode)

#endif // REDISCLUSTERNODE_H
