// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisscan.h"

#include "redisclient.h"
#include "redisvalue.h"
#include "helpers/redisscanner_p.h"

#include <QtCore/qpointer.h>
#include <QtCore/qset.h>

using QtRedis::Error;
using QtRedisPrivate::RedisScanner;

class RedisScanPrivate
{
public:
    RedisScanPrivate(RedisScan *scan, RedisClient *client);

    void onPage(const RedisValue &elements, bool last);
    void onFailure(const RedisValue &failure);
    void stop();
    bool pairs() const { return runKind == RedisScan::Kind::Hash || runKind == RedisScan::Kind::SortedSet; }

    RedisScan *const q;
    RedisScanner scanner;

    // Options, read by start().
    RedisScan::Kind kind = RedisScan::Kind::Keys;
    QByteArray key;
    QByteArray match;
    QByteArray type;
    int count = 1000;
    bool deduplicate = false;

    // The run started by the latest start().
    RedisScan::Kind runKind = RedisScan::Kind::Keys;
    bool runDeduplicate = false;
    QSet<QByteArray> seen;
    qint64 delivered = 0;
    Error error = Error::NoError;
    QString errorString;
    bool running = false;
    bool finished = false;
    bool cancelled = false;
};

RedisScanPrivate::RedisScanPrivate(RedisScan *scan, RedisClient *client)
    : q(scan),
      scanner([this](const RedisValue &elements, bool last) { onPage(elements, last); },
              [this](const RedisValue &failure) { onFailure(failure); })
{
    scanner.setClient(client);
}

void RedisScanPrivate::onPage(const RedisValue &elements, bool last)
{
    QList<QByteArray> items = RedisScanner::toByteArrays(elements);
    if (runDeduplicate) {
        const qsizetype step = pairs() ? 2 : 1;
        qsizetype kept = 0;
        for (qsizetype i = 0; i < items.size(); i += step) {
            const qsizetype before = seen.size();
            seen.insert(items.at(i));
            if (seen.size() == before)
                continue;
            for (qsizetype j = 0; j < step; ++j)
                items[kept++] = items.at(i + j);
        }
        items.resize(kept);
    }

    if (!items.isEmpty()) {
        delivered += pairs() ? items.size() / 2 : items.size();
        const QPointer<RedisScan> guard(q);
        const auto run = scanner.runTicket();
        Q_EMIT q->batchReceived(items);
        if (!guard || run.isAborted())
            return; // a slot deleted, cancelled or restarted the scan
    }
    if (last) {
        stop();
        finished = true;
        Q_EMIT q->finished();
        return;
    }
    scanner.next();
}

void RedisScanPrivate::onFailure(const RedisValue &failure)
{
    stop();
    error = failure.error() == Error::NoError ? Error::ProtocolError : failure.error();
    errorString = failure.errorString();
    Q_EMIT q->errorOccurred(error, errorString);
}

void RedisScanPrivate::stop()
{
    running = false;
    seen = QSet<QByteArray>();
}

/*!
    \class RedisScan
    \inmodule QtRedis
    \brief Walks a keyspace or a collection with SCAN, HSCAN, SSCAN or ZSCAN.

    RedisScan iterates through a RedisClient, one command in flight at a
    time, and hands each batch over as it arrives. It never uses KEYS: the
    server stays responsive however large the keyspace is.

    \code
    auto *scan = new RedisScan(&client, this);
    scan->setMatch("user:*");
    connect(scan, &RedisScan::batchReceived, this, &Browser::addKeys);
    connect(scan, &RedisScan::finished, scan, &QObject::deleteLater);
    connect(scan, &RedisScan::errorOccurred, scan, &QObject::deleteLater);
    scan->start();
    \endcode

    Redis guarantees that an element present for the whole scan is returned
    at least once; it may be returned more than once (setDeduplicate()
    filters that), and an element added or removed meanwhile may or may not
    be.

    Signals are emitted from the client's reply callbacks, never from inside
    start() or cancel(). Their slots may call start() or cancel(), or delete
    the scan (deleteLater() is preferred; a plain delete is survived too).

    The options (kind(), key(), match(), count(), type(), deduplicate()) are
    read by start(): changing one while a scan runs takes effect at the next
    start().

    \sa RedisKeysModel
*/

/*!
    \enum RedisScan::Kind

    What the scan walks.

    \value Keys      SCAN: the keys of the client's database.
    \value Hash      HSCAN key: field, value pairs.
    \value Set       SSCAN key: members.
    \value SortedSet ZSCAN key: member, score pairs.
*/

/*!
    Constructs a scan that walks through \a client, with the given \a parent.
*/
RedisScan::RedisScan(RedisClient *client, QObject *parent)
    : QObject(parent), d(std::make_unique<RedisScanPrivate>(this, client))
{
}

/*!
    Destroys the scan. A reply still due is dropped when it comes.
*/
RedisScan::~RedisScan() = default;

/*!
    Returns the client the scan runs on; \c nullptr once that client was
    destroyed.
*/
RedisClient *RedisScan::client() const { return d->scanner.client(); }

/*!
    Sets what the scan walks to \a kind. The default is Kind::Keys.
    \sa setKey()
*/
void RedisScan::setKind(Kind kind) { d->kind = kind; }

/*!
    Returns what the scan walks.
*/
RedisScan::Kind RedisScan::kind() const { return d->kind; }

/*!
    Sets the collection walked by Kind::Hash, Kind::Set and Kind::SortedSet to
    \a key (binary-safe). Not used by Kind::Keys.
*/
void RedisScan::setKey(const QByteArray &key) { d->key = key; }

/*!
    Returns the collection walked by Kind::Hash, Kind::Set and Kind::SortedSet.
*/
QByteArray RedisScan::key() const { return d->key; }

/*!
    Sets the MATCH glob to \a pattern (binary-safe). An empty pattern sends
    no MATCH.
*/
void RedisScan::setMatch(const QByteArray &pattern) { d->match = pattern; }

/*!
    Returns the MATCH glob; empty if none is sent.
*/
QByteArray RedisScan::match() const { return d->match; }

/*!
    Sets the COUNT hint sent with every command to \a count. The default is
    1000; with \a count <= 0 no COUNT is sent.
*/
void RedisScan::setCount(int count) { d->count = count; }

/*!
    Returns the COUNT hint.
*/
int RedisScan::count() const { return d->count; }

/*!
    Sets the TYPE filter of Kind::Keys (Redis 6 or later) to \a type, for
    example \c hash. An empty type sends none. Ignored by the other kinds.
*/
void RedisScan::setType(const QByteArray &type) { d->type = type; }

/*!
    Returns the TYPE filter; empty if none is sent.
*/
QByteArray RedisScan::type() const { return d->type; }

/*!
    Turns de-duplication \a on or off (the default).

    Off, an element Redis returns twice is delivered twice. On, each element
    (key, member, hash field) is delivered once; the scan keeps every one it
    has seen until it stops, so memory grows with the collection. For
    Kind::Hash and Kind::SortedSet the first pair seen for a field or member
    wins.
*/
void RedisScan::setDeduplicate(bool on) { d->deduplicate = on; }

/*!
    Returns whether each element is delivered once.
*/
bool RedisScan::deduplicate() const { return d->deduplicate; }

/*!
    Starts the scan from cursor 0 and clears the counters and errors.

    A running scan restarts: the reply it still waits for is ignored, and
    awaited before the new scan's first command, so one command stays in
    flight. Nothing is emitted from inside start(); without a client,
    errorOccurred() follows from the event loop.
*/
void RedisScan::start()
{
    d->running = true;
    d->finished = false;
    d->cancelled = false;
    d->error = Error::NoError;
    d->errorString.clear();
    d->delivered = 0;
    d->seen = QSet<QByteArray>();
    d->runKind = d->kind;
    d->runDeduplicate = d->deduplicate;
    d->scanner.setOptions({d->kind, d->key, d->match, d->type, d->count});
    d->scanner.start();
}

/*!
    Stops the scan: no further command is issued, a reply in flight is
    ignored, and no batchReceived(), finished() or errorOccurred() follows
    once cancel() has returned. Does nothing unless the scan is running.
*/
void RedisScan::cancel()
{
    if (!d->running)
        return;
    d->scanner.cancel();
    d->stop();
    d->cancelled = true;
}

/*!
    Returns whether a scan was started and has neither finished, failed nor
    been cancelled.
*/
bool RedisScan::isRunning() const { return d->running; }

/*!
    Returns whether the last scan finished: its cursor came back to 0.
*/
bool RedisScan::isFinished() const { return d->finished; }

/*!
    Returns whether the last scan was cancelled.
*/
bool RedisScan::isCancelled() const { return d->cancelled; }

/*!
    Returns the elements delivered since start(): keys, members, or (for
    Kind::Hash and Kind::SortedSet) pairs, so it compares with DBSIZE, HLEN,
    SCARD and ZCARD.
*/
qint64 RedisScan::itemsDelivered() const { return d->delivered; }

/*!
    Returns the failure that stopped the last scan; QtRedis::Error::NoError
    otherwise.
    \sa errorString(), errorOccurred()
*/
QtRedis::Error RedisScan::error() const { return d->error; }

/*!
    Returns the message of the failure that stopped the last scan; empty
    otherwise.
*/
QString RedisScan::errorString() const { return d->errorString; }

/*!
    \fn void RedisScan::batchReceived(const QList<QByteArray> &items)

    Emitted for each reply that brings elements, with those \a items. For
    Kind::Keys and Kind::Set one element per item; for Kind::Hash field,
    value pairs flattened (field, value, field, value, ...); for
    Kind::SortedSet member, score pairs flattened, the score as Redis prints
    it. Never emitted with an empty list.
*/

/*!
    \fn void RedisScan::finished()

    Emitted when the cursor came back to 0: every element was delivered.
*/

/*!
    \fn void RedisScan::errorOccurred(QtRedis::Error error, const QString &message)

    Emitted when the scan stopped on a failure: \a error is
    QtRedis::Error::ServerError for an error reply (WRONGTYPE, ...),
    QtRedis::Error::ProtocolError for a reply that is not [cursor, [elements]],
    or the client's error (ConnectionLost, NotConnected, Timeout, Aborted,
    ...); \a message describes it. finished() does not follow.
*/
