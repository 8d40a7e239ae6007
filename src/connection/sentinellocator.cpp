// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/sentinellocator_p.h"
#include "connection/redislink_p.h"
#include "core/redislogging_p.h"

#include <QtCore/qrandom.h>

#include <hiredis/hiredis.h>

namespace QtRedisPrivate {

namespace {
QString replyText(const redisReply *reply)
{
    if (!reply || (reply->type != REDIS_REPLY_STRING && reply->type != REDIS_REPLY_STATUS
                   && reply->type != REDIS_REPLY_ERROR))
        return QString();
    return QString::fromUtf8(reply->str, qsizetype(reply->len));
}

// The connect timeout, or a bound for a sentinel that accepts but never answers.
int sentinelTimeout(const RedisConnectionOptions &options)
{
    return options.connectTimeout() > 0 ? options.connectTimeout() : 5000;
}
} // namespace

// The one command sent to a sentinel.
class SentinelLocator::Request final : public LinkRequest
{
public:
    explicit Request(SentinelLocator *locator) : m_locator(locator) {}
    void replied(const redisReply *reply) override { m_locator->replied(reply); }
    void release() override { delete this; }

private:
    SentinelLocator *m_locator;
};

// Hears the sentinel's link: ready (ask), or gone (the next sentinel).
class SentinelLocator::Owner final : public LinkOwner
{
public:
    explicit Owner(SentinelLocator *locator) : m_locator(locator) {}
    void linkChanged(RedisLink *link, const LinkChange &change) override
    {
        if (link != m_locator->m_link)
            return;
        if (change.state == RedisLink::State::Ready) {
            QList<QByteArray> args{QByteArrayLiteral("SENTINEL")};
            const QByteArray name = m_locator->m_options.sentinelMasterName().toUtf8();
            if (m_locator->m_options.readFromReplicas())
                args << QByteArrayLiteral("replicas") << name;
            else
                args << QByteArrayLiteral("get-master-addr-by-name") << name;
            auto *request = new Request(m_locator);
            if (!link->send(args, request)) {
                request->release();
                m_locator->sentinelFailed(SentinelLocator::tr("it refused the command"));
            }
        } else if (change.state == RedisLink::State::Closed || change.state == RedisLink::State::Waiting) {
            if (change.error == QtRedis::Error::AuthenticationFailed)
                ++m_locator->m_refused;
            m_locator->sentinelFailed(change.message.isEmpty() ? SentinelLocator::tr("connection closed")
                                                               : change.message);
        }
    }

private:
    SentinelLocator *m_locator;
};

SentinelLocator::SentinelLocator(QObject *parent) : QObject(parent), m_owner(new Owner(this))
{
    m_replyTimer.setParent(this);
    m_replyTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] {
        sentinelFailed(tr("no answer within %1 ms").arg(sentinelTimeout(m_options)));
    });
}

SentinelLocator::~SentinelLocator()
{
    abort();
    delete m_owner;
}

RedisConnectionOptions SentinelLocator::sentinelOptions(const RedisConnectionOptions &client, const QString &host,
                                                        quint16 port)
{
    RedisConnectionOptions options = client;
    options.setTopology(RedisConnectionOptions::Topology::Standalone);
    options.setSeedNodes({RedisConnectionOptions::nodeAddressText(host, port)});
    options.setUsername(client.sentinelUsername());
    options.setPassword(client.sentinelPassword());
    options.setDatabase(0);
    options.setClientName(QString());
    options.setAutoReconnect(false);
    options.setHealthCheckInterval(0);
    options.setReadFromReplicas(false);
    return options;
}

QString SentinelLocator::pickReplica(const redisReply *reply)
{
    if (!reply || reply->type != REDIS_REPLY_ARRAY)
        return QString();
    QStringList healthy;
    for (size_t i = 0; i < reply->elements; ++i) {
        const redisReply *fields = reply->element[i];
        if (!fields || fields->type != REDIS_REPLY_ARRAY)
            continue;
        QString ip, port, flags, linkStatus;
        for (size_t f = 0; f + 1 < fields->elements; f += 2) {
            const QString key = replyText(fields->element[f]);
            const QString value = replyText(fields->element[f + 1]);
            if (key == QLatin1String("ip"))
                ip = value;
            else if (key == QLatin1String("port"))
                port = value;
            else if (key == QLatin1String("flags"))
                flags = value;
            else if (key == QLatin1String("master-link-status"))
                linkStatus = value;
        }
        const QStringList flagList = flags.split(QLatin1Char(','));
        if (ip.isEmpty() || port.isEmpty() || flagList.contains(QLatin1String("s_down"))
            || flagList.contains(QLatin1String("o_down")) || flagList.contains(QLatin1String("disconnected"))
            || linkStatus != QLatin1String("ok"))
            continue;
        bool ok = false;
        const quint16 portNumber = port.toUShort(&ok);
        if (ok && portNumber)
            healthy.append(RedisConnectionOptions::nodeAddressText(ip, portNumber));
    }
    if (healthy.isEmpty())
        return QString();
    // Spread the clients over the replicas.
    return healthy.at(int(QRandomGenerator::global()->bounded(qsizetype(healthy.size()))));
}

void SentinelLocator::locate(const RedisConnectionOptions &options, Callback done)
{
    abort();
    m_options = options;
    m_sentinels = options.seedNodes();
    m_done = std::move(done);
    m_start = m_lastAnswered < m_sentinels.size() ? m_lastAnswered : 0;
    m_tried = 0;
    m_unknown = 0;
    m_refused = 0;
    m_lastReason.clear();
    // Never before locate() returns: the caller may not be ready for the answer.
    tryNextLater();
}

void SentinelLocator::abort()
{
    ++m_step;
    m_done = nullptr;
    m_replyTimer.stop();
    dropLink();
}

void SentinelLocator::dropLink()
{
    if (RedisLink *link = std::exchange(m_link, nullptr))
        link->dispose(); // no notification; our request is released with it
}

void SentinelLocator::tryNext()
{
    dropLink();
    if (m_tried >= m_sentinels.size()) {
        Result result;
        result.error = QtRedis::Error::SentinelFailed;
        if (m_unknown > 0 && m_unknown == m_tried) {
            result.retryable = false; // asking again will not teach them the name
            result.message = tr("the sentinels do not know a master named '%1'").arg(m_options.sentinelMasterName());
        } else if (m_refused > 0 && m_refused == m_tried) {
            result.retryable = false; // nor fix the credentials (sentinelUsername / sentinelPassword)
            result.message = tr("the sentinels %1 refused the credentials: %2")
                                     .arg(m_sentinels.join(QLatin1String(", ")), m_lastReason);
        } else {
            result.message = tr("no sentinel of %1 could be reached: %2")
                                     .arg(m_sentinels.join(QLatin1String(", ")), m_lastReason);
        }
        finish(result);
        return;
    }
    const QString sentinel = m_sentinels.at((m_start + m_tried) % m_sentinels.size());
    ++m_tried;
    QString host;
    quint16 port = 0;
    RedisConnectionOptions::parseNodeAddress(sentinel, &host, &port, 26379);
    qCDebug(lcRedisConnection).noquote() << "asking sentinel" << sentinel << "for"
                                         << m_options.sentinelMasterName();
    m_link = new RedisLink(RedisLink::Role::Commands, m_owner, this);
    m_link->setOptions(sentinelOptions(m_options, host, port));
    m_replyTimer.start(sentinelTimeout(m_options) + 100); // after the link's own connect timeout
    m_link->open(); // may fail at once (then the next one is tried from in here)
}

void SentinelLocator::sentinelFailed(const QString &why)
{
    if (!m_done)
        return;
    const QString sentinel = m_sentinels.value((m_start + m_tried - 1) % qMax(1, m_sentinels.size()));
    qCDebug(lcRedisConnection).noquote() << "sentinel" << sentinel << "failed:" << why;
    m_lastReason = why;
    m_replyTimer.stop();
    // Not from inside the link's call: it is disposed, the next one made, later.
    dropLink();
    tryNextLater();
}

void SentinelLocator::tryNextLater()
{
    const quint64 step = ++m_step;
    QMetaObject::invokeMethod(this, [this, step] {
        if (m_done && step == m_step)
            tryNext();
    }, Qt::QueuedConnection);
}

void SentinelLocator::replied(const redisReply *reply)
{
    if (!m_done)
        return;
    const QString sentinel = m_sentinels.value((m_start + m_tried - 1) % qMax(1, m_sentinels.size()));
    if (reply->type == REDIS_REPLY_ERROR) {
        const QString error = replyText(reply);
        if (error.contains(QLatin1String("No such master"), Qt::CaseInsensitive)) {
            ++m_unknown;
            sentinelFailed(tr("%1 does not know the master").arg(sentinel));
            return;
        }
        sentinelFailed(error);
        return;
    }
    Result result;
    if (m_options.readFromReplicas()) {
        const QString replica = pickReplica(reply);
        if (replica.isEmpty() && reply->type == REDIS_REPLY_ARRAY) {
            sentinelFailed(tr("%1 knows no healthy replica of '%2'").arg(sentinel, m_options.sentinelMasterName()));
            return;
        }
        RedisConnectionOptions::parseNodeAddress(replica, &result.host, &result.port);
    } else if (reply->type == REDIS_REPLY_NIL) {
        ++m_unknown;
        sentinelFailed(tr("%1 does not know the master").arg(sentinel));
        return;
    } else if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 2) {
        result.host = replyText(reply->element[0]);
        result.port = replyText(reply->element[1]).toUShort();
    }
    if (result.host.isEmpty() || result.port == 0) {
        sentinelFailed(tr("%1 sent an answer of the wrong shape").arg(sentinel));
        return;
    }
    m_lastAnswered = (m_start + m_tried - 1) % m_sentinels.size();
    qCDebug(lcRedisConnection).noquote() << "sentinel" << sentinel << "named" << result.host << result.port;
    finish(result);
}

void SentinelLocator::finish(const Result &result)
{
    ++m_step;
    m_replyTimer.stop();
    dropLink();
    Callback done = std::exchange(m_done, nullptr);
    if (done)
        done(result); // last: it may delete us
}

} // namespace QtRedisPrivate
