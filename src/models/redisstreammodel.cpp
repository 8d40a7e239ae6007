// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "redisstreammodel.h"

#include "models/redisvaluemodel_p.h"

using EditOutcome = RedisValueModelPrivate::EditOutcome;

namespace {

struct Entry
{
    QByteArray id;
    QList<QByteArray> fields;   // field, value, ...
    bool operator==(const Entry &other) const { return id == other.id && fields == other.fields; }
};

// XRANGE: [[id, [field, value, ...]], ...]
bool parseEntries(const RedisValue &reply, QList<Entry> *entries, QString *problem)
{
    if (!reply.isArray()) {
        *problem = RedisStreamModel::tr("expected an array");
        return false;
    }
    for (qsizetype i = 0; i < reply.size(); ++i) {
        const RedisValue item = reply.at(i);
        if (!item.isArray() || item.size() != 2 || !item.at(0).isString()) {
            *problem = RedisStreamModel::tr("entry %1 is not an ID and fields").arg(i);
            return false;
        }
        Entry entry;
        entry.id = item.at(0).toByteArray();
        const RedisValue fields = item.at(1);
        if (!fields.isNil()) {
            if (!RedisValueModelPrivate::parseStrings(fields, &entry.fields, problem))
                return false;
            if (entry.fields.size() % 2 != 0) {
                *problem = RedisStreamModel::tr("entry %1 has an odd number of fields and values").arg(i);
                return false;
            }
        }
        entries->append(entry);
    }
    return true;
}

QString fieldsText(const QList<QByteArray> &fields)
{
    QString text;
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        if (text.size() > RedisValueModel::DisplayLimit) {
            text += QChar(0x2026);
            break;
        }
        if (i > 0)
            text += QLatin1Char(' ');
        text += RedisValue::displayText(fields.at(i), RedisValueModel::DisplayLimit);
        text += QLatin1Char('=');
        text += RedisValue::displayText(fields.at(i + 1), RedisValueModel::DisplayLimit);
    }
    return text;
}

} // namespace

class RedisStreamModelPrivate : public RedisValueModelPrivate
{
public:
    RedisStreamModelPrivate() : RedisValueModelPrivate(2) {}

    QByteArray countCommand() const override { return QByteArrayLiteral("XLEN"); }
    qsizetype rows() const override { return entries.size(); }
    void clear() override
    {
        entries.clear();
        lastId.clear();
    }
    QList<QByteArray> pageCommand(int count) const override
    {
        return {QByteArrayLiteral("XRANGE"), key,
                lastId.isEmpty() ? QByteArrayLiteral("-") : QByteArrayLiteral("(") + lastId,
                QByteArrayLiteral("+"), QByteArrayLiteral("COUNT"), QByteArray::number(count)};
    }
    bool applyPage(const RedisValue &reply, int pageSize, QString *problem) override
    {
        QList<Entry> page;
        if (!parseEntries(reply, &page, problem))
            return false;
        if (!page.isEmpty())
            lastId = page.constLast().id;
        setEnd(page.size() < pageSize);
        if (!page.isEmpty()) {
            beginInsert(entries.size(), entries.size() + page.size() - 1);
            entries.append(page);
            endInsert();
        }
        return true;
    }

    // Used when the count after an edit shows that someone else changed the
    // stream too: the loaded entries (and one page more if all were loaded)
    // are read again.
    bool canReread() const override { return true; }
    QList<QByteArray> rereadCommand(qsizetype count) const override
    {
        return {QByteArrayLiteral("XRANGE"), key, QByteArrayLiteral("-"), QByteArrayLiteral("+"),
                QByteArrayLiteral("COUNT"), QByteArray::number(count)};
    }
    bool applyReread(const RedisValue &reply, qsizetype requested, QString *problem) override
    {
        QList<Entry> fresh;
        if (!parseEntries(reply, &fresh, problem))
            return false;
        if (!fresh.isEmpty())
            lastId = fresh.constLast().id;
        setEnd(fresh.size() < requested);
        replaceRows(entries, fresh);
        return true;
    }
    // With every entry loaded, the count after an edit must match the rows.
    bool countMatches(const QList<RedisValue> &results) const
    {
        const RedisValue &count = results.constLast();
        return !(atEnd && !failed) || !count.isInteger() || count.toInteger() == entries.size();
    }

    qsizetype rowOf(const QByteArray &id) const
    {
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (entries.at(i).id == id)
                return i;
        }
        return -1;
    }
    void remove(const QByteArray &id)
    {
        const qsizetype row = rowOf(id);
        if (row < 0)
            return;
        beginRemove(row, row);
        entries.removeAt(row);
        endRemove();
    }

    QList<Entry> entries;
    QByteArray lastId;   // of the last page: where the next one starts (exclusive)
};

/*!
    \class RedisStreamModel
    \inmodule QtRedis
    \brief The entries of a stream, oldest first, paged with XRANGE.

    Pages come from \c{XRANGE key - + COUNT pageSize}, then
    \c{XRANGE key (<last ID> + COUNT pageSize} (an exclusive start: Redis
    6.2 or later). The columns are ID and Fields; the roles \c display,
    \c id (the entry ID as QByteArray; \c model.id in QML), \c fields (a
    QVariantList of QByteArray: field, value, field, value, ... in the
    entry's order, which keeps repeated field names) and \c fieldsText
    (\c{field=value field2=value2}, each part escaped by
    RedisValue::displayText()). Nothing is editable in place.

    addEntry() (XADD) appends the new entry with the ID the server gave,
    once every page is loaded (before that, the last page brings it);
    removeEntry() (XDEL) removes its row. If, with every page loaded, the
    count after an edit does not match the rows (someone else added or
    deleted entries), the loaded entries are read again.

    See RedisValueModel for loading, errors and edits.
*/

/*!
    \enum RedisStreamModel::Column

    \value IdColumn     The entry ID.
    \value FieldsColumn The entry's fields and values.
*/

/*!
    Constructs an empty stream model with the given \a parent.
*/
RedisStreamModel::RedisStreamModel(QObject *parent) : RedisValueModel(*new RedisStreamModelPrivate, parent) {}

/*!
    Destroys the model.
*/
RedisStreamModel::~RedisStreamModel() = default;

/*!
    Returns the row of the loaded entry \a id; -1 if it is not loaded.
*/
int RedisStreamModel::rowOf(const QByteArray &id) const
{
    Q_D(const RedisStreamModel);
    return int(d->rowOf(id));
}

/*!
    Returns the entry ID at \a row; empty if there is no such row.
*/
QByteArray RedisStreamModel::idAt(int row) const
{
    Q_D(const RedisStreamModel);
    return row >= 0 && row < d->entries.size() ? d->entries.at(row).id : QByteArray();
}

/*!
    Returns the fields and values of the entry at \a row: field, value,
    field, value, ...; empty if there is no such row.
*/
QList<QByteArray> RedisStreamModel::fieldsAt(int row) const
{
    Q_D(const RedisStreamModel);
    return row >= 0 && row < d->entries.size() ? d->entries.at(row).fields : QList<QByteArray>();
}

/*!
    Adds an entry (XADD key id field value ...) with \a fieldValuePairs,
    which must hold at least one field and value pair; an \a id of \c{*}
    lets the server choose the ID. editFinished() follows.
*/
void RedisStreamModel::addEntry(const QList<QByteArray> &fieldValuePairs, const QByteArray &id)
{
    Q_D(RedisStreamModel);
    if (fieldValuePairs.isEmpty() || fieldValuePairs.size() % 2 != 0) {
        d->refuseEdit(tr("An entry needs field and value pairs"));
        return;
    }
    if (id.isEmpty()) {
        d->refuseEdit(tr("An entry needs an ID (\"*\": the server chooses one)"));
        return;
    }
    QList<QByteArray> command{QByteArrayLiteral("XADD"), d->key, id};
    command += fieldValuePairs;
    d->edit({command}, [d, fieldValuePairs](const QList<RedisValue> &results, bool stillShown) {
        const RedisValue &newId = results.constFirst();
        if (!newId.isString())
            return EditOutcome{false, tr("XADD did not return an ID"), false};
        // Entries are appended to the end: the row too, once the end is loaded.
        if (!stillShown)
            return EditOutcome();
        if (d->atEnd && !d->failed) {
            d->beginInsert(d->entries.size(), d->entries.size());
            d->entries.append(Entry{newId.toByteArray(), fieldValuePairs});
            d->lastId = newId.toByteArray();
            d->endInsert();
        }
        return EditOutcome{true, QString(), !d->countMatches(results)};
    });
}

/*!
    addEntry() for QML: \a fieldValuePairs is a JS array of strings or
    ArrayBuffers; \a id as for addEntry().
*/
void RedisStreamModel::addEntryFromList(const QVariantList &fieldValuePairs, const QByteArray &id)
{
    QList<QByteArray> pairs;
    pairs.reserve(fieldValuePairs.size());
    for (const QVariant &item : fieldValuePairs) {
        QByteArray bytes;
        if (!RedisValueModelPrivate::toBytes(item, &bytes)) {
            Q_D(RedisStreamModel);
            d->refuseEdit(tr("Fields and values must be strings"));
            return;
        }
        pairs.append(bytes);
    }
    addEntry(pairs, id);
}

/*!
    Removes the entry \a id (XDEL) and its row. editFinished() follows, with
    \c false if there was no such entry.
*/
void RedisStreamModel::removeEntry(const QByteArray &id)
{
    Q_D(RedisStreamModel);
    d->edit({{QByteArrayLiteral("XDEL"), d->key, id}}, [d, id](const QList<RedisValue> &results, bool stillShown) {
        if (stillShown)
            d->remove(id);
        const bool reread = stillShown && !d->countMatches(results);
        if (results.constFirst().toInteger() > 0)
            return EditOutcome{true, QString(), reread};
        return EditOutcome{false, tr("The stream has no such entry"), reread};
    });
}

/*!
    \reimp
*/
QVariant RedisStreamModel::data(const QModelIndex &index, int role) const
{
    Q_D(const RedisStreamModel);
    if (!d->validRow(index))
        return {};
    const Entry &entry = d->entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == IdColumn ? RedisValueModelPrivate::cellText(entry.id) : fieldsText(entry.fields);
    case IdRole:
        return entry.id;
    case FieldsRole: {
        QVariantList list;
        list.reserve(entry.fields.size());
        for (const QByteArray &item : entry.fields)
            list.append(item);
        return list;
    }
    case FieldsTextRole:
        return fieldsText(entry.fields);
    default:
        return {};
    }
}

/*!
    \reimp
*/
QVariant RedisStreamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("ID");
        case FieldsColumn: return tr("Fields");
        default: return {};
        }
    }
    return RedisValueModel::headerData(section, orientation, role);
}

/*!
    \reimp
*/
QHash<int, QByteArray> RedisStreamModel::roleNames() const
{
    QHash<int, QByteArray> names = RedisValueModelPrivate::baseRoleNames();
    names.remove(Qt::EditRole);
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(FieldsRole, QByteArrayLiteral("fields"));
    names.insert(FieldsTextRole, QByteArrayLiteral("fieldsText"));
    return names;
}
