// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "cluster/clusterrouter_p.h"
#include "client/pendingcall_p.h"
#include "client/redisclient_p.h"
#include "cluster/keyslot_p.h"
#include "core/redislogging_p.h"
#include "transport/redisvaluebuilder_p.h"

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qrandom.h>

#include <chrono>
#include <hiredis/hiredis.h>

using QtRedis::Error;

namespace QtRedisPrivate {

namespace {
constexpr int KeylessSlot = ClusterSlotCount; // the queue of commands without a key
constexpr int MaxRedirects = 16;              // MOVED, ASK and retries of one command
constexpr int MinRefreshInterval = 100;       // ms between slot map loads after a failure
constexpr int MovedRefreshInterval = 1000;    // ms between slot map loads after MOVED
constexpr int PeriodicRefresh = 30000;        // ms
constexpr qint64 ScanNodeBits = 48;           // SCAN: master index above, node cursor below

qint64 steadyNow()
{
    return QDeadlineTimer::current().deadline();
}

bool startsWith(const QByteArray &text, const char *prefix)
{
    return text.startsWith(prefix);
}

// "MOVED 3999 127.0.0.1:6381" / "ASK 3999 127.0.0.1:6381"
bool parseRedirect(const QByteArray &message, int *slot, QString *host, quint16 *port)
{
    const QList<QByteArray> parts = message.split(' ');
    if (parts.size() < 3)
        return false;
    bool ok = false;
    *slot = parts.at(1).toInt(&ok);
    if (!ok || *slot < 0 || *slot >= ClusterSlotCount)
        return false;
    const QByteArray address = parts.at(2);
    const qsizetype colon = address.lastIndexOf(':');
    if (colon <= 0)
        return false;
    const int p = address.mid(colon + 1).toInt(&ok);
    if (!ok || p <= 0 || p > 65535)
        return false;
    QByteArray h = address.left(colon);
    if (h.startsWith('[') && h.endsWith(']'))
        h = h.mid(1, h.size() - 2);
    *host = QString::fromUtf8(h);
    *port = quint16(p);
    return true;
}

// Client-side failures of a node's connection that mean "never sent".
bool neverSent(Error error)
{
    switch (error) {
    case Error::ConnectionLost:       // in flight: outcome unknown
    case Error::Timeout:              // may have run
    case Error::Aborted:
    case Error::InvalidArgument:
    case Error::WrongThread:
    case Error::AuthenticationFailed: // retrying does not fix credentials
    case Error::TlsHandshakeFailed:
    case Error::SshHostKeyRejected:
    case Error::ServerError:
    case Error::NoError:
        return false;
    default:
        return true;
    }
}
} // namespace

// One command of the application (or one part of a split command) on its
// way through the cluster.
struct ClusterRouter::RoutedCall
{
    enum class State { Held, Sent, Retry, Done };
    QList<QByteArray> args;
    PendingCall *call = nullptr;  // the application's; null for a part of a split
    SplitJoin *join = nullptr;
    int joinIndex = 0;
    int slot = KeylessSlot;
    bool readOnly = false;
    State state = State::Held;
    Node *node = nullptr;         // where it was sent last
    QString askTarget;            // after ASK: the node of the next send
    int redirects = 0;
    qint64 deadline = 0;          // steady ms; 0: none
    qint64 retryAt = 0;
    RedisValue value;             // Done: the reply, delivered in its turn
    RoutedCall *next = nullptr;   // in its slot's queue
};

// The commands of one slot, in issue order; callbacks run from the head.
struct ClusterRouter::SlotQueue
{
    RoutedCall *head = nullptr;
    RoutedCall *tail = nullptr;
    bool holding = false; // a command is redirected or retried: later ones wait their turn
};

struct ClusterRouter::Node
{
    QString address;           // host:port connected to
    RedisClient *client = nullptr;
    bool forReads = false;     // a replica used for reads: READONLY on each connection
    bool readOnlySent = false; // on the current connection
};

// The slot map's query on the control link (one of the link's own requests).
class ClusterRouter::MapRequest final : public LinkRequest
{
public:
    MapRequest(ClusterRouter *router, bool shards) : m_router(router), m_shards(shards) { internal = true; }
    void replied(const redisReply *reply) override
    {
        if (m_router)
            m_router->mapLoaded(RedisValueBuilder::fromReply(reply), m_shards);
    }
    void release() override
    {
        if (m_router)
            m_router->m_refreshing = false;
        delete this;
    }
    QPointer<ClusterRouter> m_router;
    bool m_shards;
};

// Joins the parts of a split or fanned-out command into its one reply.
class ClusterRouter::SplitJoin
{
public:
    enum class Mode { Array, Sum, AllOk, Concat, AnyNonNil, AndArrays };
    PendingCall *call = nullptr;
    Mode mode = Mode::AllOk;
    int outstanding = 0;
    QList<RedisValue> results;        // per part
    QList<QList<int>> positions;      // Array: the result index of each element of a part
    int elements = 0;                 // Array: the size of the joined reply
    RedisValue joined() const
    {
        for (const RedisValue &value : results) {
            if (value.isError())
                return value; // the first failure, in part order
        }
        switch (mode) {
        case Mode::Array: {
            QList<RedisValue> out(elements);
            for (int p = 0; p < results.size(); ++p) {
                const QList<int> &where = positions.at(p);
                for (int i = 0; i < where.size(); ++i)
                    out[where.at(i)] = results.at(p).at(i);
            }
            return RedisValue::fromArray(out);
        }
        case Mode::Sum: {
            qint64 sum = 0;
            for (const RedisValue &value : results)
                sum += value.toInteger();
            return RedisValue::fromInteger(sum);
        }
        case Mode::AllOk:
            return results.isEmpty() ? RedisValue::fromStatus("OK") : results.first();
        case Mode::Concat: {
            QList<RedisValue> out;
            for (const RedisValue &value : results)
                out.append(value.toArray());
            return RedisValue::fromArray(out);
        }
        case Mode::AnyNonNil:
            for (const RedisValue &value : results) {
                if (!value.isNil())
                    return value;
            }
            return RedisValue();
        case Mode::AndArrays: {
            QList<RedisValue> out;
            for (const RedisValue &value : results) {
                for (int i = 0; i < value.size(); ++i) {
                    const qint64 v = value.at(i).toInteger();
                    if (i >= out.size())
                        out.append(RedisValue::fromInteger(v));
                    else if (v == 0)
                        out[i] = RedisValue::fromInteger(0);
                }
            }
            return RedisValue::fromArray(out);
        }
        }
        return RedisValue();
    }
};

ClusterRouter::ClusterRouter(RedisClientPrivate *client)
    : QObject(client->q), m_client(client), m_slots(size_t(ClusterSlotCount + 1), nullptr)
{
    m_retryTimer.setParent(this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ClusterRouter::retryDue);
    m_refreshTimer.setParent(this);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        const bool wanted = std::exchange(m_refreshWanted, false);
        requestRefresh(wanted);
    });
    m_periodic.setParent(this);
    m_periodic.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, [this] { requestRefresh(false); });
}

ClusterRouter::~ClusterRouter()
{
    closeAll(Error::Aborted, RedisClient::tr("The client was destroyed"));
    for (SlotQueue *queue : m_slots)
        delete queue;
    for (Node *node : std::as_const(m_nodes))
        delete node;
}

// --- addresses and nodes ---------------------------------------------------------

QString ClusterRouter::connectAddress(const QString &host, quint16 port) const
{
    const QString announced = RedisConnectionOptions::nodeAddressText(host, port);
    QString address = m_client->options.nodeAddressMap().value(announced, announced);
    if (m_mapper) {
        const QString mapped = m_mapper(address);
        if (!mapped.isEmpty())
            address = mapped;
    }
    return address;
}

ClusterRouter::Node *ClusterRouter::nodeAt(const QString &address)
{
    if (Node *node = m_nodes.value(address))
        return node;
    QString host;
    quint16 port = 0;
    if (!RedisConnectionOptions::parseNodeAddress(address, &host, &port))
        return nullptr;
    auto *node = new Node;
    node->address = address;
    RedisConnectionOptions options = m_client->options;
    options.setTopology(RedisConnectionOptions::Topology::Standalone);
    options.setHost(host);
    options.setPort(port);
    options.setUnixSocketPath(QString());
    options.setDatabase(0);
    options.setAutoReconnect(false);  // connected again on the next use
    options.setMaxQueuedCommands(-1); // bounded by the router
    node->client = new RedisClient(this);
    node->client->setOptions(options);
    // A node failing may mean a failover: look at the map again.
    connect(node->client, &RedisClient::errorOccurred, this, [this] { requestRefresh(true); });
    connect(node->client, &RedisClient::stateChanged, this, [this](RedisClient::State state) {
        if (state == RedisClient::State::Connected || state == RedisClient::State::Disconnected)
            Q_EMIT m_client->q->topologyChanged();
    });
    m_nodes.insert(address, node);
    return node;
}

ClusterRouter::Node *ClusterRouter::nodeForIndex(int index)
{
    if (index < 0 || index >= m_map.nodes().size())
        return nullptr;
    // Per command: the address text and its lookups only once per map.
    if (size_t(index) < m_nodeByIndex.size() && m_nodeByIndex[size_t(index)])
        return m_nodeByIndex[size_t(index)];
    const SlotMap::Node &n = m_map.nodes().at(index);
    Node *node = nodeAt(connectAddress(n.host, n.port));
    if (size_t(index) >= m_nodeByIndex.size())
        m_nodeByIndex.resize(size_t(index) + 1, nullptr);
    m_nodeByIndex[size_t(index)] = node;
    return node;
}

ClusterRouter::Node *ClusterRouter::targetFor(const RoutedCall *call)
{
    if (!call->askTarget.isEmpty())
        return nodeAt(call->askTarget);
    if (m_map.isEmpty())
        return nullptr;
    if (call->slot == KeylessSlot) {
        const QList<int> masters = m_map.masters();
        return masters.isEmpty() ? nullptr : nodeForIndex(masters.first());
    }
    const int master = m_map.masterOf(call->slot);
    if (master < 0)
        return nullptr;
    if (call->readOnly && m_client->options.readFromReplicas()) {
        const QList<int> replicas = m_map.replicasOf(master);
        if (!replicas.isEmpty()) {
            // A stable choice per slot spreads the reads and keeps their order.
            Node *replica = nodeForIndex(replicas.at(call->slot % replicas.size()));
            if (replica) {
                replica->forReads = true;
                return replica;
            }
        }
    }
    return nodeForIndex(master);
}

QString ClusterRouter::nextControlAddress()
{
    QStringList candidates;
    for (const SlotMap::Node &n : m_map.nodes())
        candidates.append(connectAddress(n.host, n.port));
    for (const QString &seed : m_client->options.seedNodes()) {
        if (!candidates.contains(seed))
            candidates.append(seed);
    }
    if (candidates.isEmpty())
        return QString();
    m_controlIndex = (m_controlIndex + 1) % int(candidates.size());
    return candidates.at(m_controlIndex);
}

// --- the slot map ------------------------------------------------------------------

void ClusterRouter::controlReady()
{
    m_refreshing = false;
    m_lastRefresh.invalidate();
    requestRefresh(true);
}

void ClusterRouter::requestRefresh(bool urgent)
{
    RedisLink *link = m_client->link;
    if (m_closing || link->state() != RedisLink::State::Ready)
        return; // loaded when the control link is ready again
    if (m_refreshing) {
        m_refreshWanted = m_refreshWanted || urgent;
        return;
    }
    const int interval = urgent ? MinRefreshInterval : MovedRefreshInterval;
    if (m_lastRefresh.isValid() && m_lastRefresh.elapsed() < interval) {
        m_refreshWanted = m_refreshWanted || urgent;
        if (!m_refreshTimer.isActive() || m_refreshTimer.remainingTime() > interval)
            m_refreshTimer.start(int(interval - m_lastRefresh.elapsed()));
        return;
    }
    m_lastRefresh.start();
    m_refreshing = true;
    auto *request = new MapRequest(this, m_useShards);
    const QList<QByteArray> args = m_useShards
            ? QList<QByteArray>{QByteArrayLiteral("CLUSTER"), QByteArrayLiteral("SHARDS")}
            : QList<QByteArray>{QByteArrayLiteral("CLUSTER"), QByteArrayLiteral("SLOTS")};
    if (!link->send(args, request))
        request->release();
}

void ClusterRouter::mapLoaded(const RedisValue &reply, bool shards)
{
    m_refreshing = false;
    const QString queried = m_client->link->options().host();
    if (reply.isError()) {
        const QByteArray message = reply.toByteArray();
        if (shards && (message.contains("unknown subcommand") || message.contains("Unknown subcommand"))) {
            m_useShards = false; // before Redis 7
            m_lastRefresh.invalidate();
            requestRefresh(true);
            return;
        }
        if (message.contains("cluster support disabled")) {
            m_client->link->fail(Error::ClusterRoutingFailed,
                                 RedisClient::tr("%1 is not a cluster node (cluster support is disabled): "
                                                 "connect to it with connectToHost()")
                                         .arg(m_client->link->endpoint()),
                                 false);
            return;
        }
        qCWarning(lcRedisClient).noquote() << "cluster: loading the slot map failed:" << reply.errorString();
        if (!hasMap())
            m_client->link->fail(Error::ClusterRoutingFailed,
                                 RedisClient::tr("%1 did not give the slot map: %2")
                                         .arg(m_client->link->endpoint(), reply.errorString()));
        return;
    }
    SlotMap map;
    QString why;
    const bool ok = shards ? map.loadShards(reply, queried, &why) : map.loadSlots(reply, queried, &why);
    if (!ok) {
        if (!hasMap())
            m_client->link->fail(Error::ClusterRoutingFailed,
                                 RedisClient::tr("%1 sent an unusable slot map: %2")
                                         .arg(m_client->link->endpoint(), why));
        return;
    }
    applyMap(std::move(map));
    if (m_refreshWanted && !m_refreshTimer.isActive()) {
        m_refreshWanted = false;
        m_refreshTimer.start(MinRefreshInterval);
    }
    m_periodic.start(PeriodicRefresh);
}

void ClusterRouter::applyMap(SlotMap map)
{
    const bool first = m_map.isEmpty();
    // Slots whose master changed: commands in flight there finish first.
    QList<int> moved;
    bool changed = first || map.nodes().size() != m_map.nodes().size();
    for (int slot = 0; slot < ClusterSlotCount; ++slot) {
        const int a = first ? -1 : m_map.masterOf(slot);
        const int b = map.masterOf(slot);
        const QString before = a < 0 ? QString()
                : RedisConnectionOptions::nodeAddressText(m_map.nodes().at(a).host, m_map.nodes().at(a).port);
        const QString after = b < 0 ? QString()
                : RedisConnectionOptions::nodeAddressText(map.nodes().at(b).host, map.nodes().at(b).port);
        if (before != after) {
            changed = true;
            if (m_slots[size_t(slot)] && m_slots[size_t(slot)]->head)
                moved.append(slot);
        }
    }
    if (!changed) {
        for (int i = 0; i < map.nodes().size(); ++i) {
            const SlotMap::Node &x = map.nodes().at(i);
            const SlotMap::Node &y = m_map.nodes().at(i);
            if (x.id != y.id || x.host != y.host || x.port != y.port || x.master != y.master)
                changed = true;
        }
    }
    m_map = std::move(map);
    m_nodeByIndex.clear();
    ++m_mapEpoch;
    if (const int uncovered = m_map.uncoveredSlots())
        qCDebug(lcRedisClient) << "cluster: slot map loaded," << uncovered << "slots without a master";
    QPointer<ClusterRouter> guard(this);
    if (first) {
        m_client->clusterReady();
        if (!guard)
            return;
        sendHeldBeforeMap();
        if (!guard)
            return;
    }
    for (int slot : std::as_const(moved)) {
        holdSlot(slot);
        pump(slot);
        if (!guard)
            return;
    }
    if (changed && !first)
        Q_EMIT m_client->q->topologyChanged();
}

void ClusterRouter::sendHeldBeforeMap()
{
    const QList<RoutedCall *> held = std::exchange(m_waitingForMap, {});
    QPointer<ClusterRouter> guard(this);
    for (RoutedCall *call : held) {
        route(call);
        if (!guard)
            return;
    }
}

void ClusterRouter::controlLost(int failures)
{
    // The control link retries on the next node; the node connections go on.
    m_controlFailures = failures;
}

void ClusterRouter::controlClosed(Error error, const QString &message)
{
    const QList<RoutedCall *> held = std::exchange(m_waitingForMap, {});
    for (RoutedCall *call : held)
        finishNow(call, RedisValue::fromClientError(error == Error::NoError ? Error::Aborted : error, message));
}

// --- issuing -----------------------------------------------------------------------

ClusterRouter::RoutedCall *ClusterRouter::makeCall(const QList<QByteArray> &args, PendingCall *call,
                                                   qint64 timeout, int slot)
{
    auto *routed = new RoutedCall;
    routed->args = args;
    routed->call = call;
    routed->slot = slot;
    if (timeout > 0)
        routed->deadline = steadyNow() + timeout;
    return routed;
}

void ClusterRouter::issue(const QList<QByteArray> &args, PendingCall *call, qint64 timeoutOverride)
{
    CommandQueue &queue = m_client->queue;
    if (args.isEmpty()) {
        queue.fail(call, Error::InvalidArgument, RedisClient::tr("Empty command"));
        return;
    }
    if (RedisClient::isStreamCommand(args.first())) {
        queue.fail(call, Error::InvalidArgument,
                   RedisClient::tr("%1 cannot be sent with command(): it turns the connection into a "
                                   "stream of messages").arg(QString::fromLatin1(args.first().toUpper())));
        return;
    }
    if (m_closing || m_client->link->state() == RedisLink::State::Closed
        || m_client->link->state() == RedisLink::State::Closing) {
        if (m_client->destroying)
            queue.fail(call, Error::Aborted, RedisClient::tr("The client was destroyed"));
        else
            queue.fail(call, Error::NotConnected, RedisClient::tr("Not connected to a Redis cluster"));
        return;
    }
    const qint64 timeout = timeoutOverride >= 0 ? timeoutOverride : m_client->options.commandTimeout();
    const CommandKeys keys = commandKeys(args);
    switch (keys.kind) {
    case CommandKeys::Kind::Refused:
        queue.fail(call, Error::InvalidArgument,
                   RedisClient::tr("%1 cannot be used on a cluster client: %2")
                           .arg(QString::fromLatin1(args.first().toUpper()), QString::fromLatin1(keys.refusal)));
        return;
    case CommandKeys::Kind::AllMasters:
        if (!hasMap())
            break; // fanned out once the map is there
        fanOut(args, keys, call, timeout);
        return;
    case CommandKeys::Kind::Split:
        if (splitCommand(args, keys, call, timeout))
            return;
        break;
    case CommandKeys::Kind::Keyed:
    case CommandKeys::Kind::Keyless:
        break;
    }
    const bool later = !hasMap()
            && (keys.kind == CommandKeys::Kind::AllMasters || keys.kind == CommandKeys::Kind::Split);
    int slot = KeylessSlot;
    for (int index : later ? QList<int>() : keys.keyIndexes) {
        if (index >= args.size())
            continue;
        const int s = keyHashSlot(args.at(index));
        if (slot != KeylessSlot && s != slot) {
            queue.fail(call, Error::CrossSlot,
                       RedisClient::tr("The keys of %1 map to different hash slots; use a hash tag ({...}) "
                                       "to keep them in one slot").arg(QString::fromLatin1(args.first().toUpper())));
            return;
        }
        slot = s;
    }
    if (!hasMap() && m_client->options.maxQueuedCommands() >= 0
        && m_waitingForMap.size() >= m_client->options.maxQueuedCommands()) {
        queue.fail(call, Error::QueueFull,
                   RedisClient::tr("%n command(s) already wait for the connection", nullptr,
                                   int(m_waitingForMap.size())));
        return;
    }
    call->routed = true;
    ++m_pending;
    RoutedCall *routed = makeCall(args, call, timeout, slot);
    routed->readOnly = keys.readOnly;
    if (!hasMap()) {
        routed->retryAt = later ? -1 : 0; // -1: issued again (split, fanned out) once the map is there
        m_waitingForMap.append(routed);
        armSweep();
        return;
    }
    route(routed);
}

void ClusterRouter::route(RoutedCall *call)
{
    if (call->retryAt == -1) {
        // Held before the map: split or fanned out now.
        PendingCall *pending = call->call;
        const QList<QByteArray> args = call->args;
        const qint64 remaining = call->deadline ? qMax<qint64>(1, call->deadline - steadyNow()) : 0;
        delete call;
        --m_pending;
        pending->routed = false;
        issue(args, pending, remaining);
        return;
    }
    SlotQueue *&queue = m_slots[size_t(call->slot)];
    if (!queue)
        queue = new SlotQueue;
    call->next = nullptr;
    (queue->tail ? queue->tail->next : queue->head) = call;
    queue->tail = call;
    if (queue->holding) {
        pump(call->slot);
        return;
    }
    Node *node = targetFor(call);
    if (!node) {
        holdSlot(call->slot);
        requestRefresh(true);
        scheduleRetry(call, RedisClient::tr("no node serves hash slot %1").arg(call->slot));
        return;
    }
    send(call, node);
}

void ClusterRouter::send(RoutedCall *call, Node *node)
{
    qint64 timeout = 0;
    if (call->deadline) {
        timeout = call->deadline - steadyNow();
        if (timeout <= 0) {
            finish(call, RedisValue::fromClientError(
                    Error::Timeout, RedisClient::tr("No reply from the cluster in time; the command did not run")));
            return;
        }
    }
    RedisClient *client = node->client;
    if (client->state() == RedisClient::State::Disconnected) {
        client->connectToServer();
        node->readOnlySent = false;
    }
    if (node->forReads && !node->readOnlySent) {
        // Goes first on this connection (held ones are sent in order).
        client->command({QByteArrayLiteral("READONLY")}, this, [](const RedisValue &) {});
        node->readOnlySent = true;
    }
    call->state = RoutedCall::State::Sent;
    call->node = node;
    if (!call->askTarget.isEmpty()) {
        client->command({QByteArrayLiteral("ASKING")}, this, [](const RedisValue &) {});
        call->askTarget.clear();
    }
    client->command(call->args, std::chrono::milliseconds(timeout), this,
                    [this, call, node](const RedisValue &value) { replied(call, node, value); });
}

void ClusterRouter::replied(RoutedCall *call, Node *node, const RedisValue &value)
{
    Q_UNUSED(node);
    if (m_closing || !value.isError()) {
        finish(call, value);
        return;
    }
    if (value.isServerError()) {
        const QByteArray message = value.toByteArray();
        int slot = 0;
        QString host;
        quint16 port = 0;
        if (startsWith(message, "MOVED ") && parseRedirect(message, &slot, &host, &port)) {
            if (++call->redirects > MaxRedirects) {
                finish(call, tooManyRedirects(message));
                return;
            }
            const bool known = m_map.indexOfAddress(host, port) >= 0;
            m_map.moveSlot(slot, host, port);
            requestRefresh(!known);
            call->askTarget.clear();
            holdSlot(call->slot);
            if (call->redirects > 3) {
                // Redirected back and forth (a migration finishing): back off.
                --call->redirects;
                scheduleRetry(call, QString::fromUtf8(message));
                return;
            }
            call->state = RoutedCall::State::Held;
            pump(call->slot);
            return;
        }
        if (startsWith(message, "ASK ") && parseRedirect(message, &slot, &host, &port)) {
            if (++call->redirects > MaxRedirects) {
                finish(call, tooManyRedirects(message));
                return;
            }
            call->state = RoutedCall::State::Held;
            call->askTarget = connectAddress(host, port);
            holdSlot(call->slot);
            pump(call->slot);
            return;
        }
        if (startsWith(message, "TRYAGAIN") || startsWith(message, "CLUSTERDOWN") || startsWith(message, "LOADING")) {
            if (!startsWith(message, "TRYAGAIN"))
                requestRefresh(true);
            holdSlot(call->slot);
            scheduleRetry(call, QString::fromUtf8(message));
            return;
        }
        finish(call, value);
        return;
    }
    if (neverSent(value.error())
        || (value.error() == Error::TlsHandshakeFailed && !m_client->options.isTlsEnabled())) {
        // (A plain connection closed before any answer reads as "TLS expected".)
        // The node could not be reached: the command never went out.
        requestRefresh(true);
        holdSlot(call->slot);
        scheduleRetry(call, value.errorString());
        return;
    }
    if (value.error() == Error::ConnectionLost)
        requestRefresh(true);
    finish(call, value);
}

RedisValue ClusterRouter::tooManyRedirects(const QByteArray &last) const
{
    return RedisValue::fromClientError(
            Error::ClusterRoutingFailed,
            RedisClient::tr("Gave up after %1 redirects or retries; the command did not run (last: %2)")
                    .arg(MaxRedirects).arg(QString::fromUtf8(last.left(200))));
}

void ClusterRouter::scheduleRetry(RoutedCall *call, const QString &reason)
{
    if (++call->redirects > MaxRedirects) {
        finish(call, tooManyRedirects(reason.toUtf8()));
        return;
    }
    const int delay = qMin(1000, 25 << qMin(call->redirects - 1, 6));
    call->state = RoutedCall::State::Retry;
    call->retryAt = steadyNow() + delay;
    m_retrying.append(call);
    armSweep();
}

void ClusterRouter::armSweep()
{
    qint64 next = -1;
    for (const RoutedCall *call : std::as_const(m_retrying)) {
        if (next < 0 || call->retryAt < next)
            next = call->retryAt;
    }
    for (const RoutedCall *call : std::as_const(m_waitingForMap)) {
        if (call->deadline && (next < 0 || call->deadline < next))
            next = call->deadline;
    }
    if (next < 0) {
        m_retryTimer.stop();
        return;
    }
    m_retryTimer.start(int(qBound(qint64(0), next - steadyNow(), qint64(60000))));
}

void ClusterRouter::retryDue()
{
    const qint64 now = steadyNow();
    QPointer<ClusterRouter> guard(this);
    // Commands waiting for the first map: their deadline.
    for (qsizetype i = 0; i < m_waitingForMap.size();) {
        RoutedCall *call = m_waitingForMap.at(i);
        if (call->deadline && call->deadline <= now) {
            m_waitingForMap.removeAt(i);
            finishNow(call, RedisValue::fromClientError(
                    Error::Timeout, RedisClient::tr("No slot map from the cluster in time; the command did not run")));
            if (!guard)
                return;
        } else {
            ++i;
        }
    }
    QList<int> slotsDue;
    for (qsizetype i = 0; i < m_retrying.size();) {
        RoutedCall *call = m_retrying.at(i);
        if (call->retryAt <= now) {
            m_retrying.removeAt(i);
            call->state = RoutedCall::State::Held;
            if (!slotsDue.contains(call->slot))
                slotsDue.append(call->slot);
        } else {
            ++i;
        }
    }
    for (int slot : std::as_const(slotsDue)) {
        pump(slot);
        if (!guard)
            return;
    }
    armSweep();
}

void ClusterRouter::holdSlot(int slot)
{
    if (SlotQueue *queue = m_slots[size_t(slot)])
        queue->holding = true;
}

void ClusterRouter::pump(int slot)
{
    SlotQueue *queue = m_slots[size_t(slot)];
    if (!queue)
        return;
    // In order: a command waits while one before it is being retried or is
    // still in flight on a node that no longer serves the slot.
    bool barrier = false;
    bool abnormal = false;
    QList<RoutedCall *> toSend;
    QList<RoutedCall *> toFail;
    for (RoutedCall *call = queue->head; call; call = call->next) {
        switch (call->state) {
        case RoutedCall::State::Done:
            break;
        case RoutedCall::State::Sent:
            if (call->node != targetFor(call)) {
                barrier = true;
                abnormal = true;
            }
            break;
        case RoutedCall::State::Retry:
            barrier = true;
            abnormal = true;
            break;
        case RoutedCall::State::Held:
            if (barrier) {
                abnormal = true;
                break;
            }
            toSend.append(call);
            break;
        }
    }
    queue->holding = abnormal;
    QPointer<ClusterRouter> guard(this);
    const quint64 generation = ++m_pumpGeneration;
    for (RoutedCall *call : std::as_const(toSend)) {
        // A callback run meanwhile may have sent, failed or delivered these
        // calls (a nested pump(), abort()): look at the queue afresh.
        if (!guard)
            return;
        if (m_pumpGeneration != generation) {
            pump(slot);
            return;
        }
        Node *node = targetFor(call);
        if (!node) {
            queue->holding = true;
            requestRefresh(true);
            scheduleRetry(call, RedisClient::tr("no node serves hash slot %1").arg(call->slot));
        } else {
            send(call, node);
        }
    }
    deliver(slot);
}

// --- completing --------------------------------------------------------------------

void ClusterRouter::finish(RoutedCall *call, const RedisValue &value)
{
    call->state = RoutedCall::State::Done;
    call->value = value;
    const int slot = call->slot;
    SlotQueue *queue = m_slots[size_t(slot)];
    // Commands held behind this one may go now.
    if (queue && queue->holding)
        pump(slot);
    else
        deliver(slot);
}

void ClusterRouter::deliver(int slot)
{
    SlotQueue *queue = m_slots[size_t(slot)];
    if (!queue || m_delivering.contains(slot))
        return;
    // One at a time: a callback may issue commands (appended at the tail),
    // or destroy the client.
    m_delivering.append(slot);
    QPointer<ClusterRouter> guard(this);
    while (queue->head && queue->head->state == RoutedCall::State::Done) {
        RoutedCall *call = queue->head;
        queue->head = call->next;
        if (!queue->head)
            queue->tail = nullptr;
        const RedisValue value = std::move(call->value); // finishNow() deletes call
        finishNow(call, value);
        if (!guard)
            return;
    }
    m_delivering.removeOne(slot);
}

void ClusterRouter::finishNow(RoutedCall *call, const RedisValue &value)
{
    // The application's callback (or the split's part), then the call is gone.
    SplitJoin *join = call->join;
    const int index = call->joinIndex;
    PendingCall *pending = call->call;
    delete call;
    if (join) {
        join->results[index] = value;
        if (--join->outstanding == 0) {
            pending = join->call;
            const RedisValue joined = join->joined();
            delete join;
            complete(pending, joined);
        }
        return;
    }
    complete(pending, value);
}

void ClusterRouter::complete(PendingCall *pending, const RedisValue &value)
{
    if (!pending)
        return;
    --m_pending;
    if (!pending->timedOut) // else cancelled (RedisReply::abort())
        pending->complete(value);
    pending->release();
}

void ClusterRouter::cancel(PendingCall *call)
{
    call->timedOut = true; // not completed by the router; released when its turn comes
}

// --- split and fanned-out commands ---------------------------------------------------

bool ClusterRouter::splitCommand(const QList<QByteArray> &args, const CommandKeys &keys, PendingCall *call,
                                 qint64 timeout)
{
    if (!hasMap())
        return false; // one unit until the map is there (see issue())
    const int step = qMax(1, keys.splitStep);
    // Parts per slot, in the order their slots first appear.
    QList<int> partSlots;
    QList<QList<int>> partKeys; // argument indexes of each part's keys
    int firstSlot = -1;
    bool several = false;
    for (int index = 1; index + step - 1 < args.size(); index += step) {
        const int slot = keyHashSlot(args.at(index));
        if (firstSlot < 0)
            firstSlot = slot;
        else if (slot != firstSlot)
            several = true;
        const qsizetype part = partSlots.indexOf(slot);
        if (part < 0) {
            partSlots.append(slot);
            partKeys.append(QList<int>{index});
        } else {
            partKeys[part].append(index);
        }
    }
    if (!several)
        return false; // one slot: routed as it is
    const QByteArray name = args.first().toUpper();
    auto *join = new SplitJoin;
    join->call = call;
    join->mode = name == "MGET" ? SplitJoin::Mode::Array
            : name == "MSET" ? SplitJoin::Mode::AllOk : SplitJoin::Mode::Sum;
    join->outstanding = int(partSlots.size());
    join->results.resize(partSlots.size());
    join->elements = int((args.size() - 1) / step);
    call->routed = true;
    ++m_pending;
    QList<RoutedCall *> parts;
    for (int p = 0; p < partSlots.size(); ++p) {
        QList<QByteArray> partArgs{args.first()};
        QList<int> where;
        for (int index : partKeys.at(p)) {
            for (int k = 0; k < step; ++k)
                partArgs.append(args.at(index + k));
            where.append((index - 1) / step);
        }
        join->positions.append(where);
        RoutedCall *part = makeCall(partArgs, nullptr, timeout, partSlots.at(p));
        part->join = join;
        part->joinIndex = p;
        part->readOnly = keys.readOnly;
        parts.append(part);
    }
    QPointer<ClusterRouter> guard(this);
    for (RoutedCall *part : std::as_const(parts)) {
        route(part);
        if (!guard)
            return true;
    }
    return true;
}

void ClusterRouter::fanOut(const QList<QByteArray> &args, const CommandKeys &keys, PendingCall *call,
                           qint64 timeout)
{
    const QList<int> masters = m_map.masters();
    if (masters.isEmpty()) {
        m_client->queue.fail(call, Error::ClusterRoutingFailed, RedisClient::tr("The cluster has no master"));
        return;
    }
    auto *join = new SplitJoin;
    join->call = call;
    QList<QPair<Node *, QList<QByteArray>>> sends;
    switch (keys.combine) {
    case CommandKeys::Combine::SumIntegers:
        join->mode = SplitJoin::Mode::Sum;
        break;
    case CommandKeys::Combine::ConcatArrays:
        join->mode = SplitJoin::Mode::Concat;
        break;
    case CommandKeys::Combine::AndIntegers:
        join->mode = SplitJoin::Mode::AndArrays;
        break;
    case CommandKeys::Combine::AnyNode:
        join->mode = SplitJoin::Mode::AnyNonNil;
        break;
    case CommandKeys::Combine::Scan: {
        // One cursor over every master: the master's index in its high bits.
        bool ok = args.size() > 1;
        const quint64 cursor = ok ? args.at(1).toULongLong(&ok) : 0;
        const int index = int(cursor >> ScanNodeBits);
        if (!ok || index >= masters.size()) {
            delete join;
            m_client->queue.fail(call, Error::InvalidArgument,
                                 RedisClient::tr("Invalid SCAN cursor for this cluster"));
            return;
        }
        QList<QByteArray> nodeArgs = args;
        nodeArgs[1] = QByteArray::number(cursor & ((quint64(1) << ScanNodeBits) - 1));
        Node *node = nodeForIndex(masters.at(index));
        call->routed = true;
        ++m_pending;
        sendDirect(node, nodeArgs, timeout, [this, call, index, masters](const RedisValue &value) {
            RedisValue out = value;
            if (!value.isError() && value.size() == 2) {
                bool good = false;
                const quint64 next = value.at(0).toByteArray().toULongLong(&good);
                quint64 joined = 0;
                if (!good || next >> ScanNodeBits) {
                    out = RedisValue::fromClientError(Error::ClusterRoutingFailed,
                                                      RedisClient::tr("A node's SCAN cursor is too large to join"));
                } else {
                    if (next != 0)
                        joined = (quint64(index) << ScanNodeBits) | next;
                    else if (index + 1 < masters.size())
                        joined = quint64(index + 1) << ScanNodeBits;
                    out = RedisValue::fromArray({RedisValue::fromString(QByteArray::number(joined)), value.at(1)});
                }
            }
            complete(call, out);
        });
        delete join;
        return;
    }
    case CommandKeys::Combine::AllOk:
    case CommandKeys::Combine::None:
        join->mode = SplitJoin::Mode::AllOk;
        break;
    }
    QList<int> targets = masters;
    if (keys.combine == CommandKeys::Combine::AnyNode)
        targets = {masters.at(int(QRandomGenerator::global()->bounded(int(masters.size()))))};
    join->outstanding = int(targets.size());
    join->results.resize(targets.size());
    call->routed = true;
    ++m_pending;
    for (int i = 0; i < targets.size(); ++i) {
        Node *node = nodeForIndex(targets.at(i));
        sendDirect(node, args, timeout, [this, join, i](const RedisValue &value) {
            join->results[i] = value;
            if (--join->outstanding == 0) {
                PendingCall *pending = join->call;
                const RedisValue joined = join->joined();
                delete join;
                complete(pending, joined);
            }
        });
    }
}

void ClusterRouter::sendDirect(Node *node, const QList<QByteArray> &args, qint64 timeout,
                               std::function<void(const RedisValue &)> done)
{
    if (!node) {
        QTimer::singleShot(0, this, [done] {
            done(RedisValue::fromClientError(Error::ClusterRoutingFailed,
                                             RedisClient::tr("No such node in the cluster")));
        });
        return;
    }
    if (node->client->state() == RedisClient::State::Disconnected) {
        node->client->connectToServer();
        node->readOnlySent = false;
    }
    node->client->command(args, std::chrono::milliseconds(qMax<qint64>(0, timeout)), this, std::move(done));
}

void ClusterRouter::issueOnNode(const QString &address, const QList<QByteArray> &args, PendingCall *call,
                                qint64 timeoutOverride)
{
    Node *node = nullptr;
    for (const SlotMap::Node &n : m_map.nodes()) {
        if (connectAddress(n.host, n.port) == address)
            node = nodeAt(address);
    }
    if (!node) {
        m_client->queue.fail(call, Error::InvalidArgument,
                             RedisClient::tr("%1 is not a node of the cluster").arg(address));
        return;
    }
    if (args.isEmpty() || RedisClient::isStreamCommand(args.first())) {
        m_client->queue.fail(call, Error::InvalidArgument,
                             RedisClient::tr("commandOnNode() needs a command that is not a stream command"));
        return;
    }
    const qint64 timeout = timeoutOverride >= 0 ? timeoutOverride : m_client->options.commandTimeout();
    call->routed = true;
    ++m_pending;
    sendDirect(node, args, timeout, [this, call](const RedisValue &value) { complete(call, value); });
}

// --- closing -------------------------------------------------------------------------

void ClusterRouter::disconnectGracefully()
{
    // Sent commands still get their replies; those waiting here never will.
    const QString message = RedisClient::tr("The client is disconnecting");
    failWaiting(Error::NotConnected, message);
    for (Node *node : std::as_const(m_nodes))
        node->client->disconnectFromServer();
}

void ClusterRouter::failWaiting(Error error, const QString &message)
{
    ++m_pumpGeneration;
    QPointer<ClusterRouter> guard(this);
    const QList<RoutedCall *> held = std::exchange(m_waitingForMap, {});
    for (RoutedCall *call : held) {
        finishNow(call, RedisValue::fromClientError(error, message));
        if (!guard)
            return;
    }
    const QList<RoutedCall *> retrying = std::exchange(m_retrying, {});
    QList<int> touched;
    for (RoutedCall *call : retrying) {
        call->state = RoutedCall::State::Done;
        call->value = RedisValue::fromClientError(error, message);
        if (!touched.contains(call->slot))
            touched.append(call->slot);
    }
    // Held commands in slot queues (behind a redirect) never went out either.
    for (size_t slot = 0; slot < m_slots.size(); ++slot) {
        SlotQueue *queue = m_slots[slot];
        if (!queue)
            continue;
        for (RoutedCall *call = queue->head; call; call = call->next) {
            if (call->state == RoutedCall::State::Held) {
                call->state = RoutedCall::State::Done;
                call->value = RedisValue::fromClientError(error, message);
                if (!touched.contains(int(slot)))
                    touched.append(int(slot));
            }
        }
    }
    m_retryTimer.stop();
    for (int slot : std::as_const(touched)) {
        deliver(slot);
        if (!guard)
            return;
    }
}

void ClusterRouter::closeAll(Error error, const QString &message)
{
    if (m_closing)
        return;
    m_closing = true;
    QPointer<ClusterRouter> guard(this);
    failWaiting(error == Error::NoError ? Error::Aborted : error, message);
    if (!guard)
        return;
    // Commands in flight fail through their node's client (Aborted).
    const QList<Node *> nodes = m_nodes.values();
    for (Node *node : nodes) {
        node->client->abort();
        if (!guard)
            return;
    }
    m_refreshTimer.stop();
    m_periodic.stop();
    m_closing = false;
}

void ClusterRouter::reset()
{
    // A new connectToServer(): a new cluster may be behind the seeds.
    m_map = SlotMap();
    m_nodeByIndex.clear();
    m_useShards = true;
    m_refreshing = false;
    m_controlFailures = 0;
}

// --- introspection ---------------------------------------------------------------------

QList<RedisClusterNode> ClusterRouter::nodes() const
{
    QList<RedisClusterNode> result;
    const QList<SlotMap::Node> &nodes = m_map.nodes();
    for (int i = 0; i < nodes.size(); ++i) {
        const SlotMap::Node &n = nodes.at(i);
        RedisClusterNode node;
        node.id = n.id;
        node.announcedAddress = RedisConnectionOptions::nodeAddressText(n.host, n.port);
        node.address = connectAddress(n.host, n.port);
        node.master = n.master;
        node.masterId = n.masterId;
        if (n.master)
            node.slotRanges = m_map.slotRangesOf(i);
        if (n.master && node.slotRanges.isEmpty())
            continue; // a master that lost its slots (failed over)
        const Node *link = m_nodes.value(node.address);
        node.connected = link && link->client->state() == RedisClient::State::Connected;
        result.append(node);
    }
    return result;
}

QString ClusterRouter::nodeForKey(const QByteArray &key) const
{
    if (m_map.isEmpty())
        return QString();
    const int master = m_map.masterOf(keyHashSlot(key));
    if (master < 0)
        return QString();
    const SlotMap::Node &n = m_map.nodes().at(master);
    return connectAddress(n.host, n.port);
}

} // namespace QtRedisPrivate
