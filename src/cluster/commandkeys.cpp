// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "cluster/commandkeys_p.h"

#include <cstddef>

// The command table below follows the key specifications of Redis 7.0
// (COMMAND INFO / COMMAND GETKEYS). The router calls commandKeys() for
// every command, so the lookup allocates nothing beyond the returned
// QList: a binary search over a table sorted at compile time, comparing
// the command name case-insensitively in place.

namespace QtRedisPrivate {

namespace {

using Kind = CommandKeys::Kind;
using Combine = CommandKeys::Combine;

// How the keys of a command are found.
enum class Spec : quint8 {
    Range,        // keys first..last (last < 0: counted from the end, -1 the last argument), every step
    SplitRange,   // as Range, Kind::Split (MGET, MSET, DEL, UNLINK, EXISTS, TOUCH)
    NumKeys,      // the key count at index first, the keys after it (EVAL, ZUNION, LMPOP, BLMPOP ...)
    NumKeysDest,  // a destination key at 1, the key count at 2, the keys after it (ZUNIONSTORE ...)
    XRead,        // XREAD / XREADGROUP: options, then STREAMS key ... id ...
    GeoRadius,    // the key at 1, STORE / STOREDIST key among the options from index first
    Sort,         // the key at 1, STORE key among the options
    Migrate,      // the key at 3, or the KEYS key ... form when it is empty
    SubKey,       // <command> <subcommand> key: the key at 2 for the subcommands that take one
    Script,       // SCRIPT LOAD / FLUSH / EXISTS to every master, the rest keyless
    Function,     // FUNCTION LOAD / DELETE / FLUSH / RESTORE to every master, the rest keyless
    Select,       // SELECT 0 is keyless, any other database refused
    Refused,      // never routable (first: the Reason)
    AllMasters,   // to every master (first: the Combine)
};

enum Flag : quint8 {
    ReadOnly = 0x1,
};

enum class Reason : qint8 { Transaction, Database, ClientManaged };

struct Entry
{
    const char *name;   // upper case
    Spec spec;
    qint8 first;
    qint8 last;
    quint8 step;
    quint8 flags;
};

constexpr char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}

constexpr int compareNames(const char *a, const char *b)
{
    for (;; ++a, ++b) {
        if (*a != *b || !*a)
            return int(static_cast<unsigned char>(*a)) - int(static_cast<unsigned char>(*b));
    }
}

constexpr Entry range(const char *name, int first, int last, quint8 flags = 0, int step = 1)
{
    return {name, Spec::Range, qint8(first), qint8(last), quint8(step), flags};
}
constexpr Entry key1(const char *name, quint8 flags = 0)
{
    return range(name, 1, 1, flags);
}
constexpr Entry special(const char *name, Spec spec, int first = 0, quint8 flags = 0)
{
    return {name, spec, qint8(first), 0, 1, flags};
}
constexpr Entry refused(const char *name, Reason reason)
{
    return {name, Spec::Refused, qint8(reason), 0, 1, 0};
}
constexpr Entry allMasters(const char *name, Combine combine, quint8 flags = 0)
{
    return {name, Spec::AllMasters, qint8(combine), 0, 1, flags};
}

constexpr quint8 RO = ReadOnly;

// Sorted by name (byte order of the upper-case names: '-' < letters < '_');
// checked by the static_assert below. Commands not listed are keyless.
constexpr Entry table[] = {
    key1("APPEND"),
    refused("ASKING", Reason::ClientManaged),
    key1("BITCOUNT", RO),
    key1("BITFIELD"),
    key1("BITFIELD_RO", RO),
    range("BITOP", 2, -1),
    key1("BITPOS", RO),
    range("BLMOVE", 1, 2),
    special("BLMPOP", Spec::NumKeys, 2),
    range("BLPOP", 1, -2),
    range("BRPOP", 1, -2),
    range("BRPOPLPUSH", 1, 2),
    special("BZMPOP", Spec::NumKeys, 2),
    range("BZPOPMAX", 1, -2),
    range("BZPOPMIN", 1, -2),
    range("COPY", 1, 2),
    allMasters("DBSIZE", Combine::SumIntegers, RO),
    key1("DECR"),
    key1("DECRBY"),
    {"DEL", Spec::SplitRange, 1, -1, 1, 0},
    refused("DISCARD", Reason::Transaction),
    key1("DUMP", RO),
    special("EVAL", Spec::NumKeys, 2),
    special("EVALSHA", Spec::NumKeys, 2),
    special("EVALSHA_RO", Spec::NumKeys, 2, RO),
    special("EVAL_RO", Spec::NumKeys, 2, RO),
    refused("EXEC", Reason::Transaction),
    {"EXISTS", Spec::SplitRange, 1, -1, 1, RO},
    key1("EXPIRE"),
    key1("EXPIREAT"),
    key1("EXPIRETIME", RO),
    special("FCALL", Spec::NumKeys, 2),
    special("FCALL_RO", Spec::NumKeys, 2, RO),
    allMasters("FLUSHALL", Combine::AllOk),
    allMasters("FLUSHDB", Combine::AllOk),
    special("FUNCTION", Spec::Function),
    key1("GEOADD"),
    key1("GEODIST", RO),
    key1("GEOHASH", RO),
    key1("GEOPOS", RO),
    // Flagged "write" by Redis (STORE): a replica answers MOVED, so never read-only.
    special("GEORADIUS", Spec::GeoRadius, 6),
    special("GEORADIUSBYMEMBER", Spec::GeoRadius, 5),
    key1("GEORADIUSBYMEMBER_RO", RO),
    key1("GEORADIUS_RO", RO),
    key1("GEOSEARCH", RO),
    range("GEOSEARCHSTORE", 1, 2),
    key1("GET", RO),
    key1("GETBIT", RO),
    key1("GETDEL"),
    key1("GETEX"),
    key1("GETRANGE", RO),
    key1("GETSET"),
    key1("HDEL"),
    key1("HEXISTS", RO),
    key1("HGET", RO),
    key1("HGETALL", RO),
    key1("HINCRBY"),
    key1("HINCRBYFLOAT"),
    key1("HKEYS", RO),
    key1("HLEN", RO),
    key1("HMGET", RO),
    key1("HMSET"),
    key1("HRANDFIELD", RO),
    key1("HSCAN", RO),
    key1("HSET"),
    key1("HSETNX"),
    key1("HSTRLEN", RO),
    key1("HVALS", RO),
    key1("INCR"),
    key1("INCRBY"),
    key1("INCRBYFLOAT"),
    allMasters("KEYS", Combine::ConcatArrays, RO),
    range("LCS", 1, 2, RO),
    key1("LINDEX", RO),
    key1("LINSERT"),
    key1("LLEN", RO),
    range("LMOVE", 1, 2),
    special("LMPOP", Spec::NumKeys, 1),
    key1("LPOP"),
    key1("LPOS", RO),
    key1("LPUSH"),
    key1("LPUSHX"),
    key1("LRANGE", RO),
    key1("LREM"),
    key1("LSET"),
    key1("LTRIM"),
    special("MEMORY", Spec::SubKey, 0, RO),
    {"MGET", Spec::SplitRange, 1, -1, 1, RO},
    special("MIGRATE", Spec::Migrate),
    refused("MOVE", Reason::Database),
    {"MSET", Spec::SplitRange, 1, -1, 2, 0},
    range("MSETNX", 1, -1, 0, 2),
    refused("MULTI", Reason::Transaction),
    special("OBJECT", Spec::SubKey, 0, RO),
    key1("PERSIST"),
    key1("PEXPIRE"),
    key1("PEXPIREAT"),
    key1("PEXPIRETIME", RO),
    key1("PFADD"),
    range("PFCOUNT", 1, -1, RO),
    special("PFDEBUG", Spec::SubKey),
    range("PFMERGE", 1, -1),
    key1("PSETEX"),
    key1("PTTL", RO),
    allMasters("RANDOMKEY", Combine::AnyNode, RO),
    refused("READONLY", Reason::ClientManaged),
    refused("READWRITE", Reason::ClientManaged),
    range("RENAME", 1, 2),
    range("RENAMENX", 1, 2),
    key1("RESTORE"),
    key1("RESTORE-ASKING"),
    key1("RPOP"),
    range("RPOPLPUSH", 1, 2),
    key1("RPUSH"),
    key1("RPUSHX"),
    key1("SADD"),
    allMasters("SCAN", Combine::Scan, RO),
    key1("SCARD", RO),
    special("SCRIPT", Spec::Script),
    range("SDIFF", 1, -1, RO),
    range("SDIFFSTORE", 1, -1),
    special("SELECT", Spec::Select),
    key1("SET"),
    key1("SETBIT"),
    key1("SETEX"),
    key1("SETNX"),
    key1("SETRANGE"),
    range("SINTER", 1, -1, RO),
    special("SINTERCARD", Spec::NumKeys, 1, RO),
    range("SINTERSTORE", 1, -1),
    key1("SISMEMBER", RO),
    key1("SMEMBERS", RO),
    key1("SMISMEMBER", RO),
    range("SMOVE", 1, 2),
    // Flagged "write" by Redis (STORE): a replica answers MOVED, so never read-only.
    special("SORT", Spec::Sort),
    key1("SORT_RO", RO),
    key1("SPOP"),
    key1("SPUBLISH"),   // the shard channel is the key
    key1("SRANDMEMBER", RO),
    key1("SREM"),
    key1("SSCAN", RO),
    range("SSUBSCRIBE", 1, -1),
    key1("STRLEN", RO),
    key1("SUBSTR", RO),
    range("SUNION", 1, -1, RO),
    range("SUNIONSTORE", 1, -1),
    range("SUNSUBSCRIBE", 1, -1),
    refused("SWAPDB", Reason::Database),
    {"TOUCH", Spec::SplitRange, 1, -1, 1, RO},
    key1("TTL", RO),
    key1("TYPE", RO),
    {"UNLINK", Spec::SplitRange, 1, -1, 1, 0},
    refused("UNWATCH", Reason::Transaction),
    refused("WATCH", Reason::Transaction),
    key1("XACK"),
    key1("XADD"),
    key1("XAUTOCLAIM"),
    key1("XCLAIM"),
    key1("XDEL"),
    special("XGROUP", Spec::SubKey),
    special("XINFO", Spec::SubKey, 0, RO),
    key1("XLEN", RO),
    key1("XPENDING", RO),
    key1("XRANGE", RO),
    special("XREAD", Spec::XRead, 0, RO),
    special("XREADGROUP", Spec::XRead),
    key1("XREVRANGE", RO),
    key1("XSETID"),
    key1("XTRIM"),
    key1("ZADD"),
    key1("ZCARD", RO),
    key1("ZCOUNT", RO),
    special("ZDIFF", Spec::NumKeys, 1, RO),
    special("ZDIFFSTORE", Spec::NumKeysDest),
    key1("ZINCRBY"),
    special("ZINTER", Spec::NumKeys, 1, RO),
    special("ZINTERCARD", Spec::NumKeys, 1, RO),
    special("ZINTERSTORE", Spec::NumKeysDest),
    key1("ZLEXCOUNT", RO),
    special("ZMPOP", Spec::NumKeys, 1),
    key1("ZMSCORE", RO),
    key1("ZPOPMAX"),
    key1("ZPOPMIN"),
    key1("ZRANDMEMBER", RO),
    key1("ZRANGE", RO),
    key1("ZRANGEBYLEX", RO),
    key1("ZRANGEBYSCORE", RO),
    range("ZRANGESTORE", 1, 2),
    key1("ZRANK", RO),
    key1("ZREM"),
    key1("ZREMRANGEBYLEX"),
    key1("ZREMRANGEBYRANK"),
    key1("ZREMRANGEBYSCORE"),
    key1("ZREVRANGE", RO),
    key1("ZREVRANGEBYLEX", RO),
    key1("ZREVRANGEBYSCORE", RO),
    key1("ZREVRANK", RO),
    key1("ZSCAN", RO),
    key1("ZSCORE", RO),
    special("ZUNION", Spec::NumKeys, 1, RO),
    special("ZUNIONSTORE", Spec::NumKeysDest),
};

constexpr std::size_t tableSize = sizeof(table) / sizeof(table[0]);

constexpr bool tableSorted()
{
    for (std::size_t i = 1; i < tableSize; ++i) {
        if (compareNames(table[i - 1].name, table[i].name) >= 0)
            return false;
    }
    return true;
}
static_assert(tableSorted(), "the command table must be sorted by name, without duplicates");

constexpr std::size_t longestName()
{
    std::size_t longest = 0;
    for (const Entry &entry : table) {
        std::size_t n = 0;
        while (entry.name[n])
            ++n;
        if (n > longest)
            longest = n;
    }
    return longest;
}
constexpr std::size_t maxNameLength = longestName();

// Compares name (size bytes, any case) with an upper-case table name.
int compareCommand(const char *name, qsizetype size, const char *entry)
{
    for (qsizetype i = 0; i < size; ++i, ++entry) {
        const char c = upper(name[i]);
        if (c != *entry || !*entry)
            return int(static_cast<unsigned char>(c)) - int(static_cast<unsigned char>(*entry));
    }
    return *entry ? -1 : 0;
}

const Entry *findCommand(const QByteArray &name)
{
    if (name.isEmpty() || std::size_t(name.size()) > maxNameLength)
        return nullptr;
    std::size_t low = 0;
    std::size_t high = tableSize;
    while (low < high) {
        const std::size_t middle = (low + high) / 2;
        const int order = compareCommand(name.constData(), name.size(), table[middle].name);
        if (order == 0)
            return &table[middle];
        if (order < 0)
            high = middle;
        else
            low = middle + 1;
    }
    return nullptr;
}

// arg equals word (upper case) ignoring case.
bool is(const QByteArray &arg, const char *word)
{
    return compareCommand(arg.constData(), arg.size(), word) == 0;
}

// A non-negative decimal count as Redis parses it (COMMAND GETKEYS takes
// "+2" as well); -1 when arg is none.
int parseCount(const QByteArray &arg)
{
    const char *digits = arg.constData();
    qsizetype size = arg.size();
    if (size > 1 && digits[0] == '+') {
        ++digits;
        --size;
    }
    if (size == 0 || size > 9)
        return -1;
    int value = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (digits[i] < '0' || digits[i] > '9')
            return -1;
        value = value * 10 + (digits[i] - '0');
    }
    return value;
}

// Appends the count given at args[countAt] keys that follow it; false
// (and nothing appended) when the count is malformed or larger than the
// arguments there are.
bool appendCounted(const QList<QByteArray> &args, int countAt, QList<int> &keys)
{
    if (countAt >= args.size())
        return false;
    const int count = parseCount(args.at(countAt));
    if (count < 0 || count > args.size() - countAt - 1)
        return false;
    keys.reserve(keys.size() + count);
    for (int i = 0; i < count; ++i)
        keys.append(countAt + 1 + i);
    return true;
}

void appendRange(const QList<QByteArray> &args, const Entry &entry, QList<int> &keys)
{
    const int size = int(args.size());
    const int first = entry.first;
    const int last = entry.last < 0 ? size + entry.last : entry.last;
    if (first >= size || last < first)
        return;
    const int end = last < size ? last : size - 1;
    if (entry.step > 1 && (size - first) % entry.step != 0)
        return;   // MSET k v k: a pair short, the server refuses it
    keys.reserve((end - first) / entry.step + 1);
    for (int i = first; i <= end; i += entry.step)
        keys.append(i);
}

// XREAD [COUNT n] [BLOCK ms] STREAMS key ... id ...,
// XREADGROUP GROUP g c [COUNT n] [BLOCK ms] [NOACK] STREAMS key ... id ...:
// the options are skipped by their arity, as the server does, so that a
// group or consumer named "streams" is not taken for the keyword.
void appendXRead(const QList<QByteArray> &args, QList<int> &keys)
{
    const int size = int(args.size());
    int streams = -1;
    for (int i = 1; i < size; ++i) {
        const QByteArray &arg = args.at(i);
        if (is(arg, "COUNT") || is(arg, "BLOCK")) {
            ++i;
        } else if (is(arg, "GROUP")) {
            i += 2;
        } else if (is(arg, "NOACK")) {
            // no argument
        } else if (is(arg, "STREAMS")) {
            streams = i;
            break;
        } else {
            return;
        }
    }
    if (streams < 0)
        return;
    const int rest = size - streams - 1;
    if (rest == 0 || rest % 2 != 0)
        return;
    keys.reserve(rest / 2);
    for (int i = 0; i < rest / 2; ++i)
        keys.append(streams + 1 + i);
}

// GEORADIUS key lon lat radius unit [options], GEORADIUSBYMEMBER key member
// radius unit [options]: STORE key / STOREDIST key (the last one given).
void appendGeoRadius(const QList<QByteArray> &args, int optionsFrom, QList<int> &keys)
{
    if (args.size() < 2)
        return;
    keys.append(1);
    int stored = -1;
    for (int i = optionsFrom; i + 1 < args.size(); ++i) {
        if (is(args.at(i), "STORE") || is(args.at(i), "STOREDIST"))
            stored = ++i;
    }
    if (stored > 0)
        keys.append(stored);
}

// SORT key [BY pattern] [LIMIT offset count] [GET pattern ...] [ASC|DESC]
// [ALPHA] [STORE destination]. The BY and GET patterns name other keys,
// which a cluster refuses; they are not keys here.
void appendSort(const QList<QByteArray> &args, QList<int> &keys)
{
    if (args.size() < 2)
        return;
    keys.append(1);
    int stored = -1;
    for (int i = 2; i < args.size(); ++i) {
        const QByteArray &arg = args.at(i);
        if (is(arg, "LIMIT"))
            i += 2;
        else if (is(arg, "BY") || is(arg, "GET"))
            ++i;
        else if (is(arg, "STORE") && i + 1 < args.size())
            stored = ++i;
    }
    if (stored > 0)
        keys.append(stored);
}

// MIGRATE host port key|"" db timeout [COPY] [REPLACE] [AUTH pw | AUTH2 user pw] [KEYS key ...]
void appendMigrate(const QList<QByteArray> &args, QList<int> &keys)
{
    const int size = int(args.size());
    if (size < 4)
        return;
    int keysAt = -1;
    for (int i = 6; i < size; ++i) {
        const QByteArray &arg = args.at(i);
        if (is(arg, "AUTH")) {
            ++i;
        } else if (is(arg, "AUTH2")) {
            i += 2;
        } else if (is(arg, "KEYS")) {
            keysAt = i;
            break;
        }
    }
    if (!args.at(3).isEmpty()) {
        if (keysAt < 0)   // both a key and KEYS: the server refuses it
            keys.append(3);
        return;
    }
    if (keysAt < 0)
        return;
    keys.reserve(size - keysAt - 1);
    for (int i = keysAt + 1; i < size; ++i)
        keys.append(i);
}

// <command> <subcommand> key ...: whether the subcommand takes the key at 2.
bool subcommandHasKey(const char *command, const QByteArray &sub)
{
    switch (command[0]) {
    case 'M':   // MEMORY
        return is(sub, "USAGE");
    case 'O':   // OBJECT
        return is(sub, "ENCODING") || is(sub, "FREQ") || is(sub, "IDLETIME") || is(sub, "REFCOUNT");
    case 'P':   // PFDEBUG
        return true;
    case 'X':
        if (command[1] == 'I')   // XINFO
            return is(sub, "STREAM") || is(sub, "GROUPS") || is(sub, "CONSUMERS");
        // XGROUP
        return is(sub, "CREATE") || is(sub, "CREATECONSUMER") || is(sub, "DELCONSUMER")
            || is(sub, "DESTROY") || is(sub, "SETID");
    default:
        return false;
    }
}

const char *refusalText(Reason reason)
{
    switch (reason) {
    case Reason::Transaction:
        return "use RedisTransaction: it binds the transaction to its keys' slot";
    case Reason::Database:
        return "a cluster has database 0 only";
    case Reason::ClientManaged:
        return "the client manages READONLY/ASKING itself";
    }
    return "";
}

void refuse(CommandKeys &keys, Reason reason)
{
    keys.kind = Kind::Refused;
    keys.refusal = QByteArray::fromRawData(refusalText(reason), qsizetype(qstrlen(refusalText(reason))));
}

} // namespace

CommandKeys commandKeys(const QList<QByteArray> &args)
{
    CommandKeys keys;
    if (args.isEmpty())
        return keys;
    const Entry *entry = findCommand(args.constFirst());
    if (!entry)
        return keys;   // keyless, or unknown: a MOVED redirect corrects a wrong guess

    keys.readOnly = entry->flags & ReadOnly;
    keys.kind = Kind::Keyed;
    switch (entry->spec) {
    case Spec::Range:
        appendRange(args, *entry, keys.keyIndexes);
        break;
    case Spec::SplitRange:
        appendRange(args, *entry, keys.keyIndexes);
        // Without a key (a malformed command), nothing to split: one node
        // gets it and reports the error.
        if (!keys.keyIndexes.isEmpty()) {
            keys.kind = Kind::Split;
            keys.splitStep = entry->step;
        }
        break;
    case Spec::NumKeys:
        appendCounted(args, entry->first, keys.keyIndexes);
        break;
    case Spec::NumKeysDest:
        if (args.size() > 1) {
            keys.keyIndexes.append(1);
            if (!appendCounted(args, 2, keys.keyIndexes))
                keys.keyIndexes.clear();
        }
        break;
    case Spec::XRead:
        appendXRead(args, keys.keyIndexes);
        break;
    case Spec::GeoRadius:
        appendGeoRadius(args, entry->first, keys.keyIndexes);
        break;
    case Spec::Sort:
        appendSort(args, keys.keyIndexes);
        break;
    case Spec::Migrate:
        appendMigrate(args, keys.keyIndexes);
        break;
    case Spec::SubKey:
        if (args.size() > 1 && subcommandHasKey(entry->name, args.at(1))) {
            if (args.size() > 2)
                keys.keyIndexes.append(2);
        } else {
            keys.kind = Kind::Keyless;   // OBJECT HELP, MEMORY STATS, XINFO HELP ...
        }
        break;
    case Spec::Script:
        keys.kind = Kind::Keyless;
        if (args.size() > 1) {
            const QByteArray &sub = args.at(1);
            if (is(sub, "LOAD") || is(sub, "FLUSH")) {
                keys.kind = Kind::AllMasters;
                keys.combine = Combine::AllOk;
            } else if (is(sub, "EXISTS")) {
                keys.kind = Kind::AllMasters;
                keys.combine = Combine::AndIntegers;
            }
        }
        break;
    case Spec::Function:
        keys.kind = Kind::Keyless;
        if (args.size() > 1) {
            const QByteArray &sub = args.at(1);
            if (is(sub, "LOAD") || is(sub, "DELETE") || is(sub, "FLUSH") || is(sub, "RESTORE")) {
                keys.kind = Kind::AllMasters;
                keys.combine = Combine::AllOk;
            }
        }
        break;
    case Spec::Select:
        keys.kind = Kind::Keyless;
        if (args.size() > 1 && parseCount(args.at(1)) != 0)
            refuse(keys, Reason::Database);
        break;
    case Spec::Refused:
        refuse(keys, Reason(entry->first));
        break;
    case Spec::AllMasters:
        keys.kind = Kind::AllMasters;
        keys.combine = Combine(entry->first);
        break;
    }
    return keys;
}

} // namespace QtRedisPrivate
