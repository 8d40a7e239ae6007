// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "rediskeysmodel.h"
#include "core/redislogging_p.h"

#include "redisclient.h"
#include "redisvalue.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>
#include <QtCore/qvarlengtharray.h>

#include <algorithm>
#include <cstring>
#include <functional>


namespace {

// Work done per event-loop turn by the model itself (inserting rows,
// grouping keys, freeing a cleared model). Signal handlers (views) add to it.
constexpr qint64 TurnBudgetNs = 5 * 1000 * 1000;
// A namespace with more keys than this is built from the event loop, its
// rows arriving like keys from SCAN, when a view expands it.
constexpr qsizetype SyncBuildMax = 5000;
// At most this many keys' TYPE + PTTL per burst; the rest go one turn later.
constexpr qsizetype InfoBurstMax = 1000;
// Flat mode: rows inserted per turn, adapted between these bounds.
constexpr qsizetype FlatChunkMin = 256;
constexpr qsizetype FlatChunkMax = 65536;

struct KeyEntry;
struct NamespaceNode;

// A row in tree mode: a namespace or a key. Its piece (the text between
// its parent's prefix and the next separator) points into bytes it owns
// (a namespace's prefix) or its entry's key, which never change.
struct Node
{
    NamespaceNode *parent = nullptr;
    const char *piece = nullptr;
    qsizetype pieceLength = 0;
    bool isNamespace = false;
    bool visible = false;   // inserted into its parent's rows (signalled)
};

struct LeafNode : Node
{
    KeyEntry *entry = nullptr;
};

struct NamespaceNode : Node
{
    QByteArray prefix;            // with the trailing separator; empty for the root
    qint64 keyCount = 0;          // keys below, built or not
    // Built: the rows, sorted. While merging new rows in, [gapStart,
    // gapStart + gapLength) is a hole that is not part of the rows.
    QList<Node *> children;
    qsizetype gapStart = 0;
    qsizetype gapLength = 0;
    QList<Node *> incoming;       // built: new children of this chunk, not inserted yet
    QList<KeyEntry *> pending;    // not built: every key below
    QHash<QByteArrayView, NamespaceNode *> namespaces; // built: child namespaces by piece
    // Built from the event loop (see RedisKeysModelPrivate::Building): its
    // rows before they are inserted; an inserted one is set to null.
    QList<Node *> collected;
    quint8 buildPhase = 0;        // BuildPhase
    bool built = false;
    bool dirty = false;           // keyCount changed; dataChanged due

    qsizetype rowCount() const { return children.size() - gapLength; }
    Node *childAt(qsizetype row) const
    {
        return row < gapStart ? children.at(row) : children.at(row + gapLength);
    }
};

enum BuildPhase : quint8 {
    NotBuilding = 0,
    Collecting, // its keys are routed; new rows go to `collected`
    Sorting,    // `collected` is merge-sorted; new rows wait in `incoming`
    Inserting,  // `collected` is appended to the rows in chunks
};

enum EntryFlag : quint8 {
    InfoRequested = 0x1,
    TypeKnown = 0x2,
    TtlKnown = 0x4,
    MemoryRequested = 0x8,
};

struct KeyEntry
{
    explicit KeyEntry(const QByteArray &k) : key(k) {}
    QByteArray key;
    LeafNode *node = nullptr;     // tree mode, once its namespace is built
    qint64 ttl = 0;
    qint64 memory = -1;
    qsizetype index = 0;          // position in RedisKeysModelPrivate::all
    quint16 type = 0;             // typeNames index + 1; 0: unknown
    quint8 flags = 0;
};

// Namespaces first, then keys, each by the bytes of their piece.
inline bool pieceLess(const Node *a, const Node *b)
{
    if (a->isNamespace != b->isNamespace)
        return a->isNamespace;
    const qsizetype n = qMin(a->pieceLength, b->pieceLength);
    const int c = n > 0 ? std::memcmp(a->piece, b->piece, size_t(n)) : 0;
    return c < 0 || (c == 0 && a->pieceLength < b->pieceLength);
}

void deleteNode(Node *node)
{
    if (node->isNamespace)
        delete static_cast<NamespaceNode *>(node);
    else
        delete static_cast<LeafNode *>(node);
}

// Redis's glob matching (util.c stringmatchlen), case-sensitive, binary-safe.
// Both arrays are NUL-terminated past their length (QByteArray guarantees it),
// which the algorithm relies on the way Redis's does.
bool globMatch(const char *pattern, qsizetype patternLen, const char *string, qsizetype stringLen,
               bool *skipLongerMatches, int nesting)
{
    if (nesting > 1000)
        return false;
    while (patternLen && stringLen) {
        switch (pattern[0]) {
        case '*':
            while (patternLen > 1 && pattern[1] == '*') {
                ++pattern;
                --patternLen;
            }
            if (patternLen == 1)
                return true;
            while (stringLen) {
                if (globMatch(pattern + 1, patternLen - 1, string, stringLen, skipLongerMatches,
                              nesting + 1))
                    return true;
                if (*skipLongerMatches)
                    return false;
                ++string;
                --stringLen;
            }
            *skipLongerMatches = true;
            return false;
        case '?':
            ++string;
            --stringLen;
            break;
        case '[': {
            ++pattern;
            --patternLen;
            const bool negate = pattern[0] == '^';
            if (negate) {
                ++pattern;
                --patternLen;
            }
            bool match = false;
            for (;;) {
                if (pattern[0] == '\\' && patternLen >= 2) {
                    ++pattern;
                    --patternLen;
                    if (pattern[0] == string[0])
                        match = true;
                } else if (pattern[0] == ']') {
                    break;
                } else if (patternLen == 0) {
                    --pattern;
                    ++patternLen;
                    break;
                } else if (patternLen >= 3 && pattern[1] == '-') {
                    int start = static_cast<signed char>(pattern[0]);
                    int end = static_cast<signed char>(pattern[2]);
                    const int c = static_cast<signed char>(string[0]);
                    if (start > end)
                        std::swap(start, end);
                    pattern += 2;
                    patternLen -= 2;
                    if (c >= start && c <= end)
                        match = true;
                } else if (pattern[0] == string[0]) {
                    match = true;
                }
                ++pattern;
                --patternLen;
            }
            if (negate)
                match = !match;
            if (!match)
                return false;
            ++string;
            --stringLen;
            break;
        }
        case '\\':
            if (patternLen >= 2) {
                ++pattern;
                --patternLen;
            }
            Q_FALLTHROUGH();
        default:
            if (pattern[0] != string[0])
                return false;
            ++string;
            --stringLen;
            break;
        }
        ++pattern;
        --patternLen;
        if (stringLen == 0) {
            while (patternLen > 0 && *pattern == '*') {
                ++pattern;
                --patternLen;
            }
            break;
        }
    }
    return patternLen == 0 && stringLen == 0;
}

} // namespace

class RedisKeysModelPrivate
{
public:
    enum class Scan { Idle, Running, Paused, Finished, Failed };

    explicit RedisKeysModelPrivate(RedisKeysModel *model);
    ~RedisKeysModelPrivate();

    // Options.
    QByteArray matchBytes() const;       // empty: no MATCH
    bool matches(const QByteArray &key) const;

    // Scanning.
    void startScan();
    void issueScan();
    void onScanReply(quint64 tag, const RedisValue &reply);
    void onDbSize(quint64 tag, const RedisValue &reply);
    void resume();
    void fail(const QString &message);
    void setErrorString(const QString &message);
    void intake(const QElapsedTimer &clock, qint64 budget);
    void take(const QByteArray &key);
    bool hasWork() const { return !received.isEmpty() || processed < all.size() || !building.isEmpty(); }
    bool stepBuild(const QElapsedTimer &clock, qint64 limit);
    bool sortStep(const QElapsedTimer &clock, qint64 limit);
    void applyHeldEdits();

    // Structure.
    void clear(bool keepEntries);
    void regroup();
    void schedule();
    void process();
    void emptyTrash(const QElapsedTimer &clock);
    void route(KeyEntry *entry, NamespaceNode *from, bool countFrom, bool silent);
    void addIncoming(NamespaceNode *parent, Node *child, bool silent);
    void ensureBuilt(NamespaceNode *ns, bool synchronous = false);
    void finishChunk();
    void merge(NamespaceNode *ns);
    void flushDirty();
    NamespaceNode *makeRoot();
    void destroyTree(Node *node);
    void forget(KeyEntry *entry);
    void forgetInTree(KeyEntry *entry);
    void removeFromAll(KeyEntry *entry);
    void add(const QByteArray &key);

    // Lookups.
    int rowOf(const Node *node) const;
    QModelIndex indexOf(const Node *node) const;          // root: invalid
    QModelIndex indexOfEntry(const KeyEntry *entry) const; // invalid unless visible
    QModelIndex indexOfNamespace(const QByteArray &prefix);
    KeyEntry *entryAt(const QModelIndex &index) const;      // null for a namespace
    qsizetype separatorIn(QByteArrayView rest) const;
    QByteArray lastPiece(const QByteArray &key) const;

    // type, ttl, memory.
    void requestInfo(KeyEntry *entry);
    void flushInfo();
    void onType(quint64 tag, const QByteArray &key, const RedisValue &reply);
    void onTtl(quint64 tag, const QByteArray &key, const RedisValue &reply);
    void onMemory(quint64 tag, const QByteArray &key, const RedisValue &reply);
    quint16 internType(const QByteArray &name);

    void updateLoading();
    void updateLoadedCount();
    template <typename F>
    bool deferIfBusy(F &&call)
    {
        if (busy == 0)
            return false;
        QMetaObject::invokeMethod(q, std::forward<F>(call), Qt::QueuedConnection);
        return true;
    }

    RedisKeysModel *const q;
    QPointer<RedisClient> client;
    QMetaObject::Connection clientDestroyed;

    QString pattern = QStringLiteral("*");
    QString typeFilter;
    QString separator = QStringLiteral(":");
    bool treeMode = false;
    int scanCount = 1000;
    bool autoFetch = true;
    int fetchBatchSize = 10000;

    // The grouping in effect (the options may have changed meanwhile).
    bool layoutTree = false;
    QByteArray layoutSeparator = QByteArrayLiteral(":");

    // Every key received, in arrival order; the first `processed` are in
    // the model (flat: the rows; tree: routed into the namespaces).
    QList<KeyEntry *> all;
    QHash<QByteArrayView, KeyEntry *> byKey;   // views into the entries' keys
    qsizetype processed = 0;
    NamespaceNode *root = nullptr;             // tree mode
    QList<NamespaceNode *> incomingParents;    // built namespaces with incoming children
    QList<NamespaceNode *> dirtyNamespaces;
    // Large namespaces being built from the event loop, one after the other.
    // Nobody has seen their rows yet, so they are not merged in one by one
    // (a million rowsInserted, each moving the rows after it): their keys
    // are grouped into rows that are collected, merge-sorted, then appended
    // in chunks -- each step a bit per turn. Rows that arrive meanwhile (new
    // keys from SCAN) are merged in once the build is done.
    struct Building
    {
        NamespaceNode *ns = nullptr;
        QList<KeyEntry *> keys;   // Collecting: routed from pos on
        qsizetype pos = 0;        // Collecting: in keys; Inserting: in ns->collected
        // Sorting: a bottom-up merge sort of ns->collected into tmp, pass by
        // pass (run length `width`), resumable at any element.
        QList<Node *> tmp;
        qsizetype width = 0;
        qsizetype start = 0;
        qsizetype left = 0;
        qsizetype middle = 0;
        qsizetype right = 0;
        qsizetype end = 0;
        qsizetype out = 0;
        bool inPair = false;
    };
    QList<Building> building;
    // forgetKey() and addKey() calls made while a namespace is being built,
    // done when it is.
    QList<std::pair<bool, QByteArray>> heldEdits; // (add, key)

    Scan scan = Scan::Idle;
    QByteArray cursor = QByteArrayLiteral("0");
    qint64 pageReceived = 0;         // keys SCAN delivered since the scan (re)started
    // SCAN replies' key arrays, de-duplicated into `all` a bit per turn.
    QList<RedisValue> received;
    qsizetype receivedPos = 0;       // in received.first()
    quint64 generation = 0;          // bumped by refresh() and setClient()
    bool started = false;            // refresh() was called for this client
    qint64 estimatedTotal = -1;
    qint64 reportedCount = 0;
    QString errorString;
    bool loading = false;

    QList<QByteArray> infoQueue;
    QTimer *infoTimer = nullptr;
    QStringList typeNames;

    QTimer *processTimer = nullptr;
    int busy = 0;                    // inside our own change notifications
    qsizetype flatChunk = 4096;
    QList<KeyEntry *> trashEntries;  // a cleared model, freed a bit per turn
    QList<Node *> trashNodes;
};

RedisKeysModelPrivate::RedisKeysModelPrivate(RedisKeysModel *model)
    : q(model)
{
    processTimer = new QTimer(q);
    processTimer->setSingleShot(true);
    processTimer->setInterval(0);
    QObject::connect(processTimer, &QTimer::timeout, q, [this] { process(); });
    infoTimer = new QTimer(q);
    infoTimer->setSingleShot(true);
    infoTimer->setInterval(0);
    QObject::connect(infoTimer, &QTimer::timeout, q, [this] { flushInfo(); });
}

RedisKeysModelPrivate::~RedisKeysModelPrivate()
{
    if (root)
        destroyTree(root);
    for (Node *node : std::as_const(trashNodes))
        destroyTree(node);
    qDeleteAll(all);
    qDeleteAll(trashEntries);
}

QByteArray RedisKeysModelPrivate::matchBytes() const
{
    if (pattern.isEmpty() || pattern == QLatin1String("*"))
        return {};
    return pattern.toUtf8();
}

bool RedisKeysModelPrivate::matches(const QByteArray &key) const
{
    const QByteArray glob = matchBytes();
    if (glob.isEmpty())
        return true;
    bool skip = false;
    return globMatch(glob.constData(), glob.size(), key.constData(), key.size(), &skip, 0);
}

// --- scanning ---------------------------------------------------------------

void RedisKeysModelPrivate::startScan()
{
    const quint64 tag = generation;
    scan = Scan::Running;
    cursor = QByteArrayLiteral("0");
    pageReceived = 0;
    if (!client) {
        QMetaObject::invokeMethod(q, [this, tag] {
            if (tag == generation && scan == Scan::Running)
                fail(RedisKeysModel::tr("No Redis client is set"));
        }, Qt::QueuedConnection);
        return;
    }
    client->command({QByteArrayLiteral("DBSIZE")}, q,
                    [this, tag](const RedisValue &reply) { onDbSize(tag, reply); });
    issueScan();
}

void RedisKeysModelPrivate::issueScan()
{
    const quint64 tag = generation;
    if (!client) {
        QMetaObject::invokeMethod(q, [this, tag] {
            if (tag == generation && scan == Scan::Running)
                fail(RedisKeysModel::tr("The Redis client was destroyed"));
        }, Qt::QueuedConnection);
        return;
    }
    QList<QByteArray> args{QByteArrayLiteral("SCAN"), cursor};
    const QByteArray glob = matchBytes();
    if (!glob.isEmpty())
        args << QByteArrayLiteral("MATCH") << glob;
    if (scanCount > 0)
        args << QByteArrayLiteral("COUNT") << QByteArray::number(scanCount);
    if (!typeFilter.isEmpty())
        args << QByteArrayLiteral("TYPE") << typeFilter.toUtf8();
    // The model is the context: once it is gone, no callback runs.
    client->command(args, q, [this, tag](const RedisValue &reply) { onScanReply(tag, reply); });
}

void RedisKeysModelPrivate::onDbSize(quint64 tag, const RedisValue &reply)
{
    if (tag != generation || !reply.isInteger())
        return;
    estimatedTotal = reply.toInteger();
    // Everything will come: grow the index once instead of rehashing it
    // (a rehash of a million entries would stall one turn).
    if (matchBytes().isEmpty() && typeFilter.isEmpty() && estimatedTotal > byKey.size())
        byKey.reserve(qsizetype(qMin<qint64>(estimatedTotal, qint64(1) << 24)));
    Q_EMIT q->estimatedTotalChanged(estimatedTotal);
}

void RedisKeysModelPrivate::onScanReply(quint64 tag, const RedisValue &reply)
{
    if (tag != generation || scan != Scan::Running)
        return; // a cancelled scan
    if (reply.isError()) {
        fail(RedisKeysModel::tr("SCAN failed: %1").arg(reply.errorString()));
        return;
    }
    const RedisValue head = reply.at(0);
    const RedisValue elements = reply.at(1);
    if (!reply.isArray() || reply.size() != 2 || !(head.isString() || head.isStatus())
        || !elements.isArray()) {
        fail(RedisKeysModel::tr("SCAN failed: unexpected reply"));
        return;
    }
    const qsizetype n = elements.size();
    for (qsizetype i = 0; i < n; ++i) {
        const RedisValue key = elements.at(i);
        if (!key.isString() && !key.isStatus()) {
            fail(RedisKeysModel::tr("SCAN failed: unexpected reply"));
            return;
        }
    }
    // De-duplicated and added from process(), within its budget: a reply
    // to a large COUNT does not stall this turn.
    if (n > 0)
        received.append(elements);
    pageReceived += n;
    cursor = head.toByteArray();
    if (cursor == "0") {
        scan = Scan::Finished;
        qCDebug(lcRedisKeysModel) << "scan finished";
    } else if (!autoFetch && pageReceived >= fetchBatchSize) {
        scan = Scan::Paused;
    } else {
        issueScan();
    }
    schedule();
    updateLoading();
}

void RedisKeysModelPrivate::intake(const QElapsedTimer &clock, qint64 budget)
{
    while (!received.isEmpty()) {
        const RedisValue batch = received.constFirst();
        const qsizetype n = batch.size();
        while (receivedPos < n) {
            take(batch.at(receivedPos).toByteArray());
            ++receivedPos;
            if ((receivedPos & 63) == 0 && clock.nsecsElapsed() >= budget)
                return;
        }
        received.removeFirst();
        receivedPos = 0;
    }
}

void RedisKeysModelPrivate::take(const QByteArray &key)
{
    // One lookup: the hash keeps a view of the key's bytes, which the entry
    // shares (QByteArray is implicitly shared).
    KeyEntry *&slot = byKey[QByteArrayView(key)];
    if (slot)
        return; // SCAN may return a key twice
    auto *entry = new KeyEntry(key);
    slot = entry;
    if (entry->key.constData() != key.constData()) {
        // Not shared after all (raw data): index the entry's own copy.
        byKey.remove(QByteArrayView(key));
        byKey.insert(QByteArrayView(entry->key), entry);
    }
    entry->index = all.size();
    all.append(entry);
}

void RedisKeysModelPrivate::resume()
{
    if (scan != Scan::Paused)
        return;
    scan = Scan::Running;
    pageReceived = 0;
    issueScan();
    updateLoading();
}

void RedisKeysModelPrivate::fail(const QString &message)
{
    scan = Scan::Failed;
    qCDebug(lcRedisKeysModel) << "scan stopped:" << message;
    setErrorString(message);
    updateLoading();
    Q_EMIT q->errorOccurred(message);
}

void RedisKeysModelPrivate::setErrorString(const QString &message)
{
    if (errorString == message)
        return;
    errorString = message;
    Q_EMIT q->errorStringChanged(errorString);
}

void RedisKeysModelPrivate::updateLoading()
{
    const bool now = scan == Scan::Running || hasWork();
    if (now == loading)
        return;
    loading = now;
    Q_EMIT q->loadingChanged(loading);
}

void RedisKeysModelPrivate::updateLoadedCount()
{
    if (reportedCount == all.size())
        return;
    reportedCount = all.size();
    Q_EMIT q->loadedCountChanged(reportedCount);
}

// --- structure --------------------------------------------------------------

NamespaceNode *RedisKeysModelPrivate::makeRoot()
{
    auto *node = new NamespaceNode;
    node->isNamespace = true;
    node->built = true;
    return node;
}

// Resets the model to empty. The old data is freed a bit per turn (a
// million keys would otherwise stall this one). keepEntries: the keys stay
// (to be grouped again), only the rows go.
void RedisKeysModelPrivate::clear(bool keepEntries)
{
    ++busy;
    q->beginResetModel();
    if (root) {
        trashNodes.append(root);
        root = nullptr;
    }
    incomingParents.clear();
    dirtyNamespaces.clear();
    building.clear();
    // keepEntries: an entry's node (a leaf now in the trash) is replaced when
    // the entry is grouped again, or cleared when the leaf is freed.
    if (!keepEntries) {
        byKey = QHash<QByteArrayView, KeyEntry *>();
        if (trashEntries.isEmpty())
            trashEntries.swap(all);
        else
            trashEntries += all;
        all = QList<KeyEntry *>();
        received.clear();
        receivedPos = 0;
        infoQueue.clear();
    }
    processed = 0;
    layoutTree = treeMode;
    layoutSeparator = separator.toUtf8();
    if (layoutTree)
        root = makeRoot();
    q->endResetModel();
    --busy;
    if (keepEntries)
        applyHeldEdits(); // no build runs any more
    else
        heldEdits.clear();
    schedule();
}

void RedisKeysModelPrivate::regroup()
{
    if (layoutTree == treeMode && layoutSeparator == separator.toUtf8())
        return;
    if (deferIfBusy([this] { regroup(); }))
        return;
    if (!layoutTree && !treeMode) {
        // Flat rows stay; only their last piece (NameRole) changes.
        layoutSeparator = separator.toUtf8();
        if (processed > 0)
            Q_EMIT q->dataChanged(q->createIndex(0, 0), q->createIndex(int(processed - 1), 0),
                                  {RedisKeysModel::NameRole});
        return;
    }
    clear(true);
    updateLoading();
}

void RedisKeysModelPrivate::schedule()
{
    if ((hasWork() || !trashEntries.isEmpty() || !trashNodes.isEmpty()) && !processTimer->isActive())
        processTimer->start();
}

// One turn's work: insert (flat) or group (tree) the keys received, within
// the turn budget.
void RedisKeysModelPrivate::process()
{
    if (busy) {
        // A nested event loop inside one of our own notifications.
        processTimer->start();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    intake(clock, TurnBudgetNs / 2);
    if (processed < all.size() || !building.isEmpty()) {
        ++busy;
        if (layoutTree) {
            const qint64 limit = TurnBudgetNs * 3 / 4;
            const qsizetype end = all.size();
            bool spent = false;
            while (processed < end && !spent) {
                route(all.at(processed), root, true, false);
                ++processed;
                spent = (processed & 63) == 0 && clock.nsecsElapsed() >= limit;
            }
            while (!building.isEmpty() && !spent) {
                if (stepBuild(clock, limit))
                    building.removeFirst();
                else
                    spent = true;
            }
            finishChunk();
        } else {
            const qsizetype n = qMin(all.size() - processed, flatChunk);
            q->beginInsertRows(QModelIndex(), int(processed), int(processed + n - 1));
            processed += n;
            q->endInsertRows();
            const qint64 spent = clock.nsecsElapsed();
            if (spent < TurnBudgetNs / 4)
                flatChunk = qMin(flatChunk * 2, FlatChunkMax);
            else if (spent > TurnBudgetNs)
                flatChunk = qMax(flatChunk / 2, FlatChunkMin);
        }
        --busy;
        if (building.isEmpty() && !heldEdits.isEmpty())
            applyHeldEdits();
    }
    emptyTrash(clock);
    updateLoadedCount();
    updateLoading();
    schedule();
}

void RedisKeysModelPrivate::emptyTrash(const QElapsedTimer &clock)
{
    int n = 0;
    while (!trashNodes.isEmpty() || !trashEntries.isEmpty()) {
        if ((++n & 255) == 0 && clock.nsecsElapsed() >= TurnBudgetNs)
            return;
        if (!trashNodes.isEmpty()) {
            Node *node = trashNodes.takeLast();
            if (node->isNamespace) {
                auto *ns = static_cast<NamespaceNode *>(node);
                trashNodes += ns->children;
                trashNodes += ns->incoming;
                for (Node *child : std::as_const(ns->collected)) {
                    if (child)
                        trashNodes.append(child);
                }
            } else {
                // The entry outlives its leaf (nodes are freed first).
                auto *leaf = static_cast<LeafNode *>(node);
                if (leaf->entry && leaf->entry->node == leaf)
                    leaf->entry->node = nullptr;
            }
            deleteNode(node);
        } else {
            delete trashEntries.takeLast();
        }
    }
}

qsizetype RedisKeysModelPrivate::separatorIn(QByteArrayView rest) const
{
    if (layoutSeparator.isEmpty())
        return -1;
    if (layoutSeparator.size() == 1) {
        const void *hit = rest.isEmpty() ? nullptr
                                         : std::memchr(rest.data(), layoutSeparator.at(0), size_t(rest.size()));
        return hit ? static_cast<const char *>(hit) - rest.data() : -1;
    }
    return rest.indexOf(QByteArrayView(layoutSeparator));
}

QByteArray RedisKeysModelPrivate::lastPiece(const QByteArray &key) const
{
    if (layoutSeparator.isEmpty())
        return key;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = separatorIn(QByteArrayView(key).sliced(from));
        if (at < 0)
            return key.mid(from);
        from += at + layoutSeparator.size();
    }
}

// Files a key below `from`: every namespace on its way counts it (`from`
// itself only if countFrom); it ends in the pending list of the first
// namespace that is not built, or as a new row of a built one.
void RedisKeysModelPrivate::route(KeyEntry *entry, NamespaceNode *from, bool countFrom, bool silent)
{
    NamespaceNode *ns = from;
    bool count = countFrom;
    for (;;) {
        if (count) {
            ++ns->keyCount;
            if (ns->visible && !ns->dirty && !silent) {
                ns->dirty = true;
                dirtyNamespaces.append(ns);
            }
        }
        count = true;
        if (!ns->built) {
            ns->pending.append(entry);
            entry->node = nullptr;
            return;
        }
        const qsizetype offset = ns->prefix.size();
        const QByteArrayView rest = QByteArrayView(entry->key).sliced(offset);
        const qsizetype at = separatorIn(rest);
        if (at < 0) {
            auto *leaf = new LeafNode;
            leaf->parent = ns;
            leaf->piece = rest.data();
            leaf->pieceLength = rest.size();
            leaf->entry = entry;
            entry->node = leaf;
            addIncoming(ns, leaf, silent);
            return;
        }
        NamespaceNode *child = ns->namespaces.value(rest.first(at));
        if (!child) {
            child = new NamespaceNode;
            child->isNamespace = true;
            child->parent = ns;
            child->prefix = entry->key.left(offset + at + layoutSeparator.size());
            child->piece = child->prefix.constData() + offset;
            child->pieceLength = at;
            ns->namespaces.insert(QByteArrayView(child->piece, at), child);
            addIncoming(ns, child, silent);
        }
        ns = child;
    }
}

void RedisKeysModelPrivate::addIncoming(NamespaceNode *parent, Node *child, bool silent)
{
    if (parent->buildPhase == Collecting) {
        parent->collected.append(child);
        return;
    }
    // While a build sorts or inserts, new rows wait until it is done.
    if (parent->incoming.isEmpty() && !silent && parent->buildPhase == NotBuilding)
        incomingParents.append(parent);
    parent->incoming.append(child);
}

// One turn of the first build; true when it is done.
bool RedisKeysModelPrivate::stepBuild(const QElapsedTimer &clock, qint64 limit)
{
    Building &item = building.first();
    NamespaceNode *ns = item.ns;
    if (ns->buildPhase == Collecting) {
        while (item.pos < item.keys.size()) {
            route(item.keys.at(item.pos), ns, false, false); // counted by ns already
            ++item.pos;
            if ((item.pos & 63) == 0 && clock.nsecsElapsed() >= limit)
                return false;
        }
        item.keys = QList<KeyEntry *>();
        item.pos = 0;
        ns->buildPhase = Sorting;
    }
    if (ns->buildPhase == Sorting) {
        if (!sortStep(clock, limit))
            return false;
        item.tmp = QList<Node *>();
        item.pos = 0;
        ns->buildPhase = Inserting;
    }
    // Appended in sorted order: one rowsInserted per chunk, nothing moves.
    // (A slot may start another build: `building` may grow, so `item` is
    // not used across the signals.)
    constexpr qsizetype Chunk = 4096;
    const QModelIndex parent = indexOf(ns);
    qsizetype pos = item.pos;
    while (pos < ns->collected.size()) {
        const qsizetype n = qMin(Chunk, ns->collected.size() - pos);
        const qsizetype at = ns->children.size();
        q->beginInsertRows(parent, int(at), int(at + n - 1));
        for (qsizetype i = pos; i < pos + n; ++i) {
            Node *&child = ns->collected[i];
            child->visible = true;
            ns->children.append(child);
            child = nullptr; // owned by the rows now
        }
        pos += n;
        building.first().pos = pos;
        q->endInsertRows();
        if (clock.nsecsElapsed() >= limit && pos < ns->collected.size())
            return false;
    }
    ns->collected = QList<Node *>();
    ns->buildPhase = NotBuilding;
    if (!ns->incoming.isEmpty())
        incomingParents.append(ns); // what arrived meanwhile
    return true;
}

bool RedisKeysModelPrivate::sortStep(const QElapsedTimer &clock, qint64 limit)
{
    constexpr qsizetype Run = 512;
    Building &item = building.first();
    QList<Node *> &a = item.ns->collected;
    const qsizetype n = a.size();
    if (item.width == 0) {
        // Sorted runs first.
        while (item.start < n) {
            const qsizetype end = qMin(item.start + Run, n);
            std::sort(a.begin() + item.start, a.begin() + end, pieceLess);
            item.start = end;
            if (clock.nsecsElapsed() >= limit && item.start < n)
                return false;
        }
        item.width = Run;
        item.start = 0;
        item.tmp.resize(n);
    }
    while (item.width < n) {
        while (item.start < n) {
            if (!item.inPair) {
                item.left = item.start;
                item.middle = qMin(item.start + item.width, n);
                item.right = item.middle;
                item.end = qMin(item.start + 2 * item.width, n);
                item.out = item.start;
                item.inPair = true;
            }
            Node **const src = a.data();
            Node **const dst = item.tmp.data();
            while (item.left < item.middle || item.right < item.end) {
                if (item.right >= item.end
                    || (item.left < item.middle && !pieceLess(src[item.right], src[item.left])))
                    dst[item.out++] = src[item.left++];
                else
                    dst[item.out++] = src[item.right++];
                if ((item.out & 255) == 0 && clock.nsecsElapsed() >= limit)
                    return false;
            }
            item.inPair = false;
            item.start = item.end;
        }
        a.swap(item.tmp); // this pass's result; tmp is scratch again
        item.width *= 2;
        item.start = 0;
    }
    return true;
}

void RedisKeysModelPrivate::applyHeldEdits()
{
    const QList<std::pair<bool, QByteArray>> edits = std::move(heldEdits);
    heldEdits = QList<std::pair<bool, QByteArray>>();
    for (const auto &edit : edits) {
        if (edit.first) {
            add(edit.second);
        } else if (KeyEntry *entry = byKey.value(QByteArrayView(edit.second))) {
            forget(entry);
        }
    }
}

// Builds a namespace's rows from the keys it counted, without signals: no
// one has seen its rows yet (rowCount() builds before it answers). A large
// one (unless synchronous) starts empty and gets its rows from the event
// loop, with rowsInserted like keys arriving from SCAN.
void RedisKeysModelPrivate::ensureBuilt(NamespaceNode *ns, bool synchronous)
{
    if (ns->built)
        return;
    ns->built = true;
    QList<KeyEntry *> keys = std::move(ns->pending);
    ns->pending = QList<KeyEntry *>();
    if (!synchronous && keys.size() > SyncBuildMax) {
        Building item;
        item.ns = ns;
        item.keys = std::move(keys);
        ns->buildPhase = Collecting;
        building.append(std::move(item));
        schedule();
        updateLoading();
        return;
    }
    for (KeyEntry *entry : keys)
        route(entry, ns, false, true);
    std::sort(ns->incoming.begin(), ns->incoming.end(), pieceLess);
    ns->children = std::move(ns->incoming);
    ns->incoming = QList<Node *>();
    for (Node *child : std::as_const(ns->children))
        child->visible = true;
}

void RedisKeysModelPrivate::finishChunk()
{
    // Rows of one parent never move while another parent's rows are
    // inserted, so the order of the parents does not matter.
    const QList<NamespaceNode *> parents = std::move(incomingParents);
    incomingParents = QList<NamespaceNode *>();
    for (NamespaceNode *ns : parents)
        merge(ns);
    flushDirty();
}

// Inserts a parent's incoming children at their sorted places: one
// rowsInserted per run of adjacent new rows, from the last run to the first,
// so that the rows already announced never shift. The old rows move once:
// the hole for the new rows wanders from the end to the front.
void RedisKeysModelPrivate::merge(NamespaceNode *ns)
{
    QList<Node *> fresh = std::move(ns->incoming);
    ns->incoming = QList<Node *>();
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end(), pieceLess);
    if (ns != root && !ns->visible) {
        // Not reachable through the model: nobody to tell.
        ns->children += fresh;
        std::sort(ns->children.begin(), ns->children.end(), pieceLess);
        for (Node *child : std::as_const(fresh))
            child->visible = true;
        return;
    }
    const qsizetype oldCount = ns->children.size();
    ns->children.resize(oldCount + fresh.size());
    ns->gapStart = oldCount;
    ns->gapLength = fresh.size();
    const QModelIndex parent = indexOf(ns);
    qsizetype j = fresh.size();
    while (j > 0) {
        Node *last = fresh.at(j - 1);
        const auto oldBegin = ns->children.begin();
        const qsizetype p = std::lower_bound(oldBegin, oldBegin + ns->gapStart, last, pieceLess) - oldBegin;
        qsizetype k = j - 1;
        while (k > 0 && (p == 0 || pieceLess(ns->children.at(p - 1), fresh.at(k - 1))))
            --k;
        // Move the old rows [p, gapStart) behind the hole.
        std::move_backward(ns->children.begin() + p, ns->children.begin() + ns->gapStart,
                           ns->children.begin() + ns->gapStart + ns->gapLength);
        ns->gapStart = p;
        const qsizetype length = j - k;
        q->beginInsertRows(parent, int(p), int(p + length - 1));
        std::copy(fresh.begin() + k, fresh.begin() + j,
                  ns->children.begin() + p + ns->gapLength - length);
        ns->gapLength -= length;
        for (qsizetype i = k; i < j; ++i)
            fresh.at(i)->visible = true;
        q->endInsertRows();
        j = k;
    }
    ns->gapStart = 0;
}

void RedisKeysModelPrivate::flushDirty()
{
    if (dirtyNamespaces.isEmpty())
        return;
    const QList<NamespaceNode *> nodes = std::move(dirtyNamespaces);
    dirtyNamespaces = QList<NamespaceNode *>();
    struct Item { NamespaceNode *parent; int row; };
    QList<Item> items;
    items.reserve(nodes.size());
    for (NamespaceNode *node : nodes) {
        node->dirty = false;
        const int row = node->visible ? rowOf(node) : -1;
        if (row >= 0)
            items.append({node->parent, row});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.parent != b.parent ? std::less<NamespaceNode *>()(a.parent, b.parent) : a.row < b.row;
    });
    const QList<int> roles{RedisKeysModel::KeyCountRole};
    for (qsizetype i = 0; i < items.size();) {
        qsizetype j = i + 1;
        while (j < items.size() && items.at(j).parent == items.at(i).parent
               && items.at(j).row == items.at(j - 1).row + 1)
            ++j;
        NamespaceNode *parent = items.at(i).parent;
        const QModelIndex first = q->createIndex(items.at(i).row, 0, parent->childAt(items.at(i).row));
        const QModelIndex last = q->createIndex(items.at(j - 1).row, 0, parent->childAt(items.at(j - 1).row));
        Q_EMIT q->dataChanged(first, last, roles);
        i = j;
    }
}

void RedisKeysModelPrivate::destroyTree(Node *node)
{
    if (node->isNamespace) {
        auto *ns = static_cast<NamespaceNode *>(node);
        for (Node *child : std::as_const(ns->children)) {
            if (child)
                destroyTree(child);
        }
        for (Node *child : std::as_const(ns->incoming))
            destroyTree(child);
        for (Node *child : std::as_const(ns->collected)) {
            if (child)
                destroyTree(child);
        }
    }
    deleteNode(node);
}

void RedisKeysModelPrivate::removeFromAll(KeyEntry *entry)
{
    const qsizetype at = entry->index;
    if (at < processed)
        --processed;
    all.removeAt(at);
    for (qsizetype i = at; i < all.size(); ++i)
        all.at(i)->index = i;
    byKey.remove(QByteArrayView(entry->key));
    if (entry->node && entry->node->entry == entry)
        entry->node->entry = nullptr; // a leaf of a former grouping, still in the trash
    delete entry;
}

void RedisKeysModelPrivate::forget(KeyEntry *entry)
{
    ++busy;
    if (entry->index >= processed) {
        removeFromAll(entry); // not shown yet
    } else if (!layoutTree) {
        const int row = int(entry->index);
        q->beginRemoveRows(QModelIndex(), row, row);
        removeFromAll(entry);
        q->endRemoveRows();
    } else {
        forgetInTree(entry);
        removeFromAll(entry);
    }
    --busy;
    updateLoadedCount();
    updateLoading();
}

void RedisKeysModelPrivate::forgetInTree(KeyEntry *entry)
{
    // The namespaces on the key's way, from the root.
    QVarLengthArray<NamespaceNode *, 16> path;
    NamespaceNode *ns = root;
    for (;;) {
        path.append(ns);
        if (!ns->built)
            break; // the key is in its pending list
        const QByteArrayView rest = QByteArrayView(entry->key).sliced(ns->prefix.size());
        const qsizetype at = separatorIn(rest);
        if (at < 0)
            break; // the key is a row of ns
        ns = ns->namespaces.value(rest.first(at));
        if (!ns) {
            qCWarning(lcRedisKeysModel) << "forgetKey: a key without its namespace";
            return;
        }
    }
    // The outermost namespace that holds nothing but this key goes.
    qsizetype drop = -1;
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (path.at(i)->keyCount == 1) {
            drop = i;
            break;
        }
    }
    const qsizetype stop = drop > 0 ? drop : path.size();

    Node *gone = nullptr;
    if (drop > 0) {
        gone = path.at(drop);
    } else if (path.last()->built) {
        gone = entry->node;
    } else {
        path.last()->pending.removeOne(entry);
    }
    if (gone) {
        NamespaceNode *parent = gone->parent;
        const int row = gone->visible ? rowOf(gone) : -1;
        if (row >= 0)
            q->beginRemoveRows(indexOf(parent), row, row);
        if (row >= 0)
            parent->children.removeAt(row);
        else
            parent->incoming.removeOne(gone); // never shown
        if (gone->isNamespace)
            parent->namespaces.remove(QByteArrayView(gone->piece, gone->pieceLength));
        if (row >= 0)
            q->endRemoveRows();
        entry->node = nullptr;
        destroyTree(gone);
    }
    // Counted down once the rows are gone (a namespace with rows has keys).
    for (qsizetype i = 0; i < stop; ++i)
        --path.at(i)->keyCount;
    const QList<int> roles{RedisKeysModel::KeyCountRole};
    for (qsizetype i = 1; i < stop; ++i) {
        const QModelIndex index = indexOf(path.at(i));
        if (index.isValid())
            Q_EMIT q->dataChanged(index, index, roles);
    }
}

void RedisKeysModelPrivate::add(const QByteArray &key)
{
    if (byKey.contains(QByteArrayView(key)) || !matches(key))
        return;
    auto *entry = new KeyEntry(key);
    // It becomes the next row to show, ahead of keys still waiting.
    entry->index = processed;
    all.insert(processed, entry);
    for (qsizetype i = processed + 1; i < all.size(); ++i)
        all.at(i)->index = i;
    byKey.insert(QByteArrayView(entry->key), entry);
    ++busy;
    if (!layoutTree) {
        q->beginInsertRows(QModelIndex(), int(processed), int(processed));
        ++processed;
        q->endInsertRows();
    } else {
        route(entry, root, true, false);
        ++processed;
        finishChunk();
    }
    --busy;
    updateLoadedCount();
}

// --- lookups ----------------------------------------------------------------

int RedisKeysModelPrivate::rowOf(const Node *node) const
{
    const NamespaceNode *parent = node->parent;
    if (!parent)
        return -1;
    // Binary search over the rows, skipping the hole of a merge in progress.
    qsizetype lo = 0;
    qsizetype hi = parent->rowCount();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (pieceLess(parent->childAt(mid), node))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < parent->rowCount() && parent->childAt(lo) == node)
        return int(lo);
    return -1;
}

QModelIndex RedisKeysModelPrivate::indexOf(const Node *node) const
{
    if (!node || node == root || !node->visible)
        return {};
    const int row = rowOf(node);
    if (row < 0)
        return {};
    return q->createIndex(row, 0, const_cast<Node *>(node));
}

QModelIndex RedisKeysModelPrivate::indexOfEntry(const KeyEntry *entry) const
{
    if (!entry || entry->index >= processed)
        return {};
    if (!layoutTree)
        return q->createIndex(int(entry->index), 0);
    return indexOf(entry->node);
}

QModelIndex RedisKeysModelPrivate::indexOfNamespace(const QByteArray &prefix)
{
    if (!layoutTree || layoutSeparator.isEmpty() || !prefix.endsWith(layoutSeparator))
        return {};
    NamespaceNode *ns = root;
    while (ns->prefix.size() < prefix.size()) {
        ensureBuilt(ns, true);
        const QByteArrayView rest = QByteArrayView(prefix).sliced(ns->prefix.size());
        const qsizetype at = separatorIn(rest);
        if (at < 0)
            return {};
        ns = ns->namespaces.value(rest.first(at));
        if (!ns || !ns->visible)
            return {};
    }
    return ns->prefix == prefix ? indexOf(ns) : QModelIndex();
}

KeyEntry *RedisKeysModelPrivate::entryAt(const QModelIndex &index) const
{
    if (!layoutTree)
        return index.row() < processed ? all.at(index.row()) : nullptr;
    auto *node = static_cast<Node *>(index.internalPointer());
    if (!node || node->isNamespace)
        return nullptr;
    return static_cast<LeafNode *>(node)->entry;
}

// --- type, ttl, memory --------------------------------------------------------

void RedisKeysModelPrivate::requestInfo(KeyEntry *entry)
{
    if (entry->flags & (InfoRequested | TypeKnown | TtlKnown))
        return;
    entry->flags |= InfoRequested;
    infoQueue.append(entry->key);
    if (!infoTimer->isActive())
        infoTimer->start();
}

void RedisKeysModelPrivate::flushInfo()
{
    const qsizetype n = qMin(infoQueue.size(), InfoBurstMax);
    const quint64 tag = generation;
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArray key = infoQueue.at(i);
        KeyEntry *entry = byKey.value(QByteArrayView(key));
        if (!entry)
            continue;
        if (!client) {
            entry->flags &= ~InfoRequested; // asked again once there is a client
            continue;
        }
        client->command({QByteArrayLiteral("TYPE"), key}, q,
                        [this, tag, key](const RedisValue &reply) { onType(tag, key, reply); });
        client->command({QByteArrayLiteral("PTTL"), key}, q,
                        [this, tag, key](const RedisValue &reply) { onTtl(tag, key, reply); });
    }
    infoQueue.remove(0, n);
    if (!infoQueue.isEmpty())
        infoTimer->start();
}

quint16 RedisKeysModelPrivate::internType(const QByteArray &name)
{
    const QString text = QString::fromUtf8(name);
    qsizetype at = typeNames.indexOf(text);
    if (at < 0) {
        if (typeNames.size() >= 0xfffe)
            return 0;
        typeNames.append(text);
        at = typeNames.size() - 1;
    }
    return quint16(at + 1);
}

void RedisKeysModelPrivate::onType(quint64 tag, const QByteArray &key, const RedisValue &reply)
{
    if (tag != generation)
        return;
    KeyEntry *entry = byKey.value(QByteArrayView(key));
    if (!entry)
        return;
    if (reply.isError() || reply.isArray() || reply.isNil()) {
        entry->flags &= ~InfoRequested; // asked again the next time a view wants it
        qCDebug(lcRedisKeysModel) << "TYPE failed:" << reply.errorString();
        return;
    }
    entry->type = internType(reply.toByteArray());
    entry->flags |= TypeKnown;
}

void RedisKeysModelPrivate::onTtl(quint64 tag, const QByteArray &key, const RedisValue &reply)
{
    if (tag != generation)
        return;
    KeyEntry *entry = byKey.value(QByteArrayView(key));
    if (!entry)
        return;
    if (!reply.isInteger()) {
        entry->flags &= ~(InfoRequested | TypeKnown);
        qCDebug(lcRedisKeysModel) << "PTTL failed:" << reply.errorString();
        return;
    }
    entry->ttl = reply.toInteger();
    entry->flags |= TtlKnown;
    if (!(entry->flags & TypeKnown)) {
        entry->flags &= ~(InfoRequested | TtlKnown);
        return;
    }
    entry->flags &= ~InfoRequested;
    const QModelIndex index = indexOfEntry(entry);
    if (index.isValid())
        Q_EMIT q->dataChanged(index, index, {RedisKeysModel::TypeRole, RedisKeysModel::TtlRole});
}

void RedisKeysModelPrivate::onMemory(quint64 tag, const QByteArray &key, const RedisValue &reply)
{
    if (tag != generation)
        return;
    KeyEntry *entry = byKey.value(QByteArrayView(key));
    if (!entry)
        return;
    entry->flags &= ~MemoryRequested;
    if (reply.isNil()) {
        entry->memory = -2;
    } else if (reply.isInteger()) {
        entry->memory = reply.toInteger();
    } else {
        qCDebug(lcRedisKeysModel) << "MEMORY USAGE failed:" << reply.errorString();
        return;
    }
    const QModelIndex index = indexOfEntry(entry);
    if (index.isValid())
        Q_EMIT q->dataChanged(index, index, {RedisKeysModel::MemoryUsageRole});
}

// --- RedisKeysModel -----------------------------------------------------------

RedisKeysModel::RedisKeysModel(QObject *parent)
    : QAbstractItemModel(parent), d(std::make_unique<RedisKeysModelPrivate>(this))
{
}

RedisKeysModel::~RedisKeysModel() = default;

RedisClient *RedisKeysModel::client() const { return d->client; }

void RedisKeysModel::setClient(RedisClient *client)
{
    if (d->client == client)
        return;
    if (d->deferIfBusy([this, guard = QPointer<RedisClient>(client)] { setClient(guard.data()); }))
        return;
    QObject::disconnect(d->clientDestroyed);
    d->client = client;
    if (client) {
        d->clientDestroyed = connect(client, &QObject::destroyed, this, [this] {
            Q_EMIT clientChanged();
        });
    }
    ++d->generation;
    d->started = false;
    d->scan = RedisKeysModelPrivate::Scan::Idle;
    d->clear(false);
    d->setErrorString(QString());
    d->updateLoadedCount();
    d->updateLoading();
    if (d->estimatedTotal != -1) {
        d->estimatedTotal = -1;
        Q_EMIT estimatedTotalChanged(-1);
    }
    Q_EMIT clientChanged();
}

QString RedisKeysModel::pattern() const { return d->pattern; }

void RedisKeysModel::setPattern(const QString &pattern)
{
    if (d->pattern == pattern)
        return;
    d->pattern = pattern;
    Q_EMIT patternChanged(pattern);
    if (d->started)
        refresh();
}

QString RedisKeysModel::typeFilter() const { return d->typeFilter; }

void RedisKeysModel::setTypeFilter(const QString &type)
{
    if (d->typeFilter == type)
        return;
    d->typeFilter = type;
    Q_EMIT typeFilterChanged(type);
    if (d->started)
        refresh();
}

QString RedisKeysModel::separator() const { return d->separator; }

void RedisKeysModel::setSeparator(const QString &separator)
{
    if (d->separator == separator)
        return;
    d->separator = separator;
    Q_EMIT separatorChanged(separator);
    d->regroup();
}

bool RedisKeysModel::treeMode() const { return d->treeMode; }

void RedisKeysModel::setTreeMode(bool on)
{
    if (d->treeMode == on)
        return;
    d->treeMode = on;
    Q_EMIT treeModeChanged(on);
    d->regroup();
}

int RedisKeysModel::scanCount() const { return d->scanCount; }

void RedisKeysModel::setScanCount(int count)
{
    if (d->scanCount == count)
        return;
    d->scanCount = count;
    Q_EMIT scanCountChanged(count);
}

bool RedisKeysModel::autoFetch() const { return d->autoFetch; }

void RedisKeysModel::setAutoFetch(bool on)
{
    if (d->autoFetch == on)
        return;
    d->autoFetch = on;
    Q_EMIT autoFetchChanged(on);
    if (on)
        d->resume();
}

int RedisKeysModel::fetchBatchSize() const { return d->fetchBatchSize; }

void RedisKeysModel::setFetchBatchSize(int count)
{
    count = qMax(1, count);
    if (d->fetchBatchSize == count)
        return;
    d->fetchBatchSize = count;
    Q_EMIT fetchBatchSizeChanged(count);
}

bool RedisKeysModel::isLoading() const { return d->loading; }
qint64 RedisKeysModel::loadedCount() const { return d->all.size(); }
qint64 RedisKeysModel::estimatedTotal() const { return d->estimatedTotal; }
QString RedisKeysModel::errorString() const { return d->errorString; }

void RedisKeysModel::refresh()
{
    if (d->deferIfBusy([this] { refresh(); }))
        return;
    ++d->generation;
    d->started = true;
    d->scan = RedisKeysModelPrivate::Scan::Idle;
    d->clear(false);
    d->setErrorString(QString());
    d->updateLoadedCount();
    if (d->estimatedTotal != -1) {
        d->estimatedTotal = -1;
        Q_EMIT estimatedTotalChanged(-1);
    }
    d->startScan();
    d->updateLoading();
}

QByteArray RedisKeysModel::keyAt(const QModelIndex &index) const
{
    return data(index, KeyRole).toByteArray();
}

QModelIndex RedisKeysModel::indexOfKey(const QByteArray &key) const
{
    KeyEntry *entry = d->byKey.value(QByteArrayView(key));
    if (!entry)
        return d->indexOfNamespace(key);
    if (entry->index >= d->processed)
        return {};
    if (!d->layoutTree)
        return createIndex(int(entry->index), 0);
    // Build the namespaces on the key's way.
    NamespaceNode *ns = d->root;
    for (;;) {
        d->ensureBuilt(ns, true);
        const QByteArrayView rest = QByteArrayView(key).sliced(ns->prefix.size());
        const qsizetype at = d->separatorIn(rest);
        if (at < 0)
            return d->indexOf(entry->node);
        ns = ns->namespaces.value(rest.first(at));
        if (!ns || !ns->visible)
            return {};
    }
}

void RedisKeysModel::forgetKey(const QByteArray &key)
{
    if (d->deferIfBusy([this, key] { forgetKey(key); }))
        return;
    if (!d->building.isEmpty()) {
        d->heldEdits.append({false, key});
        return;
    }
    if (KeyEntry *entry = d->byKey.value(QByteArrayView(key)))
        d->forget(entry);
}

void RedisKeysModel::addKey(const QByteArray &key)
{
    if (d->deferIfBusy([this, key] { addKey(key); }))
        return;
    if (!d->building.isEmpty()) {
        d->heldEdits.append({true, key});
        return;
    }
    d->add(key);
}

bool RedisKeysModel::requestMemoryUsage(const QModelIndex &index)
{
    KeyEntry *entry = index.isValid() && index.model() == this ? d->entryAt(index) : nullptr;
    if (!entry)
        return false;
    if (entry->memory != -1 || (entry->flags & MemoryRequested))
        return true;
    if (!d->client)
        return false;
    entry->flags |= MemoryRequested;
    const quint64 tag = d->generation;
    const QByteArray key = entry->key;
    d->client->command({QByteArrayLiteral("MEMORY"), QByteArrayLiteral("USAGE"), key}, this,
                       [this, tag, key](const RedisValue &reply) { d->onMemory(tag, key, reply); });
    return true;
}

QString RedisKeysModel::escapeKey(const QByteArray &bytes)
{
    return RedisValue::displayText(bytes);
}

QModelIndex RedisKeysModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!d->layoutTree) {
        if (parent.isValid() || row >= d->processed)
            return {};
        return createIndex(row, 0);
    }
    NamespaceNode *ns = d->root;
    if (parent.isValid()) {
        auto *node = static_cast<Node *>(parent.internalPointer());
        if (parent.model() != this || parent.column() != 0 || !node || !node->isNamespace)
            return {};
        ns = static_cast<NamespaceNode *>(node);
        d->ensureBuilt(ns);
    }
    if (row >= ns->rowCount())
        return {};
    return createIndex(row, 0, ns->childAt(row));
}

QModelIndex RedisKeysModel::parent(const QModelIndex &child) const
{
    if (!d->layoutTree || !child.isValid() || child.model() != this)
        return {};
    const auto *node = static_cast<const Node *>(child.internalPointer());
    if (!node)
        return {};
    return d->indexOf(node->parent);
}

int RedisKeysModel::rowCount(const QModelIndex &parent) const
{
    if (!d->layoutTree)
        return parent.isValid() ? 0 : int(d->processed);
    if (!parent.isValid())
        return int(d->root->rowCount());
    auto *node = static_cast<Node *>(parent.internalPointer());
    if (parent.model() != this || parent.column() != 0 || !node || !node->isNamespace)
        return 0;
    auto *ns = static_cast<NamespaceNode *>(node);
    d->ensureBuilt(ns);
    return int(ns->rowCount());
}

int RedisKeysModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

bool RedisKeysModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return d->layoutTree ? d->root->rowCount() > 0 : d->processed > 0;
    if (!d->layoutTree || parent.model() != this || parent.column() != 0)
        return false;
    const auto *node = static_cast<const Node *>(parent.internalPointer());
    return node && node->isNamespace && static_cast<const NamespaceNode *>(node)->keyCount > 0;
}

QVariant RedisKeysModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    KeyEntry *entry = nullptr;
    const NamespaceNode *ns = nullptr;
    QByteArrayView piece;
    if (!d->layoutTree) {
        if (index.row() >= d->processed)
            return {};
        entry = d->all.at(index.row());
        piece = QByteArrayView(entry->key);
    } else {
        const auto *node = static_cast<const Node *>(index.internalPointer());
        if (!node)
            return {};
        if (node->isNamespace)
            ns = static_cast<const NamespaceNode *>(node);
        else
            entry = static_cast<const LeafNode *>(node)->entry;
        piece = QByteArrayView(node->piece, node->pieceLength);
    }
    switch (role) {
    case Qt::DisplayRole:
        if (piece.isEmpty())
            return tr("(empty)");
        return RedisValue::displayText(piece);
    case Qt::ToolTipRole:
        return RedisValue::displayText(QByteArrayView(ns ? ns->prefix : entry->key));
    case KeyRole:
        return ns ? ns->prefix : entry->key;
    case NameRole:
        if (d->layoutTree)
            return RedisValue::displayText(piece);
        return RedisValue::displayText(QByteArrayView(d->lastPiece(entry->key)));
    case TypeRole:
        if (ns)
            return {};
        if ((entry->flags & TypeKnown) && (entry->flags & TtlKnown) && entry->type > 0)
            return d->typeNames.at(entry->type - 1);
        d->requestInfo(entry);
        return {};
    case TtlRole:
        if (ns)
            return {};
        if ((entry->flags & TypeKnown) && (entry->flags & TtlKnown))
            return entry->ttl;
        d->requestInfo(entry);
        return {};
    case MemoryUsageRole:
        return ns ? qint64(-1) : entry->memory;
    case IsNamespaceRole:
        return ns != nullptr;
    case KeyCountRole:
        return ns ? ns->keyCount : qint64(1);
    default:
        return {};
    }
}

QVariant RedisKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Key");
    return {};
}

Qt::ItemFlags RedisKeysModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!data(index, IsNamespaceRole).toBool())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> RedisKeysModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KeyRole, QByteArrayLiteral("key"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(TypeRole, QByteArrayLiteral("type"));
    names.insert(TtlRole, QByteArrayLiteral("ttl"));
    names.insert(MemoryUsageRole, QByteArrayLiteral("memoryUsage"));
    names.insert(IsNamespaceRole, QByteArrayLiteral("isNamespace"));
    names.insert(KeyCountRole, QByteArrayLiteral("keyCount"));
    return names;
}

bool RedisKeysModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        using Scan = RedisKeysModelPrivate::Scan;
        return d->scan == Scan::Running || d->scan == Scan::Paused || d->hasWork();
    }
    if (!d->layoutTree || parent.model() != this || parent.column() != 0)
        return false;
    const auto *node = static_cast<const Node *>(parent.internalPointer());
    return node && node->isNamespace && !static_cast<const NamespaceNode *>(node)->built;
}

void RedisKeysModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid()) {
        d->resume();
        return;
    }
    if (!d->layoutTree || parent.model() != this || parent.column() != 0)
        return;
    auto *node = static_cast<Node *>(parent.internalPointer());
    if (node && node->isNamespace)
        d->ensureBuilt(static_cast<NamespaceNode *>(node));
}
