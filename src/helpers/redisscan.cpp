// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisscan.h"

#include "redisclient.h"
#include "redisvalue.h"

#include <QtCore/qpointer.h>
#include <QtCore/qset.h>

using QtRedis::Error;

class RedisScanPrivate
{
public:
    explicit RedisScanPrivate(RedisScan *scan, RedisClient *c) : q(scan), client(c) {}

    void issue();
    void onReply(quint64 replyGeneration, const RedisValue &reply);
    void fail(Error code, const QString &message);
    bool parse(const RedisValue &reply, QByteArray *nextCursor, QList<QByteArray> *items,
               QString *problem) const;
    bool pairs() const { return runKind == RedisScan::Kind::Hash || runKind == RedisScan::Kind::SortedSet; }

    RedisScan *const q;
    QPointer<RedisClient> client;

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
    QList<QByteArray> prefix;   // command name (and key) before the cursor
    QList<QByteArray> suffix;   // MATCH / COUNT / TYPE after it
    QByteArray cursor = QByteArrayLiteral("0");
    QSet<QByteArray> seen;
    qint64 delivered = 0;
    Error error = Error::NoError;
    QString errorString;

    // Bumped by start() and cancel(): a reply tagged with an older value
    // belongs to a run that no longer exists and is ignored.
    quint64 generation = 0;
    bool inFlight = false;      // a command of ours (any run) awaits its reply
    bool running = false;
    bool finished = false;
    bool cancelled = false;
};

static bool isCursor(const QByteArray &bytes)
{
    // An unsigned 64-bit decimal number, as Redis prints it.
    if (bytes.isEmpty() || bytes.size() > 20)
        return false;
    for (char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    // Same length: byte order is numeric order.
    return bytes.size() < 20 || bytes <= QByteArrayLiteral("18446744073709551615");
}

bool RedisScanPrivate::parse(const RedisValue &reply, QByteArray *nextCursor,
                             QList<QByteArray> *items, QString *problem) const
{
    if (!reply.isArray() || reply.size() != 2) {
        *problem = RedisScan::tr("expected an array of two elements");
        return false;
    }
    const RedisValue head = reply.at(0);
    if (!head.isString() || !isCursor(head.toByteArray())) {
        *problem = RedisScan::tr("the cursor is not a decimal number");
        return false;
    }
    const RedisValue elements = reply.at(1);
    if (!elements.isArray()) {
        *problem = RedisScan::tr("the elements are not an array");
        return false;
    }
    const qsizetype n = elements.size();
    if (pairs() && n % 2 != 0) {
        *problem = RedisScan::tr("an odd number of elements where pairs were expected");
        return false;
    }
    items->reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const RedisValue element = elements.at(i);
        // RESP2 sends bulk strings; a RESP3 score may come as another scalar.
        if (!element.isString() && !element.isStatus() && !element.isInteger()) {
            *problem = RedisScan::tr("element %1 is not a string").arg(i);
            return false;
        }
        items->append(element.toByteArray());
    }
    *nextCursor = head.toByteArray();
    return true;
}

void RedisScanPrivate::issue()
{
    Q_ASSERT(running && !inFlight);
    inFlight = true;
    const quint64 tag = generation;
    RedisScan *const scan = q;
    if (!client) {
        // Reported from the event loop like every other failure.
        QMetaObject::invokeMethod(scan, [scan, tag] {
            scan->d->onReply(tag, RedisValue::fromClientError(
                    Error::NotConnected, RedisScan::tr("The scan has no client")));
        }, Qt::QueuedConnection);
        return;
    }
    QList<QByteArray> args;
    args.reserve(prefix.size() + 1 + suffix.size());
    args += prefix;
    args.append(cursor);
    args += suffix;
    // The scan is the context: once it is destroyed, no callback runs.
    client->command(args, scan, [scan, tag](const RedisValue &reply) { scan->d->onReply(tag, reply); });
}

void RedisScanPrivate::onReply(quint64 replyGeneration, const RedisValue &reply)
{
    inFlight = false;
    if (replyGeneration != generation) {
        // The reply of a cancelled or restarted run. A restarted run waited
        // for it so as to keep one command in flight: its turn now.
        if (running)
            issue();
        return;
    }
    if (!running)
        return;
    if (reply.isError()) {
        fail(reply.error(), reply.errorString());
        return;
    }

    QByteArray next;
    QList<QByteArray> items;
    QString problem;
    if (!parse(reply, &next, &items, &problem)) {
        fail(Error::ProtocolError,
             RedisScan::tr("Unexpected reply to %1: %2")
                     .arg(QString::fromLatin1(prefix.constFirst()), problem));
        return;
    }

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

    cursor = next;
    const bool done = cursor == "0";
    if (!items.isEmpty()) {
        delivered += pairs() ? items.size() / 2 : items.size();
        // A slot may cancel, restart or delete the scan.
        const QPointer<RedisScan> guard(q);
        Q_EMIT q->batchReceived(items);
        if (!guard || replyGeneration != generation || !running)
            return;
    }
    if (done) {
        running = false;
        finished = true;
        seen = QSet<QByteArray>();
        Q_EMIT q->finished();
        return;
    }
    issue();
}

void RedisScanPrivate::fail(Error code, const QString &message)
{
    running = false;
    error = code == Error::NoError ? Error::ProtocolError : code;
    errorString = message;
    seen = QSet<QByteArray>();
    Q_EMIT q->errorOccurred(error, errorString);
}

RedisScan::RedisScan(RedisClient *client, QObject *parent)
    : QObject(parent), d(std::make_unique<RedisScanPrivate>(this, client))
{
}

RedisScan::~RedisScan() = default;

RedisClient *RedisScan::client() const { return d->client; }

void RedisScan::setKind(Kind kind) { d->kind = kind; }
RedisScan::Kind RedisScan::kind() const { return d->kind; }
void RedisScan::setKey(const QByteArray &key) { d->key = key; }
QByteArray RedisScan::key() const { return d->key; }
void RedisScan::setMatch(const QByteArray &pattern) { d->match = pattern; }
QByteArray RedisScan::match() const { return d->match; }
void RedisScan::setCount(int count) { d->count = count; }
int RedisScan::count() const { return d->count; }
void RedisScan::setType(const QByteArray &type) { d->type = type; }
QByteArray RedisScan::type() const { return d->type; }
void RedisScan::setDeduplicate(bool on) { d->deduplicate = on; }
bool RedisScan::deduplicate() const { return d->deduplicate; }

void RedisScan::start()
{
    ++d->generation;
    d->running = true;
    d->finished = false;
    d->cancelled = false;
    d->error = Error::NoError;
    d->errorString.clear();
    d->delivered = 0;
    d->seen = QSet<QByteArray>();
    d->cursor = QByteArrayLiteral("0");
    d->runKind = d->kind;
    d->runDeduplicate = d->deduplicate;

    switch (d->kind) {
    case Kind::Keys:
        d->prefix = {QByteArrayLiteral("SCAN")};
        break;
    case Kind::Hash:
        d->prefix = {QByteArrayLiteral("HSCAN"), d->key};
        break;
    case Kind::Set:
        d->prefix = {QByteArrayLiteral("SSCAN"), d->key};
        break;
    case Kind::SortedSet:
        d->prefix = {QByteArrayLiteral("ZSCAN"), d->key};
        break;
    }
    d->suffix.clear();
    if (!d->match.isEmpty())
        d->suffix << QByteArrayLiteral("MATCH") << d->match;
    if (d->count > 0)
        d->suffix << QByteArrayLiteral("COUNT") << QByteArray::number(d->count);
    if (d->kind == Kind::Keys && !d->type.isEmpty())
        d->suffix << QByteArrayLiteral("TYPE") << d->type;

    // Else the previous run's reply is still out; onReply() issues then.
    if (!d->inFlight)
        d->issue();
}

void RedisScan::cancel()
{
    if (!d->running)
        return;
    ++d->generation;
    d->running = false;
    d->cancelled = true;
    d->seen = QSet<QByteArray>();
}

bool RedisScan::isRunning() const { return d->running; }
bool RedisScan::isFinished() const { return d->finished; }
bool RedisScan::isCancelled() const { return d->cancelled; }
qint64 RedisScan::itemsDelivered() const { return d->delivered; }
QtRedis::Error RedisScan::error() const { return d->error; }
QString RedisScan::errorString() const { return d->errorString; }
