// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "cluster/keyslot_p.h"

#include <array>

namespace QtRedisPrivate {

namespace {
constexpr std::array<quint16, 256> makeCrcTable()
{
    std::array<quint16, 256> table{};
    for (int i = 0; i < 256; ++i) {
        quint16 crc = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
        table[size_t(i)] = crc;
    }
    return table;
}
constexpr std::array<quint16, 256> crcTable = makeCrcTable();
} // namespace

quint16 clusterCrc16(const char *data, qsizetype size)
{
    quint16 crc = 0;
    for (qsizetype i = 0; i < size; ++i)
        crc = quint16((crc << 8) ^ crcTable[size_t(((crc >> 8) ^ quint8(data[i])) & 0xff)]);
    return crc;
}

int keyHashSlot(const QByteArray &key)
{
    const char *data = key.constData();
    const qsizetype size = key.size();
    qsizetype open = 0;
    while (open < size && data[open] != '{')
        ++open;
    if (open < size) {
        qsizetype close = open + 1;
        while (close < size && data[close] != '}')
            ++close;
        if (close < size && close > open + 1)
            return clusterCrc16(data + open + 1, close - open - 1) & (ClusterSlotCount - 1);
    }
    return clusterCrc16(data, size) & (ClusterSlotCount - 1);
}

} // namespace QtRedisPrivate
