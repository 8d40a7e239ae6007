// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISTESTSENTINEL_H
#define REDISTESTSENTINEL_H

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QProcess;
class QTemporaryDir;
QT_END_NAMESPACE

class RedisTestServer;

// A private Sentinel deployment for one test suite: a master and two
// replicas (RedisTestServer instances, the replicas started with
// --replicaof) and three redis-sentinel processes on free ports, each with
// its own configuration file in its own temporary directory:
//     sentinel monitor <name> 127.0.0.1 <master port> 2
//     down-after-milliseconds 1000, failover-timeout 3000, resolve-hostnames no
// The data nodes require dataPassword() (masterauth too), the sentinels
// sentinelPassword() (sentinel auth-pass / sentinel-pass for each other):
// separate credentials, as in production.
//
// start() returns once every sentinel reports the master with its two
// replicas and the two other sentinels (bounded polling). Every process dies
// with the test process (PR_SET_PDEATHSIG, as RedisTestServer's).
//
// Waits that can take long (failover(), waitUntilStable()) keep the event
// loop running, so that clients under test see the failover as it happens.
class RedisTestSentinel
{
public:
    RedisTestSentinel();
    ~RedisTestSentinel();
    RedisTestSentinel(const RedisTestSentinel &) = delete;
    RedisTestSentinel &operator=(const RedisTestSentinel &) = delete;

    bool start();
    QString errorString() const { return m_error; }

    QString masterName() const { return QStringLiteral("qtredis-master"); }
    QString dataPassword() const { return QStringLiteral("data-secret"); }
    QString sentinelPassword() const { return QStringLiteral("sentinel-secret"); }

    // "127.0.0.1:port" of each sentinel, in order.
    QStringList sentinelAddresses() const;
    quint16 sentinelPort(int i) const;
    // The master's "127.0.0.1:port" as the running sentinels report it now
    // (empty if none answers).
    QString masterAddress();
    // The data nodes (0: the first master); which one is master changes.
    int nodeCount() const { return int(m_nodes.size()); }
    RedisTestServer &node(int i) { return *m_nodes.at(size_t(i)); }
    QString nodeAddress(int i) const;
    // The index of the node at address (-1 if none).
    int nodeIndex(const QString &address) const;
    // ROLE's first element of node i ("master", "slave"; empty if down).
    QByteArray role(int i);

    // SIGKILLs the current master; returns its index (-1 if none known).
    int killMaster();
    // Starts node i again (same port) and makes it a replica of the current
    // master, as the sentinels would (after 8 s).
    bool restartNode(int i);
    void killSentinel(int i);
    bool restartSentinel(int i);
    bool isSentinelRunning(int i) const;
    // SENTINEL FAILOVER, then waits until the sentinels name another
    // master and (settle) the deployment is stable again. True if so in
    // time. Without settle the old master is left to the sentinels (they
    // demote it after 8 s), so that clients under test move first.
    bool failover(int timeoutMs = 30000, bool settle = true);
    // Waits (event loop running) until every running sentinel names one
    // master, that node says it is master with every other running node as
    // a connected replica, and the sentinels see each other. Demotes a
    // stale master (a restarted or forced-out old master) on the way.
    bool waitUntilStable(int timeoutMs = 30000);

    // redis-cli against sentinel i / data node i (with their passwords).
    QByteArray sentinelCli(int i, const QStringList &args, int timeoutMs = 5000);
    QByteArray nodeCli(int i, const QStringList &args, int timeoutMs = 5000);
    // The log of sentinel i (post-mortems).
    QString sentinelLog(int i) const;

private:
    struct Sentinel;
    bool startSentinel(Sentinel &sentinel, bool newPort);
    bool isStable(QString *why);
    QByteArray cli(quint16 port, const QString &password, const QStringList &args, int timeoutMs);

    std::vector<std::unique_ptr<RedisTestServer>> m_nodes;
    std::vector<std::unique_ptr<Sentinel>> m_sentinels;
    QString m_error;
};

#endif // REDISTESTSENTINEL_H
