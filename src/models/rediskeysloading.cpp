// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// How RedisKeysModel loads: SCAN pages through the shared scanner, keys
// de-duplicated and put into rows a bounded amount of work per event-loop
// turn, a cleared model freed the same way, and the application's own
// additions and removals. The QAbstractItemModel side is rediskeysmodel.cpp.
#include "rediskeysmodel.h"
#include "models/rediskeysmodel_p.h"
#include "core/redislogging_p.h"

#include "redisclient.h"
#include "models/redisglob_p.h"

#include <QtCore/qelapsedtimer.h>

using namespace QtRedisPrivate;

namespace {

// Work done per event-loop turn by the model itself (inserting rows,
// grouping keys, freeing a cleared model). Signal handlers (views) add to it.
constexpr qint64 TurnBudgetNs = 5 * 1000 * 1000;
// Flat mode: rows inserted per turn, adapted between these bounds.
constexpr qsizetype FlatChunkMin = 256;
constexpr qsizetype FlatChunkMax = 65536;

} // namespace

RedisKeysModelPrivate::RedisKeysModelPrivate(RedisKeysModel *model)
    : q(model),
      tree(model),
      scanner([this](const RedisValue &elements, bool last) { onScanPage(elements, last); },
              [this](const RedisValue &failure) {
                  fail(RedisKeysModel::tr("SCAN failed: %1").arg(failure.errorString()));
              }),
      lookups([this](const QByteArray &key) { return entry(key); },
              [this](KeyEntry *entry, const QList<int> &roles) {
                  const QModelIndex index = indexOfEntry(entry);
                  if (index.isValid())
                      Q_EMIT q->dataChanged(index, index, roles);
              })
{
    processTimer = new QTimer(q);
    processTimer->setSingleShot(true);
    processTimer->setInterval(0);
    QObject::connect(processTimer, &QTimer::timeout, q, [this] { process(); });
}

RedisKeysModelPrivate::~RedisKeysModelPrivate()
{
    // The tree's leaves point at entries; it frees them without looking.
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
    return glob.isEmpty() || globMatch(glob, key);
}

// --- scanning ---------------------------------------------------------------

void RedisKeysModelPrivate::startScan()
{
    scan = Scan::Running;
    pageReceived = 0;
    if (!client) {
        listing.post([this] { fail(RedisKeysModel::tr("No Redis client is set")); });
        return;
    }
    client->command({QByteArrayLiteral("DBSIZE")}, listing.context(),
                    [this](const RedisValue &reply) { onDbSize(reply); });
    scanner.setOptions({RedisScanner::Kind::Keys, QByteArray(), matchBytes(), typeFilter.toUtf8(), scanCount});
    scanner.start();
}

void RedisKeysModelPrivate::onDbSize(const RedisValue &reply)
{
    if (!reply.isInteger())
        return;
    estimatedTotal = reply.toInteger();
    // Room for every key at once: growing a list of ten million pointers
    // copies it into fresh memory in one call (40-230 ms measured). Only
    // address space until the keys come (a large block is mapped lazily);
    // with a pattern, fewer come, and the pages never touched cost nothing.
    if (estimatedTotal > all.capacity())
        all.reserve(qsizetype(qMin<qint64>(estimatedTotal + estimatedTotal / 16, qint64(1) << 28)));
    Q_EMIT q->estimatedTotalChanged(estimatedTotal);
}

void RedisKeysModelPrivate::onScanPage(const RedisValue &elements, bool last)
{
    // De-duplicated and added from process(), within its budget: a reply
    // to a large COUNT does not stall this turn.
    const qsizetype n = elements.size();
    if (n > 0)
        received.append(elements);
    pageReceived += n;
    if (last) {
        scan = Scan::Finished;
        qCDebug(lcRedisKeysModel) << "scan finished";
    } else if (!autoFetch && pageReceived >= fetchBatchSize) {
        scan = Scan::Paused;
    } else {
        scanner.next();
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
            const bool indexGrew = take(batch.at(receivedPos).toByteArray());
            ++receivedPos;
            if ((indexGrew || (receivedPos & 63) == 0) && clock.nsecsElapsed() >= budget)
                return;
        }
        received.removeFirst();
        receivedPos = 0;
    }
}

bool RedisKeysModelPrivate::take(const QByteArray &key)
{
    // One lookup: the hash keeps a view of the key's bytes, which the entry
    // shares (QByteArray is implicitly shared).
    bool grew = false;
    KeyEntry *&slot = byKey.slot(QByteArrayView(key), &grew);
    if (slot)
        return grew; // SCAN may return a key twice
    auto *entry = new KeyEntry(key);
    slot = entry;
    if (entry->key.constData() != key.constData()) {
        // Not shared after all (raw data): index the entry's own copy.
        byKey.remove(QByteArrayView(key));
        byKey.insert(QByteArrayView(entry->key), entry);
    }
    entry->index = all.size();
    all.append(entry);
    return grew;
}

void RedisKeysModelPrivate::resume()
{
    if (scan != Scan::Paused)
        return;
    scan = Scan::Running;
    pageReceived = 0;
    scanner.next();
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

// --- rows -------------------------------------------------------------------

// Resets the model to empty. The old data is freed a bit per turn (a
// million keys would otherwise stall this one). keepEntries: the keys stay
// (to be grouped again), only the rows go.
void RedisKeysModelPrivate::clear(bool keepEntries)
{
    ++busy;
    q->beginResetModel();
    // keepEntries: an entry's node (a leaf now in the trash) is replaced when
    // the entry is grouped again, or cleared when the leaf is freed.
    tree.reset(treeMode, separator.toUtf8());
    if (!keepEntries) {
        trashIndex += byKey.takeShards();
        if (trashEntries.isEmpty())
            trashEntries.swap(all);
        else
            trashEntries += all;
        all = QList<KeyEntry *>();
        received.clear();
        receivedPos = 0;
    }
    processed = 0;
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
    if (isTree() == treeMode && tree.separator() == separator.toUtf8())
        return;
    if (deferIfBusy([this] { regroup(); }))
        return;
    if (!isTree() && !treeMode) {
        // Flat rows stay; only their last piece (NameRole) changes.
        tree.reset(false, separator.toUtf8());
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
    if ((hasWork() || !trashEntries.isEmpty() || !trashIndex.isEmpty() || tree.hasTrash())
        && !processTimer->isActive())
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
    if (processed < all.size() || tree.isBuilding()) {
        ++busy;
        if (isTree()) {
            const qint64 limit = TurnBudgetNs * 3 / 4;
            const qsizetype end = all.size();
            bool spent = false;
            while (processed < end && !spent) {
                tree.add(all.at(processed));
                ++processed;
                spent = (processed & 63) == 0 && clock.nsecsElapsed() >= limit;
            }
            if (!spent)
                tree.stepBuilds(clock, limit);
            tree.finishChunk();
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
        if (!tree.isBuilding() && !heldEdits.isEmpty())
            applyHeldEdits();
    }
    emptyTrash(clock);
    updateLoadedCount();
    updateLoading();
    schedule();
}

void RedisKeysModelPrivate::emptyTrash(const QElapsedTimer &clock)
{
    // Rows first: a leaf looks at its entry when it is freed.
    if (!tree.emptyTrash(clock, TurnBudgetNs))
        return;
    int n = 0;
    while (!trashEntries.isEmpty()) {
        if ((++n & 255) == 0 && clock.nsecsElapsed() >= TurnBudgetNs)
            return;
        delete trashEntries.takeLast();
    }
    // The old index: views only, nothing in it is dereferenced.
    while (!trashIndex.isEmpty()) {
        if (clock.nsecsElapsed() >= TurnBudgetNs)
            return;
        trashIndex.removeLast();
    }
}

// Builds a namespace's rows (see KeyTree::ensureBuilt()); a large one from
// the event loop.
void RedisKeysModelPrivate::build(NamespaceNode *ns)
{
    if (tree.ensureBuilt(ns)) {
        schedule();
        updateLoading();
    }
}

void RedisKeysModelPrivate::applyHeldEdits()
{
    const QList<std::pair<bool, QByteArray>> edits = std::move(heldEdits);
    heldEdits = QList<std::pair<bool, QByteArray>>();
    for (const auto &edit : edits) {
        if (edit.first)
            add(edit.second);
        else if (KeyEntry *found = entry(edit.second))
            forget(found);
    }
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
    } else if (!isTree()) {
        const int row = int(entry->index);
        q->beginRemoveRows(QModelIndex(), row, row);
        removeFromAll(entry);
        q->endRemoveRows();
    } else {
        tree.forget(entry);
        removeFromAll(entry);
    }
    --busy;
    updateLoadedCount();
    updateLoading();
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
    if (!isTree()) {
        q->beginInsertRows(QModelIndex(), int(processed), int(processed));
        ++processed;
        q->endInsertRows();
    } else {
        tree.add(entry);
        ++processed;
        tree.finishChunk();
    }
    --busy;
    updateLoadedCount();
}

QModelIndex RedisKeysModelPrivate::indexOfEntry(const KeyEntry *entry) const
{
    if (!entry || entry->index >= processed)
        return {};
    if (!isTree())
        return q->createIndex(int(entry->index), 0);
    return tree.indexOf(entry->node);
}

RedisKeysModelPrivate::KeyEntry *RedisKeysModelPrivate::entryAt(const QModelIndex &index) const
{
    if (!isTree())
        return index.row() < processed ? all.at(index.row()) : nullptr;
    auto *node = static_cast<Node *>(index.internalPointer());
    if (!node || node->isNamespace)
        return nullptr;
    return static_cast<LeafNode *>(node)->entry;
}
