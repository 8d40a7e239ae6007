// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Small helpers the client suites share (the server fixture of a suite is
// RedisTestCase, redistestcase.h).
#ifndef TESTHELPERS_H
#define TESTHELPERS_H

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <redisclient.h>

namespace QtRedisTest {

// Upper bound for any single wait in the suites (never a sleep).
constexpr int Timeout = 15000;

// Collects the values of fast-path callbacks in call order.
struct Collector
{
    QList<RedisValue> values;
    auto callback() { return [this](const RedisValue &v) { values.append(v); }; }
};

// A TCP port on 127.0.0.1 where nothing listens: bound once, then released.
inline quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

// The calls= count of command in an INFO commandstats reply (0 if absent).
inline qint64 commandCallsIn(const QByteArray &commandStats, const QByteArray &command)
{
    const QByteArray tag = "cmdstat_" + command + ":calls=";
    const qsizetype at = commandStats.indexOf(tag);
    if (at < 0)
        return 0;
    const qsizetype from = at + tag.size();
    return commandStats.mid(from, commandStats.indexOf(',', from) - from).toLongLong();
}

// Connects and waits for connected(); false if it did not come in time.
inline bool connectAndWait(RedisClient &client, const QString &host, quint16 port)
{
    QSignalSpy connected(&client, &RedisClient::connected);
    client.connectToHost(host, port);
    return connected.wait(Timeout) && client.state() == RedisClient::State::Connected;
}

// A fence: sends PING through client and waits for its callback. Callbacks
// run in issue order, so once it ran, every command issued on client before
// it has had its callback. False if it did not run in time.
inline bool roundTrip(RedisClient &client)
{
    QObject context; // a reply after the timeout finds no callback to run
    bool replied = false;
    client.command({"PING"}, &context, [&replied](const RedisValue &) { replied = true; });
    return QTest::qWaitFor([&replied] { return replied; }, Timeout);
}

} // namespace QtRedisTest

#endif // TESTHELPERS_H
