// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redistestcase.h"

#include "testhelpers.h"

#include <QtTest/QTest>

RedisTestCase::RedisTestCase(const QStringList &serverArguments, QObject *parent)
    : QObject(parent), m_serverArguments(serverArguments)
{
}

RedisTestCase::~RedisTestCase() = default;

void RedisTestCase::initTestCase()
{
    QVERIFY2(m_server.start(m_serverArguments), qPrintable(m_server.errorString()));
}

void RedisTestCase::init()
{
    if (!m_server.isRunning())
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
}

QByteArray RedisTestCase::cli(const QStringList &args)
{
    return m_server.cli(args);
}

bool RedisTestCase::connectClient(RedisClient &client)
{
    return QtRedisTest::connectAndWait(client, m_server.host(), m_server.port());
}

bool RedisTestCase::load(const QList<QList<QByteArray>> &commands, int database)
{
    QByteArray resp;
    if (database != 0)
        resp += RedisTestServer::respCommand({"SELECT", QByteArray::number(database)});
    for (const QList<QByteArray> &command : commands)
        resp += RedisTestServer::respCommand(command);
    return m_server.cliPipe(resp);
}

qint64 RedisTestCase::commandCalls(const QByteArray &command)
{
    return QtRedisTest::commandCallsIn(m_server.cli({QStringLiteral("INFO"), QStringLiteral("commandstats")}),
                                       command);
}

bool RedisTestCase::waitForSubscribers(const QByteArray &channel, int count)
{
    return QTest::qWaitFor([&] {
        const QList<QByteArray> lines = m_server.cli({QStringLiteral("PUBSUB"), QStringLiteral("NUMSUB"),
                                                      QString::fromLatin1(channel)}).split('\n');
        return lines.size() >= 2 && lines.at(1).trimmed().toInt() == count;
    }, QtRedisTest::Timeout);
}
