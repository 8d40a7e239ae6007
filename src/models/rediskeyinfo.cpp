// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "models/rediskeyinfo_p.h"
#include "core/redislogging_p.h"

#include "redisclient.h"
#include "rediskeysmodel.h"
#include "redisvalue.h"

namespace QtRedisPrivate {

namespace {
// At most this many keys' TYPE + PTTL per burst; the rest go one turn later.
constexpr qsizetype BurstMax = 1000;
} // namespace

KeyInfoLookups::KeyInfoLookups(FindEntry find, EntryChanged changed)
    : m_find(std::move(find)), m_changed(std::move(changed))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    QObject::connect(&m_flushTimer, &QTimer::timeout, &m_flushTimer, [this] { flush(); });
}

void KeyInfoLookups::setClient(RedisClient *client)
{
    m_client = client;
}

void KeyInfoLookups::abort()
{
    m_answers.abort();
    m_queue.clear();
}

void KeyInfoLookups::requestTypeAndTtl(KeyEntry *entry)
{
    if (entry->flags & (KeyEntry::InfoRequested | KeyEntry::TypeKnown | KeyEntry::TtlKnown))
        return;
    entry->flags |= KeyEntry::InfoRequested;
    m_queue.append(entry->key);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void KeyInfoLookups::flush()
{
    const qsizetype n = qMin(m_queue.size(), BurstMax);
    QObject *const context = m_answers.context();
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArray key = m_queue.at(i);
        KeyEntry *entry = m_find(key);
        if (!entry)
            continue;
        if (!m_client) {
            entry->flags &= ~KeyEntry::InfoRequested; // asked again once there is a client
            continue;
        }
        m_client->command({QByteArrayLiteral("TYPE"), key}, context,
                          [this, key](const RedisValue &reply) { onType(key, reply); });
        m_client->command({QByteArrayLiteral("PTTL"), key}, context,
                          [this, key](const RedisValue &reply) { onTtl(key, reply); });
    }
    m_queue.remove(0, n);
    if (!m_queue.isEmpty())
        m_flushTimer.start();
}

quint16 KeyInfoLookups::internType(const QByteArray &name)
{
    const QString text = QString::fromUtf8(name);
    qsizetype at = m_typeNames.indexOf(text);
    if (at < 0) {
        if (m_typeNames.size() >= 0xfffe)
            return 0;
        m_typeNames.append(text);
        at = m_typeNames.size() - 1;
    }
    return quint16(at + 1);
}

void KeyInfoLookups::onType(const QByteArray &key, const RedisValue &reply)
{
    KeyEntry *entry = m_find(key);
    if (!entry)
        return;
    if (reply.isError() || reply.isArray() || reply.isNil()) {
        entry->flags &= ~KeyEntry::InfoRequested; // asked again the next time a view wants it
        qCDebug(lcRedisKeysModel) << "TYPE failed:" << reply.errorString();
        return;
    }
    entry->type = internType(reply.toByteArray());
    entry->flags |= KeyEntry::TypeKnown;
}

void KeyInfoLookups::onTtl(const QByteArray &key, const RedisValue &reply)
{
    KeyEntry *entry = m_find(key);
    if (!entry)
        return;
    if (!reply.isInteger()) {
        entry->flags &= ~(KeyEntry::InfoRequested | KeyEntry::TypeKnown);
        qCDebug(lcRedisKeysModel) << "PTTL failed:" << reply.errorString();
        return;
    }
    entry->ttl = reply.toInteger();
    entry->flags |= KeyEntry::TtlKnown;
    if (!(entry->flags & KeyEntry::TypeKnown)) {
        entry->flags &= ~(KeyEntry::InfoRequested | KeyEntry::TtlKnown);
        return;
    }
    entry->flags &= ~KeyEntry::InfoRequested;
    m_changed(entry, {RedisKeysModel::TypeRole, RedisKeysModel::TtlRole});
}

bool KeyInfoLookups::requestMemoryUsage(KeyEntry *entry)
{
    if (entry->memory != -1 || (entry->flags & KeyEntry::MemoryRequested))
        return true;
    if (!m_client)
        return false;
    entry->flags |= KeyEntry::MemoryRequested;
    const QByteArray key = entry->key;
    m_client->command({QByteArrayLiteral("MEMORY"), QByteArrayLiteral("USAGE"), key}, m_answers.context(),
                      [this, key](const RedisValue &reply) { onMemory(key, reply); });
    return true;
}

void KeyInfoLookups::onMemory(const QByteArray &key, const RedisValue &reply)
{
    KeyEntry *entry = m_find(key);
    if (!entry)
        return;
    entry->flags &= ~KeyEntry::MemoryRequested;
    if (reply.isNil()) {
        entry->memory = -2;
    } else if (reply.isInteger()) {
        entry->memory = reply.toInteger();
    } else {
        qCDebug(lcRedisKeysModel) << "MEMORY USAGE failed:" << reply.errorString();
        return;
    }
    m_changed(entry, {RedisKeysModel::MemoryUsageRole});
}

} // namespace QtRedisPrivate
