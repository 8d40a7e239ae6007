// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISKEYINDEX_P_H
#define REDISKEYINDEX_P_H

#include "models/rediskeyentry_p.h"

#include <QtCore/qbytearrayview.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>

#include <array>

namespace QtRedisPrivate {

// The keys model's index from a key's bytes to its entry (the views point
// into the entries' own keys). One QHash of ten million keys stalls the
// event loop twice: reserving it up front (hundreds of megabytes of buckets
// written at once) and rehashing it when it grows (every key moved in one
// call). So the index is split in shards chosen by a hash of the key of
// its own: a shard that grows moves 1/256 of the keys (about 2 ms at ten
// million), and nothing is reserved. The shards fill evenly, so they grow at
// about the same time: slot() says when a shard grew, and the caller looks
// at its clock.
class KeyIndex
{
public:
    static constexpr int ShardCount = 256;
    using Shard = QHash<QByteArrayView, KeyEntry *>;

    KeyEntry *value(QByteArrayView key) const { return shard(key).value(key); }
    bool contains(QByteArrayView key) const { return shard(key).contains(key); }
    // The entry's slot, null when the key was not there (then it is now);
    // *grew is set when that made the shard rehash.
    KeyEntry *&slot(QByteArrayView key, bool *grew)
    {
        Shard &s = shard(key);
        const qsizetype capacity = s.capacity();
        KeyEntry *&entry = s[key];
        *grew = s.capacity() != capacity;
        return entry;
    }
    void insert(QByteArrayView key, KeyEntry *entry) { shard(key).insert(key, entry); }
    void remove(QByteArrayView key) { shard(key).remove(key); }
    qsizetype size() const;
    // Empties the index; the old shards are handed over, to be freed a few
    // at a time.
    QList<Shard> takeShards();

private:
    static size_t shardOf(QByteArrayView key);
    Shard &shard(QByteArrayView key) { return m_shards[shardOf(key)]; }
    const Shard &shard(QByteArrayView key) const { return m_shards[shardOf(key)]; }

    std::array<Shard, ShardCount> m_shards;
};

} // namespace QtRedisPrivate

#endif // REDISKEYINDEX_P_H
