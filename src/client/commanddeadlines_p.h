// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef COMMANDDEADLINES_P_H
#define COMMANDDEADLINES_P_H

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qtimer.h>

#include <functional>
#include <set>
#include <utility>

namespace QtRedisPrivate {

class PendingCall;

// The deadlines of the commands in flight or held, with one timer for all
// of them (no timer per command). A command whose deadline is not earlier
// than the last one's is appended to a list in issue order: the list stays
// sorted, commands complete in issue order, so the earliest is the head and
// a completing call is the head -- O(1) on the common path (the client's
// default timeout, and the cluster router's per-command remaining time,
// which also grows in issue order). A deadline earlier than the list's tail
// (a shorter per-command timeout, a blocking command's own wait added
// before) goes to an ordered set keyed by (deadline, call): O(log n).
class CommandDeadlines
{
public:
    // due() runs when the earliest deadline has passed (takeExpired() them).
    CommandDeadlines(QObject *timerParent, std::function<void()> due);

    // Gives call its deadline: timeout (ms, <= 0: none) plus the command's
    // own wait if it blocks.
    void track(PendingCall *call, const QList<QByteArray> &args, qint64 timeout);
    void untrack(PendingCall *call);
    // The next call whose deadline is <= now (untracked), or null.
    PendingCall *takeExpired(qint64 now);
    // Starts the timer for the earliest deadline (or stops it).
    void rearm();

    static qint64 now(); // steady clock, ms
    // How long a blocking command may legitimately wait on the server, in
    // ms: 0 for other commands, -1 for "forever" (a timeout of 0), which
    // disables the command timeout for it.
    static qint64 blockingWait(const QList<QByteArray> &args)
    {
        // Every blocking command starts with B, X or W: the rest never looks further.
        const QByteArray &name = args.first();
        if (name.isEmpty())
            return 0;
        const char first = char(name.at(0) | 0x20);
        if (first != 'b' && first != 'x' && first != 'w')
            return 0;
        return parseBlockingWait(args);
    }

private:
    // Calls in issue order with non-decreasing deadlines (linked by nextTimed).
    PendingCall *m_head = nullptr;
    PendingCall *m_tail = nullptr;
    std::set<std::pair<qint64, PendingCall *>> m_others;
    QTimer m_timer;
    qint64 m_timerDeadline = 0; // when the timer fires (0: idle)
    std::function<void()> m_due;

    void removeTimed(PendingCall *call);
    static qint64 parseBlockingWait(const QList<QByteArray> &args);
};

} // namespace QtRedisPrivate

#endif // COMMANDDEADLINES_P_H
