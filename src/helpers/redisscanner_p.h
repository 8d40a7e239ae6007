// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSCANNER_P_H
#define REDISSCANNER_P_H

// Private: not part of the API.

#include "redisscan.h"
#include "redisvalue.h"
#include "helpers/redisrequestscope_p.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>
#include <QtCore/qstring.h>

#include <functional>

class RedisClient;

namespace QtRedisPrivate {

// The one SCAN loop of the library (SCAN, HSCAN, SSCAN, ZSCAN), used by
// RedisScan, RedisKeysModel and the hash and set models. It steps: each
// next() issues one command, and the page it brings is handed to the page
// handler; the owner decides when to ask for the next one. One command is in
// flight at most, also across restarts: the reply a restarted or cancelled
// run still waits for is dropped, and awaited before the new run's first
// command goes out.
//
// Handlers are called from the client's reply callbacks (a missing client is
// reported from the event loop), never from inside a method of the scanner,
// and may destroy it.
class RedisScanner
{
public:
    using Kind = RedisScan::Kind;
    struct Options
    {
        Kind kind = Kind::Keys;
        QByteArray key;     // the collection (not for Keys)
        QByteArray match;   // MATCH glob; empty: none
        QByteArray type;    // TYPE filter (Keys only); empty: none
        int count = 1000;   // COUNT hint; <= 0: none
    };
    // elements: the reply's array, checked (see parseReply()); last: the
    // cursor came back to 0.
    using PageHandler = std::function<void(const RedisValue &elements, bool last)>;
    // failure: an error reply, a client-side failure, or (ProtocolError) a
    // reply of the wrong shape. The run stops.
    using FailureHandler = std::function<void(const RedisValue &failure)>;

    RedisScanner(PageHandler onPage, FailureHandler onFailure);
    ~RedisScanner();
    Q_DISABLE_COPY_MOVE(RedisScanner)

    RedisClient *client() const { return m_client; }
    // Cancels the run; a reply due from the previous client is forgotten.
    void setClient(RedisClient *client);
    // Used by the commands issued from then on.
    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }
    void setCount(int count) { m_options.count = count; }

    // rewind(), then the first command.
    void start();
    // Back to cursor 0 without issuing anything; the run in progress is
    // cancelled.
    void rewind();
    // Issues the command for the next page. Does nothing at the end or while
    // a page is awaited.
    void next();
    // The page awaited is dropped; nothing more is issued until next().
    void cancel();

    // A page of the current run is awaited.
    bool isWaiting() const { return m_waiting; }
    // The cursor came back to 0.
    bool atEnd() const { return m_atEnd; }
    // Aborted by the next rewind() or cancel(): tells a page handler whose
    // slots emitted signals whether the run it serves is still the current one.
    RequestScope::Ticket runTicket() const { return m_run.ticket(); }
    // "SCAN", "HSCAN", "SSCAN" or "ZSCAN".
    QByteArray commandName() const;

    // The reply validator: [cursor, [element, ...]] where the cursor is an
    // unsigned 64-bit decimal number and every element a string (integers
    // are accepted: RESP3 may send a score as one), an even count of them
    // where pairs are expected (HSCAN, ZSCAN).
    static bool parseReply(const RedisValue &reply, bool pairs, QByteArray *cursor, RedisValue *elements,
                           QString *problem);
    // The bytes of elements checked by parseReply().
    static QList<QByteArray> toByteArrays(const RedisValue &elements);

private:
    void issue();
    void onReply(const RedisValue &reply);
    void fail(const RedisValue &failure);
    bool pairs() const { return m_options.kind == Kind::Hash || m_options.kind == Kind::SortedSet; }

    const PageHandler m_onPage;
    const FailureHandler m_onFailure;
    QPointer<RedisClient> m_client;
    Options m_options;
    QByteArray m_cursor = QByteArrayLiteral("0");
    RequestScope m_run;        // the current run: rewind() and cancel() abort it
    RequestSlot m_slot;        // one command in flight, across runs
    bool m_waiting = false;    // a page of the current run is awaited (issued, or waiting for the slot)
    bool m_atEnd = false;
};

} // namespace QtRedisPrivate

#endif // REDISSCANNER_P_H
