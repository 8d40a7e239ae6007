// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISTRANSACTION_H
#define REDISTRANSACTION_H

#include "redisglobal.h"
#include "redisvalue.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisClient;

// A Redis transaction (MULTI ... EXEC) on one RedisClient, with optional
// optimistic locking (WATCH).
//
//     auto *tx = new RedisTransaction(&client, &client);
//     tx->watch({"balance"});
//     tx->enqueue({"DECRBY", "balance", "10"});
//     tx->enqueue({"INCRBY", "spent", "10"});
//     QObject::connect(tx, &RedisTransaction::finished, tx, [tx] {
//         if (tx->isAborted())              // "balance" changed after WATCH: try again
//             ...;
//         else if (tx->error() != QtRedis::Error::NoError)
//             qWarning() << tx->errorString();
//         else
//             qDebug() << tx->results();    // one value per enqueue()
//         tx->deleteLater();
//     });
//     tx->exec();
//
// exec() issues MULTI, the queued commands and EXEC back to back through
// RedisClient::command(): nothing else issued on that client can come in
// between. WATCH is sent at once by watch(), so code may read the watched
// keys through the same client before exec().
//
// The transaction is one-shot: exec() may be called once. discard() before
// exec() empties it (and releases its WATCH), after which it can be filled
// and executed again. Misuse (exec() twice, watch()/enqueue()/discard() after
// exec()) logs a warning and changes nothing; enqueue() then returns -1.
//
// Connection rules:
// - With watch(): exec() sends nothing and fails when the client is not
//   Connected (NotConnected), when the connection was lost or replaced after
//   WATCH was issued (ConnectionLost: the watch no longer holds), or when
//   WATCH itself failed (its error). A lost WATCH is never re-sent: read the
//   keys again and build a new transaction.
// - Without watch(): while the client is Connecting or Reconnecting, exec()
//   waits for the connection (at most commandTimeout(), then Timeout) and
//   sends the whole batch once it is up, so the batch is never split by a
//   failed attempt or a timeout of part of it. Commands issued on the client
//   after exec() during that wait may therefore run before the transaction.
//   If the attempt fails, finished() reports the client's error. While
//   Disconnected (or Disconnecting) the client fails the batch at once
//   (NotConnected with autoReconnect off).
//
// WATCH state belongs to the connection, not to this object: any EXEC,
// DISCARD or UNWATCH on the same client (another RedisTransaction included)
// releases every watched key, and EXEC is aborted if any key watched on the
// connection changed. Run at most one watching transaction at a time per
// client.
//
// Destroying the transaction is safe at any time: pending replies are then
// dropped (the commands still run on the server), and a WATCH not followed
// by exec() is released with UNWATCH.
class QTREDIS_EXPORT RedisTransaction : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool finished READ isFinished NOTIFY finished)
    Q_PROPERTY(bool aborted READ isAborted NOTIFY finished)
    Q_PROPERTY(QtRedis::Error error READ error NOTIFY finished)
    Q_PROPERTY(QString errorString READ errorString NOTIFY finished)
public:
    explicit RedisTransaction(RedisClient *client, QObject *parent = nullptr);
    ~RedisTransaction() override;

    RedisClient *client() const;

    // Sends WATCH key... at once. May be called several times before exec().
    void watch(const QList<QByteArray> &keys);
    // Queues a command locally; returns its index in results(), or -1 if it
    // was refused: an empty command, MULTI/EXEC/DISCARD/WATCH/UNWATCH (the
    // transaction sends those itself), a command RedisClient::command()
    // refuses (SUBSCRIBE & co., MONITOR), or a call after exec().
    int enqueue(const QList<QByteArray> &args);
    int count() const;   // commands queued so far

    // Sends MULTI, the queued commands and EXEC as one batch (see above).
    // finished() follows exactly once, never from inside exec().
    void exec();
    // Drops the queued commands and releases the WATCH (UNWATCH) if one was
    // sent. finished() is not emitted. Only before exec().
    void discard();

    bool isFinished() const;
    // EXEC returned nil: a watched key changed, nothing was executed.
    // error() is NoError then and results() is empty.
    bool isAborted() const;
    // One value per enqueue(), in order, from EXEC's array; each may be an
    // error reply (e.g. WRONGTYPE) while the others were executed. After an
    // EXECABORT (error() == ServerError) it holds each command's reply to
    // being queued: status QUEUED, or the error that made the server refuse
    // the transaction. Empty if aborted, or on a client-side failure.
    QList<RedisValue> results() const;
    // NoError, ServerError (EXECABORT and the like; errorString() has the
    // server's message) or a client-side code (ConnectionLost, Timeout,
    // NotConnected, ...: the outcome of a batch that was sent is unknown).
    QtRedis::Error error() const;
    QString errorString() const;

Q_SIGNALS:
    // Exactly once per exec(): results ready, aborted, or failed.
    void finished();

private:
    class Private;
    friend class Private;
    std::unique_ptr<Private> d;
};

#endif // REDISTRANSACTION_H
