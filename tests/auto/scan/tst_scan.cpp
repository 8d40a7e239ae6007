// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisScan (SCAN, HSCAN, SSCAN, ZSCAN) against a real redis-server, plus a
// scripted fake server for the exact arguments and for odd replies.
#include <QtTest/QtTest>

#include <fakeredisserver.h>
#include <redisclient.h>
#include <redisscan.h>
#include <redistestcase.h>
#include <testhelpers.h>

#include <memory>

using QtRedis::Error;
using namespace QtRedisTest;
using Bytes = QList<QByteArray>;

namespace {

constexpr int KeyCount = 100000;
constexpr int CollectionSize = 5000;

// Keys a binary-unsafe client would mangle: NUL, CR LF, invalid UTF-8.
Bytes binaryKeys()
{
    return {QByteArray("bin\0key", 7), QByteArray("crlf\r\nkey"), QByteArray("\xff\xfe\x80utf8"),
            QByteArray("\0", 1)};
}

QByteArray numbered(const char *prefix, int i)
{
    return QByteArray(prefix) + QByteArray::number(i);
}

// What a scan delivered, in order, plus its signals.
struct Recorder
{
    Bytes items;
    int batches = 0;
    int finished = 0;
    int errors = 0;
    Error error = Error::NoError;
    QString message;
    int maxPending = 0;   // the client's pending commands seen inside batchReceived

    void attach(RedisScan *scan, RedisClient *client = nullptr)
    {
        QObject::connect(scan, &RedisScan::batchReceived, scan, [this, client](const Bytes &batch) {
            ++batches;
            items += batch;
            if (client)
                maxPending = qMax(maxPending, client->pendingCommandCount());
        });
        QObject::connect(scan, &RedisScan::finished, scan, [this] { ++finished; });
        QObject::connect(scan, &RedisScan::errorOccurred, scan, [this](Error e, const QString &m) {
            ++errors;
            error = e;
            message = m;
        });
    }
    bool done() const { return finished + errors > 0; }
    // Attaches, starts and waits (bounded) until the scan finished or failed.
    bool run(RedisScan *scan)
    {
        attach(scan);
        scan->start();
        return QTest::qWaitFor([this] { return done(); }, Timeout);
    }
};

QString describe(const QSet<QByteArray> &actual, const QSet<QByteArray> &expected)
{
    const QSet<QByteArray> missing = expected - actual;
    const QSet<QByteArray> extra = actual - expected;
    QString text = QStringLiteral("got %1, expected %2; %3 missing, %4 unexpected")
                           .arg(actual.size()).arg(expected.size()).arg(missing.size()).arg(extra.size());
    if (!missing.isEmpty())
        text += QStringLiteral("; e.g. missing ") + QString::fromLatin1(missing.begin()->toPercentEncoding());
    if (!extra.isEmpty())
        text += QStringLiteral("; e.g. unexpected ") + QString::fromLatin1(extra.begin()->toPercentEncoding());
    return text;
}

QHash<QByteArray, QByteArray> toPairs(const Bytes &items)
{
    QHash<QByteArray, QByteArray> pairs;
    for (qsizetype i = 0; i + 1 < items.size(); i += 2)
        pairs.insert(items.at(i), items.at(i + 1));
    return pairs;
}

QByteArray scanReply(const QByteArray &cursor, const Bytes &elements)
{
    QList<QByteArray> encoded;
    for (const QByteArray &e : elements)
        encoded.append(FakeRedisServer::bulk(e));
    return FakeRedisServer::array({FakeRedisServer::bulk(cursor), FakeRedisServer::array(encoded)});
}

} // namespace

class tst_Scan : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() override;
    void cleanup();

    void defaults();
    void allKeysDeduplicated();
    void allKeysWithDuplicatesAllowed();
    void emptyDatabase();
    void match_data();
    void match();
    void type_data();
    void type();
    void hashScan_data();
    void hashScan();
    void setScan();
    void sortedSetScan();
    void smallAndMissingCollections();
    void cancelInsideBatch();
    void cancelWhileInFlightThenRestart();
    void restartInsideBatch();
    void restartWhileRunningKeepsOneInFlight();
    void serverError();
    void deleteInsideBatch();
    void deleteLaterInsideBatch();
    void deleteWhileInFlight();
    void connectionKilledMidScan_data();
    void connectionKilledMidScan();
    void clientDestroyedMidScan();
    void noClient();
    void commandArguments_data();
    void commandArguments();
    void cursorPassedBackVerbatim();
    void oddReplies_data();
    void oddReplies();

private:
    bool loadKeys(QSet<QByteArray> *expected);

    std::unique_ptr<RedisClient> m_client;
};

void tst_Scan::init()
{
    RedisTestCase::init();
    cli({QStringLiteral("FLUSHALL")});
    m_client = std::make_unique<RedisClient>();
    QVERIFY(connectClient(*m_client));
}

void tst_Scan::cleanup()
{
    m_client.reset();
}

// KeyCount string keys "key:N" plus binaryKeys(), loaded with MSET batches.
bool tst_Scan::loadKeys(QSet<QByteArray> *expected)
{
    QList<Bytes> commands;
    Bytes mset{"MSET"};
    for (int i = 0; i < KeyCount; ++i) {
        const QByteArray key = numbered("key:", i);
        expected->insert(key);
        mset << key << "v";
        if (mset.size() > 2000) {
            commands.append(mset);
            mset = Bytes{"MSET"};
        }
    }
    for (const QByteArray &key : binaryKeys()) {
        expected->insert(key);
        mset << key << key;
    }
    commands.append(mset);
    if (!load(commands))
        return false;
    return server().cli({QStringLiteral("DBSIZE")}) == QByteArray::number(expected->size());
}

void tst_Scan::defaults()
{
    RedisScan scan(m_client.get());
    QCOMPARE(scan.client(), m_client.get());
    QCOMPARE(scan.kind(), RedisScan::Kind::Keys);
    QCOMPARE(scan.key(), QByteArray());
    QCOMPARE(scan.match(), QByteArray());
    QCOMPARE(scan.count(), 1000);
    QCOMPARE(scan.type(), QByteArray());
    QCOMPARE(scan.deduplicate(), false);
    QVERIFY(!scan.isRunning());
    QVERIFY(!scan.isFinished());
    QVERIFY(!scan.isCancelled());
    QCOMPARE(scan.itemsDelivered(), 0);
    QCOMPARE(scan.error(), Error::NoError);

    scan.setKind(RedisScan::Kind::SortedSet);
    scan.setKey(QByteArray("k\0", 2));
    scan.setMatch(QByteArray("a\0*", 3));
    scan.setCount(7);
    scan.setType("zset");
    scan.setDeduplicate(true);
    QCOMPARE(scan.kind(), RedisScan::Kind::SortedSet);
    QCOMPARE(scan.key(), QByteArray("k\0", 2));
    QCOMPARE(scan.match(), QByteArray("a\0*", 3));
    QCOMPARE(scan.count(), 7);
    QCOMPARE(scan.type(), QByteArray("zset"));
    QCOMPARE(scan.deduplicate(), true);
    scan.cancel(); // not running: nothing happens
    QVERIFY(!scan.isCancelled());
}

void tst_Scan::allKeysDeduplicated()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setDeduplicate(true);
    Recorder rec;
    rec.attach(&scan, m_client.get());
    QSignalSpy finished(&scan, &RedisScan::finished);
    scan.start();
    QVERIFY(scan.isRunning());
    QCOMPARE(rec.batches, 0); // nothing is emitted from inside start()
    QCOMPARE(m_client->pendingCommandCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
    QCOMPARE(rec.errors, 0);
    QCOMPARE(rec.finished, 1);
    QVERIFY(rec.batches > 1);
    QVERIFY2(rec.maxPending <= 1, "more than one SCAN in flight");
    QCOMPARE(rec.items.size(), expected.size()); // each key once
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
    QCOMPARE(scan.itemsDelivered(), qint64(expected.size()));
    QVERIFY(!scan.isRunning());
    QVERIFY(scan.isFinished());
    QVERIFY(!scan.isCancelled());
    QCOMPARE(scan.error(), Error::NoError);
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(finished.count(), 1);
}

void tst_Scan::allKeysWithDuplicatesAllowed()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setCount(5000);
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.finished, 1);
    QVERIFY(rec.items.size() >= expected.size());
    QCOMPARE(scan.itemsDelivered(), qint64(rec.items.size()));
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
}

void tst_Scan::emptyDatabase()
{
    RedisScan scan(m_client.get());
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.finished, 1);
    QCOMPARE(rec.batches, 0); // never an empty batch
    QVERIFY(scan.isFinished());
    QCOMPARE(scan.itemsDelivered(), 0);
}

void tst_Scan::match_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<Bytes>("expected");
    Bytes prefix{"key:1234"};
    for (int i = 0; i < 10; ++i)
        prefix << numbered("key:1234", i);
    Bytes single;
    for (int i = 0; i < 10; ++i)
        single << numbered("key:9999", i);
    QTest::newRow("prefix") << QByteArray("key:1234*") << prefix;
    QTest::newRow("one char") << QByteArray("key:9999?") << single;
    QTest::newRow("exact") << QByteArray("key:42") << Bytes{"key:42"};
    QTest::newRow("nul in pattern") << QByteArray("bin\0*", 5) << Bytes{QByteArray("bin\0key", 7)};
    QTest::newRow("crlf in pattern") << QByteArray("*\r\n*") << Bytes{"crlf\r\nkey"};
    QTest::newRow("invalid utf-8") << QByteArray("\xff*") << Bytes{"\xff\xfe\x80utf8"};
    QTest::newRow("nothing") << QByteArray("nomatch*") << Bytes{};
}

void tst_Scan::match()
{
    QFETCH(QByteArray, pattern);
    QFETCH(Bytes, expected);
    QSet<QByteArray> all;
    QVERIFY2(loadKeys(&all), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setMatch(pattern);
    scan.setDeduplicate(true);
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.errors, 0);
    QCOMPARE(rec.finished, 1);
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    const QSet<QByteArray> wanted(expected.cbegin(), expected.cend());
    QVERIFY2(actual == wanted, qPrintable(describe(actual, wanted)));
    QCOMPARE(rec.items.size(), wanted.size());
    QVERIFY(rec.batches <= rec.items.size()); // empty pages are not emitted
}

void tst_Scan::type_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<int>("count");
    QTest::newRow("hash") << QByteArray("hash") << QByteArray("h:") << 300;
    QTest::newRow("string") << QByteArray("string") << QByteArray("s:") << 2000;
    QTest::newRow("list") << QByteArray("list") << QByteArray("l:") << 200;
    QTest::newRow("set") << QByteArray("set") << QByteArray("t:") << 100;
    QTest::newRow("zset") << QByteArray("zset") << QByteArray("z:") << 0;
}

void tst_Scan::type()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, prefix);
    QFETCH(int, count);

    QList<Bytes> commands;
    QSet<QByteArray> expected;
    auto add = [&](const QByteArray &key, const Bytes &command) {
        if (key.startsWith(prefix))
            expected.insert(key);
        commands.append(command);
    };
    for (int i = 0; i < 2000; ++i)
        add(numbered("s:", i), {"SET", numbered("s:", i), "v"});
    for (int i = 0; i < 300; ++i)
        add(numbered("h:", i), {"HSET", numbered("h:", i), "f", "v"});
    for (int i = 0; i < 200; ++i)
        add(numbered("l:", i), {"RPUSH", numbered("l:", i), "a", "b"});
    for (int i = 0; i < 100; ++i)
        add(numbered("t:", i), {"SADD", numbered("t:", i), "m"});
    // A binary key of each kind too.
    const QByteArray binary("\0\r\n\xff", 4);
    if (type == "hash") {
        commands.append({"HSET", "h:" + binary, "f", "v"});
        expected.insert("h:" + binary);
        ++count;
    } else {
        commands.append({"HSET", "h:" + binary, "f", "v"});
    }
    QVERIFY2(load(commands), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setType(type);
    scan.setDeduplicate(true);
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.errors, 0);
    QCOMPARE(rec.finished, 1);
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    QCOMPARE(expected.size(), count);
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
}

void tst_Scan::hashScan_data()
{
    QTest::addColumn<bool>("deduplicate");
    QTest::newRow("deduplicated") << true;
    QTest::newRow("duplicates allowed") << false;
}

void tst_Scan::hashScan()
{
    QFETCH(bool, deduplicate);
    QHash<QByteArray, QByteArray> expected;
    QList<Bytes> commands;
    Bytes hset{"HSET", "big"};
    for (int i = 0; i < CollectionSize; ++i) {
        const QByteArray field = numbered("field:", i);
        const QByteArray value = numbered("value:", i * 7);
        expected.insert(field, value);
        hset << field << value;
        if (hset.size() > 1000) {
            commands.append(hset);
            hset = Bytes{"HSET", "big"};
        }
    }
    const QByteArray binaryField("f\0\r\n\xff", 5);
    const QByteArray binaryValue("v\0\xfe\r\n", 5);
    expected.insert(binaryField, binaryValue);
    hset << binaryField << binaryValue;
    commands.append(hset);
    commands.append({"SET", "other", "x"});
    QVERIFY2(load(commands), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setKind(RedisScan::Kind::Hash);
    scan.setKey("big");
    scan.setDeduplicate(deduplicate);
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.errors, 0);
    QCOMPARE(rec.finished, 1);
    QVERIFY2(rec.batches > 1, "expected several batches");
    QCOMPARE(rec.items.size() % 2, 0);
    const QHash<QByteArray, QByteArray> actual = toPairs(rec.items);
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
    if (deduplicate)
        QCOMPARE(rec.items.size(), 2 * expected.size());
    else
        QVERIFY(rec.items.size() >= 2 * expected.size());
    QCOMPARE(scan.itemsDelivered(), qint64(rec.items.size() / 2)); // pairs count once
}

void tst_Scan::setScan()
{
    QSet<QByteArray> expected;
    QList<Bytes> commands;
    Bytes sadd{"SADD", QByteArray("set\0key", 7)};
    for (int i = 0; i < CollectionSize; ++i) {
        expected.insert(numbered("member:", i));
        sadd << numbered("member:", i);
    }
    for (const QByteArray &m : binaryKeys()) {
        expected.insert(m);
        sadd << m;
    }
    commands.append(sadd);
    QVERIFY2(load(commands), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setKind(RedisScan::Kind::Set);
    scan.setKey(QByteArray("set\0key", 7));
    scan.setDeduplicate(true);
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.errors, 0);
    QCOMPARE(rec.finished, 1);
    QVERIFY2(rec.batches > 1, "expected several batches");
    QCOMPARE(rec.items.size(), expected.size());
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
    QCOMPARE(scan.itemsDelivered(), qint64(expected.size()));
}

void tst_Scan::sortedSetScan()
{
    QHash<QByteArray, double> expected;
    Bytes zadd{"ZADD", "zs"};
    for (int i = 0; i < CollectionSize; ++i) {
        const double score = i * 0.5 - 100;
        expected.insert(numbered("m:", i), score);
        zadd << QByteArray::number(score, 'g', 17) << numbered("m:", i);
    }
    const QByteArray binaryMember("z\0\r\n\xff", 5);
    expected.insert(binaryMember, 1e300);
    zadd << "1e300" << binaryMember;
    QVERIFY2(load({zadd}), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setKind(RedisScan::Kind::SortedSet);
    scan.setKey("zs");
    scan.setDeduplicate(true);
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.errors, 0);
    QCOMPARE(rec.finished, 1);
    QVERIFY2(rec.batches > 1, "expected several batches");
    QCOMPARE(rec.items.size(), 2 * expected.size());
    QHash<QByteArray, double> actual;
    for (qsizetype i = 0; i < rec.items.size(); i += 2) {
        bool ok = false;
        const double score = rec.items.at(i + 1).toDouble(&ok);
        QVERIFY2(ok, rec.items.at(i + 1).constData());
        actual.insert(rec.items.at(i), score);
    }
    QVERIFY(actual == expected);
    QCOMPARE(scan.itemsDelivered(), qint64(expected.size()));
}

void tst_Scan::smallAndMissingCollections()
{
    // Small collections are listpacks: one reply with cursor 0 holds everything.
    QVERIFY2(load({{"HSET", "small", "a", "1", "b", "2"}, {"SADD", "smallset", "x", "y", "z"}}),
             qPrintable(server().errorString()));
    {
        RedisScan scan(m_client.get());
        scan.setKind(RedisScan::Kind::Hash);
        scan.setKey("small");
        Recorder rec;
        rec.attach(&scan);
        scan.start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
        QCOMPARE(rec.finished, 1);
        QCOMPARE(rec.batches, 1);
        QCOMPARE(toPairs(rec.items), (QHash<QByteArray, QByteArray>{{"a", "1"}, {"b", "2"}}));
        QCOMPARE(scan.itemsDelivered(), 2);
    }
    {
        RedisScan scan(m_client.get());
        scan.setKind(RedisScan::Kind::Set);
        scan.setKey("smallset");
        scan.setMatch("[xz]");
        Recorder rec;
        rec.attach(&scan);
        scan.start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
        QCOMPARE(rec.finished, 1);
        QCOMPARE(QSet<QByteArray>(rec.items.cbegin(), rec.items.cend()), (QSet<QByteArray>{"x", "z"}));
    }
    for (RedisScan::Kind kind : {RedisScan::Kind::Hash, RedisScan::Kind::Set, RedisScan::Kind::SortedSet}) {
        RedisScan scan(m_client.get());
        scan.setKind(kind);
        scan.setKey("missing");
        Recorder rec;
        rec.attach(&scan);
        scan.start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
        QCOMPARE(rec.errors, 0);
        QCOMPARE(rec.finished, 1);
        QCOMPARE(rec.batches, 0);
    }
}

void tst_Scan::cancelInsideBatch()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setCount(100);
    Recorder rec;
    rec.attach(&scan);
    bool runningInSlot = false;
    connect(&scan, &RedisScan::batchReceived, &scan, [&] {
        scan.cancel();
        runningInSlot = scan.isRunning();
    });
    scan.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.batches, 1, Timeout);
    QVERIFY(!runningInSlot);
    QVERIFY(scan.isCancelled());
    QVERIFY(!scan.isRunning());
    QVERIFY(!scan.isFinished());
    // Every reply issued before the PING has come in by the time it answers.
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(rec.batches, 1);
    QCOMPARE(rec.finished, 0);
    QCOMPARE(rec.errors, 0);
    QCOMPARE(scan.itemsDelivered(), qint64(rec.items.size()));
    QVERIFY(rec.items.size() < expected.size());
}

void tst_Scan::cancelWhileInFlightThenRestart()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setDeduplicate(true);
    Recorder rec;
    rec.attach(&scan, m_client.get());
    scan.start();
    scan.cancel();
    QVERIFY(scan.isCancelled());
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(rec.batches, 0);
    QCOMPARE(rec.finished, 0);

    scan.start();
    QVERIFY(!scan.isCancelled());
    QVERIFY(scan.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
    QCOMPARE(rec.finished, 1);
    QCOMPARE(rec.errors, 0);
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    QCOMPARE(rec.items.size(), expected.size());
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
}

void tst_Scan::restartInsideBatch()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setDeduplicate(true);
    Recorder rec;
    rec.attach(&scan, m_client.get());
    bool restarted = false;
    connect(&scan, &RedisScan::batchReceived, &scan, [&] {
        if (restarted)
            return;
        restarted = true;
        rec.items.clear();
        scan.start(); // the rest of this batch's handling is skipped
    });
    scan.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
    QVERIFY(restarted);
    QCOMPARE(rec.finished, 1);
    QCOMPARE(rec.errors, 0);
    QVERIFY(rec.maxPending <= 1);
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    QCOMPARE(rec.items.size(), expected.size());
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
    QCOMPARE(scan.itemsDelivered(), qint64(expected.size()));
}

void tst_Scan::restartWhileRunningKeepsOneInFlight()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setDeduplicate(true);
    Recorder rec;
    rec.attach(&scan, m_client.get());
    scan.start();
    QCOMPARE(m_client->pendingCommandCount(), 1);
    scan.start(); // waits for the first run's reply before issuing
    QCOMPARE(m_client->pendingCommandCount(), 1);
    scan.setMatch("key:7*"); // read by start(): no effect on this run
    QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
    QCOMPARE(rec.finished, 1);
    QCOMPARE(rec.errors, 0);
    QVERIFY(rec.maxPending <= 1);
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    QCOMPARE(rec.items.size(), expected.size());
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
}

void tst_Scan::serverError()
{
    QCOMPARE(server().cli({QStringLiteral("SET"), QStringLiteral("str"), QStringLiteral("x")}), QByteArray("OK"));
    for (RedisScan::Kind kind : {RedisScan::Kind::Hash, RedisScan::Kind::Set, RedisScan::Kind::SortedSet}) {
        RedisScan scan(m_client.get());
        scan.setKind(kind);
        scan.setKey("str");
        Recorder rec;
        rec.attach(&scan);
        scan.start();
        QCOMPARE(rec.errors, 0); // never from inside start()
        QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
        QVERIFY(roundTrip(*m_client));
        QCOMPARE(rec.errors, 1);
        QCOMPARE(rec.finished, 0);
        QCOMPARE(rec.batches, 0);
        QCOMPARE(rec.error, Error::ServerError);
        QVERIFY2(rec.message.contains(QLatin1String("WRONGTYPE")), qPrintable(rec.message));
        QCOMPARE(scan.error(), Error::ServerError);
        QCOMPARE(scan.errorString(), rec.message);
        QVERIFY(!scan.isRunning());
        QVERIFY(!scan.isFinished());
    }
    // A TYPE filter needs Redis >= 6; an unknown type name is the server's call.
    RedisScan scan(m_client.get());
    scan.setCount(0);
    scan.setMatch("x");
    scan.setType("no-such-type");
    Recorder rec;
    QVERIFY(rec.run(&scan));
    // Redis 7.0 accepts unknown names (matching nothing); newer ones refuse them.
    if (rec.errors)
        QCOMPARE(rec.error, Error::ServerError);
    else
        QCOMPARE(rec.batches, 0);
    QCOMPARE(m_client->state(), RedisClient::State::Connected);
}

void tst_Scan::deleteInsideBatch()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    QPointer<RedisScan> scan = new RedisScan(m_client.get());
    scan->setCount(100);
    scan->setDeduplicate(true);
    int batches = 0;
    int finished = 0;
    connect(scan, &RedisScan::batchReceived, scan, [&](const Bytes &) {
        ++batches;
        delete scan.data();
    });
    connect(scan, &RedisScan::finished, this, [&] { ++finished; });
    scan->start();
    QTRY_VERIFY_WITH_TIMEOUT(scan.isNull(), Timeout);
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(batches, 1);
    QCOMPARE(finished, 0);
    QCOMPARE(m_client->state(), RedisClient::State::Connected);
}

void tst_Scan::deleteLaterInsideBatch()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    QPointer<RedisScan> scan = new RedisScan(m_client.get());
    scan->setCount(100);
    int batches = 0;
    connect(scan, &RedisScan::batchReceived, scan, [&](const Bytes &) {
        ++batches;
        scan->cancel();
        scan->deleteLater();
    });
    scan->start();
    QTRY_VERIFY_WITH_TIMEOUT(scan.isNull(), Timeout);
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(batches, 1);
}

void tst_Scan::deleteWhileInFlight()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    auto *scan = new RedisScan(m_client.get());
    int emitted = 0;
    connect(scan, &RedisScan::batchReceived, this, [&] { ++emitted; });
    connect(scan, &RedisScan::finished, this, [&] { ++emitted; });
    connect(scan, &RedisScan::errorOccurred, this, [&] { ++emitted; });
    scan->start();
    QCOMPARE(m_client->pendingCommandCount(), 1);
    delete scan;
    QVERIFY(roundTrip(*m_client)); // the orphaned reply came and went
    QCOMPARE(emitted, 0);
    QCOMPARE(m_client->pendingCommandCount(), 0);
}

void tst_Scan::connectionKilledMidScan_data()
{
    QTest::addColumn<bool>("autoReconnect");
    QTest::newRow("auto-reconnect off") << false;
    QTest::newRow("auto-reconnect on") << true;
}

void tst_Scan::connectionKilledMidScan()
{
    QFETCH(bool, autoReconnect);
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));
    m_client->setAutoReconnect(autoReconnect);
    m_client->setReconnectInitialDelay(10);

    RedisScan scan(m_client.get());
    scan.setCount(10);
    scan.setDeduplicate(true);
    Recorder rec;
    rec.attach(&scan);
    QByteArray killed;
    // Killed from inside the first batch: the scan's next SCAN goes out on a
    // connection the server has already closed.
    connect(&scan, &RedisScan::batchReceived, this, [&] {
        if (killed.isEmpty())
            killed = server().cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"),
                                   QStringLiteral("normal")});
    });
    QSignalSpy reconnected(m_client.get(), &RedisClient::connected);
    scan.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
    QCOMPARE(killed, QByteArray("1"));
    QCOMPARE(rec.batches, 1);
    QCOMPARE(rec.errors, 1);
    QCOMPARE(rec.finished, 0);
    QCOMPARE(rec.error, Error::ConnectionLost);
    QCOMPARE(scan.error(), Error::ConnectionLost);
    QVERIFY(!scan.isRunning());
    QVERIFY(!rec.message.isEmpty());

    if (!autoReconnect) {
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), RedisClient::State::Disconnected, Timeout);
        QVERIFY(roundTrip(*m_client)); // fails with NotConnected, from the event loop
        QCOMPARE(rec.errors, 1);
        return;
    }
    // The client comes back by itself; the scan does not resume on its own,
    // but a new start() walks the whole keyspace.
    QTRY_VERIFY_WITH_TIMEOUT(!reconnected.isEmpty(), Timeout);
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(rec.errors, 1);
    QCOMPARE(rec.finished, 0);
    rec = Recorder(); // still attached
    scan.setCount(1000);
    scan.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.done(), Timeout);
    QCOMPARE(rec.finished, 1);
    QCOMPARE(scan.error(), Error::NoError);
    const QSet<QByteArray> actual(rec.items.cbegin(), rec.items.cend());
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
}

void tst_Scan::clientDestroyedMidScan()
{
    QSet<QByteArray> expected;
    QVERIFY2(loadKeys(&expected), qPrintable(server().errorString()));

    RedisScan scan(m_client.get());
    scan.setCount(10);
    Recorder rec;
    rec.attach(&scan);
    scan.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.batches > 0, Timeout);
    QVERIFY(scan.isRunning());
    m_client.reset(); // fails the SCAN in flight with Aborted, during the destruction
    QCOMPARE(rec.errors, 1);
    QCOMPARE(rec.error, Error::Aborted);
    QCOMPARE(rec.finished, 0);
    QVERIFY(!scan.isRunning());
    QVERIFY(!scan.client());

    // Without a client a scan fails at once, from the event loop.
    scan.start();
    QCOMPARE(rec.errors, 1);
    QTRY_COMPARE_WITH_TIMEOUT(rec.errors, 2, Timeout);
    QCOMPARE(rec.error, Error::NotConnected);
}

void tst_Scan::noClient()
{
    RedisScan scan(nullptr);
    Recorder rec;
    rec.attach(&scan);
    scan.start();
    QCOMPARE(rec.errors, 0);
    QTRY_COMPARE_WITH_TIMEOUT(rec.errors, 1, Timeout);
    QCOMPARE(rec.error, Error::NotConnected);
    QVERIFY(!rec.message.isEmpty());

    // Cancelled before the failure is reported: nothing is reported.
    rec = Recorder(); // still attached
    scan.start();
    scan.cancel();
    scan.start();
    scan.cancel();
    // Posted after the scan's own queued failure, so delivered after it.
    bool marker = false;
    QMetaObject::invokeMethod(this, [&marker] { marker = true; }, Qt::QueuedConnection);
    QVERIFY(QTest::qWaitFor([&marker] { return marker; }, Timeout));
    QCOMPARE(rec.errors, 0);
    QVERIFY(scan.isCancelled());
}

void tst_Scan::commandArguments_data()
{
    QTest::addColumn<RedisScan::Kind>("kind");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<Bytes>("expected");
    using K = RedisScan::Kind;
    QTest::newRow("keys, defaults") << K::Keys << QByteArray() << QByteArray() << 1000 << QByteArray()
                                    << Bytes{"SCAN", "0", "COUNT", "1000"};
    QTest::newRow("keys, everything") << K::Keys << QByteArray("ignored") << QByteArray("a\0*", 3) << 5
                                      << QByteArray("hash")
                                      << Bytes{"SCAN", "0", "MATCH", QByteArray("a\0*", 3), "COUNT", "5", "TYPE", "hash"};
    QTest::newRow("keys, no count") << K::Keys << QByteArray() << QByteArray() << 0 << QByteArray()
                                    << Bytes{"SCAN", "0"};
    QTest::newRow("hash, type ignored") << K::Hash << QByteArray("k\0\r\n", 4) << QByteArray("f*") << 7
                                        << QByteArray("hash")
                                        << Bytes{"HSCAN", QByteArray("k\0\r\n", 4), "0", "MATCH", "f*", "COUNT", "7"};
    QTest::newRow("set") << K::Set << QByteArray("s") << QByteArray() << 1000 << QByteArray()
                         << Bytes{"SSCAN", "s", "0", "COUNT", "1000"};
    QTest::newRow("sorted set, empty key") << K::SortedSet << QByteArray() << QByteArray() << -1 << QByteArray()
                                           << Bytes{"ZSCAN", "", "0"};
}

void tst_Scan::commandArguments()
{
    QFETCH(RedisScan::Kind, kind);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, pattern);
    QFETCH(int, count);
    QFETCH(QByteArray, type);
    QFETCH(Bytes, expected);

    FakeRedisServer fake;
    QList<Bytes> scans;
    fake.setResponder([&scans](const Bytes &command, int) {
        if (!command.value(0).endsWith("SCAN"))
            return FakeRedisServer::defaultResponse(command);
        scans.append(command);
        return scanReply("0", {});
    });
    QVERIFY(fake.listen());
    RedisClient client;
    QVERIFY(connectAndWait(client, fake.host(), fake.port()));

    RedisScan scan(&client);
    scan.setKind(kind);
    scan.setKey(key);
    scan.setMatch(pattern);
    scan.setCount(count);
    scan.setType(type);
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.finished, 1);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0), expected);
}

void tst_Scan::cursorPassedBackVerbatim()
{
    const QByteArray bigCursor("18446744073709551615"); // UINT64_MAX, beyond qint64
    FakeRedisServer fake;
    QList<Bytes> scans;
    fake.setResponder([&](const Bytes &command, int) {
        if (command.value(0) != "SCAN")
            return FakeRedisServer::defaultResponse(command);
        scans.append(command);
        switch (scans.size()) {
        case 1: return scanReply(bigCursor, {"a", "b"});
        case 2: return scanReply("0017", {"b", "c"});     // duplicate "b"
        case 3: return scanReply("5", {});                // an empty page
        default: return scanReply("0", {"d"});
        }
    });
    QVERIFY(fake.listen());
    RedisClient client;
    QVERIFY(connectAndWait(client, fake.host(), fake.port()));

    RedisScan scan(&client);
    scan.setDeduplicate(true);
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QCOMPARE(rec.finished, 1);
    QCOMPARE(rec.errors, 0);
    QCOMPARE(scans.size(), 4);
    QCOMPARE(scans.at(0).at(1), QByteArray("0"));
    QCOMPARE(scans.at(1).at(1), bigCursor);
    QCOMPARE(scans.at(2).at(1), QByteArray("0017"));
    QCOMPARE(scans.at(3).at(1), QByteArray("5"));
    QCOMPARE(rec.items, (Bytes{"a", "b", "c", "d"}));
    QCOMPARE(rec.batches, 3); // the empty page and the deduplicated-away items emit nothing
    QCOMPARE(scan.itemsDelivered(), 4);
}

void tst_Scan::oddReplies_data()
{
    QTest::addColumn<RedisScan::Kind>("kind");
    QTest::addColumn<QByteArray>("reply");
    using K = RedisScan::Kind;
    QTest::newRow("status") << K::Keys << QByteArray("+OK\r\n");
    QTest::newRow("integer") << K::Keys << QByteArray(":0\r\n");
    QTest::newRow("nil") << K::Keys << QByteArray("$-1\r\n");
    QTest::newRow("string") << K::Keys << QByteArray("$1\r\n0\r\n");
    QTest::newRow("empty array") << K::Keys << QByteArray("*0\r\n");
    QTest::newRow("nil array") << K::Keys << QByteArray("*-1\r\n");
    QTest::newRow("one element") << K::Keys << QByteArray("*1\r\n$1\r\n0\r\n");
    QTest::newRow("three elements") << K::Keys << QByteArray("*3\r\n$1\r\n0\r\n*0\r\n*0\r\n");
    QTest::newRow("cursor integer") << K::Keys << QByteArray("*2\r\n:0\r\n*0\r\n");
    QTest::newRow("cursor nil") << K::Keys << QByteArray("*2\r\n$-1\r\n*0\r\n");
    QTest::newRow("cursor array") << K::Keys << QByteArray("*2\r\n*0\r\n*0\r\n");
    QTest::newRow("cursor text") << K::Keys << QByteArray("*2\r\n$3\r\nabc\r\n*0\r\n");
    QTest::newRow("cursor negative") << K::Keys << QByteArray("*2\r\n$2\r\n-1\r\n*0\r\n");
    QTest::newRow("cursor empty") << K::Keys << QByteArray("*2\r\n$0\r\n\r\n*0\r\n");
    QTest::newRow("cursor with space") << K::Keys << QByteArray("*2\r\n$2\r\n 1\r\n*0\r\n");
    QTest::newRow("cursor with nul") << K::Keys << QByteArray("*2\r\n$2\r\n0\0\r\n*0\r\n", 16);
    QTest::newRow("cursor overflow") << K::Keys << QByteArray("*2\r\n$20\r\n18446744073709551616\r\n*0\r\n");
    QTest::newRow("cursor too long") << K::Keys << QByteArray("*2\r\n$21\r\n000000000000000000001\r\n*0\r\n");
    QTest::newRow("elements string") << K::Keys << QByteArray("*2\r\n$1\r\n0\r\n$1\r\nx\r\n");
    QTest::newRow("elements nil") << K::Keys << QByteArray("*2\r\n$1\r\n0\r\n*-1\r\n");
    QTest::newRow("element array") << K::Keys << QByteArray("*2\r\n$1\r\n0\r\n*2\r\n$1\r\na\r\n*0\r\n");
    QTest::newRow("element nil") << K::Set << QByteArray("*2\r\n$1\r\n0\r\n*1\r\n$-1\r\n");
    QTest::newRow("element error") << K::Set << QByteArray("*2\r\n$1\r\n0\r\n*1\r\n-ERR x\r\n");
    QTest::newRow("hash odd count") << K::Hash << QByteArray("*2\r\n$1\r\n0\r\n*3\r\n$1\r\nf\r\n$1\r\nv\r\n$1\r\ng\r\n");
    QTest::newRow("zset odd count") << K::SortedSet << QByteArray("*2\r\n$1\r\n0\r\n*1\r\n$1\r\nm\r\n");
    QTest::newRow("odd count, more to come") << K::Hash << QByteArray("*2\r\n$1\r\n9\r\n*1\r\n$1\r\nf\r\n");
}

void tst_Scan::oddReplies()
{
    QFETCH(RedisScan::Kind, kind);
    QFETCH(QByteArray, reply);
    FakeRedisServer fake;
    int scans = 0;
    fake.setResponder([&](const Bytes &command, int) {
        if (!command.value(0).endsWith("SCAN"))
            return FakeRedisServer::defaultResponse(command);
        ++scans;
        return reply;
    });
    QVERIFY(fake.listen());
    RedisClient client;
    client.setAutoReconnect(false);
    QVERIFY(connectAndWait(client, fake.host(), fake.port()));

    RedisScan scan(&client);
    scan.setKind(kind);
    scan.setKey("k");
    Recorder rec;
    QVERIFY(rec.run(&scan));
    QVERIFY(roundTrip(client));
    QCOMPARE(scans, 1);
    QCOMPARE(rec.errors, 1);
    QCOMPARE(rec.finished, 0);
    QCOMPARE(rec.batches, 0);
    QCOMPARE(rec.error, Error::ProtocolError);
    QVERIFY2(rec.message.contains(QLatin1String("SCAN")), qPrintable(rec.message));
    QVERIFY(!scan.isRunning());
    QVERIFY(!scan.isFinished());
    // Well-formed RESP: the connection itself is fine.
    QCOMPARE(client.state(), RedisClient::State::Connected);
}

QTEST_GUILESS_MAIN(tst_Scan)
#include "tst_scan.moc"
