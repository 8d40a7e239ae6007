// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisreply.h"
#include "client/redisclient_p.h"
#include "client/redisreply_p.h"

/*!
    \class RedisReply
    \inmodule QtRedis
    \brief The reply to one command, for code that prefers signals to callbacks.

    RedisClient::command(args) returns a RedisReply. It is parented to the
    client and finishes exactly once: finished() is emitted (from the event
    loop, never inside command()), then value(), error() and errorString()
    hold the result. Delete it with deleteLater() -- a reply deleted before
    it finished is fine: the command completes silently -- or call
    setAutoDelete(true) before it finishes.

    abort() finishes it at once with QtRedis::Error::Aborted, the way
    QNetworkReply::abort() does.

    The callback form RedisClient::command(args, context, functor) creates
    no QObject per command and is the faster path.
*/

RedisReply::RedisReply(QObject *parent) : QObject(parent), d(std::make_unique<RedisReplyPrivate>(this)) {}

/*! Destroys the reply. If its command has not finished, it still completes,
    silently. */
RedisReply::~RedisReply()
{
    if (d->deleted)
        *d->deleted = true;
    if (d->retired && d->owner)
        d->owner->retiredReplies.unretire(this);
    if (d->queued) {
        // Deleted before its command finished: the client frees the private
        // part when it is done with the command.
        d->q = nullptr;
        d.release();
    }
}

/*! \property RedisReply::finished
    \brief Whether the reply finished (finished() was emitted). */
bool RedisReply::isFinished() const { return d->finished; }

/*! Returns the reply's value: the server's reply, or a client-side error
    (RedisValue::isClientError()); Nil until the reply finished. */
RedisValue RedisReply::value() const { return d->value; }

/*! Returns NoError, ServerError (an error reply) or the client-side error. */
QtRedis::Error RedisReply::error() const { return d->value.error(); }

/*! Returns the error message; empty when error() is NoError. */
QString RedisReply::errorString() const { return d->value.errorString(); }

/*! Returns whether the reply deletes itself after finished(). */
bool RedisReply::autoDelete() const { return d->autoDelete; }

/*! Sets whether the reply deletes itself right after finished() was
    emitted to \a autoDelete. During a burst of replies the client deletes
    them in batches, after everything posted for them (queued slots of
    finished() included); otherwise with deleteLater(). */
void RedisReply::setAutoDelete(bool autoDelete) { d->autoDelete = autoDelete; }

/*! Finishes the reply now with QtRedis::Error::Aborted; nothing if it
    finished already. A command still held for the connection is never
    sent; one already sent still runs on the server, and its reply is
    dropped when it comes. finished() is emitted from inside abort(). */
void RedisReply::abort()
{
    if (d->finished)
        return;
    if (d->queued && d->call && d->owner)
        d->owner->cancel(d->call);
    finish(RedisValue::fromClientError(QtRedis::Error::Aborted, tr("The request was aborted")));
}

/*! \fn void RedisReply::finished()
    Emitted once, when the reply (or the failure) is in. */

void RedisReply::finish(const RedisValue &value)
{
    if (d->finished)
        return;
    d->value = value;
    d->finished = true;
    // A slot that deletes the reply outright (instead of deleteLater) must not crash us.
    bool deleted = false;
    d->deleted = &deleted;
    Q_EMIT finished();
    if (deleted)
        return;
    d->deleted = nullptr;
    if (d->autoDelete) {
        if (!d->owner || !d->owner->retiredReplies.retire(this))
            deleteLater();
    }
}

namespace QtRedisPrivate {

bool RetiredReplies::retire(RedisReply *reply)
{
    if (!m_client)
        return false;
    m_replies.append(reply);
    reply->d->retired = true;
    if (m_cutoff == 0) {
        m_cutoff = m_replies.size();
        QMetaObject::invokeMethod(m_client, [this] { deleteBatch(); }, Qt::QueuedConnection);
    }
    return true;
}

void RetiredReplies::unretire(RedisReply *reply)
{
    const qsizetype index = m_replies.indexOf(reply);
    if (index < 0)
        return;
    m_replies.removeAt(index);
    if (index < m_cutoff)
        --m_cutoff;
}

void RetiredReplies::deleteBatch()
{
    // Only those retired before this deletion was posted: anything posted for
    // the later ones is still in the queue behind us.
    const QList<RedisReply *> batch = m_replies.mid(0, m_cutoff);
    m_replies.remove(0, m_cutoff);
    m_cutoff = 0;
    for (RedisReply *reply : batch) {
        reply->d->retired = false;
        delete reply;
    }
    if (!m_replies.isEmpty()) {
        m_cutoff = m_replies.size();
        QMetaObject::invokeMethod(m_client, [this] { deleteBatch(); }, Qt::QueuedConnection);
    }
}

void RetiredReplies::releaseAll()
{
    // Children die with the client; replies moved elsewhere go the usual way.
    m_client = nullptr;
    for (RedisReply *reply : std::exchange(m_replies, {})) {
        reply->d->retired = false;
        reply->d->owner = nullptr;
        reply->deleteLater();
    }
}

} // namespace QtRedisPrivate
