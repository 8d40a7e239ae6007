// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "models/rediskeyindex_p.h"

#include <utility>

namespace QtRedisPrivate {

size_t KeyIndex::shardOf(QByteArrayView key)
{
    // A seed of its own: the shard must not follow the bits QHash uses for
    // its buckets, or every shard would fill only some of them.
    return qHash(key, size_t(0x9e3779b97f4a7c15ULL)) % ShardCount;
}

qsizetype KeyIndex::size() const
{
    qsizetype n = 0;
    for (const Shard &s : m_shards)
        n += s.size();
    return n;
}

QList<KeyIndex::Shard> KeyIndex::takeShards()
{
    QList<Shard> old;
    for (Shard &s : m_shards) {
        if (!s.isEmpty())
            old.append(std::exchange(s, Shard()));
    }
    return old;
}

} // namespace QtRedisPrivate
