// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef LINKREQUEST_P_H
#define LINKREQUEST_P_H

#include <QtCore/qglobal.h>

struct redisReply;

namespace QtRedisPrivate {

// One place in a link's queue of replies. Replies arrive in the order the
// commands were sent and are paired with the requests in this order. The
// link's own commands (handshake steps, the health check's PING) and the
// client's commands are both requests, in the same queue.
//
// Two kinds of entry take no reply: a *parked* one (a client-side failure
// waiting for its turn, delivered when it reaches the head), and a
// *timed-out* one (completed early; it stays as a tombstone, and its late
// reply, when it comes, is dropped without shifting any other reply).
class LinkRequest
{
public:
    LinkRequest() = default;
    LinkRequest(const LinkRequest &) = delete;
    LinkRequest &operator=(const LinkRequest &) = delete;

    // The reply for this request arrived (never for a timed-out one).
    virtual void replied(const redisReply *reply) = 0;
    // A parked request reached the head of the queue: deliver it.
    virtual void deliverParked() {}
    // Whoever holds the request is done with it.
    virtual void release() = 0;

    LinkRequest *next = nullptr; // intrusive FIFO link
    bool internal = false;       // the link's own, or the client's handshake-time calls: not counted as pending
    bool parked = false;         // takes no reply (see above)
    bool timedOut = false;       // completed early (see above)
    bool sent = false;           // handed to the transport (else held by the client)

protected:
    ~LinkRequest() = default;    // release() decides how a request goes
};

// An intrusive FIFO of requests; replies pair with it in order.
class RequestQueue
{
public:
    bool isEmpty() const { return !m_head; }
    LinkRequest *first() const { return m_head; }
    int size() const { return m_size; }      // the application's live requests
    int liveCount() const { return m_live; } // every request not timed out
    void append(LinkRequest *request)
    {
        request->next = nullptr;
        (m_tail ? m_tail->next : m_head) = request;
        m_tail = request;
        count(request, 1);
    }
    LinkRequest *takeFirst()
    {
        LinkRequest *request = m_head;
        if (request) {
            m_head = request->next;
            if (!m_head)
                m_tail = nullptr;
            request->next = nullptr;
            count(request, -1);
        }
        return request;
    }
    // The request (in this queue) has just timed out.
    void noteTimedOut(LinkRequest *request) { count(request, -1, false); }

private:
    void count(LinkRequest *request, int delta, bool skipTombstones = true)
    {
        if (skipTombstones && request->timedOut)
            return;
        m_live += delta;
        if (!request->internal)
            m_size += delta;
    }
    LinkRequest *m_head = nullptr;
    LinkRequest *m_tail = nullptr;
    int m_size = 0;
    int m_live = 0;
};

} // namespace QtRedisPrivate

#endif // LINKREQUEST_P_H
