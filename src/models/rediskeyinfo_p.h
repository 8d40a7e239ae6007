// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISKEYINFO_P_H
#define REDISKEYINFO_P_H

// Private: not part of the API.

#include "models/rediskeyentry_p.h"
#include "helpers/redisrequestscope_p.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qtimer.h>

#include <functional>

class RedisClient;
class RedisValue;

namespace QtRedisPrivate {

// What RedisKeysModel shows about a key besides its name, looked up lazily:
// TYPE and PTTL for the keys a view asked about during one event-loop turn,
// sent as one pipelined burst; MEMORY USAGE on request. Answers are kept in
// the key's entry.
class KeyInfoLookups
{
public:
    // The entry of a key, null if the model no longer has it.
    using FindEntry = std::function<KeyEntry *(const QByteArray &key)>;
    // An answer arrived for entry: roles changed.
    using EntryChanged = std::function<void(KeyEntry *entry, const QList<int> &roles)>;

    KeyInfoLookups(FindEntry find, EntryChanged changed);
    Q_DISABLE_COPY_MOVE(KeyInfoLookups)

    void setClient(RedisClient *client);
    // Drops the keys queued and the answers still due (a refresh).
    void abort();

    // Queues TYPE and PTTL for the entry, unless asked for or known.
    void requestTypeAndTtl(KeyEntry *entry);
    // Sends MEMORY USAGE unless known or asked for; false without a client.
    bool requestMemoryUsage(KeyEntry *entry);
    // The name of a known type (KeyEntry::type > 0).
    QString typeName(quint16 type) const { return m_typeNames.at(type - 1); }
    static bool hasTypeAndTtl(const KeyEntry *entry)
    {
        return (entry->flags & KeyEntry::TypeKnown) && (entry->flags & KeyEntry::TtlKnown);
    }

private:
    void flush();
    void onType(const QByteArray &key, const RedisValue &reply);
    void onTtl(const QByteArray &key, const RedisValue &reply);
    void onMemory(const QByteArray &key, const RedisValue &reply);
    quint16 internType(const QByteArray &name);

    const FindEntry m_find;
    const EntryChanged m_changed;
    QPointer<RedisClient> m_client;
    QList<QByteArray> m_queue;    // keys whose TYPE and PTTL go with the next burst
    QTimer m_flushTimer;
    QStringList m_typeNames;      // KeyEntry::type - 1 indexes it
    RequestScope m_answers;       // every lookup in flight
};

} // namespace QtRedisPrivate

#endif // REDISKEYINFO_P_H
