// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The cluster router's command table (commandKeys) and hash slots
// (keyHashSlot): no server needed.
#include <QtTest/QtTest>

#include "cluster/commandkeys_p.h"
#include "cluster/keyslot_p.h"

using QtRedisPrivate::CommandKeys;
using Kind = CommandKeys::Kind;
using Combine = CommandKeys::Combine;

class tst_ClusterKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keys_data();
    void keys();
    void split_data();
    void split();
    void allMasters_data();
    void allMasters();
    void refused_data();
    void refused();
    void emptyArgs();
    void hugeCount();
    void keyHashSlot_data();
    void keyHashSlot();
    void crc16();
};

namespace {

// "GET foo" -> {"GET", "foo"}; the token '' stands for an empty argument.
QList<QByteArray> argsOf(const char *line)
{
    QList<QByteArray> args;
    const QList<QByteArray> words = QByteArray(line).split(' ');
    for (const QByteArray &word : words)
        args.append(word == "''" ? QByteArray() : word);
    return args;
}

void keyRow(const char *line, Kind kind, const QList<int> &keys, bool readOnly)
{
    QTest::newRow(line) << argsOf(line) << int(kind) << keys << readOnly;
}

} // namespace

void tst_ClusterKeys::keys_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<bool>("readOnly");

    const Kind K = Kind::Keyed;
    const Kind L = Kind::Keyless;

    // strings and case-insensitivity
    keyRow("GET foo", K, {1}, true);
    keyRow("get foo", K, {1}, true);
    keyRow("gEt foo", K, {1}, true);
    keyRow("SET foo bar", K, {1}, false);
    keyRow("set foo bar EX 10", K, {1}, false);
    keyRow("APPEND foo bar", K, {1}, false);
    keyRow("INCRBYFLOAT foo 1.5", K, {1}, false);
    keyRow("STRLEN foo", K, {1}, true);
    keyRow("GETRANGE foo 0 3", K, {1}, true);
    keyRow("GETEX foo PERSIST", K, {1}, false);
    keyRow("GETDEL foo", K, {1}, false);
    keyRow("GETSET foo bar", K, {1}, false);
    keyRow("LCS a b", K, {1, 2}, true);
    keyRow("MSETNX a 1 b 2", K, {1, 3}, false);
    keyRow("MSETNX a 1 b", K, {}, false);
    // bitmaps
    keyRow("GETBIT foo 7", K, {1}, true);
    keyRow("SETBIT foo 7 1", K, {1}, false);
    keyRow("BITCOUNT foo", K, {1}, true);
    keyRow("BITPOS foo 1", K, {1}, true);
    keyRow("BITFIELD foo GET u8 0", K, {1}, false);
    keyRow("BITFIELD_RO foo GET u8 0", K, {1}, true);
    keyRow("bitfield_ro foo GET u8 0", K, {1}, true);
    keyRow("BITOP AND dest a b", K, {2, 3, 4}, false);
    keyRow("BITOP NOT dest a", K, {2, 3}, false);
    // hashes
    keyRow("HGET h f", K, {1}, true);
    keyRow("HGETALL h", K, {1}, true);
    keyRow("HMGET h a b", K, {1}, true);
    keyRow("HSET h f v", K, {1}, false);
    keyRow("HSCAN h 0", K, {1}, true);
    keyRow("HRANDFIELD h 2", K, {1}, true);
    keyRow("HINCRBY h f 1", K, {1}, false);
    // lists
    keyRow("LRANGE l 0 -1", K, {1}, true);
    keyRow("LINDEX l 0", K, {1}, true);
    keyRow("LLEN l", K, {1}, true);
    keyRow("LPOS l x", K, {1}, true);
    keyRow("LPUSH l x", K, {1}, false);
    keyRow("LMOVE a b LEFT RIGHT", K, {1, 2}, false);
    keyRow("BLMOVE a b LEFT RIGHT 0", K, {1, 2}, false);
    keyRow("RPOPLPUSH a b", K, {1, 2}, false);
    keyRow("BRPOPLPUSH a b 0", K, {1, 2}, false);
    keyRow("BLPOP a b c 0", K, {1, 2, 3}, false);
    keyRow("BRPOP a 5", K, {1}, false);
    keyRow("BLPOP 0", K, {}, false);
    keyRow("LMPOP 2 a b LEFT COUNT 3", K, {2, 3}, false);
    keyRow("BLMPOP 0.5 2 a b LEFT", K, {3, 4}, false);
    keyRow("blmpop 0 1 a right", K, {3}, false);
    // sets
    keyRow("SMEMBERS s", K, {1}, true);
    keyRow("SISMEMBER s m", K, {1}, true);
    keyRow("SMISMEMBER s m n", K, {1}, true);
    keyRow("SCARD s", K, {1}, true);
    keyRow("SSCAN s 0", K, {1}, true);
    keyRow("SRANDMEMBER s", K, {1}, true);
    keyRow("SADD s m", K, {1}, false);
    keyRow("SPOP s", K, {1}, false);
    keyRow("SMOVE a b m", K, {1, 2}, false);
    keyRow("SUNION a b c", K, {1, 2, 3}, true);
    keyRow("SINTER a b", K, {1, 2}, true);
    keyRow("SDIFF a", K, {1}, true);
    keyRow("SINTERSTORE d a b", K, {1, 2, 3}, false);
    keyRow("SUNIONSTORE d a", K, {1, 2}, false);
    keyRow("SDIFFSTORE d a b", K, {1, 2, 3}, false);
    keyRow("SINTERCARD 2 a b LIMIT 5", K, {2, 3}, true);
    // sorted sets
    keyRow("ZRANGE z 0 -1", K, {1}, true);
    keyRow("ZRANGESTORE d z 0 -1", K, {1, 2}, false);
    keyRow("ZSCORE z m", K, {1}, true);
    keyRow("ZMSCORE z m n", K, {1}, true);
    keyRow("ZCARD z", K, {1}, true);
    keyRow("ZCOUNT z 0 1", K, {1}, true);
    keyRow("ZRANK z m", K, {1}, true);
    keyRow("ZREVRANK z m", K, {1}, true);
    keyRow("ZSCAN z 0", K, {1}, true);
    keyRow("ZRANDMEMBER z", K, {1}, true);
    keyRow("ZADD z 1 m", K, {1}, false);
    keyRow("ZINCRBY z 1 m", K, {1}, false);
    keyRow("ZUNIONSTORE d 2 a b WEIGHTS 1 2", K, {1, 3, 4}, false);
    keyRow("ZINTERSTORE d 1 a", K, {1, 3}, false);
    keyRow("ZDIFFSTORE d 2 a b", K, {1, 3, 4}, false);
    keyRow("zunionstore d 3 a b", K, {}, false);
    keyRow("ZUNION 2 a b WITHSCORES", K, {2, 3}, true);
    keyRow("ZINTER 1 a", K, {2}, true);
    keyRow("ZDIFF 2 a b", K, {2, 3}, true);
    keyRow("ZINTERCARD 2 a b", K, {2, 3}, true);
    keyRow("ZMPOP 2 a b MIN", K, {2, 3}, false);
    keyRow("BZMPOP 1 2 a b MAX COUNT 2", K, {3, 4}, false);
    keyRow("BZPOPMIN a b 0", K, {1, 2}, false);
    keyRow("BZPOPMAX a 0", K, {1}, false);
    // streams
    keyRow("XADD s * f v", K, {1}, false);
    keyRow("XRANGE s - +", K, {1}, true);
    keyRow("XREVRANGE s + -", K, {1}, true);
    keyRow("XLEN s", K, {1}, true);
    keyRow("XPENDING s g", K, {1}, true);
    keyRow("XACK s g 1-0", K, {1}, false);
    keyRow("XREAD STREAMS a b 0 0", K, {2, 3}, true);
    keyRow("XREAD COUNT 10 BLOCK 0 STREAMS a 0", K, {6}, true);
    keyRow("xread block 0 streams a b c $ $ $", K, {4, 5, 6}, true);
    keyRow("XREAD STREAMS a b 0", K, {}, true);
    keyRow("XREAD STREAMS", K, {}, true);
    keyRow("XREAD COUNT 1", K, {}, true);
    keyRow("XREADGROUP GROUP g c STREAMS a >", K, {5}, false);
    keyRow("XREADGROUP GROUP streams streams COUNT 1 NOACK STREAMS a b > >", K, {8, 9}, false);
    keyRow("XINFO STREAM s", K, {2}, true);
    keyRow("xinfo groups s", K, {2}, true);
    keyRow("XINFO CONSUMERS s g", K, {2}, true);
    keyRow("XINFO HELP", L, {}, true);
    keyRow("XGROUP CREATE s g $ MKSTREAM", K, {2}, false);
    keyRow("XGROUP DESTROY s g", K, {2}, false);
    keyRow("XGROUP SETID s g 0", K, {2}, false);
    keyRow("XGROUP CREATECONSUMER s g c", K, {2}, false);
    keyRow("XGROUP HELP", L, {}, false);
    // geo
    keyRow("GEOADD g 13.3 38.1 p", K, {1}, false);
    keyRow("GEODIST g a b", K, {1}, true);
    keyRow("GEOPOS g a", K, {1}, true);
    keyRow("GEOHASH g a", K, {1}, true);
    keyRow("GEOSEARCH g FROMMEMBER a BYRADIUS 1 km", K, {1}, true);
    keyRow("GEOSEARCHSTORE d g FROMMEMBER a BYRADIUS 1 km", K, {1, 2}, false);
    keyRow("GEORADIUS g 15 37 200 km", K, {1}, false);
    keyRow("GEORADIUS g 15 37 200 km STORE d", K, {1, 7}, false);
    keyRow("georadius g 15 37 200 km count 3 storedist d", K, {1, 9}, false);
    keyRow("GEORADIUS g 15 37 200 km STORE", K, {1}, false);
    keyRow("GEORADIUSBYMEMBER g m 200 km STORE d", K, {1, 6}, false);
    keyRow("GEORADIUS_RO g 15 37 200 km", K, {1}, true);
    keyRow("GEORADIUSBYMEMBER_RO g m 200 km", K, {1}, true);
    // hyperloglog
    keyRow("PFADD h a b", K, {1}, false);
    keyRow("PFCOUNT a b", K, {1, 2}, true);
    keyRow("PFMERGE d a b", K, {1, 2, 3}, false);
    // generic keyspace
    keyRow("TYPE k", K, {1}, true);
    keyRow("TTL k", K, {1}, true);
    keyRow("PTTL k", K, {1}, true);
    keyRow("EXPIRE k 10", K, {1}, false);
    keyRow("PEXPIREAT k 10", K, {1}, false);
    keyRow("EXPIRETIME k", K, {1}, true);
    keyRow("PERSIST k", K, {1}, false);
    keyRow("RENAME a b", K, {1, 2}, false);
    keyRow("RENAMENX a b", K, {1, 2}, false);
    keyRow("COPY a b REPLACE", K, {1, 2}, false);
    keyRow("DUMP k", K, {1}, true);
    keyRow("RESTORE k 0 payload", K, {1}, false);
    keyRow("OBJECT ENCODING k", K, {2}, true);
    keyRow("object freq k", K, {2}, true);
    keyRow("OBJECT IDLETIME k", K, {2}, true);
    keyRow("OBJECT HELP", L, {}, true);
    keyRow("MEMORY USAGE k SAMPLES 5", K, {2}, true);
    keyRow("MEMORY STATS", L, {}, true);
    keyRow("SORT k", K, {1}, false);
    keyRow("SORT k BY w_* LIMIT 0 10 GET o_* GET # ALPHA STORE d", K, {1, 13}, false);
    keyRow("sort k limit 0 10 store d", K, {1, 6}, false);
    keyRow("SORT k GET store", K, {1}, false);
    keyRow("SORT_RO k BY w_*", K, {1}, true);
    keyRow("MIGRATE h 6379 k 0 5000", K, {3}, false);
    keyRow("MIGRATE h 6379 '' 0 5000 COPY REPLACE KEYS a b", K, {9, 10}, false);
    keyRow("MIGRATE h 6379 '' 0 5000 AUTH keys KEYS a", K, {9}, false);
    keyRow("MIGRATE h 6379 '' 0 5000 AUTH2 u keys KEYS a b", K, {10, 11}, false);
    keyRow("MIGRATE h 6379 '' 0 5000", K, {}, false);
    keyRow("MIGRATE h 6379 k 0 5000 KEYS a", K, {}, false);
    // scripting and functions
    keyRow("EVAL script 2 a b x", K, {3, 4}, false);
    keyRow("EVAL script 0", K, {}, false);
    keyRow("EVALSHA sha 1 a", K, {3}, false);
    keyRow("EVAL_RO script 1 a", K, {3}, true);
    keyRow("evalsha_ro sha 1 a x", K, {3}, true);
    keyRow("FCALL f 2 a b", K, {3, 4}, false);
    keyRow("FCALL_RO f 1 a", K, {3}, true);
    keyRow("SCRIPT KILL", L, {}, false);
    keyRow("SCRIPT HELP", L, {}, false);
    keyRow("FUNCTION LIST", L, {}, false);
    keyRow("FUNCTION STATS", L, {}, false);
    // malformed counts: no keys, no crash
    keyRow("EVAL script 3 a b", K, {}, false);
    keyRow("EVAL script -1 a", K, {}, false);
    keyRow("EVAL script x a", K, {}, false);
    keyRow("EVAL script", K, {}, false);
    keyRow("EVAL script '' a", K, {}, false);
    keyRow("ZUNION 5 a", K, {}, true);
    keyRow("ZUNIONSTORE d -2 a b", K, {}, false);
    keyRow("ZUNIONSTORE d", K, {}, false);
    keyRow("SINTERCARD two a b", K, {}, true);
    keyRow("LMPOP 1", K, {}, false);
    keyRow("BLMPOP 0", K, {}, false);
    keyRow("BZMPOP 0 +1 a MIN", K, {3}, false);   // as COMMAND GETKEYS
    keyRow("ZMPOP + a MIN", K, {}, false);
    keyRow("GET", K, {}, true);
    keyRow("RENAME a", K, {1}, false);
    keyRow("OBJECT ENCODING", K, {}, true);
    // sharded pub/sub: the channel is the key
    keyRow("SPUBLISH ch msg", K, {1}, false);
    keyRow("SSUBSCRIBE a b", K, {1, 2}, false);
    // keyless
    keyRow("PING", L, {}, false);
    keyRow("ECHO hi", L, {}, false);
    keyRow("TIME", L, {}, false);
    keyRow("INFO keyspace", L, {}, false);
    keyRow("CLIENT SETNAME x", L, {}, false);
    keyRow("CONFIG GET maxmemory", L, {}, false);
    keyRow("CLUSTER KEYSLOT foo", L, {}, false);
    keyRow("COMMAND GETKEYS GET foo", L, {}, false);
    keyRow("PUBLISH ch msg", L, {}, false);
    keyRow("SUBSCRIBE ch", L, {}, false);
    keyRow("WAIT 1 100", L, {}, false);
    keyRow("SELECT 0", L, {}, false);
    keyRow("NOSUCHCOMMAND a b", L, {}, false);
    keyRow("GETX foo", L, {}, false);
    keyRow("GE foo", L, {}, false);
    keyRow("ZUNIONSTOREX d 1 a", L, {}, false);
    keyRow("'' foo", L, {}, false);
}

void tst_ClusterKeys::keys()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(int, kind);
    QFETCH(QList<int>, keys);
    QFETCH(bool, readOnly);

    const CommandKeys result = QtRedisPrivate::commandKeys(args);
    QCOMPARE(int(result.kind), kind);
    QCOMPARE(result.keyIndexes, keys);
    QCOMPARE(result.readOnly, readOnly);
    QCOMPARE(int(result.combine), int(Combine::None));
    QVERIFY(result.refusal.isEmpty());
    for (int index : result.keyIndexes)
        QVERIFY(index > 0 && index < args.size());
}

void tst_ClusterKeys::split_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("readOnly");

    const auto row = [](const char *line, Kind kind, const QList<int> &keys, int step, bool readOnly) {
        QTest::newRow(line) << argsOf(line) << int(kind) << keys << step << readOnly;
    };
    row("MGET a b c", Kind::Split, {1, 2, 3}, 1, true);
    row("mget a", Kind::Split, {1}, 1, true);
    row("DEL a b", Kind::Split, {1, 2}, 1, false);
    row("UNLINK a b", Kind::Split, {1, 2}, 1, false);
    row("EXISTS a b", Kind::Split, {1, 2}, 1, true);
    row("TOUCH a", Kind::Split, {1}, 1, true);
    row("MSET a 1 b 2", Kind::Split, {1, 3}, 2, false);
    row("Mset a 1", Kind::Split, {1}, 2, false);
    // Nothing to split: one node reports the error.
    row("MSET a 1 b", Kind::Keyed, {}, 1, false);
    row("MSET a", Kind::Keyed, {}, 1, false);
    row("DEL", Kind::Keyed, {}, 1, false);
    row("MGET", Kind::Keyed, {}, 1, true);
    // Not split: the keys must share a slot.
    row("MSETNX a 1 b 2", Kind::Keyed, {1, 3}, 1, false);
    row("RENAME a b", Kind::Keyed, {1, 2}, 1, false);
}

void tst_ClusterKeys::split()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(int, kind);
    QFETCH(QList<int>, keys);
    QFETCH(int, step);
    QFETCH(bool, readOnly);

    const CommandKeys result = QtRedisPrivate::commandKeys(args);
    QCOMPARE(int(result.kind), kind);
    QCOMPARE(result.keyIndexes, keys);
    QCOMPARE(result.splitStep, step);
    QCOMPARE(result.readOnly, readOnly);
}

void tst_ClusterKeys::allMasters_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<int>("combine");
    QTest::addColumn<bool>("readOnly");

    const auto row = [](const char *line, Combine combine, bool readOnly) {
        QTest::newRow(line) << argsOf(line) << int(combine) << readOnly;
    };
    row("DBSIZE", Combine::SumIntegers, true);
    row("FLUSHDB", Combine::AllOk, false);
    row("flushdb ASYNC", Combine::AllOk, false);
    row("FLUSHALL", Combine::AllOk, false);
    row("KEYS user:*", Combine::ConcatArrays, true);
    row("SCAN 0 MATCH a* COUNT 100", Combine::Scan, true);
    row("scan 0", Combine::Scan, true);
    row("RANDOMKEY", Combine::AnyNode, true);
    row("SCRIPT LOAD return 1", Combine::AllOk, false);
    row("script flush", Combine::AllOk, false);
    row("SCRIPT EXISTS a b", Combine::AndIntegers, false);
    row("FUNCTION LOAD code", Combine::AllOk, false);
    row("FUNCTION DELETE lib", Combine::AllOk, false);
    row("function flush", Combine::AllOk, false);
    row("FUNCTION RESTORE payload", Combine::AllOk, false);
}

void tst_ClusterKeys::allMasters()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(int, combine);
    QFETCH(bool, readOnly);

    const CommandKeys result = QtRedisPrivate::commandKeys(args);
    QCOMPARE(int(result.kind), int(Kind::AllMasters));
    QCOMPARE(int(result.combine), combine);
    QCOMPARE(result.readOnly, readOnly);
    QVERIFY(result.keyIndexes.isEmpty());
}

void tst_ClusterKeys::refused_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<QByteArray>("reason");

    const QByteArray transaction = "use RedisTransaction: it binds the transaction to its keys' slot";
    const QByteArray database = "a cluster has database 0 only";
    const QByteArray managed = "the client manages READONLY/ASKING itself";
    QTest::newRow("MULTI") << argsOf("MULTI") << transaction;
    QTest::newRow("exec") << argsOf("exec") << transaction;
    QTest::newRow("DISCARD") << argsOf("DISCARD") << transaction;
    QTest::newRow("WATCH a b") << argsOf("WATCH a b") << transaction;
    QTest::newRow("UNWATCH") << argsOf("UNWATCH") << transaction;
    QTest::newRow("SELECT 1") << argsOf("SELECT 1") << database;
    QTest::newRow("select 15") << argsOf("select 15") << database;
    QTest::newRow("SELECT -1") << argsOf("SELECT -1") << database;
    QTest::newRow("SELECT x") << argsOf("SELECT x") << database;
    QTest::newRow("SWAPDB 0 1") << argsOf("SWAPDB 0 1") << database;
    QTest::newRow("MOVE k 1") << argsOf("MOVE k 1") << database;
    QTest::newRow("READONLY") << argsOf("READONLY") << managed;
    QTest::newRow("readwrite") << argsOf("readwrite") << managed;
    QTest::newRow("ASKING") << argsOf("ASKING") << managed;
}

void tst_ClusterKeys::refused()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(QByteArray, reason);

    const CommandKeys result = QtRedisPrivate::commandKeys(args);
    QCOMPARE(int(result.kind), int(Kind::Refused));
    QCOMPARE(result.refusal, reason);
    QVERIFY(result.keyIndexes.isEmpty());
    QVERIFY(!result.readOnly);
}

void tst_ClusterKeys::emptyArgs()
{
    const CommandKeys result = QtRedisPrivate::commandKeys({});
    QCOMPARE(int(result.kind), int(Kind::Keyless));
    QVERIFY(result.keyIndexes.isEmpty());
    QVERIFY(!result.readOnly);
    QVERIFY(result.refusal.isEmpty());

    const CommandKeys empty = QtRedisPrivate::commandKeys({QByteArray()});
    QCOMPARE(int(empty.kind), int(Kind::Keyless));
}

void tst_ClusterKeys::hugeCount()
{
    // A count that would overflow an int, and one just past the arguments.
    QCOMPARE(QtRedisPrivate::commandKeys({"EVAL", "s", "99999999999999999999", "a"}).keyIndexes,
             QList<int>());
    QCOMPARE(QtRedisPrivate::commandKeys({"EVAL", "s", "2147483647", "a"}).keyIndexes, QList<int>());
    QList<QByteArray> many{"DEL"};
    for (int i = 0; i < 1000; ++i)
        many.append(QByteArray::number(i));
    const CommandKeys del = QtRedisPrivate::commandKeys(many);
    QCOMPARE(del.keyIndexes.size(), 1000);
    QCOMPARE(del.keyIndexes.constLast(), 1000);
}

void tst_ClusterKeys::keyHashSlot_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("slot");

    const auto crcSlot = [](const QByteArray &hashed) {
        return int(QtRedisPrivate::clusterCrc16(hashed.constData(), hashed.size()) % 16384);
    };
    QTest::newRow("foo") << QByteArray("foo") << 12182;
    QTest::newRow("bar") << QByteArray("bar") << 5061;
    QTest::newRow("hello") << QByteArray("hello") << 866;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("{user1000}.following") << QByteArray("{user1000}.following") << crcSlot("user1000");
    QTest::newRow("{user1000}.followers") << QByteArray("{user1000}.followers") << crcSlot("user1000");
    QTest::newRow("foo{}{bar}") << QByteArray("foo{}{bar}") << crcSlot("foo{}{bar}");
    QTest::newRow("foo{{bar}}zap") << QByteArray("foo{{bar}}zap") << crcSlot("{bar");
    QTest::newRow("foo{bar}{zap}") << QByteArray("foo{bar}{zap}") << crcSlot("bar");
    QTest::newRow("{bar}") << QByteArray("{bar}") << 5061;
    QTest::newRow("x{foo}y") << QByteArray("x{foo}y") << 12182;
    QTest::newRow("unclosed {foo") << QByteArray("{foo") << crcSlot("{foo");
}

void tst_ClusterKeys::keyHashSlot()
{
    QFETCH(QByteArray, key);
    QFETCH(int, slot);
    QCOMPARE(QtRedisPrivate::keyHashSlot(key), slot);
    QVERIFY(slot >= 0 && slot < QtRedisPrivate::ClusterSlotCount);
}

void tst_ClusterKeys::crc16()
{
    // The check value of CRC16/XMODEM, as in the Redis Cluster specification.
    QCOMPARE(QtRedisPrivate::clusterCrc16("123456789", 9), quint16(0x31C3));
    QCOMPARE(QtRedisPrivate::clusterCrc16("", 0), quint16(0));
    QCOMPARE(QtRedisPrivate::keyHashSlot("{user1000}.following"),
             QtRedisPrivate::keyHashSlot("{user1000}.followers"));
    QVERIFY(QtRedisPrivate::keyHashSlot("foo{}{bar}") != QtRedisPrivate::keyHashSlot("bar"));
}

QTEST_GUILESS_MAIN(tst_ClusterKeys)
#include "tst_clusterkeys.moc"
