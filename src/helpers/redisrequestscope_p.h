// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISREQUESTSCOPE_P_H
#define REDISREQUESTSCOPE_P_H

// Private: not part of the API.

#include "redisclient.h"
#include "redisvalue.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>

#include <memory>
#include <utility>

namespace QtRedisPrivate {

// The requests issued for one purpose -- one scan run, the key a model
// shows, one load -- cancelled together by a method of their own, the way a
// QNetworkReply is aborted, instead of a counter every consumer compares.
//
// Built on the client's callback rule: a callback whose context object is
// gone is not called. context() is that object; abort() destroys it, so
// every callback issued with it (and every call post()ed to it) is dropped,
// and what is issued afterwards gets a fresh context. Request objects
// parented to context() (a RedisTransaction) are deleted by abort() too.
// Destroying the scope aborts it.
class RequestScope
{
public:
    // Tells whether the scope was aborted since the ticket was taken: for a
    // callback that must run anyway (an edit finishes exactly once; a
    // request slot must learn that its reply came) but may act on what is
    // shown now only while the scope stands.
    class Ticket
    {
    public:
        bool isAborted() const { return m_context.isNull(); }

    private:
        friend class RequestScope;
        explicit Ticket(QObject *context) : m_context(context) {}
        QPointer<QObject> m_context;
    };

    RequestScope() = default;
    ~RequestScope();
    Q_DISABLE_COPY_MOVE(RequestScope)

    // The context object to issue commands with.
    QObject *context() const;
    Ticket ticket() const { return Ticket(context()); }
    // Drops every callback issued with context() so far.
    void abort();

    // Runs call from the event loop, unless the scope is aborted first.
    template <typename F>
    void post(F &&call) const
    {
        QMetaObject::invokeMethod(context(), std::forward<F>(call), Qt::QueuedConnection);
    }

private:
    mutable std::unique_ptr<QObject> m_context; // made on first use
};

// One command at a time for a purpose that restarts (a scan, a model's
// pages): the next command is issued only once the reply to the previous one
// has come, also when that reply is no longer wanted, so that a restart
// never puts a second command in flight.
class RequestSlot
{
public:
    // A reply is due.
    bool isBusy() const { return m_busy; }

    // Issues args on client. onReply(reply, wanted) runs when the reply comes,
    // the slot free again by then; wanted is false if scope was aborted
    // since, and the caller may then issue what waited for the slot.
    template <typename F>
    void issue(RedisClient *client, const QList<QByteArray> &args, const RequestScope &scope, F &&onReply)
    {
        Q_ASSERT(!m_busy);
        m_busy = true;
        client->command(args, m_onClient.context(),
                        [this, wanted = scope.ticket(), onReply = std::forward<F>(onReply)](
                                const RedisValue &reply) mutable {
            m_busy = false;
            onReply(reply, !wanted.isAborted());
        });
    }

    // For a change of client: the reply due from the previous one no longer
    // holds the slot, and its callback is dropped.
    void release()
    {
        m_onClient.abort();
        m_busy = false;
    }

private:
    RequestScope m_onClient;   // the command in flight; also drops it when the slot is destroyed
    bool m_busy = false;
};

} // namespace QtRedisPrivate

#endif // REDISREQUESTSCOPE_P_H
