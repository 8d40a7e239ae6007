// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISSCRIPT_H
#define REDISSCRIPT_H

#include "redisglobal.h"
#include "redisvalue.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qshareddata.h>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

class RedisClient;
class RedisScriptPrivate;

// A Lua script run with EVALSHA, loaded with EVAL on NOSCRIPT; a cheap-to-copy value.
class QTREDIS_EXPORT RedisScript
{
public:
    explicit RedisScript(const QByteArray &source);
    RedisScript(const RedisScript &other) noexcept;
    RedisScript(RedisScript &&other) noexcept;
    RedisScript &operator=(const RedisScript &other) noexcept;
    RedisScript &operator=(RedisScript &&other) noexcept;
    ~RedisScript();

    void swap(RedisScript &other) noexcept { d.swap(other.d); }

    QByteArray source() const;
    QByteArray sha1() const; // lower-case hex, as SCRIPT LOAD returns it

    bool operator==(const RedisScript &other) const noexcept;
    bool operator!=(const RedisScript &other) const noexcept { return !(*this == other); }

    // onReply runs exactly once, unless context is destroyed first.
    template <typename Functor>
    void run(RedisClient *client, const QList<QByteArray> &keys, const QList<QByteArray> &args,
             const QObject *context, Functor &&onReply) const
    {
        using F = std::decay_t<Functor>;
        static_assert(std::is_invocable_v<F &, const RedisValue &>,
                      "the callback must be callable with (const RedisValue &)");
        if constexpr (std::is_copy_constructible_v<F>) {
            runScript(client, keys, args, context,
                      std::function<void(const RedisValue &)>(std::forward<Functor>(onReply)));
        } else {
            // std::function needs a copyable target: share a move-only one.
            auto shared = std::make_shared<F>(std::forward<Functor>(onReply));
            runScript(client, keys, args, context,
                      [shared](const RedisValue &value) { (*shared)(value); });
        }
    }

private:
    void runScript(RedisClient *client, const QList<QByteArray> &keys, const QList<QByteArray> &args,
                   const QObject *context, std::function<void(const RedisValue &)> onReply) const;

    QExplicitlySharedDataPointer<RedisScriptPrivate> d;
};

Q_DECLARE_SHARED(RedisScript)

#endif // REDISSCRIPT_H
