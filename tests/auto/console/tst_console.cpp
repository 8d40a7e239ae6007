// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// qtredis-console's command line (ConsoleCommandLine): the connection
// options its flags give, alone and together, and the combinations it
// refuses. No server needed.
#include <QtTest/QtTest>

#include <consolecommandline.h>
#include <redisconnectionoptions.h>

using Topology = RedisConnectionOptions::Topology;

namespace {

// Parses arguments (without the program name) and applies them to default
// options; *error gets the message when they are refused.
bool parse(const QStringList &arguments, RedisConnectionOptions *options, QString *error)
{
    ConsoleCommandLine commandLine;
    if (!commandLine.parser().parse(QStringList{QStringLiteral("qtredis-console")} + arguments)) {
        *error = commandLine.parser().errorText();
        return false;
    }
    return commandLine.toOptions(options, error);
}

} // namespace

class tst_Console : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void topology_data();
    void topology();
    void refused_data();
    void refused();
    void sentinelPasswordFromEnvironment();
    void clusterWithTls();
    void sentinelWithSsh();
    void execLines();
};

void tst_Console::init()
{
    qunsetenv("QTREDIS_SENTINEL_PASSWORD");
    qunsetenv("QTREDIS_TLS_KEY_PASSPHRASE");
    qunsetenv("QTREDIS_SSH_PASSWORD");
    qunsetenv("QTREDIS_SSH_PASSPHRASE");
}

void tst_Console::topology_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Topology>("topology");
    QTest::addColumn<QStringList>("seeds");
    QTest::addColumn<QString>("master");
    QTest::addColumn<QString>("sentinelUser");
    QTest::addColumn<bool>("replicas");
    QTest::addColumn<bool>("tls");

    const auto s = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    const QStringList none;
    QTest::newRow("default") << none << Topology::Standalone << s("127.0.0.1:6379") << QString() << QString()
                             << false << false;
    QTest::newRow("host port") << s("--host h --port 7000") << Topology::Standalone << s("h:7000") << QString()
                               << QString() << false << false;
    QTest::newRow("-c") << s("-c") << Topology::Cluster << s("127.0.0.1:6379") << QString() << QString() << false
                        << false;
    QTest::newRow("--cluster host port nodes")
            << s("--cluster --host h --port 7000 --node h2:7001 --node [::1]:7002") << Topology::Cluster
            << s("h:7000 h2:7001 [::1]:7002") << QString() << QString() << false << false;
    QTest::newRow("-c node without port") << s("-c --node h2") << Topology::Cluster
                                          << s("127.0.0.1:6379 h2:6379") << QString() << QString() << false
                                          << false;
    QTest::newRow("-c --replica") << s("-c --replica") << Topology::Cluster << s("127.0.0.1:6379") << QString()
                                  << QString() << true << false;
    QTest::newRow("-c --url redis://") << s("-c --url redis://h:7000") << Topology::Cluster << s("h:7000")
                                       << QString() << QString() << false << false;
    QTest::newRow("-c --url rediss://") << s("-c --url rediss://h:7000") << Topology::Cluster << s("h:7000")
                                        << QString() << QString() << false << true;
    QTest::newRow("--sentinel-master") << s("--sentinel-master mymaster") << Topology::Sentinel
                                       << s("127.0.0.1:26379") << QStringLiteral("mymaster") << QString() << false
                                       << false;
    QTest::newRow("--sentinel-master host nodes")
            << s("--sentinel-master m --host s1 --node s2 --node s3:5000 --sentinel-user sentinel --replica")
            << Topology::Sentinel << s("s1:26379 s2:26379 s3:5000") << QStringLiteral("m")
            << QStringLiteral("sentinel") << true << false;
    QTest::newRow("--sentinel-master port") << s("--sentinel-master m --port 5000") << Topology::Sentinel
                                            << s("127.0.0.1:5000") << QStringLiteral("m") << QString() << false
                                            << false;
    QTest::newRow("--sentinel-master --url with port")
            << s("--sentinel-master m --url redis://s1:5000") << Topology::Sentinel << s("s1:5000")
            << QStringLiteral("m") << QString() << false << false;
    QTest::newRow("--sentinel-master --url without port")
            << s("--sentinel-master m --url redis://s1") << Topology::Sentinel << s("s1:26379")
            << QStringLiteral("m") << QString() << false << false;
    QTest::newRow("redis-cluster:// URL")
            << s("--url redis-cluster://h1:7000?node=h2:7001") << Topology::Cluster << s("h1:7000 h2:7001")
            << QString() << QString() << false << false;
    QTest::newRow("redis-cluster:// URL, --node, --replica")
            << s("--url redis-cluster://h1:7000 --node h3:7003 --replica") << Topology::Cluster
            << s("h1:7000 h3:7003") << QString() << QString() << true << false;
    QTest::newRow("rediss-cluster:// URL") << s("--url rediss-cluster://h1:7000") << Topology::Cluster
                                           << s("h1:7000") << QString() << QString() << false << true;
    QTest::newRow("redis-sentinel:// URL")
            << s("--url redis-sentinel://s1?node=s2:26380#mymaster") << Topology::Sentinel
            << s("s1:26379 s2:26380") << QStringLiteral("mymaster") << QString() << false << false;
    QTest::newRow("redis-sentinel:// URL, --sentinel-user, --node")
            << s("--url redis-sentinel://s1#m --sentinel-user u --node s4") << Topology::Sentinel
            << s("s1:26379 s4:26379") << QStringLiteral("m") << QStringLiteral("u") << false << false;
    QTest::newRow("redis-sentinel:// URL, --sentinel-master overrides")
            << s("--url redis-sentinel://s1#m --sentinel-master other") << Topology::Sentinel << s("s1:26379")
            << QStringLiteral("other") << QString() << false << false;
}

void tst_Console::topology()
{
    QFETCH(QStringList, arguments);
    QFETCH(Topology, topology);
    QFETCH(QStringList, seeds);
    QFETCH(QString, master);
    QFETCH(QString, sentinelUser);
    QFETCH(bool, replicas);
    QFETCH(bool, tls);

    RedisConnectionOptions options;
    QString error;
    QVERIFY2(parse(arguments, &options, &error), qPrintable(error));
    QCOMPARE(options.topology(), topology);
    QCOMPARE(options.seedNodes(), seeds);
    QCOMPARE(options.sentinelMasterName(), master);
    QCOMPARE(options.sentinelUsername(), sentinelUser);
    QCOMPARE(options.readFromReplicas(), replicas);
    QCOMPARE(options.isTlsEnabled(), tls);
    QVERIFY(options.unixSocketPath().isEmpty());
}

void tst_Console::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    const auto s = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QTest::newRow("-c and --sentinel-master")
            << s("-c --sentinel-master m") << QStringLiteral("--cluster and --sentinel-master cannot be combined.");
    QTest::newRow("-c --socket") << s("-c --socket /tmp/r.sock")
                                 << QStringLiteral("--cluster and --sentinel-master need a host and port, "
                                                   "not a unix socket.");
    QTest::newRow("--sentinel-master unix URL")
            << s("--sentinel-master m --url unix:///tmp/r.sock")
            << QStringLiteral("--cluster and --sentinel-master need a host and port, not a unix socket.");
    QTest::newRow("-c sentinel URL") << s("-c --url redis-sentinel://s1#m")
                                     << QStringLiteral("--cluster cannot be combined with a redis-sentinel:// URL.");
    QTest::newRow("--sentinel-master cluster URL")
            << s("--sentinel-master m --url redis-cluster://h1")
            << QStringLiteral("--sentinel-master cannot be combined with a redis-cluster:// URL.");
    QTest::newRow("--sentinel-master empty") << QStringList{QStringLiteral("--sentinel-master"), QString()}
                                             << QStringLiteral("--sentinel-master needs the name of the master.");
    QTest::newRow("--node alone") << s("--node h2:7001")
                                  << QStringLiteral("--node needs --cluster, --sentinel-master, or a "
                                                    "redis-cluster:// or redis-sentinel:// URL.");
    QTest::newRow("--node bad") << s("-c --node h2:99999") << QStringLiteral("Invalid --node: h2:99999 (use host:port)");
    QTest::newRow("--node empty") << QStringList{QStringLiteral("-c"), QStringLiteral("--node"), QString()}
                                  << QStringLiteral("Invalid --node:  (use host:port)");
    QTest::newRow("--replica alone") << s("--replica")
                                     << QStringLiteral("--replica needs --cluster, --sentinel-master, or a "
                                                       "redis-cluster:// or redis-sentinel:// URL.");
    QTest::newRow("--replica redis:// URL") << s("--replica --url redis://h")
                                            << QStringLiteral("--replica needs --cluster, --sentinel-master, or a "
                                                              "redis-cluster:// or redis-sentinel:// URL.");
    QTest::newRow("--sentinel-user alone")
            << s("--sentinel-user u")
            << QStringLiteral("--sentinel-user needs --sentinel-master or a redis-sentinel:// URL.");
    QTest::newRow("--sentinel-user cluster")
            << s("-c --sentinel-user u")
            << QStringLiteral("--sentinel-user needs --sentinel-master or a redis-sentinel:// URL.");
    QTest::newRow("-c --db 1") << s("-c --db 1") << QStringLiteral("A cluster has database 0 only (database 1 was given).");
    QTest::newRow("-c URL db 2") << s("-c --url redis://h/2")
                                 << QStringLiteral("A cluster has database 0 only (database 2 was given).");
    // The existing checks still hold.
    QTest::newRow("--url with --host") << s("--url redis://h --host x")
                                       << QStringLiteral("--url cannot be combined with --host, --port or --socket.");
    QTest::newRow("--cacert without TLS") << s("-c --cacert ca.pem")
                                          << QStringLiteral("--cacert, --cert, --key, --sni and --insecure need "
                                                            "--tls or a rediss:// URL.");
    QTest::newRow("--ssh-key without --ssh") << s("--sentinel-master m --ssh-key k")
                                             << QStringLiteral("--ssh-key, --ssh-known-hosts, "
                                                               "--ssh-accept-new-host-key and --ssh-config need --ssh.");
}

void tst_Console::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    RedisConnectionOptions options;
    QString why;
    QVERIFY(!parse(arguments, &options, &why));
    QCOMPARE(why, error);
}

void tst_Console::sentinelPasswordFromEnvironment()
{
    // From the environment only, then removed from it (ssh started later
    // must not inherit it); never an option.
    qputenv("QTREDIS_SENTINEL_PASSWORD", "Sentinel-Pw-4e1d");
    RedisConnectionOptions options;
    QString error;
    QVERIFY2(parse({QStringLiteral("--sentinel-master"), QStringLiteral("m")}, &options, &error), qPrintable(error));
    QCOMPARE(options.sentinelPassword(), QStringLiteral("Sentinel-Pw-4e1d"));
    QVERIFY(!qEnvironmentVariableIsSet("QTREDIS_SENTINEL_PASSWORD"));
    QVERIFY(options.password().isEmpty());

    QVERIFY(!parse({QStringLiteral("--sentinel-password"), QStringLiteral("x")}, &options, &error));
    QVERIFY2(error.contains(QLatin1String("sentinel-password")), qPrintable(error));
}

void tst_Console::clusterWithTls()
{
    RedisConnectionOptions options;
    QString error;
    QVERIFY2(parse(QString::fromLatin1("-c --host h --port 7000 --tls --sni name --insecure --node h2:7001")
                           .split(QLatin1Char(' ')),
                   &options, &error),
             qPrintable(error));
    QCOMPARE(options.topology(), Topology::Cluster);
    QCOMPARE(options.seedNodes(), QString::fromLatin1("h:7000 h2:7001").split(QLatin1Char(' ')));
    QVERIFY(options.isTlsEnabled());
    QCOMPARE(options.tlsPeerName(), QStringLiteral("name"));
    QVERIFY(!options.tlsVerifyPeer());
}

void tst_Console::sentinelWithSsh()
{
    qputenv("QTREDIS_SSH_PASSWORD", "Ssh-Pw-77aa");
    qputenv("QTREDIS_SENTINEL_PASSWORD", "Sentinel-Pw-88bb");
    RedisConnectionOptions options;
    QString error;
    QVERIFY2(parse(QString::fromLatin1("--sentinel-master m --ssh me@gw:2222 --ssh-accept-new-host-key")
                           .split(QLatin1Char(' ')),
                   &options, &error),
             qPrintable(error));
    QCOMPARE(options.topology(), Topology::Sentinel);
    QCOMPARE(options.sshHost(), QStringLiteral("gw"));
    QCOMPARE(options.sshPort(), quint16(2222));
    QCOMPARE(options.sshUser(), QStringLiteral("me"));
    QCOMPARE(options.sshPassword(), QStringLiteral("Ssh-Pw-77aa"));
    QCOMPARE(options.sentinelPassword(), QStringLiteral("Sentinel-Pw-88bb"));
    QCOMPARE(options.sshHostKeyPolicy(), RedisConnectionOptions::SshHostKeyPolicy::AcceptNew);
}

void tst_Console::execLines()
{
    ConsoleCommandLine commandLine;
    QVERIFY(commandLine.parser().parse({QStringLiteral("qtredis-console"), QStringLiteral("-c"),
                                        QStringLiteral("--exec"), QStringLiteral("PING"), QStringLiteral("--exec"),
                                        QStringLiteral("GET a"), QStringLiteral("--quit-after-exec")}));
    QCOMPARE(commandLine.execLines(), QStringList({QStringLiteral("PING"), QStringLiteral("GET a")}));
    QVERIFY(commandLine.quitAfterExec());
}

QTEST_GUILESS_MAIN(tst_Console)
#include "tst_console.moc"
