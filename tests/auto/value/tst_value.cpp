// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisValue and the command-line splitter: no server needed.
#include <QtTest/QtTest>

#include <redisclient.h>
#include <redisvalue.h>

class tst_Value : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nil();
    void scalars();
    void errors();
    void nestedArrays();
    void sharing();
    void equality();
    void toVariant_data();
    void toVariant();
    void cliString_data();
    void cliString();
    void displayText_data();
    void displayText();
    void debugStream();
    void splitCommandLine_data();
    void splitCommandLine();
    void argsHelper();
    void streamCommands_data();
    void streamCommands();
};

void tst_Value::nil()
{
    RedisValue v;
    QVERIFY(v.isNil());
    QCOMPARE(v.type(), RedisValue::Type::Nil);
    QVERIFY(!v.isError());
    QCOMPARE(v.error(), QtRedis::Error::NoError);
    QCOMPARE(v.toByteArray(), QByteArray());
    QCOMPARE(v.size(), 0);
    QVERIFY(v.toArray().isEmpty());
    QVERIFY(v.at(0).isNil());
}

void tst_Value::scalars()
{
    const QByteArray binary("a\0b\r\n\xff", 6);
    const RedisValue s = RedisValue::fromString(binary);
    QCOMPARE(s.type(), RedisValue::Type::String);
    QCOMPARE(s.toByteArray(), binary);
    QCOMPARE(s.size(), 6);

    const RedisValue st = RedisValue::fromStatus("OK");
    QVERIFY(st.isStatus());
    QCOMPARE(st.toByteArray(), QByteArray("OK"));

    const RedisValue i = RedisValue::fromInteger(-42);
    QVERIFY(i.isInteger());
    QCOMPARE(i.toInteger(), -42);
    QCOMPARE(i.toByteArray(), QByteArray("-42"));

    bool ok = false;
    QCOMPARE(RedisValue::fromString("123").toInteger(&ok), 123);
    QVERIFY(ok);
    RedisValue::fromString("12x").toInteger(&ok);
    QVERIFY(!ok);
    RedisValue().toInteger(&ok);
    QVERIFY(!ok);
}

void tst_Value::errors()
{
    const RedisValue server = RedisValue::fromError("WRONGTYPE Operation against a key");
    QVERIFY(server.isError());
    QVERIFY(server.isServerError());
    QVERIFY(!server.isClientError());
    QCOMPARE(server.error(), QtRedis::Error::ServerError);
    QCOMPARE(server.errorString(), QStringLiteral("WRONGTYPE Operation against a key"));

    const RedisValue client = RedisValue::fromClientError(QtRedis::Error::ConnectionLost, QStringLiteral("gone"));
    QVERIFY(client.isError());
    QVERIFY(client.isClientError());
    QVERIFY(!client.isServerError());
    QCOMPARE(client.error(), QtRedis::Error::ConnectionLost);
    QCOMPARE(client.errorString(), QStringLiteral("gone"));

    // A client error can never look like a server error or like success.
    QVERIFY(RedisValue::fromClientError(QtRedis::Error::ServerError, QString()).isClientError());
    QVERIFY(RedisValue::fromClientError(QtRedis::Error::NoError, QString()).isClientError());
    QVERIFY(RedisValue::fromString("x").errorString().isEmpty());
}

void tst_Value::nestedArrays()
{
    const RedisValue inner = RedisValue::fromArray({RedisValue::fromInteger(1), RedisValue()});
    const RedisValue outer = RedisValue::fromArray({RedisValue::fromString("a"), inner});
    QVERIFY(outer.isArray());
    QCOMPARE(outer.size(), 2);
    QCOMPARE(outer.at(1).at(0).toInteger(), 1);
    QVERIFY(outer.at(1).at(1).isNil());
    QVERIFY(outer.at(5).isNil());
    QVERIFY(outer.at(-1).isNil());
    QCOMPARE(outer.toArray().at(0).toByteArray(), QByteArray("a"));
}

void tst_Value::sharing()
{
    RedisValue a = RedisValue::fromString("x");
    RedisValue b = a;
    QCOMPARE(a, b);
    RedisValue c = std::move(b);
    QCOMPARE(c.toByteArray(), QByteArray("x"));
    c = RedisValue::fromInteger(3);
    QCOMPARE(a.toByteArray(), QByteArray("x"));
    a.swap(c);
    QCOMPARE(a.toInteger(), 3);
}

void tst_Value::equality()
{
    QCOMPARE(RedisValue(), RedisValue());
    QCOMPARE(RedisValue::fromString("a"), RedisValue::fromString("a"));
    QVERIFY(RedisValue::fromString("a") != RedisValue::fromStatus("a"));
    QVERIFY(RedisValue::fromString("a") != RedisValue::fromString("b"));
    QVERIFY(RedisValue::fromInteger(1) != RedisValue::fromString("1"));
    QVERIFY(RedisValue::fromError("x") != RedisValue::fromClientError(QtRedis::Error::Timeout, QStringLiteral("x")));
    QCOMPARE(RedisValue::fromArray({RedisValue::fromInteger(1)}), RedisValue::fromArray({RedisValue::fromInteger(1)}));
    QVERIFY(RedisValue::fromArray({RedisValue::fromInteger(1)}) != RedisValue::fromArray({RedisValue::fromInteger(2)}));
}

void tst_Value::toVariant_data()
{
    QTest::addColumn<RedisValue>("value");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("nil") << RedisValue() << QVariant::fromValue(nullptr);
    QTest::newRow("utf8") << RedisValue::fromString("h\xc3\xa9llo") << QVariant(QStringLiteral("h\u00e9llo"));
    QTest::newRow("binary") << RedisValue::fromString(QByteArray("\xff\x00", 2)) << QVariant(QByteArray("\xff\x00", 2));
    // A leading byte order mark is part of the value (found by the fuzzer).
    QTest::newRow("utf8 bom") << RedisValue::fromString("\xef\xbb\xbfhi") << QVariant(QStringLiteral("\ufeffhi"));
    QTest::newRow("status") << RedisValue::fromStatus("OK") << QVariant(QStringLiteral("OK"));
    QTest::newRow("integer") << RedisValue::fromInteger(7) << QVariant::fromValue<qlonglong>(7);
    QTest::newRow("error") << RedisValue::fromError("ERR x") << QVariant(QStringLiteral("ERR x"));
    QTest::newRow("array") << RedisValue::fromArray({RedisValue::fromInteger(1), RedisValue::fromString("b")})
                           << QVariant(QVariantList{QVariant::fromValue<qlonglong>(1), QStringLiteral("b")});
}

void tst_Value::toVariant()
{
    QFETCH(RedisValue, value);
    QFETCH(QVariant, expected);
    const QVariant actual = value.toVariant();
    QCOMPARE(actual.metaType(), expected.metaType());
    if (!value.isNil())
        QCOMPARE(actual, expected);
}

void tst_Value::cliString_data()
{
    QTest::addColumn<RedisValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nil") << RedisValue() << QStringLiteral("(nil)");
    QTest::newRow("integer") << RedisValue::fromInteger(12) << QStringLiteral("(integer) 12");
    QTest::newRow("string") << RedisValue::fromString("bar") << QStringLiteral("\"bar\"");
    QTest::newRow("binary") << RedisValue::fromString(QByteArray("a\0\r\n\"\\\xff", 7))
                            << QStringLiteral("\"a\\x00\\r\\n\\\"\\\\\\xff\"");
    QTest::newRow("status") << RedisValue::fromStatus("OK") << QStringLiteral("OK");
    QTest::newRow("error") << RedisValue::fromError("ERR unknown") << QStringLiteral("(error) ERR unknown");
    QTest::newRow("hostile error") << RedisValue::fromError("ERR\r\n<b>x") << QStringLiteral("(error) ERR\\r\\n<b>x");
    // C1 control (U+009B, CSI) and a right-to-left override: escaped, not printed.
    QTest::newRow("c1 control") << RedisValue::fromStatus("a\xc2\x9b" "b") << QStringLiteral("a\\xc2\\x9bb");
    QTest::newRow("bidi override") << RedisValue::fromError("ERR \xe2\x80\xae" "x") << QStringLiteral("(error) ERR \\xe2\\x80\\xaex");
    QTest::newRow("plain utf8 status") << RedisValue::fromStatus("gr\xc3\xbc\xc3\x9f") << QStringLiteral("gr\u00fc\u00df");
    QTest::newRow("empty") << RedisValue::fromArray({}) << QStringLiteral("(empty array)");
    QList<RedisValue> ten;
    for (int i = 1; i <= 10; ++i)
        ten.append(RedisValue::fromInteger(i));
    QTest::newRow("nested")
            << RedisValue::fromArray({RedisValue::fromString("a"),
                                      RedisValue::fromArray({RedisValue::fromInteger(1), RedisValue()})})
            << QStringLiteral("1) \"a\"\n2) 1) (integer) 1\n   2) (nil)");
    QTest::newRow("aligned") << RedisValue::fromArray(ten)
                             << QStringLiteral(" 1) (integer) 1\n 2) (integer) 2\n 3) (integer) 3\n 4) (integer) 4\n"
                                               " 5) (integer) 5\n 6) (integer) 6\n 7) (integer) 7\n 8) (integer) 8\n"
                                               " 9) (integer) 9\n10) (integer) 10");
}

void tst_Value::cliString()
{
    QFETCH(RedisValue, value);
    QFETCH(QString, expected);
    QCOMPARE(value.toCliString(), expected);
}

void tst_Value::debugStream()
{
    QString out;
    QDebug(&out) << RedisValue::fromArray({RedisValue::fromString(QByteArray("a\0", 2)), RedisValue::fromInteger(3)});
    QVERIFY2(out.contains(QLatin1String("Array")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\\x00")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Integer, 3")), qPrintable(out));
}

void tst_Value::splitCommandLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::newRow("plain") << QStringLiteral("SET  k\tv ") << true << QList<QByteArray>{"SET", "k", "v"};
    QTest::newRow("empty") << QString() << true << QList<QByteArray>{};
    QTest::newRow("double") << QStringLiteral("SET k \"a b\\n\\x00\\xff\"") << true
                            << QList<QByteArray>{"SET", "k", QByteArray("a b\n\0\xff", 6)};
    QTest::newRow("single") << QStringLiteral("SET k 'it\\'s \\n'") << true
                            << QList<QByteArray>{"SET", "k", "it's \\n"};
    QTest::newRow("empty quoted") << QStringLiteral("SET k \"\"") << true << QList<QByteArray>{"SET", "k", ""};
    QTest::newRow("utf8") << QStringLiteral("SET k \u00e9") << true << QList<QByteArray>{"SET", "k", "\xc3\xa9"};
    QTest::newRow("unbalanced") << QStringLiteral("SET k \"abc") << false << QList<QByteArray>{};
    QTest::newRow("unbalanced single") << QStringLiteral("SET k 'abc") << false << QList<QByteArray>{};
    QTest::newRow("quote then text") << QStringLiteral("SET k \"a\"b") << false << QList<QByteArray>{};
}

void tst_Value::splitCommandLine()
{
    QFETCH(QString, line);
    QFETCH(bool, ok);
    QFETCH(QList<QByteArray>, args);
    QList<QByteArray> actual{"sentinel"};
    QCOMPARE(RedisClient::splitCommandLine(line, &actual), ok);
    if (ok)
        QCOMPARE(actual, args);
    else
        QCOMPARE(actual, QList<QByteArray>{"sentinel"}); // untouched on failure
}

void tst_Value::argsHelper()
{
    const QList<QByteArray> args = RedisClient::args("SET", QStringLiteral("k\u00e9"), QByteArray("v\0", 2), 42, -7LL, 1.5, 10u);
    QCOMPARE(args, (QList<QByteArray>{"SET", "k\xc3\xa9", QByteArray("v\0", 2), "42", "-7", "1.5", "10"}));
}

void tst_Value::streamCommands_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("stream");
    for (const char *name : {"SUBSCRIBE", "psubscribe", "SSubscribe", "UNSUBSCRIBE", "punsubscribe",
                             "SUNSUBSCRIBE", "monitor"})
        QTest::newRow(name) << QByteArray(name) << true;
    for (const char *name : {"PUBLISH", "GET", "SUBSCRIBEX", "MONITO", "", "SPUBLISH"})
        QTest::newRow(name) << QByteArray(name) << false;
}

void tst_Value::streamCommands()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, stream);
    QCOMPARE(RedisClient::isStreamCommand(name), stream);
}

void tst_Value::displayText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QByteArray("user:1 name") << qsizetype(-1) << QStringLiteral("user:1 name");
    QTest::newRow("empty") << QByteArray() << qsizetype(-1) << QString();
    QTest::newRow("controls") << QByteArray("a\nb\rc\td", 7) << qsizetype(-1) << QStringLiteral("a\\nb\\rc\\td");
    QTest::newRow("backslash doubled") << QByteArray("a\\x00") << qsizetype(-1) << QStringLiteral("a\\\\x00");
    QTest::newRow("nul and del") << QByteArray("a\0b\x7f", 4) << qsizetype(-1) << QStringLiteral("a\\x00b\\x7f");
    QTest::newRow("utf-8 kept") << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd") << qsizetype(-1)
                                << QString::fromUtf8("\xe4\xbd\xa0\xe5\xa5\xbd");
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xc3\x28") << qsizetype(-1) << QStringLiteral("\\xff\\xc3(");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << qsizetype(-1) << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << qsizetype(-1) << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("C1 control") << QByteArray("a\xc2\x85") << qsizetype(-1) << QStringLiteral("a\\xc2\\x85");
    QTest::newRow("bidi override") << QByteArray("x\xe2\x80\xaey") << qsizetype(-1)
                                   << QStringLiteral("x\\xe2\\x80\\xaey");
    QTest::newRow("line separator") << QByteArray("\xe2\x80\xa8") << qsizetype(-1)
                                    << QStringLiteral("\\xe2\\x80\\xa8");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbfk") << qsizetype(-1) << QStringLiteral("\\xef\\xbb\\xbfk");
    // An emoji sequence keeps its zero width joiner.
    const QByteArray family("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7");
    QTest::newRow("zwj emoji") << family << qsizetype(-1) << QString::fromUtf8(family);
    QTest::newRow("capped") << QByteArray("abcdef") << qsizetype(3) << QStringLiteral("abc\u2026");
    QTest::newRow("capped, whole characters") << QByteArray("a\xe4\xbd\xa0" "b") << qsizetype(2)
                                              << QString::fromUtf8("a\xe4\xbd\xa0\xe2\x80\xa6");
    QTest::newRow("cap not reached") << QByteArray("abc") << qsizetype(3) << QStringLiteral("abc");
}

void tst_Value::displayText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QString, expected);
    QCOMPARE(RedisValue::displayText(bytes, maxBytes), expected);
}

QTEST_GUILESS_MAIN(tst_Value)
#include "tst_value.moc"
