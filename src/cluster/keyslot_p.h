// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef KEYSLOT_P_H
#define KEYSLOT_P_H

#include <QtCore/qbytearray.h>

namespace QtRedisPrivate {

constexpr int ClusterSlotCount = 16384;

// CRC16-CCITT (XModem: polynomial 0x1021, initial 0), as Redis Cluster uses it.
quint16 clusterCrc16(const char *data, qsizetype size);

// The hash slot of key: CRC16 of the hash tag -- the bytes between the
// first '{' and the first '}' after it, when that is not empty -- or of the
// whole key, modulo 16384.
int keyHashSlot(const QByteArray &key);

} // namespace QtRedisPrivate

#endif // KEYSLOT_P_H
