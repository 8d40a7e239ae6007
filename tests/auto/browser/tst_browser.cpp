// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The Redis browser (examples/browser) on the offscreen platform: its QML
// module QtRedisBrowser is loaded as the executable loads it, and its pages
// are driven through their properties and functions against a private
// redis-server. What the browser changes is checked with redis-cli.
#include <QtTest/QtTest>

#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtQuickControls2/QQuickStyle>

#include <browsercodec.h>
#include <clusternodes.h>
#include <connectionconfig.h>
#include <connectionstore.h>
#include <redisclient.h>
#include <rediskeysmodel.h>
#include <redistestcase.h>
#include <redistestserver.h>
#include <sshtestserver.h>
#include <redisvalue.h>
#include <testhelpers.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(QtRedisBrowserPlugin)

using namespace QtRedisTest;

namespace {

constexpr int NamespacedKeys = 300;

const QByteArray binaryKey("binary:nul\0key", 14);
const QByteArray binaryValue("value with \0 NUL, \r\n CRLF and \xff\xfe invalid UTF-8", 46);
const QByteArray binaryField("field\0nul", 9);

QVariant call(QObject *object, const char *method, const QVariantList &args = {})
{
    QVariant result;
    bool ok = false;
    switch (args.size()) {
    case 0:
        ok = QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(QVariant, result));
        break;
    case 1:
        ok = QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, args.at(0)));
        break;
    case 2:
        ok = QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, args.at(0)),
                                       Q_ARG(QVariant, args.at(1)));
        break;
    case 3:
        ok = QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, args.at(0)),
                                       Q_ARG(QVariant, args.at(1)), Q_ARG(QVariant, args.at(2)));
        break;
    default:
        break;
    }
    if (!ok)
        qWarning("could not call %s on %s", method, object ? object->metaObject()->className() : "null");
    return result;
}

// A C++ Q_INVOKABLE taking a QString and returning a QVariantMap.
QVariantMap callMap(QObject *object, const char *method, const QString &arg)
{
    QVariantMap result;
    if (!QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(QVariantMap, result), Q_ARG(QString, arg)))
        qWarning("could not call %s", method);
    return result;
}

bool callBool(QObject *object, const char *method, const QString &arg)
{
    bool result = false;
    if (!QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(bool, result), Q_ARG(QString, arg)))
        qWarning("could not call %s", method);
    return result;
}

QObject *objectProperty(QObject *object, const char *name)
{
    return object ? object->property(name).value<QObject *>() : nullptr;
}

// Translates one string of ConnectionView.qml, to see that a language
// switch re-evaluates the qsTr() bindings (whatever .qm files exist).
class MarkerTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "ConnectionView") == 0 && qstrcmp(sourceText, "Keys") == 0)
            return QStringLiteral("Keys-marker");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_Browser : public RedisTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() override;
    void cleanupTestCase();

    void codecRoundTrip_data();
    void codecRoundTrip();
    void codecJson();
    void opensConnectionAndListsKeys();
    void keyTreeGroupsByNamespace();
    void keyTreeMouseAndKeyboard();
    void browseKey_data();
    void browseKey();
    void stringShownAsTextHexAndJson();
    void largeStringPreviewAndLoadAll();
    void editString();
    void editHashFieldKeepsBinaryField();
    void untouchedBinaryValueIsNotRewritten();
    void listSetSortedSetAndStreamEdits();
    void deleteKeyAfterConfirmation();
    void createKey_data();
    void createKey();
    void renameKey();
    void ttlEdit();
    void binaryKeyShownEscaped();
    void filterByPatternAndType();
    void switchDatabase();
    void bigDatabaseStaysResponsive();
    void console();
    void consolePrintsRepliesAsRedisCli_data();
    void consolePrintsRepliesAsRedisCli();
    void consoleShowsClientSideErrors();
    void serverPage();
    void pubSub();
    void switchLanguage();
    void savedConnectionsKeepPasswordsOnlyWhenAsked();
    void connectionUrlForms_data();
    void connectionUrlForms();
    void urlPasswordNeverStoredOrDescribed();
    void urlDatabaseQueryOpensThatDatabase();
    void settingsOfEarlierVersionsLoad();
    void unusableUrls();
    void severalConnectionsAtOnce();
    void statusBarShowsReconnectCountdown();
    void testConnectionButton();
    void tlsAndSshRoundTrip_data();
    void tlsAndSshRoundTrip();
    void dialogTlsAndSshFields();
    void hostKeyRejectedOffersTrust();
    void sshTunnelThroughTheDialog();
    void connectionDialogFits_data();
    void connectionDialogFits();
    void screenshot();
    void screenshotOfConnectionDialog();
    void clusterAndSentinelConnectionsSaved_data();
    void clusterAndSentinelConnectionsSaved();
    void clusterNodesModelRows();
    void clusterDetectedSwitchedAndBrowsed_data();
    void clusterDetectedSwitchedAndBrowsed();

private:
    bool createWindow();
    QObject *view() const { return objectProperty(m_root, "currentView"); }
    QObject *keysPage() const { return objectProperty(view(), "keysPage"); }
    QObject *valuePane() const { return objectProperty(keysPage(), "valuePane"); }
    QObject *valueView() const { return objectProperty(valuePane(), "valueView"); }
    RedisKeysModel *keysModel() const { return qobject_cast<RedisKeysModel *>(objectProperty(view(), "keysModel")); }
    QObject *client() const { return objectProperty(view(), "client"); }
    // Opens a key in the value pane and waits until its value is shown.
    bool openKey(const QByteArray &key, const QString &type);
    // With QTREDIS_BROWSER_SNAPSHOTS=<dir>, saves the window as <dir>/<name>.png
    // (for looking at the pages; nothing is asserted).
    void snapshot(const char *name);

    QTemporaryDir m_dir;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QObject *m_root = nullptr;
    int m_totalKeys = 0;
};

void tst_Browser::initTestCase()
{
    RedisTestCase::initTestCase();
    if (!server().isRunning())
        return; // the base failed the suite
    QVERIFY(m_dir.isValid());

    QList<QList<QByteArray>> data = {
        {"SET", "greeting", "Hello from QtRedis"},
        {"SET", "counter", "42"},
        {"SET", "json:config", "{\"theme\":\"dark\",\"fonts\":[\"Noto Sans\",\"DejaVu\"],\"autosave\":true}"},
        {"SET", binaryKey, binaryValue},
        {"SET", "bytes:png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)},
        {"HSET", "user:1000", "name", "Ada Lovelace", "email", "ada@example.com", "born", "1815", binaryField,
         QByteArray("bin\xffval")},
        {"HSET", "user:1001", "name", "Alan Turing"},
        {"RPUSH", "queue:jobs", "render:1", "render:2", "upload:9"},
        {"SADD", "tags", "redis", "qt", "cpp"},
        {"ZADD", "leaderboard", "3100", "alice", "2950", "bob", "4200", "carol"},
        {"XADD", "events:sensor", "1-1", "temp", "21.5"},
        {"XADD", "events:sensor", "1-2", "temp", "22.0", "unit", "C"},
    };
    for (int i = 0; i < NamespacedKeys; ++i)
        data.append({"SET", "app:cache:" + QByteArray::number(i), "v" + QByteArray::number(i)});
    QVERIFY(load(data));
    QVERIFY(load({{"SET", "only:in:db1", "one"}}, 1));
    m_totalKeys = cli({QStringLiteral("DBSIZE")}).toInt();
    QCOMPARE(m_totalKeys, 11 + NamespacedKeys);

    QVERIFY(createWindow());
}

void tst_Browser::cleanupTestCase()
{
    m_engine.reset();
}

bool tst_Browser::createWindow()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    // As main.cpp: the compiled-in module QtRedisBrowser (:/QtRedisBrowser/qmldir).
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->addImportPath(QStringLiteral(QTREDIS_QML_IMPORT_DIR));
    m_engine->setInitialProperties({
        {QStringLiteral("startUrl"), QStringLiteral("redis://127.0.0.1:%1/0").arg(server().port())},
        {QStringLiteral("settingsFile"), m_dir.filePath(QStringLiteral("browser.ini"))},
        {QStringLiteral("initialLanguage"), QStringLiteral("en")},
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/QtRedisBrowser/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return false;
    m_root = m_engine->rootObjects().constFirst();
    return qobject_cast<QQuickWindow *>(m_root) != nullptr;
}

void tst_Browser::snapshot(const char *name)
{
    const QString dir = qEnvironmentVariable("QTREDIS_BROWSER_SNAPSHOTS");
    if (dir.isEmpty())
        return;
    auto *window = qobject_cast<QQuickWindow *>(m_root);
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    frame.wait(Timeout); // the views have laid out what just arrived
    window->grabWindow().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

bool tst_Browser::openKey(const QByteArray &key, const QString &type)
{
    QObject *pane = valuePane();
    QSignalSpy shown(pane, SIGNAL(shown()));
    call(keysPage(), "openKey", {key});
    return QTest::qWaitFor([&] {
        return !shown.isEmpty() && pane->property("keyType").toString() == type
                && pane->property("key").toByteArray() == key;
    }, Timeout);
}

// --- tests ---------------------------------------------------------------

// What the editor shows, in every format it offers, gives back the same bytes.
void tst_Browser::codecRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detected");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("text");
    QTest::newRow("text") << QByteArray("Hello, world\n\tindented") << QStringLiteral("text");
    QTest::newRow("utf-8") << QStringLiteral("Grüße, 你好 🚀").toUtf8() << QStringLiteral("text");
    QTest::newRow("backslashes") << QByteArray("C:\\dir\\x41 \\n") << QStringLiteral("text");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("escaped");
    QTest::newRow("crlf") << QByteArray("line\r\nline") << QStringLiteral("escaped");
    QTest::newRow("invalid utf-8") << QByteArray("bin\xff\xfeval") << QStringLiteral("escaped");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("hex");
    QTest::newRow("no-break space") << QStringLiteral("a\u00a0b").toUtf8() << QStringLiteral("escaped");
    QTest::newRow("bidi control") << QStringLiteral("abc\u202edef").toUtf8() << QStringLiteral("escaped");
    QTest::newRow("json") << QByteArray("{\"a\":[1,2.50,\"x\\\"y\"],\"b\":{}}") << QStringLiteral("json");
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    QTest::newRow("every byte") << all << QStringLiteral("hex");
}

void tst_Browser::codecRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detected);

    QCOMPARE(BrowserCodec::detectFormat(bytes), detected);
    // The editor's escapes are the library's display escaping, read back.
    QCOMPARE(BrowserCodec::unescape(RedisValue::displayText(bytes)), bytes);
    QCOMPARE(BrowserCodec::unescape(BrowserCodec::escapeForEditor(bytes)), bytes);
    QCOMPARE(BrowserCodec::fromHex(BrowserCodec::toHex(bytes)), bytes);
    // Displayed text is one line of plain text.
    const QString shown = RedisValue::displayText(bytes);
    QVERIFY(!shown.contains(QLatin1Char('\n')) && !shown.contains(QLatin1Char('\r'))
            && !shown.contains(QChar(0)) && !shown.contains(QChar(0x202e)));
    for (const QString &format : BrowserCodec::formatsFor(bytes)) {
        const QVariantMap parsed = BrowserCodec::parse(BrowserCodec::render(bytes, format), format);
        QVERIFY2(parsed.value(QStringLiteral("ok")).toBool(), qPrintable(format));
        if (format == QLatin1String("json"))
            QCOMPARE(BrowserCodec::compactJson(parsed.value(QStringLiteral("bytes")).toByteArray()), bytes);
        else
            QCOMPARE(parsed.value(QStringLiteral("bytes")).toByteArray(), bytes);
    }
}

void tst_Browser::codecJson()
{
    const QByteArray compact("{\"k\":[1,{\"n\":null}],\"s\":\"a, b: [c]\",\"e\":[],\"big\":12345678901234567890}");
    const QString pretty = BrowserCodec::prettyJson(compact);
    QCOMPARE(pretty, QStringLiteral("{\n  \"k\": [\n    1,\n    {\n      \"n\": null\n    }\n  ],\n"
                                    "  \"s\": \"a, b: [c]\",\n  \"e\": [],\n  \"big\": 12345678901234567890\n}"));
    QCOMPARE(BrowserCodec::compactJson(pretty.toUtf8()), compact);
    QVERIFY(BrowserCodec::isCompactJson(compact));
    QVERIFY(!BrowserCodec::isCompactJson(pretty.toUtf8()));
    QVERIFY(!BrowserCodec::isJson("{\"a\": "));
    QVERIFY(!BrowserCodec::isJson("42"));
    QCOMPARE(BrowserCodec::parse(QStringLiteral("{\"a\": 1}"), QStringLiteral("json"), true).value(QStringLiteral("bytes")).toByteArray(),
             QByteArray("{\"a\":1}"));
    QVERIFY(!BrowserCodec::parse(QStringLiteral("[1,"), QStringLiteral("json")).value(QStringLiteral("ok")).toBool());
    QVERIFY(!BrowserCodec::parse(QStringLiteral("0g"), QStringLiteral("hex")).value(QStringLiteral("ok")).toBool());
    QVERIFY(!BrowserCodec::parse(QStringLiteral("abc"), QStringLiteral("hex")).value(QStringLiteral("ok")).toBool());
}

void tst_Browser::opensConnectionAndListsKeys()
{
    QVERIFY(view());
    QTRY_COMPARE_WITH_TIMEOUT(client()->property("state").value<RedisClient::State>(), RedisClient::State::Connected,
                              Timeout);
    RedisKeysModel *keys = keysModel();
    QVERIFY(keys);
    QVERIFY(keys->treeMode());
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->loadedCount() == m_totalKeys, Timeout);
    QCOMPARE(keys->estimatedTotal(), m_totalKeys);

    // The progress line and the tree.
    QObject *tree = objectProperty(keysPage(), "keyTree");
    QVERIFY(tree);
    QTRY_COMPARE_WITH_TIMEOUT(tree->property("progressText").toString(), QStringLiteral("%1 keys").arg(m_totalKeys),
                              Timeout);
    QObject *treeView = objectProperty(tree, "treeView");
    QVERIFY(treeView->property("rows").toInt() > 0);

    // The window title names the connection; the status bar shows the state
    // and, soon, a round trip.
    QVERIFY(m_root->property("title").toString().contains(QStringLiteral("127.0.0.1")));
    QTRY_VERIFY_WITH_TIMEOUT(view()->property("latencyMs").toDouble() >= 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!view()->property("serverVersion").toString().isEmpty(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(view()->property("databaseCount").toInt(), 16, Timeout);
    // The first key was opened by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!valuePane()->property("key").toByteArray().isEmpty(), Timeout);
}

void tst_Browser::keyTreeGroupsByNamespace()
{
    RedisKeysModel *keys = keysModel();
    const QModelIndex app = keys->indexOfKey("app:");
    QVERIFY(app.isValid());
    QVERIFY(keys->data(app, RedisKeysModel::IsNamespaceRole).toBool());
    QCOMPARE(keys->data(app, RedisKeysModel::KeyCountRole).toLongLong(), NamespacedKeys);

    // Revealing a key expands its namespaces in the TreeView and selects it.
    QObject *tree = objectProperty(keysPage(), "keyTree");
    QVERIFY(call(tree, "reveal", {QByteArray("app:cache:7")}).toBool());
    QObject *treeView = objectProperty(tree, "treeView");
    QTRY_VERIFY_WITH_TIMEOUT(treeView->property("currentRow").toInt() >= 0, Timeout);
    const QVariant key = call(tree, "keyAtRow", {treeView->property("currentRow")});
    QCOMPARE(key.toByteArray(), QByteArray("app:cache:7"));
}

void tst_Browser::keyTreeMouseAndKeyboard()
{
    QObject *tree = objectProperty(keysPage(), "keyTree");
    auto *treeView = qobject_cast<QQuickItem *>(objectProperty(tree, "treeView"));
    auto *window = qobject_cast<QQuickWindow *>(m_root);
    QObject *pane = valuePane();

    // The row of a key in the view (-1 if a namespace above it is collapsed)
    // and its delegate, scrolled into view.
    auto rowOf = [&](const QByteArray &key) { return call(tree, "rowOfKey", {key}).toInt(); };
    auto itemAt = [&](int row) { return call(tree, "rowItem", {row}).value<QQuickItem *>(); };

    // A click on a key's row shows it.
    const int counterRow = rowOf("counter");
    QVERIFY(counterRow >= 0);
    QQuickItem *counterItem = itemAt(counterRow);
    QVERIFY(counterItem);
    QTest::mouseClick(window, Qt::LeftButton, {}, counterItem->mapToScene(QPointF(counterItem->width() / 2, counterItem->height() / 2)).toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(pane->property("key").toByteArray(), QByteArray("counter"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(treeView->hasActiveFocus(), Timeout);

    // Down: the next row (a key, at the top level after "counter").
    QTest::keyClick(window, Qt::Key_Down);
    const int next = treeView->property("currentRow").toInt();
    QCOMPARE(next, counterRow + 1);
    const QByteArray nextKey = call(tree, "keyAtRow", {next}).toByteArray();
    QVERIFY(!nextKey.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(pane->property("key").toByteArray(), nextKey, Timeout);

    // Right and Left expand and collapse a namespace.
    const int userRow = rowOf("user:");
    QVERIFY(userRow >= 0);
    bool expanded = true;
    QMetaObject::invokeMethod(treeView, "collapse", Q_ARG(int, userRow));
    QQuickItem *userItem = itemAt(userRow);
    QVERIFY(userItem);
    QTest::mouseClick(window, Qt::LeftButton, {}, userItem->mapToScene(QPointF(userItem->width() / 2, userItem->height() / 2)).toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(treeView->property("currentRow").toInt(), userRow, Timeout);
    QTest::keyClick(window, Qt::Key_Right);
    QMetaObject::invokeMethod(treeView, "isExpanded", Q_RETURN_ARG(bool, expanded), Q_ARG(int, userRow));
    QVERIFY(expanded);
    QTest::keyClick(window, Qt::Key_Left);
    QMetaObject::invokeMethod(treeView, "isExpanded", Q_RETURN_ARG(bool, expanded), Q_ARG(int, userRow));
    QVERIFY(!expanded);
    // Enter toggles a namespace too.
    QTest::keyClick(window, Qt::Key_Return);
    QMetaObject::invokeMethod(treeView, "isExpanded", Q_RETURN_ARG(bool, expanded), Q_ARG(int, userRow));
    QVERIFY(expanded);
}

void tst_Browser::browseKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("rows");          // loaded rows of a collection; -1 for a string
    QTest::addColumn<QString>("firstCell"); // a cell (or the string's text) that must be shown

    QTest::newRow("string") << QByteArray("greeting") << QStringLiteral("string") << -1
                            << QStringLiteral("Hello from QtRedis");
    QTest::newRow("hash") << QByteArray("user:1000") << QStringLiteral("hash") << 4 << QStringLiteral("Ada Lovelace");
    QTest::newRow("list") << QByteArray("queue:jobs") << QStringLiteral("list") << 3 << QStringLiteral("render:1");
    QTest::newRow("set") << QByteArray("tags") << QStringLiteral("set") << 3 << QStringLiteral("redis");
    QTest::newRow("zset") << QByteArray("leaderboard") << QStringLiteral("zset") << 3 << QStringLiteral("bob");
    QTest::newRow("stream") << QByteArray("events:sensor") << QStringLiteral("stream") << 2
                            << QStringLiteral("temp=21.5");
}

void tst_Browser::browseKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, type);
    QFETCH(int, rows);
    QFETCH(QString, firstCell);

    QVERIFY(openKey(key, type));
    QObject *valueViewItem = valueView();
    QVERIFY(valueViewItem);
    QCOMPARE(valuePane()->property("keyText").toString(), QString::fromUtf8(key));
    if (rows < 0) {
        QObject *editor = objectProperty(valueViewItem, "editor");
        QTRY_COMPARE_WITH_TIMEOUT(editor->property("text").toString(), firstCell, Timeout);
        QCOMPARE(editor->property("format").toString(), QStringLiteral("text"));
        QTRY_VERIFY_WITH_TIMEOUT(!objectProperty(valueViewItem, "stringValue")->property("loading").toBool(), Timeout);
        return;
    }
    auto *model = qobject_cast<QAbstractItemModel *>(objectProperty(valueViewItem, "model"));
    QVERIFY(model);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), rows, Timeout);
    // Some cell of the table shows the expected text.
    bool found = false;
    for (int r = 0; r < model->rowCount() && !found; ++r) {
        for (int c = 0; c < model->columnCount() && !found; ++c)
            found = model->data(model->index(r, c)).toString() == firstCell;
        const QHash<int, QByteArray> roles = model->roleNames();
        for (auto it = roles.cbegin(); it != roles.cend() && !found; ++it)
            found = model->data(model->index(r, 0), it.key()).toString() == firstCell;
    }
    QVERIFY2(found, qPrintable(firstCell));
    // The TTL and the summary are shown too.
    QTRY_COMPARE_WITH_TIMEOUT(valuePane()->property("ttlMs").toDouble(), -1.0, Timeout);
    QVERIFY(!valueViewItem->property("summary").toString().isEmpty());
    snapshot(qPrintable(QStringLiteral("browse-") + type));
}

void tst_Browser::stringShownAsTextHexAndJson()
{
    QVERIFY(openKey("json:config", QStringLiteral("string")));
    QObject *editor = objectProperty(valueView(), "editor");
    QTRY_COMPARE_WITH_TIMEOUT(editor->property("format").toString(), QStringLiteral("json"), Timeout);
    QVERIFY(editor->property("text").toString().contains(QStringLiteral("\n  \"theme\": \"dark\",")));
    snapshot("string-json");

    call(editor, "switchFormat", {QStringLiteral("hex")});
    QCOMPARE(editor->property("format").toString(), QStringLiteral("hex"));
    QVERIFY(editor->property("text").toString().startsWith(QStringLiteral("7b 22 74 68")));
    QVERIFY(!editor->property("dirty").toBool());

    // Text that is not hex cannot be taken back: the view stays in hex.
    QObject *area = objectProperty(editor, "textArea");
    area->setProperty("text", QStringLiteral("7b zz"));
    call(editor, "switchFormat", {QStringLiteral("text")});
    QCOMPARE(editor->property("format").toString(), QStringLiteral("hex"));
    QVERIFY(!editor->property("error").toString().isEmpty());
    call(editor, "revert");
    QVERIFY(!editor->property("dirty").toBool());
    QVERIFY(editor->property("error").toString().isEmpty());

    // Edited as pretty JSON, a compact value is saved compact again.
    call(editor, "switchFormat", {QStringLiteral("json")});
    const QString pretty = editor->property("text").toString();
    area->setProperty("text", QString(pretty).replace(QStringLiteral("\"dark\""), QStringLiteral("\"light\"")));
    QObject *stringView = valueView();
    QSignalSpy edited(stringView, SIGNAL(edited(bool,QString)));
    QVERIFY(call(stringView, "save").toBool());
    QVERIFY(edited.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("json:config")}),
             QByteArray("{\"theme\":\"light\",\"fonts\":[\"Noto Sans\",\"DejaVu\"],\"autosave\":true}"));
    // Invalid JSON is refused, nothing is sent.
    area->setProperty("text", QStringLiteral("{\"theme\": "));
    QVERIFY(!call(stringView, "save").toBool());
    QVERIFY(!editor->property("error").toString().isEmpty());
    call(editor, "revert");

    // Bytes that are not text start in hex.
    QVERIFY(openKey("bytes:png", QStringLiteral("string")));
    editor = objectProperty(valueView(), "editor");
    QTRY_COMPARE_WITH_TIMEOUT(editor->property("format").toString(), QStringLiteral("hex"), Timeout);
    QVERIFY(editor->property("text").toString().startsWith(QStringLiteral("89 50 4e 47 0d 0a 1a 0a 00")));
    snapshot("string-hex");
}

void tst_Browser::largeStringPreviewAndLoadAll()
{
    QByteArray big;
    for (int i = 0; big.size() < 300 * 1024; ++i)
        big += "line " + QByteArray::number(i) + '\n';
    QVERIFY(load({{"SET", "big:text", big}}));
    keysModel()->addKey("big:text");
    QVERIFY(openKey("big:text", QStringLiteral("string")));
    QObject *stringView = valueView();
    QObject *value = objectProperty(stringView, "stringValue");
    QObject *editor = objectProperty(stringView, "editor");
    QTRY_VERIFY_WITH_TIMEOUT(!value->property("loading").toBool() && value->property("size").toLongLong() == big.size(),
                             Timeout);
    // A preview of 256 KiB, read only.
    QVERIFY(value->property("truncated").toBool());
    QCOMPARE(value->property("value").toByteArray(), big.left(256 * 1024));
    QVERIFY(editor->property("readOnly").toBool());
    QVERIFY(!call(stringView, "save").toBool());

    QMetaObject::invokeMethod(value, "loadAll");
    QTRY_VERIFY_WITH_TIMEOUT(!value->property("truncated").toBool() && !value->property("loading").toBool(), Timeout);
    QCOMPARE(value->property("value").toByteArray(), big);
    QVERIFY(!editor->property("readOnly").toBool());
    QCOMPARE(editor->property("text").toString().size(), big.size());
}

void tst_Browser::editString()
{
    QVERIFY(openKey("greeting", QStringLiteral("string")));
    QObject *stringView = valueView();
    QObject *editor = objectProperty(stringView, "editor");
    QObject *area = objectProperty(editor, "textArea");
    QVERIFY(area);
    QTRY_COMPARE_WITH_TIMEOUT(editor->property("text").toString(), QStringLiteral("Hello from QtRedis"), Timeout);

    area->setProperty("text", QStringLiteral("Grüße aus dem Browser"));
    QVERIFY(editor->property("dirty").toBool());
    QSignalSpy edited(stringView, SIGNAL(edited(bool,QString)));
    QVERIFY(call(stringView, "save").toBool());
    QVERIFY(edited.wait(Timeout));
    QVERIFY(edited.first().at(0).toBool());
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("greeting")}), QStringLiteral("Grüße aus dem Browser").toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->property("dirty").toBool(), Timeout);

    // Typed with escapes: the bytes they stand for are stored.
    call(editor, "switchFormat", {QStringLiteral("escaped")});
    area->setProperty("text", QStringLiteral("tab\\there \\x00\\xff end"));
    edited.clear();
    QVERIFY(call(stringView, "save").toBool());
    QVERIFY(edited.wait(Timeout));
    QVERIFY(edited.first().at(0).toBool());
    QCOMPARE(cli({QStringLiteral("STRLEN"), QStringLiteral("greeting")}), QByteArray("15"));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("greeting")}), QByteArray("tab\there \0\xff end", 15));
}

void tst_Browser::editHashFieldKeepsBinaryField()
{
    QVERIFY(openKey("user:1000", QStringLiteral("hash")));
    QObject *hashView = valueView();
    auto *model = qobject_cast<QAbstractItemModel *>(objectProperty(hashView, "model"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, Timeout);
    int row = -1;
    QMetaObject::invokeMethod(model, "rowOf", Q_RETURN_ARG(int, row), Q_ARG(QByteArray, binaryField));
    QVERIFY(row >= 0);

    // The field's name is shown escaped, its value (not UTF-8) too.
    QCOMPARE(model->data(model->index(row, 0)).toString(), QStringLiteral("field\\x00nul"));
    QCOMPARE(model->data(model->index(row, 1)).toString(), QStringLiteral("bin\\xffval"));

    call(hashView, "editRow", {row});
    auto *dialog = hashView->findChild<QObject *>(QStringLiteral("valueEditorDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    QObject *editor = objectProperty(dialog, "editor");
    QCOMPARE(editor->property("format").toString(), QStringLiteral("escaped"));
    QCOMPARE(editor->property("text").toString(), QStringLiteral("bin\\xffval"));
    snapshot("hash-edit-dialog");
    objectProperty(editor, "textArea")->setProperty("text", QStringLiteral("edited \\x01"));

    QSignalSpy edited(hashView, SIGNAL(edited(bool,QString)));
    QVERIFY(call(dialog, "submit").toBool());
    QVERIFY(edited.wait(Timeout));
    QVERIFY(edited.first().at(0).toBool());
    // HGETALL (raw output): the field kept its NUL byte.
    const QByteArray all = cli({QStringLiteral("HGETALL"), QStringLiteral("user:1000")});
    QVERIFY2(all.contains(binaryField + "\nedited \x01"), all.toPercentEncoding().constData());
    QCOMPARE(cli({QStringLiteral("HLEN"), QStringLiteral("user:1000")}), QByteArray("4"));
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(row, 1)).toString(), QStringLiteral("edited \\x01"), Timeout);

    // A new field, then deleting it after the confirmation.
    call(hashView, "addField");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    objectProperty(dialog, "nameField")->setProperty("text", QStringLiteral("city"));
    objectProperty(objectProperty(dialog, "editor"), "textArea")->setProperty("text", QStringLiteral("London"));
    edited.clear();
    QVERIFY(call(dialog, "submit").toBool());
    QVERIFY(edited.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("HGET"), QStringLiteral("user:1000"), QStringLiteral("city")}), QByteArray("London"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, Timeout);

    int cityRow = -1;
    QMetaObject::invokeMethod(model, "rowOf", Q_RETURN_ARG(int, cityRow), Q_ARG(QByteArray, QByteArray("city")));
    call(hashView, "deleteRow", {cityRow});
    auto *confirm = hashView->findChild<QObject *>(QStringLiteral("confirmDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(confirm->property("opened").toBool(), Timeout);
    edited.clear();
    QMetaObject::invokeMethod(confirm, "accept");
    QVERIFY(edited.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("HEXISTS"), QStringLiteral("user:1000"), QStringLiteral("city")}), QByteArray("0"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, Timeout);
}

void tst_Browser::untouchedBinaryValueIsNotRewritten()
{
    QVERIFY(openKey(binaryKey, QStringLiteral("string")));
    QObject *stringView = valueView();
    QObject *editor = objectProperty(stringView, "editor");
    QTRY_VERIFY_WITH_TIMEOUT(!editor->property("text").toString().isEmpty(), Timeout);
    QVERIFY(!editor->property("dirty").toBool());
    // Switching the view does not make the value "edited" either.
    call(editor, "switchFormat", {QStringLiteral("escaped")});
    call(editor, "switchFormat", {QStringLiteral("hex")});
    QVERIFY(!editor->property("dirty").toBool());
    QVERIFY(!call(stringView, "save").toBool());

    // An edit in hex that changes nothing stores exactly the same bytes.
    call(editor, "switchFormat", {QStringLiteral("escaped")});
    QObject *area = objectProperty(editor, "textArea");
    const QString text = area->property("text").toString();
    area->setProperty("text", text + QStringLiteral("!"));
    area->setProperty("text", text);
    QSignalSpy edited(stringView, SIGNAL(edited(bool,QString)));
    QVERIFY(call(stringView, "save").toBool());
    QVERIFY(edited.wait(Timeout));
    QVERIFY(edited.first().at(0).toBool());
    RedisClient check;
    QVERIFY(connectClient(check));
    RedisValue stored;
    bool got = false;
    check.command({"GET", binaryKey}, this, [&](const RedisValue &v) {
        stored = v;
        got = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(got, Timeout);
    QCOMPARE(stored.toByteArray(), binaryValue);
}

void tst_Browser::listSetSortedSetAndStreamEdits()
{
    // List: push at the tail, then edit element 0.
    QVERIFY(openKey("queue:jobs", QStringLiteral("list")));
    QObject *listView = valueView();
    auto *dialog = listView->findChild<QObject *>(QStringLiteral("valueEditorDialog"));
    QSignalSpy listEdited(listView, SIGNAL(edited(bool,QString)));
    call(listView, "push", {false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    objectProperty(objectProperty(dialog, "editor"), "textArea")->setProperty("text", QStringLiteral("render:3"));
    QVERIFY(call(dialog, "submit").toBool());
    QVERIFY(listEdited.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("LINDEX"), QStringLiteral("queue:jobs"), QStringLiteral("-1")}), QByteArray("render:3"));
    call(listView, "editRow", {0});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    objectProperty(objectProperty(dialog, "editor"), "textArea")->setProperty("text", QStringLiteral("first"));
    listEdited.clear();
    QVERIFY(call(dialog, "submit").toBool());
    QVERIFY(listEdited.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("LINDEX"), QStringLiteral("queue:jobs"), QStringLiteral("0")}), QByteArray("first"));

    // Set: add a member.
    QVERIFY(openKey("tags", QStringLiteral("set")));
    QObject *setView = valueView();
    dialog = setView->findChild<QObject *>(QStringLiteral("valueEditorDialog"));
    QSignalSpy setEdited(setView, SIGNAL(edited(bool,QString)));
    call(setView, "addMember");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    objectProperty(objectProperty(dialog, "editor"), "textArea")->setProperty("text", QStringLiteral("quick"));
    QVERIFY(call(dialog, "submit").toBool());
    QVERIFY(setEdited.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("SISMEMBER"), QStringLiteral("tags"), QStringLiteral("quick")}), QByteArray("1"));

    // Sorted set: change a score.
    QVERIFY(openKey("leaderboard", QStringLiteral("zset")));
    QObject *zsetView = valueView();
    auto *zsetModel = qobject_cast<QAbstractItemModel *>(objectProperty(zsetView, "model"));
    QTRY_COMPARE_WITH_TIMEOUT(zsetModel->rowCount(), 3, Timeout);
    dialog = zsetView->findChild<QObject *>(QStringLiteral("valueEditorDialog"));
    QSignalSpy zsetEdited(zsetView, SIGNAL(edited(bool,QString)));
    call(zsetView, "editRow", {0}); // bob, the lowest
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    objectProperty(dialog, "scoreField")->setProperty("text", QStringLiteral("5000.5"));
    QVERIFY(call(dialog, "submit").toBool());
    QVERIFY(zsetEdited.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("ZSCORE"), QStringLiteral("leaderboard"), QStringLiteral("bob")}), QByteArray("5000.5"));

    // Stream: add an entry with two fields.
    QVERIFY(openKey("events:sensor", QStringLiteral("stream")));
    QObject *streamView = valueView();
    QObject *entryDialog = objectProperty(streamView, "entryDialog");
    QSignalSpy streamEdited(streamView, SIGNAL(edited(bool,QString)));
    call(streamView, "addEntry");
    QTRY_VERIFY_WITH_TIMEOUT(entryDialog->property("opened").toBool(), Timeout);
    objectProperty(entryDialog, "idField")->setProperty("text", QStringLiteral("2-1"));
    QObject *pairs = objectProperty(entryDialog, "pairs");
    QMetaObject::invokeMethod(pairs, "setProperty", Q_ARG(int, 0), Q_ARG(QString, QStringLiteral("field")),
                              Q_ARG(QVariant, QStringLiteral("temp")));
    QMetaObject::invokeMethod(pairs, "setProperty", Q_ARG(int, 0), Q_ARG(QString, QStringLiteral("value")),
                              Q_ARG(QVariant, QStringLiteral("23.5")));
    QVERIFY(call(entryDialog, "submit").toBool());
    QVERIFY(streamEdited.wait(Timeout));
    QVERIFY(streamEdited.first().at(0).toBool());
    QCOMPARE(cli({QStringLiteral("XLEN"), QStringLiteral("events:sensor")}), QByteArray("3"));
    QCOMPARE(cli({QStringLiteral("XRANGE"), QStringLiteral("events:sensor"), QStringLiteral("2-1"), QStringLiteral("2-1")}),
             QByteArray("2-1\ntemp\n23.5"));
}

void tst_Browser::deleteKeyAfterConfirmation()
{
    QVERIFY(openKey("app:cache:1", QStringLiteral("string")));
    RedisKeysModel *keys = keysModel();
    QVERIFY(keys->indexOfKey("app:cache:1").isValid());

    QObject *pane = valuePane();
    call(pane, "deleteKey");
    auto *confirm = pane->findChild<QObject *>(QStringLiteral("confirmDialog"));
    QVERIFY(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->property("opened").toBool(), Timeout);
    snapshot("delete-confirmation");
    // Nothing is deleted before the confirmation.
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("app:cache:1")}), QByteArray("1"));

    // Cancel keeps it...
    QMetaObject::invokeMethod(confirm, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!confirm->property("visible").toBool(), Timeout);
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("app:cache:1")}), QByteArray("1"));

    // ...accepting deletes it, and the tree forgets it.
    QSignalSpy deleted(pane, SIGNAL(keyDeleted(QVariant)));
    call(pane, "deleteKey");
    QTRY_VERIFY_WITH_TIMEOUT(confirm->property("opened").toBool(), Timeout);
    QMetaObject::invokeMethod(confirm, "accept");
    QVERIFY(deleted.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("app:cache:1")}), QByteArray("0"));
    QTRY_VERIFY_WITH_TIMEOUT(!keys->indexOfKey("app:cache:1").isValid(), Timeout);
    QVERIFY(pane->property("key").isNull() || pane->property("key").toByteArray().isEmpty());
}

void tst_Browser::createKey_data()
{
    QTest::addColumn<QString>("name");       // as typed (escapes allowed)
    QTest::addColumn<QByteArray>("key");     // the bytes it stands for
    QTest::addColumn<int>("typeIndex");      // in the dialog's type combo
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("check");  // redis-cli command ...
    QTest::addColumn<QByteArray>("expected"); // ... and its output

    QTest::newRow("string") << QStringLiteral("new:string") << QByteArray("new:string") << 0 << QStringLiteral("string")
                            << QString() << QStringLiteral("hello")
                            << QStringList{QStringLiteral("GET"), QStringLiteral("new:string")} << QByteArray("hello");
    QTest::newRow("hash") << QStringLiteral("new:hash") << QByteArray("new:hash") << 1 << QStringLiteral("hash")
                          << QStringLiteral("f") << QStringLiteral("v")
                          << QStringList{QStringLiteral("HGET"), QStringLiteral("new:hash"), QStringLiteral("f")}
                          << QByteArray("v");
    QTest::newRow("list") << QStringLiteral("new:list") << QByteArray("new:list") << 2 << QStringLiteral("list")
                          << QString() << QStringLiteral("e")
                          << QStringList{QStringLiteral("LRANGE"), QStringLiteral("new:list"), QStringLiteral("0"),
                                         QStringLiteral("-1")}
                          << QByteArray("e");
    QTest::newRow("set") << QStringLiteral("new:set") << QByteArray("new:set") << 3 << QStringLiteral("set") << QString()
                         << QStringLiteral("m")
                         << QStringList{QStringLiteral("SMEMBERS"), QStringLiteral("new:set")} << QByteArray("m");
    QTest::newRow("zset") << QStringLiteral("new:zset") << QByteArray("new:zset") << 4 << QStringLiteral("zset")
                          << QString() << QStringLiteral("m")
                          << QStringList{QStringLiteral("ZSCORE"), QStringLiteral("new:zset"), QStringLiteral("m")}
                          << QByteArray("2.5");
    QTest::newRow("stream") << QStringLiteral("new:stream") << QByteArray("new:stream") << 5 << QStringLiteral("stream")
                            << QStringLiteral("f") << QStringLiteral("v")
                            << QStringList{QStringLiteral("XLEN"), QStringLiteral("new:stream")} << QByteArray("1");
    QTest::newRow("binary name") << QStringLiteral("new:\\x00bin") << QByteArray("new:\0bin", 8) << 0
                                 << QStringLiteral("string") << QString() << QStringLiteral("x")
                                 << QStringList{QStringLiteral("SCAN"), QStringLiteral("0"), QStringLiteral("MATCH"),
                                                QStringLiteral("new:?bin"), QStringLiteral("COUNT"),
                                                QStringLiteral("10000")}
                                 << QByteArray("0\nnew:\0bin", 10);
}

void tst_Browser::createKey()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, key);
    QFETCH(int, typeIndex);
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, check);
    QFETCH(QByteArray, expected);

    call(keysPage(), "newKey");
    QObject *dialog = objectProperty(keysPage(), "newKeyDialog");
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    objectProperty(dialog, "nameField")->setProperty("text", name);
    objectProperty(dialog, "typeCombo")->setProperty("currentIndex", typeIndex);
    QCOMPARE(dialog->property("type").toString(), type);
    if (type == QLatin1String("zset"))
        snapshot("new-key-dialog");
    objectProperty(dialog, "fieldField")->setProperty("text", field);
    objectProperty(dialog, "scoreField")->setProperty("text", QStringLiteral("2.5"));
    objectProperty(objectProperty(dialog, "editor"), "textArea")->setProperty("text", value);

    QObject *pane = valuePane();
    QSignalSpy shown(pane, SIGNAL(shown()));
    QVERIFY(call(dialog, "create").toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout);
    QCOMPARE(cli(check), expected);
    // The tree has it, and the pane shows it.
    QTRY_VERIFY_WITH_TIMEOUT(keysModel()->indexOfKey(key).isValid(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && pane->property("keyType").toString() == type, Timeout);
    QCOMPARE(pane->property("key").toByteArray(), key);

    // Creating it again is refused: nothing is overwritten.
    call(keysPage(), "newKey");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    objectProperty(dialog, "nameField")->setProperty("text", name);
    objectProperty(objectProperty(dialog, "editor"), "textArea")->setProperty("text", QStringLiteral("other"));
    call(dialog, "create");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("problem").toString().isEmpty(), Timeout);
    QVERIFY(dialog->property("visible").toBool());
    QCOMPARE(cli(check), expected);
    QMetaObject::invokeMethod(dialog, "reject");
}

void tst_Browser::renameKey()
{
    QVERIFY(load({{"SET", "rename:a", "A"}, {"SET", "rename:b", "B"}}));
    keysModel()->addKey("rename:a");
    keysModel()->addKey("rename:b");
    QVERIFY(openKey("rename:a", QStringLiteral("string")));
    QObject *pane = valuePane();

    // To a free name: RENAMENX, no question.
    QSignalSpy renamed(pane, SIGNAL(keyRenamed(QVariant,QVariant)));
    call(pane, "renameTo", {QByteArray("rename:a"), QByteArray("rename:c")});
    QVERIFY(renamed.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("rename:c")}), QByteArray("A"));
    QTRY_VERIFY_WITH_TIMEOUT(keysModel()->indexOfKey("rename:c").isValid(), Timeout);
    QVERIFY(!keysModel()->indexOfKey("rename:a").isValid());
    QTRY_COMPARE_WITH_TIMEOUT(pane->property("key").toByteArray(), QByteArray("rename:c"), Timeout);

    // To a taken name: asked first.
    renamed.clear();
    call(pane, "renameTo", {QByteArray("rename:c"), QByteArray("rename:b")});
    auto *confirm = pane->findChild<QObject *>(QStringLiteral("confirmDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(confirm->property("opened").toBool(), Timeout);
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("rename:b")}), QByteArray("B"));
    QMetaObject::invokeMethod(confirm, "accept");
    QVERIFY(renamed.wait(Timeout));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("rename:b")}), QByteArray("A"));
    QCOMPARE(cli({QStringLiteral("EXISTS"), QStringLiteral("rename:c")}), QByteArray("0"));
}

void tst_Browser::ttlEdit()
{
    QVERIFY(openKey("counter", QStringLiteral("string")));
    QObject *pane = valuePane();
    QTRY_COMPARE_WITH_TIMEOUT(pane->property("ttlMs").toDouble(), -1.0, Timeout);
    call(pane, "setTtl", {1000});
    QTRY_VERIFY_WITH_TIMEOUT(pane->property("ttlMs").toDouble() > 990000, Timeout);
    const int ttl = cli({QStringLiteral("TTL"), QStringLiteral("counter")}).toInt();
    QVERIFY2(ttl > 990 && ttl <= 1000, QByteArray::number(ttl).constData());
    call(pane, "setTtl", {0});
    QTRY_COMPARE_WITH_TIMEOUT(pane->property("ttlMs").toDouble(), -1.0, Timeout);
    QCOMPARE(cli({QStringLiteral("TTL"), QStringLiteral("counter")}), QByteArray("-1"));
}

void tst_Browser::binaryKeyShownEscaped()
{
    RedisKeysModel *keys = keysModel();
    const QModelIndex index = keys->indexOfKey(binaryKey);
    QVERIFY(index.isValid());
    QCOMPARE(keys->data(index, RedisKeysModel::NameRole).toString(), QStringLiteral("nul\\x00key"));
    QCOMPARE(keys->data(index).toString(), QStringLiteral("nul\\x00key"));

    QVERIFY(openKey(binaryKey, QStringLiteral("string")));
    QCOMPARE(valuePane()->property("keyText").toString(), QStringLiteral("binary:nul\\x00key"));
    QObject *editor = objectProperty(valueView(), "editor");
    QTRY_VERIFY_WITH_TIMEOUT(!editor->property("text").toString().isEmpty(), Timeout);
    // Not UTF-8: shown escaped (or as hex), never raw.
    const QString format = editor->property("format").toString();
    QVERIFY2(format == QLatin1String("escaped") || format == QLatin1String("hex"), qPrintable(format));
    call(editor, "switchFormat", {QStringLiteral("escaped")});
    QCOMPARE(editor->property("text").toString(),
             QStringLiteral("value with \\x00 NUL, \\r\\n CRLF and \\xff\\xfe invalid UTF-8"));

    // The key's row in the tree shows the escaped name.
    QObject *tree = objectProperty(keysPage(), "keyTree");
    QVERIFY(call(tree, "reveal", {binaryKey}).toBool());
    QObject *treeView = objectProperty(tree, "treeView");
    QTRY_VERIFY_WITH_TIMEOUT(treeView->property("currentRow").toInt() >= 0, Timeout);
    QCOMPARE(call(tree, "keyAtRow", {treeView->property("currentRow")}).toByteArray(), binaryKey);
}

void tst_Browser::filterByPatternAndType()
{
    QObject *tree = objectProperty(keysPage(), "keyTree");
    RedisKeysModel *keys = keysModel();
    QCOMPARE(call(tree, "patternFor", {QStringLiteral("user")}).toString(), QStringLiteral("*user*"));
    QCOMPARE(call(tree, "patternFor", {QStringLiteral("user:*")}).toString(), QStringLiteral("user:*"));

    objectProperty(tree, "filterField")->setProperty("text", QStringLiteral("user:"));
    call(tree, "applyFilter");
    QCOMPARE(keys->pattern(), QStringLiteral("*user:*"));
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->loadedCount() == 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(tree->property("progressText").toString().startsWith(QStringLiteral("2 matching keys")),
                             Timeout);

    objectProperty(tree, "filterField")->setProperty("text", QString());
    call(tree, "applyFilter");
    keys->setTypeFilter(QStringLiteral("zset"));
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->loadedCount() >= 1, Timeout);
    QVERIFY(keys->indexOfKey("leaderboard").isValid());
    QVERIFY(!keys->indexOfKey("greeting").isValid());
    keys->setTypeFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->indexOfKey("greeting").isValid(), Timeout);
}

void tst_Browser::switchDatabase()
{
    QObject *connection = view();
    QObject *redis = client();
    call(connection, "switchDatabase", {1});
    QCOMPARE(redis->property("database").toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(redis->property("state").value<RedisClient::State>(), RedisClient::State::Connected,
                              Timeout);
    RedisKeysModel *keys = keysModel();
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->loadedCount() == 1, Timeout);
    QVERIFY(keys->indexOfKey("only:in:db1").isValid());
    // The combo follows the client.
    QObject *combo = objectProperty(objectProperty(keysPage(), "keyTree"), "databaseCombo");
    QCOMPARE(combo->property("currentIndex").toInt(), 1);

    // Back to 0 with the console's SELECT: the client and the combo follow.
    QObject *console = objectProperty(connection, "consolePage");
    call(console, "execute", {QStringLiteral("SELECT 0")});
    QTRY_VERIFY_WITH_TIMEOUT(redis->property("state").value<RedisClient::State>() == RedisClient::State::Connected
                                     && !keys->isLoading() && keys->indexOfKey("greeting").isValid(),
                             Timeout);
    QCOMPARE(redis->property("database").toInt(), 0);
    QCOMPARE(combo->property("currentIndex").toInt(), 0);

    // Through the combo (as a user picks an entry), and back.
    QVERIFY(QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, 1)));
    QCOMPARE(redis->property("database").toInt(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->indexOfKey("only:in:db1").isValid(), Timeout);
    call(connection, "switchDatabase", {0});
    QTRY_VERIFY_WITH_TIMEOUT(redis->property("state").value<RedisClient::State>() == RedisClient::State::Connected
                                     && !keys->isLoading() && keys->indexOfKey("greeting").isValid(),
                             Timeout);
    QCOMPARE(combo->property("currentIndex").toInt(), 0);
}

// QTREDIS_BIG_KEYS keys (default 100,000; the keys suite's names) in
// database 14, opened through the database switch: the keys must all come,
// the first ones visible at once; how long that took, the longest gap of a
// 1 ms timer meanwhile (the window's longest stall) and the resident size
// are reported, not asserted.
void tst_Browser::bigDatabaseStaysResponsive()
{
    const int count = bigKeyCount(100000);
    QVERIFY2(server().cliPipe(bigKeyspaceResp(count, RedisTestServer::respCommand({"SELECT", "14"})), 600000),
             qPrintable(server().errorString()));
    const auto flush = qScopeGuard([this] { server().cli({QStringLiteral("-n"), QStringLiteral("14"), QStringLiteral("FLUSHDB")}); });
    QCOMPARE(server().cli({QStringLiteral("-n"), QStringLiteral("14"), QStringLiteral("DBSIZE")}), QByteArray::number(count));

    QObject *connection = view();
    QObject *redis = client();
    RedisKeysModel *keys = keysModel();
    QObject *treeView = objectProperty(objectProperty(keysPage(), "keyTree"), "treeView");
    QVERIFY(treeView);

    StallProbe probe;
    QElapsedTimer clock;
    clock.start();
    probe.start();
    call(connection, "switchDatabase", {14});
    const int waitMs = 600000;
    // The first row is a namespace of database 14 (namespaces sort first).
    QTRY_VERIFY_WITH_TIMEOUT(redis->property("database").toInt() == 14 && keys->rowCount() > 0
                                     && keys->data(keys->index(0, 0), RedisKeysModel::KeyRole).toByteArray().startsWith("ns")
                                     && treeView->property("rows").toInt() > 0,
                             waitMs);
    const qint64 firstVisible = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->loadedCount() == count, waitMs);
    const qint64 all = clock.elapsed();
    probe.stop();
    qint64 rss = -1;
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    rss = line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
            }
        }
    }
    qInfo("browser, %d keys: first keys visible after %lld ms, all %d in %lld ms, longest stall %.1f ms, "
          "RSS %lld MiB",
          count, firstVisible, count, all, probe.longestMs(), rss);
    QVERIFY(treeView->property("rows").toInt() > 0);
    QCOMPARE(keys->estimatedTotal(), qint64(count));

    call(connection, "switchDatabase", {0});
    QTRY_VERIFY_WITH_TIMEOUT(redis->property("state").value<RedisClient::State>() == RedisClient::State::Connected
                                     && !keys->isLoading() && keys->indexOfKey("greeting").isValid(),
                             Timeout);
}

void tst_Browser::console()
{
    QObject *page = objectProperty(view(), "consolePage");
    QObject *output = objectProperty(page, "outputArea");
    call(page, "clear");
    call(page, "execute", {QStringLiteral("SET console:key \"a b\\x00c\"")});
    QTRY_VERIFY_WITH_TIMEOUT(output->property("text").toString().contains(QStringLiteral("\nOK")), Timeout);
    RedisClient check;
    QVERIFY(connectClient(check));
    RedisValue stored;
    bool got = false;
    check.command({"GET", "console:key"}, this, [&](const RedisValue &v) {
        stored = v;
        got = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(got, Timeout);
    QCOMPARE(stored.toByteArray(), QByteArray("a b\0c", 5));

    call(page, "execute", {QStringLiteral("SET console:single 'it\\'s \"here\"'")});
    QTRY_COMPARE_WITH_TIMEOUT(cli({QStringLiteral("GET"), QStringLiteral("console:single")}),
                              QByteArray("it's \"here\""), Timeout);
    call(page, "execute", {QStringLiteral("GET console:key")});
    QTRY_VERIFY_WITH_TIMEOUT(output->property("text").toString().contains(QStringLiteral("\"a b\\x00c\"")), Timeout);
    call(page, "execute", {QStringLiteral("HGETALL user:1001")});
    QTRY_VERIFY_WITH_TIMEOUT(
            output->property("text").toString().contains(QStringLiteral("1) \"name\"\n2) \"Alan Turing\"")), Timeout);
    call(page, "execute", {QStringLiteral("INCR greeting")});
    QTRY_VERIFY_WITH_TIMEOUT(output->property("text").toString().contains(QStringLiteral("(error) ERR")), Timeout);
    call(page, "execute", {QStringLiteral("SUBSCRIBE x")});
    QTRY_VERIFY_WITH_TIMEOUT(output->property("text").toString().contains(QStringLiteral("Pub/Sub")), Timeout);
    call(page, "execute", {QStringLiteral("GET \"unbalanced")});
    QTRY_VERIFY_WITH_TIMEOUT(output->property("text").toString().contains(QStringLiteral("unbalanced quotes")),
                             Timeout);

    // History: Up recalls the last line.
    auto *input = qobject_cast<QQuickItem *>(objectProperty(page, "inputField"));
    QVERIFY(input);
    QObject *connection = view();
    call(connection, "showPage", {1});
    input->forceActiveFocus();
    QTRY_VERIFY_WITH_TIMEOUT(input->hasActiveFocus(), Timeout);
    QTest::keyClick(qobject_cast<QWindow *>(m_root), Qt::Key_Up);
    QCOMPARE(input->property("text").toString(), QStringLiteral("GET \"unbalanced"));
    QTest::keyClick(qobject_cast<QWindow *>(m_root), Qt::Key_Up);
    QCOMPARE(input->property("text").toString(), QStringLiteral("SUBSCRIBE x"));
    QTest::keyClick(qobject_cast<QWindow *>(m_root), Qt::Key_Down);
    QTest::keyClick(qobject_cast<QWindow *>(m_root), Qt::Key_Down);
    QCOMPARE(input->property("text").toString(), QString());
    snapshot("console");
    call(connection, "showPage", {0});
}

// The reply to one console line: what follows the echoed line, once the
// console waits for nothing.
static QString consoleReply(QObject *page, const QString &line)
{
    QObject *output = objectProperty(page, "outputArea");
    call(page, "clear");
    call(page, "execute", {line});
    QString text;
    const bool done = QTest::qWaitFor([&] {
        text = output->property("text").toString();
        return page->property("pending").toInt() == 0 && text.count(QLatin1Char('\n')) >= 2;
    }, Timeout);
    if (!done)
        return QStringLiteral("<no reply to %1: %2>").arg(line, text);
    text.chop(1); // the last line's newline
    return text.section(QLatin1Char('\n'), 1);
}

// The console prints what RedisValue::toCliString() prints: a status reply
// unquoted whatever the command, a bulk string quoted even if it reads "OK".
void tst_Browser::consolePrintsRepliesAsRedisCli_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    // PFMERGE answers +OK; the console's old list of status commands lacked it.
    QTest::newRow("status") << QStringLiteral("PFMERGE console:hll") << QStringLiteral("OK");
    QTest::newRow("status TYPE") << QStringLiteral("TYPE tags") << QStringLiteral("set");
    QTest::newRow("bulk that reads OK") << QStringLiteral("ECHO OK") << QStringLiteral("\"OK\"");
    QTest::newRow("bulk escaped") << QStringLiteral("ECHO \"a\\nb\\x00\\\"c\"")
                                  << QStringLiteral("\"a\\nb\\x00\\\"c\"");
    QTest::newRow("nil") << QStringLiteral("GET console:nothing") << QStringLiteral("(nil)");
    QTest::newRow("integer") << QStringLiteral("EXISTS console:nothing") << QStringLiteral("(integer) 0");
    QTest::newRow("nested array") << QStringLiteral("XRANGE events:sensor 1-1 1-1")
                                  << QStringLiteral("1) 1) \"1-1\"\n   2) 1) \"temp\"\n      2) \"21.5\"");
    QTest::newRow("empty array") << QStringLiteral("SMEMBERS console:nothing") << QStringLiteral("(empty array)");
    QTest::newRow("server error") << QStringLiteral("GET")
                                  << QStringLiteral("(error) ERR wrong number of arguments for 'get' command");
    // Refused by the client (they would turn its connection into a stream of
    // messages); the console points to the Pub/Sub page.
    QTest::newRow("refused PSUBSCRIBE") << QStringLiteral("psubscribe news.*")
                                        << QStringLiteral("(error) PSUBSCRIBE is not available in the console: use the Pub/Sub page.");
    QTest::newRow("refused MONITOR") << QStringLiteral("MONITOR")
                                     << QStringLiteral("(error) MONITOR is not available in the console: use the Pub/Sub page.");
}

void tst_Browser::consolePrintsRepliesAsRedisCli()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QObject *page = objectProperty(view(), "consolePage");
    QCOMPARE(consoleReply(page, line), expected);
}

// A failure on the client's side (here: not connected) is printed the same
// way as an error reply of the server: one "(error) ..." line.
void tst_Browser::consoleShowsClientSideErrors()
{
    QObject *first = view();
    const QVariantMap offline{{QStringLiteral("name"), QStringLiteral("offline")},
                              {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                              {QStringLiteral("port"), int(closedPort())}};
    QObject *second = call(m_root, "openConnection", {offline, false}).value<QObject *>();
    QVERIFY(second);
    QObject *redis = objectProperty(second, "client");
    QMetaObject::invokeMethod(redis, "abort");
    QCOMPARE(redis->property("state").value<RedisClient::State>(), RedisClient::State::Disconnected);
    const QString reply = consoleReply(objectProperty(second, "consolePage"), QStringLiteral("PING"));
    QVERIFY2(reply.startsWith(QLatin1String("(error) ")) && reply.size() > 8 && !reply.contains(QLatin1Char('\n')),
             qPrintable(reply));
    call(m_root, "closeConnection", {QStringLiteral("offline"), false});
    QTRY_COMPARE_WITH_TIMEOUT(view(), first, Timeout);
}

void tst_Browser::serverPage()
{
    QObject *page = objectProperty(view(), "serverPage");
    call(page, "refresh");
    auto *info = qobject_cast<QAbstractItemModel *>(objectProperty(page, "infoModel"));
    QVERIFY(info);
    QTRY_VERIFY_WITH_TIMEOUT(info->rowCount() > 20, Timeout);
    bool version = false;
    for (int r = 0; r < info->rowCount(); ++r) {
        const QModelIndex i = info->index(r, 0);
        const QHash<int, QByteArray> roles = info->roleNames();
        if (info->data(i, roles.key("key")).toString() == QLatin1String("redis_version"))
            version = !info->data(i, roles.key("value")).toString().isEmpty()
                    && info->data(i, roles.key("section")).toString() == QLatin1String("Server");
    }
    QVERIFY(version);
    call(view(), "showPage", {2});
    snapshot("server-info");
    objectProperty(page, "sections")->setProperty("currentIndex", 1);
    snapshot("server-clients");
    objectProperty(page, "sections")->setProperty("currentIndex", 0);
    call(view(), "showPage", {0});
    QTRY_VERIFY_WITH_TIMEOUT(page->property("clients").toList().size() >= 1, Timeout);
    const QVariantMap first = page->property("clients").toList().constFirst().toMap();
    QVERIFY(first.contains(QStringLiteral("addr")));
    // The slow log: make one entry.
    cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("slowlog-log-slower-than"), QStringLiteral("0")});
    // The logged command as plain text. Wait for the PING itself: the list
    // may hold entries of earlier tests (a FLUSHDB of many keys) before the
    // refresh comes back, and with every command logged the window's own
    // background commands can push the PING out of the 128 entries the page
    // reads: PING again then, a few times at most.
    auto pingShown = [page] {
        const QVariantList slowlog = page->property("slowlog").toList();
        return std::any_of(slowlog.cbegin(), slowlog.cend(), [](const QVariant &entry) {
            return entry.toMap().value(QStringLiteral("command")).toString() == QLatin1String("PING");
        });
    };
    for (int attempt = 0; attempt < 5 && !pingShown(); ++attempt) {
        cli({QStringLiteral("PING")});
        call(page, "refreshSlowlog");
        if (QTest::qWaitFor(pingShown, Timeout / 5))
            break;
    }
    QVERIFY2(pingShown(), qPrintable(QStringLiteral("slow log entries: %1, the first: %2")
                                             .arg(page->property("slowlog").toList().size())
                                             .arg(page->property("slowlog").toList().value(0).toMap().value(QStringLiteral("command")).toString())));
    cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("slowlog-log-slower-than"),
         QStringLiteral("10000")});
}

void tst_Browser::pubSub()
{
    QObject *page = objectProperty(view(), "pubSubPage");
    QObject *subscription = call(page, "subscribe", {QStringLiteral("news"), false}).value<QObject *>();
    QVERIFY(subscription);
    QObject *patternSubscription = call(page, "subscribe", {QStringLiteral("sensor.*"), true}).value<QObject *>();
    QVERIFY(patternSubscription);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->property("state").toInt(), 2 /* Subscribed */, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(patternSubscription->property("state").toInt(), 2, Timeout);

    auto *messages = qobject_cast<QAbstractItemModel *>(objectProperty(page, "messages"));
    QVERIFY(messages);
    messages->removeRows(0, messages->rowCount());
    // From outside (redis-cli) and from the page's own publish.
    QCOMPARE(cli({QStringLiteral("PUBLISH"), QStringLiteral("news"), QStringLiteral("hello")}), QByteArray("1"));
    call(page, "publish", {QStringLiteral("sensor.1"), QStringLiteral("bin\\x00ary")});
    QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 2, Timeout);
    const QHash<int, QByteArray> roles = messages->roleNames();
    QCOMPARE(messages->data(messages->index(0, 0), roles.key("channel")).toString(), QStringLiteral("news"));
    QCOMPARE(messages->data(messages->index(0, 0), roles.key("payload")).toString(), QStringLiteral("hello"));
    QCOMPARE(messages->data(messages->index(1, 0), roles.key("pattern")).toString(), QStringLiteral("sensor.*"));
    // Published without escapes decoded: the backslash is part of the payload.
    QCOMPARE(messages->data(messages->index(1, 0), roles.key("payload")).toString(),
             QStringLiteral("bin\\\\x00ary"));
    QTRY_VERIFY_WITH_TIMEOUT(page->property("publishResult").toString().contains(QLatin1Char('1')), Timeout);
    call(view(), "showPage", {3});
    snapshot("pubsub");
    call(view(), "showPage", {0});

    call(page, "unsubscribe", {QVariant::fromValue(subscription)});
    call(page, "unsubscribe", {QVariant::fromValue(patternSubscription)});
    QTRY_COMPARE_WITH_TIMEOUT(cli({QStringLiteral("PUBSUB"), QStringLiteral("NUMSUB"), QStringLiteral("news")}),
                              QByteArray("news\n0"), Timeout);
}

void tst_Browser::switchLanguage()
{
    QObject *manager = objectProperty(m_root, "languageManager");
    QVERIFY(manager);
    QCOMPARE(manager->property("language").toString(), QStringLiteral("en"));
    QObject *pageBar = objectProperty(view(), "pages");
    QQuickItem *keysTab = nullptr;
    QVERIFY(QMetaObject::invokeMethod(pageBar, "itemAt", Q_RETURN_ARG(QQuickItem *, keysTab), Q_ARG(int, 0)));
    QVERIFY(keysTab);
    QCOMPARE(keysTab->property("text").toString(), QStringLiteral("Keys"));
    // The Language menu lists the three languages.
    auto *menu = m_root->findChild<QObject *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->property("count").toInt(), 3);
    const int before = manager->property("retranslateCount").toInt();

    // German, with the browser's translation if it was built in.
    call(m_root, "setLanguage", {QStringLiteral("de")});
    QCOMPARE(manager->property("language").toString(), QStringLiteral("de"));
    QCOMPARE(manager->property("retranslateCount").toInt(), before + 1);
    QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
    const bool haveGerman = QFile::exists(QStringLiteral(":/i18n/qtredis_de.qm"));
    QCOMPARE(manager->property("translationLoaded").toBool(), haveGerman);
    snapshot("language-de");
    if (haveGerman)
        QVERIFY2(keysTab->property("text").toString() != QLatin1String("Keys"),
                 "qtredis_de.qm is there but the Keys tab was not translated");
    else
        qInfo("no :/i18n/qtredis_de.qm in this build: checking the switch with a test translator only");

    // The switch re-evaluates every qsTr(): a translator installed now shows
    // (back in English, where no translator of the browser's comes before it).
    MarkerTranslator marker;
    QCoreApplication::installTranslator(&marker);
    call(m_root, "setLanguage", {QStringLiteral("en")});
    QCOMPARE(manager->property("language").toString(), QStringLiteral("en"));
    QCOMPARE(keysTab->property("text").toString(), QStringLiteral("Keys-marker"));
    QCoreApplication::removeTranslator(&marker);

    // Chinese, then back to English.
    call(m_root, "setLanguage", {QStringLiteral("zh_CN")});
    QCOMPARE(manager->property("language").toString(), QStringLiteral("zh_CN"));
    const bool haveChinese = QFile::exists(QStringLiteral(":/i18n/qtredis_zh_CN.qm"));
    QCOMPARE(manager->property("translationLoaded").toBool(), haveChinese);
    if (haveChinese)
        QVERIFY(keysTab->property("text").toString() != QLatin1String("Keys"));
    call(m_root, "setLanguage", {QStringLiteral("en")});
    QCOMPARE(manager->property("language").toString(), QStringLiteral("en"));
    QCOMPARE(keysTab->property("text").toString(), QStringLiteral("Keys"));
    QCOMPARE(manager->property("retranslateCount").toInt(), before + 4);
    // The choice is remembered.
    QSettings settings(m_dir.filePath(QStringLiteral("browser.ini")), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("preferences/language")).toString(), QStringLiteral("en"));
}

void tst_Browser::savedConnectionsKeepPasswordsOnlyWhenAsked()
{
    QObject *store = objectProperty(m_root, "store");
    QVERIFY(store);
    const QString file = m_dir.filePath(QStringLiteral("browser.ini"));

    QVariantMap secret{{QStringLiteral("name"), QStringLiteral("secret")},
                       {QStringLiteral("mode"), QStringLiteral("host")},
                       {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("port"), 6390},
                       {QStringLiteral("password"), QStringLiteral("p4ssw0rd-not-saved")}};
    QVERIFY(call(m_root, "saveConnection", {secret, QString()}).toBool());
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QByteArray content = ini.readAll();
    ini.close();
    QVERIFY(content.contains("secret"));
    QVERIFY(!content.contains("p4ssw0rd-not-saved"));
    QVariantMap saved = callMap(store, "connection", QStringLiteral("secret"));
    QVERIFY(saved.value(QStringLiteral("askPassword")).toBool());
    QVERIFY(saved.value(QStringLiteral("password")).toString().isEmpty());

    // A password inside a URL is not saved either.
    QVariantMap url{{QStringLiteral("name"), QStringLiteral("by-url")},
                    {QStringLiteral("mode"), QStringLiteral("url")},
                    {QStringLiteral("url"), QStringLiteral("redis://user:url-secret@127.0.0.1:6391/2")}};
    QVERIFY(call(m_root, "saveConnection", {url, QString()}).toBool());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    content = ini.readAll();
    ini.close();
    QVERIFY(!content.contains("url-secret"));
    QVERIFY(callMap(store, "connection", QStringLiteral("by-url")).value(QStringLiteral("askPassword")).toBool());

    // Remembered on request: in the system keychain, never in the file. This
    // process has no keychain service (main() points D-Bus nowhere), so the
    // store falls back to asking for it (tst_browserkeychain has a real one).
    secret.insert(QStringLiteral("rememberPassword"), true);
    secret.insert(QStringLiteral("password"), QStringLiteral("p4ssw0rd-saved"));
    QVERIFY(call(m_root, "saveConnection", {secret, QStringLiteral("secret")}).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(store->property("pendingKeychainJobs").toInt(), 0, Timeout);
    QCOMPARE(store->property("keychainStatus").toString(), QStringLiteral("unavailable"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    content = ini.readAll();
    ini.close();
    QVERIFY(!content.contains("p4ssw0rd-saved"));
    saved = callMap(store, "connection", QStringLiteral("secret"));
    QVERIFY(saved.value(QStringLiteral("askPassword")).toBool());
    QVERIFY(saved.value(QStringLiteral("askSecrets")).toStringList().contains(QStringLiteral("password")));
    {
        ConnectionStore again;
        again.setSettingsFile(file);
        const QVariantMap reloaded = again.connection(QStringLiteral("secret"));
        QVERIFY(reloaded.value(QStringLiteral("password")).toString().isEmpty());
        QCOMPARE(ConnectionConfig::missingSecrets(reloaded), QStringList{QStringLiteral("password")});
    }

    // A second store reads the same file.
    const QVariantList all = store->property("connections").toList();
    QCOMPARE(all.size(), 2);
    QVERIFY(callBool(store, "remove", QStringLiteral("secret")));
    QVERIFY(callBool(store, "remove", QStringLiteral("by-url")));
    QCOMPARE(store->property("connections").toList().size(), 0);

    // Opening a saved connection whose password is not saved asks for it.
    QVariantMap asking{{QStringLiteral("name"), QStringLiteral("asks")},
                       {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("port"), int(server().port())},
                       {QStringLiteral("askPassword"), true}};
    QVariant opened = call(m_root, "openConnection", {asking, true});
    QVERIFY(opened.value<QObject *>() == nullptr);
    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("passwordDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout);
    QCOMPARE(objectProperty(m_root, "openConnections")->property("count").toInt(), 1);
}

// A URL (from --url or typed in the dialog) is read by the library's
// RedisConnectionOptions: the connection's database, endpoint and client
// name are what the client gets.
void tst_Browser::connectionUrlForms_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("database");
    QTest::addColumn<QString>("clientName");
    QTest::addColumn<QString>("description");

    QTest::newRow("redis, path db") << QStringLiteral("redis://10.0.0.5:7000/3") << QStringLiteral("10.0.0.5:7000") << 3
                                    << QStringLiteral("qtredis-browser") << QStringLiteral("10.0.0.5:7000 db3");
    // ?db= with redis:// was ignored by the browser's own parser.
    QTest::newRow("redis, ?db=") << QStringLiteral("redis://10.0.0.5:7000?db=4") << QStringLiteral("10.0.0.5:7000") << 4
                                 << QStringLiteral("qtredis-browser") << QStringLiteral("10.0.0.5:7000 db4");
    QTest::newRow("redis, ?name=") << QStringLiteral("redis://h?name=probe") << QStringLiteral("h:6379") << 0
                                   << QStringLiteral("probe") << QStringLiteral("h:6379 db0");
    QTest::newRow("unix, ?db=") << QStringLiteral("unix:///run/redis.sock?db=2") << QStringLiteral("/run/redis.sock") << 2
                                << QStringLiteral("qtredis-browser") << QStringLiteral("unix:/run/redis.sock db2");
    QTest::newRow("ipv6") << QStringLiteral("redis://[::1]:6380") << QStringLiteral("[::1]:6380") << 0
                          << QStringLiteral("qtredis-browser") << QStringLiteral("[::1]:6380 db0");
}

void tst_Browser::connectionUrlForms()
{
    QFETCH(QString, url);
    QFETCH(QString, endpoint);
    QFETCH(int, database);
    QFETCH(QString, clientName);
    QFETCH(QString, description);

    const QVariantMap connection = ConnectionConfig::fromUrl(url);
    QCOMPARE(connection.value(QStringLiteral("mode")).toString(), QStringLiteral("url"));
    QCOMPARE(connection.value(QStringLiteral("database")).toInt(), database);
    QCOMPARE(ConnectionConfig::describe(connection), description);
    bool ok = false;
    const RedisConnectionOptions options = ConnectionConfig::toOptions(connection, &ok);
    QVERIFY(ok);
    QCOMPARE(options.endpointText(), endpoint);
    QCOMPARE(options.database(), database);
    QCOMPARE(options.clientName(), clientName);

    // What a client is given.
    RedisClient client;
    QCOMPARE(ConnectionConfig::configure(&client, connection), QString());
    QCOMPARE(client.database(), database);
    QCOMPARE(client.clientName(), clientName);
    QCOMPARE(ConnectionConfig::endpointText(&client), endpoint);
}

void tst_Browser::urlPasswordNeverStoredOrDescribed()
{
    // Percent-encoded in the URL: the password is "s@cret-url".
    const QString url = QStringLiteral("redis://alice:s%40cret-url@127.0.0.1:6391/2?name=probe");
    QVariantMap connection = ConnectionConfig::fromUrl(url);
    QCOMPARE(connection.value(QStringLiteral("password")).toString(), QStringLiteral("s@cret-url"));
    QCOMPARE(connection.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QVERIFY(!connection.value(QStringLiteral("url")).toString().contains(QStringLiteral("cret")));
    QVERIFY(!ConnectionConfig::describe(connection).contains(QStringLiteral("cret")));
    bool ok = false;
    QCOMPARE(ConnectionConfig::toOptions(connection, &ok).password(), QStringLiteral("s@cret-url"));
    QVERIFY(ok);

    // Typed into the dialog's URL field: moved to the password, even when
    // the client cannot use the URL.
    const QVariantMap typed = ConnectionConfig::normalized(
            {{QStringLiteral("mode"), QStringLiteral("url")},
             {QStringLiteral("url"), QStringLiteral("http://bob:typed-secret@example.com:6380")}});
    QCOMPARE(typed.value(QStringLiteral("password")).toString(), QStringLiteral("typed-secret"));
    QVERIFY(!typed.value(QStringLiteral("url")).toString().contains(QStringLiteral("typed-secret")));
    QVERIFY(!ConnectionConfig::describe(typed).contains(QStringLiteral("typed-secret")));
    RedisClient client;
    QVERIFY(!ConnectionConfig::configure(&client, typed).isEmpty());
    QVERIFY(client.password().isEmpty());

    // Saved without "remember": nowhere in the file; the form's password
    // wins over the URL's when both are given.
    connection.insert(QStringLiteral("name"), QStringLiteral("url-secret"));
    QVERIFY(call(m_root, "saveConnection", {connection, QString()}).toBool());
    QFile ini(m_dir.filePath(QStringLiteral("browser.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    ini.close();
    QVERIFY(content.contains("url-secret"));
    QVERIFY(!content.contains("cret-url") && !content.contains("s%40"));
    QObject *store = objectProperty(m_root, "store");
    const QVariantMap saved = callMap(store, "connection", QStringLiteral("url-secret"));
    QVERIFY(saved.value(QStringLiteral("askPassword")).toBool());
    QVERIFY(saved.value(QStringLiteral("password")).toString().isEmpty());
    QVERIFY(!ConnectionConfig::describe(saved).contains(QStringLiteral("cret")));
    QVariantMap withForm = saved;
    withForm.insert(QStringLiteral("url"), QStringLiteral("redis://:from-url@127.0.0.1:6391"));
    withForm.insert(QStringLiteral("password"), QStringLiteral("from-form"));
    QCOMPARE(ConnectionConfig::toOptions(withForm).password(), QStringLiteral("from-form"));
    QVERIFY(callBool(store, "remove", QStringLiteral("url-secret")));
}

void tst_Browser::urlDatabaseQueryOpensThatDatabase()
{
    QObject *first = view();
    QVariantMap connection =
            ConnectionConfig::fromUrl(QStringLiteral("redis://127.0.0.1:%1?db=1").arg(server().port()));
    connection.insert(QStringLiteral("name"), QStringLiteral("db-query"));
    QObject *second = call(m_root, "openConnection", {connection, false}).value<QObject *>();
    QVERIFY(second);
    QObject *redis = objectProperty(second, "client");
    QCOMPARE(redis->property("database").toInt(), 1);
    auto *keys = qobject_cast<RedisKeysModel *>(objectProperty(second, "keysModel"));
    QTRY_VERIFY_WITH_TIMEOUT(redis->property("state").value<RedisClient::State>() == RedisClient::State::Connected
                                     && !keys->isLoading() && keys->loadedCount() == 1,
                             Timeout);
    QVERIFY(keys->indexOfKey("only:in:db1").isValid());
    // The console's prompt is the library's endpoint text and the database.
    QObject *console = objectProperty(second, "consolePage");
    QCOMPARE(call(console, "prompt").toString(), QStringLiteral("127.0.0.1:%1[1]> ").arg(server().port()));
    call(m_root, "closeConnection", {QStringLiteral("db-query"), false});
    QTRY_COMPARE_WITH_TIMEOUT(view(), first, Timeout);
}

// A settings file written by an earlier version (the same keys, one entry
// per mode) loads, opens, and is written back in the same form.
void tst_Browser::settingsOfEarlierVersionsLoad()
{
    const QString file = m_dir.filePath(QStringLiteral("earlier.ini"));
    const QStringList earlierKeys = {
        QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("socketPath"), QStringLiteral("url"), QStringLiteral("username"),
        QStringLiteral("rememberPassword"), QStringLiteral("askPassword"), QStringLiteral("database"),
        QStringLiteral("clientName"), QStringLiteral("separator"),
    };
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("connections"), 3);
        auto write = [&](int index, const QVariantMap &values) {
            settings.setArrayIndex(index);
            for (const QString &key : earlierKeys)
                settings.setValue(key, values.value(key));
            if (values.contains(QStringLiteral("password")))
                settings.setValue(QStringLiteral("password"), values.value(QStringLiteral("password")));
        };
        write(0, {{QStringLiteral("name"), QStringLiteral("by host")}, {QStringLiteral("mode"), QStringLiteral("host")},
                  {QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), int(server().port())},
                  {QStringLiteral("database"), 1}, {QStringLiteral("clientName"), QStringLiteral("qtredis-browser")},
                  {QStringLiteral("separator"), QStringLiteral(":")}});
        write(1, {{QStringLiteral("name"), QStringLiteral("by socket")}, {QStringLiteral("mode"), QStringLiteral("socket")},
                  {QStringLiteral("socketPath"), server().unixSocketPath()}, {QStringLiteral("database"), 1},
                  {QStringLiteral("rememberPassword"), true}, {QStringLiteral("password"), QStringLiteral("kept")}});
        write(2, {{QStringLiteral("name"), QStringLiteral("by url")}, {QStringLiteral("mode"), QStringLiteral("url")},
                  {QStringLiteral("url"), QStringLiteral("redis://127.0.0.1:%1/1").arg(server().port())},
                  {QStringLiteral("separator"), QStringLiteral("/")}});
        settings.endArray();
    }

    ConnectionStore store;
    store.setSettingsFile(file);
    QCOMPARE(store.connections().size(), 3);
    const QVariantMap host = store.connection(QStringLiteral("by host"));
    QCOMPARE(ConnectionConfig::describe(host), QStringLiteral("127.0.0.1:%1 db1").arg(server().port()));
    const QVariantMap socket = store.connection(QStringLiteral("by socket"));
    QCOMPARE(socket.value(QStringLiteral("password")).toString(), QStringLiteral("kept"));
    QCOMPARE(ConnectionConfig::toOptions(socket).password(), QStringLiteral("kept"));
    QCOMPARE(ConnectionConfig::describe(socket), QStringLiteral("unix:%1 db1").arg(server().unixSocketPath()));
    const QVariantMap url = store.connection(QStringLiteral("by url"));
    QCOMPARE(url.value(QStringLiteral("separator")).toString(), QStringLiteral("/"));
    QCOMPARE(ConnectionConfig::toOptions(url).database(), 1);

    // Each opens the database it names.
    for (const QVariantMap &connection : {host, url}) {
        QObject *first = view();
        QObject *opened = call(m_root, "openConnection", {connection, false}).value<QObject *>();
        QVERIFY(opened);
        auto *keys = qobject_cast<RedisKeysModel *>(objectProperty(opened, "keysModel"));
        QTRY_VERIFY_WITH_TIMEOUT(!keys->isLoading() && keys->indexOfKey("only:in:db1").isValid(), Timeout);
        call(m_root, "closeConnection", {connection.value(QStringLiteral("name")), false});
        QTRY_COMPARE_WITH_TIMEOUT(view(), first, Timeout);
    }

    // Saved again: the earlier version's keys (which it reads) and the new
    // ones (TLS, SSH, id, which it ignores). The clear-text password is gone
    // from the file: moved into the keychain, or (none here) asked for.
    QVERIFY(store.save(url));
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(settings.beginReadArray(QStringLiteral("connections")), 3);
    for (int i = 0; i < 3; ++i) {
        settings.setArrayIndex(i);
        const QStringList keys = settings.childKeys();
        QVERIFY2(!keys.contains(QStringLiteral("password")), qPrintable(keys.join(QLatin1Char(' '))));
        for (const QString &key : earlierKeys)
            QVERIFY2(keys.contains(key), qPrintable(key));
        QVERIFY(keys.contains(QStringLiteral("tlsEnabled")) && keys.contains(QStringLiteral("sshHost")));
        QVERIFY(!settings.value(QStringLiteral("id")).toString().isEmpty());
    }
    settings.endArray();
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("kept"));
    ini.close();
    ConnectionStore again;
    again.setSettingsFile(file);
    const QVariantMap migrated = again.connection(QStringLiteral("by socket"));
    QVERIFY(migrated.value(QStringLiteral("askPassword")).toBool());
    QCOMPARE(ConnectionConfig::missingSecrets(migrated), QStringList{QStringLiteral("password")});
}

// A URL the client cannot use (the library says which) is refused where it
// is typed, not connected anywhere when it comes from a settings file, and
// refused on the command line without echoing it (it may hold a password).
void tst_Browser::unusableUrls()
{
    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    call(dialog, "edit", {QVariantMap{{QStringLiteral("name"), QStringLiteral("bad")},
                                      {QStringLiteral("mode"), QStringLiteral("url")},
                                      {QStringLiteral("url"), QStringLiteral("http://example.com")}},
                          false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    QVERIFY(!call(dialog, "problem", {true}).toString().isEmpty());
    objectProperty(dialog, "urlField")->setProperty("text", QStringLiteral("redis://example.com:6390?db=2"));
    QCOMPARE(call(dialog, "problem", {true}).toString(), QString());
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout);

    QObject *first = view();
    const QVariantMap bad{{QStringLiteral("name"), QStringLiteral("bad url")},
                          {QStringLiteral("mode"), QStringLiteral("url")},
                          {QStringLiteral("url"), QStringLiteral("http://example.com")}};
    QObject *opened = call(m_root, "openConnection", {bad, false}).value<QObject *>();
    QVERIFY(opened);
    const QString why = opened->property("configError").toString();
    QVERIFY(!why.isEmpty());
    QCOMPARE(objectProperty(opened, "client")->property("state").value<RedisClient::State>(),
             RedisClient::State::Disconnected);
    auto *status = m_root->findChild<QObject *>(QStringLiteral("statusBar"));
    QVERIFY(status->property("stateText").toString().contains(why));
    // Nor does a reconnect go to the client's default endpoint.
    call(opened, "reconnect");
    QCOMPARE(objectProperty(opened, "client")->property("state").value<RedisClient::State>(),
             RedisClient::State::Disconnected);
    call(m_root, "closeConnection", {QStringLiteral("bad url"), false});
    QTRY_COMPARE_WITH_TIMEOUT(view(), first, Timeout);

    QProcess browser;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    browser.setProcessEnvironment(env);
    browser.start(QStringLiteral(QTREDIS_BROWSER_EXECUTABLE),
                  {QStringLiteral("--url"), QStringLiteral("http://user:topsecret@example.com"),
                   QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("never.png")),
                   QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("screenshot.ini"))});
    QVERIFY(browser.waitForStarted(Timeout));
    QVERIFY(browser.waitForFinished(60000));
    QCOMPARE(browser.exitCode(), 1);
    const QByteArray errors = browser.readAllStandardError();
    QVERIFY2(errors.contains("--url"), errors.constData());
    QVERIFY(!errors.contains("topsecret"));
}

void tst_Browser::severalConnectionsAtOnce()
{
    QObject *open = objectProperty(m_root, "openConnections");
    const int before = open->property("count").toInt();
    QObject *first = view();
    // A saved connection through the unix socket, to database 1.
    const QVariantMap options{{QStringLiteral("name"), QStringLiteral("local socket")},
                              {QStringLiteral("mode"), QStringLiteral("socket")},
                              {QStringLiteral("socketPath"), server().unixSocketPath()},
                              {QStringLiteral("database"), 1}};
    QVERIFY(call(m_root, "saveConnection", {options, QString()}).toBool());
    QObject *second = call(m_root, "openConnection", {options, true}).value<QObject *>();
    QVERIFY(second);
    QCOMPARE(open->property("count").toInt(), before + 1);
    QCOMPARE(view(), second);
    QVERIFY(m_root->property("title").toString().startsWith(QStringLiteral("local socket")));
    auto *secondKeys = qobject_cast<RedisKeysModel *>(objectProperty(second, "keysModel"));
    QTRY_VERIFY_WITH_TIMEOUT(!secondKeys->isLoading() && secondKeys->loadedCount() == 1, Timeout);
    QVERIFY(secondKeys->indexOfKey("only:in:db1").isValid());
    // The first one is still connected, to database 0.
    QCOMPARE(objectProperty(first, "client")->property("state").value<RedisClient::State>(),
             RedisClient::State::Connected);
    QCOMPARE(objectProperty(first, "client")->property("database").toInt(), 0);

    // Opening it again shows the open one.
    QCOMPARE(call(m_root, "openConnection", {options, true}).value<QObject *>(), second);
    QCOMPARE(open->property("count").toInt(), before + 1);

    call(m_root, "closeConnection", {QStringLiteral("local socket"), true});
    QCOMPARE(open->property("count").toInt(), before);
    QTRY_COMPARE_WITH_TIMEOUT(view(), first, Timeout);
    QVERIFY(callBool(objectProperty(m_root, "store"), "remove", QStringLiteral("local socket")));
}

void tst_Browser::statusBarShowsReconnectCountdown()
{
    auto *status = m_root->findChild<QObject *>(QStringLiteral("statusBar"));
    QVERIFY(status);
    QTRY_COMPARE_WITH_TIMEOUT(status->property("stateText").toString(), QStringLiteral("Connected"), Timeout);
    const QVariantMap nowhere{{QStringLiteral("name"), QStringLiteral("nowhere")},
                              {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                              {QStringLiteral("port"), int(closedPort())}};
    QObject *opened = call(m_root, "openConnection", {nowhere, false}).value<QObject *>();
    QVERIFY(opened);
    QTRY_VERIFY_WITH_TIMEOUT(status->property("stateText").toString().contains(QStringLiteral("reconnecting in")),
                             Timeout);
    call(m_root, "closeConnection", {QStringLiteral("nowhere"), false});
    QTRY_COMPARE_WITH_TIMEOUT(status->property("stateText").toString(), QStringLiteral("Connected"), Timeout);
}

void tst_Browser::testConnectionButton()
{
    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    QVariantMap options{{QStringLiteral("name"), QStringLiteral("probe")},
                        {QStringLiteral("mode"), QStringLiteral("socket")},
                        {QStringLiteral("socketPath"), server().unixSocketPath()}};
    call(dialog, "edit", {options, false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    call(dialog, "testConnection");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->property("testStatus").toString(), QStringLiteral("ok"), Timeout);
    snapshot("connection-dialog");
    QVERIFY2(dialog->property("testMessage").toString().contains(QStringLiteral("PONG")),
             qPrintable(dialog->property("testMessage").toString()));

    // Nothing listens there: the error is shown.
    options.insert(QStringLiteral("mode"), QStringLiteral("host"));
    options.insert(QStringLiteral("port"), int(closedPort()));
    call(dialog, "edit", {options, false});
    call(dialog, "testConnection");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->property("testStatus").toString(), QStringLiteral("failed"), Timeout);
    QVERIFY(!dialog->property("testMessage").toString().isEmpty());
    QMetaObject::invokeMethod(dialog, "reject");
}

namespace {

// A connection with every TLS and SSH field filled in; its secrets are
// distinct strings that must never reach the settings file.
QVariantMap tlsSshConnection(const QString &name, const QString &sshAuth)
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("mode"), QStringLiteral("host")},
        {QStringLiteral("host"), QStringLiteral("redis.internal")},
        {QStringLiteral("port"), 6380},
        {QStringLiteral("username"), QStringLiteral("app")},
        {QStringLiteral("password"), QStringLiteral("redis-pw-S3CRET")},
        {QStringLiteral("rememberPassword"), true},
        {QStringLiteral("database"), 2},
        {QStringLiteral("tlsEnabled"), true},
        {QStringLiteral("tlsCaFile"), QStringLiteral("/etc/redis/ca.pem")},
        {QStringLiteral("tlsCertFile"), QStringLiteral("/etc/redis/client.pem")},
        {QStringLiteral("tlsKeyFile"), QStringLiteral("/etc/redis/client.key")},
        {QStringLiteral("tlsKeyPassphrase"), QStringLiteral("tls-key-S3CRET")},
        {QStringLiteral("tlsPeerName"), QStringLiteral("cache.example.com")},
        {QStringLiteral("tlsVerifyPeer"), false},
        {QStringLiteral("sshEnabled"), true},
        {QStringLiteral("sshHost"), QStringLiteral("bastion.example.com")},
        {QStringLiteral("sshPort"), 2222},
        {QStringLiteral("sshUser"), QStringLiteral("deploy")},
        {QStringLiteral("sshAuth"), sshAuth},
        {QStringLiteral("sshIdentityFile"), QStringLiteral("/home/deploy/.ssh/id_ed25519")},
        {QStringLiteral("sshPassphrase"), QStringLiteral("ssh-key-S3CRET")},
        {QStringLiteral("sshPassword"), QStringLiteral("ssh-pw-S3CRET")},
        {QStringLiteral("sshKnownHostsFile"), QStringLiteral("/home/deploy/.ssh/known_hosts")},
        {QStringLiteral("sshHostKeyPolicy"), QStringLiteral("acceptNew")},
    };
}

const QStringList &secretValues()
{
    static const QStringList values = {QStringLiteral("redis-pw-S3CRET"), QStringLiteral("tls-key-S3CRET"),
                                       QStringLiteral("ssh-key-S3CRET"), QStringLiteral("ssh-pw-S3CRET")};
    return values;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The TLS and SSH fields that are not secrets.
const QStringList &plainFields()
{
    static const QStringList fields = {
        QStringLiteral("tlsEnabled"), QStringLiteral("tlsCaFile"), QStringLiteral("tlsCertFile"),
        QStringLiteral("tlsKeyFile"), QStringLiteral("tlsPeerName"), QStringLiteral("tlsVerifyPeer"),
        QStringLiteral("sshEnabled"), QStringLiteral("sshHost"), QStringLiteral("sshPort"), QStringLiteral("sshUser"),
        QStringLiteral("sshAuth"), QStringLiteral("sshIdentityFile"), QStringLiteral("sshKnownHostsFile"),
        QStringLiteral("sshHostKeyPolicy"), QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("username"), QStringLiteral("database"), QStringLiteral("mode"),
    };
    return fields;
}

// A "language" column with a row for each language the browser ships.
void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// Every visible piece of text or control under item that is cut: text
// narrower than it needs (not wrapped), elided or cut after its last line,
// or anything reaching past the right edge of bounds.
void findClipped(QQuickItem *item, QQuickItem *bounds, QStringList *problems)
{
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (!child->isVisible() || child->opacity() <= 0.01 || child->width() <= 0 || child->height() <= 0)
            continue;
        const QString name = QString::fromLatin1(child->metaObject()->className()) + QLatin1Char(' ')
                + child->objectName() + QLatin1Char(' ') + child->property("text").toString().left(40);
        if (child->inherits("QQuickText") && !child->property("text").toString().isEmpty()
                && child->objectName() != QLatin1String("testResult")) {
            const bool wraps = child->property("wrapMode").toInt() != 0;
            if (child->property("truncated").toBool())
                problems->append(QStringLiteral("truncated: ") + name);
            else if (!wraps && child->width() + 1 < child->implicitWidth())
                problems->append(QStringLiteral("too narrow (%1 < %2): ").arg(child->width()).arg(child->implicitWidth())
                                 + name);
        }
        const QRectF r = child->mapRectToItem(bounds, QRectF(0, 0, child->width(), child->height()));
        if (r.left() < -1 || r.right() > bounds->width() + 1)
            problems->append(QStringLiteral("outside (%1..%2 of %3): ").arg(r.left()).arg(r.right()).arg(bounds->width())
                             + name);
        // A layout that could not fit its items lets them run past its edge
        // (into its neighbour's margin, or under the window's edge).
        if (QByteArray(item->metaObject()->className()).contains("Layout")
            && child->x() + child->width() > item->width() + 1)
            problems->append(QStringLiteral("past its layout (%1 > %2): ").arg(child->x() + child->width())
                                     .arg(item->width()) + name);
        findClipped(child, bounds, problems);
    }
}

} // namespace

// The TLS and SSH fields go through the connection dialog and the store and
// come back the same, as the same RedisConnectionOptions; no secret reaches
// the settings file.
void tst_Browser::tlsAndSshRoundTrip_data()
{
    QTest::addColumn<QString>("sshAuth");
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("ssh key") << QStringLiteral("key")
                             << QStringList{QStringLiteral("password"), QStringLiteral("tlsKeyPassphrase"),
                                            QStringLiteral("sshPassphrase")};
    QTest::newRow("ssh password") << QStringLiteral("password")
                                  << QStringList{QStringLiteral("password"), QStringLiteral("tlsKeyPassphrase"),
                                                 QStringLiteral("sshPassword")};
    QTest::newRow("ssh agent") << QStringLiteral("agent")
                               << QStringList{QStringLiteral("password"), QStringLiteral("tlsKeyPassphrase")};
}

void tst_Browser::tlsAndSshRoundTrip()
{
    QFETCH(QString, sshAuth);
    QFETCH(QStringList, secrets);
    const QString name = QStringLiteral("tls-ssh ") + sshAuth;
    const QVariantMap original = ConnectionConfig::normalized(tlsSshConnection(name, sshAuth));

    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    call(dialog, "edit", {original, false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    const QVariantMap fromDialog = call(dialog, "options").toMap();
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout); // closed before it opens again
    for (const QString &field : plainFields())
        QVERIFY2(fromDialog.value(field) == original.value(field), qPrintable(field));
    QCOMPARE(ConnectionConfig::usedSecrets(fromDialog), secrets);
    QVERIFY(ConnectionConfig::toOptions(fromDialog) == ConnectionConfig::toOptions(original));

    QObject *store = objectProperty(m_root, "store");
    QVERIFY(call(m_root, "saveConnection", {fromDialog, QString()}).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(store->property("pendingKeychainJobs").toInt(), 0, Timeout);

    const QString file = m_dir.filePath(QStringLiteral("browser.ini"));
    const QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.contains(name.toUtf8()));
    QVERIFY(bytes.contains("bastion.example.com") && bytes.contains("/etc/redis/ca.pem"));
    for (const QString &secret : secretValues())
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

    ConnectionStore reloadedStore;
    reloadedStore.setSettingsFile(file);
    QVariantMap reloaded = reloadedStore.connection(name);
    QVERIFY(!reloaded.isEmpty());
    for (const QString &field : plainFields())
        QVERIFY2(reloaded.value(field) == original.value(field), qPrintable(field));
    // No keychain in this process: every secret is asked for.
    QCOMPARE(ConnectionConfig::missingSecrets(reloaded), secrets);
    for (const QString &field : secrets)
        reloaded.insert(field, original.value(field));
    QVERIFY(ConnectionConfig::toOptions(reloaded) == ConnectionConfig::toOptions(original));

    // Opening it asks for each missing secret in turn.
    const QVariantMap withoutSecrets = reloadedStore.connection(name);
    QVERIFY(call(m_root, "openConnection", {withoutSecrets, false}).value<QObject *>() == nullptr);
    auto *ask = m_root->findChild<QObject *>(QStringLiteral("passwordDialog"));
    QVERIFY(ask);
    QTRY_VERIFY_WITH_TIMEOUT(ask->property("opened").toBool(), Timeout);
    QCOMPARE(ask->property("field").toString(), secrets.at(0));
    ask->findChild<QObject *>(QStringLiteral("passwordField"))->setProperty("text", QStringLiteral("typed"));
    QMetaObject::invokeMethod(ask, "accept");
    QTRY_COMPARE_WITH_TIMEOUT(ask->property("field").toString(), secrets.at(1), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(ask->property("opened").toBool(), Timeout);
    QMetaObject::invokeMethod(ask, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!ask->property("visible").toBool(), Timeout);

    // And back into the dialog.
    call(dialog, "edit", {reloaded, true});
    const QVariantMap again = call(dialog, "options").toMap();
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout); // closed before it opens again
    QVERIFY(ConnectionConfig::toOptions(again) == ConnectionConfig::toOptions(original));
    QVERIFY(callBool(store, "remove", name));
}

// What the dialog's fields become in RedisConnectionOptions; rediss:// URLs.
void tst_Browser::dialogTlsAndSshFields()
{
    const RedisConnectionOptions o = ConnectionConfig::toOptions(tlsSshConnection(QStringLiteral("f"), QStringLiteral("key")));
    QVERIFY(o.isTlsEnabled());
    QCOMPARE(o.tlsCaCertificateFile(), QStringLiteral("/etc/redis/ca.pem"));
    QCOMPARE(o.tlsCertificateFile(), QStringLiteral("/etc/redis/client.pem"));
    QCOMPARE(o.tlsPrivateKeyFile(), QStringLiteral("/etc/redis/client.key"));
    QCOMPARE(o.tlsPrivateKeyPassphrase(), QStringLiteral("tls-key-S3CRET"));
    QCOMPARE(o.tlsPeerName(), QStringLiteral("cache.example.com"));
    QVERIFY(!o.tlsVerifyPeer());
    QCOMPARE(o.sshHost(), QStringLiteral("bastion.example.com"));
    QCOMPARE(o.sshPort(), quint16(2222));
    QCOMPARE(o.sshUser(), QStringLiteral("deploy"));
    QCOMPARE(o.sshIdentityFile(), QStringLiteral("/home/deploy/.ssh/id_ed25519"));
    QCOMPARE(o.sshPassphrase(), QStringLiteral("ssh-key-S3CRET"));
    QVERIFY(o.sshPassword().isEmpty());
    QVERIFY(!o.sshUseAgent());
    QCOMPARE(o.sshKnownHostsFile(), QStringLiteral("/home/deploy/.ssh/known_hosts"));
    QCOMPARE(o.sshHostKeyPolicy(), RedisConnectionOptions::SshHostKeyPolicy::AcceptNew);
    QCOMPARE(o.host(), QStringLiteral("redis.internal"));

    // Defaults: verification on, strict host keys, the agent, no tunnel.
    const RedisConnectionOptions plain = ConnectionConfig::toOptions({{QStringLiteral("name"), QStringLiteral("p")}});
    QVERIFY(!plain.isTlsEnabled() && plain.tlsVerifyPeer() && !plain.isSshTunnel());
    QVariantMap sshOnly{{QStringLiteral("sshEnabled"), true}, {QStringLiteral("sshHost"), QStringLiteral("b")}};
    const RedisConnectionOptions ssh = ConnectionConfig::toOptions(sshOnly);
    QCOMPARE(ssh.sshHostKeyPolicy(), RedisConnectionOptions::SshHostKeyPolicy::Strict);
    QVERIFY(ssh.sshUseAgent());
    QCOMPARE(ssh.sshPort(), quint16(22));

    // rediss:// turns TLS on, with the URL's peer name and ?insecure=1.
    const QVariantMap url = ConnectionConfig::fromUrl(
            QStringLiteral("rediss://app:pw-in-url@redis.example.com:6380/3?sni=cache.internal&insecure=1"));
    QVERIFY(url.value(QStringLiteral("tlsEnabled")).toBool());
    QCOMPARE(url.value(QStringLiteral("tlsPeerName")).toString(), QStringLiteral("cache.internal"));
    QVERIFY(!url.value(QStringLiteral("tlsVerifyPeer")).toBool());
    QVERIFY(!url.value(QStringLiteral("url")).toString().contains(QStringLiteral("pw-in-url")));
    bool ok = false;
    const RedisConnectionOptions fromUrl = ConnectionConfig::toOptions(url, &ok);
    QVERIFY(ok);
    QVERIFY(fromUrl.isTlsEnabled());
    QCOMPARE(fromUrl.tlsPeerName(), QStringLiteral("cache.internal"));
    QVERIFY(!fromUrl.tlsVerifyPeer());
    QCOMPARE(fromUrl.database(), 3);
    QCOMPARE(fromUrl.password(), QStringLiteral("pw-in-url"));
    QVERIFY(ConnectionConfig::usedSecrets(url).contains(QStringLiteral("password")));

    // Typed into the dialog: accepted; "Test connection" goes through TLS
    // (a plain server: the library's TLS error, in words).
    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("connectionDialog"));
    call(dialog, "edit", {QVariantMap{{QStringLiteral("name"), QStringLiteral("tls probe")},
                                      {QStringLiteral("mode"), QStringLiteral("url")},
                                      {QStringLiteral("url"), QStringLiteral("rediss://127.0.0.1:%1").arg(server().port())}},
                          false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    QCOMPARE(call(dialog, "problem", {false}).toString(), QString());
    call(dialog, "testConnection");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->property("testStatus").toString(), QStringLiteral("failed"), 3 * Timeout);
    QCOMPARE(dialog->property("testError").toInt(), int(QtRedis::Error::TlsHandshakeFailed));
    QVERIFY(!dialog->property("testMessage").toString().isEmpty());

    // Through an SSH server that is not there: the tunnel's error.
    QVariantMap overSsh{{QStringLiteral("name"), QStringLiteral("ssh probe")},
                        {QStringLiteral("mode"), QStringLiteral("socket")},
                        {QStringLiteral("socketPath"), server().unixSocketPath()},
                        {QStringLiteral("sshEnabled"), true},
                        {QStringLiteral("sshHost"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("sshPort"), int(closedPort())}};
    call(dialog, "edit", {overSsh, false});
    call(dialog, "testConnection");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->property("testStatus").toString(), QStringLiteral("failed"), 3 * Timeout);
    QCOMPARE(dialog->property("testError").toInt(), int(QtRedis::Error::SshTunnelFailed));
    QVERIFY(!dialog->property("testMessage").toString().isEmpty());
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout); // closed before it opens again
}

// An unknown SSH host key can be trusted with one click (one retry with
// AcceptNew); a changed one only gets the warning.
void tst_Browser::hostKeyRejectedOffersTrust()
{
    // The library's messages (SshTunnel), in English and as translated.
    const char *unknownSource = "The host key of the SSH server %1 is unknown: %2 is not in the known hosts file";
    const char *changedSource = "The host key of the SSH server %1 has changed: it sent %2, which differs from the key "
                                "in the known hosts file";
    const QString fingerprint = QStringLiteral("SHA256:u1Ra7mYf3KqP0x+Zb9/w2VdLcEo4hNtGsJiXkQyA5Bc");
    const QString unknown = QString::fromLatin1(unknownSource).arg(QStringLiteral("deploy@bastion:22"), fingerprint);
    const QVariantMap unknownKey = ConnectionConfig::hostKeyProblem(unknown);
    QCOMPARE(unknownKey.value(QStringLiteral("fingerprint")).toString(), fingerprint);
    QVERIFY(!unknownKey.value(QStringLiteral("changed")).toBool());
    const QString changed = QString::fromLatin1(changedSource)
                                    .arg(QStringLiteral("deploy@bastion:22"),
                                         QStringLiteral("SHA256:AAAAbbbbCCCCddddEEEEffff0000111122223333444"));
    QVERIFY(ConnectionConfig::hostKeyProblem(changed).value(QStringLiteral("changed")).toBool());
    for (const char *language : {"de", "zh_CN"}) {
        call(m_root, "setLanguage", {QString::fromLatin1(language)});
        const QString translatedChanged = QCoreApplication::translate("SshTunnel", changedSource)
                                                  .arg(QStringLiteral("deploy@bastion:22"), fingerprint);
        const QString translatedUnknown = QCoreApplication::translate("SshTunnel", unknownSource)
                                                  .arg(QStringLiteral("deploy@bastion:22"), fingerprint);
        QVERIFY2(ConnectionConfig::hostKeyProblem(translatedChanged).value(QStringLiteral("changed")).toBool(),
                 qPrintable(translatedChanged));
        QVERIFY(!ConnectionConfig::hostKeyProblem(translatedUnknown).value(QStringLiteral("changed")).toBool());
        QCOMPARE(ConnectionConfig::hostKeyProblem(translatedUnknown).value(QStringLiteral("fingerprint")).toString(),
                 fingerprint);
    }
    call(m_root, "setLanguage", {QStringLiteral("en")});

    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("connectionDialog"));
    QVariantMap overSsh{{QStringLiteral("name"), QStringLiteral("ssh trust")},
                        {QStringLiteral("mode"), QStringLiteral("socket")},
                        {QStringLiteral("socketPath"), server().unixSocketPath()},
                        {QStringLiteral("sshEnabled"), true},
                        {QStringLiteral("sshHost"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("sshPort"), int(closedPort())}};
    call(dialog, "edit", {overSsh, false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    auto *trust = m_root->findChild<QQuickItem *>(QStringLiteral("trustHostKeyButton"));
    auto *warning = m_root->findChild<QQuickItem *>(QStringLiteral("hostKeyChangedWarning"));
    QVERIFY(trust && warning);
    QVERIFY(!trust->isVisible());

    // As a test that failed on the host key does it.
    auto reject = [&](const QString &message) {
        dialog->setProperty("testStatus", QStringLiteral("failed"));
        dialog->setProperty("testError", int(QtRedis::Error::SshHostKeyRejected));
        dialog->setProperty("testMessage", message);
        dialog->setProperty("hostKey", ConnectionConfig::hostKeyProblem(message));
    };
    reject(unknown);
    QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), Timeout);
    QVERIFY(trust->property("text").toString().contains(QStringLiteral("SHA256:u1Ra7mYf3KqP0x+Zb9/w2VdLcEo4hNtGsJiXkQyA5Bc")));
    QVERIFY(!warning->isVisible());
    // One retry, with AcceptNew; then no second offer for the same test.
    QMetaObject::invokeMethod(trust, "clicked");
    QVERIFY(dialog->property("hostKeyRetried").toBool());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->property("testStatus").toString(), QStringLiteral("failed"), 3 * Timeout);
    reject(unknown);
    QVERIFY(!trust->isVisible());

    // A changed key: the warning, no one-click accept.
    call(dialog, "edit", {overSsh, false});
    reject(changed);
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), Timeout);
    QVERIFY(!trust->isVisible());
    call(dialog, "trustHostKey");
    QVERIFY(!dialog->property("hostKeyRetried").toBool());
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout); // closed before it opens again
}

// Against a private sshd: an unknown host key is refused, trusted with one
// click (recorded), then accepted strictly; a key file with a passphrase
// works; a changed key gets the warning and no offer.
void tst_Browser::sshTunnelThroughTheDialog()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/sshd")) || QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
        QSKIP("needs the OpenSSH client and server (Debian: openssh-client, openssh-server)");
    SshTestServer ssh;
    QVERIFY2(ssh.start(), qPrintable(ssh.errorString()));
    const QString knownHosts = ssh.emptyKnownHostsPath(QStringLiteral("browser_known_hosts"));
    QVariantMap connection{{QStringLiteral("name"), QStringLiteral("through ssh")},
                           {QStringLiteral("mode"), QStringLiteral("host")},
                           {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                           {QStringLiteral("port"), int(server().port())},
                           {QStringLiteral("sshEnabled"), true},
                           {QStringLiteral("sshHost"), ssh.host()},
                           {QStringLiteral("sshPort"), int(ssh.port())},
                           {QStringLiteral("sshUser"), ssh.user()},
                           {QStringLiteral("sshAuth"), QStringLiteral("key")},
                           {QStringLiteral("sshIdentityFile"), ssh.clientKeyPath()},
                           {QStringLiteral("sshKnownHostsFile"), knownHosts},
                           {QStringLiteral("sshConfigFile"), QStringLiteral("none")}};
    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("connectionDialog"));
    call(dialog, "edit", {connection, false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    call(dialog, "testConnection");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->property("testStatus").toString(), QStringLiteral("failed"), 2 * Timeout);
    QCOMPARE(dialog->property("testError").toInt(), int(QtRedis::Error::SshHostKeyRejected));
    QVERIFY(dialog->property("canTrustHostKey").toBool());
    auto *trust = m_root->findChild<QQuickItem *>(QStringLiteral("trustHostKeyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), Timeout);
    QVERIFY2(trust->property("text").toString().contains(ssh.hostKeyFingerprint()),
             qPrintable(trust->property("text").toString()));

    QMetaObject::invokeMethod(trust, "clicked");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("testStatus").toString() != QLatin1String("testing"), 2 * Timeout);
    QVERIFY2(dialog->property("testStatus").toString() == QLatin1String("ok"),
             qPrintable(dialog->property("testMessage").toString()));
    QVERIFY(fileBytes(knownHosts).size() > 0);
    // Recorded: the strict policy accepts it now.
    call(dialog, "testConnection");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("testStatus").toString() != QLatin1String("testing"), 2 * Timeout);
    QVERIFY2(dialog->property("testStatus").toString() == QLatin1String("ok"),
             qPrintable(dialog->property("testMessage").toString()));

    // A key with a passphrase (a secret of the form).
    connection.insert(QStringLiteral("sshIdentityFile"), ssh.passphraseKeyPath());
    connection.insert(QStringLiteral("sshPassphrase"), SshTestServer::passphrase());
    call(dialog, "edit", {connection, false});
    call(dialog, "testConnection");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("testStatus").toString() != QLatin1String("testing"), 2 * Timeout);
    QVERIFY2(dialog->property("testStatus").toString() == QLatin1String("ok"),
             qPrintable(dialog->property("testMessage").toString()));

    // A changed key: the warning, no offer.
    connection.insert(QStringLiteral("sshKnownHostsFile"), ssh.changedKnownHostsPath());
    call(dialog, "edit", {connection, false});
    call(dialog, "testConnection");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->property("testStatus").toString(), QStringLiteral("failed"), 2 * Timeout);
    QCOMPARE(dialog->property("testError").toInt(), int(QtRedis::Error::SshHostKeyRejected));
    QTRY_VERIFY_WITH_TIMEOUT(m_root->findChild<QQuickItem *>(QStringLiteral("hostKeyChangedWarning"))->isVisible(),
                             Timeout);
    QVERIFY(!trust->isVisible());
    QVERIFY(!dialog->property("canTrustHostKey").toBool());
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout);

    // Opening a connection: the same offer, in a confirmation; accepted, it
    // connects (and records the key).
    QObject *first = view();
    connection.insert(QStringLiteral("name"), QStringLiteral("opened through ssh"));
    connection.insert(QStringLiteral("sshKnownHostsFile"), ssh.emptyKnownHostsPath(QStringLiteral("open_known_hosts")));
    QObject *opened = call(m_root, "openConnection", {connection, false}).value<QObject *>();
    QVERIFY(opened);
    auto *confirm = m_root->findChild<QObject *>(QStringLiteral("mainConfirmDialog"));
    QVERIFY(confirm);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->property("opened").toBool(), 2 * Timeout);
    QVERIFY(confirm->property("acceptText").toString().contains(ssh.hostKeyFingerprint()));
    QMetaObject::invokeMethod(confirm, "accept");
    QObject *redis = objectProperty(opened, "client");
    QTRY_VERIFY_WITH_TIMEOUT(redis->property("state").value<RedisClient::State>() == RedisClient::State::Connected,
                             2 * Timeout);
    QVERIFY(fileBytes(connection.value(QStringLiteral("sshKnownHostsFile")).toString()).size() > 0);
    call(m_root, "closeConnection", {QStringLiteral("opened through ssh"), false});
    QTRY_COMPARE_WITH_TIMEOUT(view(), first, Timeout);
}

// The dialog with its TLS and SSH sections open fits an 800x600 window in
// every language: nothing cut, nothing past its edges (it scrolls).
void tst_Browser::connectionDialogFits_data()
{
    addLanguageRows();
}

void tst_Browser::connectionDialogFits()
{
    QFETCH(QString, language);
    auto *window = qobject_cast<QQuickWindow *>(m_root);
    const QSize before = window->size();
    window->resize(800, 600);
    QTRY_COMPARE_WITH_TIMEOUT(window->size(), QSize(800, 600), Timeout);
    call(m_root, "setLanguage", {language});

    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("connectionDialog"));
    QVariantMap everything = tlsSshConnection(QStringLiteral("fits"), QStringLiteral("key"));
    everything.insert(QStringLiteral("sshHostKeyPolicy"), QStringLiteral("acceptAny")); // its warning too
    everything.insert(QStringLiteral("rememberPassword"), false); // and the "not saved" note
    call(dialog, "edit", {everything, false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    QVERIFY(frame.wait(Timeout));
    snapshot(qPrintable(QStringLiteral("connection-dialog-tls-ssh-") + language));

    auto *content = qvariant_cast<QQuickItem *>(dialog->property("contentItem"));
    QVERIFY(content);
    QQuickItem *popup = content->parentItem();
    QVERIFY(popup);
    const QRectF inWindow = popup->mapRectToScene(QRectF(0, 0, popup->width(), popup->height()));
    QVERIFY2(inWindow.left() >= 0 && inWindow.top() >= 0 && inWindow.right() <= 800 && inWindow.bottom() <= 600,
             qPrintable(QStringLiteral("dialog at %1,%2 %3x%4").arg(inWindow.x()).arg(inWindow.y())
                                .arg(inWindow.width()).arg(inWindow.height())));
    auto *form = qvariant_cast<QQuickItem *>(dialog->property("form"));
    QVERIFY(form);
    QVERIFY(m_root->findChild<QQuickItem *>(QStringLiteral("tlsInsecureWarning"))->isVisible());
    QVERIFY(m_root->findChild<QQuickItem *>(QStringLiteral("sshIdentityFile"))->isVisible());

    QStringList problems;
    findClipped(form, form, &problems);
    findClipped(popup, popup, &problems);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every row can be scrolled to; the bottom rows, scrolled into view.
    auto *scroll = qvariant_cast<QQuickItem *>(dialog->property("scrollView"));
    QVERIFY(scroll->property("contentHeight").toReal() >= form->height() - 1);
    auto *flickable = scroll->property("contentItem").value<QQuickItem *>();
    QVERIFY(flickable);
    flickable->setProperty("contentY", qMax(0.0, form->height() - flickable->height()));
    window->update();
    QVERIFY(frame.wait(Timeout));
    const QRectF lastRow = m_root->findChild<QQuickItem *>(QStringLiteral("sshHostKeyPolicy"))
                                   ->mapRectToItem(popup, QRectF(0, 0, 1, 1));
    QVERIFY(lastRow.top() >= 0 && lastRow.bottom() <= popup->height());
    snapshot(qPrintable(QStringLiteral("connection-dialog-tls-ssh-bottom-") + language));

    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout);
    call(m_root, "setLanguage", {QStringLiteral("en")});
    window->resize(before);
}

void tst_Browser::screenshot()
{
    const QString file = m_dir.filePath(QStringLiteral("shot.png"));
    QProcess browser;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    browser.setProcessEnvironment(env);
    browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    browser.start(QStringLiteral(QTREDIS_BROWSER_EXECUTABLE),
                  {QStringLiteral("--url"), QStringLiteral("unix://") + server().unixSocketPath(),
                   QStringLiteral("--key"), QStringLiteral("user:1000"), QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--screenshot"), file, QStringLiteral("--size"), QStringLiteral("1024x700"),
                   QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("screenshot.ini"))});
    QVERIFY(browser.waitForStarted(Timeout));
    QVERIFY(browser.waitForFinished(60000));
    QCOMPARE(browser.exitStatus(), QProcess::NormalExit);
    QCOMPARE(browser.exitCode(), 0);
    QVERIFY(browser.readAllStandardOutput().contains("screenshot saved"));
    QVERIFY(QFileInfo(file).size() > 0);
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1024, 700));
    // Not a blank image.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 7) {
        for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() >= 16);

    // A server that is not there: exit code 1, no image.
    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    browser.start(QStringLiteral(QTREDIS_BROWSER_EXECUTABLE),
                  {QStringLiteral("--url"), QStringLiteral("redis://127.0.0.1:%1").arg(closedPort()),
                   QStringLiteral("--screenshot"), missing, QStringLiteral("--settings"),
                   m_dir.filePath(QStringLiteral("screenshot.ini"))});
    QVERIFY(browser.waitForStarted(Timeout));
    QVERIFY(browser.waitForFinished(60000));
    QCOMPARE(browser.exitCode(), 1);
    QVERIFY(!QFile::exists(missing));
}

// --edit-connection with --screenshot: the window with the connection
// dialog open on a saved connection (TLS and SSH sections shown).
void tst_Browser::screenshotOfConnectionDialog()
{
    const QString settings = m_dir.filePath(QStringLiteral("dialog-shot.ini"));
    {
        ConnectionStore store;
        store.setSettingsFile(settings);
        QVERIFY(store.save(tlsSshConnection(QStringLiteral("production"), QStringLiteral("key"))));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
    }
    const QString file = m_dir.filePath(QStringLiteral("dialog.png"));
    QProcess browser;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    browser.setProcessEnvironment(env);
    browser.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    browser.start(QStringLiteral(QTREDIS_BROWSER_EXECUTABLE),
                  {QStringLiteral("--settings"), settings, QStringLiteral("--edit-connection"),
                   QStringLiteral("production"), QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--screenshot"), file, QStringLiteral("--size"), QStringLiteral("800x600")});
    QVERIFY(browser.waitForStarted(Timeout));
    QVERIFY(browser.waitForFinished(60000));
    QCOMPARE(browser.exitCode(), 0);
    const QImage image(file);
    QCOMPARE(image.size(), QSize(800, 600));

    // A name that is not saved: exit code 1.
    browser.start(QStringLiteral(QTREDIS_BROWSER_EXECUTABLE),
                  {QStringLiteral("--settings"), settings, QStringLiteral("--edit-connection"), QStringLiteral("missing"),
                   QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("none.png"))});
    QVERIFY(browser.waitForStarted(Timeout));
    QVERIFY(browser.waitForFinished(60000));
    QCOMPARE(browser.exitCode(), 1);
}

// --- Redis Cluster and Sentinel ------------------------------------------

void tst_Browser::clusterAndSentinelConnectionsSaved_data()
{
    QTest::addColumn<QVariantMap>("connection");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("seeds");
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("standalone")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("t standalone")},
                           {QStringLiteral("host"), QStringLiteral("10.0.0.1")},
                           {QStringLiteral("port"), 6380},
                           {QStringLiteral("database"), 2}}
            << QStringLiteral("10.0.0.1:6380 db2") << QStringList() << QStringList();
    QTest::newRow("cluster")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("t cluster")},
                           {QStringLiteral("host"), QStringLiteral("10.0.0.1")},
                           {QStringLiteral("port"), 7000},
                           {QStringLiteral("topology"), QStringLiteral("cluster")},
                           {QStringLiteral("seedNodes"), QStringList{QStringLiteral("10.0.0.2:7001"),
                                                                     QStringLiteral("10.0.0.3:7002")}},
                           {QStringLiteral("readFromReplicas"), true}}
            << QStringLiteral("cluster · 3 seeds")
            << QStringList{QStringLiteral("10.0.0.1:7000"), QStringLiteral("10.0.0.2:7001"),
                           QStringLiteral("10.0.0.3:7002")}
            << QStringList();
    QTest::newRow("sentinel")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("t sentinel")},
                           {QStringLiteral("host"), QStringLiteral("10.0.0.1")},
                           {QStringLiteral("port"), 26379},
                           {QStringLiteral("topology"), QStringLiteral("sentinel")},
                           {QStringLiteral("seedNodes"), QStringList{QStringLiteral("10.0.0.2:26379")}},
                           {QStringLiteral("sentinelMasterName"), QStringLiteral("mymaster")},
                           {QStringLiteral("sentinelUsername"), QStringLiteral("watcher")},
                           {QStringLiteral("sentinelPassword"), QStringLiteral("sentinel-pw-not-in-file")},
                           {QStringLiteral("rememberPassword"), true},
                           {QStringLiteral("readFromReplicas"), true}}
            << QStringLiteral("sentinel · mymaster · 2 sentinels")
            << QStringList{QStringLiteral("10.0.0.1:26379"), QStringLiteral("10.0.0.2:26379")}
            << QStringList{QStringLiteral("sentinelPassword")};
}

// Each connection type goes through the dialog, the settings file (the
// sentinels' password only as a secret: this process has no keychain, so
// it is asked for) and the connection list unchanged.
void tst_Browser::clusterAndSentinelConnectionsSaved()
{
    QFETCH(QVariantMap, connection);
    QFETCH(QString, description);
    QFETCH(QStringList, seeds);
    QFETCH(QStringList, secrets);
    const QVariantMap original = ConnectionConfig::normalized(connection);
    const QString name = original.value(QStringLiteral("name")).toString();
    const QStringList fields = {QStringLiteral("mode"), QStringLiteral("host"), QStringLiteral("port"),
                                QStringLiteral("topology"), QStringLiteral("seedNodes"),
                                QStringLiteral("readFromReplicas"), QStringLiteral("sentinelMasterName"),
                                QStringLiteral("sentinelUsername")};

    auto *dialog = m_root->findChild<QObject *>(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    call(dialog, "edit", {original, false});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("opened").toBool(), Timeout);
    snapshot(qPrintable(QStringLiteral("connection-dialog-") + QString::fromLatin1(QTest::currentDataTag())));
    const QVariantMap fromDialog = call(dialog, "options").toMap();
    QCOMPARE(call(dialog, "problem", {true}).toString(), QString());
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout);
    for (const QString &field : fields)
        QVERIFY2(fromDialog.value(field) == original.value(field), qPrintable(field));
    QCOMPARE(fromDialog.value(QStringLiteral("sentinelPassword")), original.value(QStringLiteral("sentinelPassword")));
    QCOMPARE(ConnectionConfig::describe(fromDialog), description);
    QCOMPARE(ConnectionConfig::usedSecrets(fromDialog), secrets);
    const RedisConnectionOptions options = ConnectionConfig::toOptions(fromDialog);
    if (!seeds.isEmpty())
        QCOMPARE(options.seedNodes(), seeds);
    else
        QCOMPARE(options.topology(), RedisConnectionOptions::Topology::Standalone);
    QVERIFY(options == ConnectionConfig::toOptions(original));

    QObject *store = objectProperty(m_root, "store");
    QVERIFY(call(m_root, "saveConnection", {fromDialog, QString()}).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(store->property("pendingKeychainJobs").toInt(), 0, Timeout);
    const QString file = m_dir.filePath(QStringLiteral("browser.ini"));
    const QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.contains(name.toUtf8()));
    QVERIFY(!bytes.contains("sentinel-pw-not-in-file"));

    // The connection list shows the description.
    // (Delegates are found through the item tree: they have no QObject parent.)
    const auto listed = [&] {
        QList<QQuickItem *> items{qobject_cast<QQuickWindow *>(m_root)->contentItem()};
        while (!items.isEmpty()) {
            QQuickItem *item = items.takeLast();
            if (item->isVisible() && item->property("text").toString() == description)
                return true;
            items += item->childItems();
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(), Timeout);

    // Read back by another store, and into the dialog again.
    ConnectionStore reloadedStore;
    reloadedStore.setSettingsFile(file);
    QVariantMap reloaded = reloadedStore.connection(name);
    for (const QString &field : fields)
        QVERIFY2(reloaded.value(field) == original.value(field), qPrintable(field));
    QCOMPARE(ConnectionConfig::missingSecrets(reloaded), secrets);
    for (const QString &field : secrets)
        reloaded.insert(field, original.value(field));
    QVERIFY(ConnectionConfig::toOptions(reloaded) == ConnectionConfig::toOptions(original));
    call(dialog, "edit", {reloaded, true});
    const QVariantMap again = call(dialog, "options").toMap();
    QMetaObject::invokeMethod(dialog, "reject");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), Timeout);
    QVERIFY(ConnectionConfig::toOptions(again) == ConnectionConfig::toOptions(original));
    QVERIFY(callBool(store, "remove", name));
}

// The Nodes view's rows from nodes made up here: masters by address, each
// followed by its replicas, the slots as text.
void tst_Browser::clusterNodesModelRows()
{
    auto node = [](const QString &id, const QString &address, bool master, const QString &masterId,
                   QList<QPair<int, int>> ranges, bool connected) {
        RedisClusterNode n;
        n.id = id;
        n.address = address;
        n.announcedAddress = address;
        n.master = master;
        n.masterId = masterId;
        n.slotRanges = ranges;
        n.connected = connected;
        return n;
    };
    ClusterNodesModel model;
    model.setNodes({
            node(QStringLiteral("r2"), QStringLiteral("10.0.0.5:7005"), false, QStringLiteral("m2"), {}, false),
            node(QStringLiteral("m2"), QStringLiteral("10.0.0.2:7001"), true, {}, {{5461, 10922}}, true),
            node(QStringLiteral("m1"), QStringLiteral("10.0.0.1:7000"), true, {}, {{0, 5460}, {16000, 16000}}, true),
    });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.get(0).value(QStringLiteral("address")).toString(), QStringLiteral("10.0.0.1:7000"));
    QCOMPARE(model.get(0).value(QStringLiteral("slotsText")).toString(), QStringLiteral("0-5460,16000"));
    QCOMPARE(model.get(0).value(QStringLiteral("slotCount")).toInt(), 5462);
    QCOMPARE(model.get(1).value(QStringLiteral("address")).toString(), QStringLiteral("10.0.0.2:7001"));
    const QVariantMap replica = model.get(2);
    QCOMPARE(replica.value(QStringLiteral("master")).toBool(), false);
    QCOMPARE(replica.value(QStringLiteral("masterAddress")).toString(), QStringLiteral("10.0.0.2:7001"));
    QCOMPARE(replica.value(QStringLiteral("connected")).toBool(), false);
    QCOMPARE(model.indexOf(QStringLiteral("10.0.0.5:7005")), 2);

    // The server page's text for each row.
    QObject *page = objectProperty(view(), "serverPage");
    QCOMPARE(call(page, "nodeRow", {model.get(2)}).toMap().value(QStringLiteral("role")).toString(),
             QStringLiteral("replica of 10.0.0.2:7001"));
    const QVariantMap master = call(page, "nodeRow", {model.get(0)}).toMap();
    QCOMPARE(master.value(QStringLiteral("role")).toString(), QStringLiteral("master"));
    QCOMPARE(master.value(QStringLiteral("slots")).toString(), QStringLiteral("0-5460,16000"));
    QCOMPARE(master.value(QStringLiteral("connected")).toString(), QStringLiteral("yes"));
}

// A standalone connection to a cluster node offers to switch to Cluster;
// switched, it lists every key, shows each key's node and slot, and the
// Nodes view lists the node with its INFO. The node is a single-node
// cluster (all 16384 slots on one redis-server).
// A plain connection to a cluster node is offered the switch; after it the
// keys of every master, the key's slot and node and the Nodes view, at
// 800x600 in every language, nothing cut or past the window's edge.
void tst_Browser::clusterDetectedSwitchedAndBrowsed_data()
{
    addLanguageRows();
}

void tst_Browser::clusterDetectedSwitchedAndBrowsed()
{
    QFETCH(QString, language);
    QDir(m_dir.path()).remove(QStringLiteral("nodes.conf"));
    RedisTestServer node;
    QVERIFY2(node.start({QStringLiteral("--cluster-enabled"), QStringLiteral("yes"),
                         QStringLiteral("--cluster-config-file"), m_dir.filePath(QStringLiteral("nodes.conf"))}),
             qPrintable(node.errorString()));
    const QString address = QStringLiteral("127.0.0.1:%1").arg(node.port());
    QCOMPARE(node.cli({QStringLiteral("CLUSTER"), QStringLiteral("ADDSLOTSRANGE"), QStringLiteral("0"),
                       QStringLiteral("16383")}).trimmed(),
             QByteArray("OK"));
    QTRY_VERIFY_WITH_TIMEOUT(node.cli({QStringLiteral("CLUSTER"), QStringLiteral("INFO")}).contains("cluster_state:ok"),
                             Timeout);
    for (int i = 0; i < 25; ++i)
        node.cli({QStringLiteral("SET"), QStringLiteral("c:%1").arg(i), QString::number(i)});
    const QByteArray key("user:{42}:name");
    node.cli({QStringLiteral("SET"), QString::fromLatin1(key), QStringLiteral("Ada")});

    auto *window = qobject_cast<QQuickWindow *>(m_root);
    const QSize before = window->size();
    window->resize(800, 600);
    QTRY_COMPARE_WITH_TIMEOUT(window->size(), QSize(800, 600), Timeout);
    call(m_root, "setLanguage", {language});
    // The connection's view (the sidebar elides long names on purpose).
    QQuickItem *connectionView = nullptr;
    const auto fitsWindow = [window, &connectionView](const char *what) {
        QStringList problems;
        findClipped(connectionView, window->contentItem(), &problems);
        // Nothing past the edge of its own pane either.
        for (const char *pane : {"keyTree", "valuePane", "serverPage"}) {
            auto *item = connectionView->findChild<QQuickItem *>(QLatin1String(pane));
            if (item && item->isVisible())
                findClipped(item, item, &problems);
        }
        problems.removeDuplicates();
        return problems.isEmpty() ? QString() : QString::fromLatin1(what) + QLatin1String(": ") + problems.join(u'\n');
    };

    const QVariantMap options{{QStringLiteral("name"), QStringLiteral("cluster node")},
                              {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                              {QStringLiteral("port"), int(node.port())}};
    QVERIFY(call(m_root, "saveConnection", {options, QString()}).toBool());
    QObject *opened = call(m_root, "openConnection", {options, true}).value<QObject *>();
    QVERIFY(opened);
    // Closed and forgotten also when a check fails, for the next row.
    const auto cleanup = qScopeGuard([&] {
        call(opened, "showPage", {0});
        call(m_root, "setLanguage", {QStringLiteral("en")});
        call(m_root, "closeConnection", {QStringLiteral("cluster node"), true});
        callBool(objectProperty(m_root, "store"), "remove", QStringLiteral("cluster node"));
        window->resize(before);
    });
    QCOMPARE(view(), opened);
    connectionView = qobject_cast<QQuickItem *>(opened);
    QVERIFY(connectionView);
    QTRY_VERIFY_WITH_TIMEOUT(opened->property("clusterDetected").toBool(), Timeout);
    auto *banner = qvariant_cast<QQuickItem *>(opened->property("clusterBanner"));
    QVERIFY(banner && banner->isVisible());
    snapshot(qPrintable(QStringLiteral("cluster-offer-") + language));
    QString clipped = fitsWindow("cluster offer");
    if (!clipped.isEmpty()) qWarning("%s", qPrintable(clipped.left(3000)));

    call(opened, "switchToCluster");
    QVERIFY(!banner->isVisible());
    QCOMPARE(opened->property("topology").toString(), QStringLiteral("cluster"));
    QObject *store = objectProperty(m_root, "store");
    QCOMPARE(callMap(store, "connection", QStringLiteral("cluster node")).value(QStringLiteral("topology")).toString(),
             QStringLiteral("cluster"));
    auto *client = qobject_cast<RedisClient *>(objectProperty(opened, "client"));
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->isCluster() && client->state() == RedisClient::State::Connected, Timeout);

    // Every key of the cluster, through SCAN on each master.
    QTRY_VERIFY_WITH_TIMEOUT(!keysModel()->isLoading() && keysModel()->loadedCount() == 26, Timeout);

    // The value header: the key's slot and node.
    QVERIFY(openKey(key, QStringLiteral("string")));
    QObject *pane = valuePane();
    QCOMPARE(pane->property("clusterSlot").toInt(), RedisClient::keySlot(key));
    QCOMPARE(pane->property("clusterNode").toString(), address);
    auto *place = pane->findChild<QQuickItem *>(QStringLiteral("valueClusterPlace"));
    QVERIFY(place && place->isVisible());
    if (language == QLatin1String("en")) {
        QCOMPARE(place->property("text").toString(),
                 QStringLiteral("Slot %1 on node %2").arg(RedisClient::keySlot(key)).arg(address));
    } else {
        QVERIFY(place->property("text").toString().contains(address));
        QVERIFY(place->property("text").toString().contains(QString::number(RedisClient::keySlot(key))));
        QVERIFY(place->property("text").toString()
                != QStringLiteral("Slot %1 on node %2").arg(RedisClient::keySlot(key)).arg(address));
    }
    snapshot(qPrintable(QStringLiteral("cluster-value-") + language));
    clipped = fitsWindow("value header");
    if (!clipped.isEmpty()) qWarning("%s", qPrintable(clipped.left(3000)));

    // The Nodes view: the one node, its slots, its INFO.
    QObject *page = objectProperty(opened, "serverPage");
    call(opened, "showPage", {2});
    objectProperty(page, "sections")->setProperty("currentIndex", 3);
    call(page, "refresh");
    QTRY_COMPARE_WITH_TIMEOUT(page->property("nodeRows").toList().size(), 1, Timeout);
    const QVariantMap row = page->property("nodeRows").toList().constFirst().toMap();
    QCOMPARE(row.value(QStringLiteral("address")).toString(), address);
    if (language == QLatin1String("en"))
        QCOMPARE(row.value(QStringLiteral("role")).toString(), QStringLiteral("master"));
    QCOMPARE(row.value(QStringLiteral("slots")).toString(), QStringLiteral("0-16383"));
    QObject *table = objectProperty(page, "nodesTable");
    QVERIFY(qobject_cast<QQuickItem *>(table)->isVisible());
    objectProperty(table, "listView")->setProperty("currentIndex", 0);
    auto *nodes = qobject_cast<ClusterNodesModel *>(objectProperty(page, "nodesModel"));
    QVERIFY(nodes);
    QTRY_VERIFY_WITH_TIMEOUT(!nodes->infoLoading() && nodes->info().contains(QLatin1String("used_memory_human:")), Timeout);
    QCOMPARE(nodes->infoAddress(), address);
    auto *details = page->findChild<QQuickItem *>(QStringLiteral("nodeDetails"));
    QVERIFY(details);
    const QString info = nodes->info();
    const qsizetype at = info.indexOf(QLatin1String("used_memory_human:")) + 18;
    const QString memory = info.mid(at, info.indexOf(QLatin1Char('\r'), at) - at).trimmed();
    QVERIFY(!memory.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(details->property("text").toString().startsWith(address)
                                     && details->property("text").toString().contains(memory),
                             Timeout);
    if (language == QLatin1String("en"))
        QVERIFY(details->property("text").toString().startsWith(address + QStringLiteral(": memory used ")));
    snapshot(qPrintable(QStringLiteral("cluster-nodes-") + language));
    clipped = fitsWindow("nodes view");
    if (!clipped.isEmpty()) qWarning("%s", qPrintable(clipped.left(3000)));

}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // No keychain service: the browser's fallback (asking for secrets) is
    // what this suite sees, and a developer's own keychain is never touched.
    // tst_browserkeychain runs a private Secret Service.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/qtredis-test-no-bus");
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    tst_Browser test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browser.moc"
