// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisKeysModel: its API and the QAbstractItemModel side. How it loads is
// in rediskeysloading.cpp.
#include "rediskeysmodel.h"
#include "models/rediskeysmodel_p.h"
#include "core/redislogging_p.h"

#include "redisclient.h"

using namespace QtRedisPrivate;

// --- RedisKeysModel -----------------------------------------------------------

/*!
    \class RedisKeysModel
    \inmodule QtRedis
    \brief An item model over the keys of a Redis database.

    One class serves a QTreeView, a QListView and a QML ListView or TreeView;
    it needs QtCore only.

    \code
    auto *keys = new RedisKeysModel(this);
    keys->setClient(&client);
    keys->setPattern(QStringLiteral("user:*"));
    keys->setTreeMode(true);     // group "user:1:name" under "user:" and "user:1:"
    view->setModel(keys);
    keys->refresh();             // SCAN, never KEYS
    \endcode

    \section1 Loading

    refresh() clears the model and walks the keyspace with SCAN (MATCH
    \l pattern, COUNT \l scanCount, TYPE \l typeFilter), one command in
    flight, each key delivered once even when SCAN returns it twice. It also
    asks DBSIZE once (\l estimatedTotal). Rows are inserted in chunks from
    the event loop, each turn doing a bounded amount of work, so a GUI stays
    responsive with millions of keys. A refresh() while loading cancels the
    old scan: nothing of it arrives later. An error (connection lost, a TYPE
    the server does not know, ...) stops the scan, sets \l errorString and
    emits errorOccurred(); the keys received before it stay. Once refresh()
    has been called, changing \l pattern or \l typeFilter refreshes again;
    changing \l treeMode or \l separator re-groups the keys already loaded
    without scanning again.

    \l loading is true while a SCAN is in flight or received keys still wait
    to be inserted. With \l autoFetch (the default) the scan runs to its end
    by itself. Without it, the scan pauses (no command in flight) once SCAN
    delivered \l fetchBatchSize keys since it started or continued, and
    \l loading becomes false when they are in; canFetchMore() for the root
    stays true until SCAN's cursor came back to 0, and fetchMore() for the
    root (which views call when scrolled to the end) continues it.

    \section1 Flat mode

    The default: one row per key, in the order SCAN delivered them. That
    order is the server's hash order: sort with a QSortFilterProxyModel.

    \section1 Tree mode

    Keys are split at every occurrence of \l separator; every piece but the
    last is a namespace level, the last piece is the key's own row. So
    \c{user:1:name} is the key row \c name under the namespace \c{user:1:},
    itself under \c{user:}. Pieces may be empty and are kept: \c{a::b} is
    \c{a:}, \c{a::}, then the key; \c{:x} is the namespace \c{:} (an empty
    first piece) holding the key \c{:x}; \c{y:} is the namespace \c{y:}
    holding the key \c{y:} whose own piece is empty. Every key is therefore
    reachable, and a key \c y and a namespace \c{y:} are two rows. An empty
    separator groups nothing.

    Within a parent, namespaces come first, then keys, each sorted by the
    bytes of their piece. A namespace's children are built only when asked
    for (fetchMore(), rowCount() or indexOfKey()); before that it only counts
    its keys. A namespace of more than 5000 keys that a view expands starts
    empty and gets its rows from the event loop like keys arriving from SCAN
    (\l loading is true meanwhile); indexOfKey() builds synchronously. Keys
    arriving later are inserted at their sorted place in namespaces already
    built, and every namespace's key count is updated (dataChanged() with
    KeyCountRole).

    \section1 Roles and lookups

    See Roles. Text roles (display, name, tooltip) are plain text, never rich
    text: bytes are escaped by RedisValue::displayText(). An empty piece or
    key is shown as "(empty)" in the display role (its name role is empty).

    The type and TTL are fetched lazily: data() with TypeRole or TtlRole for
    a key whose answer is not cached queues it, and the keys queued during
    one event-loop turn are sent as one pipelined burst (TYPE and PTTL per
    key); each answer emits dataChanged() for its row. Until then both roles
    return an invalid QVariant. A key whose TYPE answer is \c none was
    deleted meanwhile: its row stays, with type \c none and TTL -2. The
    memory usage is fetched only by requestMemoryUsage(). Answers are cached
    until refresh() (or until the key is forgotten).

    Called from a slot connected to one of the model's own signals,
    refresh(), forgetKey(), addKey() and the setters that re-group or refresh
    take effect from the event loop, right after the change being reported.

    \sa RedisScan, RedisValueModel
*/

/*!
    \enum RedisKeysModel::Roles

    The data roles of the model, besides Qt::DisplayRole (the escaped piece,
    or "(empty)") and Qt::ToolTipRole (the escaped full key).

    \value KeyRole         QByteArray: the full key; for a namespace its prefix
                           with the trailing separator (QML: \c key).
    \value NameRole        QString: the last piece, escaped (QML: \c name).
    \value TypeRole        QString: \c string, \c hash, ..., \c none; invalid
                           until fetched, and for namespaces (QML: \c type).
    \value TtlRole         qint64 milliseconds: -1 no expiry, -2 key gone;
                           invalid until fetched, and for namespaces (QML: \c ttl).
    \value MemoryUsageRole qint64 bytes: -1 unknown, -2 key gone; see
                           requestMemoryUsage() (QML: \c memoryUsage).
    \value IsNamespaceRole bool (QML: \c isNamespace).
    \value KeyCountRole    qint64: the keys under a namespace (loaded so far);
                           1 for a key (QML: \c keyCount).
*/

/*!
    Constructs an empty model with the given \a parent.
*/
RedisKeysModel::RedisKeysModel(QObject *parent)
    : QAbstractItemModel(parent), d(std::make_unique<RedisKeysModelPrivate>(this))
{
}

/*!
    Destroys the model. Replies still due are dropped when they come.
*/
RedisKeysModel::~RedisKeysModel() = default;

/*!
    \property RedisKeysModel::client
    \brief the client the keys are read through.

    Setting another client clears the model; call refresh() to load. Becomes
    \c nullptr when the client is destroyed.
*/
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
    d->listing.abort();
    d->scanner.setClient(client);
    d->lookups.abort();
    d->lookups.setClient(client);
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

/*!
    \property RedisKeysModel::pattern
    \brief the SCAN MATCH glob, sent as UTF-8.

    The default is \c{*}; an empty pattern means \c{*} too. Once refresh()
    has been called, changing it refreshes.
*/
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

/*!
    \property RedisKeysModel::typeFilter
    \brief the SCAN TYPE filter.

    Empty (the default) lists every type; otherwise one of \c string,
    \c hash, \c list, \c set, \c zset or \c stream. Once refresh() has been
    called, changing it refreshes.
*/
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

/*!
    \property RedisKeysModel::separator
    \brief the separator of namespace levels in tree mode.

    The default is \c{:}. Changing it re-groups the loaded keys without
    scanning again; in flat mode only NameRole changes.
*/
QString RedisKeysModel::separator() const { return d->separator; }

void RedisKeysModel::setSeparator(const QString &separator)
{
    if (d->separator == separator)
        return;
    d->separator = separator;
    Q_EMIT separatorChanged(separator);
    d->regroup();
}

/*!
    \property RedisKeysModel::treeMode
    \brief whether keys are grouped into namespaces.

    The default is \c false (flat mode). Changing it re-groups the loaded
    keys without scanning again.
*/
bool RedisKeysModel::treeMode() const { return d->treeMode; }

void RedisKeysModel::setTreeMode(bool on)
{
    if (d->treeMode == on)
        return;
    d->treeMode = on;
    Q_EMIT treeModeChanged(on);
    d->regroup();
}

/*!
    \property RedisKeysModel::scanCount
    \brief the COUNT hint of every SCAN.

    The default is 1000; with a value <= 0 no COUNT is sent. A change takes
    effect at the next SCAN.
*/
int RedisKeysModel::scanCount() const { return d->scanCount; }

void RedisKeysModel::setScanCount(int count)
{
    if (d->scanCount == count)
        return;
    d->scanCount = count;
    d->scanner.setCount(count);
    Q_EMIT scanCountChanged(count);
}

/*!
    \property RedisKeysModel::autoFetch
    \brief whether the scan runs to its end by itself.

    The default is \c true. Without it, the scan pauses after
    \l fetchBatchSize keys until fetchMore() is called for the root.
    Switching it on while paused continues the scan.
*/
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

/*!
    \property RedisKeysModel::fetchBatchSize
    \brief the keys per page without \l autoFetch.

    The default is 10000; at least 1.
*/
int RedisKeysModel::fetchBatchSize() const { return d->fetchBatchSize; }

void RedisKeysModel::setFetchBatchSize(int count)
{
    count = qMax(1, count);
    if (d->fetchBatchSize == count)
        return;
    d->fetchBatchSize = count;
    Q_EMIT fetchBatchSizeChanged(count);
}

/*!
    \property RedisKeysModel::loading
    \brief whether a SCAN is in flight or received keys (or the rows of a
    large namespace) still wait to be inserted.
*/
bool RedisKeysModel::isLoading() const { return d->loading; }

/*!
    \property RedisKeysModel::loadedCount
    \brief the distinct keys received since refresh(), plus those added by
    addKey() and minus those removed by forgetKey().
*/
qint64 RedisKeysModel::loadedCount() const { return d->all.size(); }

/*!
    \property RedisKeysModel::estimatedTotal
    \brief DBSIZE at refresh(); -1 while unknown.
*/
qint64 RedisKeysModel::estimatedTotal() const { return d->estimatedTotal; }

/*!
    \property RedisKeysModel::errorString
    \brief why the last scan stopped; empty if it did not fail.
*/
QString RedisKeysModel::errorString() const { return d->errorString; }

/*!
    Clears the model and scans again (see \l{Loading}). A scan in progress is
    cancelled: none of its replies arrives later. Without a client,
    errorOccurred() follows from the event loop.
*/
void RedisKeysModel::refresh()
{
    if (d->deferIfBusy([this] { refresh(); }))
        return;
    d->listing.abort();
    d->lookups.abort();
    d->scanner.cancel();
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

/*!
    Returns the full key at \a index (for a namespace, its prefix); empty for
    an invalid index.
*/
QByteArray RedisKeysModel::keyAt(const QModelIndex &index) const
{
    return data(index, KeyRole).toByteArray();
}

/*!
    Returns the row of the loaded \a key. In tree mode the namespaces on its
    way are built if needed, and a namespace prefix such as \c{user:1:} gives
    the namespace's row. The index is invalid if the key is not loaded (yet).
*/
QModelIndex RedisKeysModel::indexOfKey(const QByteArray &key) const
{
    const KeyEntry *entry = d->entry(key);
    if (!entry)
        return d->tree.indexOfNamespace(key);
    if (entry->index >= d->processed)
        return {};
    if (!d->isTree())
        return createIndex(int(entry->index), 0);
    return d->tree.indexOfKey(entry);
}

/*!
    Removes the row of \a key, after the application deleted the key;
    namespaces left empty disappear. Nothing happens for a key that is not
    loaded.
*/
void RedisKeysModel::forgetKey(const QByteArray &key)
{
    if (d->deferIfBusy([this, key] { forgetKey(key); }))
        return;
    if (d->tree.isBuilding()) {
        d->heldEdits.append({false, key});
        return;
    }
    if (KeyEntry *entry = d->entry(key))
        d->forget(entry);
}

/*!
    Adds a row for \a key, after the application created it, unless it is
    loaded already or does not match \l pattern (\l typeFilter is not
    checked).
*/
void RedisKeysModel::addKey(const QByteArray &key)
{
    if (d->deferIfBusy([this, key] { addKey(key); }))
        return;
    if (d->tree.isBuilding()) {
        d->heldEdits.append({true, key});
        return;
    }
    d->add(key);
}

/*!
    Asks MEMORY USAGE for the key at \a index; dataChanged() with
    MemoryUsageRole follows with the answer. Returns \c false for a
    namespace, an invalid index, or without a client.
*/
bool RedisKeysModel::requestMemoryUsage(const QModelIndex &index)
{
    KeyEntry *entry = index.isValid() && index.model() == this ? d->entryAt(index) : nullptr;
    return entry && d->lookups.requestMemoryUsage(entry);
}

/*!
    \reimp
*/
QModelIndex RedisKeysModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!d->isTree()) {
        if (parent.isValid() || row >= d->processed)
            return {};
        return createIndex(row, 0);
    }
    NamespaceNode *ns = d->tree.root();
    if (parent.isValid()) {
        auto *node = static_cast<Node *>(parent.internalPointer());
        if (parent.model() != this || parent.column() != 0 || !node || !node->isNamespace)
            return {};
        ns = static_cast<NamespaceNode *>(node);
        d->build(ns);
    }
    if (row >= ns->rowCount())
        return {};
    return createIndex(row, 0, ns->childAt(row));
}

/*!
    \reimp
*/
QModelIndex RedisKeysModel::parent(const QModelIndex &child) const
{
    if (!d->isTree() || !child.isValid() || child.model() != this)
        return {};
    const auto *node = static_cast<const Node *>(child.internalPointer());
    if (!node)
        return {};
    return d->tree.indexOf(node->parent);
}

/*!
    \reimp

    In tree mode this builds the namespace's rows; a large one starts empty
    and gets its rows from the event loop.
*/
int RedisKeysModel::rowCount(const QModelIndex &parent) const
{
    if (!d->isTree())
        return parent.isValid() ? 0 : int(d->processed);
    if (!parent.isValid())
        return int(d->tree.root()->rowCount());
    auto *node = static_cast<Node *>(parent.internalPointer());
    if (parent.model() != this || parent.column() != 0 || !node || !node->isNamespace)
        return 0;
    auto *ns = static_cast<NamespaceNode *>(node);
    d->build(ns);
    return int(ns->rowCount());
}

/*!
    \reimp

    The model has one column.
*/
int RedisKeysModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

/*!
    \reimp

    A namespace has children as soon as it counts keys, built or not.
*/
bool RedisKeysModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return d->isTree() ? d->tree.root()->rowCount() > 0 : d->processed > 0;
    if (!d->isTree() || parent.model() != this || parent.column() != 0)
        return false;
    const auto *node = static_cast<const Node *>(parent.internalPointer());
    return node && node->isNamespace && static_cast<const NamespaceNode *>(node)->keyCount > 0;
}

/*!
    \reimp

    See Roles. Asking for TypeRole or TtlRole of a key whose answer is not
    cached queues its lookup.
*/
QVariant RedisKeysModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    KeyEntry *entry = nullptr;
    const NamespaceNode *ns = nullptr;
    QByteArrayView piece;
    if (!d->isTree()) {
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
        if (d->isTree())
            return RedisValue::displayText(piece);
        return RedisValue::displayText(QByteArrayView(d->tree.lastPiece(entry->key)));
    case TypeRole:
        if (ns)
            return {};
        if (KeyInfoLookups::hasTypeAndTtl(entry) && entry->type > 0)
            return d->lookups.typeName(entry->type);
        d->lookups.requestTypeAndTtl(entry);
        return {};
    case TtlRole:
        if (ns)
            return {};
        if (KeyInfoLookups::hasTypeAndTtl(entry))
            return entry->ttl;
        d->lookups.requestTypeAndTtl(entry);
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

/*!
    \reimp
*/
QVariant RedisKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Key");
    return {};
}

/*!
    \reimp

    Rows are enabled and selectable; keys never have children.
*/
Qt::ItemFlags RedisKeysModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!data(index, IsNamespaceRole).toBool())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

/*!
    \reimp

    The names of Roles for QML: \c key, \c name, \c type, \c ttl,
    \c memoryUsage, \c isNamespace and \c keyCount, besides the default ones.
*/
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

/*!
    \reimp

    For the root: true while the scan runs, is paused, or keys wait to be
    inserted. For a namespace: true until its rows are built.
*/
bool RedisKeysModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        using Scan = RedisKeysModelPrivate::Scan;
        return d->scan == Scan::Running || d->scan == Scan::Paused || d->hasWork();
    }
    if (!d->isTree() || parent.model() != this || parent.column() != 0)
        return false;
    const auto *node = static_cast<const Node *>(parent.internalPointer());
    return node && node->isNamespace && !static_cast<const NamespaceNode *>(node)->built;
}

/*!
    \reimp

    For the root: continues a paused scan (see \l autoFetch). For a
    namespace: builds its rows.
*/
void RedisKeysModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid()) {
        d->resume();
        return;
    }
    if (!d->isTree() || parent.model() != this || parent.column() != 0)
        return;
    auto *node = static_cast<Node *>(parent.internalPointer());
    if (node && node->isNamespace)
        d->build(static_cast<NamespaceNode *>(node));
}

/*!
    \fn void RedisKeysModel::clientChanged()

    Emitted when \l client changed, also when the client was destroyed.
*/

/*!
    \fn void RedisKeysModel::patternChanged(const QString &pattern)

    Emitted when \l pattern changed to \a pattern.
*/

/*!
    \fn void RedisKeysModel::typeFilterChanged(const QString &type)

    Emitted when \l typeFilter changed to \a type.
*/

/*!
    \fn void RedisKeysModel::separatorChanged(const QString &separator)

    Emitted when \l separator changed to \a separator.
*/

/*!
    \fn void RedisKeysModel::treeModeChanged(bool on)

    Emitted when \l treeMode changed to \a on.
*/

/*!
    \fn void RedisKeysModel::scanCountChanged(int count)

    Emitted when \l scanCount changed to \a count.
*/

/*!
    \fn void RedisKeysModel::autoFetchChanged(bool on)

    Emitted when \l autoFetch changed to \a on.
*/

/*!
    \fn void RedisKeysModel::fetchBatchSizeChanged(int count)

    Emitted when \l fetchBatchSize changed to \a count.
*/

/*!
    \fn void RedisKeysModel::loadingChanged(bool loading)

    Emitted when \l loading changed to \a loading.
*/

/*!
    \fn void RedisKeysModel::loadedCountChanged(qint64 count)

    Emitted when \l loadedCount changed to \a count; while loading, at most
    once per event-loop turn.
*/

/*!
    \fn void RedisKeysModel::estimatedTotalChanged(qint64 total)

    Emitted when \l estimatedTotal changed to \a total.
*/

/*!
    \fn void RedisKeysModel::errorStringChanged(const QString &message)

    Emitted when \l errorString changed to \a message.
*/

/*!
    \fn void RedisKeysModel::errorOccurred(const QString &message)

    Emitted once when a scan stopped on a failure described by \a message.
*/
