// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The value models (hash, list, set, sorted set, stream) and RedisStringValue
// against a real redis-server: paging, edits checked with redis-cli, binary
// safety, errors, stale replies and destruction with commands in flight.
#include <QtTest/QtTest>

#include <QtTest/QAbstractItemModelTester>

#include <redisclient.h>
#include <redishashmodel.h>
#include <redislistmodel.h>
#include <redissetmodel.h>
#include <redissortedsetmodel.h>
#include <redisstreammodel.h>
#include <redisstringvalue.h>
#include <redistestcase.h>
#include <redisvaluemodel.h>
#include <testhelpers.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace QtRedisTest;
using Bytes = QList<QByteArray>;
using Rows = QList<Bytes>;

namespace {

// Bytes a binary-unsafe client would mangle: NUL, CR LF, invalid UTF-8, a
// backslash (escaped on display) and a tab.
Bytes binaryItems()
{
    return {QByteArray("nul\0byte", 8), QByteArray("crlf\r\nvalue"), QByteArray("\xff\xfe\x80"),
            QByteArray("\0", 1), QByteArray("tab\tback\\slash")};
}

QByteArray numbered(const char *prefix, int i)
{
    return QByteArray(prefix) + QByteArray::number(i);
}

QByteArray scoreBytes(double score)
{
    return QByteArray::number(score, 'g', 17);
}

std::unique_ptr<RedisValueModel> makeModel(const QByteArray &kind)
{
    if (kind == "hash")
        return std::make_unique<RedisHashModel>();
    if (kind == "list")
        return std::make_unique<RedisListModel>();
    if (kind == "set")
        return std::make_unique<RedisSetModel>();
    if (kind == "zset")
        return std::make_unique<RedisSortedSetModel>();
    if (kind == "stream")
        return std::make_unique<RedisStreamModel>();
    return {};
}

bool isOrdered(const QByteArray &kind)
{
    return kind == "list" || kind == "zset" || kind == "stream";
}

// What a model shows, one Bytes per row, in the form serverRows() reads.
Rows modelRows(const RedisValueModel &model, const QByteArray &kind)
{
    Rows rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (kind == "hash") {
            rows.append({index.data(RedisValueModel::FieldRole).toByteArray(),
                         index.data(RedisValueModel::ValueRole).toByteArray()});
        } else if (kind == "list") {
            rows.append({index.data(RedisValueModel::ValueRole).toByteArray()});
        } else if (kind == "set") {
            rows.append({index.data(RedisValueModel::MemberRole).toByteArray()});
        } else if (kind == "zset") {
            rows.append({index.data(RedisValueModel::MemberRole).toByteArray(),
                         scoreBytes(index.data(RedisValueModel::ScoreRole).toDouble())});
        } else if (kind == "stream") {
            const QVariantList fields = index.data(RedisValueModel::FieldsRole).toList();
            Bytes entry{index.data(RedisValueModel::IdRole).toByteArray(), QByteArray::number(fields.size())};
            for (const QVariant &f : fields)
                entry.append(f.toByteArray());
            rows.append(entry);
        }
    }
    return rows;
}

// A quoted string as redis-cli --no-raw prints it ("a\x00b\r\n").
QByteArray unquoteCli(const QByteArray &quoted)
{
    if (quoted.size() < 2 || !quoted.startsWith('"') || !quoted.endsWith('"'))
        return quoted;
    QByteArray out;
    for (qsizetype i = 1; i < quoted.size() - 1; ++i) {
        const char c = quoted.at(i);
        if (c != '\\' || i + 1 >= quoted.size() - 1) {
            out += c;
            continue;
        }
        const char e = quoted.at(++i);
        switch (e) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'x':
            out += char(QByteArray::fromHex(quoted.mid(i + 1, 2)).at(0));
            i += 2;
            break;
        default: out += e; break;   // \\ and \"
        }
    }
    return out;
}

// The scalars of a flat reply printed by redis-cli --no-raw, in order.
Bytes parseCliList(const QByteArray &output)
{
    Bytes items;
    const QList<QByteArray> lines = output.split('\n');
    static const QRegularExpression prefix(QStringLiteral("^\\s*(\\d+\\)\\s+)+"));
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line == "(empty array)" || line == "(empty list or set)")
            continue;
        const QRegularExpressionMatch m = prefix.match(QString::fromLatin1(line));
        if (m.hasMatch())
            line = line.mid(m.capturedLength());
        if (line.startsWith("(integer) "))
            items.append(line.mid(10));
        else
            items.append(unquoteCli(line));
    }
    return items;
}

void sortRows(Rows &rows)
{
    std::sort(rows.begin(), rows.end(), [](const Bytes &a, const Bytes &b) {
        return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend());
    });
}

QString describeRows(const Rows &actual, const Rows &expected)
{
    QString text = QStringLiteral("%1 rows, expected %2").arg(actual.size()).arg(expected.size());
    for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i) {
        if (actual.at(i) != expected.at(i)) {
            text += QStringLiteral("; first difference at %1: ").arg(i);
            for (const QByteArray &b : actual.at(i))
                text += QString::fromLatin1(b.toPercentEncoding()) + QLatin1Char(' ');
            text += QStringLiteral("vs ");
            for (const QByteArray &b : expected.at(i))
                text += QString::fromLatin1(b.toPercentEncoding()) + QLatin1Char(' ');
            break;
        }
    }
    return text;
}

// Test data: the commands that load it and the rows a model must show.
struct Dataset
{
    QList<Bytes> commands;
    Rows rows;
};

Dataset makeDataset(const QByteArray &kind, const QByteArray &key, int plain)
{
    Dataset ds;
    const Bytes binary = binaryItems();
    if (kind == "hash") {
        Bytes cmd{"HSET", key};
        for (int i = 0; i < plain; ++i) {
            ds.rows.append({numbered("f:", i), numbered("v:", i)});
        }
        for (const QByteArray &b : binary)
            ds.rows.append({b, b + "|" + b});
        for (const Bytes &row : std::as_const(ds.rows)) {
            cmd << row.at(0) << row.at(1);
            if (cmd.size() > 400) {
                ds.commands.append(cmd);
                cmd = Bytes{"HSET", key};
            }
        }
        if (cmd.size() > 2)
            ds.commands.append(cmd);
    } else if (kind == "list" || kind == "set") {
        for (int i = 0; i < plain; ++i) {
            ds.rows.append({numbered(kind == "list" ? "e:" : "m:", i)});
            if (i % 500 == 7 && i / 500 < binary.size())
                ds.rows.append({binary.at(i / 500)});
        }
        for (const QByteArray &b : binary) {
            if (!ds.rows.contains(Bytes{b}))
                ds.rows.append({b});
        }
        Bytes cmd{kind == "list" ? "RPUSH" : "SADD", key};
        for (const Bytes &row : std::as_const(ds.rows)) {
            cmd << row.at(0);
            if (cmd.size() > 400) {
                ds.commands.append(cmd);
                cmd = Bytes{kind == "list" ? "RPUSH" : "SADD", key};
            }
        }
        if (cmd.size() > 2)
            ds.commands.append(cmd);
    } else if (kind == "zset") {
        QList<std::pair<double, QByteArray>> items;
        for (int i = 0; i < plain; ++i)
            items.append({double(i + 1), numbered("m:", i)});
        const double odd[] = {-qInf(), 0.5, 1.5, 2.25, qInf()};
        for (int i = 0; i < binary.size(); ++i)
            items.append({odd[i], binary.at(i)});
        std::sort(items.begin(), items.end());
        Bytes cmd{"ZADD", key};
        for (const auto &item : std::as_const(items)) {
            ds.rows.append({item.second, scoreBytes(item.first)});
            cmd << scoreBytes(item.first) << item.second;
            if (cmd.size() > 400) {
                ds.commands.append(cmd);
                cmd = Bytes{"ZADD", key};
            }
        }
        if (cmd.size() > 2)
            ds.commands.append(cmd);
    } else if (kind == "stream") {
        const int total = plain + int(binary.size());
        for (int i = 0; i < total; ++i) {
            const QByteArray id = QByteArray::number(i + 1) + "-0";
            Bytes fields = i < binary.size() ? Bytes{binary.at(i), "b", "n", numbered("", i)}
                                             : Bytes{"n", numbered("", i)};
            Bytes row{id, QByteArray::number(fields.size())};
            row += fields;
            ds.rows.append(row);
            Bytes cmd{"XADD", key, id};
            cmd += fields;
            ds.commands.append(cmd);
        }
    }
    return ds;
}

// Lua that flattens XRANGE into id, field count, fields... for redis-cli.
const char *const FlattenStream =
        "local out = {} "
        "for _, e in ipairs(redis.call('XRANGE', KEYS[1], '-', '+')) do "
        "  table.insert(out, e[1]) table.insert(out, #e[2]) "
        "  for _, x in ipairs(e[2]) do table.insert(out, x) end "
        "end return out";

struct Inserted
{
    QList<int> sizes;
    void attach(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                         [this](const QModelIndex &, int first, int last) { sizes.append(last - first + 1); });
    }
};

} // namespace

class tst_ValueModels : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() override;
    void cleanup();

    void displayText_data();
    void displayText();
    void scoreText_data();
    void scoreText();
    void propertiesRolesAndHeaders_data();
    void propertiesRolesAndHeaders();
    void paging_data();
    void paging();
    void firstPageOnly_data();
    void firstPageOnly();
    void binaryContent_data();
    void binaryContent();
    void hashEdits();
    void listEdits();
    void listRemoveAtWithDuplicates();
    void listEditsPartiallyLoaded();
    void listConcurrentChangeIsReread();
    void setEdits();
    void sortedSetEdits();
    void sortedSetEditsPartiallyLoaded();
    void streamEdits();
    void streamEditsPartiallyLoaded();
    void streamConcurrentChangeIsReread();
    void binaryEdits_data();
    void binaryEdits();
    void editFailures_data();
    void editFailures();
    void wrongType_data();
    void wrongType();
    void missingKey_data();
    void missingKey();
    void keyDeletedMeanwhile_data();
    void keyDeletedMeanwhile();
    void clientNotConnected_data();
    void clientNotConnected();
    void noClientOrKey_data();
    void noClientOrKey();
    void destroyedWithPageInFlight_data();
    void destroyedWithPageInFlight();
    void destroyedWithEditInFlight();
    void staleRepliesIgnored();
    void reloadWhileLoading();
    void clientSwitchedWhileLoading();
    void clientDestroyed();

    void stringPreviewAndLoadAll();
    void stringSetValueKeepsTtl();
    void stringSetValueBeyondPreview();
    void stringMissingKeyAndWrongType();
    void stringNoClientAndStale();
    void stringDestroyedWithLoadInFlight();

private:
    bool roundTrip();
    Rows serverRows(const QByteArray &kind, const QByteArray &key);
    bool waitIdle(RedisValueModel &model);
    bool loadAll(RedisValueModel &model);
    // Runs an edit, waits for its editFinished() and checks it came exactly once.
    bool edit(RedisValueModel &model, const std::function<void()> &call, bool *ok, QString *message = nullptr);
    std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *model)
    {
        return std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    std::unique_ptr<RedisClient> m_client;
};

// Edits and checks in one line; every QVERIFY/QCOMPARE returns from the test.
#define EDIT_OK(model, call)                                                          \
    do {                                                                              \
        bool ok_ = false;                                                             \
        QString message_;                                                             \
        QVERIFY2(edit((model), [&] { call; }, &ok_, &message_), "no single editFinished"); \
        QVERIFY2(ok_, qPrintable(message_));                                          \
    } while (false)

#define EDIT_FAILS(model, call)                                                       \
    do {                                                                              \
        bool ok_ = true;                                                              \
        QString message_;                                                             \
        QVERIFY2(edit((model), [&] { call; }, &ok_, &message_), "no single editFinished"); \
        QVERIFY(!ok_);                                                                \
        QVERIFY(!message_.isEmpty());                                                 \
    } while (false)

#define MATCHES_SERVER(model, kind, key)                                              \
    do {                                                                              \
        Rows actual_ = modelRows((model), (kind));                                    \
        Rows expected_ = serverRows((kind), (key));                                   \
        if (!isOrdered(kind)) {                                                       \
            sortRows(actual_);                                                        \
            sortRows(expected_);                                                      \
        }                                                                             \
        QVERIFY2(actual_ == expected_, qPrintable(describeRows(actual_, expected_))); \
        QCOMPARE((model).totalCount(), qint64(expected_.size()));                     \
    } while (false)

void tst_ValueModels::init()
{
    RedisTestCase::init();
    cli({QStringLiteral("FLUSHALL")});
    m_client = std::make_unique<RedisClient>();
    QVERIFY(connectClient(*m_client));
}

void tst_ValueModels::cleanup()
{
    m_client.reset();
}

// The fence on m_client, then what its replies posted.
bool tst_ValueModels::roundTrip()
{
    if (!QtRedisTest::roundTrip(*m_client))
        return false;
    QCoreApplication::processEvents();
    return true;
}

Rows tst_ValueModels::serverRows(const QByteArray &kind, const QByteArray &key)
{
    const QString k = QString::fromLatin1(key);
    const QString noRaw = QStringLiteral("--no-raw");
    Rows rows;
    if (kind == "hash" || kind == "zset") {
        const Bytes items = parseCliList(
                kind == "hash" ? server().cli({noRaw, QStringLiteral("HGETALL"), k})
                               : server().cli({noRaw, QStringLiteral("ZRANGE"), k, QStringLiteral("0"),
                                               QStringLiteral("-1"), QStringLiteral("WITHSCORES")}));
        for (qsizetype i = 0; i + 1 < items.size(); i += 2)
            rows.append({items.at(i), items.at(i + 1)});
    } else if (kind == "list" || kind == "set") {
        const Bytes items = parseCliList(
                kind == "list" ? server().cli({noRaw, QStringLiteral("LRANGE"), k, QStringLiteral("0"),
                                               QStringLiteral("-1")})
                               : server().cli({noRaw, QStringLiteral("SMEMBERS"), k}));
        for (const QByteArray &item : items)
            rows.append({item});
    } else if (kind == "stream") {
        const Bytes items = parseCliList(server().cli(
                {noRaw, QStringLiteral("EVAL"), QString::fromLatin1(FlattenStream), QStringLiteral("1"), k}));
        for (qsizetype i = 0; i + 1 < items.size();) {
            const int n = items.at(i + 1).toInt();
            rows.append(items.mid(i, 2 + n));
            i += 2 + n;
        }
    }
    return rows;
}

bool tst_ValueModels::waitIdle(RedisValueModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, Timeout);
}

bool tst_ValueModels::loadAll(RedisValueModel &model)
{
    for (int guard = 0; guard < 100000; ++guard) {
        if (!waitIdle(model))
            return false;
        if (!model.canFetchMore(QModelIndex()))
            return true;
        model.fetchMore(QModelIndex());
    }
    return false;
}

bool tst_ValueModels::edit(RedisValueModel &model, const std::function<void()> &call, bool *ok,
                           QString *message)
{
    QSignalSpy finished(&model, &RedisValueModel::editFinished);
    call();
    if (!finished.isEmpty())
        return false;   // never from inside the call
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, Timeout))
        return false;
    if (!waitIdle(model) || !roundTrip())
        return false;
    if (finished.count() != 1)
        return false;
    *ok = finished.at(0).at(0).toBool();
    if (message)
        *message = finished.at(0).at(1).toString();
    return true;
}

// --- display -----------------------------------------------------------------

void tst_ValueModels::displayText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << qsizetype(-1) << QString();
    QTest::newRow("ascii") << QByteArray("hello world!") << qsizetype(-1) << QStringLiteral("hello world!");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << qsizetype(-1) << QStringLiteral("a\\x00b");
    QTest::newRow("controls") << QByteArray("1\n2\r3\t4") << qsizetype(-1) << QStringLiteral("1\\n2\\r3\\t4");
    QTest::newRow("other controls") << QByteArray("\x01\x1b[31m\x7f") << qsizetype(-1)
                                    << QStringLiteral("\\x01\\x1b[31m\\x7f");
    QTest::newRow("backslash") << QByteArray("a\\x00") << qsizetype(-1) << QStringLiteral("a\\\\x00");
    QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80") << qsizetype(-1)
                           << QString::fromUtf8("grüß € 😀");
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe\x80") << qsizetype(-1) << QStringLiteral("\\xff\\xfe\\x80");
    QTest::newRow("truncated sequence") << QByteArray("a\xe2\x82") << qsizetype(-1) << QStringLiteral("a\\xe2\\x82");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << qsizetype(-1) << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << qsizetype(-1) << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("c1 control") << QByteArray("\xc2\x85") << qsizetype(-1) << QStringLiteral("\\xc2\\x85");
    QTest::newRow("bidi override") << QByteArray("a\xe2\x80\xae" "b") << qsizetype(-1)
                                   << QStringLiteral("a\\xe2\\x80\\xaeb");
    QTest::newRow("line separator") << QByteArray("\xe2\x80\xa8") << qsizetype(-1) << QStringLiteral("\\xe2\\x80\\xa8");
    QTest::newRow("html stays text") << QByteArray("<b>x</b>") << qsizetype(-1) << QStringLiteral("<b>x</b>");
    QTest::newRow("limit") << QByteArray("abcdef") << qsizetype(3) << QStringLiteral("abc\u2026");
    QTest::newRow("limit exact") << QByteArray("abc") << qsizetype(3) << QStringLiteral("abc");
    QTest::newRow("limit keeps characters whole") << QByteArray("a\xc3\xbc" "b") << qsizetype(2)
                                                  << QString::fromUtf8("aü\u2026");
}

void tst_ValueModels::displayText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, maxBytes);
    QFETCH(QString, expected);
    QCOMPARE(RedisValue::displayText(bytes, maxBytes), expected);
}

void tst_ValueModels::scoreText_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1.5") << 1.5 << QStringLiteral("1.5");
    QTest::newRow("3") << 3.0 << QStringLiteral("3");
    QTest::newRow("-0.25") << -0.25 << QStringLiteral("-0.25");
    QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("1e20") << 1e20 << QStringLiteral("1e+20");
    QTest::newRow("inf") << qInf() << QStringLiteral("inf");
    QTest::newRow("-inf") << -qInf() << QStringLiteral("-inf");
}

void tst_ValueModels::scoreText()
{
    QFETCH(double, score);
    QFETCH(QString, expected);
    QCOMPARE(RedisValueModel::scoreText(score), expected);
}

void tst_ValueModels::propertiesRolesAndHeaders_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Bytes>("roles");
    QTest::addColumn<int>("editableColumn");
    QTest::addColumn<QByteArray>("invokable");
    QTest::newRow("hash") << QByteArray("hash") << QStringList{"Field", "Value"}
                          << Bytes{"display", "edit", "field", "fieldText", "value", "valueText"} << 1
                          << QByteArray("setField(QByteArray,QByteArray)");
    QTest::newRow("list") << QByteArray("list") << QStringList{"Index", "Value"}
                          << Bytes{"display", "edit", "listIndex", "value", "valueText"} << 1
                          << QByteArray("push(QByteArray,bool)");
    QTest::newRow("set") << QByteArray("set") << QStringList{"Member"}
                         << Bytes{"display", "edit", "member", "memberText"} << -1
                         << QByteArray("addMember(QByteArray)");
    QTest::newRow("zset") << QByteArray("zset") << QStringList{"Member", "Score"}
                          << Bytes{"display", "edit", "member", "memberText", "score", "scoreText"} << 1
                          << QByteArray("setScore(QByteArray,double)");
    QTest::newRow("stream") << QByteArray("stream") << QStringList{"ID", "Fields"}
                            << Bytes{"display", "id", "fields", "fieldsText"} << -1
                            << QByteArray("addEntry(QList<QByteArray>,QByteArray)");
}

void tst_ValueModels::propertiesRolesAndHeaders()
{
    QFETCH(QByteArray, kind);
    QFETCH(QStringList, headers);
    QFETCH(Bytes, roles);
    QFETCH(int, editableColumn);
    QFETCH(QByteArray, invokable);

    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    QCOMPARE(model->columnCount(), headers.size());
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), headers.at(c));
    const QHash<int, QByteArray> names = model->roleNames();
    QCOMPARE(names.size(), roles.size());
    for (const QByteArray &role : roles)
        QVERIFY2(names.values().contains(role), role.constData());
    QVERIFY(model->metaObject()->indexOfMethod(invokable.constData()) >= 0);
    QVERIFY(model->metaObject()->indexOfMethod("reload()") >= 0);

    // Defaults, readable the way QML reads them.
    QCOMPARE(model->property("pageSize").toInt(), 500);
    QCOMPARE(model->property("totalCount").toLongLong(), qint64(-1));
    QCOMPARE(model->property("loadedCount").toInt(), 0);
    QCOMPARE(model->property("loading").toBool(), false);
    QCOMPARE(model->property("errorString").toString(), QString());
    QVERIFY(!model->canFetchMore(QModelIndex()));

    QSignalSpy keyChanged(model.get(), &RedisValueModel::keyChanged);
    QSignalSpy pageSizeChanged(model.get(), &RedisValueModel::pageSizeChanged);
    QVERIFY(model->setProperty("key", QByteArray("k\0", 2)));
    QCOMPARE(model->key(), QByteArray("k\0", 2));
    QCOMPARE(keyChanged.count(), 1);
    model->setPageSize(0);
    QCOMPARE(model->pageSize(), 1);
    QCOMPARE(pageSizeChanged.count(), 1);
    QVERIFY(model->setProperty("client", QVariant::fromValue(m_client.get())));
    QCOMPARE(model->client(), m_client.get());

    // Flags, with one row loaded.
    const QByteArray key = "props";
    QVERIFY(load(makeDataset(kind, key, 1).commands));
    model->setKey(key);
    QVERIFY(loadAll(*model));
    QVERIFY(model->rowCount() > 0);
    for (int c = 0; c < model->columnCount(); ++c) {
        const Qt::ItemFlags flags = model->flags(model->index(0, c));
        QVERIFY(flags & Qt::ItemIsEnabled);
        QVERIFY(flags & Qt::ItemIsSelectable);
        QCOMPARE(bool(flags & Qt::ItemIsEditable), c == editableColumn);
        if (c != editableColumn)
            QVERIFY(!model->setData(model->index(0, c), QByteArray("x")));
    }
}

// --- loading -----------------------------------------------------------------

void tst_ValueModels::paging_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QByteArray>("command");
    for (const char *kind : {"hash", "list", "set", "zset", "stream"}) {
        static const QHash<QByteArray, QByteArray> commands{
                {"hash", "hscan"}, {"list", "lrange"}, {"set", "sscan"}, {"zset", "zrange"}, {"stream", "xrange"}};
        QTest::newRow(kind) << QByteArray(kind) << commands.value(kind);
    }
}

void tst_ValueModels::paging()
{
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, command);
    const QByteArray key = "big:" + kind;
    const Dataset ds = makeDataset(kind, key, 2345 - int(binaryItems().size()));
    QCOMPARE(ds.rows.size(), 2345);
    QVERIFY2(load(ds.commands), qPrintable(server().errorString()));
    server().cli({QStringLiteral("CONFIG"), QStringLiteral("RESETSTAT")});

    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    const auto check = tester(model.get());
    Inserted inserted;
    inserted.attach(model.get());
    QSignalSpy errors(model.get(), &RedisValueModel::errorOccurred);
    QSignalSpy loadingChanged(model.get(), &RedisValueModel::loadingChanged);
    QElapsedTimer timer;
    timer.start();
    model->setClient(m_client.get());
    model->setKey(key);
    QVERIFY(model->isLoading());           // from setKey() on, until the page is in
    QCOMPARE(model->rowCount(), 0);        // nothing arrives inside setKey()
    QVERIFY(loadAll(*model));
    qInfo() << kind << "2345 rows loaded in" << timer.elapsed() << "ms (with QAbstractItemModelTester)";
    QVERIFY(roundTrip());
    QCOMPARE(errors.count(), 0);
    QVERIFY(loadingChanged.count() >= 2);
    QVERIFY(!model->isLoading());
    QVERIFY(model->atEnd());
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QCOMPARE(model->rowCount(), 2345);
    QCOMPARE(model->loadedCount(), 2345);
    QCOMPARE(model->totalCount(), qint64(2345));
    QCOMPARE(model->errorString(), QString());

    Rows actual = modelRows(*model, kind);
    Rows expected = ds.rows;
    if (!isOrdered(kind)) {
        sortRows(actual);
        sortRows(expected);
    }
    QVERIFY2(actual == expected, qPrintable(describeRows(actual, expected)));

    // It came in pages, one command each.
    const QByteArray stats = server().cli({QStringLiteral("INFO"), QStringLiteral("commandstats")});
    const QRegularExpression re(QStringLiteral("cmdstat_%1:calls=(\\d+)").arg(QString::fromLatin1(command)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(stats));
    QVERIFY2(m.hasMatch(), stats.constData());
    const int calls = m.captured(1).toInt();
    qInfo() << kind << "pages:" << inserted.sizes.size() << "commands:" << calls;
    if (isOrdered(kind)) {
        QCOMPARE(inserted.sizes, (QList<int>{500, 500, 500, 500, 345}));
        QCOMPARE(calls, 5);
    } else {
        QVERIFY(inserted.sizes.size() >= 2);
        QVERIFY(calls >= inserted.sizes.size());
        for (int size : std::as_const(inserted.sizes))
            QVERIFY(size <= 2 * 500);
    }
    MATCHES_SERVER(*model, kind, key);
}

void tst_ValueModels::firstPageOnly_data()
{
    QTest::addColumn<QByteArray>("kind");
    for (const char *kind : {"hash", "list", "set", "zset", "stream"})
        QTest::newRow(kind) << QByteArray(kind);
}

void tst_ValueModels::firstPageOnly()
{
    QFETCH(QByteArray, kind);
    const QByteArray key = "first:" + kind;
    const Dataset ds = makeDataset(kind, key, 2000);
    QVERIFY(load(ds.commands));

    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    QSignalSpy loadedCountChanged(model.get(), &RedisValueModel::loadedCountChanged);
    QSignalSpy totalCountChanged(model.get(), &RedisValueModel::totalCountChanged);
    model->setClient(m_client.get());
    model->setKey(key);
    QVERIFY(waitIdle(*model));
    QVERIFY(roundTrip());
    // Without a view asking for more, one page is all there is.
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < ds.rows.size());
    if (isOrdered(kind))
        QCOMPARE(model->rowCount(), 500);
    QCOMPARE(model->loadedCount(), model->rowCount());
    QCOMPARE(model->totalCount(), qint64(ds.rows.size()));
    QVERIFY(totalCountChanged.count() >= 1);
    QVERIFY(loadedCountChanged.count() >= 1);
    QVERIFY(model->canFetchMore(QModelIndex()));
    QVERIFY(!model->atEnd());

    const int before = model->rowCount();
    model->loadMore();
    QVERIFY(model->isLoading());
    QVERIFY(waitIdle(*model));
    QVERIFY(model->rowCount() > before);
    if (isOrdered(kind)) {
        QCOMPARE(model->rowCount(), 1000);
        QCOMPARE(modelRows(*model, kind), ds.rows.mid(0, 1000));
    }
}

void tst_ValueModels::binaryContent_data()
{
    QTest::addColumn<QByteArray>("kind");
    for (const char *kind : {"hash", "list", "set", "zset", "stream"})
        QTest::newRow(kind) << QByteArray(kind);
}

void tst_ValueModels::binaryContent()
{
    QFETCH(QByteArray, kind);
    const QByteArray key = "bin:" + kind;
    const Dataset ds = makeDataset(kind, key, 3);
    QVERIFY(load(ds.commands));
    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    const auto check = tester(model.get());
    model->setClient(m_client.get());
    model->setKey(key);
    QVERIFY(loadAll(*model));
    MATCHES_SERVER(*model, kind, key);

    // Every binary item shows escaped and comes back raw.
    const int column = kind == "hash" ? 0 : kind == "list" ? 1 : 0;
    const int role = kind == "hash" ? int(RedisValueModel::FieldRole)
            : kind == "list"        ? int(RedisValueModel::ValueRole)
                                    : int(RedisValueModel::MemberRole);
    int seen = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (kind == "stream") {
            const QVariantList fields = index.data(RedisValueModel::FieldsRole).toList();
            QString text;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if (i)
                    text += QLatin1Char(' ');
                text += RedisValue::displayText(fields.at(i).toByteArray()) + QLatin1Char('=')
                        + RedisValue::displayText(fields.at(i + 1).toByteArray());
            }
            QCOMPARE(model->index(row, 1).data().toString(), text);
            QCOMPARE(index.data(RedisValueModel::FieldsTextRole).toString(), text);
            if (binaryItems().contains(fields.value(0).toByteArray()))
                ++seen;
            continue;
        }
        const QByteArray raw = index.data(role).toByteArray();
        const QString display = index.data(Qt::DisplayRole).toString();
        QCOMPARE(display, RedisValue::displayText(raw));
        QVERIFY(!display.contains(QChar(0)));
        QVERIFY(!display.contains(QLatin1Char('\n')));
        QVERIFY(!display.contains(QLatin1Char('\r')));
        if (binaryItems().contains(raw))
            ++seen;
        if (raw == QByteArray("\0", 1))
            QCOMPARE(display, QStringLiteral("\\x00"));
        if (raw == "crlf\r\nvalue")
            QCOMPARE(display, QStringLiteral("crlf\\r\\nvalue"));
        if (raw == "\xff\xfe\x80")
            QCOMPARE(display, QStringLiteral("\\xff\\xfe\\x80"));
        const QVariant edit = index.data(Qt::EditRole);
        if (raw.isValidUtf8())
            QCOMPARE(edit.toString().toUtf8(), raw);
        else
            QCOMPARE(edit.toByteArray(), raw);
    }
    QCOMPARE(seen, int(binaryItems().size()));
}

// --- edits -------------------------------------------------------------------

void tst_ValueModels::hashEdits()
{
    server().cli({QStringLiteral("HSET"), QStringLiteral("h"), QStringLiteral("a"), QStringLiteral("1"),
                  QStringLiteral("b"), QStringLiteral("2")});
    RedisHashModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("h");
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 2);

    EDIT_OK(model, model.setField("c", "3"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf("c"), 2);
    QCOMPARE(model.valueAt(2), QByteArray("3"));
    QCOMPARE(server().cli({QStringLiteral("HGET"), QStringLiteral("h"), QStringLiteral("c")}), QByteArray("3"));
    MATCHES_SERVER(model, "hash", "h");

    const int rowA = model.rowOf("a");
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    EDIT_OK(model, model.setField("a", "10"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf("a"), rowA);
    QCOMPARE(model.index(rowA, RedisHashModel::ValueColumn).data().toString(), QStringLiteral("10"));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(), model.index(rowA, RedisHashModel::ValueColumn));
    QCOMPARE(server().cli({QStringLiteral("HGET"), QStringLiteral("h"), QStringLiteral("a")}), QByteArray("10"));
    MATCHES_SERVER(model, "hash", "h");

    EDIT_OK(model, model.removeField("b"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf("b"), -1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.fieldAt(row)), row);
    QCOMPARE(server().cli({QStringLiteral("HEXISTS"), QStringLiteral("h"), QStringLiteral("b")}), QByteArray("0"));
    MATCHES_SERVER(model, "hash", "h");

    // setData() on the Value column is HSET.
    const QModelIndex cValue = model.index(model.rowOf("c"), RedisHashModel::ValueColumn);
    EDIT_OK(model, QVERIFY(model.setData(cValue, QStringLiteral("thirty"))));
    QCOMPARE(cValue.data().toString(), QStringLiteral("thirty"));
    QCOMPARE(cValue.data(Qt::EditRole).toString(), QStringLiteral("thirty"));
    QCOMPARE(server().cli({QStringLiteral("HGET"), QStringLiteral("h"), QStringLiteral("c")}), QByteArray("thirty"));
    EDIT_OK(model, QVERIFY(model.setData(cValue, QByteArray("raw\0", 4), RedisValueModel::ValueRole)));
    QCOMPARE(cValue.data(RedisValueModel::ValueRole).toByteArray(), QByteArray("raw\0", 4));
    QCOMPARE(cValue.data().toString(), QStringLiteral("raw\\x00"));
    MATCHES_SERVER(model, "hash", "h");
    QCOMPARE(model.totalCount(), qint64(2));
}

void tst_ValueModels::listEdits()
{
    server().cli({QStringLiteral("RPUSH"), QStringLiteral("l"), QStringLiteral("a"), QStringLiteral("b"),
                  QStringLiteral("c")});
    RedisListModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("l");
    QVERIFY(loadAll(model));
    auto values = [&model] {
        Bytes v;
        for (int row = 0; row < model.rowCount(); ++row) {
            v.append(model.valueAt(row));
            if (model.index(row, RedisListModel::IndexColumn).data().toString() != QString::number(row))
                v.append("<bad index>");
            if (model.index(row, 0).data(RedisValueModel::IndexRole).toLongLong() != row)
                v.append("<bad index role>");
        }
        return v;
    };
    QCOMPARE(values(), (Bytes{"a", "b", "c"}));

    EDIT_OK(model, model.push("z", true));
    QCOMPARE(values(), (Bytes{"z", "a", "b", "c"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, model.push("d"));
    QCOMPARE(values(), (Bytes{"z", "a", "b", "c", "d"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, model.pop(true));
    QCOMPARE(values(), (Bytes{"a", "b", "c", "d"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, model.pop(false));
    QCOMPARE(values(), (Bytes{"a", "b", "c"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, model.setAt(1, "B"));
    QCOMPARE(values(), (Bytes{"a", "B", "c"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, model.removeAt(0));
    QCOMPARE(values(), (Bytes{"B", "c"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, model.setAt(-1, "C"));            // negative: read again
    QCOMPARE(values(), (Bytes{"B", "C"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, model.removeAt(-2));
    QCOMPARE(values(), (Bytes{"C"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, QVERIFY(model.setData(model.index(0, RedisListModel::ValueColumn), QStringLiteral("x"))));
    QCOMPARE(values(), (Bytes{"x"}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_OK(model, model.pop(true));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), qint64(0));
    QCOMPARE(server().cli({QStringLiteral("EXISTS"), QStringLiteral("l")}), QByteArray("0"));
    EDIT_OK(model, model.push("again"));             // creates the key again
    QCOMPARE(values(), (Bytes{"again"}));
    MATCHES_SERVER(model, "list", "l");
}

void tst_ValueModels::listRemoveAtWithDuplicates()
{
    server().cli({QStringLiteral("RPUSH"), QStringLiteral("l"), QStringLiteral("a"), QStringLiteral("b"),
                  QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")});
    RedisListModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("l");
    QVERIFY(loadAll(model));
    EDIT_OK(model, model.removeAt(2));   // the middle "a", not the first one
    MATCHES_SERVER(model, "list", "l");
    QCOMPARE(serverRows("list", "l"), (Rows{{"a"}, {"b"}, {"b"}, {"a"}}));
    EDIT_OK(model, model.removeAt(3));
    QCOMPARE(serverRows("list", "l"), (Rows{{"a"}, {"b"}, {"b"}}));
    MATCHES_SERVER(model, "list", "l");
    EDIT_FAILS(model, model.removeAt(3));  // out of range: nothing changes
    QCOMPARE(serverRows("list", "l"), (Rows{{"a"}, {"b"}, {"b"}}));
    MATCHES_SERVER(model, "list", "l");
}

void tst_ValueModels::listEditsPartiallyLoaded()
{
    Bytes cmd{"RPUSH", "l"};
    for (int i = 0; i < 30; ++i)
        cmd << numbered("e", i);
    QVERIFY(load({cmd}));
    RedisListModel model;
    model.setPageSize(10);
    model.setClient(m_client.get());
    model.setKey("l");
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 10);

    EDIT_OK(model, model.push("tail"));            // not loaded: the last page brings it
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.totalCount(), qint64(31));
    EDIT_OK(model, model.push("head", true));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.valueAt(0), QByteArray("head"));
    QCOMPARE(model.valueAt(10), QByteArray("e9"));
    EDIT_OK(model, model.pop(false));               // "tail" again
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.totalCount(), qint64(31));
    EDIT_OK(model, model.removeAt(5));
    QCOMPARE(model.rowCount(), 10);
    EDIT_OK(model, model.setAt(20, "twenty"));      // beyond what is loaded
    QCOMPARE(model.rowCount(), 10);

    const auto check = tester(&model);
    QVERIFY(loadAll(model));
    MATCHES_SERVER(model, "list", "l");
    QCOMPARE(model.rowCount(), 30);
}

void tst_ValueModels::listConcurrentChangeIsReread()
{
    server().cli({QStringLiteral("RPUSH"), QStringLiteral("l"), QStringLiteral("a"), QStringLiteral("b")});
    RedisListModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("l");
    QVERIFY(loadAll(model));
    // Someone else pushes: the count after our edit tells, the rows are read again.
    server().cli({QStringLiteral("LPUSH"), QStringLiteral("l"), QStringLiteral("other")});
    EDIT_OK(model, model.push("mine"));
    MATCHES_SERVER(model, "list", "l");
    QCOMPARE(model.valueAt(0), QByteArray("other"));
    QCOMPARE(model.rowCount(), 4);
    server().cli({QStringLiteral("RPOP"), QStringLiteral("l")});
    EDIT_OK(model, model.pop(false));
    MATCHES_SERVER(model, "list", "l");
    QCOMPARE(model.rowCount(), 2);
}

void tst_ValueModels::setEdits()
{
    server().cli({QStringLiteral("SADD"), QStringLiteral("s"), QStringLiteral("a"), QStringLiteral("b")});
    RedisSetModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("s");
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 2);

    EDIT_OK(model, model.addMember("c"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.memberAt(model.rowOf("c")), QByteArray("c"));
    MATCHES_SERVER(model, "set", "s");
    EDIT_OK(model, model.addMember("a"));   // already a member: no second row
    QCOMPARE(model.rowCount(), 3);
    MATCHES_SERVER(model, "set", "s");
    EDIT_OK(model, model.removeMember("b"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf("b"), -1);
    QCOMPARE(server().cli({QStringLiteral("SISMEMBER"), QStringLiteral("s"), QStringLiteral("b")}), QByteArray("0"));
    MATCHES_SERVER(model, "set", "s");
    EDIT_FAILS(model, model.removeMember("b"));
    MATCHES_SERVER(model, "set", "s");
}

void tst_ValueModels::sortedSetEdits()
{
    server().cli({QStringLiteral("ZADD"), QStringLiteral("z"), QStringLiteral("1"), QStringLiteral("a"),
                  QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("3"), QStringLiteral("c")});
    RedisSortedSetModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("z");
    QVERIFY(loadAll(model));
    auto members = [&model] {
        Bytes m;
        for (int row = 0; row < model.rowCount(); ++row)
            m.append(model.memberAt(row));
        return m;
    };
    QCOMPARE(members(), (Bytes{"a", "b", "c"}));
    QCOMPARE(model.index(2, RedisSortedSetModel::ScoreColumn).data().toString(), QStringLiteral("3"));

    EDIT_OK(model, model.addMember("d", 0.5));      // rank 0: everything shifts
    QCOMPARE(members(), (Bytes{"d", "a", "b", "c"}));
    QCOMPARE(model.index(0, RedisSortedSetModel::ScoreColumn).data().toString(), QStringLiteral("0.5"));
    MATCHES_SERVER(model, "zset", "z");
    EDIT_OK(model, model.setScore("c", -1));
    QCOMPARE(members(), (Bytes{"c", "d", "a", "b"}));
    QCOMPARE(model.scoreAt(0), -1.0);
    QCOMPARE(server().cli({QStringLiteral("ZSCORE"), QStringLiteral("z"), QStringLiteral("c")}), QByteArray("-1"));
    MATCHES_SERVER(model, "zset", "z");
    EDIT_FAILS(model, model.setScore("nobody", 7));  // XX: not added
    QCOMPARE(server().cli({QStringLiteral("ZSCORE"), QStringLiteral("z"), QStringLiteral("nobody")}), QByteArray());
    MATCHES_SERVER(model, "zset", "z");
    EDIT_OK(model, model.removeMember("a"));
    QCOMPARE(members(), (Bytes{"c", "d", "b"}));
    MATCHES_SERVER(model, "zset", "z");
    EDIT_FAILS(model, model.removeMember("a"));

    // setData() on the Score column is setScore().
    const QModelIndex bScore = model.index(model.rowOf("b"), RedisSortedSetModel::ScoreColumn);
    EDIT_OK(model, QVERIFY(model.setData(bScore, 1.5)));
    QCOMPARE(model.index(model.rowOf("b"), 1).data().toString(), QStringLiteral("1.5"));
    EDIT_OK(model, QVERIFY(model.setData(model.index(model.rowOf("b"), 1), QStringLiteral("inf"))));
    QCOMPARE(model.rowOf("b"), 2);
    QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("inf"));
    QCOMPARE(model.index(2, 1).data(RedisValueModel::ScoreTextRole).toString(), QStringLiteral("inf"));
    QVERIFY(!model.setData(model.index(2, 1), QStringLiteral("not a number")));
    EDIT_OK(model, model.addMember("e", -qInf()));
    QCOMPARE(model.memberAt(0), QByteArray("e"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("-inf"));
    QCOMPARE(model.index(0, 1).data(RedisValueModel::ScoreRole).toDouble(), -qInf());
    MATCHES_SERVER(model, "zset", "z");
}

void tst_ValueModels::sortedSetEditsPartiallyLoaded()
{
    Bytes cmd{"ZADD", "z"};
    for (int i = 0; i < 30; ++i)
        cmd << QByteArray::number(i) << numbered("m", i);
    QVERIFY(load({cmd}));
    RedisSortedSetModel model;
    model.setPageSize(10);
    model.setClient(m_client.get());
    model.setKey("z");
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 10);

    EDIT_OK(model, model.addMember("low", -1));   // the loaded window is read again
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.memberAt(0), QByteArray("low"));
    QCOMPARE(model.memberAt(9), QByteArray("m8"));
    EDIT_OK(model, model.setScore("m3", 100));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowOf("m3"), -1);
    QCOMPARE(model.memberAt(9), QByteArray("m9"));
    QCOMPARE(model.totalCount(), qint64(31));

    const auto check = tester(&model);
    QVERIFY(loadAll(model));
    MATCHES_SERVER(model, "zset", "z");
    QCOMPARE(model.memberAt(30), QByteArray("m3"));
}

void tst_ValueModels::streamEdits()
{
    server().cli({QStringLiteral("XADD"), QStringLiteral("x"), QStringLiteral("1-1"), QStringLiteral("a"),
                  QStringLiteral("1")});
    RedisStreamModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("x");
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), QByteArray("1-1"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("1-1"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("a=1"));

    EDIT_OK(model, model.addEntry({"f", "v", "g", "w w"}));
    QCOMPARE(model.rowCount(), 2);
    const QByteArray lastId = server().cli({QStringLiteral("XREVRANGE"), QStringLiteral("x"), QStringLiteral("+"),
                                            QStringLiteral("-"), QStringLiteral("COUNT"), QStringLiteral("1")})
                                      .split('\n')
                                      .value(0);
    QCOMPARE(model.idAt(1), lastId);   // the ID the server chose
    QCOMPARE(model.index(1, 0).data(RedisValueModel::IdRole).toByteArray(), lastId);
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("f=v g=w w"));
    QCOMPARE(model.index(1, 0).data(RedisValueModel::FieldsRole).toList(),
             (QVariantList{QByteArray("f"), QByteArray("v"), QByteArray("g"), QByteArray("w w")}));
    QCOMPARE(model.fieldsAt(1), (Bytes{"f", "v", "g", "w w"}));
    MATCHES_SERVER(model, "stream", "x");

    EDIT_OK(model, model.addEntry({"h", "1"}, "99999999999999-7"));
    QCOMPARE(model.idAt(2), QByteArray("99999999999999-7"));
    MATCHES_SERVER(model, "stream", "x");
    EDIT_OK(model, model.addEntryFromList({QStringLiteral("from"), QByteArray("qml")}));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.fieldsAt(3), (Bytes{"from", "qml"}));
    MATCHES_SERVER(model, "stream", "x");

    EDIT_FAILS(model, model.addEntry({"h", "1"}, "1-0"));   // not after the last ID
    EDIT_FAILS(model, model.addEntry({"odd"}));
    EDIT_FAILS(model, model.addEntry({}));
    QCOMPARE(model.rowCount(), 4);
    MATCHES_SERVER(model, "stream", "x");

    EDIT_OK(model, model.removeEntry(lastId));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(lastId), -1);
    MATCHES_SERVER(model, "stream", "x");
    EDIT_FAILS(model, model.removeEntry(lastId));
    EDIT_FAILS(model, model.removeEntry("5-5"));
    MATCHES_SERVER(model, "stream", "x");
}

void tst_ValueModels::streamEditsPartiallyLoaded()
{
    QList<Bytes> commands;
    for (int i = 1; i <= 25; ++i)
        commands.append({"XADD", "x", QByteArray::number(i) + "-0", "n", QByteArray::number(i)});
    QVERIFY(load(commands));
    RedisStreamModel model;
    model.setPageSize(10);
    model.setClient(m_client.get());
    model.setKey("x");
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 10);
    EDIT_OK(model, model.addEntry({"new", "entry"}));
    QCOMPARE(model.rowCount(), 10);             // the last page brings it
    QCOMPARE(model.totalCount(), qint64(26));
    EDIT_OK(model, model.removeEntry("3-0"));
    QCOMPARE(model.rowCount(), 9);
    EDIT_OK(model, model.removeEntry("20-0"));  // not loaded yet
    QCOMPARE(model.rowCount(), 9);

    const auto check = tester(&model);
    QVERIFY(loadAll(model));
    MATCHES_SERVER(model, "stream", "x");
    QCOMPARE(model.rowCount(), 24);
    QCOMPARE(model.fieldsAt(23), (Bytes{"new", "entry"}));
}

void tst_ValueModels::streamConcurrentChangeIsReread()
{
    server().cli({QStringLiteral("XADD"), QStringLiteral("x"), QStringLiteral("1-1"), QStringLiteral("a"),
                  QStringLiteral("1")});
    RedisStreamModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("x");
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 1);
    // Someone else adds an entry: the count after ours tells, the entries are read again.
    server().cli({QStringLiteral("XADD"), QStringLiteral("x"), QStringLiteral("2-0"), QStringLiteral("other"),
                  QStringLiteral("1")});
    EDIT_OK(model, model.addEntry({"mine", "1"}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.idAt(1), QByteArray("2-0"));
    MATCHES_SERVER(model, "stream", "x");
    server().cli({QStringLiteral("XDEL"), QStringLiteral("x"), QStringLiteral("1-1")});
    EDIT_OK(model, model.removeEntry("2-0"));
    QCOMPARE(model.rowCount(), 1);
    MATCHES_SERVER(model, "stream", "x");
}

void tst_ValueModels::binaryEdits_data()
{
    QTest::addColumn<QByteArray>("kind");
    for (const char *kind : {"hash", "list", "set", "zset", "stream"})
        QTest::newRow(kind) << QByteArray(kind);
}

void tst_ValueModels::binaryEdits()
{
    QFETCH(QByteArray, kind);
    const QByteArray key = "binedit";
    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    const auto check = tester(model.get());
    model->setClient(m_client.get());
    model->setKey(key);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), qint64(0));

    const QByteArray a("a\0b\r\n\xff", 6);
    const QByteArray b("\xc3\x28\0\t\\", 5);
    for (const QByteArray &item : binaryItems() + Bytes{a, b}) {
        if (kind == "hash")
            EDIT_OK(*model, static_cast<RedisHashModel *>(model.get())->setField(item, item + b));
        else if (kind == "list")
            EDIT_OK(*model, static_cast<RedisListModel *>(model.get())->push(item));
        else if (kind == "set")
            EDIT_OK(*model, static_cast<RedisSetModel *>(model.get())->addMember(item));
        else if (kind == "zset")
            EDIT_OK(*model, static_cast<RedisSortedSetModel *>(model.get())->addMember(item, 2.5));
        else
            EDIT_OK(*model, static_cast<RedisStreamModel *>(model.get())->addEntry({item, item + b}));
    }
    MATCHES_SERVER(*model, kind, key);
    QCOMPARE(model->rowCount(), int(binaryItems().size()) + 2);

    // The raw roles hold the bytes, the display escapes them.
    const QString aText = QStringLiteral("a\\x00b\\r\\n\\xff");
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, 0);
        if (kind == "stream") {
            if (first.data(RedisValueModel::FieldsRole).toList().value(0).toByteArray() == a) {
                found = true;
                QCOMPARE(model->index(row, 1).data().toString(),
                         aText + QStringLiteral("=") + aText + QStringLiteral("\\xc3(\\x00\\t\\\\"));
            }
            continue;
        }
        const int role = kind == "hash" ? int(RedisValueModel::FieldRole)
                : kind == "list"        ? int(RedisValueModel::ValueRole)
                                        : int(RedisValueModel::MemberRole);
        const int column = kind == "list" ? 1 : 0;
        if (first.data(role).toByteArray() == a) {
            found = true;
            QCOMPARE(model->index(row, column).data().toString(), aText);
            QCOMPARE(model->index(row, column).data(Qt::EditRole).toByteArray(), a);
        }
    }
    QVERIFY(found);

    // Removing by binary name works too.
    if (kind == "hash")
        EDIT_OK(*model, static_cast<RedisHashModel *>(model.get())->removeField(a));
    else if (kind == "list")
        EDIT_OK(*model, static_cast<RedisListModel *>(model.get())->removeAt(1));
    else if (kind == "set")
        EDIT_OK(*model, static_cast<RedisSetModel *>(model.get())->removeMember(a));
    else if (kind == "zset")
        EDIT_OK(*model, static_cast<RedisSortedSetModel *>(model.get())->removeMember(a));
    else
        EDIT_OK(*model, static_cast<RedisStreamModel *>(model.get())->removeEntry(
                static_cast<RedisStreamModel *>(model.get())->idAt(0)));
    MATCHES_SERVER(*model, kind, key);
    QCOMPARE(model->rowCount(), int(binaryItems().size()) + 1);
}

void tst_ValueModels::editFailures_data()
{
    using Call = std::function<void(RedisValueModel *)>;
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<Call>("call");
    QTest::addColumn<QString>("message");
    auto hash = [](auto f) { return Call([f](RedisValueModel *m) { f(static_cast<RedisHashModel *>(m)); }); };
    auto list = [](auto f) { return Call([f](RedisValueModel *m) { f(static_cast<RedisListModel *>(m)); }); };
    auto set = [](auto f) { return Call([f](RedisValueModel *m) { f(static_cast<RedisSetModel *>(m)); }); };
    auto zset = [](auto f) { return Call([f](RedisValueModel *m) { f(static_cast<RedisSortedSetModel *>(m)); }); };
    auto stream = [](auto f) { return Call([f](RedisValueModel *m) { f(static_cast<RedisStreamModel *>(m)); }); };
    QTest::newRow("hash: no such field") << QByteArray("hash") << QByteArray("h")
                                         << hash([](RedisHashModel *m) { m->removeField("nope"); }) << QString();
    QTest::newRow("hash: wrong type") << QByteArray("hash") << QByteArray("str")
                                      << hash([](RedisHashModel *m) { m->setField("f", "v"); })
                                      << QStringLiteral("WRONGTYPE");
    QTest::newRow("list: pop empty") << QByteArray("list") << QByteArray("missing")
                                     << list([](RedisListModel *m) { m->pop(true); }) << QString();
    QTest::newRow("list: setAt out of range") << QByteArray("list") << QByteArray("l")
                                              << list([](RedisListModel *m) { m->setAt(99, "x"); })
                                              << QStringLiteral("out of range");
    QTest::newRow("list: setAt no such key") << QByteArray("list") << QByteArray("missing")
                                             << list([](RedisListModel *m) { m->setAt(0, "x"); })
                                             << QStringLiteral("no such key");
    QTest::newRow("list: removeAt out of range") << QByteArray("list") << QByteArray("l")
                                                 << list([](RedisListModel *m) { m->removeAt(-99); })
                                                 << QStringLiteral("out of range");
    QTest::newRow("list: wrong type") << QByteArray("list") << QByteArray("str")
                                      << list([](RedisListModel *m) { m->push("x"); }) << QStringLiteral("WRONGTYPE");
    QTest::newRow("set: no such member") << QByteArray("set") << QByteArray("s")
                                         << set([](RedisSetModel *m) { m->removeMember("nope"); }) << QString();
    QTest::newRow("set: wrong type") << QByteArray("set") << QByteArray("str")
                                     << set([](RedisSetModel *m) { m->addMember("x"); }) << QStringLiteral("WRONGTYPE");
    QTest::newRow("zset: setScore no such member")
            << QByteArray("zset") << QByteArray("z") << zset([](RedisSortedSetModel *m) { m->setScore("nope", 1); })
            << QString();
    QTest::newRow("zset: nan") << QByteArray("zset") << QByteArray("z")
                               << zset([](RedisSortedSetModel *m) { m->addMember("x", qQNaN()); }) << QString();
    QTest::newRow("zset: wrong type") << QByteArray("zset") << QByteArray("str")
                                      << zset([](RedisSortedSetModel *m) { m->addMember("x", 1); })
                                      << QStringLiteral("WRONGTYPE");
    QTest::newRow("stream: no such entry") << QByteArray("stream") << QByteArray("x")
                                           << stream([](RedisStreamModel *m) { m->removeEntry("9-9"); }) << QString();
    QTest::newRow("stream: bad id") << QByteArray("stream") << QByteArray("x")
                                    << stream([](RedisStreamModel *m) { m->addEntry({"a", "b"}, "not-an-id"); })
                                    << QString();
    QTest::newRow("stream: wrong type") << QByteArray("stream") << QByteArray("str")
                                        << stream([](RedisStreamModel *m) { m->addEntry({"a", "b"}); })
                                        << QStringLiteral("WRONGTYPE");
}

void tst_ValueModels::editFailures()
{
    using Call = std::function<void(RedisValueModel *)>;
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, key);
    QFETCH(Call, call);
    QFETCH(QString, message);
    QVERIFY(load({{"SET", "str", "text"}, {"HSET", "h", "a", "1"}, {"RPUSH", "l", "a", "b"},
                  {"SADD", "s", "a"}, {"ZADD", "z", "1", "a"}, {"XADD", "x", "1-1", "a", "1"}}));
    const Rows before = serverRows(kind, key);

    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    const auto check = tester(model.get());
    model->setClient(m_client.get());
    model->setKey(key);
    QVERIFY(loadAll(*model));
    const Rows rows = modelRows(*model, kind);

    bool ok = true;
    QString text;
    QVERIFY2(edit(*model, [&] { call(model.get()); }, &ok, &text), "no single editFinished");
    QVERIFY(!ok);
    QVERIFY(!text.isEmpty());
    if (!message.isEmpty())
        QVERIFY2(text.contains(message, Qt::CaseInsensitive), qPrintable(text));
    QCOMPARE(modelRows(*model, kind), rows);   // nothing changed
    if (key == "str")
        QCOMPARE(server().cli({QStringLiteral("GET"), QStringLiteral("str")}), QByteArray("text"));
    else
        QCOMPARE(serverRows(kind, key), before);
    QCOMPARE(server().cli({QStringLiteral("DBSIZE")}), QByteArray("6"));
}

// --- errors and odd situations ---------------------------------------------------

void tst_ValueModels::wrongType_data()
{
    QTest::addColumn<QByteArray>("kind");
    for (const char *kind : {"hash", "list", "set", "zset", "stream"})
        QTest::newRow(kind) << QByteArray(kind);
}

void tst_ValueModels::wrongType()
{
    QFETCH(QByteArray, kind);
    server().cli({QStringLiteral("SET"), QStringLiteral("str"), QStringLiteral("text")});
    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    const auto check = tester(model.get());
    QSignalSpy errors(model.get(), &RedisValueModel::errorOccurred);
    QSignalSpy errorChanged(model.get(), &RedisValueModel::errorStringChanged);
    model->setClient(m_client.get());
    model->setKey("str");
    QVERIFY(errors.wait(Timeout));
    QVERIFY(waitIdle(*model));
    QVERIFY(roundTrip());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errorChanged.count(), 1);
    QVERIFY2(model->errorString().startsWith(QStringLiteral("WRONGTYPE")), qPrintable(model->errorString()));
    QCOMPARE(errors.at(0).at(0).toString(), model->errorString());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), qint64(-1));
    QVERIFY(!model->canFetchMore(QModelIndex()));
    model->fetchMore(QModelIndex());   // nothing happens
    QVERIFY(!model->isLoading());

    // The key becomes the right type: reload() recovers.
    server().cli({QStringLiteral("DEL"), QStringLiteral("str")});
    QVERIFY(load(makeDataset(kind, "str", 2).commands));
    model->reload();
    QVERIFY(loadAll(*model));
    QCOMPARE(model->errorString(), QString());
    MATCHES_SERVER(*model, kind, "str");
}

void tst_ValueModels::missingKey_data()
{
    wrongType_data();
}

void tst_ValueModels::missingKey()
{
    QFETCH(QByteArray, kind);
    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    const auto check = tester(model.get());
    QSignalSpy errors(model.get(), &RedisValueModel::errorOccurred);
    model->setClient(m_client.get());
    model->setKey("missing");
    QVERIFY(loadAll(*model));
    QVERIFY(roundTrip());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), qint64(0));
    QVERIFY(model->atEnd());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(model->errorString(), QString());
}

void tst_ValueModels::keyDeletedMeanwhile_data()
{
    wrongType_data();
}

void tst_ValueModels::keyDeletedMeanwhile()
{
    QFETCH(QByteArray, kind);
    const QByteArray key = "gone";
    // More than the 512 entries a small hash is kept in (listpack): HSCAN pages.
    QVERIFY(load(makeDataset(kind, key, 1000).commands));
    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    QSignalSpy errors(model.get(), &RedisValueModel::errorOccurred);
    model->setPageSize(50);
    model->setClient(m_client.get());
    model->setKey(key);
    QVERIFY(waitIdle(*model));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->canFetchMore(QModelIndex()));
    const auto check = tester(model.get());   // from here on: it loads every page it can

    server().cli({QStringLiteral("DEL"), QString::fromLatin1(key)});
    QVERIFY(loadAll(*model));
    QVERIFY(roundTrip());
    // The next page found nothing and the count said 0: the model is empty.
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), qint64(0));
    QVERIFY(model->atEnd());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(model->errorString(), QString());

    model->reload();
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), qint64(0));
    QCOMPARE(errors.count(), 0);
}

void tst_ValueModels::clientNotConnected_data()
{
    wrongType_data();
}

void tst_ValueModels::clientNotConnected()
{
    QFETCH(QByteArray, kind);
    const QByteArray key = "later";
    const Dataset ds = makeDataset(kind, key, 3);
    QVERIFY(load(ds.commands));

    RedisClient offline;
    offline.setAutoReconnect(false);
    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    const auto check = tester(model.get());
    QSignalSpy errors(model.get(), &RedisValueModel::errorOccurred);
    model->setClient(&offline);
    model->setKey(key);
    QVERIFY(errors.wait(Timeout));
    QVERIFY(!model->errorString().isEmpty());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QVERIFY(waitIdle(*model));

    // An edit fails once, from the event loop.
    QSignalSpy finished(model.get(), &RedisValueModel::editFinished);
    if (kind == "hash")
        static_cast<RedisHashModel *>(model.get())->setField("x", "y");
    else if (kind == "list")
        static_cast<RedisListModel *>(model.get())->push("x");
    else if (kind == "set")
        static_cast<RedisSetModel *>(model.get())->addMember("x");
    else if (kind == "zset")
        static_cast<RedisSortedSetModel *>(model.get())->addMember("x", 1);
    else
        static_cast<RedisStreamModel *>(model.get())->addEntry({"x", "y"});
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());

    // Once the client connects, the model loads by itself.
    QVERIFY(connectClient(offline));
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == ds.rows.size() && !model->isLoading(); }, Timeout));
    QCOMPARE(model->errorString(), QString());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(errors.count(), 1);
    MATCHES_SERVER(*model, kind, key);
}

void tst_ValueModels::noClientOrKey_data()
{
    wrongType_data();
}

void tst_ValueModels::noClientOrKey()
{
    QFETCH(QByteArray, kind);
    const std::unique_ptr<RedisValueModel> model = makeModel(kind);
    const auto check = tester(model.get());
    QSignalSpy finished(model.get(), &RedisValueModel::editFinished);
    auto anEdit = [&] {
        if (kind == "hash")
            static_cast<RedisHashModel *>(model.get())->removeField("x");
        else if (kind == "list")
            static_cast<RedisListModel *>(model.get())->pop();
        else if (kind == "set")
            static_cast<RedisSetModel *>(model.get())->removeMember("x");
        else if (kind == "zset")
            static_cast<RedisSortedSetModel *>(model.get())->removeMember("x");
        else
            static_cast<RedisStreamModel *>(model.get())->removeEntry("1-1");
    };
    model->setKey("k");          // no client
    anEdit();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!model->isLoading());
    QVERIFY(!model->canFetchMore(QModelIndex()));

    model->setKey(QByteArray());  // a client, no key
    model->setClient(m_client.get());
    anEdit();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, Timeout));
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QVERIFY(!model->isLoading());
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QVERIFY(roundTrip());
    QCOMPARE(finished.count(), 2);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(server().cli({QStringLiteral("DBSIZE")}), QByteArray("0"));
}

void tst_ValueModels::destroyedWithPageInFlight_data()
{
    wrongType_data();
}

void tst_ValueModels::destroyedWithPageInFlight()
{
    QFETCH(QByteArray, kind);
    const QByteArray key = "inflight";
    QVERIFY(load(makeDataset(kind, key, 2000).commands));
    QPointer<RedisValueModel> model = makeModel(kind).release();
    QSignalSpy errors(model.data(), &RedisValueModel::errorOccurred);
    model->setClient(m_client.get());
    model->setKey(key);
    QVERIFY(QTest::qWaitFor([this] { return m_client->pendingCommandCount() > 0; }, Timeout));
    QVERIFY(model->isLoading());
    delete model.data();
    QVERIFY(model.isNull());
    QVERIFY(roundTrip());   // the page's reply came and went: nothing ran
    QCOMPARE(m_client->pendingCommandCount(), 0);
    QCOMPARE(m_client->state(), RedisClient::State::Connected);
    QCOMPARE(errors.count(), 0);

    // Destroyed after a reload() with the earlier page still on its way.
    model = makeModel(kind).release();
    model->setClient(m_client.get());
    model->setKey(key);
    QVERIFY(QTest::qWaitFor([this] { return m_client->pendingCommandCount() > 0; }, Timeout));
    model->reload();
    model->deleteLater();
    QVERIFY(QTest::qWaitFor([&model] { return model.isNull(); }, Timeout));
    QVERIFY(roundTrip());
    QCOMPARE(m_client->pendingCommandCount(), 0);
}

void tst_ValueModels::destroyedWithEditInFlight()
{
    QPointer<RedisHashModel> model = new RedisHashModel;
    model->setClient(m_client.get());
    model->setKey("h");
    QVERIFY(waitIdle(*model));
    model->setField("f", "v");
    delete model.data();
    QVERIFY(roundTrip());
    QCOMPARE(m_client->pendingCommandCount(), 0);
    // The command still ran on the server.
    QVERIFY(QTest::qWaitFor([this] {
        return server().cli({QStringLiteral("HGET"), QStringLiteral("h"), QStringLiteral("f")}) == "v";
    }, Timeout));

    QPointer<RedisSortedSetModel> zset = new RedisSortedSetModel;
    zset->setClient(m_client.get());
    zset->setKey("z");
    QVERIFY(waitIdle(*zset));
    // Its editFinished() waits for a re-read: the model goes while that is on its way.
    bool rereading = false;
    connect(zset.data(), &RedisValueModel::loadingChanged, zset.data(), [&rereading, &zset] {
        if (zset->isLoading()) {
            rereading = true;
            zset->deleteLater();
        }
    });
    zset->addMember("m", 1);
    QVERIFY(QTest::qWaitFor([&] { return zset.isNull(); }, Timeout));
    QVERIFY(rereading);
    QVERIFY(roundTrip());
    QCOMPARE(m_client->pendingCommandCount(), 0);
    QCOMPARE(server().cli({QStringLiteral("ZSCORE"), QStringLiteral("z"), QStringLiteral("m")}), QByteArray("1"));
}

void tst_ValueModels::staleRepliesIgnored()
{
    Bytes big{"RPUSH", "a"};
    for (int i = 0; i < 3000; ++i)
        big << numbered("a:", i);
    QVERIFY(load({big, {"RPUSH", "b", "b1", "b2", "b3"}}));

    RedisListModel model;
    const auto check = tester(&model);
    model.setClient(m_client.get());
    model.setKey("a");
    QVERIFY(QTest::qWaitFor([this] { return m_client->pendingCommandCount() > 0; }, Timeout));
    model.setKey("b");   // a's count and page are still on their way
    QVERIFY(loadAll(model));
    QVERIFY(roundTrip());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), qint64(3));
    MATCHES_SERVER(model, "list", "b");

    // An edit made for "b" while the model moves to "a" changes nothing in "a"'s rows.
    QSignalSpy finished(&model, &RedisValueModel::editFinished);
    model.push("b4", true);
    model.setKey("a");
    QVERIFY(finished.wait(Timeout));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(loadAll(model));
    QVERIFY(roundTrip());
    QCOMPARE(finished.count(), 1);
    MATCHES_SERVER(model, "list", "a");
    QCOMPARE(server().cli({QStringLiteral("LINDEX"), QStringLiteral("b"), QStringLiteral("0")}), QByteArray("b4"));
}

void tst_ValueModels::reloadWhileLoading()
{
    Bytes big{"RPUSH", "a"};
    for (int i = 0; i < 3000; ++i)
        big << numbered("a:", i);
    QVERIFY(load({big}));
    RedisListModel model;
    Inserted inserted;
    inserted.attach(&model);
    model.setClient(m_client.get());
    model.setKey("a");
    QVERIFY(QTest::qWaitFor([this] { return m_client->pendingCommandCount() > 0; }, Timeout));
    model.reload();
    model.reload();
    QVERIFY(waitIdle(model));
    QVERIFY(roundTrip());
    // One first page, not one per reload.
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(inserted.sizes, QList<int>{500});
    QCOMPARE(modelRows(model, "list"), serverRows("list", "a").mid(0, 500));
}

void tst_ValueModels::clientSwitchedWhileLoading()
{
    Bytes big{"RPUSH", "a"};
    for (int i = 0; i < 3000; ++i)
        big << numbered("a:", i);
    QVERIFY(load({big}));
    RedisClient other;
    QVERIFY(connectClient(other));
    RedisListModel model;
    const auto check = tester(&model);
    QSignalSpy clientChanged(&model, &RedisValueModel::clientChanged);
    model.setClient(m_client.get());
    model.setKey("a");
    QVERIFY(QTest::qWaitFor([this] { return m_client->pendingCommandCount() > 0; }, Timeout));
    model.setClient(&other);
    QCOMPARE(clientChanged.count(), 2);
    QVERIFY(loadAll(model));
    QVERIFY(roundTrip());
    MATCHES_SERVER(model, "list", "a");
    QCOMPARE(model.rowCount(), 3000);
}

void tst_ValueModels::clientDestroyed()
{
    server().cli({QStringLiteral("RPUSH"), QStringLiteral("l"), QStringLiteral("a")});
    auto other = std::make_unique<RedisClient>();
    QVERIFY(connectClient(*other));
    RedisListModel model;
    const auto check = tester(&model);
    QSignalSpy clientChanged(&model, &RedisValueModel::clientChanged);
    model.setClient(other.get());
    model.setKey("l");
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 1);
    other.reset();
    QCOMPARE(model.client(), nullptr);
    QCOMPARE(clientChanged.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    QSignalSpy finished(&model, &RedisValueModel::editFinished);
    model.push("x");
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
}

// --- RedisStringValue --------------------------------------------------------

void tst_ValueModels::stringPreviewAndLoadAll()
{
    QByteArray big;
    for (int i = 0; i < 100000; ++i)
        big += char(i % 251);   // every byte value, \0 included
    QVERIFY(load({{"SET", "big", big}, {"SET", "small", QByteArray("tiny\0\r\n", 7)}}));

    RedisStringValue value;
    QCOMPARE(value.previewLimit(), 65536);
    QCOMPARE(value.size(), qint64(-1));
    QSignalSpy changed(&value, &RedisStringValue::changed);
    value.setPreviewLimit(1000);
    value.setClient(m_client.get());
    value.setKey("big");
    QVERIFY(value.isLoading());
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading(); }, Timeout));
    QCOMPARE(value.errorString(), QString());
    QCOMPARE(value.size(), qint64(100000));
    QCOMPARE(value.value(), big.left(1000));
    QVERIFY(value.isTruncated());
    QVERIFY(value.exists());
    QVERIFY(value.text().startsWith(QStringLiteral("\\x00\\x01\\x02")));
    QVERIFY(value.text().endsWith(QChar(0x2026)));
    QCOMPARE(value.property("size").toLongLong(), qint64(100000));
    QVERIFY(changed.count() >= 1);

    value.loadAll();
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading(); }, Timeout));
    QCOMPARE(value.value(), big);
    QCOMPARE(value.size(), qint64(100000));
    QVERIFY(!value.isTruncated());
    QVERIFY(!value.text().endsWith(QChar(0x2026)));

    value.setKey("small");
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading() && value.size() >= 0; }, Timeout));
    QCOMPARE(value.value(), QByteArray("tiny\0\r\n", 7));
    QCOMPARE(value.size(), qint64(7));
    QVERIFY(!value.isTruncated());
    QCOMPARE(value.text(), QStringLiteral("tiny\\x00\\r\\n"));

    // A preview of exactly the limit is not truncated.
    value.setPreviewLimit(7);
    value.load();
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading(); }, Timeout));
    QCOMPARE(value.value(), QByteArray("tiny\0\r\n", 7));
    QVERIFY(!value.isTruncated());
    value.setPreviewLimit(4);
    QVERIFY(QTest::qWaitFor([&] { return value.value().size() == 4 && !value.isLoading(); }, Timeout));
    QVERIFY(value.isTruncated());
    QCOMPARE(value.size(), qint64(7));
}

void tst_ValueModels::stringSetValueKeepsTtl()
{
    server().cli({QStringLiteral("SET"), QStringLiteral("s"), QStringLiteral("hello"), QStringLiteral("EX"),
                  QStringLiteral("1000")});
    RedisStringValue value;
    value.setClient(m_client.get());
    value.setKey("s");
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading() && value.size() >= 0; }, Timeout));
    QCOMPARE(value.value(), QByteArray("hello"));

    QSignalSpy finished(&value, &RedisStringValue::editFinished);
    QSignalSpy changed(&value, &RedisStringValue::changed);
    const QByteArray bytes("new\0\xff\r\n", 7);
    value.setValue(bytes);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(Timeout));
    QVERIFY(roundTrip());
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(value.value(), bytes);
    QCOMPARE(value.size(), qint64(7));
    QCOMPARE(value.text(), QStringLiteral("new\\x00\\xff\\r\\n"));
    const qint64 ttl = server().cli({QStringLiteral("TTL"), QStringLiteral("s")}).toLongLong();
    QVERIFY2(ttl > 0 && ttl <= 1000, qPrintable(QString::number(ttl)));
    QCOMPARE(parseCliList(server().cli({QStringLiteral("--no-raw"), QStringLiteral("GET"), QStringLiteral("s")})),
             Bytes{bytes});

    // Reading it back gives the same bytes.
    value.load();
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading(); }, Timeout));
    QCOMPARE(value.value(), bytes);

    // A SET that fails (here: the client is not connected) reports once too.
    RedisClient offline;
    offline.setAutoReconnect(false);
    value.setClient(&offline);
    value.setValue("x");
    QVERIFY(finished.wait(Timeout));
    QVERIFY(roundTrip());
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
}

void tst_ValueModels::stringSetValueBeyondPreview()
{
    RedisStringValue value;
    value.setPreviewLimit(4);
    value.setClient(m_client.get());
    value.setKey("fresh");
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading() && value.size() >= 0; }, Timeout));
    QVERIFY(!value.exists());
    QSignalSpy finished(&value, &RedisStringValue::editFinished);
    value.setValue("123456789");
    QVERIFY(finished.wait(Timeout));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(value.value(), QByteArray("1234"));
    QVERIFY(value.isTruncated());
    QVERIFY(value.exists());
    QCOMPARE(value.size(), qint64(9));
    QCOMPARE(server().cli({QStringLiteral("GET"), QStringLiteral("fresh")}), QByteArray("123456789"));
}

void tst_ValueModels::stringMissingKeyAndWrongType()
{
    server().cli({QStringLiteral("HSET"), QStringLiteral("h"), QStringLiteral("a"), QStringLiteral("1")});
    RedisStringValue value;
    QSignalSpy errors(&value, &RedisStringValue::errorOccurred);
    value.setClient(m_client.get());
    value.setKey("missing");
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading() && value.size() >= 0; }, Timeout));
    QCOMPARE(value.size(), qint64(0));
    QCOMPARE(value.value(), QByteArray());
    QVERIFY(!value.exists());
    QVERIFY(!value.isTruncated());
    QCOMPARE(errors.count(), 0);

    value.setKey("h");
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(value.errorString().startsWith(QStringLiteral("WRONGTYPE")), qPrintable(value.errorString()));
    QCOMPARE(value.size(), qint64(-1));
    QVERIFY(!value.isLoading());
    QVERIFY(roundTrip());
    QCOMPARE(errors.count(), 1);

    value.setKey("missing");   // another key clears the error
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading() && value.size() >= 0; }, Timeout));
    QCOMPARE(value.errorString(), QString());
}

void tst_ValueModels::stringNoClientAndStale()
{
    server().cli({QStringLiteral("SET"), QStringLiteral("a"), QStringLiteral("A")});
    server().cli({QStringLiteral("SET"), QStringLiteral("b"), QStringLiteral("B")});
    RedisStringValue value;
    QSignalSpy finished(&value, &RedisStringValue::editFinished);
    QSignalSpy errors(&value, &RedisStringValue::errorOccurred);
    value.setKey("a");
    QVERIFY(!value.isLoading());   // no client: nothing to load
    value.setValue("x");
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    value.load();
    QCOMPARE(errors.count(), 1);
    QVERIFY(!value.errorString().isEmpty());

    value.setClient(m_client.get());
    QVERIFY(QTest::qWaitFor([&] { return value.value() == "A" && !value.isLoading(); }, Timeout));
    value.load();
    value.setKey("b");         // the load for "a" is ignored when it comes
    QVERIFY(QTest::qWaitFor([&] { return !value.isLoading(); }, Timeout));
    QVERIFY(roundTrip());
    QCOMPARE(value.value(), QByteArray("B"));
    QCOMPARE(server().cli({QStringLiteral("GET"), QStringLiteral("a")}), QByteArray("A"));
}

void tst_ValueModels::stringDestroyedWithLoadInFlight()
{
    server().cli({QStringLiteral("SET"), QStringLiteral("a"), QStringLiteral("A")});
    QPointer<RedisStringValue> value = new RedisStringValue;
    value->setClient(m_client.get());
    value->setKey("a");
    QVERIFY(QTest::qWaitFor([this] { return m_client->pendingCommandCount() > 0; }, Timeout));
    value->setValue("B");
    delete value.data();
    QVERIFY(roundTrip());
    QCOMPARE(m_client->pendingCommandCount(), 0);
    QCOMPARE(server().cli({QStringLiteral("GET"), QStringLiteral("a")}), QByteArray("B"));
}

QTEST_MAIN(tst_ValueModels)
#include "tst_valuemodels.moc"
