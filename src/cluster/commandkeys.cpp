// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "cluster/commandkeys_p.h"

namespace QtRedisPrivate {

CommandKeys commandKeys(const QList<QByteArray> &args)
{
    // Interim: the first argument is the key (the complete table follows).
    CommandKeys keys;
    if (args.size() > 1) {
        keys.kind = CommandKeys::Kind::Keyed;
        keys.keyIndexes = {1};
    }
    return keys;
}

} // namespace QtRedisPrivate
