// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef CLUSTERROUTER_P_H
#define CLUSTERROUTER_P_H

#include "redisclient.h"
#include "redisclusternode.h"
#include "redisglobal.h"
#include "redisvalue.h"
#include "cluster/commandkeys_p.h"
#include "cluster/slotmap_p.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qhash.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

#include <functional>
#include <vector>

class RedisClientPrivate;

namespace QtRedisPrivate {

class PendingCall;
class RedisLink;

// Routes a cluster client's commands by hash slot (see the README's
// Topologies section).
//
// The client's own link (the control link) is connected to one node of
// the cluster and loads the slot map (CLUSTER SHARDS, or CLUSTER SLOTS
// before Redis 7). Commands go over one connection per node: a private
// RedisClient each, made on first use, which keeps the standalone client's
// guarantees per node (callbacks once, in order, ConnectionLost for the
// commands in flight on a link that drops).
//
// A command is a RoutedCall in the queue of its slot (one more queue for
// keyless commands). Its callback runs in issue order within that queue.
// MOVED updates the map and resends, ASK resends once to the named node
// after ASKING, TRYAGAIN / CLUSTERDOWN / LOADING and "never sent" failures
// of a node's connection are retried with backoff after a map refresh:
// the server said the command did not run. While a slot has a command
// being redirected or retried, the commands issued after it wait in the
// queue, so that they run in issue order too.
class ClusterRouter final : public QObject
{
    Q_OBJECT
public:
    explicit ClusterRouter(RedisClientPrivate *client);
    ~ClusterRouter() override;

    // The control link is ready: load the slot map (connected() follows).
    void controlReady();
    // The control link failed and retries (failures in a row).
    void controlLost(int failures);
    int controlFailures() const { return m_controlFailures; }
    // The control link ended (state Closed, no retry): commands waiting
    // for a slot map fail with error and message.
    void controlClosed(QtRedis::Error error, const QString &message);
    bool hasMap() const { return !m_map.isEmpty(); }
    // The next address for the control link to try after a failure.
    QString nextControlAddress();
    // Something else (a shard channel's MOVED) saw the map change.
    void refreshSoon() { requestRefresh(true); }
    // connectToServer(): forget the old cluster.
    void reset();

    void issue(const QList<QByteArray> &args, PendingCall *call, qint64 timeoutOverride);
    void issueOnNode(const QString &node, const QList<QByteArray> &args, PendingCall *call,
                     qint64 timeoutOverride);
    // RedisReply::abort(): the call's callback is not run by the router.
    void cancel(PendingCall *call);
    // disconnectFromServer(): sent commands get their replies, waiting ones fail.
    void disconnectGracefully();
    // abort() / a failure / destruction: every command fails with error.
    void closeAll(QtRedis::Error error, const QString &message);
    int pendingCount() const { return m_pending; }

    QList<RedisClusterNode> nodes() const;
    QString nodeForKey(const QByteArray &key) const;
    void setAddressMapper(const std::function<QString(const QString &)> &mapper)
    {
        m_mapper = mapper;
        m_nodeByIndex.clear();
    }

private:
    struct RoutedCall;
    struct SlotQueue;
    struct Node;
    class MapRequest;
    class SplitJoin;

    // The address to connect to for an announced host:port.
    QString connectAddress(const QString &host, quint16 port) const;
    Node *nodeAt(const QString &address);
    Node *nodeForIndex(int index);
    Node *targetFor(const RoutedCall *call);

    void route(RoutedCall *call);
    void send(RoutedCall *call, Node *node);
    void sendDirect(Node *node, const QList<QByteArray> &args, qint64 timeout,
                    std::function<void(const RedisValue &)> done);
    void replied(RoutedCall *call, Node *node, const RedisValue &value);
    // The call is done: its callback runs in its slot's turn.
    void finish(RoutedCall *call, const RedisValue &value);
    void deliver(int slot);
    // Runs the callback (or completes the split's part) and deletes call.
    void finishNow(RoutedCall *call, const RedisValue &value);
    void complete(PendingCall *pending, const RedisValue &value);
    void pump(int slot);
    void holdSlot(int slot);
    void scheduleRetry(RoutedCall *call, const QString &reason);
    void armSweep();
    void retryDue();
    RedisValue tooManyRedirects(const QByteArray &last) const;
    void requestRefresh(bool urgent);
    void mapLoaded(const RedisValue &reply, bool shards);
    void applyMap(SlotMap map);
    void sendHeldBeforeMap();
    void failWaiting(QtRedis::Error error, const QString &message);
    RoutedCall *makeCall(const QList<QByteArray> &args, PendingCall *call, qint64 timeout, int slot);
    bool splitCommand(const QList<QByteArray> &args, const CommandKeys &keys, PendingCall *call, qint64 timeout);
    void fanOut(const QList<QByteArray> &args, const CommandKeys &keys, PendingCall *call, qint64 timeout);

    RedisClientPrivate *const m_client;
    SlotMap m_map;
    quint64 m_mapEpoch = 0;
    QHash<QString, Node *> m_nodes;            // by connect address
    std::vector<Node *> m_nodeByIndex;         // by index into m_map.nodes(); cleared with the map
    std::vector<SlotQueue *> m_slots;          // ClusterSlotCount + 1 (keyless), made on first use
    QList<RoutedCall *> m_waitingForMap;       // issued before the first slot map
    QList<RoutedCall *> m_retrying;            // due at their retryAt, in order of scheduling
    QTimer m_retryTimer;                       // retries and deadlines of commands held here
    QTimer m_refreshTimer;                     // a rate-limited refresh that is due
    QTimer m_periodic;                         // the periodic refresh
    QElapsedTimer m_lastRefresh;
    QList<int> m_delivering;                   // slots whose callbacks run now
    bool m_refreshing = false;
    bool m_refreshWanted = false;
    bool m_useShards = true;                   // CLUSTER SHARDS (Redis 7), else CLUSTER SLOTS
    bool m_closing = false;
    int m_controlIndex = 0;
    int m_controlFailures = 0;
    int m_pending = 0;
    quint64 m_pumpGeneration = 0;              // grows with every pump() and failWaiting()
    std::function<QString(const QString &)> m_mapper;
};

} // namespace QtRedisPrivate

#endif // CLUSTERROUTER_P_H
