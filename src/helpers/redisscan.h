// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSCAN_H
#define REDISSCAN_H

#include "redisglobal.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisClient;
class RedisScanPrivate;

// Walks a keyspace (SCAN) or a collection (HSCAN, SSCAN, ZSCAN) through a
// RedisClient, one command in flight at a time, and hands each batch over as
// it arrives. Never uses KEYS: the server stays responsive however large the
// keyspace is.
//
//     auto *scan = new RedisScan(&client, this);
//     scan->setMatch("user:*");
//     connect(scan, &RedisScan::batchReceived, this, &Browser::addKeys);
//     connect(scan, &RedisScan::finished, scan, &QObject::deleteLater);
//     connect(scan, &RedisScan::errorOccurred, scan, &QObject::deleteLater);
//     scan->start();
//
// Redis guarantees that an element present for the whole scan is returned at
// least once; it may be returned more than once (setDeduplicate() filters
// that), and an element added or removed meanwhile may or may not be.
//
// Signals are emitted from the client's reply callbacks, never from inside
// start() or cancel(). Their slots may call start() or cancel(), or delete
// the scan (deleteLater() is preferred; a plain delete is survived too).
class QTREDIS_EXPORT RedisScan : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Keys,      // SCAN: the keys of the client's database
        Hash,      // HSCAN key: field, value pairs
        Set,       // SSCAN key: members
        SortedSet, // ZSCAN key: member, score pairs
    };
    Q_ENUM(Kind)

    explicit RedisScan(RedisClient *client, QObject *parent = nullptr);
    ~RedisScan() override;

    RedisClient *client() const;

    // The options below are read by start(): changing one while a scan runs
    // takes effect at the next start().
    void setKind(Kind kind);             // default Keys
    Kind kind() const;
    void setKey(const QByteArray &key);  // the collection for Hash, Set, SortedSet (binary-safe)
    QByteArray key() const;
    void setMatch(const QByteArray &pattern); // MATCH glob (binary-safe); empty: none
    QByteArray match() const;
    void setCount(int count);            // COUNT hint per command, default 1000; <= 0: none sent
    int count() const;
    void setType(const QByteArray &type); // TYPE filter (Keys only, Redis >= 6); empty: none.
    QByteArray type() const;              // Ignored for the other kinds.
    // Off (default): an element Redis returns twice is delivered twice.
    // On: each element (key, member, hash field) is delivered once; the scan
    // keeps every one it has seen until it stops, so memory grows with the
    // collection. For Hash and SortedSet the first pair seen for a field or
    // member wins.
    void setDeduplicate(bool on);
    bool deduplicate() const;

    // Starts from cursor 0 and clears the counters and errors. A running scan
    // restarts; the reply it still waits for is ignored (and awaited before
    // the new scan's first command, so one command stays in flight).
    void start();
    // Stops the scan: no further command is issued, a reply in flight is
    // ignored, and no batchReceived(), finished() or errorOccurred() follows
    // once cancel() has returned. Does nothing unless running.
    void cancel();

    bool isRunning() const;
    bool isFinished() const;   // the cursor came back to 0
    bool isCancelled() const;
    // Elements delivered since start(): keys, members, or (Hash, SortedSet)
    // pairs, so it compares with DBSIZE, HLEN, SCARD, ZCARD.
    qint64 itemsDelivered() const;
    // The failure that stopped the last scan, NoError otherwise.
    QtRedis::Error error() const;
    QString errorString() const;

Q_SIGNALS:
    // Keys and Set: one element per item. Hash: field, value pairs flattened
    // (field, value, field, value, ...). SortedSet: member, score pairs
    // flattened (the score as Redis prints it). Never emitted empty.
    void batchReceived(const QList<QByteArray> &items);
    // The cursor came back to 0: every element was delivered.
    void finished();
    // The scan stopped: ServerError for an error reply (WRONGTYPE, ...),
    // ProtocolError for a reply that is not [cursor, [elements]], or the
    // client's error (ConnectionLost, NotConnected, Timeout, Aborted, ...).
    // finished() does not follow.
    void errorOccurred(QtRedis::Error error, const QString &message);

private:
    friend class RedisScanPrivate;
    std::unique_ptr<RedisScanPrivate> d;
};

#endif // REDISSCAN_H
