// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISVALUEMODEL_H
#define REDISVALUEMODEL_H

#include "redisclient.h"
#include "redisglobal.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qbytearray.h>
#include <QtCore/qhash.h>
#include <QtCore/qstring.h>

#include <memory>

class RedisValueModelPrivate;

// The abstract base of the models that page through the content of one key:
// RedisHashModel, RedisListModel, RedisSetModel, RedisSortedSetModel and
// RedisStreamModel. One class serves a QTableView and a QML TableView or
// ListView.
//
//     auto *model = new RedisHashModel(this);
//     model->setClient(&client);
//     model->setKey("user:42");          // client + key: the first page loads by itself
//     view->setModel(model);             // the view calls fetchMore() for the next pages
//
// Loading. Setting client and key (or reload()) clears the rows and, from the
// event loop, asks for totalCount (HLEN, LLEN, SCARD, ZCARD, XLEN) and the
// first page of pageSize elements; fetchMore() asks for the next one while
// canFetchMore(). At most one page command is in flight; a reply that belongs
// to an earlier key, client or reload() is ignored. Pages wait while an edit
// of this model is in flight, so that indexes stay consistent.
//
// Errors. A page that fails (WRONGTYPE for a key of another type, a client
// error such as NotConnected) stops the paging: errorString is set and
// errorOccurred() emitted once; reload() tries again. If it failed on the
// client's side, the model reloads by itself when the client connects. A key
// that does not exist (or was deleted meanwhile) is an empty model without an
// error: when totalCount comes back as 0 the loaded rows are dropped.
//
// Edits. Every edit method issues its command(s) together with the count
// command as one MULTI/EXEC transaction (RedisTransaction) and emits
// editFinished(ok, message) exactly once per call, from the event loop, also
// when it fails (no client, no key, a server error, a client error). By the
// time editFinished() comes the model reflects the edit: it was applied to
// the loaded rows, or the loaded rows were read again where indexes or ranks
// shift, and totalCount was refreshed. Edit failures do not set errorString.
// setData() returns true when it sent the edit; the cell changes once the
// server accepted it. The models do not watch the key: what others change
// shows after reload(), on the pages still to come, or where an edit's count
// reveals it (lists, sorted sets and streams then read the loaded rows again).
//
// Display. Qt::DisplayRole is plain text, never rich text: displayText()
// escapes whatever is not printable (see there). Raw bytes are in the
// QByteArray roles. Qt::EditRole gives a QString for valid UTF-8 and a
// QByteArray otherwise; setData() takes both (a QString is sent as UTF-8).
class QTREDIS_EXPORT RedisValueModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(RedisClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QByteArray key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(int loadedCount READ loadedCount NOTIFY loadedCountChanged)
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY atEndChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    // Roles of all value models (each model uses its own subset, see
    // roleNames()). Besides them: Qt::DisplayRole ("display", escaped text
    // of the cell) and Qt::EditRole ("edit", the editable cell's value).
    enum Role {
        ValueRole = Qt::UserRole + 1, // "value"      QByteArray: hash value, list element
        ValueTextRole,                // "valueText"  QString: the value, escaped
        FieldRole,                    // "field"      QByteArray: hash field
        FieldTextRole,                // "fieldText"  QString
        IndexRole,                    // "listIndex"  qint64: list index (= row)
        MemberRole,                   // "member"     QByteArray: set / sorted set member
        MemberTextRole,               // "memberText" QString
        ScoreRole,                    // "score"      double
        ScoreTextRole,                // "scoreText"  QString: like redis-cli (1.5, 3, inf)
        IdRole,                       // "id"         QByteArray: stream entry ID (model.id in QML)
        FieldsRole,                   // "fields"     QVariantList: field, value, field, value, ... (QByteArray)
        FieldsTextRole,               // "fieldsText" QString: "field=value field2=value2", escaped
    };
    Q_ENUM(Role)

    // Qt::DisplayRole of a cell shows at most this many bytes of a value,
    // then an ellipsis (the QByteArray roles always hold all of it).
    static constexpr qsizetype DisplayLimit = 4096;

    ~RedisValueModel() override;

    RedisClient *client() const;
    void setClient(RedisClient *client);
    // The key (binary-safe). An empty key means "none": nothing is loaded.
    QByteArray key() const;
    void setKey(const QByteArray &key);
    // Elements per page (COUNT hint for HSCAN/SSCAN), default 500, at least 1.
    // Takes effect at the next page.
    int pageSize() const;
    void setPageSize(int size);

    // A page (or a re-read after an edit) is requested or in flight.
    bool isLoading() const;
    // Elements in the key as the server last reported them; -1 until known
    // (no client or key, not loaded yet, or the count failed).
    qint64 totalCount() const;
    // Rows loaded so far (rowCount()).
    int loadedCount() const;
    // Every page was loaded (or paging stopped on an error).
    bool atEnd() const;
    // Why loading failed; empty when it did not.
    QString errorString() const;

    // A score the way redis-cli shows it: 1.5, 3, -0.25, 1e+20, inf, -inf.
    Q_INVOKABLE static QString scoreText(double score);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // Rows never have children; the subclass's value (or score) column is editable.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // fetchMore() for QML: loads the next page if there is one.
    Q_INVOKABLE void loadMore();

public Q_SLOTS:
    // Clears the rows and loads the first page again.
    void reload();

Q_SIGNALS:
    void clientChanged();
    void keyChanged();
    void pageSizeChanged();
    void loadingChanged();
    void totalCountChanged();
    void loadedCountChanged();
    void atEndChanged();
    void errorStringChanged();
    // Loading failed (see errorString).
    void errorOccurred(const QString &message);
    // Exactly once per edit call (setField(), push(), setData(), ...).
    void editFinished(bool ok, const QString &message);

protected:
    explicit RedisValueModel(RedisValueModelPrivate &dd, QObject *parent);
    std::unique_ptr<RedisValueModelPrivate> d_ptr;

private:
    Q_DISABLE_COPY(RedisValueModel)
    Q_DECLARE_PRIVATE(RedisValueModel)
};

#endif // REDISVALUEMODEL_H
