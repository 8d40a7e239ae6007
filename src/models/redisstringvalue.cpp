// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisstringvalue.h"
#include "core/redislogging_p.h"

#include "redistransaction.h"
#include "helpers/redisrequestscope_p.h"

#include <QtCore/qmetaobject.h>
#include <QtCore/qpointer.h>

using QtRedis::Error;

class RedisStringValuePrivate
{
public:
    explicit RedisStringValuePrivate(RedisStringValue *owner) : q(owner) {}

    void keyOrClientChanged();
    void scheduleLoad();
    void startLoad(bool all);
    void finishLoad(bool all, RedisTransaction *tx);
    void fail(const QString &message, bool clientSide);
    void setLoading(bool on);
    void clearError();
    // Sets the value state; emits changed() if anything differs.
    void setState(qint64 newSize, const QByteArray &newValue, bool newTruncated, bool newExists);
    void refuseEdit(const QString &message);

    RedisStringValue *const q;
    QPointer<RedisClient> client;
    QByteArray key;
    int previewLimit = 65536;

    qint64 size = -1;
    QByteArray value;
    bool truncated = false;
    bool exists = false;
    bool whole = false;          // the last load read the whole value (loadAll())
    bool loading = false;
    QString errorString;
    bool failedClientSide = false;

    // The key on the client whose value is shown: a change of key or client
    // aborts it, so that a setValue() made before updates nothing.
    QtRedisPrivate::RequestScope shownKey;
    // The load in flight (its transaction is parented to the context): a new
    // load, and a change of key or client, abort it.
    QtRedisPrivate::RequestScope pendingLoad;
    bool loadScheduled = false;
};

void RedisStringValuePrivate::setState(qint64 newSize, const QByteArray &newValue, bool newTruncated,
                                       bool newExists)
{
    const bool differs = newSize != size || newValue != value || newValue.isNull() != value.isNull()
            || newTruncated != truncated || newExists != exists;
    size = newSize;
    value = newValue;
    truncated = newTruncated;
    exists = newExists;
    if (differs)
        Q_EMIT q->changed();
}

void RedisStringValuePrivate::setLoading(bool on)
{
    if (loading == on)
        return;
    loading = on;
    Q_EMIT q->loadingChanged();
}

void RedisStringValuePrivate::clearError()
{
    failedClientSide = false;
    if (errorString.isEmpty())
        return;
    errorString.clear();
    Q_EMIT q->errorStringChanged();
}

void RedisStringValuePrivate::fail(const QString &message, bool clientSide)
{
    qCDebug(lcRedisStringValue) << "load failed:" << message;
    QPointer<RedisStringValue> guard(q);
    failedClientSide = clientSide;
    setState(-1, QByteArray(), false, false);
    if (!guard)
        return;
    if (errorString != message) {
        errorString = message;
        Q_EMIT q->errorStringChanged();
        if (!guard)
            return;
    }
    Q_EMIT q->errorOccurred(message);
}

void RedisStringValuePrivate::keyOrClientChanged()
{
    shownKey.abort();
    pendingLoad.abort();
    whole = false;
    QPointer<RedisStringValue> guard(q);
    setLoading(false);
    if (!guard)
        return;
    clearError();
    if (!guard)
        return;
    setState(-1, QByteArray(), false, false);
    if (guard)
        scheduleLoad();
}

void RedisStringValuePrivate::scheduleLoad()
{
    if (!client || key.isEmpty() || loadScheduled)
        return;
    // From the event loop: properties set one after the other (QML) are all
    // in place first, and several changes cost one load.
    loadScheduled = true;
    setLoading(true);
    QMetaObject::invokeMethod(q, [this] {
        loadScheduled = false;
        if (client && !key.isEmpty())
            startLoad(false);
        else
            setLoading(false);
    }, Qt::QueuedConnection);
}

void RedisStringValuePrivate::startLoad(bool all)
{
    pendingLoad.abort();
    QPointer<RedisStringValue> guard(q);
    if (!client || key.isEmpty()) {
        setLoading(false);
        if (guard)
            fail(client ? RedisStringValue::tr("No key is set") : RedisStringValue::tr("No client is set"), false);
        return;
    }
    const bool readAll = all || previewLimit <= 0;
    auto *tx = new RedisTransaction(client, pendingLoad.context());
    tx->enqueue({QByteArrayLiteral("STRLEN"), key});
    if (readAll)
        tx->enqueue({QByteArrayLiteral("GET"), key});
    else
        tx->enqueue({QByteArrayLiteral("GETRANGE"), key, QByteArrayLiteral("0"),
                     QByteArray::number(previewLimit - 1)});
    tx->enqueue({QByteArrayLiteral("EXISTS"), key});
    QObject::connect(tx, &RedisTransaction::finished, pendingLoad.context(), [this, tx, readAll] {
        tx->deleteLater();
        finishLoad(readAll, tx);
    });
    tx->exec();
    setLoading(true);
}

void RedisStringValuePrivate::finishLoad(bool all, RedisTransaction *tx)
{
    QPointer<RedisStringValue> guard(q);
    setLoading(false);
    if (!guard)
        return;
    if (tx->error() != Error::NoError) {
        fail(tx->errorString(), tx->error() != Error::ServerError);
        return;
    }
    const QList<RedisValue> results = tx->results();
    if (results.size() != 3) {
        fail(RedisStringValue::tr("Unexpected reply to the value's transaction"), false);
        return;
    }
    for (const RedisValue &result : results) {
        if (result.isError()) {   // WRONGTYPE
            fail(result.errorString(), result.isClientError());
            return;
        }
    }
    const QByteArray bytes = results.at(1).isNil() ? QByteArray() : results.at(1).toByteArray();
    const bool keyExists = results.at(2).toInteger() > 0;
    qint64 length = results.at(0).toInteger();
    whole = all;
    clearError();
    if (!guard)
        return;
    if (all)
        length = bytes.size();
    setState(length, bytes, !all && length > bytes.size(), keyExists);
}

void RedisStringValuePrivate::refuseEdit(const QString &message)
{
    RedisStringValue *owner = q;
    QMetaObject::invokeMethod(owner, [owner, message] { Q_EMIT owner->editFinished(false, message); },
                              Qt::QueuedConnection);
}

/*!
    \class RedisStringValue
    \inmodule QtRedis
    \brief The value of one string key, for an editor or a preview.

    Not an item model: one value with properties for C++ and QML.

    \code
    auto *value = new RedisStringValue(this);
    value->setClient(&client);
    value->setKey("config");        // client + key: load() runs by itself
    connect(value, &RedisStringValue::changed, this, [value] { show(value->text()); });
    \endcode

    load() reads, in one MULTI/EXEC, STRLEN (\l size), then the value: all
    of it when it is at most \l previewLimit bytes, else its first
    \l previewLimit bytes with GETRANGE (\l truncated is \c true);
    loadAll() reads all of it whatever the size. A reply that belongs to an
    earlier key, client or load is ignored. A key that does not exist is an
    empty value with \l exists \c false; a key of another type fails with
    the server's WRONGTYPE error (\l errorString, errorOccurred()).

    setValue() sends \c{SET key value KEEPTTL}, so a TTL survives; like SET,
    it replaces a key of any type. editFinished() follows exactly once per
    call, from the event loop.

    \sa RedisValueModel
*/

/*!
    Constructs an empty value with the given \a parent.
*/
RedisStringValue::RedisStringValue(QObject *parent)
    : QObject(parent), d(std::make_unique<RedisStringValuePrivate>(this))
{
}

/*!
    Destroys the value. A load in flight is dropped.
*/
RedisStringValue::~RedisStringValue() = default;

/*!
    \property RedisStringValue::client
    \brief the client the value is read through.

    With a \l key, setting it loads the value from the event loop. Becomes
    \c nullptr when the client is destroyed. A load that failed on the
    client's side is repeated when the client connects.
*/
RedisClient *RedisStringValue::client() const
{
    return d->client;
}

void RedisStringValue::setClient(RedisClient *client)
{
    if (d->client == client)
        return;
    if (d->client)
        disconnect(d->client, nullptr, this, nullptr);
    d->client = client;
    if (client) {
        connect(client, &RedisClient::connected, this, [this] {
            // A load that failed for want of a connection is worth repeating.
            if (d->failedClientSide)
                d->scheduleLoad();
        });
        connect(client, &QObject::destroyed, this, [this] {
            QPointer<RedisStringValue> guard(this);
            Q_EMIT clientChanged();
            if (guard)
                d->keyOrClientChanged();
        });
    }
    QPointer<RedisStringValue> guard(this);
    Q_EMIT clientChanged();
    if (guard)
        d->keyOrClientChanged();
}

/*!
    \property RedisStringValue::key
    \brief the key (binary-safe); empty: none.

    With a \l client, setting it loads the value from the event loop.
*/
QByteArray RedisStringValue::key() const
{
    return d->key;
}

void RedisStringValue::setKey(const QByteArray &key)
{
    if (d->key == key && d->key.isNull() == key.isNull())
        return;
    d->key = key;
    QPointer<RedisStringValue> guard(this);
    Q_EMIT keyChanged();
    if (guard)
        d->keyOrClientChanged();
}

/*!
    \property RedisStringValue::previewLimit
    \brief the bytes load() reads at most.

    The default is 65536; with a value <= 0 there is no limit. A preview
    read with another limit is read again.
*/
int RedisStringValue::previewLimit() const
{
    return d->previewLimit;
}

void RedisStringValue::setPreviewLimit(int bytes)
{
    if (d->previewLimit == bytes)
        return;
    d->previewLimit = bytes;
    QPointer<RedisStringValue> guard(this);
    Q_EMIT previewLimitChanged();
    // A preview read with the old limit is read again.
    if (guard && !d->whole && d->size >= 0)
        d->scheduleLoad();
}

/*!
    \property RedisStringValue::size
    \brief the length of the value (STRLEN); -1 until loaded.
*/
qint64 RedisStringValue::size() const
{
    return d->size;
}

/*!
    \property RedisStringValue::value
    \brief the value, or its first \l previewLimit bytes (see \l truncated).
*/
QByteArray RedisStringValue::value() const
{
    return d->value;
}

/*!
    \property RedisStringValue::text
    \brief \l value escaped for display by RedisValue::displayText(), with
    an ellipsis at the end when \l truncated.
*/
QString RedisStringValue::text() const
{
    QString text = RedisValue::displayText(d->value);
    if (d->truncated)
        text += QChar(0x2026);
    return text;
}

/*!
    \property RedisStringValue::truncated
    \brief whether \l value holds only the first \l previewLimit bytes.
*/
bool RedisStringValue::isTruncated() const
{
    return d->truncated;
}

/*!
    \property RedisStringValue::exists
    \brief whether the key existed at the last load (or was set by
    setValue()).
*/
bool RedisStringValue::exists() const
{
    return d->exists;
}

/*!
    \property RedisStringValue::loading
    \brief whether a load is scheduled or in flight.
*/
bool RedisStringValue::isLoading() const
{
    return d->loading;
}

/*!
    \property RedisStringValue::errorString
    \brief why the last load failed; empty when it did not.
*/
QString RedisStringValue::errorString() const
{
    return d->errorString;
}

/*!
    Reads the size and the value again: a preview of \l previewLimit bytes.
    A load in flight is dropped.
*/
void RedisStringValue::load()
{
    d->startLoad(false);
}

/*!
    Reads the whole value, however large. A load in flight is dropped.
*/
void RedisStringValue::loadAll()
{
    d->startLoad(true);
}

/*!
    Sets the key to \a value (\c{SET key value KEEPTTL}). editFinished()
    follows exactly once, from the event loop; the properties show the new
    value if the key is still the same by then.
*/
void RedisStringValue::setValue(const QByteArray &value)
{
    if (!d->client) {
        d->refuseEdit(tr("No client is set"));
        return;
    }
    if (d->key.isEmpty()) {
        d->refuseEdit(tr("No key is set"));
        return;
    }
    // Finishes exactly once; updates what is shown only if it still is the
    // value of the key it was set on.
    const QtRedisPrivate::RequestScope::Ticket setOnShownKey = d->shownKey.ticket();
    d->client->command({QByteArrayLiteral("SET"), d->key, value, QByteArrayLiteral("KEEPTTL")}, this,
                       [this, setOnShownKey, value](const RedisValue &reply) {
        if (reply.isError()) {
            Q_EMIT editFinished(false, reply.errorString());
            return;
        }
        QPointer<RedisStringValue> guard(this);
        if (!setOnShownKey.isAborted()) {
            // Keep what a load would show: a preview, unless all was loaded.
            const int limit = d->previewLimit;
            const bool cut = !d->whole && limit > 0 && value.size() > limit;
            d->clearError();
            if (!guard)
                return;
            d->setState(value.size(), cut ? value.left(limit) : value, cut, true);
            if (!guard)
                return;
        }
        Q_EMIT editFinished(true, QString());
    });
}

/*!
    \fn void RedisStringValue::clientChanged()

    Emitted when \l client changed, also when the client was destroyed.
*/

/*!
    \fn void RedisStringValue::keyChanged()

    Emitted when \l key changed.
*/

/*!
    \fn void RedisStringValue::previewLimitChanged()

    Emitted when \l previewLimit changed.
*/

/*!
    \fn void RedisStringValue::changed()

    Emitted when \l size, \l value, \l text, \l truncated or \l exists
    changed.
*/

/*!
    \fn void RedisStringValue::loadingChanged()

    Emitted when \l loading changed.
*/

/*!
    \fn void RedisStringValue::errorStringChanged()

    Emitted when \l errorString changed.
*/

/*!
    \fn void RedisStringValue::errorOccurred(const QString &message)

    Emitted when a load failed, with the \a message also in \l errorString.
*/

/*!
    \fn void RedisStringValue::editFinished(bool ok, const QString &message)

    Emitted exactly once per setValue(): \a ok tells whether the value was
    set; \a message says why not.
*/
