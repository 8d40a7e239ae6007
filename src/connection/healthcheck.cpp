// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/healthcheck_p.h"
#include "connection/linkfailure_p.h"
#include "connection/redislink_p.h"

namespace QtRedisPrivate {

HealthCheck::HealthCheck(RedisLink *link) : m_link(link)
{
    m_timer.setParent(link); // follows moveToThread(); a member, deleted with us
    QObject::connect(&m_timer, &QTimer::timeout, link, [this] { check(); });
}

void HealthCheck::start(int interval)
{
    m_pingPending = false;
    m_interval = interval;
    m_activityAtCheck = m_link->activity();
    if (interval > 0 && m_link->role() != RedisLink::Role::Monitor)
        m_timer.start(interval);
    else
        m_timer.stop();
}

void HealthCheck::stop()
{
    m_timer.stop();
    m_pingPending = false;
}

void HealthCheck::check()
{
    if (m_link->state() != RedisLink::State::Ready)
        return;
    if (m_pingPending) {
        m_link->fail(LinkFailure::healthCheckFailed(m_link->endpoint(), m_interval));
        return;
    }
    const quint64 activity = m_link->activity();
    if (activity == m_activityAtCheck && m_link->requests().liveCount() == 0)
        m_pingPending = m_link->sendHealthPing();
    m_activityAtCheck = activity;
}

} // namespace QtRedisPrivate
