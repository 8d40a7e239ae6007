// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The browser's ConnectionStore with the system keychain (QtKeychain):
//
// - secretService: a real Secret Service. The test runs itself again inside
//   a private D-Bus session with an unlocked gnome-keyring-daemon (its
//   keyring in a temporary home), where secretServiceChild does the work:
//   secrets saved, read back by a second store, never in the settings file,
//   a clear-text password of an earlier version moved into the keychain.
//   Skipped only if dbus-run-session or gnome-keyring-daemon is missing.
// - noKeychain: D-Bus points nowhere; the store falls back to asking and
//   writes no secret.
#include <QtTest/QtTest>

#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>

#include <connectionconfig.h>
#include <connectionstore.h>

namespace {

constexpr int Timeout = 15000;
const char childVariable[] = "QTREDIS_KEYCHAIN_TEST_CHILD";

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVariantMap connectionWithSecrets(const QString &name)
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("host"), QStringLiteral("redis.internal")},
        {QStringLiteral("password"), QStringLiteral("redis-pw-K3YCHAIN")},
        {QStringLiteral("rememberPassword"), true},
        {QStringLiteral("tlsEnabled"), true},
        {QStringLiteral("tlsKeyFile"), QStringLiteral("/etc/redis/client.key")},
        {QStringLiteral("tlsKeyPassphrase"), QStringLiteral("tls-key-K3YCHAIN")},
        {QStringLiteral("sshEnabled"), true},
        {QStringLiteral("sshHost"), QStringLiteral("bastion")},
        {QStringLiteral("sshAuth"), QStringLiteral("password")},
        {QStringLiteral("sshPassword"), QStringLiteral("ssh-pw-K3YCHAIN")},
    };
}

const QStringList secretValues = {QStringLiteral("redis-pw-K3YCHAIN"), QStringLiteral("tls-key-K3YCHAIN"),
                                  QStringLiteral("ssh-pw-K3YCHAIN"), QStringLiteral("earlier-clear-text"),
                                  QStringLiteral("sentinel-pw-K3YCHAIN")};

// An INI file as an earlier version wrote it: the password in clear text.
void writeEarlierFile(const QString &path)
{
    QSettings settings(path, QSettings::IniFormat);
    settings.beginWriteArray(QStringLiteral("connections"), 1);
    settings.setArrayIndex(0);
    settings.setValue(QStringLiteral("name"), QStringLiteral("earlier"));
    settings.setValue(QStringLiteral("mode"), QStringLiteral("host"));
    settings.setValue(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    settings.setValue(QStringLiteral("port"), 6379);
    settings.setValue(QStringLiteral("rememberPassword"), true);
    settings.setValue(QStringLiteral("askPassword"), false);
    settings.setValue(QStringLiteral("password"), QStringLiteral("earlier-clear-text"));
    settings.endArray();
}

} // namespace

class tst_BrowserKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretService();
    void secretServiceChild();
    void noKeychain();
};

void tst_BrowserKeychain::secretService()
{
    if (qEnvironmentVariableIsSet(childVariable))
        QSKIP("runs the child");
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty())
        QSKIP("needs dbus-run-session and gnome-keyring-daemon (Debian: dbus-daemon, gnome-keyring) "
              "for a private Secret Service");

    // The keyring lives in a temporary home: the user's is never touched.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QDir().mkpath(home.filePath(QStringLiteral("runtime")));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                             | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("GNOME"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    // The keyring's password comes on standard input; --unlock creates the
    // login keyring with it.
    const QString script = QStringLiteral(
            "printf pw | \"$1\" --unlock --components=secrets --daemonize >/dev/null || exit 3; "
            "exec \"$2\" secretServiceChild");
    child.start(dbusRunSession, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                 QStringLiteral("sh"), keyringDaemon, QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForStarted(Timeout));
    QVERIFY2(child.waitForFinished(4 * Timeout), "the child did not finish");
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : tst_BrowserKeychain::secretServiceChild()"), output.constData());
    for (const QString &secret : secretValues)
        QVERIFY(!output.contains(secret.toUtf8()));
}

void tst_BrowserKeychain::secretServiceChild()
{
    if (!qEnvironmentVariableIsSet(childVariable))
        QSKIP("runs inside secretService's private D-Bus session");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("browser.ini"));
    const QString service = QStringLiteral("QtRedis Browser test");

    QString id;
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(file);
        QTRY_COMPARE_WITH_TIMEOUT(store.keychainStatus(), QStringLiteral("available"), Timeout);
        QVERIFY(store.save(connectionWithSecrets(QStringLiteral("kept in keychain"))));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
        QCOMPARE(store.keychainStatus(), QStringLiteral("available"));
        const QVariantMap saved = store.connection(QStringLiteral("kept in keychain"));
        id = saved.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(saved.value(QStringLiteral("savedSecrets")).toStringList(),
                 (QStringList{QStringLiteral("password"), QStringLiteral("tlsKeyPassphrase"), QStringLiteral("sshPassword")}));
        QVERIFY(saved.value(QStringLiteral("askSecrets")).toStringList().isEmpty());
    }
    const QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.contains("kept in keychain"));
    for (const QString &secret : secretValues)
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

    // A new store (a new start of the browser) reads them back, without
    // blocking: they arrive with the reads.
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(file);
        QVERIFY(store.connection(QStringLiteral("kept in keychain")).value(QStringLiteral("password")).toString().isEmpty());
        QVERIFY(store.secretsPending(QStringLiteral("kept in keychain")));
        QVariantMap delivered;
        store.withSecrets(QStringLiteral("kept in keychain"), [&](const QVariantMap &options) { delivered = options; });
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), Timeout);
        QCOMPARE(delivered.value(QStringLiteral("password")).toString(), QStringLiteral("redis-pw-K3YCHAIN"));
        QCOMPARE(delivered.value(QStringLiteral("tlsKeyPassphrase")).toString(), QStringLiteral("tls-key-K3YCHAIN"));
        QCOMPARE(delivered.value(QStringLiteral("sshPassword")).toString(), QStringLiteral("ssh-pw-K3YCHAIN"));
        QVERIFY(ConnectionConfig::missingSecrets(delivered).isEmpty());
        const RedisConnectionOptions options = ConnectionConfig::toOptions(delivered);
        QCOMPARE(options.password(), QStringLiteral("redis-pw-K3YCHAIN"));
        QCOMPARE(options.sshPassword(), QStringLiteral("ssh-pw-K3YCHAIN"));

        // Not remembered any more: gone from the keychain.
        QVariantMap forget = delivered;
        forget.insert(QStringLiteral("rememberPassword"), false);
        QVERIFY(store.save(forget));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
        QCOMPARE(store.connection(QStringLiteral("kept in keychain")).value(QStringLiteral("askSecrets")).toStringList().size(), 3);
    }
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(file);
        QTRY_COMPARE_WITH_TIMEOUT(store.keychainStatus(), QStringLiteral("available"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
        const QVariantMap reloaded = store.connection(QStringLiteral("kept in keychain"));
        QVERIFY(reloaded.value(QStringLiteral("password")).toString().isEmpty());
        QCOMPARE(ConnectionConfig::missingSecrets(reloaded).size(), 3);
        QVERIFY(store.remove(QStringLiteral("kept in keychain")));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
    }

    // A sentinel connection: the sentinels' password is a secret like the
    // others (in the keychain, never in the file); the rest is in the file.
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(file);
        QTRY_COMPARE_WITH_TIMEOUT(store.keychainStatus(), QStringLiteral("available"), Timeout);
        QVERIFY(store.save({{QStringLiteral("name"), QStringLiteral("sentinels")},
                            {QStringLiteral("host"), QStringLiteral("sentinel-1")},
                            {QStringLiteral("port"), 26379},
                            {QStringLiteral("topology"), QStringLiteral("sentinel")},
                            {QStringLiteral("seedNodes"), QStringList{QStringLiteral("sentinel-2:26379")}},
                            {QStringLiteral("sentinelMasterName"), QStringLiteral("mymaster")},
                            {QStringLiteral("sentinelUsername"), QStringLiteral("watcher")},
                            {QStringLiteral("sentinelPassword"), QStringLiteral("sentinel-pw-K3YCHAIN")},
                            {QStringLiteral("rememberPassword"), true}}));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
        QCOMPARE(store.connection(QStringLiteral("sentinels")).value(QStringLiteral("savedSecrets")).toStringList(),
                 QStringList{QStringLiteral("sentinelPassword")});
    }
    {
        const QByteArray sentinelBytes = fileBytes(file);
        QVERIFY(sentinelBytes.contains("mymaster") && sentinelBytes.contains("watcher"));
        QVERIFY(!sentinelBytes.contains("sentinel-pw-K3YCHAIN"));
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(file);
        QVariantMap delivered;
        store.withSecrets(QStringLiteral("sentinels"), [&](const QVariantMap &options) { delivered = options; });
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), Timeout);
        QCOMPARE(delivered.value(QStringLiteral("sentinelPassword")).toString(), QStringLiteral("sentinel-pw-K3YCHAIN"));
        const RedisConnectionOptions options = ConnectionConfig::toOptions(delivered);
        QCOMPARE(options.topology(), RedisConnectionOptions::Topology::Sentinel);
        QCOMPARE(options.sentinelPassword(), QStringLiteral("sentinel-pw-K3YCHAIN"));
        QCOMPARE(options.sentinelUsername(), QStringLiteral("watcher"));
        QVERIFY(store.remove(QStringLiteral("sentinels")));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
    }

    // An earlier version's clear-text password moves into the keychain and
    // out of the file.
    const QString earlier = dir.filePath(QStringLiteral("earlier.ini"));
    writeEarlierFile(earlier);
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(earlier);
        QCOMPARE(store.connection(QStringLiteral("earlier")).value(QStringLiteral("password")).toString(),
                 QStringLiteral("earlier-clear-text"));
        QTRY_VERIFY_WITH_TIMEOUT(!fileBytes(earlier).contains("earlier-clear-text"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
    }
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(earlier);
        QVariantMap delivered;
        store.withSecrets(QStringLiteral("earlier"), [&](const QVariantMap &options) { delivered = options; });
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), Timeout);
        QCOMPARE(delivered.value(QStringLiteral("password")).toString(), QStringLiteral("earlier-clear-text"));
        QVERIFY(!delivered.value(QStringLiteral("askPassword")).toBool());
        QVERIFY(store.remove(QStringLiteral("earlier")));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
    }
}

void tst_BrowserKeychain::noKeychain()
{
    if (qEnvironmentVariableIsSet(childVariable))
        QSKIP("runs in the parent");
    // Whatever session this runs in: no bus, no keychain.
    const QByteArray previous = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/qtredis-test-no-bus");
    const auto restore = qScopeGuard([&] {
        if (previous.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", previous);
    });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("browser.ini"));
    const QString service = QStringLiteral("QtRedis Browser test");
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(file);
        QTRY_COMPARE_WITH_TIMEOUT(store.keychainStatus(), QStringLiteral("unavailable"), Timeout);
        QVERIFY(!store.keychainError().isEmpty());
        QVERIFY(store.save(connectionWithSecrets(QStringLiteral("asks"))));
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
        const QVariantMap saved = store.connection(QStringLiteral("asks"));
        QVERIFY(saved.value(QStringLiteral("savedSecrets")).toStringList().isEmpty());
        QCOMPARE(saved.value(QStringLiteral("askSecrets")).toStringList().size(), 3);
        QVERIFY(saved.value(QStringLiteral("askPassword")).toBool());
    }
    QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.contains("asks"));
    for (const QString &secret : secretValues)
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(file);
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
        const QVariantMap reloaded = store.connection(QStringLiteral("asks"));
        QCOMPARE(ConnectionConfig::missingSecrets(reloaded),
                 (QStringList{QStringLiteral("password"), QStringLiteral("tlsKeyPassphrase"), QStringLiteral("sshPassword")}));
    }

    // An earlier version's clear-text password: out of the file, asked for.
    const QString earlier = dir.filePath(QStringLiteral("earlier.ini"));
    writeEarlierFile(earlier);
    {
        ConnectionStore store;
        store.setKeychainService(service);
        store.setSettingsFile(earlier);
        QTRY_VERIFY_WITH_TIMEOUT(!fileBytes(earlier).contains("earlier-clear-text"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingKeychainJobs(), 0, Timeout);
    }
    ConnectionStore store;
    store.setKeychainService(service);
    store.setSettingsFile(earlier);
    QCOMPARE(ConnectionConfig::missingSecrets(store.connection(QStringLiteral("earlier"))),
             QStringList{QStringLiteral("password")});
}

QTEST_GUILESS_MAIN(tst_BrowserKeychain)

#include "tst_browserkeychain.moc"
