// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISTESTCLUSTER_H
#define REDISTESTCLUSTER_H

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>
#include <vector>

class RedisTestServer;

// A private Redis Cluster for one test suite: 6 redis-servers (3 masters,
// 3 replicas) on free ports of 127.0.0.1, each a RedisTestServer (own
// temporary directory, killed with the test process through
// PR_SET_PDEATHSIG), joined by `redis-cli --cluster create
// --cluster-replicas 1`. Node timeout 1000 ms: a failover takes 2-3 s.
//
// Each node keeps its cluster config (nodes.conf) in its own data directory
// (redis-server runs there: --dir), so restartNode() brings a node back with
// its identity and it rejoins (a killed master as a replica of the replica
// that took over). The cluster bus port is chosen free too (--cluster-port),
// not port + 10000, which may lie beyond 65535.
//
// Every call is blocking and returns within the given bound; the polling in
// waitForClusterOk() and friends sleeps between rounds, which is fine here
// and nowhere else: tests wait with QTRY_* / QSignalSpy::wait.
//
// Nodes are named by index 0..nodeCount()-1, in creation order; their roles
// change with failovers, so masters() / replicas() ask the nodes.
//
//     RedisTestCluster cluster;
//     QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
//     client.connectToCluster(cluster.seedNodes());
class RedisTestCluster
{
public:
    // A RESP2 reply as the fixture's own connections read it.
    struct Reply
    {
        enum Type { Invalid, Status, Error, Integer, String, Nil, Array };
        Type type = Invalid;
        QByteArray string;   // Status, Error, String
        qint64 integer = 0;  // Integer
        QList<Reply> elements; // Array
        bool isValid() const { return type != Invalid; }
        bool isError() const { return type == Error || type == Invalid; }
    };

    // One node's view of one node (a line of CLUSTER NODES).
    struct NodeInfo
    {
        QByteArray id;
        QString address;          // "127.0.0.1:port"
        bool master = false;
        bool failed = false;      // flagged fail (not pfail)
        QByteArray masterId;      // replicas
        QList<QPair<int, int>> slotRanges;
        bool openSlots = false;   // a slot of it is MIGRATING or IMPORTING (seen by itself only)
    };

    explicit RedisTestCluster(int masterCount = 3, int replicasPerMaster = 1);
    ~RedisTestCluster();

    RedisTestCluster(const RedisTestCluster &) = delete;
    RedisTestCluster &operator=(const RedisTestCluster &) = delete;

    // Starts the nodes, creates the cluster and waits until it is ok
    // everywhere. See errorString() on failure (the nodes are stopped).
    bool start(int timeoutMs = 60000);
    // Kills every node (the data is throw-away) and forgets the cluster.
    void stop();
    bool isStarted() const;

    int nodeCount() const;
    quint16 port(int node) const;
    QString address(int node) const;  // "127.0.0.1:port"
    QStringList seedNodes() const;    // address() of every node
    QByteArray nodeId(int node) const; // the node's cluster id (cached at start)
    int indexOfAddress(const QString &address) const; // -1 if none
    RedisTestServer &server(int node);
    bool isRunning(int node) const;

    // Indexes of the running nodes that are masters (with slots) / replicas
    // now, by asking each (ROLE).
    QList<int> masters();
    QList<int> replicas();
    // The running node whose master is node (-1 if none).
    int replicaOf(int masterNode);
    // The address of the master serving slot in the cluster's agreed view;
    // empty if the nodes do not agree or nobody serves it.
    QString masterOfSlot(int slot);
    // The node serving slot (-1 if unknown).
    int masterIndexOfSlot(int slot);
    // CLUSTER KEYSLOT key, asked of a running node (-1 on failure).
    int keySlot(const QByteArray &key);

    // redis-cli -p port(node) args: its stdout, trimmed.
    QByteArray cli(int node, const QStringList &args, int timeoutMs = 10000);
    // The commands sent in order on one fresh connection to node (so WAIT
    // after a SET waits for that SET); the replies, or empty on an I/O
    // failure (then errorString()).
    QList<Reply> pipeline(int node, const QList<QList<QByteArray>> &commands, int timeoutMs = 10000);
    Reply query(int node, const QList<QByteArray> &command, int timeoutMs = 10000);
    // The node's CLUSTER NODES, parsed; empty on failure.
    QList<NodeInfo> clusterNodes(int node);
    // DBSIZE summed over the masters (-1 on failure).
    qint64 totalKeys();
    // FLUSHALL on every master; true if all answered OK.
    bool flushAll();

    // SIGKILL, and reaped on return.
    void killNode(int node);
    // Starts a killed or stopped node again on its port with its nodes.conf:
    // it rejoins the cluster. Does not wait for the cluster to be ok.
    bool restartNode(int node);
    // Every running node says cluster_state:ok and they all have the same
    // view of the cluster (roles, slots, failed nodes), which covers all
    // 16384 slots with masters that are running, no slot is being
    // migrated, and every running replica's replication link is up.
    bool waitForClusterOk(int timeoutMs = 30000);
    // CLUSTER FAILOVER on replicaNode; waits until every running node sees
    // it as a master and the cluster is ok.
    bool failover(int replicaNode, int timeoutMs = 30000);

    // Moving one slot by hand, in steps a test can interleave with traffic:
    // IMPORTING on the target, MIGRATING on the source (in that order, as
    // redis-cli does, so the source never redirects to a target that would
    // answer MOVED).
    bool beginMigration(int slot, int fromNode, int toNode);
    // Moves up to count keys of slot (CLUSTER GETKEYSINSLOT, MIGRATE ...
    // KEYS); the number moved, or -1 on failure.
    int migrateKeys(int slot, int fromNode, int toNode, int count);
    // Moves the keys that are left, then CLUSTER SETSLOT slot NODE on the
    // target, the source and the other masters, and waits until the cluster
    // agrees.
    bool finishMigration(int slot, int fromNode, int toNode, int timeoutMs = 30000);
    // redis-cli --cluster reshard: slotCount slots (the lowest ones fromNode
    // serves) move to toNode; waits until the cluster agrees.
    bool reshard(int fromNode, int toNode, int slotCount, int timeoutMs = 60000);
    // The output of the last redis-cli --cluster run (create / reshard).
    QByteArray lastToolOutput() const;

    QString errorString() const;

private:
    bool startNodes();
    bool createCluster(int timeoutMs);
    bool runClusterTool(const QStringList &args, int timeoutMs);
    // The agreed view ("" if the running nodes disagree or are not ok).
    QByteArray agreedView(QString *why);
    static QByteArray viewOf(const QList<NodeInfo> &nodes);
    QList<int> runningNodes() const;
    bool setSlotEverywhere(int slot, int toNode, int fromNode);

    int m_masterCount;
    int m_replicasPerMaster;
    std::vector<std::unique_ptr<RedisTestServer>> m_nodes;
    QList<QByteArray> m_ids;
    QList<quint16> m_busPorts;
    QString m_error;
    QByteArray m_toolOutput;
    bool m_started = false;
};

#endif // REDISTESTCLUSTER_H
