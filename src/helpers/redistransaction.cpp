// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redistransaction.h"
#include "core/redislogging_p.h"

#include "redisclient.h"
#include "cluster/commandkeys_p.h"
#include "cluster/keyslot_p.h"
#include "helpers/redisrequestscope_p.h"

#include <QtCore/qpointer.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>

#include <utility>


using QtRedis::Error;

namespace {

// Commands enqueue() refuses: the transaction sends these itself, or
// RedisClient::command() refuses them (a command the client fails before
// sending would leave EXEC's array one element short of the queue).
bool isRefusedInTransaction(const QByteArray &name)
{
    static const char *const own[] = {"MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH"};
    for (const char *r : own) {
        if (name.compare(r, Qt::CaseInsensitive) == 0)
            return true;
    }
    return RedisClient::isStreamCommand(name);
}

} // namespace

class RedisTransaction::Private
{
public:
    enum class Phase {
        Idle,      // filling: watch()/enqueue()/discard() allowed
        Waiting,   // exec() called, waiting for the client to connect
        Sent,      // the batch was issued, EXEC's reply pending
        Failing,   // exec() failed before sending; finished() is posted
        Finished,
    };

    explicit Private(RedisTransaction *q, RedisClient *client) : q(q), client(client) {}

    void onStateChanged(RedisClient::State state);
    void connectionGone();
    void sendBatch();
    void failLater(Error code, const QString &message);
    void onExecReply(const RedisValue &reply);
    void releaseWatch();
    bool misuse(const char *what) const;
    // Cluster: binds the transaction to the slot of the keys of args; false
    // if they are in another slot.
    bool bindSlot(const QList<QByteArray> &args);
    // Sends args on the client, or on the bound node of a cluster.
    template <typename F>
    void send(RedisClient *c, const QList<QByteArray> &args, const QObject *context, F &&onReply)
    {
        if (c->isCluster())
            c->commandOnNode(node, args, context, std::forward<F>(onReply));
        else
            c->command(args, context, std::forward<F>(onReply));
    }

    RedisTransaction *q;
    QPointer<RedisClient> client;
    Phase phase = Phase::Idle;

    QList<QList<QByteArray>> queued;
    QList<RedisValue> queueReplies;   // "+QUEUED" or the error, per command
    RedisValue multiReply;

    // WATCH bookkeeping, from the first watch() to exec()/discard().
    bool watching = false;
    bool watchMayHold = false;        // a WATCH may be active on the client's connection
    Error watchError = Error::NoError; // why the WATCH no longer holds
    QString watchErrorString;
    // The WATCH replies still due: releaseWatch() aborts them, so that a late
    // one does not fail the next round.
    QtRedisPrivate::RequestScope watchReplies;

    QTimer waitTimer;                 // bounds the wait for a connection

    // Cluster: the slot of the transaction's keys and the node serving it.
    int slot = -1;
    QByteArray slotKey;
    QString node;

    bool finished = false;
    bool aborted = false;
    QList<RedisValue> results;
    Error error = Error::NoError;
    QString errorString;
};

bool RedisTransaction::Private::misuse(const char *what) const
{
    if (phase == Phase::Idle)
        return false;
    qCWarning(lcRedisTransaction, "RedisTransaction::%s called after exec(); ignored "
              "(a transaction runs once: create a new one)", what);
    return true;
}

void RedisTransaction::Private::onStateChanged(RedisClient::State state)
{
    switch (state) {
    case RedisClient::State::Disconnected:
    case RedisClient::State::Reconnecting:
        connectionGone();
        if (phase == Phase::Waiting) {
            // The attempt failed (or was cancelled): fail like a held command.
            waitTimer.stop();
            const RedisClient *c = client.data();
            if (c && c->error() != Error::NoError)
                failLater(c->error(), RedisTransaction::tr("%1; the transaction was not sent")
                                              .arg(c->errorString()));
            else
                failLater(Error::Aborted, RedisTransaction::tr(
                        "The connection attempt was cancelled; the transaction was not sent"));
        }
        return;
    case RedisClient::State::Connected:
        // An earlier slot may have changed the state again: then a later
        // stateChanged() decides.
        if (phase == Phase::Waiting && client && client->state() == RedisClient::State::Connected) {
            waitTimer.stop();
            sendBatch();
        }
        return;
    case RedisClient::State::Connecting:
    case RedisClient::State::Disconnecting:
        return;
    }
}

void RedisTransaction::Private::connectionGone()
{
    // The connection the WATCH went out on is gone: so is the watch.
    if (!watching || !watchMayHold)
        return;
    watchMayHold = false;
    if (watchError == Error::NoError) {
        watchError = Error::ConnectionLost;
        watchErrorString = RedisTransaction::tr(
                "The connection was lost after WATCH, so the watched keys are no longer watched; "
                "the transaction was not sent");
    }
}

void RedisTransaction::Private::releaseWatch()
{
    if (watching && watchMayHold && client)
        send(client.data(), {QByteArrayLiteral("UNWATCH")}, nullptr, [](const RedisValue &) {});
    if (!node.isEmpty() && phase == Phase::Idle) {
        slot = -1;
        slotKey.clear();
        node.clear();
    }
    watching = false;
    watchMayHold = false;
    watchError = Error::NoError;
    watchErrorString.clear();
    watchReplies.abort();
}

void RedisTransaction::Private::failLater(Error code, const QString &message)
{
    phase = Phase::Failing;
    queued.clear();
    // finished() never comes from inside exec() (nor from inside a client
    // signal): post it. Dropped if the transaction is deleted first.
    QMetaObject::invokeMethod(q, [this, code, message] {
        phase = Phase::Finished;
        error = code;
        errorString = message;
        finished = true;
        Q_EMIT q->finished();
    }, Qt::QueuedConnection);
}

bool RedisTransaction::Private::bindSlot(const QList<QByteArray> &args)
{
    const QtRedisPrivate::CommandKeys keys = QtRedisPrivate::commandKeys(args);
    for (int index : keys.keyIndexes) {
        if (index >= args.size())
            continue;
        const int s = QtRedisPrivate::keyHashSlot(args.at(index));
        if (slot >= 0 && s != slot)
            return false;
        if (slot < 0)
            slotKey = args.at(index);
        slot = s;
    }
    return true;
}

void RedisTransaction::Private::sendBatch()
{
    if (client && client->isCluster()) {
        // A transaction runs on one node: every key in one slot.
        for (const QList<QByteArray> &command : std::as_const(queued)) {
            if (!bindSlot(command)) {
                failLater(Error::CrossSlot, RedisTransaction::tr(
                        "The keys of the transaction map to different hash slots; use a hash tag ({...}) "
                        "to keep them in one slot. The transaction was not sent"));
                return;
            }
        }
        if (node.isEmpty())
            node = slot >= 0 ? client->nodeForKey(slotKey) : QString();
        if (node.isEmpty()) {
            for (const RedisClusterNode &n : client->clusterNodes()) {
                if (n.master) {
                    node = n.address;
                    break;
                }
            }
        }
        if (node.isEmpty()) {
            failLater(Error::ClusterRoutingFailed,
                      RedisTransaction::tr("No node of the cluster serves the transaction's keys; it was not sent"));
            return;
        }
    }
    phase = Phase::Sent;
    // EXEC releases every WATCH of the connection, whatever its outcome.
    watching = false;
    watchMayHold = false;
    RedisClient *c = client.data();
    const QList<QList<QByteArray>> commands = std::exchange(queued, {});
    queueReplies = QList<RedisValue>(commands.size());

    // One batch, issued synchronously: the client appends in issue order, so
    // nothing else of this client can come in between.
    // A command that times out may complete before older ones (a queued
    // blocking command has a later deadline than EXEC): replies that come
    // after EXEC's are of no use any more.
    // In a cluster the batch goes to the node of its slot, the same way.
    send(c, {QByteArrayLiteral("MULTI")}, q, [this](const RedisValue &v) {
        if (phase == Phase::Sent)
            multiReply = v;
    });
    for (qsizetype i = 0; i < commands.size(); ++i) {
        send(c, commands.at(i), q, [this, i](const RedisValue &v) {
            if (phase == Phase::Sent)
                queueReplies[i] = v;
        });
    }
    send(c, {QByteArrayLiteral("EXEC")}, q, [this](const RedisValue &v) { onExecReply(v); });
    slot = -1;
    slotKey.clear();
    node.clear();
}

void RedisTransaction::Private::onExecReply(const RedisValue &reply)
{
    // Callbacks run in issue order: MULTI's and every queued command's reply
    // are in by now.
    phase = Phase::Finished;
    if (multiReply.isServerError()) {
        // The connection was already inside a MULTI nobody of ours started.
        error = Error::ServerError;
        errorString = RedisTransaction::tr("MULTI failed: %1").arg(multiReply.errorString());
    } else if (reply.isNil()) {
        aborted = true;   // a watched key changed
    } else if (reply.isArray()) {
        if (reply.size() == queueReplies.size()) {
            results = reply.toArray();
        } else {
            error = Error::ServerError;
            errorString = RedisTransaction::tr("EXEC returned %1 replies for %2 queued commands")
                                  .arg(reply.size()).arg(queueReplies.size());
        }
    } else if (reply.isError()) {
        error = reply.error();
        errorString = reply.errorString();
        if (reply.isServerError())
            results = queueReplies; // EXECABORT: why each command was (not) queued
    } else {
        error = Error::ServerError;
        errorString = RedisTransaction::tr("Unexpected reply to EXEC: %1").arg(reply.toCliString());
    }
    queueReplies.clear();
    multiReply = RedisValue();
    finished = true;
    Q_EMIT q->finished(); // last: a slot may delete the transaction
}

/*!
    \class RedisTransaction
    \inmodule QtRedis
    \brief A Redis transaction (MULTI ... EXEC) on one RedisClient, with
    optional optimistic locking (WATCH).

    \code
    auto *tx = new RedisTransaction(&client, &client);
    tx->watch({"balance"});
    tx->enqueue({"DECRBY", "balance", "10"});
    tx->enqueue({"INCRBY", "spent", "10"});
    QObject::connect(tx, &RedisTransaction::finished, tx, [tx] {
        if (tx->isAborted())              // "balance" changed after WATCH: try again
            ...;
        else if (tx->error() != QtRedis::Error::NoError)
            qWarning() << tx->errorString();
        else
            qDebug() << tx->results();    // one value per enqueue()
        tx->deleteLater();
    });
    tx->exec();
    \endcode

    exec() issues MULTI, the queued commands and EXEC back to back through
    RedisClient::command(): nothing else issued on that client can come in
    between. WATCH is sent at once by watch(), so code may read the watched
    keys through the same client before exec().

    The transaction is one-shot: exec() may be called once. discard() before
    exec() empties it (and releases its WATCH), after which it can be filled
    and executed again. Misuse (exec() twice, watch(), enqueue() or discard()
    after exec()) logs a warning and changes nothing; enqueue() then returns
    -1.

    \section1 Connection rules

    \list
    \li With watch(): exec() sends nothing and fails when the client is not
        connected (QtRedis::Error::NotConnected), when the connection was
        lost or replaced after WATCH was issued (QtRedis::Error::ConnectionLost:
        the watch no longer holds), or when WATCH itself failed (its error).
        A lost WATCH is never re-sent: read the keys again and build a new
        transaction.
    \li Without watch(): while the client is connecting or reconnecting,
        exec() waits for the connection (at most
        RedisClient::commandTimeout(), then QtRedis::Error::Timeout) and
        sends the whole batch once it is up, so the batch is never split by a
        failed attempt or a timeout of part of it. Commands issued on the
        client after exec() during that wait may therefore run before the
        transaction. If the attempt fails, finished() reports the client's
        error. While disconnected (or disconnecting) the client fails the
        batch at once (NotConnected with auto-reconnect off).
    \endlist

    WATCH state belongs to the connection, not to this object: any EXEC,
    DISCARD or UNWATCH on the same client (another RedisTransaction included)
    releases every watched key, and EXEC is aborted if any key watched on the
    connection changed. Run at most one watching transaction at a time per
    client.

    On a cluster client (RedisClient::connectToCluster()) the transaction is
    bound to the hash slot of its keys: WATCH, MULTI, the commands and EXEC
    go to the master serving that slot, back to back. Keys in more than one
    slot fail it with QtRedis::Error::CrossSlot before anything is sent
    (keep them together with a hash tag, \c{{order:42}:items}). A slot that
    moves meanwhile makes EXEC fail (\c MOVED in the queued replies): the
    transaction is not redirected; run it again.

    Destroying the transaction is safe at any time: pending replies are then
    dropped (the commands still run on the server), and a WATCH not followed
    by exec() is released with UNWATCH.

    \sa RedisScript
*/

/*!
    \property RedisTransaction::finished
    \brief whether the transaction finished: its results are ready, it was
    aborted, or it failed.
    \sa isFinished()
*/

/*!
    \property RedisTransaction::aborted
    \brief whether EXEC returned nil because a watched key changed.
    \sa isAborted()
*/

/*!
    \property RedisTransaction::error
    \brief the failure of the transaction; QtRedis::Error::NoError if none.
    \sa error()
*/

/*!
    \property RedisTransaction::errorString
    \brief the message of the failure; empty if none.
    \sa errorString()
*/

/*!
    Constructs a transaction on \a client, with the given \a parent.
*/
RedisTransaction::RedisTransaction(RedisClient *client, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, client))
{
    d->waitTimer.setSingleShot(true);
    connect(&d->waitTimer, &QTimer::timeout, this, [this] {
        if (d->phase == Private::Phase::Waiting)
            d->failLater(Error::Timeout, tr("Not connected within %1 ms; the transaction was not sent")
                                                 .arg(d->waitTimer.interval()));
    });
    if (!client) {
        qCWarning(lcRedisTransaction, "RedisTransaction created without a client");
        return;
    }
    connect(client, &RedisClient::stateChanged, this,
            [this](RedisClient::State state) { d->onStateChanged(state); });
    connect(client, &RedisClient::disconnected, this, [this] { d->connectionGone(); });
    connect(client, &QObject::destroyed, this, [this] {
        d->watchMayHold = false;
        if (d->phase == Private::Phase::Waiting) {
            d->waitTimer.stop();
            d->failLater(Error::Aborted, tr("The client was destroyed; the transaction was not sent"));
        }
    });
}

/*!
    Destroys the transaction. Pending replies are dropped (the commands still
    run on the server); a WATCH not followed by exec() is released with
    UNWATCH.
*/
RedisTransaction::~RedisTransaction()
{
    // Pending callbacks have this object as context: the client drops them.
    if (d->phase == Private::Phase::Idle)
        d->releaseWatch();
}

/*!
    Returns the client the transaction runs on; \c nullptr once it was
    destroyed.
*/
RedisClient *RedisTransaction::client() const
{
    return d->client.data();
}

/*!
    Sends WATCH with \a keys at once. May be called several times before
    exec(); see \l{Connection rules} for what a lost WATCH means.
*/
void RedisTransaction::watch(const QList<QByteArray> &keys)
{
    if (d->misuse("watch()"))
        return;
    if (keys.isEmpty()) {
        qCWarning(lcRedisTransaction, "RedisTransaction::watch() without keys; ignored");
        return;
    }
    RedisClient *c = d->client.data();
    d->watching = true;
    if (!c) {
        if (d->watchError == Error::NoError) {
            d->watchError = Error::NotConnected;
            d->watchErrorString = tr("The transaction has no client; it was not sent");
        }
        return;
    }
    switch (c->state()) {
    case RedisClient::State::Connected:
    case RedisClient::State::Connecting:     // held, sent on the coming connection
    case RedisClient::State::Reconnecting:
        d->watchMayHold = true;
        break;
    case RedisClient::State::Disconnected:
    case RedisClient::State::Disconnecting:
        break; // the client fails it; its reply tells
    }
    QList<QByteArray> args;
    args.reserve(keys.size() + 1);
    args.append(QByteArrayLiteral("WATCH"));
    args.append(keys);
    if (c->isCluster()) {
        bool oneSlot = true;
        for (const QByteArray &key : keys)
            oneSlot = oneSlot && d->bindSlot({QByteArrayLiteral("EXISTS"), key});
        if (d->node.isEmpty())
            d->node = c->nodeForKey(d->slotKey);
        if (!oneSlot || d->node.isEmpty()) {
            if (d->watchError == Error::NoError) {
                d->watchError = oneSlot ? Error::ClusterRoutingFailed : Error::CrossSlot;
                d->watchErrorString = oneSlot
                        ? tr("No node of the cluster serves the watched keys; the transaction was not sent")
                        : tr("The watched keys map to different hash slots; the transaction was not sent");
            }
            return;
        }
    }
    d->send(c, args, d->watchReplies.context(), [this](const RedisValue &v) {
        if (!v.isError() || !d->watching || d->watchError != Error::NoError)
            return;
        d->watchError = v.error();
        d->watchErrorString = tr("WATCH failed (%1); the transaction was not sent").arg(v.errorString());
    });
}

/*!
    Queues the command \a args locally and returns its index in results().

    Returns -1 if it was refused: an empty command, MULTI, EXEC, DISCARD,
    WATCH or UNWATCH (the transaction sends those itself), a command
    RedisClient::command() refuses (SUBSCRIBE and the like, MONITOR), or a
    call after exec().
*/
int RedisTransaction::enqueue(const QList<QByteArray> &args)
{
    if (d->misuse("enqueue()"))
        return -1;
    if (args.isEmpty()) {
        qCWarning(lcRedisTransaction, "RedisTransaction::enqueue() with an empty command; refused");
        return -1;
    }
    if (isRefusedInTransaction(args.first())) {
        qCWarning(lcRedisTransaction, "RedisTransaction::enqueue(): %s cannot be part of a transaction; "
                  "refused", args.first().toUpper().constData());
        return -1;
    }
    d->queued.append(args);
    return int(d->queued.size() - 1);
}

/*!
    Returns the number of commands queued so far.
*/
int RedisTransaction::count() const
{
    return int(d->queued.size());
}

/*!
    Sends MULTI, the queued commands and EXEC as one batch (see
    \l{Connection rules}). finished() follows exactly once, never from inside
    exec().
*/
void RedisTransaction::exec()
{
    if (d->phase != Private::Phase::Idle) {
        qCWarning(lcRedisTransaction, "RedisTransaction::exec() called twice; ignored "
                  "(a transaction runs once: create a new one)");
        return;
    }
    RedisClient *c = d->client.data();
    if (!c) {
        d->failLater(Error::NotConnected, tr("The transaction has no client; it was not sent"));
        return;
    }
    if (QThread::currentThread() != c->thread()) {
        qCWarning(lcRedisTransaction, "RedisTransaction::exec() called from a thread other than the client's");
        d->failLater(Error::WrongThread,
                     tr("RedisTransaction::exec() was called from a thread other than the client's"));
        return;
    }

    if (d->watching) {
        // WATCH only means something on the connection it was sent on.
        if (d->watchError != Error::NoError) {
            const Error code = d->watchError;
            const QString message = d->watchErrorString;
            d->releaseWatch();
            d->failLater(code, message);
        } else if (c->state() != RedisClient::State::Connected) {
            d->releaseWatch();
            d->failLater(Error::NotConnected,
                         tr("Not connected to the server the WATCH was sent to; the transaction "
                            "was not sent"));
        } else {
            d->sendBatch();
        }
        return;
    }

    switch (c->state()) {
    case RedisClient::State::Connecting:
    case RedisClient::State::Reconnecting:
        // Holding the batch in the client could split it: a part may time
        // out while held and never be sent. Send it whole once connected.
        d->phase = Private::Phase::Waiting;
        if (c->commandTimeout() > 0) {
            d->waitTimer.setInterval(c->commandTimeout());
            d->waitTimer.start();
        }
        return;
    case RedisClient::State::Connected:
    case RedisClient::State::Disconnected:   // the client fails the batch
    case RedisClient::State::Disconnecting:
        d->sendBatch();
        return;
    }
}

/*!
    Drops the queued commands and releases the WATCH (UNWATCH) if one was
    sent. finished() is not emitted. Only before exec().
*/
void RedisTransaction::discard()
{
    if (d->misuse("discard()"))
        return;
    d->queued.clear();
    d->releaseWatch();
}

/*!
    Returns whether the transaction finished (see finished()).
*/
bool RedisTransaction::isFinished() const
{
    return d->finished;
}

/*!
    Returns whether EXEC returned nil: a watched key changed and nothing was
    executed. error() is QtRedis::Error::NoError then, and results() is empty.
*/
bool RedisTransaction::isAborted() const
{
    return d->aborted;
}

/*!
    Returns one value per enqueue(), in order, from EXEC's array; each may be
    an error reply (WRONGTYPE, for example) while the others were executed.

    After an EXECABORT (error() is QtRedis::Error::ServerError) it holds each
    command's reply to being queued: the status QUEUED, or the error that
    made the server refuse the transaction. Empty if the transaction was
    aborted, or on a client-side failure.
*/
QList<RedisValue> RedisTransaction::results() const
{
    return d->results;
}

/*!
    Returns QtRedis::Error::NoError, QtRedis::Error::ServerError (EXECABORT
    and the like; errorString() has the server's message) or a client-side
    code (ConnectionLost, Timeout, NotConnected, ...: the outcome of a batch
    that was sent is unknown).
*/
QtRedis::Error RedisTransaction::error() const
{
    return d->error;
}

/*!
    Returns the message of the failure; empty if there was none.
*/
QString RedisTransaction::errorString() const
{
    return d->errorString;
}

/*!
    \fn void RedisTransaction::finished()

    Emitted exactly once per exec(): the results are ready, the transaction
    was aborted, or it failed. A slot may delete the transaction.
*/
