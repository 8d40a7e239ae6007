// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisScript (EVALSHA with the EVAL fallback) against a real redis-server.
#include <QtTest/QtTest>

#include <redisclient.h>
#include <redisscript.h>
#include <redistestcase.h>
#include <testhelpers.h>

#include <memory>

using QtRedis::Error;
using namespace QtRedisTest;

namespace {
const QByteArray echoSource = QByteArrayLiteral("return {KEYS[1], ARGV[1]}");
}

class tst_Script : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() override;

    void valueClass();
    void runReturnsValue();
    void sha1MatchesServer();
    void noscriptFallback();
    void scriptError();
    void binaryKeysAndArgs();
    void deadContextIsNotCalled();
    void deadContextDuringFallback();
    void moveOnlyCallback();
    void notConnected();
    void callbacksRunOnce();
};

void tst_Script::init()
{
    RedisTestCase::init();
    cli({QStringLiteral("FLUSHALL")});
    cli({QStringLiteral("SCRIPT"), QStringLiteral("FLUSH")});
    cli({QStringLiteral("CONFIG"), QStringLiteral("RESETSTAT")});
}

void tst_Script::valueClass()
{
    const RedisScript script(echoSource);
    QCOMPARE(script.source(), echoSource);
    QCOMPARE(script.sha1(), QCryptographicHash::hash(echoSource, QCryptographicHash::Sha1).toHex());
    QCOMPARE(script.sha1().size(), 40);
    RedisScript copy = script;
    QCOMPARE(copy, script);
    QCOMPARE(copy.sha1(), script.sha1());
    RedisScript other(QByteArrayLiteral("return 1"));
    QVERIFY(other != script);
    other = copy;
    QCOMPARE(other.source(), echoSource);
    RedisScript moved = std::move(copy);
    QCOMPARE(moved.sha1(), script.sha1());
    QCOMPARE(RedisScript(echoSource), script); // equal by content
}

void tst_Script::runReturnsValue()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const RedisScript script(echoSource);
    Collector c;
    script.run(&client, {"key1"}, {"arg1"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0),
             RedisValue::fromArray({RedisValue::fromString("key1"), RedisValue::fromString("arg1")}));

    // A script that writes, with several keys and arguments.
    const RedisScript setBoth(QByteArrayLiteral(
            "redis.call('SET', KEYS[1], ARGV[1]); redis.call('SET', KEYS[2], ARGV[2]); return #KEYS + #ARGV"));
    setBoth.run(&client, {"a", "b"}, {"1", "2"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    QCOMPARE(c.values.at(1), RedisValue::fromInteger(4));
    QCOMPARE(cli({QStringLiteral("MGET"), QStringLiteral("a"), QStringLiteral("b")}), QByteArray("1\n2"));

    // No keys, no arguments.
    const RedisScript none(QByteArrayLiteral("return 'x'"));
    none.run(&client, {}, {}, nullptr, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 3, Timeout);
    QCOMPARE(c.values.at(2), RedisValue::fromString("x"));
}

void tst_Script::sha1MatchesServer()
{
    const RedisScript script(echoSource);
    QCOMPARE(cli({QStringLiteral("SCRIPT"), QStringLiteral("LOAD"), QString::fromUtf8(echoSource)}),
             script.sha1());
    const RedisScript unicode(QStringLiteral("return 'gr\u00fc\u00df'").toUtf8());
    QCOMPARE(cli({QStringLiteral("SCRIPT"), QStringLiteral("LOAD"), QString::fromUtf8(unicode.source())}),
             unicode.sha1());
}

void tst_Script::noscriptFallback()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const RedisScript script(echoSource);
    const QStringList exists{QStringLiteral("SCRIPT"), QStringLiteral("EXISTS"), QString::fromLatin1(script.sha1())};
    QCOMPARE(cli(exists), QByteArray("0"));
    QCOMPARE(commandCalls("eval"), 0);

    Collector c;
    script.run(&client, {"k"}, {"v"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0), RedisValue::fromArray({RedisValue::fromString("k"), RedisValue::fromString("v")}));
    QCOMPARE(cli(exists), QByteArray("1"));   // EVAL loaded it
    QCOMPARE(commandCalls("eval"), 1);

    // Cached now: EVALSHA alone.
    script.run(&client, {"k2"}, {"v2"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    QCOMPARE(c.values.at(1), RedisValue::fromArray({RedisValue::fromString("k2"), RedisValue::fromString("v2")}));
    QCOMPARE(commandCalls("eval"), 1);

    // Flushed again behind the client's back: the fallback runs again.
    cli({QStringLiteral("SCRIPT"), QStringLiteral("FLUSH")});
    script.run(&client, {"k3"}, {"v3"}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 3, Timeout);
    QCOMPARE(c.values.at(2), RedisValue::fromArray({RedisValue::fromString("k3"), RedisValue::fromString("v3")}));
    QCOMPARE(commandCalls("eval"), 2);
    QVERIFY(roundTrip(client));
    QCOMPARE(c.values.size(), 3);
}

void tst_Script::scriptError()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    Collector c;
    const RedisScript failing(QByteArrayLiteral("return redis.error_reply('MYERR something went wrong')"));
    failing.run(&client, {}, {}, this, c.callback()); // NOSCRIPT, then EVAL's error
    failing.run(&client, {}, {}, this, c.callback()); // EVALSHA's error (loaded by now? either way an error)
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    for (const RedisValue &v : std::as_const(c.values)) {
        QVERIFY(v.isServerError());
        QCOMPARE(v.error(), Error::ServerError);
        QVERIFY2(v.errorString().contains(QLatin1String("something went wrong")), qPrintable(v.errorString()));
    }

    // A runtime error inside the script.
    const RedisScript broken(QByteArrayLiteral("return redis.call('INCR', KEYS[1])"));
    cli({QStringLiteral("SET"), QStringLiteral("text"), QStringLiteral("abc")});
    broken.run(&client, {"text"}, {}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 3, Timeout);
    QVERIFY(c.values.at(2).isServerError());

    // A syntax error: EVAL refuses to load it.
    const RedisScript syntax(QByteArrayLiteral("this is not lua"));
    syntax.run(&client, {}, {}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 4, Timeout);
    QVERIFY(c.values.at(3).isServerError());
    QVERIFY(!c.values.at(3).errorString().startsWith(QLatin1String("NOSCRIPT")));
}

void tst_Script::binaryKeysAndArgs()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const QByteArray key("bin\0key\r\n", 9);
    const QByteArray arg("\0\xff\xfe value \0", 12);
    const RedisScript script(echoSource);
    Collector c;
    script.run(&client, {key}, {arg}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0), RedisValue::fromArray({RedisValue::fromString(key), RedisValue::fromString(arg)}));

    const RedisScript store(QByteArrayLiteral("redis.call('SET', KEYS[1], ARGV[1]); return redis.call('GET', KEYS[1])"));
    store.run(&client, {key}, {arg}, this, c.callback());
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    QCOMPARE(c.values.at(1), RedisValue::fromString(arg));
    RedisValue stored;
    client.command({"GET", key}, this, [&](const RedisValue &v) { stored = v; });
    QTRY_COMPARE_WITH_TIMEOUT(stored, RedisValue::fromString(arg), Timeout);
}

void tst_Script::deadContextIsNotCalled()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const RedisScript script(echoSource);
    // Loaded: the EVALSHA reply itself is dropped.
    cli({QStringLiteral("SCRIPT"), QStringLiteral("LOAD"), QString::fromUtf8(echoSource)});
    int called = 0;
    {
        QObject context;
        script.run(&client, {"k"}, {"v"}, &context, [&](const RedisValue &) { ++called; });
    }
    QVERIFY(roundTrip(client));
    QCOMPARE(called, 0);
}

void tst_Script::deadContextDuringFallback()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const RedisScript script(echoSource); // not loaded: NOSCRIPT, then EVAL
    int called = 0;
    auto context = std::make_unique<QObject>();
    int evalshaSeen = 0;
    // Runs after EVALSHA's reply and before EVAL's (issued from that reply).
    script.run(&client, {"k"}, {"v"}, context.get(), [&](const RedisValue &) { ++called; });
    client.command({"PING"}, this, [&](const RedisValue &) {
        ++evalshaSeen;
        context.reset();
    });
    QTRY_COMPARE_WITH_TIMEOUT(evalshaSeen, 1, Timeout);
    QVERIFY(roundTrip(client));
    QCOMPARE(called, 0);
}

void tst_Script::moveOnlyCallback()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const RedisScript script(QByteArrayLiteral("return ARGV[1]"));
    auto owned = std::make_unique<int>(42);
    RedisValue value;
    int seen = 0;
    script.run(&client, {}, {"x"}, this, [&, owned = std::move(owned)](const RedisValue &v) {
        value = v;
        seen = *owned;
    });
    QTRY_COMPARE_WITH_TIMEOUT(seen, 42, Timeout);
    QCOMPARE(value, RedisValue::fromString("x"));
}

void tst_Script::notConnected()
{
    RedisClient client;
    client.setAutoReconnect(false);
    const RedisScript script(echoSource);
    Collector c;
    script.run(&client, {"k"}, {"v"}, this, c.callback());
    QCOMPARE(c.values.size(), 0); // never from inside run()
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 1, Timeout);
    QCOMPARE(c.values.at(0).error(), Error::NotConnected);

    QTest::ignoreMessage(QtWarningMsg, "RedisScript::run() called without a client");
    script.run(nullptr, {}, {}, this, c.callback());
    QCOMPARE(c.values.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(c.values.size(), 2, Timeout);
    QCOMPARE(c.values.at(1).error(), Error::InvalidArgument);
}

void tst_Script::callbacksRunOnce()
{
    RedisClient client;
    QVERIFY(connectClient(client));
    const RedisScript script(QByteArrayLiteral("return redis.call('INCR', KEYS[1])"));
    // Many runs before the first NOSCRIPT reply: each falls back once.
    QList<RedisValue> values;
    for (int i = 0; i < 50; ++i)
        script.run(&client, {"n"}, {}, this, [&](const RedisValue &v) { values.append(v); });
    QTRY_COMPARE_WITH_TIMEOUT(values.size(), 50, Timeout);
    QVERIFY(roundTrip(client));
    QCOMPARE(values.size(), 50);
    QList<qint64> numbers;
    for (const RedisValue &v : std::as_const(values))
        numbers.append(v.toInteger());
    std::sort(numbers.begin(), numbers.end());
    for (int i = 0; i < 50; ++i)
        QCOMPARE(numbers.at(i), qint64(i + 1));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("n")}), QByteArray("50"));
}

QTEST_GUILESS_MAIN(tst_Script)
#include "tst_script.moc"
