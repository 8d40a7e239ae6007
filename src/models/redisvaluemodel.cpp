// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisvaluemodel.h"
#include "core/redislogging_p.h"

#include "redistransaction.h"
#include "models/redisvaluemodel_p.h"

#include <QtCore/qlocale.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qnumeric.h>

#include <utility>


using QtRedis::Error;
using QtRedisPrivate::RedisScanner;
using QtRedisPrivate::RequestScope;

// --- RedisValueModelPrivate --------------------------------------------------

RedisValueModelPrivate::RedisValueModelPrivate(int columnCount, int editable,
                                               std::optional<RedisScan::Kind> scanKind)
    : columns(columnCount), editableColumn(editable)
{
    if (scanKind) {
        scanner = std::make_unique<RedisScanner>(
                [this](const RedisValue &elements, bool last) { onScanPage(elements, last); },
                [this](const RedisValue &failure) {
                    QPointer<RedisValueModel> guard(q_ptr);
                    fail(failure.errorString(), failure.isClientError());
                    if (guard)
                        pump();
                });
        RedisScanner::Options options;
        options.kind = *scanKind;
        scanner->setOptions(options);
    }
}

RedisValueModelPrivate::~RedisValueModelPrivate() = default;

QList<QByteArray> RedisValueModelPrivate::pageCommand(int) const
{
    return {};
}

bool RedisValueModelPrivate::applyPage(const RedisValue &, int, QString *problem)
{
    *problem = RedisValueModel::tr("this model pages with SCAN");
    return false;
}

void RedisValueModelPrivate::applyScanPage(const QList<QByteArray> &) {}

QList<QByteArray> RedisValueModelPrivate::rereadCommand(qsizetype) const
{
    return {};
}

bool RedisValueModelPrivate::applyReread(const RedisValue &, qsizetype, QString *problem)
{
    *problem = RedisValueModel::tr("this model does not read its rows again");
    return false;
}

bool RedisValueModelPrivate::parseStrings(const RedisValue &reply, QList<QByteArray> *items,
                                          QString *problem)
{
    if (!reply.isArray()) {
        *problem = RedisValueModel::tr("expected an array");
        return false;
    }
    const qsizetype n = reply.size();
    items->reserve(items->size() + n);
    for (qsizetype i = 0; i < n; ++i) {
        const RedisValue element = reply.at(i);
        // RESP2 sends bulk strings; RESP3 may send another scalar.
        if (!element.isString() && !element.isStatus() && !element.isInteger()) {
            *problem = RedisValueModel::tr("element %1 is not a string").arg(i);
            return false;
        }
        items->append(element.toByteArray());
    }
    return true;
}

void RedisValueModelPrivate::beginInsert(qsizetype first, qsizetype last)
{
    q_ptr->beginInsertRows(QModelIndex(), int(first), int(last));
}

void RedisValueModelPrivate::endInsert()
{
    q_ptr->endInsertRows();
}

void RedisValueModelPrivate::beginRemove(qsizetype first, qsizetype last)
{
    q_ptr->beginRemoveRows(QModelIndex(), int(first), int(last));
}

void RedisValueModelPrivate::endRemove()
{
    q_ptr->endRemoveRows();
}

void RedisValueModelPrivate::changed(qsizetype firstRow, int firstColumn, qsizetype lastRow, int lastColumn)
{
    Q_Q(RedisValueModel);
    if (firstRow > lastRow || firstRow < 0 || lastRow >= rows())
        return;
    Q_EMIT q->dataChanged(q->index(int(firstRow), firstColumn), q->index(int(lastRow), lastColumn));
}

void RedisValueModelPrivate::updateLoading()
{
    Q_Q(RedisValueModel);
    QPointer<RedisValueModel> guard(q);
    const bool nowLoading = awaitingReply || (scanner && scanner->isWaiting()) || pageWanted || rereadWanted;
    if (nowLoading != loading) {
        loading = nowLoading;
        Q_EMIT q->loadingChanged();
        if (!guard)
            return;
    }
    if (atEnd != lastAtEnd) {
        lastAtEnd = atEnd;
        Q_EMIT q->atEndChanged();
    }
}

void RedisValueModelPrivate::setTotalCount(qint64 count)
{
    Q_Q(RedisValueModel);
    if (count == totalCount)
        return;
    totalCount = count;
    Q_EMIT q->totalCountChanged();
}

void RedisValueModelPrivate::emitEditResults(const QList<EditResult> &results)
{
    Q_Q(RedisValueModel);
    QPointer<RedisValueModel> guard(q);
    for (const EditResult &result : results) {
        if (!guard)
            return;
        Q_EMIT q->editFinished(result.ok, result.message);
    }
}

void RedisValueModelPrivate::reset()
{
    Q_Q(RedisValueModel);
    // Replies about what was shown until now change nothing any more; the
    // page or re-read still in flight is awaited before the next one.
    shown.abort();
    awaitingReply = false;
    if (scanner) {
        RedisScanner::Options options = scanner->options();
        options.key = key;
        scanner->setOptions(options);
        scanner->rewind();
    }
    applying = true;
    q->beginResetModel();
    clear();
    q->endResetModel();
    applying = false;

    const bool loadable = client && !key.isEmpty();
    editsInFlight = 0;
    started = false;
    atEnd = !loadable;
    failed = false;
    failedClientSide = false;
    pageWanted = loadable;    // the first page, asked for by start()
    rereadWanted = false;
    if (!afterReread.isEmpty()) {
        // Edits waiting for a re-read that will not happen: the reload shows them.
        const QList<EditResult> pending = std::exchange(afterReread, {});
        QMetaObject::invokeMethod(q, [this, pending] { emitEditResults(pending); }, Qt::QueuedConnection);
    }
    if (loadable) {
        // From the event loop, so that properties set one after the other
        // (QML) are all in place before the first page is asked for.
        shown.post([this] { start(); });
    }

    QPointer<RedisValueModel> guard(q);
    setTotalCount(-1);
    if (!guard)
        return;
    if (!errorString.isEmpty()) {
        errorString.clear();
        Q_EMIT q->errorStringChanged();
        if (!guard)
            return;
    }
    updateLoading();
}

void RedisValueModelPrivate::useClient(RedisClient *newClient)
{
    Q_Q(RedisValueModel);
    // A reply due from the previous client no longer holds back the next
    // request; edits waiting for it finish from the event loop.
    if (!inFlightCompletions.isEmpty()) {
        const QList<EditResult> pending = std::exchange(inFlightCompletions, {});
        QMetaObject::invokeMethod(q, [this, pending] { emitEditResults(pending); }, Qt::QueuedConnection);
    }
    slot.release();
    if (scanner)
        scanner->setClient(newClient);
    client = newClient;
}

void RedisValueModelPrivate::start()
{
    if (started)
        return;
    started = true;
    qCDebug(lcRedisValueModel) << "loading" << key.left(64) << "with pages of" << pageSize;
    refreshCount();
    pump();
}

void RedisValueModelPrivate::pump()
{
    // Views may call fetchMore() from the signals of a change in progress
    // (QAbstractItemModelTester does): the request waits until it is done.
    if (!applying && started && client && !key.isEmpty() && !requestInFlight() && editsInFlight == 0) {
        if (rereadWanted) {
            rereadWanted = false;
            const QList<EditResult> completions = std::exchange(afterReread, {});
            const qsizetype requested = rows() + (atEnd ? pageSize : 0);
            if (requested > 0) {
                issue(RequestKind::Reread, requested, completions);
            } else {
                Q_Q(RedisValueModel);
                QMetaObject::invokeMethod(q, [this, completions] { emitEditResults(completions); },
                                          Qt::QueuedConnection);
            }
        } else if (pageWanted) {
            pageWanted = false;
            if (!atEnd && !failed) {
                if (scanner) {
                    scanner->setCount(pageSize);
                    scanner->next();
                } else {
                    issue(RequestKind::Page, pageSize, {});
                }
            }
        }
    }
    updateLoading();
}

void RedisValueModelPrivate::issue(RequestKind kind, qsizetype requested, QList<EditResult> completions)
{
    const QList<QByteArray> args = kind == RequestKind::Page ? pageCommand(int(requested))
                                                             : rereadCommand(requested);
    awaitingReply = true;
    inFlightCompletions = std::move(completions);
    slot.issue(client, args, shown, [this, kind, requested](const RedisValue &reply, bool wanted) {
        // Edits waiting for this re-read finish now, also if the model shows
        // something else by now (the reload shows their outcome).
        const QList<EditResult> completions = std::exchange(inFlightCompletions, {});
        QPointer<RedisValueModel> guard(q_ptr);
        if (wanted)
            onRequestReply(kind, requested, reply);
        if (!guard)
            return;
        pump();
        if (guard)
            emitEditResults(completions);
    });
}

void RedisValueModelPrivate::onRequestReply(RequestKind kind, qsizetype requested, const RedisValue &reply)
{
    awaitingReply = false;
    if (reply.isError()) {
        fail(reply.errorString(), reply.isClientError());
        return;
    }
    Q_Q(RedisValueModel);
    QPointer<RedisValueModel> guard(q);
    QString problem;
    const qsizetype before = rows();
    applying = true;
    const bool ok = kind == RequestKind::Page ? applyPage(reply, int(requested), &problem)
                                              : applyReread(reply, requested, &problem);
    if (!guard)
        return;
    applying = false;
    if (!ok) {
        fail(RedisValueModel::tr("Unexpected reply to %1: %2")
                     .arg(QString::fromLatin1(kind == RequestKind::Page ? pageCommand(pageSize).constFirst()
                                                                        : rereadCommand(1).constFirst()),
                          problem),
             false);
    } else if (kind == RequestKind::Page) {
        afterPage(before);
    }
}

void RedisValueModelPrivate::onScanPage(const RedisValue &elements, bool last)
{
    Q_Q(RedisValueModel);
    QPointer<RedisValueModel> guard(q);
    const qsizetype before = rows();
    setEnd(last);
    applying = true;
    applyScanPage(RedisScanner::toByteArrays(elements));
    if (!guard)
        return;
    applying = false;
    afterPage(before);
    if (guard)
        pump();
}

void RedisValueModelPrivate::afterPage(qsizetype rowsBefore)
{
    if (atEnd) {
        // Everything is here: the count tells whether the key still
        // exists (0: it was deleted meanwhile, the rows go).
        refreshCount();
    } else if (rows() == rowsBefore) {
        // SCAN may answer with no element and a cursor to go on with.
        pageWanted = true;
    }
}

void RedisValueModelPrivate::refreshCount()
{
    if (!client || key.isEmpty())
        return;
    client->command({countCommand(), key}, shown.context(), [this](const RedisValue &reply) { applyCount(reply); });
}

void RedisValueModelPrivate::applyCount(const RedisValue &reply)
{
    if (!reply.isInteger()) {
        // WRONGTYPE and client errors are reported by the page request.
        qCDebug(lcRedisValueModel) << "count failed:" << reply.errorString();
        return;
    }
    const qint64 count = reply.toInteger();
    if (count == 0 && rows() > 0) {
        const bool wasApplying = std::exchange(applying, true);
        dropRows();
        applying = wasApplying;
    }
    setTotalCount(count);
}

void RedisValueModelPrivate::dropRows()
{
    Q_Q(RedisValueModel);
    q->beginResetModel();
    clear();
    atEnd = true;
    pageWanted = false;
    q->endResetModel();
    updateLoading();
}

void RedisValueModelPrivate::fail(const QString &message, bool clientSide)
{
    Q_Q(RedisValueModel);
    qCDebug(lcRedisValueModel) << "loading failed:" << message;
    failed = true;
    failedClientSide = clientSide;
    pageWanted = false;
    atEnd = true;
    QPointer<RedisValueModel> guard(q);
    if (errorString != message) {
        errorString = message;
        Q_EMIT q->errorStringChanged();
        if (!guard)
            return;
    }
    Q_EMIT q->errorOccurred(message);
    if (!guard)
        return;
    updateLoading();
}

void RedisValueModelPrivate::onClientConnected()
{
    // A load that failed because there was no connection is worth repeating.
    if (failed && failedClientSide)
        reset();
}

void RedisValueModelPrivate::refuseEdit(const QString &message)
{
    Q_Q(RedisValueModel);
    QMetaObject::invokeMethod(q, [q, message] { Q_EMIT q->editFinished(false, message); },
                              Qt::QueuedConnection);
}

bool RedisValueModelPrivate::editable()
{
    if (!client) {
        refuseEdit(RedisValueModel::tr("The model has no client"));
        return false;
    }
    if (key.isEmpty()) {
        refuseEdit(RedisValueModel::tr("The model has no key"));
        return false;
    }
    return true;
}

void RedisValueModelPrivate::edit(const QList<QList<QByteArray>> &commands, EditApply apply)
{
    Q_Q(RedisValueModel);
    if (!editable())
        return;
    auto *tx = new RedisTransaction(client, q);
    for (const QList<QByteArray> &command : commands)
        tx->enqueue(command);
    tx->enqueue({countCommand(), key});
    // The edit finishes exactly once, also when the model shows another key
    // by then; it changes the rows only while the model shows this one.
    const RequestScope::Ticket madeOnShownKey = shown.ticket();
    const qsizetype count = commands.size();
    ++editsInFlight;
    QObject::connect(tx, &RedisTransaction::finished, q,
                     [this, tx, madeOnShownKey, count, apply = std::move(apply)] {
        tx->deleteLater();
        finishEdit(!madeOnShownKey.isAborted(), count, apply, tx->error(), tx->errorString(), tx->results());
    });
    tx->exec();
    updateLoading();
}

void RedisValueModelPrivate::finishEdit(bool stillShown, qsizetype commandCount, const EditApply &apply,
                                        Error error, const QString &message, const QList<RedisValue> &results)
{
    Q_Q(RedisValueModel);
    QPointer<RedisValueModel> guard(q);
    if (stillShown && editsInFlight > 0)
        --editsInFlight;

    EditOutcome outcome;
    if (error != Error::NoError) {
        outcome = {false, message, false};
    } else if (results.size() != commandCount + 1) {
        outcome = {false, RedisValueModel::tr("Unexpected reply to the edit"), false};
    } else {
        bool failedCommand = false;
        for (qsizetype i = 0; i < commandCount; ++i) {
            if (results.at(i).isError()) {
                outcome = {false, results.at(i).errorString(), false};
                failedCommand = true;
                break;
            }
        }
        applying = true;
        if (!failedCommand)
            outcome = apply(results, stillShown);
        if (!guard)
            return;
        if (stillShown)
            applyCount(results.at(commandCount));
        if (!guard)
            return;
        applying = false;
    }
    qCDebug(lcRedisValueModel) << "edit finished:" << outcome.ok << outcome.message;

    if (stillShown && outcome.reread && canReread() && (rows() > 0 || atEnd)) {
        // editFinished() once the rows were read again.
        rereadWanted = true;
        afterReread.append({outcome.ok, outcome.message});
        pump();
        return;
    }
    pump();
    if (!guard)
        return;
    Q_EMIT q->editFinished(outcome.ok, outcome.message);
}

// --- RedisValueModel ---------------------------------------------------------

/*!
    \class RedisValueModel
    \inmodule QtRedis
    \brief The abstract base of the item models that page through the
    content of one key.

    RedisHashModel, RedisListModel, RedisSetModel, RedisSortedSetModel and
    RedisStreamModel derive from it. One class serves a QTableView and a QML
    TableView or ListView.

    \code
    auto *model = new RedisHashModel(this);
    model->setClient(&client);
    model->setKey("user:42");          // client + key: the first page loads by itself
    view->setModel(model);             // the view calls fetchMore() for the next pages
    \endcode

    \section1 Loading

    Setting \l client and \l key (or reload()) clears the rows and, from the
    event loop, asks for \l totalCount (HLEN, LLEN, SCARD, ZCARD, XLEN) and
    the first page of \l pageSize elements; fetchMore() asks for the next one
    while canFetchMore(). At most one page command is in flight, also across
    a change of key or a reload(): a reply that belongs to an earlier key,
    client or reload() is ignored (a page still due for an earlier key is
    awaited before the next page command goes out; one due from an earlier
    client is not). Pages wait while an edit of this model is in flight, so
    that indexes stay consistent.

    \section1 Errors

    A page that fails (WRONGTYPE for a key of another type, a client error
    such as NotConnected) stops the paging: \l errorString is set and
    errorOccurred() emitted once; reload() tries again. If it failed on the
    client's side, the model reloads by itself when the client connects. A
    key that does not exist (or was deleted meanwhile) is an empty model
    without an error: when \l totalCount comes back as 0 the loaded rows are
    dropped.

    \section1 Edits

    Every edit method issues its command(s) together with the count command
    as one MULTI/EXEC transaction (RedisTransaction) and emits
    editFinished() exactly once per call, from the event loop, also when it
    fails (no client, no key, a server error, a client error). By the time
    editFinished() comes the model reflects the edit: it was applied to the
    loaded rows, or the loaded rows were read again where indexes or ranks
    shift, and \l totalCount was refreshed. An edit finishing after the
    model moved to another key changes none of the new key's rows. Edit
    failures do not set \l errorString. QAbstractItemModel::setData()
    returns \c true when it sent the edit; the cell changes once the server accepted it. The models
    do not watch the key: what others change shows after reload(), on the
    pages still to come, or where an edit's count reveals it (lists, sorted
    sets and streams then read the loaded rows again).

    \section1 Display

    Qt::DisplayRole is plain text, never rich text: RedisValue::displayText()
    escapes whatever is not printable, and shows at most DisplayLimit bytes
    of a value. Raw bytes are in the QByteArray roles. Qt::EditRole gives a
    QString for valid UTF-8 and a QByteArray otherwise;
    QAbstractItemModel::setData() takes both (a QString is sent as UTF-8).

    \sa RedisKeysModel, RedisStringValue
*/

/*!
    \enum RedisValueModel::Role

    The roles of all value models; each model uses its own subset (see its
    QAbstractItemModel::roleNames()). Besides them: Qt::DisplayRole (QML: \c display, the
    escaped text of the cell) and Qt::EditRole (QML: \c edit, the editable
    cell's value).

    \value ValueRole      QByteArray: a hash value or list element (QML: \c value).
    \value ValueTextRole  QString: the value, escaped (QML: \c valueText).
    \value FieldRole      QByteArray: a hash field (QML: \c field).
    \value FieldTextRole  QString: the field, escaped (QML: \c fieldText).
    \value IndexRole      qint64: the list index, equal to the row (QML: \c listIndex).
    \value MemberRole     QByteArray: a set or sorted set member (QML: \c member).
    \value MemberTextRole QString: the member, escaped (QML: \c memberText).
    \value ScoreRole      double: a sorted set score (QML: \c score).
    \value ScoreTextRole  QString: the score as redis-cli prints it: 1.5, 3,
                          inf (QML: \c scoreText).
    \value IdRole         QByteArray: a stream entry ID (QML: \c id, read as
                          \c model.id).
    \value FieldsRole     QVariantList of QByteArray: a stream entry's field,
                          value, field, value, ... (QML: \c fields).
    \value FieldsTextRole QString: \c{field=value field2=value2}, each part
                          escaped (QML: \c fieldsText).
*/

/*!
    \variable RedisValueModel::DisplayLimit

    Qt::DisplayRole of a cell shows at most this many bytes of a value, then
    an ellipsis; the QByteArray roles always hold all of it.
*/

/*!
    \internal

    Constructs the model on its private part \a dd, with the given \a parent.
*/
RedisValueModel::RedisValueModel(RedisValueModelPrivate &dd, QObject *parent)
    : QAbstractTableModel(parent), d_ptr(&dd)
{
    d_ptr->q_ptr = this;
    const auto countChanged = [this] {
        Q_D(RedisValueModel);
        const int n = int(d->rows());
        if (n != d->lastLoadedCount) {
            d->lastLoadedCount = n;
            Q_EMIT loadedCountChanged();
        }
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, countChanged);
}

/*!
    Destroys the model. Replies still due are dropped when they come.
*/
RedisValueModel::~RedisValueModel() = default;

/*!
    \property RedisValueModel::client
    \brief the client the key is read through.

    Setting it clears the rows and, with a \l key, loads the first page.
    Becomes \c nullptr when the client is destroyed.
*/
RedisClient *RedisValueModel::client() const
{
    Q_D(const RedisValueModel);
    return d->client;
}

void RedisValueModel::setClient(RedisClient *client)
{
    Q_D(RedisValueModel);
    if (d->client == client)
        return;
    if (d->client)
        disconnect(d->client, nullptr, this, nullptr);
    d->useClient(client);
    if (client) {
        connect(client, &RedisClient::connected, this, [d] { d->onClientConnected(); });
        connect(client, &QObject::destroyed, this, [this, d] {
            d->useClient(nullptr);
            QPointer<RedisValueModel> guard(this);
            Q_EMIT clientChanged();
            if (guard)
                d->reset();
        });
    }
    QPointer<RedisValueModel> guard(this);
    Q_EMIT clientChanged();
    if (guard)
        d->reset();
}

/*!
    \property RedisValueModel::key
    \brief the key shown (binary-safe).

    An empty key means none: nothing is loaded. Setting it clears the rows
    and, with a \l client, loads the first page.
*/
QByteArray RedisValueModel::key() const
{
    Q_D(const RedisValueModel);
    return d->key;
}

void RedisValueModel::setKey(const QByteArray &key)
{
    Q_D(RedisValueModel);
    if (d->key == key && d->key.isNull() == key.isNull())
        return;
    d->key = key;
    QPointer<RedisValueModel> guard(this);
    Q_EMIT keyChanged();
    if (guard)
        d->reset();
}

/*!
    \property RedisValueModel::pageSize
    \brief the elements per page (the COUNT hint of HSCAN and SSCAN).

    The default is 500; at least 1. A change takes effect at the next page.
*/
int RedisValueModel::pageSize() const
{
    Q_D(const RedisValueModel);
    return d->pageSize;
}

void RedisValueModel::setPageSize(int size)
{
    Q_D(RedisValueModel);
    size = qMax(1, size);
    if (d->pageSize == size)
        return;
    d->pageSize = size;
    Q_EMIT pageSizeChanged();
}

/*!
    \property RedisValueModel::loading
    \brief whether a page (or a re-read after an edit) is requested or in
    flight.
*/
bool RedisValueModel::isLoading() const
{
    Q_D(const RedisValueModel);
    return d->loading;
}

/*!
    \property RedisValueModel::totalCount
    \brief the elements in the key as the server last reported them.

    -1 until known: no client or key, not loaded yet, or the count failed.
*/
qint64 RedisValueModel::totalCount() const
{
    Q_D(const RedisValueModel);
    return d->totalCount;
}

/*!
    \property RedisValueModel::loadedCount
    \brief the rows loaded so far (rowCount()).
*/
int RedisValueModel::loadedCount() const
{
    Q_D(const RedisValueModel);
    return int(d->rows());
}

/*!
    \property RedisValueModel::atEnd
    \brief whether every page was loaded, or paging stopped on an error.
*/
bool RedisValueModel::atEnd() const
{
    Q_D(const RedisValueModel);
    return d->atEnd;
}

/*!
    \property RedisValueModel::errorString
    \brief why loading failed; empty when it did not.
*/
QString RedisValueModel::errorString() const
{
    Q_D(const RedisValueModel);
    return d->errorString;
}

/*!
    \reimp
*/
int RedisValueModel::rowCount(const QModelIndex &parent) const
{
    Q_D(const RedisValueModel);
    return parent.isValid() ? 0 : int(d->rows());
}

/*!
    \reimp

    Rows never have children; the subclass's value (or score) column is
    editable.
*/
Qt::ItemFlags RedisValueModel::flags(const QModelIndex &index) const
{
    Q_D(const RedisValueModel);
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!d->validRow(index))
        return f;
    f |= Qt::ItemNeverHasChildren;
    if (index.column() == d->editableColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

/*!
    \reimp
*/
int RedisValueModel::columnCount(const QModelIndex &parent) const
{
    Q_D(const RedisValueModel);
    return parent.isValid() ? 0 : d->columns;
}

/*!
    \reimp

    True while pages are left and loading did not fail.
*/
bool RedisValueModel::canFetchMore(const QModelIndex &parent) const
{
    Q_D(const RedisValueModel);
    return !parent.isValid() && d->client && !d->key.isEmpty() && !d->atEnd && !d->failed;
}

/*!
    \reimp

    Asks for the next page; it goes out once the page or edit in flight is
    done.
*/
void RedisValueModel::fetchMore(const QModelIndex &parent)
{
    Q_D(RedisValueModel);
    if (!canFetchMore(parent))
        return;
    d->pageWanted = true;
    d->pump();
}

/*!
    fetchMore() for QML: loads the next page if there is one.
*/
void RedisValueModel::loadMore()
{
    fetchMore(QModelIndex());
}

/*!
    Clears the rows and loads the first page again.
*/
void RedisValueModel::reload()
{
    Q_D(RedisValueModel);
    d->reset();
}

/*!
    Returns \a score the way redis-cli shows it: 1.5, 3, -0.25, 1e+20, inf,
    -inf.
*/
QString RedisValueModel::scoreText(double score)
{
    if (qIsNaN(score))
        return QStringLiteral("nan");
    if (qIsInf(score))
        return score > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(score, 'g', QLocale::FloatingPointShortest);
}

/*!
    \fn void RedisValueModel::clientChanged()

    Emitted when \l client changed, also when the client was destroyed.
*/

/*!
    \fn void RedisValueModel::keyChanged()

    Emitted when \l key changed.
*/

/*!
    \fn void RedisValueModel::pageSizeChanged()

    Emitted when \l pageSize changed.
*/

/*!
    \fn void RedisValueModel::loadingChanged()

    Emitted when \l loading changed.
*/

/*!
    \fn void RedisValueModel::totalCountChanged()

    Emitted when \l totalCount changed.
*/

/*!
    \fn void RedisValueModel::loadedCountChanged()

    Emitted when \l loadedCount changed.
*/

/*!
    \fn void RedisValueModel::atEndChanged()

    Emitted when \l atEnd changed.
*/

/*!
    \fn void RedisValueModel::errorStringChanged()

    Emitted when \l errorString changed.
*/

/*!
    \fn void RedisValueModel::errorOccurred(const QString &message)

    Emitted once when loading failed, with the \a message also in
    \l errorString.
*/

/*!
    \fn void RedisValueModel::editFinished(bool ok, const QString &message)

    Emitted exactly once per edit call (\l [CPP] {RedisHashModel::setField()}{setField()},
    \l [CPP] {RedisListModel::push()}{push()}, QAbstractItemModel::setData(), ...),
    from the event loop: \a ok tells whether the edit was done; \a message
    says why not.
*/

/*!
    \variable RedisValueModel::d_ptr
    \internal
*/
