// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Small helpers the client suites share (the server fixture of a suite is
// RedisTestCase, redistestcase.h).
#ifndef TESTHELPERS_H
#define TESTHELPERS_H

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <redisclient.h>

#include <functional>
#include <utility>

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

// How responsive the event loop stays: a 1 ms timer that keeps the longest
// gap between two of its ticks (the longest time the loop was kept busy)
// and counts the gaps over 16 ms (a dropped frame at 60 Hz). Reported by
// the suites and the benchmark, never asserted.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gap = now - m_last;
            m_longest = qMax(m_longest, gap);
            if (gap > 16'000'000) {
                ++m_over16;
                if (m_onStall)
                    m_onStall(double(gap) / 1e6);
            }
            m_last = now;
        });
    }
    // Called with each gap over 16 ms, in milliseconds.
    void setOnStall(std::function<void(double)> onStall) { m_onStall = std::move(onStall); }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_over16 = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return double(m_longest) / 1e6; }
    int over16() const { return m_over16; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::function<void(double)> m_onStall;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over16 = 0;
};

// QTREDIS_BIG_KEYS, or defaultCount when it is not a positive number.
inline int bigKeyCount(int defaultCount)
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("QTREDIS_BIG_KEYS", &ok);
    return ok && count > 0 ? count : defaultCount;
}

// RESP for redis-cli --pipe (RedisTestServer::cliPipe()) that sets count
// keys "ns<i%100>:sub<i%1000>:key<i>" to "v" with MSETs of 1000 keys,
// after the given commands (a SELECT, say).
inline QByteArray bigKeyspaceResp(int count, const QByteArray &before = QByteArray())
{
    QByteArray resp = before;
    resp.reserve(resp.size() + qsizetype(count) * 40);
    auto bulk = [&resp](const QByteArray &arg) {
        resp += '$' + QByteArray::number(arg.size()) + "\r\n" + arg + "\r\n";
    };
    for (int first = 0; first < count; first += 1000) {
        const int n = qMin(1000, count - first);
        resp += '*' + QByteArray::number(1 + 2 * n) + "\r\n";
        bulk("MSET");
        for (int i = first; i < first + n; ++i) {
            bulk("ns" + QByteArray::number(i % 100) + ":sub" + QByteArray::number(i % 1000) + ":key"
                 + QByteArray::number(i));
            bulk("v");
        }
    }
    return resp;
}

} // namespace QtRedisTest

#endif // TESTHELPERS_H
