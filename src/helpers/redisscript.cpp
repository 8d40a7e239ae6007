// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisscript.h"
#include "core/redislogging_p.h"

#include "redisclient.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qcryptographichash.h>
#include <QtCore/qpointer.h>


class RedisScriptPrivate : public QSharedData
{
public:
    QByteArray source;
    QByteArray sha1;
};

/*!
    \class RedisScript
    \inmodule QtRedis
    \brief A Lua script run with EVALSHA, loaded on demand.

    A value class: copies share the source and its SHA1, so keep one per
    script (a static or a member) and run it as often as needed.

    \code
    static const RedisScript incrIfEqual(
        "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('INCR', KEYS[2]) end "
        "return false");
    incrIfEqual.run(&client, {"flag", "counter"}, {"on"}, this, [](const RedisValue &v) { ... });
    \endcode

    run() sends EVALSHA. If the server answers NOSCRIPT (its script cache was
    flushed, it restarted, or it is another server), run() sends EVAL with
    the source, which runs the script and loads it, and reports that result.

    The fallback is issued when the NOSCRIPT reply arrives, that is later
    than run(): commands issued on the client after run() may complete before
    a fallback's result, and the script then runs after them. Code that needs
    the script to run in issue order should load it first (SCRIPT LOAD, or
    one run() whose result it waits for).

    \sa RedisTransaction
*/

/*!
    Constructs a script from its Lua \a source; its SHA1 is computed at once.
*/
RedisScript::RedisScript(const QByteArray &source) : d(new RedisScriptPrivate)
{
    d->source = source;
    d->sha1 = QCryptographicHash::hash(source, QCryptographicHash::Sha1).toHex();
}

/*!
    Constructs a copy of \a other, sharing its source.
*/
RedisScript::RedisScript(const RedisScript &other) noexcept = default;

/*!
    Move-constructs a script from \a other.
*/
RedisScript::RedisScript(RedisScript &&other) noexcept = default;

/*!
    Assigns \a other to this script and returns a reference to it.
*/
RedisScript &RedisScript::operator=(const RedisScript &other) noexcept = default;

/*!
    Move-assigns \a other to this script and returns a reference to it.
*/
RedisScript &RedisScript::operator=(RedisScript &&other) noexcept = default;

/*!
    Destroys the script.
*/
RedisScript::~RedisScript() = default;

/*!
    \fn void RedisScript::swap(RedisScript &other)

    Swaps this script with \a other.
*/

/*!
    Returns the Lua source.
*/
QByteArray RedisScript::source() const
{
    return d->source;
}

/*!
    Returns the lower-case hex SHA1 of source(), computed locally: what
    SCRIPT LOAD returns and EVALSHA expects.
*/
QByteArray RedisScript::sha1() const
{
    return d->sha1;
}

/*!
    Returns whether this script and \a other have the same source (compared
    by SHA1).
*/
bool RedisScript::operator==(const RedisScript &other) const noexcept
{
    return d == other.d || d->sha1 == other.d->sha1;
}

/*!
    \fn bool RedisScript::operator!=(const RedisScript &other) const

    Returns whether this script and \a other have different sources.
*/

/*!
    \fn template <typename Functor> void RedisScript::run(RedisClient *client, const QList<QByteArray> &keys, const QList<QByteArray> &args, const QObject *context, Functor &&onReply) const

    Runs the script on \a client with KEYS set to \a keys and ARGV to
    \a args (binary-safe).

    \a onReply, callable with \c{const RedisValue &}, runs exactly once, on
    the client's thread, with the script's result or its error (a script
    error, or a client-side failure as for RedisClient::command()); not at
    all if \a context is destroyed first. With a \c nullptr context it is
    always called. Without a client it is called from the event loop with
    QtRedis::Error::InvalidArgument.
*/

void RedisScript::runScript(RedisClient *client, const QList<QByteArray> &keys,
                            const QList<QByteArray> &args, const QObject *context,
                            std::function<void(const RedisValue &)> onReply) const
{
    if (!client) {
        qCWarning(lcRedisScript, "RedisScript::run() called without a client");
        // Still exactly once, and never from inside run().
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QPointer<const QObject> guard(context);
            const bool hasContext = context != nullptr;
            QMetaObject::invokeMethod(app, [guard, hasContext, onReply = std::move(onReply)] {
                if (!hasContext || guard)
                    onReply(RedisValue::fromClientError(
                            QtRedis::Error::InvalidArgument,
                            QCoreApplication::translate("RedisScript", "RedisScript::run() was called without a client")));
            }, Qt::QueuedConnection);
        }
        return;
    }

    // EVALSHA sha1 numkeys key... arg...; the EVAL fallback reuses the list.
    QList<QByteArray> command;
    command.reserve(keys.size() + args.size() + 3);
    command.append(QByteArrayLiteral("EVALSHA"));
    command.append(d->sha1);
    command.append(QByteArray::number(keys.size()));
    command.append(keys);
    command.append(args);

    QPointer<RedisClient> guard(client);
    client->command(command, context,
                    [guard, context, command, source = d->source, onReply = std::move(onReply)](
                            const RedisValue &reply) mutable {
        if (!reply.isServerError() || !reply.toByteArray().startsWith("NOSCRIPT") || !guard) {
            onReply(reply);
            return;
        }
        // Not in the server's script cache: EVAL runs the script and loads it.
        // context is alive (else this callback would not run).
        command[0] = QByteArrayLiteral("EVAL");
        command[1] = source;
        guard->command(command, context, std::move(onReply));
    });
}
