// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISKEYSMODEL_P_H
#define REDISKEYSMODEL_P_H

// Private: not part of the API.

#include "rediskeysmodel.h"
#include "redisvalue.h"
#include "helpers/redisrequestscope_p.h"
#include "helpers/redisscanner_p.h"
#include "models/rediskeyentry_p.h"
#include "models/rediskeyindex_p.h"
#include "models/rediskeyinfo_p.h"
#include "models/rediskeytree_p.h"

#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

#include <utility>

QT_BEGIN_NAMESPACE
class QElapsedTimer;
QT_END_NAMESPACE

class RedisKeysModelPrivate
{
public:
    using KeyEntry = QtRedisPrivate::KeyEntry;
    using NamespaceNode = QtRedisPrivate::NamespaceNode;

    enum class Scan { Idle, Running, Paused, Finished, Failed };

    explicit RedisKeysModelPrivate(RedisKeysModel *model);
    ~RedisKeysModelPrivate();

    // Options.
    QByteArray matchBytes() const;       // empty: no MATCH
    bool matches(const QByteArray &key) const;

    // Scanning.
    void startScan();
    void onScanPage(const RedisValue &elements, bool last);
    void onDbSize(const RedisValue &reply);
    void resume();
    void fail(const QString &message);
    void setErrorString(const QString &message);
    void intake(const QElapsedTimer &clock, qint64 budget);
    bool take(const QByteArray &key); // true when the index grew (a rehash)
    bool hasWork() const { return !received.isEmpty() || processed < all.size() || tree.isBuilding(); }

    // Rows.
    bool isTree() const { return tree.root() != nullptr; }
    void clear(bool keepEntries);
    void regroup();
    void schedule();
    void process();
    void emptyTrash(const QElapsedTimer &clock);
    void build(NamespaceNode *ns);
    void applyHeldEdits();
    void forget(KeyEntry *entry);
    void removeFromAll(KeyEntry *entry);
    void add(const QByteArray &key);

    // Lookups.
    KeyEntry *entry(const QByteArray &key) const { return byKey.value(QByteArrayView(key)); }
    QModelIndex indexOfEntry(const KeyEntry *entry) const; // invalid unless shown
    KeyEntry *entryAt(const QModelIndex &index) const;     // null for a namespace

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

    // Every key received, in arrival order; the first `processed` are in
    // the model (flat: the rows; tree: routed into the namespaces).
    QList<KeyEntry *> all;
    QtRedisPrivate::KeyIndex byKey;   // views into the entries' keys
    QList<QtRedisPrivate::KeyIndex::Shard> trashIndex; // a former index, freed a shard at a time
    qsizetype processed = 0;
    // The grouping in effect (the options may have changed meanwhile).
    QtRedisPrivate::KeyTree tree;
    // forgetKey() and addKey() calls made while a namespace is being built,
    // done when it is.
    QList<std::pair<bool, QByteArray>> heldEdits; // (add, key)

    QtRedisPrivate::RedisScanner scanner;
    Scan scan = Scan::Idle;
    qint64 pageReceived = 0;         // keys SCAN delivered since the scan (re)started
    // SCAN replies' key arrays, de-duplicated into `all` a bit per turn.
    QList<RedisValue> received;
    qsizetype receivedPos = 0;       // in received.first()
    // The listing's own requests (DBSIZE, a missing client's failure):
    // refresh() and setClient() abort them.
    QtRedisPrivate::RequestScope listing;
    bool started = false;            // refresh() was called for this client
    qint64 estimatedTotal = -1;
    qint64 reportedCount = 0;
    QString errorString;
    bool loading = false;

    QtRedisPrivate::KeyInfoLookups lookups;

    QTimer *processTimer = nullptr;
    int busy = 0;                    // inside our own change notifications
    qsizetype flatChunk = 4096;
    QList<KeyEntry *> trashEntries;  // a cleared model, freed a bit per turn
};

#endif // REDISKEYSMODEL_P_H
