// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "pubsub/messagesession_p.h"

#include "redisclient.h"
#include "client/redisclient_p.h"

namespace QtRedisPrivate {

MessageSession::MessageSession(RedisClient *client, RedisLink::Role role, QObject *parent)
    : QObject(parent), m_client(client), m_link(new RedisLink(role, this, this))
{
    m_openTimer.setParent(this);
    m_openTimer.setSingleShot(true);
    connect(&m_openTimer, &QTimer::timeout, this, &MessageSession::open);
    connect(client, &RedisClient::stateChanged, this, &MessageSession::onClientStateChanged);
}

MessageSession::~MessageSession()
{
    closeQuietly();
    m_link->dispose();
}

void MessageSession::update()
{
    if (m_link->state() == RedisLink::State::Closed && m_client->state() == RedisClient::State::Connected
        && wanted())
        m_openTimer.start(0);
}

void MessageSession::open()
{
    if (m_link->state() != RedisLink::State::Closed && m_link->state() != RedisLink::State::Waiting)
        return;
    if (m_client->state() != RedisClient::State::Connected || !wanted())
        return;
    // A cluster's messages reach every node: the one the control link uses
    // will do, except for shard channels (their slot's master: nodeAddress).
    RedisConnectionOptions options = m_client->isCluster() ? RedisClientPrivate::get(m_client)->link->options()
                                                           : m_client->options();
    QString host;
    quint16 port = 0;
    if (!m_nodeAddress.isEmpty() && RedisConnectionOptions::parseNodeAddress(m_nodeAddress, &host, &port)) {
        options.setHost(host);
        options.setPort(port);
    }
    m_link->setOptions(options);
    m_link->setTunnel(RedisClientPrivate::get(m_client)->tunnel);
    m_link->setSentinelWatcher(RedisClientPrivate::get(m_client)->sentinelWatcher);
    m_link->open();
}

void MessageSession::closeQuietly()
{
    m_openTimer.stop();
    m_quiet = true;
    m_link->abort(QtRedis::Error::NoError);
    m_quiet = false;
}

void MessageSession::close()
{
    const bool wasOpen = m_link->state() != RedisLink::State::Closed;
    closeQuietly();
    if (wasOpen)
        closed(QtRedis::Error::NoError, QString(), false);
}

void MessageSession::onClientStateChanged()
{
    if (m_client->state() == RedisClient::State::Connected) {
        update();
    } else if (m_link->state() != RedisLink::State::Closed || m_openTimer.isActive()) {
        // It comes back with the client.
        closeQuietly();
        closed(QtRedis::Error::NoError, QString(), true);
    }
}

void MessageSession::linkChanged(RedisLink *, const LinkChange &change)
{
    if (m_quiet)
        return;
    switch (change.state) {
    case RedisLink::State::Connecting:
        // A retry: only while the client is connected and something is wanted.
        if (m_client->state() != RedisClient::State::Connected || !wanted()) {
            closeQuietly();
            if (change.previous == RedisLink::State::Waiting)
                closed(QtRedis::Error::NoError, QString(), false);
        }
        return;
    case RedisLink::State::Ready:
        ready();
        return;
    case RedisLink::State::Closing:
        return;
    case RedisLink::State::Closed:
    case RedisLink::State::Waiting:
        closed(change.error, change.message, change.state == RedisLink::State::Waiting);
        return;
    }
}

} // namespace QtRedisPrivate
