// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISKEYENTRY_P_H
#define REDISKEYENTRY_P_H

// Private: not part of the API.

#include <QtCore/qbytearray.h>

namespace QtRedisPrivate {

struct LeafNode;

// A key RedisKeysModel loaded: its bytes, its row in tree mode, and what was
// looked up about it (KeyInfoLookups).
struct KeyEntry
{
    enum Flag : quint8 {
        InfoRequested = 0x1,   // TYPE and PTTL asked for
        TypeKnown = 0x2,
        TtlKnown = 0x4,
        MemoryRequested = 0x8, // MEMORY USAGE asked for
    };

    explicit KeyEntry(const QByteArray &k) : key(k) {}

    QByteArray key;
    LeafNode *node = nullptr;     // tree mode, once its namespace is built
    qint64 ttl = 0;
    qint64 memory = -1;
    qsizetype index = 0;          // position in the model's list of keys
    quint16 type = 0;             // KeyInfoLookups' type name index + 1; 0: unknown
    quint8 flags = 0;
};

} // namespace QtRedisPrivate

#endif // REDISKEYENTRY_P_H
