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

// A Lua script run with EVALSHA, loaded on demand. A value class: copies
// share the source and its SHA1, so keep one per script (a static or a
// member) and run it as often as needed.
//
//     static const RedisScript incrIfEqual(
//         "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('INCR', KEYS[2]) end "
//         "return false");
//     incrIfEqual.run(&client, {"flag", "counter"}, {"on"}, this, [](const RedisValue &v) { ... });
//
// run() sends EVALSHA. If the server answers NOSCRIPT (its script cache was
// flushed, or it restarted, or it is another server), run() sends EVAL with
// the source, which runs the script and loads it, and reports that result.
// The fallback is issued when the NOSCRIPT reply arrives, i.e. later than
// run(): commands issued on the client after run() may complete before a
// fallback's result, and the script then runs after them. Code that needs
// the script to run in issue order should load it first (SCRIPT LOAD, or
// one run() whose result it waits for).
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
    // Lower-case hex SHA1 of source(), computed locally: what SCRIPT LOAD
    // returns and EVALSHA expects.
    QByteArray sha1() const;

    bool operator==(const RedisScript &other) const noexcept;
    bool operator!=(const RedisScript &other) const noexcept { return !(*this == other); }

    // Runs the script with KEYS = keys and ARGV = args (binary-safe).
    // onReply(const RedisValue &) runs exactly once, on the client's thread,
    // with the script's result or its error (a script error, or a client-side
    // failure as for RedisClient::command()); not at all if context is
    // destroyed first (nullptr: no context, always called).
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
