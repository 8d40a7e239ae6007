// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
//
// libFuzzer target: bytes from a (hostile) server -> hiredis's reply reader
// -> RedisValueBuilder::fromReply -> every RedisValue accessor.
//
// The reader runs with the client's own reply guard (src/transport/replyguard.cpp):
// object functions that call hiredis's defaults but refuse a top-level,
// non-error reply that no command waits for, and arrays beyond a size limit.
//
// Input layout (scripts/fuzz.sh's seed corpus uses it):
//   byte 0  mode: bits 0-3 = commands in flight (0..14; 15 = unlimited),
//           bit 4 = subscribed/monitor mode (nothing is refused, an error
//           reply nobody asked for does not end the connection)
//   byte 1  split: 0 feeds the rest in one piece; n > 0 feeds it in chunks
//           of 1..n bytes (pseudo-random sizes seeded by n; 1 = byte by byte)
//   rest    what the server sends.
// After each chunk the reader is drained the way async.c does it (get replies
// until none is complete), so every partial-read state is exercised.
//
// Environment: QTREDIS_FUZZ_ARRAY_CAP (default 1048576; 0 = no cap), set as
// the guard's array limit. hiredis 0.14 allocates 8 * N bytes for "*N\r\n"
// before any element arrives; the library's own limit (64 Mi elements) would
// still let nested arrays exceed libFuzzer's malloc limit, and an input of at
// most -max_len bytes cannot complete an array that large anyway.

#include "redisvalue.h"
#include "core/redisvalue_p.h"
#include "transport/redisvaluebuilder_p.h"
#include "transport/replyguard_p.h"

#include <QtCore/qdebug.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringconverter.h>
#include <QtCore/qvariant.h>

#include <hiredis/hiredis.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

#define FUZZ_CHECK(cond)                                                                   \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            std::fprintf(stderr, "fuzz_reply: check failed: %s (%s:%d)\n", #cond, __FILE__, \
                         __LINE__);                                                        \
            std::abort();                                                                  \
        }                                                                                  \
    } while (0)

// --- the client's reply guard, the real one --------------------------------

struct Connection : RedisReplyGuard
{
    int pending = 0;          // commands whose reply has not arrived yet
    bool subscribed = false;  // REDIS_SUBSCRIBED | REDIS_MONITORING

protected:
    bool replyExpected() const override { return pending > 0 || subscribed; }
};

// --- checks on the value ----------------------------------------------------

bool hasLayoutBreakingControl(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if ((u < 0x20 && u != u'\n') || u == 0x7f)
            return true;
    }
    return false;
}

void checkValue(const redisReply *r, const RedisValue &v, int depth)
{
    FUZZ_CHECK(depth <= 64);
    using Type = RedisValue::Type;

    // Copies, moves, swap and equality (deep: a second, independent build).
    const RedisValue copy = v;
    FUZZ_CHECK(copy == v);
    FUZZ_CHECK(!(copy != v));
    const RedisValue rebuilt = RedisValueBuilder::fromReply(r);
    FUZZ_CHECK(rebuilt == v);
    RedisValue moved = RedisValue(rebuilt);
    RedisValue other = RedisValue::fromClientError(QtRedis::Error::ProtocolError, QStringLiteral("x"));
    moved.swap(other);
    FUZZ_CHECK(other == v);
    FUZZ_CHECK(moved != v);
    FUZZ_CHECK(moved.isClientError());

    const QByteArray bytes = v.toByteArray();
    const QVariant variant = v.toVariant();
    const QString cli = v.toCliString();
    FUZZ_CHECK(!cli.isEmpty() || (v.isStatus() && v.size() == 0)); // redis-cli prints "+\r\n" as nothing
    FUZZ_CHECK(!hasLayoutBreakingControl(cli));
    FUZZ_CHECK(v.at(-1).isNil());
    FUZZ_CHECK(v.at(v.size()).isNil());
    bool ok = false;
    (void)v.toInteger(&ok);
    (void)v.errorString();
    QString debugText;
    QDebug(&debugText) << v;
    FUZZ_CHECK(!debugText.isEmpty());

    switch (r->type) {
    case REDIS_REPLY_NIL:
        FUZZ_CHECK(v.type() == Type::Nil && v.isNil());
        FUZZ_CHECK(v.size() == 0 && bytes.isEmpty());
        FUZZ_CHECK(variant.isValid());
        break;
    case REDIS_REPLY_INTEGER:
#if HIREDIS_MAJOR >= 1
    case REDIS_REPLY_BOOL:
#endif
        FUZZ_CHECK(v.type() == Type::Integer);
        FUZZ_CHECK(v.toInteger(&ok) == r->integer && ok);
        FUZZ_CHECK(bytes == QByteArray::number(r->integer));
        FUZZ_CHECK(variant.toLongLong() == r->integer);
        FUZZ_CHECK(v.size() == 0);
        FUZZ_CHECK(v == RedisValue::fromInteger(r->integer));
        break;
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
    case REDIS_REPLY_STRING:
    default: {
        if (r->type == REDIS_REPLY_ERROR) {
            FUZZ_CHECK(v.type() == Type::Error && v.isError() && v.isServerError());
            FUZZ_CHECK(!v.isClientError());
            // Every byte decoded, a leading byte order mark included.
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
            FUZZ_CHECK(v.errorString() == QString(decoder.decode(bytes)));
            FUZZ_CHECK(cli.startsWith(QLatin1String("(error) ")));
        } else if (r->type == REDIS_REPLY_STATUS) {
            FUZZ_CHECK(v.type() == Type::Status);
        } else {
            FUZZ_CHECK(v.type() == Type::String);
            FUZZ_CHECK(cli.startsWith(QLatin1Char('"')) && cli.endsWith(QLatin1Char('"')));
        }
        const QByteArray expected = r->str ? QByteArray(r->str, qsizetype(r->len)) : QByteArray();
        FUZZ_CHECK(bytes == expected); // binary-safe: \0, \r\n survive
        FUZZ_CHECK(v.size() == expected.size());
        FUZZ_CHECK(variant.isValid());
        if (variant.typeId() == QMetaType::QByteArray)
            FUZZ_CHECK(variant.toByteArray() == expected);
        else if (r->type != REDIS_REPLY_ERROR) // text only when it round-trips exactly
            FUZZ_CHECK(variant.typeId() == QMetaType::QString && variant.toString().toUtf8() == expected);
        // The builder and the public factories agree.
        if (r->type == REDIS_REPLY_ERROR)
            FUZZ_CHECK(v == RedisValue::fromError(expected));
        else if (r->type == REDIS_REPLY_STATUS)
            FUZZ_CHECK(v == RedisValue::fromStatus(expected));
        else
            FUZZ_CHECK(v == RedisValue::fromString(expected));
        break;
    }
    case REDIS_REPLY_ARRAY:
#if HIREDIS_MAJOR >= 1
    case REDIS_REPLY_MAP:
    case REDIS_REPLY_SET:
    case REDIS_REPLY_PUSH:
#endif
    {
        FUZZ_CHECK(v.type() == Type::Array && v.isArray());
        FUZZ_CHECK(size_t(v.size()) == r->elements);
        FUZZ_CHECK(bytes.isEmpty());
        const QList<RedisValue> elements = v.toArray();
        FUZZ_CHECK(size_t(elements.size()) == r->elements);
        FUZZ_CHECK(variant.typeId() == QMetaType::QVariantList);
        FUZZ_CHECK(size_t(variant.toList().size()) == r->elements);
        if (r->elements == 0)
            FUZZ_CHECK(cli == QLatin1String("(empty array)"));
        for (size_t i = 0; i < r->elements; ++i) {
            const RedisValue element = v.at(qsizetype(i));
            FUZZ_CHECK(element == elements.at(qsizetype(i)));
            checkValue(r->element[i], element, depth + 1);
        }
        FUZZ_CHECK(v == RedisValue::fromArray(elements)); // element-wise, not the shared pointer
        break;
    }
    }
}

// --- chunked feeding ----------------------------------------------------------

struct Chunker
{
    uint32_t state;
    size_t maxChunk;
    size_t next(size_t remaining)
    {
        if (maxChunk == 0)
            return remaining;
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const size_t n = 1 + state % maxChunk;
        return n < remaining ? n : remaining;
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    RedisReplyGuard::maxArrayElements = 1 << 20;
    if (const char *cap = std::getenv("QTREDIS_FUZZ_ARRAY_CAP"))
        RedisReplyGuard::maxArrayElements = std::strtoll(cap, nullptr, 10);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return -1; // not even a header: keep it out of the corpus
    const uint8_t mode = data[0];
    Chunker chunker{0x9e3779b9u ^ (uint32_t(data[1]) * 0x01000193u), data[1]};
    data += 2;
    size -= 2;

    Connection conn;
    conn.pending = (mode & 0x0f) == 0x0f ? 1 << 30 : (mode & 0x0f);
    conn.subscribed = mode & 0x10;

    redisReader *reader = redisReaderCreate();
    FUZZ_CHECK(reader && reader->fn);
    FUZZ_CHECK(RedisReplyGuard::install(reader, &conn));

    bool connected = true;
    size_t offset = 0;
    while (connected && offset < size) {
        const size_t n = chunker.next(size - offset);
        FUZZ_CHECK(redisReaderFeed(reader, reinterpret_cast<const char *>(data + offset), n) == REDIS_OK);
        offset += n;

        // async.c's redisProcessCallbacks(): take replies until none is complete.
        for (;;) {
            void *reply = nullptr;
            if (redisReaderGetReply(reader, &reply) != REDIS_OK) {
                FUZZ_CHECK(reply == nullptr);
                FUZZ_CHECK(reader->err != 0);
                // A refusal surfaces as hiredis's out-of-memory error.
                if (conn.refusal() != RedisReplyGuard::Refusal::None)
                    FUZZ_CHECK(reader->err == REDIS_ERR_OOM);
                connected = false;
                break;
            }
            if (!reply)
                break;
            const auto *r = static_cast<const redisReply *>(reply);
            FUZZ_CHECK(conn.refusal() == RedisReplyGuard::Refusal::None);
            const bool solicited = conn.pending > 0 || conn.subscribed;
            FUZZ_CHECK(solicited || r->type == REDIS_REPLY_ERROR);

            checkValue(r, RedisValueBuilder::fromReply(r), 0);

            reader->fn->freeObject(reply); // freeReplyObject() through the wrapper, as async.c does
            if (conn.pending > 0 && conn.pending < (1 << 30))
                --conn.pending;
            if (!solicited)
                connected = false; // async.c disconnects on an error reply nobody asked for
            if (!connected)
                break;
        }
    }

    redisReaderFree(reader); // frees a partly built reply too
    return 0;
}
