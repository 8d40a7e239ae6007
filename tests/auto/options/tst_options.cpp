// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisConnectionOptions: defaults, the URL forms both ways, and RedisClient's
// options()/setOptions(). No server needed.
#include <QtTest/QtTest>

#include <redisclient.h>
#include <redisconnectionoptions.h>

class tst_Options : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void setUrl_data();
    void setUrl();
    void refusedUrlLeavesOptionsAlone_data();
    void refusedUrlLeavesOptionsAlone();
    void nameLeftAloneWithoutQuery();
    void toUrl_data();
    void toUrl();
    void tlsOptions();
    void roundTrip_data();
    void roundTrip();
    void endpointText_data();
    void endpointText();
    void clamping();
    void sharedCopies();
    void clientOptions();
    void clientSetOptionsEmitsChangedOnly();
};

void tst_Options::defaults()
{
    const RedisConnectionOptions o;
    QCOMPARE(o.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(o.port(), quint16(6379));
    QVERIFY(o.unixSocketPath().isEmpty());
    QVERIFY(!o.isUnixSocket());
    QVERIFY(o.username().isEmpty());
    QVERIFY(o.password().isEmpty());
    QCOMPARE(o.database(), 0);
    QVERIFY(o.clientName().isEmpty());
    QCOMPARE(o.connectTimeout(), 10000);
    QCOMPARE(o.commandTimeout(), 30000);
    QCOMPARE(o.healthCheckInterval(), 15000);
    QVERIFY(o.autoReconnect());
    QCOMPARE(o.reconnectInitialDelay(), 250);
    QCOMPARE(o.reconnectMaxDelay(), 30000);
    QCOMPARE(o.reconnectFactor(), 2.0);
    QCOMPARE(o.maxQueuedCommands(), 10000);
    // The client starts with the same.
    RedisClient client;
    QCOMPARE(client.options(), o);
}

void tst_Options::setUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("db");
    QTest::addColumn<QString>("name");

    QTest::newRow("host only") << "redis://example.com" << "example.com" << 6379 << "" << "" << "" << 0 << "";
    QTest::newRow("no host") << "redis://" << "127.0.0.1" << 6379 << "" << "" << "" << 0 << "";
    QTest::newRow("port and db path") << "redis://h:7000/5" << "h" << 7000 << "" << "" << "" << 5 << "";
    QTest::newRow("db query") << "redis://h:7000?db=4" << "h" << 7000 << "" << "" << "" << 4 << "";
    QTest::newRow("db query wins over path") << "redis://h/2?db=3" << "h" << 6379 << "" << "" << "" << 3 << "";
    QTest::newRow("password only") << "redis://:s3cret@h" << "h" << 6379 << "" << "" << "s3cret" << 0 << "";
    QTest::newRow("acl user") << "redis://alice:pw@h/1?name=app" << "h" << 6379 << "" << "alice" << "pw" << 1 << "app";
    QTest::newRow("percent-encoded") << "redis://al%40ce:p%3Aw%2F@h?name=my%20app" << "h" << 6379 << ""
                                     << "al@ce" << "p:w/" << 0 << "my app";
    QTest::newRow("ipv6") << "redis://[::1]:6380/0" << "::1" << 6380 << "" << "" << "" << 0 << "";
    QTest::newRow("unix") << "unix:///tmp/r.sock" << "127.0.0.1" << 6379 << "/tmp/r.sock" << "" << "" << 0 << "";
    QTest::newRow("unix with db, user, name") << "unix://u:p@/var/run/redis.sock?db=2&name=n" << "127.0.0.1"
                                              << 6379 << "/var/run/redis.sock" << "u" << "p" << 2 << "n";
    QTest::newRow("scheme in capitals") << "REDIS://h:1234" << "h" << 1234 << "" << "" << "" << 0 << "";
}

void tst_Options::setUrl()
{
    QFETCH(QString, url);
    RedisConnectionOptions o;
    QString error = QStringLiteral("not cleared");
    QVERIFY2(o.setUrl(QUrl(url), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QTEST(o.host(), "host");
    QTEST(int(o.port()), "port");
    QTEST(o.unixSocketPath(), "socket");
    QTEST(o.username(), "user");
    QTEST(o.password(), "password");
    QTEST(o.database(), "db");
    QTEST(o.clientName(), "name");
    QVERIFY(RedisConnectionOptions::isSupportedUrl(QUrl(url)));
    bool ok = false;
    QCOMPARE(RedisConnectionOptions::fromUrl(QUrl(url), &ok), o);
    QVERIFY(ok);
}

void tst_Options::refusedUrlLeavesOptionsAlone_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("http") << "http://user:topsecret@h" << "Unsupported URL scheme";
    QTest::newRow("no scheme") << "localhost:6379" << "Unsupported URL scheme";
    QTest::newRow("unix without path") << "unix://" << "socket path";
    QTest::newRow("db not a number") << "redis://:topsecret@h/x" << "database number";
    QTest::newRow("negative db") << "redis://h?db=-1" << "database number";
    QTest::newRow("bad db query") << "unix:///s?db=two" << "database number";
    QTest::newRow("ftp") << "ftp://:topsecret@h" << "rediss://";
}

void tst_Options::refusedUrlLeavesOptionsAlone()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    RedisConnectionOptions o;
    o.setHost(QStringLiteral("kept"));
    o.setPassword(QStringLiteral("kept-password"));
    o.setDatabase(7);
    const RedisConnectionOptions before = o;
    QString error;
    QVERIFY(!o.setUrl(QUrl(url), &error));
    QCOMPARE(o, before);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("topsecret")), "the password reached the message");
    QVERIFY(!RedisConnectionOptions::isSupportedUrl(QUrl(url)));
    bool ok = true;
    QCOMPARE(RedisConnectionOptions::fromUrl(QUrl(url), &ok), RedisConnectionOptions());
    QVERIFY(!ok);
}

void tst_Options::nameLeftAloneWithoutQuery()
{
    RedisConnectionOptions o;
    o.setClientName(QStringLiteral("mine"));
    o.setUsername(QStringLiteral("old"));
    QVERIFY(o.setUrl(QUrl(QStringLiteral("redis://h/1"))));
    QCOMPARE(o.clientName(), QStringLiteral("mine")); // no name= in the URL
    QVERIFY(o.username().isEmpty());                  // taken as given: none
    // A unix:// URL keeps host and port.
    o.setHost(QStringLiteral("h2"));
    o.setPort(7001);
    QVERIFY(o.setUrl(QUrl(QStringLiteral("unix:///s"))));
    QCOMPARE(o.host(), QStringLiteral("h2"));
    QCOMPARE(o.port(), quint16(7001));
    // And a redis:// URL clears the socket.
    QVERIFY(o.setUrl(QUrl(QStringLiteral("redis://h3"))));
    QVERIFY(!o.isUnixSocket());
}

void tst_Options::tlsOptions()
{
    RedisConnectionOptions o;
    QVERIFY(!o.isTlsEnabled());
    QVERIFY(o.tlsVerifyPeer()); // verification is on unless turned off
    QVERIFY(o.setUrl(QUrl(QStringLiteral("rediss://h?sni=name.example&cacert=/nonexistent/ca.pem"))));
    QVERIFY(o.isTlsEnabled());
    QCOMPARE(o.tlsPeerName(), QStringLiteral("name.example"));
    QCOMPARE(o.tlsCaCertificateFile(), QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(o.tlsVerifyPeer());
    // A file that cannot be read: a message naming it.
    QString why;
    QSslConfiguration config;
    QVERIFY(!o.resolveSslConfiguration(&config, &why));
    QVERIFY2(why.contains(QLatin1String("/nonexistent/ca.pem")), qPrintable(why));
    // A certificate without a key is refused before connecting.
    o.setTlsCaCertificateFile(QString());
    o.setTlsCertificateFile(QStringLiteral("/c.pem"));
    QVERIFY(!o.resolveSslConfiguration(&config, &why));
    QVERIFY2(why.contains(QLatin1String("key")), qPrintable(why));
    o.setTlsCertificateFile(QString());
    o.setTlsVerifyPeer(false);
    QVERIFY(o.resolveSslConfiguration(&config, &why));
    QCOMPARE(config.peerVerifyMode(), QSslSocket::VerifyNone);
    // redis:// turns TLS off again; the passphrase never reaches a URL.
    o.setTlsPrivateKeyPassphrase(QStringLiteral("topsecret"));
    QVERIFY(!o.toUrl(RedisConnectionOptions::UrlFormat::WithPassword).toString().contains(QLatin1String("topsecret")));
    QVERIFY(o.setUrl(QUrl(QStringLiteral("redis://h"))));
    QVERIFY(!o.isTlsEnabled());
    // SSH is not part of a URL, and its endpoint text has no secret.
    o.setSshHost(QStringLiteral("bastion"));
    o.setSshUser(QStringLiteral("ops"));
    o.setSshPassword(QStringLiteral("topsecret"));
    QVERIFY(o.isSshTunnel());
    QCOMPARE(o.sshEndpointText(), QStringLiteral("ops@bastion:22"));
    QVERIFY(!o.toUrl(RedisConnectionOptions::UrlFormat::WithPassword).toString().contains(QLatin1String("topsecret")));
    RedisConnectionOptions other = o;
    QCOMPARE(other, o);
    other.setSshPassphrase(QStringLiteral("x"));
    QVERIFY(other != o);
}

void tst_Options::toUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("withoutPassword");
    QTest::addColumn<QString>("withPassword");
    QTest::newRow("plain") << "redis://h:6379" << "redis://h:6379" << "redis://h:6379";
    QTest::newRow("db") << "redis://h/3" << "redis://h:6379/3" << "redis://h:6379/3";
    QTest::newRow("secret") << "redis://alice:topsecret@h/1?name=n" << "redis://alice@h:6379/1?name=n"
                            << "redis://alice:topsecret@h:6379/1?name=n";
    QTest::newRow("unix") << "unix://:pw@/tmp/s?db=2" << "unix:///tmp/s?db=2" << "unix://:pw@/tmp/s?db=2";
    QTest::newRow("tls") << "rediss://:topsecret@h:6380/2?cacert=/etc/ca.pem&sni=redis.example&insecure=1"
                         << "rediss://h:6380/2?sni=redis.example&cacert=/etc/ca.pem&insecure=1"
                         << "rediss://:topsecret@h:6380/2?sni=redis.example&cacert=/etc/ca.pem&insecure=1";
}

void tst_Options::toUrl()
{
    QFETCH(QString, url);
    RedisConnectionOptions o;
    QVERIFY(o.setUrl(QUrl(url)));
    QTEST(o.toUrl().toString(), "withoutPassword");
    QTEST(o.toUrl(RedisConnectionOptions::UrlFormat::WithPassword).toString(), "withPassword");
    QVERIFY(!o.toUrl().toString().contains(QLatin1String("topsecret")));
}

void tst_Options::roundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("redis") << "redis://bob:x%20y@redis.example:6390/9?name=app%201";
    QTest::newRow("unix") << "unix://bob:pw@/run/redis/redis.sock?db=4&name=n";
    QTest::newRow("ipv6") << "redis://[fe80::1]:7000/2";
    QTest::newRow("tls") << "rediss://bob:pw@redis.example:6380/1?cacert=/ca.pem&cert=/c.pem&key=/k.pem";
}

void tst_Options::roundTrip()
{
    QFETCH(QString, url);
    const RedisConnectionOptions o = RedisConnectionOptions::fromUrl(QUrl(url));
    const RedisConnectionOptions again =
            RedisConnectionOptions::fromUrl(o.toUrl(RedisConnectionOptions::UrlFormat::WithPassword));
    QCOMPARE(again, o);
}

void tst_Options::endpointText_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("text");
    QTest::newRow("host") << "redis://:secret@h:7000/1" << "h:7000";
    QTest::newRow("ipv6") << "redis://[::1]:6380" << "[::1]:6380";
    QTest::newRow("unix") << "unix://:secret@/tmp/r.sock" << "/tmp/r.sock";
}

void tst_Options::endpointText()
{
    QFETCH(QString, url);
    const RedisConnectionOptions o = RedisConnectionOptions::fromUrl(QUrl(url));
    QTEST(o.endpointText(), "text");
}

void tst_Options::clamping()
{
    RedisConnectionOptions o;
    o.setReconnectInitialDelay(-5);
    o.setReconnectMaxDelay(-1);
    o.setReconnectFactor(0.5);
    QCOMPARE(o.reconnectInitialDelay(), 0);
    QCOMPARE(o.reconnectMaxDelay(), 0);
    QCOMPARE(o.reconnectFactor(), 1.0);
    o.setMaxQueuedCommands(-1); // no bound: kept as is
    QCOMPARE(o.maxQueuedCommands(), -1);
}

void tst_Options::sharedCopies()
{
    RedisConnectionOptions a;
    a.setHost(QStringLiteral("a"));
    RedisConnectionOptions b = a;
    QCOMPARE(b, a);
    b.setHost(QStringLiteral("b")); // detaches
    QCOMPARE(a.host(), QStringLiteral("a"));
    QVERIFY(a != b);
    RedisConnectionOptions c(std::move(b));
    QCOMPARE(c.host(), QStringLiteral("b"));
}

void tst_Options::clientOptions()
{
    RedisConnectionOptions o;
    QVERIFY(o.setUrl(QUrl(QStringLiteral("redis://u:p@h:7000/2?name=n"))));
    o.setCommandTimeout(1234);
    o.setHealthCheckInterval(0);
    o.setAutoReconnect(false);
    o.setReconnectFactor(3);
    o.setMaxQueuedCommands(5);
    RedisClient client;
    client.setOptions(o);
    QCOMPARE(client.options(), o);
    QCOMPARE(client.host(), QStringLiteral("h"));
    QCOMPARE(client.port(), quint16(7000));
    QCOMPARE(client.username(), QStringLiteral("u"));
    QCOMPARE(client.password(), QStringLiteral("p"));
    QCOMPARE(client.database(), 2);
    QCOMPARE(client.clientName(), QStringLiteral("n"));
    QCOMPARE(client.commandTimeout(), 1234);
    QCOMPARE(client.healthCheckInterval(), 0);
    QCOMPARE(client.autoReconnect(), false);
    QCOMPARE(client.reconnectFactor(), 3.0);
    QCOMPARE(client.maxQueuedCommands(), 5);
    QCOMPARE(client.url().toString(), QStringLiteral("redis://u@h:7000/2?name=n"));
    // Setters and options() agree.
    client.setDatabase(4);
    QCOMPARE(client.options().database(), 4);
}

void tst_Options::clientSetOptionsEmitsChangedOnly()
{
    RedisClient client;
    QSignalSpy host(&client, &RedisClient::hostChanged);
    QSignalSpy port(&client, &RedisClient::portChanged);
    QSignalSpy password(&client, &RedisClient::passwordChanged);
    QSignalSpy db(&client, &RedisClient::databaseChanged);
    QSignalSpy policy(&client, &RedisClient::reconnectPolicyChanged);
    RedisConnectionOptions o = client.options();
    o.setHost(QStringLiteral("other"));
    o.setPassword(QStringLiteral("pw"));
    client.setOptions(o);
    QCOMPARE(host.count(), 1);
    QCOMPARE(host.at(0).at(0).toString(), QStringLiteral("other"));
    QCOMPARE(password.count(), 1);
    QCOMPARE(password.at(0).count(), 0); // the password is never a signal argument
    QCOMPARE(port.count(), 0);
    QCOMPARE(db.count(), 0);
    QCOMPARE(policy.count(), 0);
    client.setOptions(o); // nothing changed
    QCOMPARE(host.count(), 1);
    QCOMPARE(password.count(), 1);
}

QTEST_GUILESS_MAIN(tst_Options)
#include "tst_options.moc"
