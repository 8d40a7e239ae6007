// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redistestcluster.h"

#include "redistestserver.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QHash>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>

namespace {

constexpr int SlotCount = 16384;
constexpr int PollIntervalMs = 50;
constexpr int NodeStartAttempts = 3;
const char LocalHost[] = "127.0.0.1";

// Parses one RESP2 reply at pos. 1: complete (pos moves past it), 0: more
// bytes needed, -1: not RESP.
int parseReply(const QByteArray &buffer, qsizetype &pos, RedisTestCluster::Reply &out)
{
    using Reply = RedisTestCluster::Reply;
    if (pos >= buffer.size())
        return 0;
    const qsizetype eol = buffer.indexOf("\r\n", pos);
    if (eol < 0)
        return 0;
    const char kind = buffer.at(pos);
    const QByteArray line = buffer.mid(pos + 1, eol - pos - 1);
    qsizetype next = eol + 2;
    switch (kind) {
    case '+':
    case '-':
        out.type = kind == '+' ? Reply::Status : Reply::Error;
        out.string = line;
        pos = next;
        return 1;
    case ':':
        out.type = Reply::Integer;
        out.integer = line.toLongLong();
        pos = next;
        return 1;
    case '$': {
        const qsizetype length = line.toLongLong();
        if (length < 0) {
            out.type = Reply::Nil;
            pos = next;
            return 1;
        }
        if (buffer.size() < next + length + 2)
            return 0;
        out.type = Reply::String;
        out.string = buffer.mid(next, length);
        pos = next + length + 2;
        return 1;
    }
    case '*': {
        const qsizetype count = line.toLongLong();
        if (count < 0) {
            out.type = Reply::Nil;
            pos = next;
            return 1;
        }
        Reply array;
        array.type = Reply::Array;
        for (qsizetype i = 0; i < count; ++i) {
            Reply element;
            const int r = parseReply(buffer, next, element);
            if (r <= 0)
                return r;
            array.elements.append(element);
        }
        out = array;
        pos = next;
        return 1;
    }
    default:
        return -1;
    }
}

QByteArray commandBytes(const QList<QByteArray> &command)
{
    return RedisTestServer::respCommand(command);
}

} // namespace

RedisTestCluster::RedisTestCluster(int masterCount, int replicasPerMaster)
    : m_masterCount(masterCount), m_replicasPerMaster(replicasPerMaster)
{
}

RedisTestCluster::~RedisTestCluster()
{
    stop();
}

bool RedisTestCluster::start(int timeoutMs)
{
    if (m_started) {
        m_error = QStringLiteral("the cluster is already running");
        return false;
    }
    if (RedisTestServer::redisServerPath().isEmpty() || RedisTestServer::redisCliPath().isEmpty()) {
        m_error = QStringLiteral("redis-server or redis-cli not found (Debian packages "
                                 "'redis-server', 'redis-tools')");
        return false;
    }
    if (!startNodes() || !createCluster(timeoutMs)) {
        const QString error = m_error;
        stop();
        m_error = error;
        return false;
    }
    m_started = true;
    return true;
}

bool RedisTestCluster::startNodes()
{
    const int count = m_masterCount * (1 + m_replicasPerMaster);
    m_nodes.clear();
    m_busPorts.clear();
    for (int i = 0; i < count; ++i) {
        bool started = false;
        for (int attempt = 0; attempt < NodeStartAttempts && !started; ++attempt) {
            auto node = std::make_unique<RedisTestServer>();
            // The bus port is ours to choose: port() + 10000 may exceed
            // 65535 for a port from the ephemeral range. A taken bus port
            // fails the start; the next attempt picks another one.
            const quint16 busPort = RedisTestServer::freePort();
            // nodes.conf is relative to the node's --dir, its private data
            // directory, which restart() keeps.
            const QStringList args{
                QStringLiteral("--cluster-enabled"), QStringLiteral("yes"),
                QStringLiteral("--cluster-config-file"), QStringLiteral("nodes.conf"),
                QStringLiteral("--cluster-node-timeout"), QStringLiteral("1000"),
                QStringLiteral("--cluster-port"), QString::number(busPort),
                // A replica of a master that just died may always take over.
                QStringLiteral("--cluster-replica-validity-factor"), QStringLiteral("0"),
                // Replicas stay with their masters: roles change only when a test says so.
                QStringLiteral("--cluster-allow-replica-migration"), QStringLiteral("no"),
                QStringLiteral("--appendonly"), QStringLiteral("no"),
                QStringLiteral("--save"), QString(),
            };
            if (node->start(args)) {
                m_nodes.push_back(std::move(node));
                m_busPorts.append(busPort);
                started = true;
            } else {
                m_error = QStringLiteral("node %1: %2").arg(i).arg(node->errorString());
            }
        }
        if (!started)
            return false;
    }
    return true;
}

bool RedisTestCluster::createCluster(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QStringList args{QStringLiteral("--cluster"), QStringLiteral("create")};
    args += seedNodes();
    args << QStringLiteral("--cluster-replicas") << QString::number(m_replicasPerMaster)
         << QStringLiteral("--cluster-yes");
    if (!runClusterTool(args, timeoutMs))
        return false;
    m_ids.clear();
    for (int i = 0; i < nodeCount(); ++i) {
        const Reply id = query(i, {"CLUSTER", "MYID"});
        if (id.type != Reply::String) {
            m_error = QStringLiteral("CLUSTER MYID failed on node %1").arg(i);
            return false;
        }
        m_ids.append(id.string);
    }
    m_started = true; // waitForClusterOk() looks at running nodes
    const bool ok = waitForClusterOk(qMax<qint64>(1, deadline.remainingTime()));
    m_started = false;
    return ok;
}

bool RedisTestCluster::runClusterTool(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(RedisTestServer::redisCliPath(), args);
    const bool finished = process.waitForStarted(timeoutMs) && process.waitForFinished(timeoutMs);
    m_toolOutput = process.readAll();
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        m_error = QStringLiteral("redis-cli %1 did not finish within %2 ms: %3")
                          .arg(args.mid(0, 2).join(QLatin1Char(' ')))
                          .arg(timeoutMs)
                          .arg(QString::fromLocal8Bit(m_toolOutput.right(2000)));
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || m_toolOutput.contains("[ERR]")) {
        m_error = QStringLiteral("redis-cli %1 failed: %2")
                          .arg(args.mid(0, 2).join(QLatin1Char(' ')),
                               QString::fromLocal8Bit(m_toolOutput.right(2000)));
        return false;
    }
    return true;
}

void RedisTestCluster::stop()
{
    // The data is throw-away: no need for a graceful shutdown, which in
    // cluster mode may wait for replicas.
    for (auto &node : m_nodes)
        node->kill();
    m_nodes.clear();
    m_ids.clear();
    m_busPorts.clear();
    m_started = false;
}

bool RedisTestCluster::isStarted() const
{
    return m_started;
}

int RedisTestCluster::nodeCount() const
{
    return int(m_nodes.size());
}

quint16 RedisTestCluster::port(int node) const
{
    return node >= 0 && node < nodeCount() ? m_nodes[size_t(node)]->port() : 0;
}

QString RedisTestCluster::address(int node) const
{
    return QStringLiteral("%1:%2").arg(QLatin1String(LocalHost)).arg(port(node));
}

QStringList RedisTestCluster::seedNodes() const
{
    QStringList seeds;
    for (int i = 0; i < nodeCount(); ++i)
        seeds.append(address(i));
    return seeds;
}

QByteArray RedisTestCluster::nodeId(int node) const
{
    return m_ids.value(node);
}

int RedisTestCluster::indexOfAddress(const QString &address) const
{
    for (int i = 0; i < nodeCount(); ++i) {
        if (this->address(i) == address)
            return i;
    }
    return -1;
}

RedisTestServer &RedisTestCluster::server(int node)
{
    return *m_nodes.at(size_t(node));
}

bool RedisTestCluster::isRunning(int node) const
{
    return node >= 0 && node < nodeCount() && m_nodes[size_t(node)]->isRunning();
}

QList<int> RedisTestCluster::runningNodes() const
{
    QList<int> running;
    for (int i = 0; i < nodeCount(); ++i) {
        if (isRunning(i))
            running.append(i);
    }
    return running;
}

QList<int> RedisTestCluster::masters()
{
    QList<int> result;
    for (int i : runningNodes()) {
        const Reply role = query(i, {"ROLE"});
        if (role.type == Reply::Array && !role.elements.isEmpty()
            && role.elements.at(0).string == "master") {
            result.append(i);
        }
    }
    return result;
}

QList<int> RedisTestCluster::replicas()
{
    QList<int> result;
    for (int i : runningNodes()) {
        const Reply role = query(i, {"ROLE"});
        if (role.type == Reply::Array && !role.elements.isEmpty()
            && role.elements.at(0).string == "slave") {
            result.append(i);
        }
    }
    return result;
}

int RedisTestCluster::replicaOf(int masterNode)
{
    for (int i : runningNodes()) {
        const Reply role = query(i, {"ROLE"});
        if (role.type == Reply::Array && role.elements.size() >= 3
            && role.elements.at(0).string == "slave"
            && role.elements.at(2).integer == port(masterNode)) {
            return i;
        }
    }
    return -1;
}

QString RedisTestCluster::masterOfSlot(int slot)
{
    QString why;
    if (agreedView(&why).isEmpty()) {
        m_error = why;
        return {};
    }
    const QList<int> running = runningNodes();
    if (running.isEmpty())
        return {};
    for (const NodeInfo &node : clusterNodes(running.first())) {
        if (!node.master || node.failed)
            continue;
        for (const auto &range : node.slotRanges) {
            if (slot >= range.first && slot <= range.second)
                return node.address;
        }
    }
    return {};
}

int RedisTestCluster::masterIndexOfSlot(int slot)
{
    return indexOfAddress(masterOfSlot(slot));
}

int RedisTestCluster::keySlot(const QByteArray &key)
{
    for (int i : runningNodes()) {
        const Reply slot = query(i, {"CLUSTER", "KEYSLOT", key});
        if (slot.type == Reply::Integer)
            return int(slot.integer);
    }
    return -1;
}

QByteArray RedisTestCluster::cli(int node, const QStringList &args, int timeoutMs)
{
    if (node < 0 || node >= nodeCount())
        return {};
    return m_nodes[size_t(node)]->cli(args, timeoutMs);
}

QList<RedisTestCluster::Reply> RedisTestCluster::pipeline(int node,
                                                          const QList<QList<QByteArray>> &commands,
                                                          int timeoutMs)
{
    if (!isRunning(node)) {
        m_error = QStringLiteral("node %1 is not running").arg(node);
        return {};
    }
    const QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QString::fromLatin1(LocalHost)), port(node));
    if (!socket.waitForConnected(qMax<qint64>(1, deadline.remainingTime()))) {
        m_error = QStringLiteral("node %1: %2").arg(node).arg(socket.errorString());
        return {};
    }
    QByteArray request;
    for (const QList<QByteArray> &command : commands)
        request += commandBytes(command);
    socket.write(request);

    QList<Reply> replies;
    QByteArray buffer;
    qsizetype pos = 0;
    while (replies.size() < commands.size()) {
        Reply reply;
        const int r = parseReply(buffer, pos, reply);
        if (r < 0) {
            m_error = QStringLiteral("node %1: unreadable reply").arg(node);
            return {};
        }
        if (r > 0) {
            replies.append(reply);
            continue;
        }
        if (deadline.hasExpired() || !socket.waitForReadyRead(qMax<qint64>(1, deadline.remainingTime()))) {
            m_error = QStringLiteral("node %1: no reply within %2 ms (%3)")
                              .arg(node)
                              .arg(timeoutMs)
                              .arg(socket.errorString());
            return {};
        }
        buffer += socket.readAll();
    }
    return replies;
}

RedisTestCluster::Reply RedisTestCluster::query(int node, const QList<QByteArray> &command, int timeoutMs)
{
    const QList<Reply> replies = pipeline(node, {command}, timeoutMs);
    return replies.isEmpty() ? Reply() : replies.first();
}

QList<RedisTestCluster::NodeInfo> RedisTestCluster::clusterNodes(int node)
{
    const Reply reply = query(node, {"CLUSTER", "NODES"});
    if (reply.type != Reply::String)
        return {};
    QList<NodeInfo> nodes;
    for (const QByteArray &rawLine : reply.string.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 8)
            continue;
        NodeInfo info;
        info.id = fields.at(0);
        QByteArray address = fields.at(1);
        address = address.left(address.indexOf('@'));
        info.address = QString::fromLatin1(address);
        const QList<QByteArray> flags = fields.at(2).split(',');
        info.master = flags.contains("master");
        info.failed = flags.contains("fail");
        if (flags.contains("handshake") || flags.contains("noaddr"))
            info.address = QStringLiteral("(handshake)") + info.address;
        if (fields.at(3) != "-")
            info.masterId = fields.at(3);
        for (qsizetype i = 8; i < fields.size(); ++i) {
            const QByteArray &slotText = fields.at(i);
            if (slotText.startsWith('[')) {
                // A migration in progress, shown by its source / target only.
                info.openSlots = true;
                continue;
            }
            const qsizetype dash = slotText.indexOf('-');
            if (dash < 0)
                info.slotRanges.append({slotText.toInt(), slotText.toInt()});
            else
                info.slotRanges.append({slotText.left(dash).toInt(), slotText.mid(dash + 1).toInt()});
        }
        nodes.append(info);
    }
    return nodes;
}

QByteArray RedisTestCluster::viewOf(const QList<NodeInfo> &nodes)
{
    QHash<QByteArray, QString> addressOfId;
    for (const NodeInfo &node : nodes)
        addressOfId.insert(node.id, node.address);
    QList<QByteArray> lines;
    for (const NodeInfo &node : nodes) {
        QByteArray line = node.address.toLatin1();
        line += node.master ? " master" : " replica";
        if (node.failed)
            line += " fail";
        if (!node.masterId.isEmpty())
            line += " of " + addressOfId.value(node.masterId, QStringLiteral("?")).toLatin1();
        for (const auto &range : node.slotRanges)
            line += ' ' + QByteArray::number(range.first) + '-' + QByteArray::number(range.second);
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines.join('\n');
}

QByteArray RedisTestCluster::agreedView(QString *why)
{
    const QList<int> running = runningNodes();
    if (running.isEmpty()) {
        *why = QStringLiteral("no node is running");
        return {};
    }
    QByteArray agreed;
    QList<NodeInfo> agreedNodes;
    for (int i : running) {
        const Reply info = query(i, {"CLUSTER", "INFO"});
        if (info.type != Reply::String || !info.string.contains("cluster_state:ok")) {
            *why = QStringLiteral("node %1 (%2) is not ok: %3")
                           .arg(i)
                           .arg(address(i), QString::fromLatin1(info.string.left(200)));
            return {};
        }
        const QList<NodeInfo> nodes = clusterNodes(i);
        for (const NodeInfo &node : nodes) {
            if (node.openSlots) {
                *why = QStringLiteral("node %1 has a slot in migration").arg(node.address);
                return {};
            }
        }
        const QByteArray view = viewOf(nodes);
        if (i == running.first()) {
            agreed = view;
            agreedNodes = nodes;
        } else if (view != agreed) {
            *why = QStringLiteral("node %1 sees\n%2\nnode %3 sees\n%4")
                           .arg(running.first())
                           .arg(QString::fromLatin1(agreed))
                           .arg(i)
                           .arg(QString::fromLatin1(view));
            return {};
        }
    }
    int covered = 0;
    for (const NodeInfo &node : agreedNodes) {
        const int index = indexOfAddress(node.address);
        if (index < 0) {
            *why = QStringLiteral("unknown node %1 in the view").arg(node.address);
            return {};
        }
        if (isRunning(index) == node.failed) {
            *why = QStringLiteral("node %1 is %2 but flagged %3")
                           .arg(node.address,
                                isRunning(index) ? QStringLiteral("running") : QStringLiteral("down"),
                                node.failed ? QStringLiteral("fail") : QStringLiteral("ok"));
            return {};
        }
        if (node.master && !node.failed) {
            for (const auto &range : node.slotRanges)
                covered += range.second - range.first + 1;
        }
    }
    if (covered != SlotCount) {
        *why = QStringLiteral("the running masters serve %1 slots").arg(covered);
        return {};
    }
    // Every running replica replicates (a restarted node has synced), so a
    // later failover promotes a replica that has the data.
    for (const NodeInfo &node : agreedNodes) {
        const int index = indexOfAddress(node.address);
        if (node.master || node.failed)
            continue;
        const Reply replication = query(index, {"INFO", "replication"});
        if (replication.type != Reply::String || !replication.string.contains("master_link_status:up")) {
            *why = QStringLiteral("replica %1 has no replication link up").arg(node.address);
            return {};
        }
    }
    return agreed;
}

bool RedisTestCluster::waitForClusterOk(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString why;
    for (;;) {
        if (!agreedView(&why).isEmpty())
            return true;
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("the cluster is not ok after %1 ms: %2").arg(timeoutMs).arg(why);
            return false;
        }
        QThread::msleep(PollIntervalMs);
    }
}

qint64 RedisTestCluster::totalKeys()
{
    qint64 total = 0;
    const QList<int> masterNodes = masters();
    if (masterNodes.isEmpty())
        return -1;
    for (int i : masterNodes) {
        const Reply size = query(i, {"DBSIZE"});
        if (size.type != Reply::Integer)
            return -1;
        total += size.integer;
    }
    return total;
}

bool RedisTestCluster::flushAll()
{
    const QList<int> masterNodes = masters();
    if (masterNodes.isEmpty())
        return false;
    bool ok = true;
    for (int i : masterNodes) {
        const Reply reply = query(i, {"FLUSHALL"});
        if (reply.type != Reply::Status) {
            m_error = QStringLiteral("FLUSHALL on node %1: %2").arg(i).arg(QString::fromLatin1(reply.string));
            ok = false;
        }
    }
    return ok;
}

void RedisTestCluster::killNode(int node)
{
    if (node >= 0 && node < nodeCount())
        m_nodes[size_t(node)]->kill();
}

bool RedisTestCluster::restartNode(int node)
{
    if (node < 0 || node >= nodeCount()) {
        m_error = QStringLiteral("no node %1").arg(node);
        return false;
    }
    if (!m_nodes[size_t(node)]->restart()) {
        m_error = QStringLiteral("node %1: %2").arg(node).arg(m_nodes[size_t(node)]->errorString());
        return false;
    }
    return true;
}

bool RedisTestCluster::failover(int replicaNode, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const Reply reply = query(replicaNode, {"CLUSTER", "FAILOVER"});
    if (reply.type != Reply::Status) {
        m_error = QStringLiteral("CLUSTER FAILOVER on node %1: %2")
                          .arg(replicaNode)
                          .arg(QString::fromLatin1(reply.string));
        return false;
    }
    for (;;) {
        bool masterEverywhere = true;
        for (int i : runningNodes()) {
            bool seen = false;
            for (const NodeInfo &info : clusterNodes(i)) {
                if (info.address == address(replicaNode))
                    seen = info.master && !info.slotRanges.isEmpty();
            }
            masterEverywhere = masterEverywhere && seen;
        }
        if (masterEverywhere)
            return waitForClusterOk(qMax<qint64>(1, deadline.remainingTime()));
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("node %1 is not a master everywhere after %2 ms")
                              .arg(replicaNode)
                              .arg(timeoutMs);
            return false;
        }
        QThread::msleep(PollIntervalMs);
    }
}

bool RedisTestCluster::beginMigration(int slot, int fromNode, int toNode)
{
    const QByteArray number = QByteArray::number(slot);
    const Reply importing = query(toNode, {"CLUSTER", "SETSLOT", number, "IMPORTING", nodeId(fromNode)});
    const Reply migrating = query(fromNode, {"CLUSTER", "SETSLOT", number, "MIGRATING", nodeId(toNode)});
    if (importing.type != Reply::Status || migrating.type != Reply::Status) {
        m_error = QStringLiteral("SETSLOT IMPORTING / MIGRATING: %1 / %2")
                          .arg(QString::fromLatin1(importing.string), QString::fromLatin1(migrating.string));
        return false;
    }
    return true;
}

int RedisTestCluster::migrateKeys(int slot, int fromNode, int toNode, int count)
{
    const Reply keys = query(fromNode, {"CLUSTER", "GETKEYSINSLOT", QByteArray::number(slot),
                                        QByteArray::number(count)});
    if (keys.type != Reply::Array) {
        m_error = QStringLiteral("GETKEYSINSLOT: %1").arg(QString::fromLatin1(keys.string));
        return -1;
    }
    if (keys.elements.isEmpty())
        return 0;
    QList<QByteArray> migrate{"MIGRATE", LocalHost, QByteArray::number(port(toNode)), "", "0", "10000", "KEYS"};
    for (const Reply &key : keys.elements)
        migrate.append(key.string);
    const Reply reply = query(fromNode, migrate, 20000);
    if (reply.type != Reply::Status) {
        m_error = QStringLiteral("MIGRATE: %1").arg(QString::fromLatin1(reply.string));
        return -1;
    }
    // NOKEY: they expired or were deleted meanwhile; still gone from the source.
    return int(keys.elements.size());
}

bool RedisTestCluster::setSlotEverywhere(int slot, int toNode, int fromNode)
{
    const QByteArray number = QByteArray::number(slot);
    // Target first (it stops redirecting and owns the slot), then the
    // source (it stops MIGRATING and answers MOVED), then everybody else.
    QList<int> order{toNode, fromNode};
    for (int i : masters()) {
        if (!order.contains(i))
            order.append(i);
    }
    for (int i : order) {
        const Reply reply = query(i, {"CLUSTER", "SETSLOT", number, "NODE", nodeId(toNode)});
        if (reply.type != Reply::Status) {
            m_error = QStringLiteral("SETSLOT NODE on node %1: %2").arg(i).arg(QString::fromLatin1(reply.string));
            return false;
        }
    }
    return true;
}

bool RedisTestCluster::finishMigration(int slot, int fromNode, int toNode, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const int moved = migrateKeys(slot, fromNode, toNode, 1000);
        if (moved < 0)
            return false;
        if (moved == 0)
            break;
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("keys still arriving in slot %1 on node %2").arg(slot).arg(fromNode);
            return false;
        }
    }
    if (!setSlotEverywhere(slot, toNode, fromNode))
        return false;
    return waitForClusterOk(qMax<qint64>(1, deadline.remainingTime()));
}

bool RedisTestCluster::reshard(int fromNode, int toNode, int slotCount, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QStringList args{
        QStringLiteral("--cluster"), QStringLiteral("reshard"), address(fromNode),
        QStringLiteral("--cluster-from"), QString::fromLatin1(nodeId(fromNode)),
        QStringLiteral("--cluster-to"), QString::fromLatin1(nodeId(toNode)),
        QStringLiteral("--cluster-slots"), QString::number(slotCount),
        QStringLiteral("--cluster-yes"),
    };
    if (!runClusterTool(args, timeoutMs))
        return false;
    return waitForClusterOk(qMax<qint64>(1, deadline.remainingTime()));
}

QByteArray RedisTestCluster::lastToolOutput() const
{
    return m_toolOutput;
}

QString RedisTestCluster::errorString() const
{
    return m_error;
}
