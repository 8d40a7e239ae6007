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

RedisStringValue::RedisStringValue(QObject *parent)
    : QObject(parent), d(std::make_unique<RedisStringValuePrivate>(this))
{
}

RedisStringValue::~RedisStringValue() = default;

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

qint64 RedisStringValue::size() const
{
    return d->size;
}

QByteArray RedisStringValue::value() const
{
    return d->value;
}

QString RedisStringValue::text() const
{
    QString text = RedisValue::displayText(d->value);
    if (d->truncated)
        text += QChar(0x2026);
    return text;
}

bool RedisStringValue::isTruncated() const
{
    return d->truncated;
}

bool RedisStringValue::exists() const
{
    return d->exists;
}

bool RedisStringValue::isLoading() const
{
    return d->loading;
}

QString RedisStringValue::errorString() const
{
    return d->errorString;
}

void RedisStringValue::load()
{
    d->startLoad(false);
}

void RedisStringValue::loadAll()
{
    d->startLoad(true);
}

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
