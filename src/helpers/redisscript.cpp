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

RedisScript::RedisScript(const QByteArray &source) : d(new RedisScriptPrivate)
{
    d->source = source;
    d->sha1 = QCryptographicHash::hash(source, QCryptographicHash::Sha1).toHex();
}

RedisScript::RedisScript(const RedisScript &other) noexcept = default;
RedisScript::RedisScript(RedisScript &&other) noexcept = default;
RedisScript &RedisScript::operator=(const RedisScript &other) noexcept = default;
RedisScript &RedisScript::operator=(RedisScript &&other) noexcept = default;
RedisScript::~RedisScript() = default;

QByteArray RedisScript::source() const
{
    return d->source;
}

QByteArray RedisScript::sha1() const
{
    return d->sha1;
}

bool RedisScript::operator==(const RedisScript &other) const noexcept
{
    return d == other.d || d->sha1 == other.d->sha1;
}

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
