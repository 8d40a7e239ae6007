// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisKeysModel against a real redis-server: flat and tree mode under
// QAbstractItemModelTester, MATCH and TYPE filters, paging, lazy roles,
// edits, failures, and a keyspace of a million keys.
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <redisclient.h>
#include <rediskeysmodel.h>
#include <redistestcase.h>
#include <testhelpers.h>

#include <memory>

using namespace QtRedisTest;
using Bytes = QList<QByteArray>;
using KeySet = QSet<QByteArray>;

namespace {

constexpr int BigDefault = 1000000;

QByteArray numbered(const char *prefix, int i)
{
    return QByteArray(prefix) + QByteArray::number(i);
}

// Binary keys and keys with empty pieces.
Bytes specialKeys()
{
    return {QByteArray("bin\0key", 7), QByteArray("crlf\r\nkey"), QByteArray("\xff\xfe\x80utf8"),
            QByteArray("\0", 1), QByteArray("ns:\0:x", 6), QByteArray("ns:\r\n:y"),
            QByteArray("\xff:\xfe"), "a::b", ":x", "y:", "y", ":", "::", "", "caf\xc3\xa9:cr\xc3\xa8me",
            "back\\slash", "tab\there"};
}

QString describe(const KeySet &actual, const KeySet &expected)
{
    const KeySet missing = expected - actual;
    const KeySet extra = actual - expected;
    QString text = QStringLiteral("got %1, expected %2; %3 missing, %4 unexpected")
                           .arg(actual.size()).arg(expected.size()).arg(missing.size()).arg(extra.size());
    if (!missing.isEmpty())
        text += QStringLiteral("; e.g. missing ") + RedisValue::displayText(*missing.begin());
    if (!extra.isEmpty())
        text += QStringLiteral("; e.g. unexpected ") + RedisValue::displayText(*extra.begin());
    return text;
}

KeySet flatKeys(const RedisKeysModel &model)
{
    KeySet keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.insert(model.keyAt(model.index(row, 0)));
    return keys;
}

// Walks (and so builds) the whole tree below parent, checking what tree mode
// promises: prefixes, pieces without separator, namespaces first then keys
// sorted by bytes, display text, parent(), and key counts. Returns the keys
// below parent; the first problem found goes to *problem.
qint64 walkTree(RedisKeysModel &model, const QModelIndex &parent, const QByteArray &prefix,
                const QByteArray &separator, KeySet *leaves, QString *problem)
{
    auto complain = [problem](const QString &text) {
        if (problem->isEmpty())
            *problem = text;
    };
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    const int rows = model.rowCount(parent);
    qint64 total = 0;
    bool previousNamespace = true;
    QByteArray previousPiece;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const bool isNamespace = index.data(RedisKeysModel::IsNamespaceRole).toBool();
        const QByteArray key = model.keyAt(index);
        const QString where = RedisValue::displayText(key);
        if (model.parent(index) != parent)
            complain(QStringLiteral("wrong parent() for ") + where);
        if (!key.startsWith(prefix)) {
            complain(QStringLiteral("%1 is not below %2").arg(where, RedisValue::displayText(prefix)));
            continue;
        }
        QByteArray piece = key.mid(prefix.size());
        if (isNamespace) {
            if (!piece.endsWith(separator))
                complain(QStringLiteral("namespace without separator: ") + where);
            piece.chop(separator.size());
        }
        if (piece.contains(separator))
            complain(QStringLiteral("piece with a separator: ") + where);
        if (row > 0) {
            if (isNamespace && !previousNamespace)
                complain(QStringLiteral("namespace after a key: ") + where);
            else if (isNamespace == previousNamespace && !(previousPiece < piece))
                complain(QStringLiteral("not sorted at ") + where);
        }
        previousNamespace = isNamespace;
        previousPiece = piece;
        const QString display = piece.isEmpty() ? QStringLiteral("(empty)") : RedisValue::displayText(piece);
        if (index.data(Qt::DisplayRole).toString() != display)
            complain(QStringLiteral("display of ") + where);
        if (index.data(RedisKeysModel::NameRole).toString() != RedisValue::displayText(piece))
            complain(QStringLiteral("name of ") + where);
        const qint64 count = index.data(RedisKeysModel::KeyCountRole).toLongLong();
        if (isNamespace) {
            const qint64 below = walkTree(model, index, key, separator, leaves, problem);
            if (below != count)
                complain(QStringLiteral("keyCount %1 of %2, but %3 keys below")
                                 .arg(count).arg(where).arg(below));
            if (below == 0)
                complain(QStringLiteral("empty namespace ") + where);
            total += below;
        } else {
            if (count != 1)
                complain(QStringLiteral("keyCount of key ") + where);
            if (model.hasChildren(index) || !(model.flags(index) & Qt::ItemNeverHasChildren))
                complain(QStringLiteral("key with children: ") + where);
            if (leaves->contains(key))
                complain(QStringLiteral("twice: ") + where);
            leaves->insert(key);
            ++total;
        }
    }
    return total;
}

} // namespace

class tst_Keysmodel : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void init() override;
    void cleanup();

    void defaults();
    void escapeKey_data();
    void escapeKey();
    void loadsEveryKey_data();
    void loadsEveryKey();
    void treeStructure();
    void lazyNamespaces();
    void lateKeysLandInBuiltNamespaces();
    void largeNamespaceBuildsIncrementally();
    void regroupWithoutScanning();
    void match_data();
    void match();
    void typeFilter_data();
    void typeFilter();
    void paging_data();
    void paging();
    void refreshWhileLoading();
    void propertyChangesRefresh();
    void lazyTypeAndTtl_data();
    void lazyTypeAndTtl();
    void memoryUsage();
    void forgetAndAddFlat();
    void forgetAndAddTree();
    void notConnected_data();
    void notConnected();
    void serverError();
    void connectionKilledMidScan();
    void modelDestroyedWhileLoading();
    void clientDestroyedWhileLoading();
    void bigKeyspace();

private:
    bool msetKeys(const Bytes &keys);
    // Longer than Timeout: under QAbstractItemModelTester (which walks the
    // whole model on every change) and ASan, loading takes a while.
    bool waitLoaded(RedisKeysModel &model, int timeout = 4 * Timeout);
    KeySet loadMixed(int count);

    std::unique_ptr<RedisClient> m_client;
};

void tst_Keysmodel::init()
{
    RedisTestCase::init();
    cli({QStringLiteral("FLUSHALL")});
    cli({QStringLiteral("CONFIG"), QStringLiteral("RESETSTAT")});
    m_client = std::make_unique<RedisClient>();
    QVERIFY(connectClient(*m_client));
}

void tst_Keysmodel::cleanup()
{
    m_client.reset();
}

// String keys (value "v"), 500 per MSET.
bool tst_Keysmodel::msetKeys(const Bytes &keys)
{
    QList<Bytes> commands;
    Bytes mset{"MSET"};
    for (const QByteArray &key : keys) {
        mset << key << "v";
        if (mset.size() > 1000) {
            commands.append(mset);
            mset = Bytes{"MSET"};
        }
    }
    if (mset.size() > 1)
        commands.append(mset);
    return load(commands);
}

// Runs the event loop (QSignalSpy::wait, not QTest::qWaitFor, which sleeps
// between its rounds) until loading is false.
bool tst_Keysmodel::waitLoaded(RedisKeysModel &model, int timeout)
{
    QDeadlineTimer deadline(timeout);
    QSignalSpy changed(&model, &RedisKeysModel::loadingChanged);
    while (model.isLoading()) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return false;
        changed.wait(int(left));
    }
    return true;
}

// count namespaced keys "user:<i % 37>:<i>" / "order:<i>" plus specialKeys().
KeySet tst_Keysmodel::loadMixed(int count)
{
    Bytes keys = specialKeys();
    for (int i = 0; i < count; ++i) {
        if (i % 3 == 0)
            keys << numbered("order:", i);
        else
            keys << numbered("user:", i % 37) + ':' + QByteArray::number(i);
    }
    if (!msetKeys(keys))
        return {};
    return KeySet(keys.cbegin(), keys.cend());
}

void tst_Keysmodel::defaults()
{
    RedisKeysModel model;
    QCOMPARE(model.client(), nullptr);
    QCOMPARE(model.pattern(), QStringLiteral("*"));
    QCOMPARE(model.typeFilter(), QString());
    QCOMPARE(model.separator(), QStringLiteral(":"));
    QCOMPARE(model.treeMode(), false);
    QCOMPARE(model.scanCount(), 1000);
    QCOMPARE(model.autoFetch(), true);
    QCOMPARE(model.fetchBatchSize(), 10000);
    QCOMPARE(model.isLoading(), false);
    QCOMPARE(model.loadedCount(), 0);
    QCOMPARE(model.estimatedTotal(), -1);
    QCOMPARE(model.errorString(), QString());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Key"));

    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(RedisKeysModel::KeyRole), QByteArray("key"));
    QCOMPARE(roles.value(RedisKeysModel::NameRole), QByteArray("name"));
    QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
    QCOMPARE(roles.value(RedisKeysModel::TypeRole), QByteArray("type"));
    QCOMPARE(roles.value(RedisKeysModel::TtlRole), QByteArray("ttl"));
    QCOMPARE(roles.value(RedisKeysModel::MemoryUsageRole), QByteArray("memoryUsage"));
    QCOMPARE(roles.value(RedisKeysModel::IsNamespaceRole), QByteArray("isNamespace"));
    QCOMPARE(roles.value(RedisKeysModel::KeyCountRole), QByteArray("keyCount"));

    // The properties are there for QML.
    const QMetaObject *meta = model.metaObject();
    for (const char *name : {"client", "pattern", "typeFilter", "separator", "treeMode", "scanCount",
                             "autoFetch", "fetchBatchSize", "loading", "loadedCount", "estimatedTotal",
                             "errorString"}) {
        const int at = meta->indexOfProperty(name);
        QVERIFY2(at >= 0, name);
        QVERIFY2(meta->property(at).hasNotifySignal(), name);
    }
    QVERIFY(meta->indexOfMethod("refresh()") >= 0);
    QVERIFY(meta->indexOfMethod("keyAt(QModelIndex)") >= 0);
    QVERIFY(meta->indexOfMethod("indexOfKey(QByteArray)") >= 0);
    QVERIFY(meta->indexOfMethod("forgetKey(QByteArray)") >= 0);
    QVERIFY(meta->indexOfMethod("addKey(QByteArray)") >= 0);
    QVERIFY(meta->indexOfMethod("requestMemoryUsage(QModelIndex)") >= 0);

    QSignalSpy pattern(&model, &RedisKeysModel::patternChanged);
    model.setPattern(QStringLiteral("a*"));
    model.setPattern(QStringLiteral("a*"));
    QCOMPARE(pattern.count(), 1);
    model.setFetchBatchSize(0);
    QCOMPARE(model.fetchBatchSize(), 1);
    // Changing options before any refresh() starts nothing.
    model.setClient(m_client.get());
    model.setTypeFilter(QStringLiteral("hash"));
    QVERIFY(!model.isLoading());
    QCOMPARE(m_client->pendingCommandCount(), 0);
}

void tst_Keysmodel::escapeKey_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray("user:1") << QStringLiteral("user:1");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b");
    QTest::newRow("crlf tab") << QByteArray("\r\n\t") << QStringLiteral("\\r\\n\\t");
    QTest::newRow("backslash") << QByteArray("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("control, del") << QByteArray("\x01\x1b\x7f") << QStringLiteral("\\x01\\x1b\\x7f");
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe") << QStringLiteral("\\xff\\xfe");
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << QStringLiteral("a\\x80z");
    QTest::newRow("truncated") << QByteArray("\xc3") << QStringLiteral("\\xc3");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe2\x82\xac") << QString::fromUtf8("caf\xc3\xa9 \xe2\x82\xac");
    QTest::newRow("astral") << QByteArray("\xf0\x9f\x98\x80") << QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("c1 control") << QByteArray("\xc2\x85") << QStringLiteral("\\xc2\\x85");
    QTest::newRow("bidi override") << QByteArray("a\xe2\x80\xaez") << QStringLiteral("a\\xe2\\x80\\xaez");
    QTest::newRow("no rich text") << QByteArray("<b>x</b>&amp;") << QStringLiteral("<b>x</b>&amp;");
}

void tst_Keysmodel::escapeKey()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(RedisValue::displayText(bytes), text);
}

void tst_Keysmodel::loadsEveryKey_data()
{
    QTest::addColumn<bool>("tree");
    QTest::newRow("flat") << false;
    QTest::newRow("tree") << true;
}

void tst_Keysmodel::loadsEveryKey()
{
    QFETCH(bool, tree);
    const KeySet expected = loadMixed(2000);
    QVERIFY(!expected.isEmpty());

    RedisKeysModel model;
    // It walks the whole model on every change: a few thousand keys only.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.setTreeMode(tree);
    model.setScanCount(300); // several replies: several chunks under the tester
    QSignalSpy loading(&model, &RedisKeysModel::loadingChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy errors(&model, &RedisKeysModel::errorOccurred);
    model.refresh();
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // nothing arrives from inside refresh()
    QVERIFY(waitLoaded(model));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(model.errorString(), QString());
    QCOMPARE(loading.count(), 2);
    // Several chunks: in flat mode every chunk inserts rows; in tree mode the
    // top-level namespaces may all come with the first chunk (SCAN's order
    // varies with the server's rehashing).
    if (!tree)
        QVERIFY(inserted.count() > 1);
    QCOMPARE(model.loadedCount(), qint64(expected.size()));
    QCOMPARE(model.estimatedTotal(), qint64(expected.size()));
    QVERIFY(!model.canFetchMore(QModelIndex()));

    KeySet actual;
    if (tree) {
        QString problem;
        const qint64 total = walkTree(model, QModelIndex(), QByteArray(), ":", &actual, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(total, qint64(expected.size()));
    } else {
        QCOMPARE(model.rowCount(), expected.size());
        actual = flatKeys(model);
        // Flat: the full key, escaped.
        const QModelIndex bin = model.indexOfKey(QByteArray("bin\0key", 7));
        QVERIFY(bin.isValid());
        QCOMPARE(bin.data().toString(), QStringLiteral("bin\\x00key"));
        QCOMPARE(model.indexOfKey("crlf\r\nkey").data().toString(), QStringLiteral("crlf\\r\\nkey"));
        QCOMPARE(model.indexOfKey("user:5:5").data(RedisKeysModel::NameRole).toString(), QStringLiteral("5"));
        QCOMPARE(model.indexOfKey("").data().toString(), QStringLiteral("(empty)"));
        QCOMPARE(model.indexOfKey("").data(RedisKeysModel::IsNamespaceRole).toBool(), false);
        QCOMPARE(model.indexOfKey("order:3").data(RedisKeysModel::KeyCountRole).toLongLong(), 1);
    }
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
    for (const QByteArray &key : expected) {
        const QModelIndex index = model.indexOfKey(key);
        QVERIFY2(index.isValid(), qPrintable(RedisValue::displayText(key)));
        QCOMPARE(model.keyAt(index), key);
    }
    QVERIFY(!model.indexOfKey("not:loaded").isValid());
}

void tst_Keysmodel::treeStructure()
{
    QVERIFY(msetKeys({"a::b", ":x", "y:", "y", ":", "::", "", "user:1:name", "user:1:mail",
                      "user:2:name", "user", "b", "a:c"}));
    RedisKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.setTreeMode(true);
    model.refresh();
    QVERIFY(waitLoaded(model));

    // Root: namespaces ":" (empty piece), "a:", "user:", "y:", then keys "", "b", "user", "y".
    auto keysBelow = [&model](const QModelIndex &parent) {
        Bytes keys;
        for (int row = 0; row < model.rowCount(parent); ++row)
            keys << model.keyAt(model.index(row, 0, parent));
        return keys;
    };
    QCOMPARE(keysBelow(QModelIndex()), (Bytes{":", "a:", "user:", "y:", "", "b", "user", "y"}));
    const QModelIndex colon = model.index(0, 0);
    QCOMPARE(colon.data().toString(), QStringLiteral("(empty)"));
    QCOMPARE(colon.data(RedisKeysModel::NameRole).toString(), QString());
    QCOMPARE(colon.data(RedisKeysModel::IsNamespaceRole).toBool(), true);
    QCOMPARE(colon.data(RedisKeysModel::KeyCountRole).toLongLong(), 3); // ":x", ":", "::"
    QCOMPARE(colon.data(RedisKeysModel::TypeRole), QVariant());
    QCOMPARE(colon.data(RedisKeysModel::MemoryUsageRole).toLongLong(), -1);
    // ":" holds the namespace "::" (empty piece again), then the keys ":" (empty piece) and ":x".
    QCOMPARE(keysBelow(colon), (Bytes{"::", ":", ":x"}));
    QCOMPARE(model.index(1, 0, colon).data().toString(), QStringLiteral("(empty)"));
    QCOMPARE(model.index(2, 0, colon).data().toString(), QStringLiteral("x"));
    QCOMPARE(keysBelow(model.index(0, 0, colon)), (Bytes{"::"}));

    const QModelIndex a = model.indexOfKey("a:");
    QVERIFY(a.isValid());
    QCOMPARE(a.row(), 1);
    QCOMPARE(keysBelow(a), (Bytes{"a::", "a:c"}));
    const QModelIndex ab = model.indexOfKey("a::b");
    QVERIFY(ab.isValid());
    QCOMPARE(model.keyAt(ab.parent()), QByteArray("a::"));
    QCOMPARE(ab.parent().data().toString(), QStringLiteral("(empty)"));
    QCOMPARE(ab.parent().parent(), a);
    QCOMPARE(ab.data().toString(), QStringLiteral("b"));
    QCOMPARE(ab.data(Qt::ToolTipRole).toString(), QStringLiteral("a::b"));

    const QModelIndex yns = model.indexOfKey("y:");   // the key "y:" ...
    QVERIFY(yns.isValid());
    QCOMPARE(yns.data(RedisKeysModel::IsNamespaceRole).toBool(), false);
    QCOMPARE(yns.data().toString(), QStringLiteral("(empty)"));
    QCOMPARE(model.keyAt(yns.parent()), QByteArray("y:")); // ... in the namespace "y:"
    QCOMPARE(yns.parent().data().toString(), QStringLiteral("y"));
    QCOMPARE(model.keyAt(model.indexOfKey("y")), QByteArray("y"));
    QVERIFY(model.indexOfKey("y") != yns.parent());

    const QModelIndex user = model.indexOfKey("user:");
    QCOMPARE(user.data(RedisKeysModel::KeyCountRole).toLongLong(), 3);
    QCOMPARE(keysBelow(user), (Bytes{"user:1:", "user:2:"}));
    QCOMPARE(keysBelow(model.indexOfKey("user:1:")), (Bytes{"user:1:mail", "user:1:name"}));
    QCOMPARE(model.indexOfKey("").data().toString(), QStringLiteral("(empty)"));

    KeySet leaves;
    QString problem;
    QCOMPARE(walkTree(model, QModelIndex(), QByteArray(), ":", &leaves, &problem), 13);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // An empty separator groups nothing.
    model.setSeparator(QString());
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("(empty)")); // the key ""
    QCOMPARE(model.keyAt(model.index(1, 0)), QByteArray(":"));
}

void tst_Keysmodel::lazyNamespaces()
{
    Bytes keys;
    for (int i = 0; i < 2000; ++i)
        keys << numbered("user:", i % 10) + ":" + QByteArray::number(i) << numbered("job:", i % 4) + ":" + QByteArray::number(i);
    QVERIFY(msetKeys(keys));
    RedisKeysModel model;
    model.setClient(m_client.get());
    model.setTreeMode(true);
    model.refresh();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex job = model.index(0, 0);
    const QModelIndex user = model.index(1, 0);
    QCOMPARE(model.keyAt(job), QByteArray("job:"));
    QCOMPARE(model.keyAt(user), QByteArray("user:"));
    // Counted, not built.
    QCOMPARE(user.data(RedisKeysModel::KeyCountRole).toLongLong(), 2000);
    QCOMPARE(job.data(RedisKeysModel::KeyCountRole).toLongLong(), 2000);
    QVERIFY(model.hasChildren(user));
    QVERIFY(model.canFetchMore(user));
    QVERIFY(model.canFetchMore(job));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(user);
    QVERIFY(!model.canFetchMore(user));
    QVERIFY(model.canFetchMore(job)); // nobody expanded it
    QCOMPARE(inserted.count(), 0);    // never seen empty: nothing to announce
    QCOMPARE(model.rowCount(user), 10);
    const QModelIndex user3 = model.index(3, 0, user);
    QCOMPARE(model.keyAt(user3), QByteArray("user:3:"));
    QCOMPARE(user3.data(RedisKeysModel::KeyCountRole).toLongLong(), 200);
    QVERIFY(model.canFetchMore(user3)); // built one level only

    // The first rowCount() builds too.
    QCOMPARE(model.rowCount(job), 4);
    QVERIFY(!model.canFetchMore(job));
    QCOMPARE(model.rowCount(user3), 200);
    QVERIFY(!model.canFetchMore(user3));
    // Keys under a namespace sort by bytes: "user:3:1003" < "user:3:13".
    QCOMPARE(model.keyAt(model.index(0, 0, user3)), QByteArray("user:3:1003"));

    // indexOfKey() builds the way to a key in a namespace nobody expanded.
    const QModelIndex deep = model.indexOfKey("job:2:6");
    QVERIFY(deep.isValid());
    QCOMPARE(model.keyAt(deep.parent()), QByteArray("job:2:"));
    QCOMPARE(deep.parent().parent(), job);
}

void tst_Keysmodel::lateKeysLandInBuiltNamespaces()
{
    const KeySet expected = loadMixed(2000);
    QVERIFY(!expected.isEmpty());
    RedisKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // it would continue the scan on every change
    model.setClient(m_client.get());
    model.setTreeMode(true);
    model.setAutoFetch(false);
    model.setFetchBatchSize(400);
    model.setScanCount(100);
    model.refresh();
    QVERIFY(waitLoaded(model));
    QVERIFY(model.loadedCount() < expected.size());

    // Expand everything loaded so far, then let the rest arrive.
    KeySet seen;
    QString problem;
    walkTree(model, QModelIndex(), QByteArray(), ":", &seen, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QModelIndex user = model.indexOfKey("user:");
    QVERIFY(user.isValid());
    QVERIFY(model.rowCount(user) > 0);
    const QPersistentModelIndex user5 = model.index(0, 0, user);
    QVERIFY(user5.data(RedisKeysModel::IsNamespaceRole).toBool());
    const qint64 user5Before = user5.data(RedisKeysModel::KeyCountRole).toLongLong();
    QCOMPARE(model.rowCount(user5), int(user5Before));

    int insertedInBuilt = 0;
    int countChanges = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &parent) { if (parent.isValid()) ++insertedInBuilt; });
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (roles.contains(RedisKeysModel::KeyCountRole) && topLeft.row() <= user5.row()
                    && user5.row() <= bottomRight.row() && topLeft.parent() == user5.parent())
                    ++countChanges;
            });
    int pages = 1;
    while (model.canFetchMore(QModelIndex())) {
        QVERIFY(pages < 100);
        model.fetchMore(QModelIndex());
        QVERIFY(waitLoaded(model));
        ++pages;
    }
    QVERIFY(pages > 2);
    QVERIFY(insertedInBuilt > 0);
    QVERIFY(countChanges > 0);
    QVERIFY(user5.data(RedisKeysModel::KeyCountRole).toLongLong() > user5Before);
    QCOMPARE(model.rowCount(user5), int(user5.data(RedisKeysModel::KeyCountRole).toLongLong()));

    KeySet actual;
    problem.clear();
    QCOMPARE(walkTree(model, QModelIndex(), QByteArray(), ":", &actual, &problem), qint64(expected.size()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
}

// Checks every rowsInserted locally: the count grows by the rows announced
// and the new rows sit in sorted order between their neighbours.
struct InsertChecker
{
    RedisKeysModel *model;
    QHash<QPersistentModelIndex, int> counts;
    int insertions = 0;
    QString problem;

    void attach(QObject *context)
    {
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, context,
                         [this](const QModelIndex &parent) { counts[parent] = model->rowCount(parent); });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, context,
                         [this](const QModelIndex &parent, int first, int last) { check(parent, first, last); });
    }
    void check(const QModelIndex &parent, int first, int last)
    {
        ++insertions;
        const int rows = model->rowCount(parent);
        if (rows != counts.value(parent) + last - first + 1 && problem.isEmpty())
            problem = QStringLiteral("row count %1 after inserting %2..%3 into %4 rows")
                              .arg(rows).arg(first).arg(last).arg(counts.value(parent));
        for (int row = qMax(0, first - 1); row < qMin(rows - 1, last + 1); ++row) {
            const QModelIndex a = model->index(row, 0, parent);
            const QModelIndex b = model->index(row + 1, 0, parent);
            const bool nsA = a.data(RedisKeysModel::IsNamespaceRole).toBool();
            const bool nsB = b.data(RedisKeysModel::IsNamespaceRole).toBool();
            const bool ordered = nsA != nsB ? nsA : model->keyAt(a) < model->keyAt(b);
            if (!ordered && problem.isEmpty())
                problem = QStringLiteral("rows %1 and %2 out of order").arg(row).arg(row + 1);
        }
    }
};

void tst_Keysmodel::largeNamespaceBuildsIncrementally()
{
    Bytes keys{"other:1"};
    for (int i = 0; i < 12000; ++i)
        keys << numbered("big:", i) << numbered("big:sub:", i % 100);
    QVERIFY(msetKeys(keys));
    const KeySet expected(keys.cbegin(), keys.cend());
    RedisKeysModel model;
    model.setClient(m_client.get());
    model.setTreeMode(true);
    model.refresh();
    QVERIFY(waitLoaded(model));
    const QPersistentModelIndex big = model.indexOfKey("big:");
    QCOMPARE(big.data(RedisKeysModel::KeyCountRole).toLongLong(), 12100);

    InsertChecker checker{&model, {}, 0, {}};
    checker.attach(this);
    QVERIFY(model.canFetchMore(big));
    model.fetchMore(big); // as a view expanding it
    QVERIFY(!model.canFetchMore(big));
    QVERIFY(model.isLoading());
    QVERIFY(model.rowCount(big) < 12001);
    QVERIFY(waitLoaded(model));
    QVERIFY2(checker.problem.isEmpty(), qPrintable(checker.problem));
    QVERIFY(checker.insertions > 1);
    QCOMPARE(model.rowCount(big), 12001); // big:sub: and 12000 keys
    QCOMPARE(model.keyAt(model.index(0, 0, big)), QByteArray("big:sub:"));
    QCOMPARE(model.index(0, 0, big).data(RedisKeysModel::KeyCountRole).toLongLong(), 100);

    KeySet actual;
    QString problem;
    QCOMPARE(walkTree(model, QModelIndex(), QByteArray(), ":", &actual, &problem), qint64(expected.size()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));

    // Forgetting keys while the build runs.
    model.setSeparator(QStringLiteral("/"));
    model.setSeparator(QStringLiteral(":"));
    QVERIFY(waitLoaded(model));
    const QPersistentModelIndex again = model.indexOfKey("big:");
    model.fetchMore(again);
    QVERIFY(model.isLoading());
    model.forgetKey("big:11999");
    model.forgetKey("big:0");
    QVERIFY(waitLoaded(model));
    QVERIFY(!model.indexOfKey("big:0").isValid());
    QCOMPARE(model.rowCount(again), 11999);
    QCOMPARE(again.data(RedisKeysModel::KeyCountRole).toLongLong(), 12098);
    // indexOfKey() builds what it needs at once.
    model.setTreeMode(false);
    model.setTreeMode(true);
    QVERIFY(waitLoaded(model));
    const QModelIndex one = model.indexOfKey("big:5");
    QVERIFY(one.isValid());
    QCOMPARE(model.rowCount(one.parent()), 11999);
}

void tst_Keysmodel::regroupWithoutScanning()
{
    Bytes keys{"a/b/c", "a/b/d", "a:x", "plain"};
    for (int i = 0; i < 1000; ++i)
        keys << numbered("k:", i % 5) + ':' + QByteArray::number(i);
    QVERIFY(msetKeys(keys));
    const KeySet expected(keys.cbegin(), keys.cend());
    RedisKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.refresh();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), expected.size());
    const qint64 scans = commandCalls("scan");
    QVERIFY(scans > 0);
    const QPersistentModelIndex flatRow = model.indexOfKey("a/b/c");
    QCOMPARE(flatRow.data(RedisKeysModel::NameRole).toString(), QStringLiteral("a/b/c"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTreeMode(true);
    QCOMPARE(reset.count(), 1);
    QVERIFY(!flatRow.isValid());
    QVERIFY(waitLoaded(model));
    KeySet actual;
    QString problem;
    walkTree(model, QModelIndex(), QByteArray(), ":", &actual, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));

    model.setSeparator(QStringLiteral("/"));
    QCOMPARE(reset.count(), 2);
    QVERIFY(waitLoaded(model));
    actual.clear();
    walkTree(model, QModelIndex(), QByteArray(), "/", &actual, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
    QCOMPARE(model.keyAt(model.indexOfKey("a/b/c").parent()), QByteArray("a/b/"));

    // Flat with another separator: same rows, another name.
    model.setTreeMode(false);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(model.indexOfKey("a/b/c").data(RedisKeysModel::NameRole).toString(), QStringLiteral("c"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSeparator(QStringLiteral(":"));
    QCOMPARE(reset.count(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.indexOfKey("a/b/c").data(RedisKeysModel::NameRole).toString(), QStringLiteral("a/b/c"));
    QCOMPARE(commandCalls("scan"), scans); // never scanned again
}

void tst_Keysmodel::match_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<Bytes>("expected");
    Bytes prefix{"user:1"};
    for (int i = 10; i < 20; ++i)
        prefix << numbered("user:", i);
    for (int i = 100; i < 200; ++i)
        prefix << numbered("user:", i);
    Bytes single;
    for (int i = 0; i < 10; ++i)
        single << numbered("order:", i);
    QTest::newRow("prefix") << QStringLiteral("user:1*") << prefix;
    QTest::newRow("one char") << QStringLiteral("order:?") << single;
    QTest::newRow("class") << QStringLiteral("[uo]*:42") << Bytes{"user:42", "order:42"};
    QTest::newRow("crlf") << QStringLiteral("*\r\n*") << Bytes{"crlf\r\nkey"};
    QTest::newRow("utf-8") << QStringLiteral("caf\u00e9*") << Bytes{"caf\xc3\xa9:cr\xc3\xa8me"};
    QTest::newRow("escaped star") << QStringLiteral("star\\*") << Bytes{"star*"};
    QTest::newRow("nothing") << QStringLiteral("nomatch*") << Bytes{};
}

void tst_Keysmodel::match()
{
    QFETCH(QString, pattern);
    QFETCH(Bytes, expected);
    Bytes keys{"crlf\r\nkey", "caf\xc3\xa9:cr\xc3\xa8me", "star*", "starx", QByteArray("bin\0", 4)};
    for (int i = 0; i < 300; ++i)
        keys << numbered("user:", i) << numbered("order:", i);
    QVERIFY(msetKeys(keys));

    RedisKeysModel model;
    model.setClient(m_client.get());
    model.setPattern(pattern);
    model.refresh();
    QVERIFY(waitLoaded(model));
    const KeySet wanted(expected.cbegin(), expected.cend());
    const KeySet actual = flatKeys(model);
    QVERIFY2(actual == wanted, qPrintable(describe(actual, wanted)));
    QCOMPARE(model.rowCount(), wanted.size());

    // addKey() applies the same pattern as the server.
    for (const QByteArray &key : keys)
        model.addKey(key);
    QCOMPARE(flatKeys(model), wanted);
}

void tst_Keysmodel::typeFilter_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("all") << QString() << QByteArray();
    for (const char *type : {"string", "hash", "list", "set", "zset", "stream"})
        QTest::newRow(type) << QString::fromLatin1(type) << QByteArray(type) + ':';
}

void tst_Keysmodel::typeFilter()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, prefix);
    QList<Bytes> commands;
    KeySet expected;
    for (int i = 0; i < 50; ++i) {
        const QByteArray n = QByteArray::number(i);
        commands << Bytes{"SET", "string:" + n, "v"} << Bytes{"HSET", "hash:" + n, "f", "v"}
                 << Bytes{"RPUSH", "list:" + n, "a"} << Bytes{"SADD", "set:" + n, "m"}
                 << Bytes{"ZADD", "zset:" + n, "1", "m"} << Bytes{"XADD", "stream:" + n, "*", "f", "v"};
        for (const char *kind : {"string:", "hash:", "list:", "set:", "zset:", "stream:"}) {
            if (QByteArray(kind).startsWith(prefix))
                expected.insert(kind + n);
        }
    }
    QVERIFY2(load(commands), qPrintable(server().errorString()));

    RedisKeysModel model;
    model.setClient(m_client.get());
    model.setTypeFilter(type);
    model.setTreeMode(true);
    model.refresh();
    QVERIFY(waitLoaded(model));
    KeySet actual;
    QString problem;
    walkTree(model, QModelIndex(), QByteArray(), ":", &actual, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));
    QCOMPARE(model.estimatedTotal(), 300); // DBSIZE counts every key
}

void tst_Keysmodel::paging_data()
{
    QTest::addColumn<bool>("tree");
    QTest::newRow("flat") << false;
    QTest::newRow("tree") << true;
}

void tst_Keysmodel::paging()
{
    QFETCH(bool, tree);
    const KeySet expected = loadMixed(5000);
    QVERIFY(!expected.isEmpty());
    RedisKeysModel model;
    model.setClient(m_client.get());
    model.setTreeMode(tree);
    model.setAutoFetch(false);
    model.setFetchBatchSize(1000);
    model.setScanCount(100);
    model.refresh();
    QVERIFY(waitLoaded(model));
    // One page: at least fetchBatchSize keys, plus what the last SCAN reply brought.
    QVERIFY2(model.loadedCount() >= 1000 && model.loadedCount() < 1500,
             qPrintable(QString::number(model.loadedCount())));
    QVERIFY(model.canFetchMore(QModelIndex()));
    const qint64 scans = commandCalls("scan");
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(commandCalls("scan"), scans); // paused: no SCAN in flight
    if (!tree)
        QCOMPARE(model.rowCount(), int(model.loadedCount()));

    int pages = 1;
    qint64 previous = model.loadedCount();
    while (model.canFetchMore(QModelIndex())) {
        QVERIFY(pages < 20);
        model.fetchMore(QModelIndex());
        QVERIFY(waitLoaded(model));
        QVERIFY(model.loadedCount() >= previous);
        QVERIFY(model.loadedCount() - previous <= 1500);
        previous = model.loadedCount();
        ++pages;
    }
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    QCOMPARE(model.loadedCount(), qint64(expected.size()));
    model.fetchMore(QModelIndex()); // finished: nothing happens
    QVERIFY(!model.isLoading());

    KeySet actual;
    if (tree) {
        QString problem;
        walkTree(model, QModelIndex(), QByteArray(), ":", &actual, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        actual = flatKeys(model);
    }
    QVERIFY2(actual == expected, qPrintable(describe(actual, expected)));

    // Switching autoFetch on while paused runs the scan to its end.
    model.refresh();
    QVERIFY(waitLoaded(model));
    QVERIFY(model.loadedCount() < expected.size());
    model.setAutoFetch(true);
    QVERIFY(model.isLoading());
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.loadedCount(), qint64(expected.size()));
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void tst_Keysmodel::refreshWhileLoading()
{
    Bytes keys;
    for (int i = 0; i < 20000; ++i)
        keys << numbered("a:", i) << numbered("b:", i);
    QVERIFY(msetKeys(keys));
    RedisKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.setPattern(QStringLiteral("a:*"));
    model.setScanCount(100);
    // Stop at the first keys, while most SCAN round trips are still to come
    // (polling could miss the whole load on a fast machine).
    QSignalSpy firstKeys(&model, &RedisKeysModel::loadedCountChanged);
    model.refresh();
    QVERIFY(firstKeys.wait(Timeout));
    QVERIFY(model.loadedCount() > 0);
    QVERIFY(model.isLoading());

    // From now on only b: keys may arrive.
    int wrong = 0;
    int insertedAfter = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            ++insertedAfter;
            if (!model.keyAt(model.index(row, 0)).startsWith("b:"))
                ++wrong;
        }
    });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPattern(QStringLiteral("b:*")); // refreshes: the a: scan is cancelled
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.loadedCount(), 0);
    QVERIFY(model.isLoading());
    QVERIFY(waitLoaded(model));
    QCOMPARE(wrong, 0);
    QCOMPARE(insertedAfter, 20000);
    QCOMPARE(model.rowCount(), 20000);
    QVERIFY(roundTrip(*m_client)); // no late reply of the old scan is waiting
    QCOMPARE(model.rowCount(), 20000);

    // Several refreshes in a row: one scan's keys, each once.
    model.refresh();
    model.refresh();
    model.refresh();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 20000);
    QCOMPARE(flatKeys(model).size(), 20000);
}

void tst_Keysmodel::propertyChangesRefresh()
{
    QVERIFY(load({{"SET", "s:1", "v"}, {"HSET", "h:1", "f", "v"}, {"SET", "s:2", "v"}}));
    RedisKeysModel model;
    model.setClient(m_client.get());
    model.refresh();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 3);
    model.setTypeFilter(QStringLiteral("hash"));
    QVERIFY(model.isLoading());
    QVERIFY(waitLoaded(model));
    QCOMPARE(flatKeys(model), (KeySet{"h:1"}));
    model.setTypeFilter(QString());
    model.setPattern(QStringLiteral("s:*"));
    QVERIFY(waitLoaded(model));
    QCOMPARE(flatKeys(model), (KeySet{"s:1", "s:2"}));
    model.setPattern(QString()); // empty: every key
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 3);

    // Another client: cleared, nothing loads until refresh().
    RedisClient other;
    QSignalSpy clientChanged(&model, &RedisKeysModel::clientChanged);
    model.setClient(&other);
    QCOMPARE(clientChanged.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.loadedCount(), 0);
    QCOMPARE(model.estimatedTotal(), -1);
    model.setPattern(QStringLiteral("*"));
    QVERIFY(!model.isLoading());
}

void tst_Keysmodel::lazyTypeAndTtl_data()
{
    QTest::addColumn<bool>("tree");
    QTest::newRow("flat") << false;
    QTest::newRow("tree") << true;
}

void tst_Keysmodel::lazyTypeAndTtl()
{
    QFETCH(bool, tree);
    QList<Bytes> commands{{"SET", "t:string", "v"}, {"HSET", "t:hash", "f", "v"}, {"RPUSH", "t:list", "a"},
                          {"SADD", "t:set", "m"}, {"ZADD", "t:zset", "1", "m"},
                          {"XADD", "t:stream", "*", "f", "v"}, {"SET", "t:expiring", "v", "PX", "100000"},
                          {"SET", QByteArray("t:bin\0\xff", 7), "v"}, {"SET", "t:doomed", "v"}};
    Bytes filler;
    for (int i = 0; i < 500; ++i)
        commands.append({"SET", numbered("filler:", i), "v"});
    QVERIFY2(load(commands), qPrintable(server().errorString()));
    server().cli({QStringLiteral("CONFIG"), QStringLiteral("RESETSTAT")});

    RedisKeysModel model;
    model.setClient(m_client.get());
    model.setTreeMode(tree);
    model.refresh();
    QVERIFY(waitLoaded(model));
    QCOMPARE(commandCalls("type"), 0); // nothing asked yet

    const QList<QPair<QByteArray, QString>> expected{
            {"t:string", "string"}, {"t:hash", "hash"}, {"t:list", "list"}, {"t:set", "set"},
            {"t:zset", "zset"}, {"t:stream", "stream"}, {"t:expiring", "string"},
            {QByteArray("t:bin\0\xff", 7), "string"}};
    QList<QPersistentModelIndex> rows;
    for (const auto &pair : expected) {
        const QModelIndex index = model.indexOfKey(pair.first);
        QVERIFY(index.isValid());
        rows << index;
    }

    int changes = 0;
    int pendingAtFirst = -1;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (!roles.contains(RedisKeysModel::TypeRole))
                    return;
                if (changes++ == 0)
                    pendingAtFirst = m_client->pendingCommandCount();
            });
    // Asked in one turn: unknown for now, then one pipelined burst.
    for (const QPersistentModelIndex &index : rows) {
        QCOMPARE(index.data(RedisKeysModel::TypeRole), QVariant());
        QCOMPARE(index.data(RedisKeysModel::TtlRole), QVariant());
    }
    QTRY_COMPARE_WITH_TIMEOUT(changes, int(rows.size()), Timeout);
    // Every TYPE and PTTL was sent before the first answer was handled.
    QCOMPARE(pendingAtFirst, 2 * int(rows.size()) - 2);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).data(RedisKeysModel::TypeRole).toString(), expected.at(i).second);
        const qint64 ttl = rows.at(i).data(RedisKeysModel::TtlRole).toLongLong();
        if (expected.at(i).first == "t:expiring")
            QVERIFY2(ttl > 0 && ttl <= 100000, qPrintable(QString::number(ttl)));
        else
            QCOMPARE(ttl, -1);
    }
    // Only the rows asked for, each once; cached afterwards.
    QCOMPARE(commandCalls("type"), rows.size());
    QCOMPARE(commandCalls("pttl"), rows.size());
    for (const QPersistentModelIndex &index : rows)
        QVERIFY(index.data(RedisKeysModel::TypeRole).isValid());
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(commandCalls("type"), rows.size());

    // Deleted meanwhile: the row stays, with type "none".
    server().cli({QStringLiteral("DEL"), QStringLiteral("t:doomed")});
    const int rowsBefore = tree ? model.rowCount(model.indexOfKey("t:")) : model.rowCount();
    const QPersistentModelIndex doomed = model.indexOfKey("t:doomed");
    QVERIFY(!doomed.data(RedisKeysModel::TypeRole).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(doomed.data(RedisKeysModel::TypeRole).isValid(), Timeout);
    QCOMPARE(doomed.data(RedisKeysModel::TypeRole).toString(), QStringLiteral("none"));
    QCOMPARE(doomed.data(RedisKeysModel::TtlRole).toLongLong(), -2);
    QVERIFY(doomed.isValid());
    QCOMPARE(tree ? model.rowCount(model.indexOfKey("t:")) : model.rowCount(), rowsBefore);

    // The cache lasts until refresh().
    model.refresh();
    QVERIFY(waitLoaded(model));
    QVERIFY(!model.indexOfKey("t:hash").data(RedisKeysModel::TypeRole).isValid());
}

void tst_Keysmodel::memoryUsage()
{
    QVERIFY(load({{"SET", "m:small", "v"}, {"SET", "m:big", QByteArray(10000, 'x')}, {"SET", "m:gone", "v"}}));
    RedisKeysModel model;
    model.setClient(m_client.get());
    model.setTreeMode(true);
    model.refresh();
    QVERIFY(waitLoaded(model));
    const QPersistentModelIndex big = model.indexOfKey("m:big");
    const QPersistentModelIndex small = model.indexOfKey("m:small");
    const QPersistentModelIndex gone = model.indexOfKey("m:gone");
    QCOMPARE(big.data(RedisKeysModel::MemoryUsageRole).toLongLong(), -1);
    QVERIFY(!model.requestMemoryUsage(model.indexOfKey("m:"))); // a namespace
    QVERIFY(!model.requestMemoryUsage(QModelIndex()));
    QCOMPARE(commandCalls("memory|usage"), 0); // nothing automatic

    server().cli({QStringLiteral("DEL"), QStringLiteral("m:gone")});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.requestMemoryUsage(big));
    QVERIFY(model.requestMemoryUsage(small));
    QVERIFY(model.requestMemoryUsage(gone));
    QVERIFY(model.requestMemoryUsage(big)); // already asked: not again
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, Timeout);
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{RedisKeysModel::MemoryUsageRole});
    QVERIFY(big.data(RedisKeysModel::MemoryUsageRole).toLongLong() > 10000);
    QVERIFY(small.data(RedisKeysModel::MemoryUsageRole).toLongLong() > 0);
    QVERIFY(small.data(RedisKeysModel::MemoryUsageRole).toLongLong() < 1000);
    QCOMPARE(gone.data(RedisKeysModel::MemoryUsageRole).toLongLong(), -2);
    QVERIFY(model.requestMemoryUsage(big)); // known: cached
    QVERIFY(roundTrip(*m_client));
    QCOMPARE(changed.count(), 3);
}

void tst_Keysmodel::forgetAndAddFlat()
{
    QVERIFY(msetKeys({"k:1", "k:2", "k:3", QByteArray("k:\0", 3)}));
    RedisKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.setPattern(QStringLiteral("k:*"));
    model.refresh();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 4);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy count(&model, &RedisKeysModel::loadedCountChanged);
    const int row = model.indexOfKey("k:2").row();
    model.forgetKey("k:2");
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.loadedCount(), 3);
    QCOMPARE(count.count(), 1);
    QVERIFY(!model.indexOfKey("k:2").isValid());
    model.forgetKey("k:2");
    model.forgetKey("unknown");
    QCOMPARE(removed.count(), 1);
    model.forgetKey(QByteArray("k:\0", 3));
    QCOMPARE(flatKeys(model), (KeySet{"k:1", "k:3"}));

    model.addKey("k:new");
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.keyAt(model.indexOfKey("k:new")), QByteArray("k:new"));
    model.addKey("k:new"); // no duplicate
    model.addKey("k:1");
    model.addKey("other"); // does not match the pattern
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(flatKeys(model), (KeySet{"k:1", "k:3", "k:new"}));
    QCOMPARE(model.loadedCount(), 3);
}

void tst_Keysmodel::forgetAndAddTree()
{
    QVERIFY(msetKeys({"solo:deep:k1", "user:1:a", "user:1:b", "user:2:a", "user:3:a", "top"}));
    RedisKeysModel model;
    model.setClient(m_client.get());
    model.setTreeMode(true);
    model.refresh();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 3); // solo:, user:, top

    // Forgetting a key in a namespace nobody expanded: the count follows.
    const QPersistentModelIndex user = model.indexOfKey("user:");
    QVERIFY(model.canFetchMore(user));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.forgetKey("user:3:a"); // user:3: goes, but user: was not built
    QCOMPARE(user.data(RedisKeysModel::KeyCountRole).toLongLong(), 3);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.canFetchMore(user));
    QCOMPARE(model.rowCount(user), 2); // user:1:, user:2:
    // From here on the tester checks every change (it expands everything).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A namespace that is left with nothing disappears, all levels of it.
    const QModelIndex deep = model.indexOfKey("solo:deep:k1"); // builds solo: and solo:deep:
    QVERIFY(deep.isValid());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.forgetKey("solo:deep:k1");
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.indexOfKey("solo:").isValid());
    QCOMPARE(model.loadedCount(), 4);

    // One of two keys: the namespace stays with one key less.
    const QPersistentModelIndex user1 = model.indexOfKey("user:1:");
    QCOMPARE(model.rowCount(user1), 2);
    changed.clear();
    model.forgetKey("user:1:a");
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(1).at(0).value<QModelIndex>(), QModelIndex(user1));
    QCOMPARE(model.rowCount(user1), 1);
    QCOMPARE(user1.data(RedisKeysModel::KeyCountRole).toLongLong(), 1);
    QCOMPARE(user.data(RedisKeysModel::KeyCountRole).toLongLong(), 2);
    QCOMPARE(changed.count(), 2); // user: and user:1:

    // Adding lands at the sorted place, counts follow.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    changed.clear();
    model.addKey("user:1:0");
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex(user1));
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(user1.data(RedisKeysModel::KeyCountRole).toLongLong(), 2);
    QCOMPARE(user.data(RedisKeysModel::KeyCountRole).toLongLong(), 3);
    QCOMPARE(changed.count(), 2);
    model.addKey("solo:deep:k1"); // the namespaces come back
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(model.keyAt(model.index(0, 0)), QByteArray("solo:"));
    QCOMPARE(model.keyAt(model.indexOfKey("solo:deep:k1").parent()), QByteArray("solo:deep:"));
    model.addKey("solo:deep:k1");
    model.addKey("top");
    QCOMPARE(inserted.count(), 2);
    model.addKey("zzz");
    QCOMPARE(model.keyAt(model.index(model.rowCount() - 1, 0)), QByteArray("zzz"));

    KeySet actual;
    QString problem;
    walkTree(model, QModelIndex(), QByteArray(), ":", &actual, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(actual, (KeySet{"solo:deep:k1", "user:1:0", "user:1:b", "user:2:a", "top", "zzz"}));
}

void tst_Keysmodel::notConnected_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("no client") << QStringLiteral("none");
    QTest::newRow("never connected") << QStringLiteral("idle");
    QTest::newRow("connection refused") << QStringLiteral("refused");
}

void tst_Keysmodel::notConnected()
{
    QFETCH(QString, how);
    RedisClient client;
    client.setAutoReconnect(false);
    RedisKeysModel model;
    if (how != QLatin1String("none"))
        model.setClient(&client);
    if (how == QLatin1String("refused"))
        client.connectToHost(QStringLiteral("127.0.0.1"), closedPort());
    QSignalSpy errors(&model, &RedisKeysModel::errorOccurred);
    model.refresh();
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!model.errorString().isEmpty());
    QCOMPARE(errors.at(0).at(0).toString(), model.errorString());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // nothing to continue
    QVERIFY(!model.isLoading());
    QCOMPARE(errors.count(), 1);
}

void tst_Keysmodel::serverError()
{
    QVERIFY(msetKeys({"x:1", "x:2"}));
    QCOMPARE(server().cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("noscan"),
                           QStringLiteral("on"), QStringLiteral(">pw"), QStringLiteral("~*"),
                           QStringLiteral("+@all"), QStringLiteral("-scan")}),
             QByteArray("OK"));
    RedisClient client;
    client.setUsername(QStringLiteral("noscan"));
    client.setPassword(QStringLiteral("pw"));
    QVERIFY(connectClient(client));
    RedisKeysModel model;
    model.setClient(&client);
    QSignalSpy errors(&model, &RedisKeysModel::errorOccurred);
    model.refresh();
    QVERIFY(errors.wait(Timeout));
    QVERIFY2(model.errorString().contains(QLatin1String("NOPERM")), qPrintable(model.errorString()));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.estimatedTotal(), 2); // DBSIZE is allowed
    QCOMPARE(client.state(), RedisClient::State::Connected);
    // A later refresh clears the error.
    server().cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("noscan"),
                  QStringLiteral("+scan")});
    QSignalSpy errorChanged(&model, &RedisKeysModel::errorStringChanged);
    model.refresh();
    QCOMPARE(errorChanged.count(), 1);
    QCOMPARE(model.errorString(), QString());
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 2);
}

void tst_Keysmodel::connectionKilledMidScan()
{
    Bytes keys;
    for (int i = 0; i < 30000; ++i)
        keys << numbered("k:", i);
    QVERIFY(msetKeys(keys));
    RedisKeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_client.get());
    model.setScanCount(10);
    QSignalSpy errors(&model, &RedisKeysModel::errorOccurred);
    // Stop at the first keys, while most SCAN round trips are still to come
    // (polling could miss the whole load on a fast machine).
    QSignalSpy firstKeys(&model, &RedisKeysModel::loadedCountChanged);
    model.refresh();
    QVERIFY(firstKeys.wait(Timeout));
    QVERIFY(model.loadedCount() > 0);
    server().cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"),
                  QStringLiteral("normal")});
    QVERIFY(errors.wait(Timeout));
    QVERIFY(!model.errorString().isEmpty());
    QVERIFY(waitLoaded(model));
    QVERIFY(model.loadedCount() < 30000);
    QCOMPARE(model.rowCount(), int(model.loadedCount())); // what came stays
    QVERIFY(!model.canFetchMore(QModelIndex()));
    // The client reconnects; a refresh loads everything.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), RedisClient::State::Connected, Timeout);
    model.setScanCount(1000);
    model.refresh();
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.rowCount(), 30000);
    QCOMPARE(errors.count(), 1);
}

void tst_Keysmodel::modelDestroyedWhileLoading()
{
    Bytes keys;
    for (int i = 0; i < 20000; ++i)
        keys << numbered("user:", i % 50) + ':' + QByteArray::number(i);
    QVERIFY(msetKeys(keys));
    for (bool tree : {false, true}) {
        auto model = std::make_unique<RedisKeysModel>();
        model->setClient(m_client.get());
        model->setTreeMode(tree);
        model->setScanCount(50);
        // Stop at the first rows: 400 SCAN round trips are still to come
        // (polling could miss the whole load on a fast machine).
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->refresh();
        QVERIFY(inserted.wait(Timeout));
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->isLoading());
        // Pending type requests and a memory request go with it.
        const QModelIndex first = model->index(0, 0);
        model->data(first, RedisKeysModel::TypeRole);
        model->requestMemoryUsage(first);
        QVERIFY(m_client->pendingCommandCount() > 0);
        model.reset();
        QVERIFY(roundTrip(*m_client));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCommandCount(), 0, Timeout);
        QCOMPARE(m_client->state(), RedisClient::State::Connected);
    }
}

void tst_Keysmodel::clientDestroyedWhileLoading()
{
    Bytes keys;
    for (int i = 0; i < 20000; ++i)
        keys << numbered("k:", i);
    QVERIFY(msetKeys(keys));
    auto client = std::make_unique<RedisClient>();
    QVERIFY(connectClient(*client));
    RedisKeysModel model;
    model.setClient(client.get());
    model.setScanCount(50);
    QSignalSpy errors(&model, &RedisKeysModel::errorOccurred);
    QSignalSpy clientChanged(&model, &RedisKeysModel::clientChanged);
    // Stop at the first keys, while most SCAN round trips are still to come
    // (polling could miss the whole load on a fast machine).
    QSignalSpy firstKeys(&model, &RedisKeysModel::loadedCountChanged);
    model.refresh();
    QVERIFY(firstKeys.wait(Timeout));
    QVERIFY(model.loadedCount() > 0);
    client.reset();
    QCOMPARE(errors.count(), 1); // Aborted, delivered during the client's destruction
    QCOMPARE(clientChanged.count(), 1);
    QCOMPARE(model.client(), nullptr);
    QVERIFY(waitLoaded(model));
    QVERIFY(model.rowCount() > 0);
    // Asking for types without a client neither crashes nor sends anything.
    QCOMPARE(model.index(0, 0).data(RedisKeysModel::TypeRole), QVariant());
    QVERIFY(!model.requestMemoryUsage(model.index(0, 0)));
    model.refresh();
    QVERIFY(errors.wait(Timeout));
    QCOMPARE(model.rowCount(), 0);
}

// QTREDIS_BIG_KEYS (default 1,000,000) keys "ns<i%100>:sub<i%1000>:key<i>";
// times refresh() to loading == false in flat and tree mode and the longest
// event-loop stall meanwhile, seen by a 1 ms timer.
void tst_Keysmodel::bigKeyspace()
{
    const int count = QtRedisTest::bigKeyCount(BigDefault);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(server().cliPipe(QtRedisTest::bigKeyspaceResp(count), 300000), qPrintable(server().errorString()));
    QCOMPARE(server().cli({QStringLiteral("DBSIZE")}), QByteArray::number(count));
    qInfo("loaded %d keys into redis-server in %lld ms", count, clock.elapsed());

    const int waitMs = 300000;
    RedisKeysModel model;
    model.setClient(m_client.get());
    QtRedisTest::StallProbe probe;
    auto run = [&](const char *mode) {
        probe.start();
        clock.restart();
        model.refresh();
        const bool done = waitLoaded(model, waitMs);
        const qint64 ms = clock.elapsed();
        probe.stop();
        qInfo("%s: %lld keys in %lld ms (%.0f keys/s), longest event-loop stall %.1f ms", mode,
              model.loadedCount(), ms, ms > 0 ? model.loadedCount() * 1000.0 / ms : 0.0,
              probe.longestMs());
        return done;
    };

    QVERIFY(run("flat"));
    QCOMPARE(model.loadedCount(), qint64(count));
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.estimatedTotal(), qint64(count));
    QVERIFY2(probe.longestMs() < 1000, qPrintable(QString::number(probe.longestMs())));

    model.setTreeMode(true);
    QVERIFY(run("tree"));
    QCOMPARE(model.loadedCount(), qint64(count));
    const int namespaces = qMin(count, 100);
    QCOMPARE(model.rowCount(), namespaces);
    qint64 sum = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        sum += model.index(row, 0).data(RedisKeysModel::KeyCountRole).toLongLong();
    QCOMPARE(sum, qint64(count));
    QVERIFY2(probe.longestMs() < 1000, qPrintable(QString::number(probe.longestMs())));

    // Expanding a namespace builds only it: ns7 holds count/100 keys in 10
    // subs (from the event loop if they are more than 5000).
    const QPersistentModelIndex ns7 = model.indexOfKey("ns7:");
    QVERIFY(ns7.isValid());
    QVERIFY(model.canFetchMore(model.indexOfKey("ns8:")));
    clock.restart();
    model.fetchMore(ns7);
    QVERIFY(waitLoaded(model, waitMs));
    const qint64 buildNs = clock.nsecsElapsed();
    const int subs = model.rowCount(ns7);
    clock.restart();
    const QModelIndex sub7 = model.index(0, 0, ns7);
    const int keysInSub = model.rowCount(sub7);
    const qint64 buildSub = clock.nsecsElapsed();
    qInfo("expanding ns7: %d rows in %.1f ms; %s: %d rows in %.1f ms", subs, buildNs / 1e6,
          qPrintable(RedisValue::displayText(model.keyAt(sub7))), keysInSub, buildSub / 1e6);
    if (count >= 1000)
        QCOMPARE(subs, 10);
    QCOMPARE(qint64(keysInSub), sub7.data(RedisKeysModel::KeyCountRole).toLongLong());
    QVERIFY(model.canFetchMore(model.indexOfKey("ns8:"))); // nobody expanded it

    // One namespace holding every key: "n" splits "ns7:sub7:key7" into an
    // empty piece and "s7:sub7:key7". Expanding it builds a million rows
    // from the event loop.
    model.setSeparator(QStringLiteral("n"));
    QVERIFY(waitLoaded(model, waitMs));
    QCOMPARE(model.rowCount(), 1);
    const QPersistentModelIndex all = model.index(0, 0);
    QCOMPARE(model.keyAt(all), QByteArray("n"));
    QCOMPARE(all.data(RedisKeysModel::KeyCountRole).toLongLong(), qint64(count));
    probe.start();
    clock.restart();
    model.fetchMore(all);
    QVERIFY(waitLoaded(model, waitMs));
    probe.stop();
    qInfo("expanding one namespace of %d keys: %lld ms, longest event-loop stall %.1f ms", count,
          clock.elapsed(), probe.longestMs());
    QCOMPARE(model.rowCount(all), count);
    QVERIFY(model.keyAt(model.index(0, 0, all)) < model.keyAt(model.index(1, 0, all)));
    QVERIFY(model.keyAt(model.index(count - 2, 0, all)) < model.keyAt(model.index(count - 1, 0, all)));
    QVERIFY2(probe.longestMs() < 1000, qPrintable(QString::number(probe.longestMs())));

    // Regrouping a million loaded keys (no SCAN) is incremental too.
    probe.start();
    clock.restart();
    model.setTreeMode(false);
    QVERIFY(waitLoaded(model, waitMs));
    probe.stop();
    qInfo("regroup tree -> flat: %lld ms, longest event-loop stall %.1f ms", clock.elapsed(), probe.longestMs());
    QCOMPARE(model.rowCount(), count);
}

QTEST_MAIN(tst_Keysmodel)
#include "tst_keysmodel.moc"
