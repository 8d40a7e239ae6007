// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISVALUEMODEL_P_H
#define REDISVALUEMODEL_P_H

// Private: not part of the API.

#include "redisclient.h"
#include "redisscan.h"
#include "redisvalue.h"
#include "core/redislogging_p.h"
#include "helpers/redisrequestscope_p.h"
#include "helpers/redisscanner_p.h"
#include "redisvaluemodel.h"

#include <QtCore/qpointer.h>

#include <functional>
#include <memory>
#include <optional>


class RedisValueModelPrivate
{
    Q_DECLARE_PUBLIC(RedisValueModel)
public:
    // What an edit did, decided by the model that issued it.
    struct EditOutcome
    {
        bool ok = true;
        QString message;
        bool reread = false; // read the loaded rows again before editFinished()
    };
    // Gets the results of the edit's commands followed by the count command's
    // (one value each; none of the edit's own is an error). stillShown: the
    // model still shows the key the edit was made on, so the loaded rows may
    // be changed; otherwise only the outcome is wanted.
    using EditApply = std::function<EditOutcome(const QList<RedisValue> &results, bool stillShown)>;

    // editableColumn: the column setData() edits (-1: none). scanKind: the
    // model pages with the shared scanner (HSCAN, SSCAN) and implements
    // applyScanPage(); otherwise with pageCommand() and applyPage().
    explicit RedisValueModelPrivate(int columnCount, int editableColumn = -1,
                                    std::optional<RedisScan::Kind> scanKind = std::nullopt);
    virtual ~RedisValueModelPrivate();

    // --- what each model provides ---------------------------------------
    virtual QByteArray countCommand() const = 0;   // HLEN, LLEN, ...
    virtual qsizetype rows() const = 0;
    // Drops every row and the paging position (called inside a model reset).
    virtual void clear() = 0;
    // The command for the next page.
    virtual QList<QByteArray> pageCommand(int pageSize) const;
    // Takes a page: advances the paging position, calls setEnd() when it was
    // the last one, then inserts the rows (beginInsert()/endInsert()).
    // Returns false (and problem) if the reply does not have the expected shape.
    virtual bool applyPage(const RedisValue &reply, int pageSize, QString *problem);
    // Takes a page of the scanner (elements checked, atEnd() set): inserts
    // its rows.
    virtual void applyScanPage(const QList<QByteArray> &items);
    // Models whose rows are addressed by index or rank read the loaded rows
    // again after edits: rows 0 .. count-1.
    virtual bool canReread() const { return false; }
    virtual QList<QByteArray> rereadCommand(qsizetype count) const;
    // Replaces the loaded rows with the reply (see replaceRows()), calls
    // setEnd() if fewer than 'requested' came.
    virtual bool applyReread(const RedisValue &reply, qsizetype requested, QString *problem);

    // --- for the models ---------------------------------------------------
    // Issues an edit: MULTI, the commands, the count command, EXEC.
    void edit(const QList<QList<QByteArray>> &commands, EditApply apply);
    // An edit refused before anything was sent: editFinished(false) from the event loop.
    void refuseEdit(const QString &message);
    // True if an edit can be sent (a client and a key); otherwise refuses it.
    bool editable();
    void setEnd(bool end) { atEnd = end; }
    void beginInsert(qsizetype first, qsizetype last);
    void endInsert();
    void beginRemove(qsizetype first, qsizetype last);
    void endRemove();
    void changed(qsizetype firstRow, int firstColumn, qsizetype lastRow, int lastColumn);

    // Replaces 'current' with 'fresh' with as few signals as possible:
    // dataChanged for the rows that differ, rows removed or inserted at the end.
    template <typename Row>
    void replaceRows(QList<Row> &current, QList<Row> fresh)
    {
        const qsizetype common = qMin(current.size(), fresh.size());
        qsizetype first = -1;
        qsizetype last = -1;
        for (qsizetype i = 0; i < common; ++i) {
            if (!(current.at(i) == fresh.at(i))) {
                if (first < 0)
                    first = i;
                last = i;
                current[i] = fresh.at(i);
            }
        }
        if (first >= 0)
            changed(first, 0, last, columns - 1);
        if (current.size() > fresh.size()) {
            beginRemove(fresh.size(), current.size() - 1);
            current.resize(fresh.size());
            endRemove();
        } else if (fresh.size() > current.size()) {
            beginInsert(current.size(), fresh.size() - 1);
            current.append(fresh.mid(current.size()));
            endInsert();
        }
    }

    // Parses an array of bulk strings (LRANGE, an entry's fields).
    static bool parseStrings(const RedisValue &reply, QList<QByteArray> *items, QString *problem);

    // --- helpers for data() / setData() / roleNames() ----------------------
    // Qt::EditRole: a QString for valid UTF-8, the bytes otherwise.
    static QVariant editValue(const QByteArray &bytes)
    {
        if (bytes.isValidUtf8())
            return QString::fromUtf8(bytes);
        return bytes;
    }
    // setData(): a QByteArray as is, a QString (or what converts to one) as UTF-8.
    static bool toBytes(const QVariant &value, QByteArray *bytes)
    {
        if (value.typeId() == QMetaType::QByteArray) {
            *bytes = value.toByteArray();
            return true;
        }
        if (value.typeId() == QMetaType::QString || value.canConvert<QString>()) {
            *bytes = value.toString().toUtf8();
            return true;
        }
        return false;
    }
    static QString cellText(const QByteArray &bytes)
    {
        return RedisValue::displayText(bytes, RedisValueModel::DisplayLimit);
    }
    static QHash<int, QByteArray> baseRoleNames()
    {
        return {{Qt::DisplayRole, QByteArrayLiteral("display")}, {Qt::EditRole, QByteArrayLiteral("edit")}};
    }
    bool validRow(const QModelIndex &index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() >= 0 && index.row() < rows()
                && index.column() >= 0 && index.column() < columns;
    }

    // --- machinery ----------------------------------------------------------
    enum class RequestKind { Page, Reread };
    struct EditResult
    {
        bool ok;
        QString message;
    };

    void reset();
    void useClient(RedisClient *newClient);
    void start();
    bool requestInFlight() const { return slot.isBusy() || (scanner && scanner->isWaiting()); }
    void pump();
    void issue(RequestKind kind, qsizetype requested, QList<EditResult> completions);
    void onRequestReply(RequestKind kind, qsizetype requested, const RedisValue &reply);
    void onScanPage(const RedisValue &elements, bool last);
    void afterPage(qsizetype rowsBefore);
    void refreshCount();
    void applyCount(const RedisValue &reply);
    void finishEdit(bool stillShown, qsizetype commandCount, const EditApply &apply, QtRedis::Error error,
                    const QString &errorString, const QList<RedisValue> &results);
    void fail(const QString &message, bool clientSide);
    void dropRows();   // the key is gone: an empty model, nothing more to load
    void emitEditResults(const QList<EditResult> &results);
    void setTotalCount(qint64 count);
    void updateLoading();
    void onClientConnected();

    RedisValueModel *q_ptr = nullptr;
    const int columns;
    const int editableColumn;

    QPointer<RedisClient> client;
    QByteArray key;
    int pageSize = 500;
    qint64 totalCount = -1;
    QString errorString;

    // What the model shows: the key on the client. Every reset() aborts it,
    // so that replies about what was shown before change nothing.
    QtRedisPrivate::RequestScope shown;
    // Pages and re-reads, one in flight (also across resets); the hash and
    // set models page with the scanner instead.
    QtRedisPrivate::RequestSlot slot;
    std::unique_ptr<QtRedisPrivate::RedisScanner> scanner;
    bool awaitingReply = false; // a page or re-read for what is shown is in flight (slot)
    QList<EditResult> inFlightCompletions; // editFinished() due when the slot's reply comes
    bool applying = false;      // rows are being changed: no request is issued meanwhile
    int editsInFlight = 0;      // edits on what is shown, not finished yet
    bool started = false;       // the first page of what is shown was asked for
    bool atEnd = true;
    bool failed = false;
    bool failedClientSide = false;
    bool pageWanted = false;
    bool rereadWanted = false;
    QList<EditResult> afterReread;   // editFinished() waiting for the wanted re-read

    bool loading = false;       // last value signalled
    int lastLoadedCount = 0;    // last value signalled
    bool lastAtEnd = true;      // last value signalled
};

#endif // REDISVALUEMODEL_P_H
