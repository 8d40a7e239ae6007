// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISKEYTREE_P_H
#define REDISKEYTREE_P_H

// Private: not part of the API.

#include "models/rediskeyentry_p.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qbytearray.h>
#include <QtCore/qbytearrayview.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>

#include <memory>

#include <cstring>

QT_BEGIN_NAMESPACE
class QElapsedTimer;
QT_END_NAMESPACE

class RedisKeysModel;

namespace QtRedisPrivate {

struct NamespaceNode;

// A row in tree mode: a namespace or a key. Its piece (the text between its
// parent's prefix and the next separator) points into bytes it owns (a
// namespace's prefix) or its entry's key, which never change.
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

enum BuildPhase : quint8 {
    NotBuilding = 0,
    Collecting, // its keys are routed; new rows go to `collected`
    Sorting,    // `collected` is merge-sorted; new rows wait in `incoming`
    Inserting,  // `collected` is appended to the rows in chunks
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
    // Built from the event loop (see KeyTree::Building): its rows before
    // they are inserted; an inserted one is set to null.
    QList<Node *> collected;
    quint8 buildPhase = NotBuilding;
    bool built = false;
    bool dirty = false;           // keyCount changed; dataChanged due

    qsizetype rowCount() const { return children.size() - gapLength; }
    Node *childAt(qsizetype row) const
    {
        return row < gapStart ? children.at(row) : children.at(row + gapLength);
    }
};

// The order of the rows under a namespace: namespaces first, then keys, each
// by the bytes of their piece.
inline bool pieceLess(const Node *a, const Node *b)
{
    if (a->isNamespace != b->isNamespace)
        return a->isNamespace;
    const qsizetype n = qMin(a->pieceLength, b->pieceLength);
    const int c = n > 0 ? std::memcmp(a->piece, b->piece, size_t(n)) : 0;
    return c < 0 || (c == 0 && a->pieceLength < b->pieceLength);
}

// A bottom-up merge sort (by pieceLess()) that stops when its time is up and
// resumes where it stopped: a million rows are sorted a bit per turn. It
// sorts (sort key, node) pairs: the key holds the namespace flag and the
// first seven bytes of the piece, so most comparisons are one integer
// comparison in contiguous memory instead of two pointer chases and a
// memcmp (the comparisons were 55 % of expanding a million-key namespace).
class ResumableMergeSort
{
public:
    // Sorts rows; false if the clock passed limit first (call again to go on).
    bool run(QList<Node *> &rows, const QElapsedTimer &clock, qint64 limit);

    struct Item
    {
        quint64 key;
        Node *node;
    };

private:
    // Left uninitialised (new Item[n]): their pages are touched as they are
    // written, a bit per turn, not all at once.
    std::shared_ptr<Item[]> m_items;   // shared_ptr: Building (in a QList) stays copyable
    std::shared_ptr<Item[]> m_scratch;
    qsizetype m_filled = 0;  // rows copied into m_items
    qsizetype m_written = 0; // rows written back in order
    qsizetype m_width = 0;   // run length of the pass; 0: the first runs are not sorted yet
    qsizetype m_start = 0;
    qsizetype m_left = 0;
    qsizetype m_middle = 0;
    qsizetype m_right = 0;
    qsizetype m_end = 0;
    qsizetype m_out = 0;
    bool m_inPair = false;
};

// The namespace tree of RedisKeysModel's tree mode: keys are split at every
// occurrence of the separator; every piece but the last is a namespace.
// Namespaces count their keys from the start but build their rows only when
// asked for; a large one is built from the event loop. New keys are merged in
// at their sorted places, with the row signals of the model it serves.
class KeyTree
{
public:
    explicit KeyTree(RedisKeysModel *model);
    ~KeyTree();
    Q_DISABLE_COPY_MOVE(KeyTree)

    // Inside a model reset: the rows go (freed from emptyTrash()), and keys
    // are grouped anew, in a tree (with a new empty root) or not at all.
    void reset(bool tree, const QByteArray &separator);
    NamespaceNode *root() const { return m_root; }
    const QByteArray &separator() const { return m_separator; }
    // Where the separator starts in rest; -1 if it does not occur (or is empty).
    qsizetype separatorIn(QByteArrayView rest) const;
    // The key's own piece: what follows its last separator.
    QByteArray lastPiece(const QByteArray &key) const;

    // Files a new key below the root; its row (or its namespace's) comes with
    // the next finishChunk().
    void add(KeyEntry *entry) { route(entry, m_root, true, false); }
    // Inserts the rows filed since the last call, and tells which namespaces'
    // key counts changed.
    void finishChunk();
    // Removes a key's row; namespaces left empty go too.
    void forget(KeyEntry *entry);

    // Builds a namespace's rows if not done yet. A large one (unless
    // synchronous) starts empty and is built by stepBuilds(): returns true then.
    bool ensureBuilt(NamespaceNode *ns, bool synchronous = false);
    bool isBuilding() const { return !m_building.isEmpty(); }
    // Builds from the event loop until limit; true when every build is done.
    bool stepBuilds(const QElapsedTimer &clock, qint64 limit);

    int rowOf(const Node *node) const;
    QModelIndex indexOf(const Node *node) const;          // root: invalid
    // A namespace's row, its ancestors built on the way; invalid if none.
    QModelIndex indexOfNamespace(const QByteArray &prefix);
    // A key's row, the namespaces on its way built; invalid if not shown.
    QModelIndex indexOfKey(const KeyEntry *entry);

    bool hasTrash() const { return !m_trash.isEmpty(); }
    // Frees old rows until budget; false if some are left.
    bool emptyTrash(const QElapsedTimer &clock, qint64 budget);

private:
    // A large namespace being built from the event loop. Nobody has seen its
    // rows yet, so they are not merged in one by one (a million
    // rowsInserted, each moving the rows after it): its keys are grouped into
    // rows that are collected, merge-sorted, then appended in chunks -- each
    // step a bit per turn. Rows that arrive meanwhile (new keys from SCAN)
    // are merged in once the build is done.
    struct Building
    {
        NamespaceNode *ns = nullptr;
        QList<KeyEntry *> keys;   // Collecting: routed from pos on
        qsizetype pos = 0;        // Collecting: in keys; Inserting: in ns->collected
        ResumableMergeSort sort;
    };

    void route(KeyEntry *entry, NamespaceNode *from, bool countFrom, bool silent);
    void addIncoming(NamespaceNode *parent, Node *child, bool silent);
    bool stepBuild(const QElapsedTimer &clock, qint64 limit);
    void merge(NamespaceNode *ns);
    void flushDirty();
    static void destroy(Node *node);

    RedisKeysModel *const m_model;
    NamespaceNode *m_root = nullptr;             // null: no grouping
    QByteArray m_separator = QByteArrayLiteral(":");
    QList<NamespaceNode *> m_incomingParents;    // built namespaces with incoming children
    QList<NamespaceNode *> m_dirtyNamespaces;
    QList<Building> m_building;                  // one after the other
    QList<Node *> m_trash;                       // a former tree, freed a bit per turn
};

} // namespace QtRedisPrivate

#endif // REDISKEYTREE_P_H
