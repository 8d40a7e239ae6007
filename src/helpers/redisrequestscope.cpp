// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "helpers/redisrequestscope_p.h"

namespace QtRedisPrivate {

RequestScope::~RequestScope() = default;

QObject *RequestScope::context() const
{
    if (!m_context)
        m_context = std::make_unique<QObject>();
    return m_context.get();
}

void RequestScope::abort()
{
    // Destroying the context clears the QPointer the client keeps per
    // callback: none of them runs any more. Safe from inside one of them.
    m_context.reset();
}

} // namespace QtRedisPrivate
