// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISTESTCASE_H
#define REDISTESTCASE_H

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <redistestserver.h>

class RedisClient;

// The base of the Qt Test classes that run against a private redis-server:
// one server per suite, server(), started by initTestCase() (the suite fails
// if it cannot start) and started again by init() if a test stopped or
// killed it; plus the helpers those suites share. Waits are bounded by
// QtRedisTest::Timeout (testhelpers.h, which also has the fence roundTrip()).
//
// A suite that needs more declares the slot itself (override) and calls the
// base first:
//     void tst_Foo::initTestCase()
//     {
//         RedisTestCase::initTestCase();
//         if (!server().isRunning())
//             return; // the base failed the suite
//         QVERIFY(load({{"SET", "k", "v"}}));
//     }
//     void tst_Foo::init()
//     {
//         RedisTestCase::init();
//         cli({QStringLiteral("FLUSHALL")});
//     }
// Extra redis-server arguments for server(): pass them to the constructor,
//     tst_Foo() : RedisTestCase({QStringLiteral("--maxclients"), QStringLiteral("1")}) {}
// More servers: the suite owns and starts them (a RedisTestServer member
// started in its initTestCase(), or a local one in a test).
class RedisTestCase : public QObject
{
    Q_OBJECT
public:
    explicit RedisTestCase(const QStringList &serverArguments = {}, QObject *parent = nullptr);
    ~RedisTestCase() override;

protected Q_SLOTS:
    virtual void initTestCase(); // starts server()
    virtual void init();         // restarts server() if it is not running

protected:
    RedisTestServer &server() { return m_server; }

    // redis-cli against server(): its output, trimmed (see RedisTestServer::cli()).
    QByteArray cli(const QStringList &args);
    // Connects client to server() over TCP and waits for connected().
    bool connectClient(RedisClient &client);
    // Bulk loading: sends the commands through redis-cli --pipe, into
    // database (after a SELECT unless it is 0). True if none failed; else see
    // server().errorString().
    bool load(const QList<QList<QByteArray>> &commands, int database = 0);
    // The calls of a command (lower case, e.g. "scan", "memory|usage") since
    // the server started or the last CONFIG RESETSTAT; 0 if none.
    qint64 commandCalls(const QByteArray &command);
    // Waits until server() counts count subscribers of channel (PUBSUB NUMSUB).
    bool waitForSubscribers(const QByteArray &channel, int count);

private:
    RedisTestServer m_server;
    QStringList m_serverArguments;
};

#endif // REDISTESTCASE_H
