// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "client/commanddeadlines_p.h"
#include "client/pendingcall_p.h"

#include <chrono>

namespace QtRedisPrivate {

namespace {
// Seconds (BLPOP & co., fractional) or milliseconds as sent; -1 if not a number.
qint64 parseTimeout(const QByteArray &text, bool seconds)
{
    bool ok = false;
    if (seconds) {
        const double value = text.toDouble(&ok);
        return ok && value >= 0 ? qint64(value * 1000.0) : -1;
    }
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}
} // namespace

CommandDeadlines::CommandDeadlines(QObject *timerParent, std::function<void()> due) : m_due(std::move(due))
{
    m_timer.setParent(timerParent); // follows moveToThread(); a member, deleted with us
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, timerParent, [this] {
        m_timerDeadline = 0;
        m_due();
    });
}

qint64 CommandDeadlines::now()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 CommandDeadlines::parseBlockingWait(const QList<QByteArray> &args)
{
    const QByteArray &name = args.first();
    auto is = [&name](const char *candidate) { return name.compare(candidate, Qt::CaseInsensitive) == 0; };
    qint64 wait = 0;
    if (is("BLPOP") || is("BRPOP") || is("BZPOPMIN") || is("BZPOPMAX") || is("BLMOVE")
        || is("BRPOPLPUSH")) {
        wait = args.size() >= 3 ? parseTimeout(args.last(), true) : 0;
    } else if (is("BLMPOP") || is("BZMPOP")) {
        wait = args.size() >= 2 ? parseTimeout(args.at(1), true) : 0;
    } else if (is("XREAD") || is("XREADGROUP")) {
        for (qsizetype i = 1; i + 1 < args.size(); ++i) {
            if (args.at(i).compare("STREAMS", Qt::CaseInsensitive) == 0)
                break;
            if (args.at(i).compare("BLOCK", Qt::CaseInsensitive) == 0) {
                wait = parseTimeout(args.at(i + 1), false);
                break;
            }
        }
    } else if (is("WAIT") && args.size() >= 3) {
        wait = parseTimeout(args.at(2), false);
    } else if (is("WAITAOF") && args.size() >= 4) {
        wait = parseTimeout(args.at(3), false);
    } else {
        return 0;
    }
    if (wait < 0)
        return 0; // not a number: the server will refuse it
    return wait == 0 ? -1 : wait;
}

void CommandDeadlines::track(PendingCall *call, const QList<QByteArray> &args, qint64 timeout)
{
    if (timeout <= 0)
        return;
    const qint64 wait = blockingWait(args);
    if (wait < 0)
        return; // blocks for as long as it takes
    call->deadline = now() + timeout + wait;
    if (m_tail && call->deadline < m_tail->deadline) {
        m_others.emplace(call->deadline, call);
    } else {
        call->nextTimed = nullptr;
        (m_tail ? m_tail->nextTimed : m_head) = call;
        m_tail = call;
    }
    if (m_timerDeadline == 0 || call->deadline < m_timerDeadline)
        rearm();
}

void CommandDeadlines::removeTimed(PendingCall *call)
{
    PendingCall **link = &m_head;
    PendingCall *previous = nullptr;
    while (*link && *link != call) {
        previous = *link;
        link = &(*link)->nextTimed;
    }
    if (!*link)
        return;
    *link = call->nextTimed;
    if (m_tail == call)
        m_tail = previous;
    call->nextTimed = nullptr;
}

void CommandDeadlines::untrack(PendingCall *call)
{
    if (!call->deadline)
        return;
    if (m_head == call) {
        // The usual case: calls complete in issue order.
        m_head = call->nextTimed;
        if (!m_head)
            m_tail = nullptr;
        call->nextTimed = nullptr;
    } else if (m_others.erase({call->deadline, call}) == 0) {
        removeTimed(call);
    }
    call->deadline = 0;
}

void CommandDeadlines::rearm()
{
    qint64 next = m_head ? m_head->deadline : 0;
    if (!m_others.empty() && (next == 0 || m_others.begin()->first < next))
        next = m_others.begin()->first;
    m_timerDeadline = next;
    if (next == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, next - now(), qint64(24) * 3600 * 1000)));
}

PendingCall *CommandDeadlines::takeExpired(qint64 at)
{
    PendingCall *call = nullptr;
    if (m_head && m_head->deadline <= at)
        call = m_head;
    if (!m_others.empty() && m_others.begin()->first <= at && (!call || m_others.begin()->first < call->deadline))
        call = m_others.begin()->second;
    if (call)
        untrack(call);
    return call;
}

} // namespace QtRedisPrivate
