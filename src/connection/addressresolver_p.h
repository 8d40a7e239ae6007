// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef ADDRESSRESOLVER_P_H
#define ADDRESSRESOLVER_P_H

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <functional>

namespace QtRedisPrivate {

// Resolves a host name without blocking (QHostInfo; hiredis would call a
// blocking getaddrinfo()) and picks the address to connect to: IPv4 when
// offered, since Redis listens on IPv4 loopback by default. One lookup at a
// time; abort() cancels it (its callback never runs).
class AddressResolver
{
public:
    // address: numeric, empty on failure (then errorString says why).
    using Callback = std::function<void(const QString &address, const QString &errorString)>;

    ~AddressResolver() { abort(); }

    // A numeric host is returned as it is, without a lookup; false then.
    static bool isNumeric(const QString &host, QString *address);

    void lookup(const QString &host, QObject *context, Callback callback);
    void abort();

private:
    int m_lookupId = -1;
};

} // namespace QtRedisPrivate

#endif // ADDRESSRESOLVER_P_H
