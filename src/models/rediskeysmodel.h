// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISKEYSMODEL_H
#define REDISKEYSMODEL_H

#include "redisglobal.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisClient;
class RedisKeysModelPrivate;
Q_MOC_INCLUDE("redisclient.h")

// An item model over the keys of a Redis database: one class for a QTreeView,
// a QListView and a QML ListView or TreeView (QtCore only).
//
//     auto *keys = new RedisKeysModel(this);
//     keys->setClient(&client);
//     keys->setPattern(QStringLiteral("user:*"));
//     keys->setTreeMode(true);               // group "user:1:name" under "user:" and "user:1:"
//     view->setModel(keys);
//     keys->refresh();                       // SCAN, never KEYS
//
// Loading. refresh() clears the model and walks the keyspace with SCAN (MATCH
// pattern, COUNT scanCount, TYPE typeFilter), one command in flight, each key
// delivered once even when SCAN returns it twice. It also asks DBSIZE once
// (estimatedTotal). Rows are inserted in chunks from the event loop, each
// turn doing a bounded amount of work, so a GUI stays responsive with
// millions of keys. A refresh() while loading cancels the old scan: nothing
// of it arrives later. An error (connection lost, a TYPE the server does not
// know, ...) stops the scan, sets errorString and emits errorOccurred(); the
// keys received before it stay. Once refresh() has been called, changing
// pattern or typeFilter refreshes again; changing treeMode or separator
// re-groups the keys already loaded without scanning again.
//
// loading is true while a SCAN is in flight or received keys still wait to
// be inserted. With autoFetch (default) the scan runs to its end by itself.
// Without it, the scan pauses (no command in flight) once SCAN delivered
// fetchBatchSize keys since it started or continued, and loading becomes
// false when they are in; canFetchMore(QModelIndex()) stays true until SCAN's
// cursor came back to 0, and fetchMore(QModelIndex()) -- which views call
// when scrolled to the end -- continues it.
//
// Flat mode (default): one row per key, in the order SCAN delivered them (that
// order is the server's hash order: sort with a QSortFilterProxyModel).
//
// Tree mode: keys are split at every occurrence of separator; every piece but
// the last is a namespace level, the last piece is the key's own row. So
// "user:1:name" is the key row "name" under the namespace "user:1:", itself
// under "user:". Pieces may be empty and are kept: "a::b" is a:, a::, then the
// key; ":x" is the namespace ":" (an empty first piece) holding the key ":x";
// "y:" is the namespace "y:" holding the key "y:" whose own piece is empty.
// Every key is therefore reachable, and a key "y" and a namespace "y:" are two
// rows. An empty separator groups nothing. Within a parent, namespaces come
// first, then keys, each sorted by the bytes of their piece. A namespace's
// children are built only when asked for (fetchMore(), rowCount() or
// indexOfKey()); before that it only counts its keys. A namespace of more
// than 5000 keys that a view expands starts empty and gets its rows from
// the event loop like keys arriving from SCAN (loading is true meanwhile);
// indexOfKey() builds synchronously. Keys arriving later are inserted at
// their sorted place in namespaces already built, and every namespace's
// keyCount is updated (dataChanged with KeyCountRole).
//
// Roles: see Roles. Text roles (display, name, tooltip) are plain text, never
// rich text: bytes are escaped by escapeKey(). An empty piece or key is shown
// as "(empty)" in the display role (its name role is empty).
//
// type and ttl are fetched lazily: data() with TypeRole or TtlRole for a key
// whose answer is not cached queues it, and the keys queued during one
// event-loop turn are sent as one pipelined burst (TYPE and PTTL per key);
// each answer emits dataChanged for its row. Until then both roles return an
// invalid QVariant. A key whose TYPE answer is "none" was deleted meanwhile:
// its row stays, with type "none" and ttl -2. memoryUsage is fetched only by
// requestMemoryUsage(). Answers are cached until refresh() (or until the key
// is forgotten).
//
// Called from a slot connected to one of the model's own signals, refresh(),
// forgetKey(), addKey() and the setters that re-group or refresh take effect
// from the event loop, right after the change being reported.
class QTREDIS_EXPORT RedisKeysModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(RedisClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QString pattern READ pattern WRITE setPattern NOTIFY patternChanged)
    Q_PROPERTY(QString typeFilter READ typeFilter WRITE setTypeFilter NOTIFY typeFilterChanged)
    Q_PROPERTY(QString separator READ separator WRITE setSeparator NOTIFY separatorChanged)
    Q_PROPERTY(bool treeMode READ treeMode WRITE setTreeMode NOTIFY treeModeChanged)
    Q_PROPERTY(int scanCount READ scanCount WRITE setScanCount NOTIFY scanCountChanged)
    Q_PROPERTY(bool autoFetch READ autoFetch WRITE setAutoFetch NOTIFY autoFetchChanged)
    Q_PROPERTY(int fetchBatchSize READ fetchBatchSize WRITE setFetchBatchSize NOTIFY fetchBatchSizeChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 loadedCount READ loadedCount NOTIFY loadedCountChanged)
    Q_PROPERTY(qint64 estimatedTotal READ estimatedTotal NOTIFY estimatedTotalChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1, // QByteArray: the full key; a namespace: its prefix with the trailing separator
        NameRole,                   // QString: the last piece, escaped
        TypeRole,                   // QString: "string", "hash", ..., "none"; invalid until fetched (keys only)
        TtlRole,                    // qint64 ms: -1 no expiry, -2 key gone; invalid until fetched (keys only)
        MemoryUsageRole,            // qint64 bytes; -1 unknown, -2 key gone (see requestMemoryUsage())
        IsNamespaceRole,            // bool
        KeyCountRole,               // qint64: keys under a namespace (loaded so far); 1 for a key
    };
    Q_ENUM(Roles)

    explicit RedisKeysModel(QObject *parent = nullptr);
    ~RedisKeysModel() override;

    // Setting another client clears the model; call refresh() to load.
    RedisClient *client() const;
    void setClient(RedisClient *client);

    QString pattern() const;            // SCAN MATCH glob, sent as UTF-8; default "*" ("" means "*")
    void setPattern(const QString &pattern);
    QString typeFilter() const;         // SCAN TYPE: "" (all), "string", "hash", "list", "set", "zset", "stream"
    void setTypeFilter(const QString &type);
    QString separator() const;          // default ":"
    void setSeparator(const QString &separator);
    bool treeMode() const;              // default false
    void setTreeMode(bool on);
    int scanCount() const;              // SCAN COUNT hint, default 1000; <= 0: none sent
    void setScanCount(int count);
    bool autoFetch() const;             // default true
    void setAutoFetch(bool on);
    int fetchBatchSize() const;         // keys per page without autoFetch, default 10000
    void setFetchBatchSize(int count);

    bool isLoading() const;
    qint64 loadedCount() const;         // distinct keys received since refresh() (plus addKey())
    qint64 estimatedTotal() const;      // DBSIZE at refresh(); -1 unknown
    QString errorString() const;        // why the last scan stopped; empty if it did not fail

    // The full key (a namespace: its prefix); empty for an invalid index.
    Q_INVOKABLE QByteArray keyAt(const QModelIndex &index) const;
    // The row of a loaded key (in tree mode its namespaces are built if needed;
    // a namespace prefix such as "user:1:" gives the namespace's row).
    // Invalid if the key is not loaded (yet).
    Q_INVOKABLE QModelIndex indexOfKey(const QByteArray &key) const;
    // Removes a key's row (after the application deleted it); namespaces left
    // empty disappear. Nothing happens for a key that is not loaded.
    Q_INVOKABLE void forgetKey(const QByteArray &key);
    // Adds a key's row (after the application created it), unless it is
    // loaded already or does not match pattern (typeFilter is not checked).
    Q_INVOKABLE void addKey(const QByteArray &key);
    // Asks MEMORY USAGE for the key at index; dataChanged (MemoryUsageRole)
    // follows with the answer. False for a namespace or an invalid index.
    Q_INVOKABLE bool requestMemoryUsage(const QModelIndex &index);

    // Plain text for arbitrary bytes: printable ASCII and valid UTF-8 as is;
    // \n, \r, \t as \\n, \\r, \\t; a backslash as \\\\; every other byte
    // (NUL, control bytes, DEL, invalid UTF-8, and the UTF-8 of C1 controls,
    // line/paragraph separators and bidirectional controls) as \xHH.
    static QString escapeKey(const QByteArray &bytes);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    // Clears the model and scans again (see the class comment).
    void refresh();

Q_SIGNALS:
    void clientChanged();
    void patternChanged(const QString &pattern);
    void typeFilterChanged(const QString &type);
    void separatorChanged(const QString &separator);
    void treeModeChanged(bool on);
    void scanCountChanged(int count);
    void autoFetchChanged(bool on);
    void fetchBatchSizeChanged(int count);
    void loadingChanged(bool loading);
    void loadedCountChanged(qint64 count);
    void estimatedTotalChanged(qint64 total);
    void errorStringChanged(const QString &message);
    void errorOccurred(const QString &message);

private:
    friend class RedisKeysModelPrivate;
    std::unique_ptr<RedisKeysModelPrivate> d;
};

#endif // REDISKEYSMODEL_H
