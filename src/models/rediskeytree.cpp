// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "models/rediskeytree_p.h"
#include "core/redislogging_p.h"

#include "rediskeysmodel.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qvarlengtharray.h>

#include <algorithm>
#include <functional>

namespace QtRedisPrivate {

namespace {

void deleteNode(Node *node)
{
    if (node->isNamespace)
        delete static_cast<NamespaceNode *>(node);
    else
        delete static_cast<LeafNode *>(node);
}

} // namespace

// --- the resumable merge sort --------------------------------------------------

namespace {
using Item = ResumableMergeSort::Item;

// Namespaces first (flag clear), then the piece's first seven bytes, big
// endian, zero-padded: when two keys differ, pieceLess() agrees with them.
quint64 sortKey(const Node *node)
{
    quint64 prefix = 0;
    const qsizetype n = qMin<qsizetype>(node->pieceLength, 7);
    for (qsizetype i = 0; i < 7; ++i)
        prefix = (prefix << 8) | (i < n ? quint64(static_cast<unsigned char>(node->piece[i])) : 0);
    return (quint64(node->isNamespace ? 0 : 1) << 63) | (prefix << 7);
}

bool itemLess(const Item &a, const Item &b)
{
    return a.key != b.key ? a.key < b.key : pieceLess(a.node, b.node);
}
} // namespace

bool ResumableMergeSort::run(QList<Node *> &a, const QElapsedTimer &clock, qint64 limit)
{
    constexpr qsizetype Run = 512;
    const qsizetype n = a.size();
    if (m_width == 0) {
        if (!m_items)
            m_items.reset(new Item[size_t(n)]);
        // The sort keys first, then sorted runs.
        while (m_filled < n) {
            Node *node = a.at(m_filled);
            m_items[m_filled] = Item{sortKey(node), node};
            ++m_filled;
            if ((m_filled & 1023) == 0 && clock.nsecsElapsed() >= limit && m_filled < n)
                return false;
        }
        while (m_start < n) {
            const qsizetype end = qMin(m_start + Run, n);
            std::sort(m_items.get() + m_start, m_items.get() + end, itemLess);
            m_start = end;
            if (clock.nsecsElapsed() >= limit && m_start < n)
                return false;
        }
        m_width = Run;
        m_start = 0;
        m_scratch.reset(new Item[size_t(n)]);
    }
    while (m_width < n) {
        while (m_start < n) {
            if (!m_inPair) {
                m_left = m_start;
                m_middle = qMin(m_start + m_width, n);
                m_right = m_middle;
                m_end = qMin(m_start + 2 * m_width, n);
                m_out = m_start;
                m_inPair = true;
            }
            const Item *const src = m_items.get();
            Item *const dst = m_scratch.get();
            while (m_left < m_middle || m_right < m_end) {
                if (m_right >= m_end || (m_left < m_middle && !itemLess(src[m_right], src[m_left])))
                    dst[m_out++] = src[m_left++];
                else
                    dst[m_out++] = src[m_right++];
                if ((m_out & 1023) == 0 && clock.nsecsElapsed() >= limit)
                    return false;
            }
            m_inPair = false;
            m_start = m_end;
        }
        m_items.swap(m_scratch); // this pass's result; the scratch is free again
        m_width *= 2;
        m_start = 0;
    }
    m_scratch.reset();
    // In order: back into the rows.
    Node **const rows = a.data();
    while (m_written < n) {
        rows[m_written] = m_items[m_written].node;
        ++m_written;
        if ((m_written & 4095) == 0 && clock.nsecsElapsed() >= limit && m_written < n)
            return false;
    }
    m_items.reset();
    m_filled = 0;
    m_written = 0;
    m_width = 0;
    m_start = 0;
    return true;
}

// --- KeyTree -------------------------------------------------------------------

KeyTree::KeyTree(RedisKeysModel *model) : m_model(model) {}

KeyTree::~KeyTree()
{
    if (m_root)
        destroy(m_root);
    for (Node *node : std::as_const(m_trash))
        destroy(node);
}

void KeyTree::reset(bool tree, const QByteArray &separator)
{
    if (m_root) {
        m_trash.append(m_root);
        m_root = nullptr;
    }
    m_incomingParents.clear();
    m_dirtyNamespaces.clear();
    m_building.clear();
    m_separator = separator;
    if (tree) {
        m_root = new NamespaceNode;
        m_root->isNamespace = true;
        m_root->built = true;
    }
}

qsizetype KeyTree::separatorIn(QByteArrayView rest) const
{
    if (m_separator.isEmpty())
        return -1;
    if (m_separator.size() == 1) {
        const void *hit = rest.isEmpty() ? nullptr : std::memchr(rest.data(), m_separator.at(0), size_t(rest.size()));
        return hit ? static_cast<const char *>(hit) - rest.data() : -1;
    }
    return rest.indexOf(QByteArrayView(m_separator));
}

QByteArray KeyTree::lastPiece(const QByteArray &key) const
{
    if (m_separator.isEmpty())
        return key;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = separatorIn(QByteArrayView(key).sliced(from));
        if (at < 0)
            return key.mid(from);
        from += at + m_separator.size();
    }
}

// Files a key below `from`: every namespace on its way counts it (`from`
// itself only if countFrom); it ends in the pending list of the first
// namespace that is not built, or as a new row of a built one.
void KeyTree::route(KeyEntry *entry, NamespaceNode *from, bool countFrom, bool silent)
{
    NamespaceNode *ns = from;
    bool count = countFrom;
    for (;;) {
        if (count) {
            ++ns->keyCount;
            if (ns->visible && !ns->dirty && !silent) {
                ns->dirty = true;
                m_dirtyNamespaces.append(ns);
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
            child->prefix = entry->key.left(offset + at + m_separator.size());
            child->piece = child->prefix.constData() + offset;
            child->pieceLength = at;
            ns->namespaces.insert(QByteArrayView(child->piece, at), child);
            addIncoming(ns, child, silent);
        }
        ns = child;
    }
}

void KeyTree::addIncoming(NamespaceNode *parent, Node *child, bool silent)
{
    if (parent->buildPhase == Collecting) {
        parent->collected.append(child);
        return;
    }
    // While a build sorts or inserts, new rows wait until it is done.
    if (parent->incoming.isEmpty() && !silent && parent->buildPhase == NotBuilding)
        m_incomingParents.append(parent);
    parent->incoming.append(child);
}

// Builds a namespace's rows from the keys it counted, without signals: no
// one has seen its rows yet (rowCount() builds before it answers). A large
// one (unless synchronous) starts empty and gets its rows from the event
// loop, with rowsInserted like keys arriving from SCAN.
bool KeyTree::ensureBuilt(NamespaceNode *ns, bool synchronous)
{
    // A namespace with more keys than this is built from the event loop when
    // a view expands it.
    constexpr qsizetype SyncBuildMax = 5000;
    if (ns->built)
        return false;
    ns->built = true;
    QList<KeyEntry *> keys = std::move(ns->pending);
    ns->pending = QList<KeyEntry *>();
    if (!synchronous && keys.size() > SyncBuildMax) {
        Building item;
        item.ns = ns;
        item.keys = std::move(keys);
        ns->buildPhase = Collecting;
        m_building.append(std::move(item));
        return true;
    }
    for (KeyEntry *entry : keys)
        route(entry, ns, false, true);
    std::sort(ns->incoming.begin(), ns->incoming.end(), pieceLess);
    ns->children = std::move(ns->incoming);
    ns->incoming = QList<Node *>();
    for (Node *child : std::as_const(ns->children))
        child->visible = true;
    return false;
}

bool KeyTree::stepBuilds(const QElapsedTimer &clock, qint64 limit)
{
    while (!m_building.isEmpty()) {
        if (!stepBuild(clock, limit))
            return false;
        m_building.removeFirst();
    }
    return true;
}

// One turn of the first build; true when it is done.
bool KeyTree::stepBuild(const QElapsedTimer &clock, qint64 limit)
{
    Building &item = m_building.first();
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
        if (!item.sort.run(ns->collected, clock, limit))
            return false;
        item.pos = 0;
        ns->buildPhase = Inserting;
    }
    // Appended in sorted order: one rowsInserted per chunk, nothing moves.
    // (A slot may start another build: m_building may grow, so `item` is
    // not used across the signals.)
    constexpr qsizetype Chunk = 4096;
    const QModelIndex parent = indexOf(ns);
    qsizetype pos = item.pos;
    while (pos < ns->collected.size()) {
        const qsizetype n = qMin(Chunk, ns->collected.size() - pos);
        const qsizetype at = ns->children.size();
        m_model->beginInsertRows(parent, int(at), int(at + n - 1));
        for (qsizetype i = pos; i < pos + n; ++i) {
            Node *&child = ns->collected[i];
            child->visible = true;
            ns->children.append(child);
            child = nullptr; // owned by the rows now
        }
        pos += n;
        m_building.first().pos = pos;
        m_model->endInsertRows();
        if (clock.nsecsElapsed() >= limit && pos < ns->collected.size())
            return false;
    }
    ns->collected = QList<Node *>();
    ns->buildPhase = NotBuilding;
    if (!ns->incoming.isEmpty())
        m_incomingParents.append(ns); // what arrived meanwhile
    return true;
}

void KeyTree::finishChunk()
{
    // Rows of one parent never move while another parent's rows are
    // inserted, so the order of the parents does not matter.
    const QList<NamespaceNode *> parents = std::move(m_incomingParents);
    m_incomingParents = QList<NamespaceNode *>();
    for (NamespaceNode *ns : parents)
        merge(ns);
    flushDirty();
}

// Inserts a parent's incoming children at their sorted places: one
// rowsInserted per run of adjacent new rows, from the last run to the first,
// so that the rows already announced never shift. The old rows move once:
// the hole for the new rows wanders from the end to the front.
void KeyTree::merge(NamespaceNode *ns)
{
    QList<Node *> fresh = std::move(ns->incoming);
    ns->incoming = QList<Node *>();
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end(), pieceLess);
    if (ns != m_root && !ns->visible) {
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
        m_model->beginInsertRows(parent, int(p), int(p + length - 1));
        std::copy(fresh.begin() + k, fresh.begin() + j, ns->children.begin() + p + ns->gapLength - length);
        ns->gapLength -= length;
        for (qsizetype i = k; i < j; ++i)
            fresh.at(i)->visible = true;
        m_model->endInsertRows();
        j = k;
    }
    ns->gapStart = 0;
}

void KeyTree::flushDirty()
{
    if (m_dirtyNamespaces.isEmpty())
        return;
    const QList<NamespaceNode *> nodes = std::move(m_dirtyNamespaces);
    m_dirtyNamespaces = QList<NamespaceNode *>();
    struct Item
    {
        NamespaceNode *parent;
        int row;
    };
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
        const QModelIndex first = m_model->createIndex(items.at(i).row, 0, parent->childAt(items.at(i).row));
        const QModelIndex last =
                m_model->createIndex(items.at(j - 1).row, 0, parent->childAt(items.at(j - 1).row));
        Q_EMIT m_model->dataChanged(first, last, roles);
        i = j;
    }
}

void KeyTree::forget(KeyEntry *entry)
{
    // The namespaces on the key's way, from the root.
    QVarLengthArray<NamespaceNode *, 16> path;
    NamespaceNode *ns = m_root;
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
    if (drop > 0)
        gone = path.at(drop);
    else if (path.last()->built)
        gone = entry->node;
    else
        path.last()->pending.removeOne(entry);
    if (gone) {
        NamespaceNode *parent = gone->parent;
        const int row = gone->visible ? rowOf(gone) : -1;
        if (row >= 0)
            m_model->beginRemoveRows(indexOf(parent), row, row);
        if (row >= 0)
            parent->children.removeAt(row);
        else
            parent->incoming.removeOne(gone); // never shown
        if (gone->isNamespace)
            parent->namespaces.remove(QByteArrayView(gone->piece, gone->pieceLength));
        if (row >= 0)
            m_model->endRemoveRows();
        entry->node = nullptr;
        destroy(gone);
    }
    // Counted down once the rows are gone (a namespace with rows has keys).
    for (qsizetype i = 0; i < stop; ++i)
        --path.at(i)->keyCount;
    const QList<int> roles{RedisKeysModel::KeyCountRole};
    for (qsizetype i = 1; i < stop; ++i) {
        const QModelIndex index = indexOf(path.at(i));
        if (index.isValid())
            Q_EMIT m_model->dataChanged(index, index, roles);
    }
}

void KeyTree::destroy(Node *node)
{
    if (node->isNamespace) {
        auto *ns = static_cast<NamespaceNode *>(node);
        for (Node *child : std::as_const(ns->children)) {
            if (child)
                destroy(child);
        }
        for (Node *child : std::as_const(ns->incoming))
            destroy(child);
        for (Node *child : std::as_const(ns->collected)) {
            if (child)
                destroy(child);
        }
    }
    deleteNode(node);
}

bool KeyTree::emptyTrash(const QElapsedTimer &clock, qint64 budget)
{
    int n = 0;
    while (!m_trash.isEmpty()) {
        if ((++n & 255) == 0 && clock.nsecsElapsed() >= budget)
            return false;
        Node *node = m_trash.takeLast();
        if (node->isNamespace) {
            auto *ns = static_cast<NamespaceNode *>(node);
            m_trash += ns->children;
            m_trash += ns->incoming;
            for (Node *child : std::as_const(ns->collected)) {
                if (child)
                    m_trash.append(child);
            }
        } else {
            // The entry outlives its leaf (the model frees entries after the trash).
            auto *leaf = static_cast<LeafNode *>(node);
            if (leaf->entry && leaf->entry->node == leaf)
                leaf->entry->node = nullptr;
        }
        deleteNode(node);
    }
    return true;
}

// --- lookups -------------------------------------------------------------------

int KeyTree::rowOf(const Node *node) const
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

QModelIndex KeyTree::indexOf(const Node *node) const
{
    if (!node || node == m_root || !node->visible)
        return {};
    const int row = rowOf(node);
    if (row < 0)
        return {};
    return m_model->createIndex(row, 0, const_cast<Node *>(node));
}

QModelIndex KeyTree::indexOfNamespace(const QByteArray &prefix)
{
    if (!m_root || m_separator.isEmpty() || !prefix.endsWith(m_separator))
        return {};
    NamespaceNode *ns = m_root;
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

QModelIndex KeyTree::indexOfKey(const KeyEntry *entry)
{
    NamespaceNode *ns = m_root;
    for (;;) {
        ensureBuilt(ns, true);
        const QByteArrayView rest = QByteArrayView(entry->key).sliced(ns->prefix.size());
        const qsizetype at = separatorIn(rest);
        if (at < 0)
            return indexOf(entry->node);
        ns = ns->namespaces.value(rest.first(at));
        if (!ns || !ns->visible)
            return {};
    }
}

} // namespace QtRedisPrivate
