// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef RESPENCODER_P_H
#define RESPENCODER_P_H

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>

namespace QtRedisPrivate {

// RESP-encodes a command into buffer (grown as needed, never shrunk here)
// and returns its length: "*N\r\n" then "$len\r\n<bytes>\r\n" per argument.
qsizetype encodeCommand(const QList<QByteArray> &args, QByteArray &buffer);

// An encode buffer that grew for a huge value is not kept around.
inline void trimEncodeBuffer(QByteArray &buffer)
{
    if (buffer.capacity() > 1024 * 1024)
        buffer = QByteArray();
}

} // namespace QtRedisPrivate

#endif // RESPENCODER_P_H
