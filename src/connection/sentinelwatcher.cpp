// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/sentinelwatcher_p.h"
#include "connection/redislink_p.h"
#include "connection/sentinellocator_p.h"
#include "core/redislogging_p.h"

#include <hiredis/hiredis.h>

namespace QtRedisPrivate {

namespace {
QByteArray replyBytes(const redisReply *reply)
{
    if (!reply || (reply->type != REDIS_REPLY_STRING && reply->type != REDIS_REPLY_STATUS))
        return QByteArray();
    return QByteArray(reply->str, qsizetype(reply->len));
}

// What decides which sentinels to watch and how to talk to them.
bool sameSentinels(const RedisConnectionOptions &a, const RedisConnectionOptions &b)
{
    return a.seedNodes() == b.seedNodes() && a.sentinelMasterName() == b.sentinelMasterName()
            && a.sentinelUsername() == b.sentinelUsername() && a.sentinelPassword() == b.sentinelPassword()
            && a.isTlsEnabled() == b.isTlsEnabled();
}
} // namespace

class SentinelWatcher::Owner final : public LinkOwner
{
public:
    explicit Owner(SentinelWatcher *watcher) : m_watcher(watcher) {}
    void linkChanged(RedisLink *link, const LinkChange &change) override
    {
        if (link != m_watcher->m_link)
            return;
        if (change.state == RedisLink::State::Ready)
            m_watcher->linkReady();
        else if (change.state == RedisLink::State::Closed || change.state == RedisLink::State::Waiting)
            m_watcher->linkLost(change.message);
    }
    void linkMessage(RedisLink *link, const redisReply *reply) override
    {
        if (link == m_watcher->m_link)
            m_watcher->message(reply);
    }

private:
    SentinelWatcher *m_watcher;
};

SentinelWatcher::SentinelWatcher(QObject *parent) : QObject(parent), m_owner(new Owner(this))
{
    m_nextTimer.setParent(this);
    m_nextTimer.setSingleShot(true);
    connect(&m_nextTimer, &QTimer::timeout, this, &SentinelWatcher::connectNext);
}

SentinelWatcher::~SentinelWatcher()
{
    stop();
    delete m_owner;
}

void SentinelWatcher::watch(const QObject *user, const RedisConnectionOptions &options)
{
    m_users.insert(user);
    if (!sameSentinels(options, m_options)) {
        stop(); // other sentinels, or other credentials: start again
        m_index = -1;
    }
    m_options = options;
    if (!m_link && !m_nextTimer.isActive())
        connectNext();
}

void SentinelWatcher::unwatch(const QObject *user)
{
    if (m_users.remove(user) && m_users.isEmpty())
        stop();
}

void SentinelWatcher::stop()
{
    m_nextTimer.stop();
    m_hadSubscription = false;
    if (m_checker)
        m_checker->abort();
    m_subscribed = false;
    m_sentinel.clear();
    m_failuresInRow = 0;
    if (RedisLink *link = std::exchange(m_link, nullptr))
        link->dispose();
}

void SentinelWatcher::connectNext()
{
    const QStringList sentinels = m_options.seedNodes();
    if (m_users.isEmpty() || sentinels.isEmpty())
        return;
    if (RedisLink *link = std::exchange(m_link, nullptr))
        link->dispose();
    m_subscribed = false;
    m_index = (m_index + 1) % sentinels.size();
    m_sentinel = sentinels.at(m_index);
    QString host;
    quint16 port = 0;
    RedisConnectionOptions::parseNodeAddress(m_sentinel, &host, &port, 26379);
    RedisConnectionOptions options = SentinelLocator::sentinelOptions(m_options, host, port);
    options.setHealthCheckInterval(m_options.healthCheckInterval()); // notice a sentinel that went away
    qCDebug(lcRedisConnection).noquote() << "watching sentinel" << m_sentinel << "for failovers";
    m_link = new RedisLink(RedisLink::Role::Subscriber, m_owner, this);
    m_link->setOptions(options);
    m_link->open(); // may fail at once: linkLost() then schedules the next one
}

void SentinelWatcher::linkReady()
{
    m_failuresInRow = 0;
    if (!m_link->sendMessageCommand({QByteArrayLiteral("SUBSCRIBE"), QByteArrayLiteral("+switch-master")}))
        m_link->fail(QtRedis::Error::SocketError, tr("%1 refused SUBSCRIBE").arg(m_sentinel));
}

void SentinelWatcher::linkLost(const QString &why)
{
    qCDebug(lcRedisConnection).noquote() << "sentinel" << m_sentinel << "no longer watched:" << why;
    m_subscribed = false;
    if (RedisLink *link = std::exchange(m_link, nullptr))
        link->dispose(); // deleted once it returns
    if (m_users.isEmpty())
        return;
    // Round the sentinels at once; after a full round of failures, wait a little.
    ++m_failuresInRow;
    const bool fullRound = m_failuresInRow >= qMax(1, int(m_options.seedNodes().size()));
    if (fullRound)
        m_failuresInRow = 0;
    m_nextTimer.start(fullRound ? 1000 : 0);
}

void SentinelWatcher::message(const redisReply *reply)
{
    if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 3)
        return;
    const QByteArray kind = replyBytes(reply->element[0]);
    if (kind == "subscribe") {
        m_subscribed = true;
        if (std::exchange(m_hadSubscription, true))
            checkMaster();
        return;
    }
    if (kind != "message" || replyBytes(reply->element[1]) != "+switch-master")
        return;
    // "<name> <old ip> <old port> <new ip> <new port>"
    const QList<QByteArray> fields = replyBytes(reply->element[2]).split(' ');
    if (fields.size() != 5)
        return;
    const QString name = QString::fromUtf8(fields.at(0));
    if (name != m_options.sentinelMasterName())
        return;
    const QString host = QString::fromUtf8(fields.at(3));
    const quint16 port = fields.at(4).toUShort();
    if (host.isEmpty() || port == 0)
        return;
    qCInfo(lcRedisConnection).noquote() << "the sentinels moved master" << name << "to"
                                        << RedisConnectionOptions::nodeAddressText(host, port);
    Q_EMIT masterSwitched(name, host, port, true); // last: a receiver may delete us
}

void SentinelWatcher::checkMaster()
{
    if (!m_checker)
        m_checker = new SentinelLocator(this);
    RedisConnectionOptions options = m_options;
    options.setReadFromReplicas(false);
    m_checker->locate(options, [this](const SentinelLocator::Result &result) {
        if (result.error != QtRedis::Error::NoError || m_users.isEmpty())
            return; // the links find out on their own when their node fails
        Q_EMIT masterSwitched(m_options.sentinelMasterName(), result.host, result.port, false); // last
    });
}

} // namespace QtRedisPrivate
