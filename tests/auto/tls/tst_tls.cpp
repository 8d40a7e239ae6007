// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// TLS on every link, against real redis-servers with certificates made for
// the suite (TlsTestCertificates): the suite's own server listens with a
// good certificate on a TLS port and on a plain-text port; four more are
// TLS only: one with a certificate for another name, one with an expired
// certificate, and two that require client certificates (mutual TLS), one
// of them limited to TLS 1.2.
// The command link runs hiredis behind the library's TLS relay; the pub/sub
// and MONITOR links use QSslSocket directly: both are covered.
#include <QtTest/QtTest>

#include <redisclient.h>
#include <redisconnectionoptions.h>
#include <redismonitor.h>
#include <redisreply.h>
#include <redissubscription.h>
#include <redistestcase.h>
#include <redistestserver.h>
#include <testhelpers.h>
#include <tlstestcerts.h>

#include <QtCore/QMetaEnum>
#include <QtCore/QProcess>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslError>

#include <algorithm>
#include <memory>
#include <vector>

using QtRedis::Error;
using namespace QtRedisTest;

Q_DECLARE_METATYPE(QSslError::SslError)

namespace {

// Never to be found in a message.
const char WrongPassphrase[] = "not-the-passphrase-7f3a";

QString portText(quint16 port)
{
    return QString::number(port);
}

template <typename E>
QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

// A rediss:// URL with its query items encoded.
QUrl redissUrl(const QString &host, quint16 port, const QList<QPair<QString, QString>> &items)
{
    QUrl url;
    url.setScheme(QStringLiteral("rediss"));
    url.setHost(host);
    url.setPort(port);
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromUtf8(QUrl::toPercentEncoding(item.second, "/")));
    url.setQuery(query);
    return url;
}

QString describe(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors)
        parts.append(e.errorString());
    return parts.join(QLatin1String("; "));
}

} // namespace

class tst_Tls : public RedisTestCase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() override;
    void init() override;

    void fixtureCliSpeaksTls();
    void connectByUrl_data();
    void connectByUrl();
    void connectToHostEncrypted_data();
    void connectToHostEncrypted();
    void handshakeFails_data();
    void handshakeFails();
    void sslErrorsNameTheProblem_data();
    void sslErrorsNameTheProblem();
    void verifyPeerOffAcceptsBadCertificate_data();
    void verifyPeerOffAcceptsBadCertificate();
    void peerNameVerifiedInsteadOfHost_data();
    void peerNameVerifiedInsteadOfHost();
    void mutualTls_data();
    void mutualTls();
    void sslErrorsClearedBySuccess();
    void credentialsOverTls();
    void manyClientsAtOnce();
    void binaryValueRoundTrip();
    void binaryMessageOverPubSub();
    void pipelinedCommandsInOrder();
    void bigTransfersPipelined_data();
    void bigTransfersPipelined();
    void serverClosesAfterReply();
    void pubSubLinkClosedByServer();
    void fullServerIsRetried_data();
    void fullServerIsRetried();
    void pubSub_data();
    void pubSub();
    void monitor();
    void reconnectsAfterServerKill_data();
    void reconnectsAfterServerKill();
    void gracefulDisconnectAnswersPending();
    void abortFailsPending();
    void destroyedDuringHandshake();
    void connectAgainDuringHandshake();
    void stoppedDuringHandshake_data();
    void stoppedDuringHandshake();
    void console_data();
    void console();

private:
    // Options for a TLS connection that trusts the suite's CA; autoReconnect
    // off unless a test wants it.
    RedisConnectionOptions tlsOptions(const QString &host, quint16 port) const;
    // setOptions() + connectToServer(), then waits for Connected; false (with
    // the client's error in *why) if it did not get there.
    bool connectWith(RedisClient &client, const RedisConnectionOptions &options, QString *why);
    bool waitConnected(RedisClient &client, QString *why);
    // A command through the client's command link: its reply value.
    RedisValue exec(RedisClient &client, const QList<QByteArray> &args);
    // Uses every link a connected client opens: a command on the command
    // link (hiredis behind the TLS relay), then a message on a new pub/sub
    // link and a line on a new MONITOR link (QSslSocket directly). Fails
    // the test if one of them does not work.
    void checkEveryLink(RedisClient &client);

    TlsTestCertificates m_certs;
    RedisTestServer m_otherNameServer; // certificate for other.example only
    RedisTestServer m_expiredServer;   // certificate expired in 2020
    RedisTestServer m_mutualServer;    // tls-auth-clients yes
    RedisTestServer m_mutualTls12Server; // the same with TLS 1.2 only
};

void tst_Tls::initTestCase()
{
    QVERIFY2(m_certs.generate(), qPrintable(m_certs.errorString()));

    RedisTestServer::TlsSettings tls;
    tls.certificateFile = m_certs.serverCertificateFile();
    tls.keyFile = m_certs.serverKeyFile();
    tls.caCertificateFile = m_certs.caCertificateFile();
    tls.plainPort = true;
    server().setTls(tls);
    RedisTestCase::initTestCase();
    if (!server().isRunning())
        return; // the base failed the suite

    tls.plainPort = false;
    tls.certificateFile = m_certs.otherServerCertificateFile();
    m_otherNameServer.setTls(tls);
    QVERIFY2(m_otherNameServer.start(), qPrintable(m_otherNameServer.errorString()));

    tls.certificateFile = m_certs.expiredServerCertificateFile();
    tls.verifyServerCertificate = false; // for the fixture's own connections
    m_expiredServer.setTls(tls);
    QVERIFY2(m_expiredServer.start(), qPrintable(m_expiredServer.errorString()));

    tls.certificateFile = m_certs.serverCertificateFile();
    tls.verifyServerCertificate = true;
    tls.authClients = true;
    tls.clientCertificateFile = m_certs.clientCertificateFile();
    tls.clientKeyFile = m_certs.clientKeyFile();
    m_mutualServer.setTls(tls);
    QVERIFY2(m_mutualServer.start(), qPrintable(m_mutualServer.errorString()));

    // With TLS 1.2 the server checks the client's certificate within the
    // handshake (TLS 1.3: after the client's part of it).
    m_mutualTls12Server.setTls(tls);
    QVERIFY2(m_mutualTls12Server.start({QStringLiteral("--tls-protocols"), QStringLiteral("TLSv1.2")}),
             qPrintable(m_mutualTls12Server.errorString()));
}

void tst_Tls::init()
{
    RedisTestCase::init();
    QCOMPARE(cli({QStringLiteral("FLUSHALL")}), QByteArray("OK"));
}

RedisConnectionOptions tst_Tls::tlsOptions(const QString &host, quint16 port) const
{
    RedisConnectionOptions options;
    options.setHost(host);
    options.setPort(port);
    options.setTlsEnabled(true);
    options.setTlsCaCertificateFile(m_certs.caCertificateFile());
    options.setAutoReconnect(false);
    return options;
}

bool tst_Tls::waitConnected(RedisClient &client, QString *why)
{
    const bool ok = QTest::qWaitFor([&client] {
        return client.state() == RedisClient::State::Connected || client.state() == RedisClient::State::Disconnected;
    }, Timeout) && client.state() == RedisClient::State::Connected;
    if (!ok && why)
        *why = QStringLiteral("state %1, error %2: %3")
                       .arg(enumName(client.state()), enumName(client.error()), client.errorString());
    return ok;
}

bool tst_Tls::connectWith(RedisClient &client, const RedisConnectionOptions &options, QString *why)
{
    client.setOptions(options);
    client.connectToServer();
    return waitConnected(client, why);
}

RedisValue tst_Tls::exec(RedisClient &client, const QList<QByteArray> &args)
{
    QObject context;
    RedisValue result;
    bool replied = false;
    client.command(args, &context, [&](const RedisValue &v) {
        result = v;
        replied = true;
    });
    if (!QTest::qWaitFor([&replied] { return replied; }, Timeout))
        return RedisValue();
    return result;
}

void tst_Tls::checkEveryLink(RedisClient &client)
{
    QCOMPARE(exec(client, {"SET", "every-link", "1"}).toByteArray(), QByteArray("OK"));

    RedisSubscription *subscription = client.subscribe("every-link");
    QSignalSpy messages(subscription, &RedisSubscription::messageReceived);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    RedisReply *reply = client.publish("every-link", "hello");
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Timeout);
    QCOMPARE(reply->value().toInteger(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, Timeout);
    QCOMPARE(messages.first().at(1).toByteArray(), QByteArray("hello"));

    RedisMonitor *monitor = client.monitor();
    QSignalSpy lines(monitor, &RedisMonitor::lineReceived);
    monitor->start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, Timeout);
    QCOMPARE(exec(client, {"GET", "every-link"}).toByteArray(), QByteArray("1"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lines.cbegin(), lines.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).toByteArray().contains("\"GET\" \"every-link\"");
                                         }),
                             Timeout);
    monitor->stop();
    subscription->unsubscribe();
    QCOMPARE(client.error(), Error::NoError);
}

void tst_Tls::fixtureCliSpeaksTls()
{
    // cli() goes over TLS to every TLS server, with a client certificate
    // where one is required; the plain-text port of the suite's server
    // still answers too.
    QCOMPARE(cli({QStringLiteral("PING")}), QByteArray("PONG"));
    QCOMPARE(m_otherNameServer.cli({QStringLiteral("PING")}), QByteArray("PONG"));
    QCOMPARE(m_expiredServer.cli({QStringLiteral("PING")}), QByteArray("PONG"));
    QCOMPARE(m_mutualServer.cli({QStringLiteral("PING")}), QByteArray("PONG"));
    QCOMPARE(m_mutualTls12Server.cli({QStringLiteral("PING")}), QByteArray("PONG"));
    QVERIFY(server().tlsPort() != 0);
    QVERIFY(server().port() != 0);
    QCOMPARE(m_mutualServer.port(), quint16(0));
    RedisClient plain;
    QVERIFY(connectAndWait(plain, server().host(), server().port()));
    QCOMPARE(exec(plain, {"PING"}).toByteArray(), QByteArray("PONG"));
}

void tst_Tls::connectByUrl_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("localhost") << QStringLiteral("localhost");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1");
}

void tst_Tls::connectByUrl()
{
    QFETCH(QString, host);
    RedisClient client;
    client.setAutoReconnect(false);
    const QUrl url = redissUrl(host, server().tlsPort(), {{QStringLiteral("cacert"), m_certs.caCertificateFile()}});
    QVERIFY2(client.connectToUrl(url), qPrintable(client.errorString()));
    QString why;
    QVERIFY2(waitConnected(client, &why), qPrintable(why));
    QVERIFY(client.options().isTlsEnabled());
    QCOMPARE(exec(client, {"SET", "k", "v"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(exec(client, {"GET", "k"}).toByteArray(), QByteArray("v"));
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("k")}), QByteArray("v"));
    QVERIFY(client.sslErrors().isEmpty());
    checkEveryLink(client);
}

void tst_Tls::connectToHostEncrypted_data()
{
    connectByUrl_data();
}

void tst_Tls::connectToHostEncrypted()
{
    QFETCH(QString, host);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_certs.caCertificateFile());
    QCOMPARE(ca.size(), 1);
    config.setCaCertificates(ca);
    RedisClient client;
    client.setAutoReconnect(false);
    client.connectToHostEncrypted(host, server().tlsPort(), config);
    QString why;
    QVERIFY2(waitConnected(client, &why), qPrintable(why));
    QCOMPARE(exec(client, {"INCR", "n"}).toInteger(), 1);
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("n")}), QByteArray("1"));
    checkEveryLink(client);
}

void tst_Tls::handshakeFails_data()
{
    QTest::addColumn<RedisConnectionOptions>("options");
    QTest::addColumn<QString>("expected");       // a part of the message
    QTest::addColumn<bool>("retryable");         // the library may retry it
    QTest::addColumn<bool>("certificateErrors"); // sslErrors() is not empty

    RedisConnectionOptions o = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    o.setTlsCaCertificateFile(QString()); // the system's CAs: ours is not among them
    QTest::newRow("untrusted CA") << o << QStringLiteral("is not signed by a trusted CA") << false << true;

    o = tlsOptions(QStringLiteral("localhost"), m_otherNameServer.tlsPort());
    QTest::newRow("host name mismatch")
            << o << QStringLiteral("is for %1, not localhost").arg(TlsTestCertificates::otherServerName())
            << false << true;

    o = tlsOptions(QStringLiteral("127.0.0.1"), m_otherNameServer.tlsPort());
    QTest::newRow("address mismatch")
            << o << QStringLiteral("is for %1, not 127.0.0.1").arg(TlsTestCertificates::otherServerName())
            << false << true;

    o = tlsOptions(QStringLiteral("localhost"), m_expiredServer.tlsPort());
    QTest::newRow("expired") << o << QStringLiteral("expired on 2020-02-01") << false << true;

    o = tlsOptions(QStringLiteral("localhost"), m_mutualServer.tlsPort());
    QTest::newRow("client certificate missing") << o << QStringLiteral("requires a client certificate") << false
                                                << false;

    o = tlsOptions(QStringLiteral("localhost"), m_mutualServer.tlsPort());
    o.setTlsCertificateFile(m_certs.clientCertificateFile());
    o.setTlsPrivateKeyFile(m_certs.encryptedClientKeyFile());
    o.setTlsPrivateKeyPassphrase(QString::fromLatin1(WrongPassphrase));
    QTest::newRow("wrong key passphrase") << o << m_certs.encryptedClientKeyFile() << false << false;

    o = tlsOptions(QStringLiteral("localhost"), m_mutualServer.tlsPort());
    o.setTlsCertificateFile(m_certs.clientCertificateFile());
    o.setTlsPrivateKeyFile(m_certs.encryptedClientKeyFile());
    QTest::newRow("encrypted key, no passphrase") << o << m_certs.encryptedClientKeyFile() << false << false;

    o = tlsOptions(QStringLiteral("localhost"), m_mutualServer.tlsPort());
    o.setTlsCertificateFile(m_certs.clientCertificateFile());
    QTest::newRow("certificate without key") << o << QStringLiteral("needs both a certificate file and a key file")
                                             << false << false;

    // TLS 1.3: the server checks the client's certificate after the client
    // considers the handshake done, then ends the connection.
    o = tlsOptions(QStringLiteral("localhost"), m_mutualServer.tlsPort());
    o.setTlsCertificateFile(m_certs.selfSignedClientCertificateFile());
    o.setTlsPrivateKeyFile(m_certs.clientKeyFile());
    QTest::newRow("client certificate of another CA") << o << QStringLiteral("refused the client certificate")
                                                      << false << false;

    o = tlsOptions(QStringLiteral("localhost"), m_mutualTls12Server.tlsPort());
    QTest::newRow("client certificate missing, TLS 1.2") << o << QStringLiteral("requires a client certificate")
                                                         << false << false;
    o.setTlsCertificateFile(m_certs.selfSignedClientCertificateFile());
    o.setTlsPrivateKeyFile(m_certs.clientKeyFile());
    QTest::newRow("client certificate of another CA, TLS 1.2")
            << o << QStringLiteral("refused the client certificate") << false << false;

    o = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    const QString missing = m_certs.directory() + QStringLiteral("/no-such-ca.pem");
    o.setTlsCaCertificateFile(missing);
    QTest::newRow("CA file missing") << o << missing << false << false;

    o = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    o.setTlsCaCertificateFile(m_certs.serverKeyFile());
    QTest::newRow("CA file not a certificate") << o << m_certs.serverKeyFile() << false << false;

    o = tlsOptions(QStringLiteral("localhost"), m_mutualServer.tlsPort());
    o.setTlsCertificateFile(missing);
    o.setTlsPrivateKeyFile(m_certs.clientKeyFile());
    QTest::newRow("client certificate file missing") << o << missing << false << false;

    // A TLS ClientHello on a plain-text port gets no answer: the connect
    // timeout ends it.
    o = tlsOptions(QStringLiteral("localhost"), server().port());
    o.setConnectTimeout(1500);
    QTest::newRow("TLS client, plain-text port") << o << QStringLiteral("plain-text port") << true << false;

    o = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    o.setTlsEnabled(false);
    QTest::newRow("plain client, TLS port")
            << o << QStringLiteral("closed the connection without answering: it may accept TLS connections only")
            << true << false;
}

void tst_Tls::handshakeFails()
{
    QFETCH(RedisConnectionOptions, options);
    QFETCH(QString, expected);
    QFETCH(bool, retryable);
    QFETCH(bool, certificateErrors);

    // A failure that must not be retried is tried with autoReconnect on: it
    // must end Disconnected at once, with no reconnect scheduled.
    options.setAutoReconnect(!retryable);
    options.setReconnectInitialDelay(10);
    RedisClient client;
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    QSignalSpy reconnects(&client, &RedisClient::reconnectScheduled);
    QSignalSpy connected(&client, &RedisClient::connected);
    client.setOptions(options);
    client.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);

    const auto error = errors.first().at(0).value<Error>();
    const QString message = errors.first().at(1).toString();
    QVERIFY2(error == Error::TlsHandshakeFailed,
             qPrintable(QStringLiteral("error %1: %2").arg(enumName(error), message)));
    QCOMPARE(client.error(), Error::TlsHandshakeFailed);
    QCOMPARE(client.errorString(), message);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
    QCOMPARE(reconnects.size(), 0);
    QCOMPARE(connected.size(), 0);
    QVERIFY2(client.sslErrors().isEmpty() != certificateErrors, qPrintable(describe(client.sslErrors())));
    // Never the passphrase in a message.
    QVERIFY2(!message.contains(QLatin1String(WrongPassphrase)), qPrintable(message));

    // A command issued now fails instead of waiting for a connection.
    QVERIFY(exec(client, {"PING"}).isError());

    QVERIFY2(message.contains(expected), qPrintable(message));
}

void tst_Tls::sslErrorsNameTheProblem_data()
{
    QTest::addColumn<RedisConnectionOptions>("options");
    QTest::addColumn<QList<QSslError::SslError>>("expected"); // one of these
    QTest::addColumn<QStringList>("certificateFiles");        // the certificate it is about: one of these

    RedisConnectionOptions o = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    o.setTlsCaCertificateFile(QString());
    QTest::newRow("untrusted CA") << o
                                  << QList<QSslError::SslError>{QSslError::UnableToGetLocalIssuerCertificate,
                                                                QSslError::UnableToVerifyFirstCertificate,
                                                                QSslError::SelfSignedCertificateInChain,
                                                                QSslError::CertificateUntrusted}
                                  // redis-server sends the CA along when it has it (tls-ca-cert-file)
                                  << QStringList{m_certs.serverCertificateFile(), m_certs.caCertificateFile()};
    QTest::newRow("host name mismatch")
            << tlsOptions(QStringLiteral("localhost"), m_otherNameServer.tlsPort())
            << QList<QSslError::SslError>{QSslError::HostNameMismatch}
            << QStringList{m_certs.otherServerCertificateFile()};
    QTest::newRow("expired") << tlsOptions(QStringLiteral("localhost"), m_expiredServer.tlsPort())
                             << QList<QSslError::SslError>{QSslError::CertificateExpired}
                             << QStringList{m_certs.expiredServerCertificateFile()};
}

void tst_Tls::sslErrorsNameTheProblem()
{
    QFETCH(RedisConnectionOptions, options);
    QFETCH(QList<QSslError::SslError>, expected);
    QFETCH(QStringList, certificateFiles);
    QList<QSslCertificate> certificates;
    for (const QString &file : certificateFiles)
        certificates += QSslCertificate::fromPath(file);
    QCOMPARE(certificates.size(), certificateFiles.size());

    RedisClient client;
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    client.setOptions(options);
    client.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
    const QList<QSslError> sslErrors = client.sslErrors();
    QVERIFY2(!sslErrors.isEmpty(), qPrintable(errors.first().at(1).toString()));
    bool found = false;
    for (const QSslError &e : sslErrors) {
        if (expected.contains(e.error())) {
            found = true;
            QVERIFY2(certificates.contains(e.certificate()), qPrintable(e.certificate().toText()));
        }
    }
    QVERIFY2(found, qPrintable(describe(sslErrors)));
    // Only what is wrong: a trusted chain reports no trust error, a name
    // that fits no name error.
    for (const QSslError &e : sslErrors) {
        if (!expected.contains(QSslError::HostNameMismatch))
            QVERIFY2(e.error() != QSslError::HostNameMismatch, qPrintable(describe(sslErrors)));
    }
}

void tst_Tls::verifyPeerOffAcceptsBadCertificate_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<bool>("withCa");
    const struct {
        const char *name;
        quint16 port;
        bool withCa;
    } servers[] = {
        {"untrusted CA", server().tlsPort(), false},
        {"host name mismatch", m_otherNameServer.tlsPort(), true},
        {"expired", m_expiredServer.tlsPort(), true},
    };
    for (const auto &s : servers) {
        for (const char *how : {"options", "insecure=1", "VerifyNone"})
            QTest::addRow("%s, %s", s.name, how) << QString::fromLatin1(how) << s.port << s.withCa;
    }
}

void tst_Tls::verifyPeerOffAcceptsBadCertificate()
{
    // Explicitly insecure: with tlsVerifyPeer off (the options, the URL's
    // insecure=1, or a QSslConfiguration with VerifyNone) any certificate
    // is accepted, on every link.
    QFETCH(QString, how);
    QFETCH(quint16, port);
    QFETCH(bool, withCa);
    const QString host = QStringLiteral("localhost");
    RedisClient client;
    client.setAutoReconnect(false);
    if (how == QLatin1String("insecure=1")) {
        QList<QPair<QString, QString>> items{{QStringLiteral("insecure"), QStringLiteral("1")}};
        if (withCa)
            items.append({QStringLiteral("cacert"), m_certs.caCertificateFile()});
        QVERIFY2(client.connectToUrl(redissUrl(host, port, items)), qPrintable(client.errorString()));
        QVERIFY(!client.options().tlsVerifyPeer());
    } else if (how == QLatin1String("VerifyNone")) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (withCa)
            config.setCaCertificates(QSslCertificate::fromPath(m_certs.caCertificateFile()));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        client.connectToHostEncrypted(host, port, config);
        QVERIFY(!client.options().tlsVerifyPeer());
    } else {
        RedisConnectionOptions options = tlsOptions(host, port);
        if (!withCa)
            options.setTlsCaCertificateFile(QString());
        options.setTlsVerifyPeer(false);
        client.setOptions(options);
        client.connectToServer();
    }
    QString why;
    QVERIFY2(waitConnected(client, &why), qPrintable(why));
    QCOMPARE(exec(client, {"PING"}).toByteArray(), QByteArray("PONG"));
    QVERIFY2(client.sslErrors().isEmpty(), qPrintable(describe(client.sslErrors())));
    checkEveryLink(client);
}

void tst_Tls::peerNameVerifiedInsteadOfHost_data()
{
    QTest::addColumn<bool>("byUrl");
    QTest::newRow("options") << false;
    QTest::newRow("sni=") << true;
}

void tst_Tls::peerNameVerifiedInsteadOfHost()
{
    // The certificate is for other.example only: connecting by address
    // passes once that is the name to verify (and send as SNI).
    QFETCH(bool, byUrl);
    RedisClient client;
    client.setAutoReconnect(false);
    QString why;
    if (byUrl) {
        const QUrl url = redissUrl(QStringLiteral("127.0.0.1"), m_otherNameServer.tlsPort(),
                                   {{QStringLiteral("cacert"), m_certs.caCertificateFile()},
                                    {QStringLiteral("sni"), TlsTestCertificates::otherServerName()}});
        QVERIFY2(client.connectToUrl(url), qPrintable(client.errorString()));
        QCOMPARE(client.options().tlsPeerName(), TlsTestCertificates::otherServerName());
        QVERIFY2(waitConnected(client, &why), qPrintable(why));
    } else {
        RedisConnectionOptions options = tlsOptions(QStringLiteral("127.0.0.1"), m_otherNameServer.tlsPort());
        options.setTlsPeerName(TlsTestCertificates::otherServerName());
        QVERIFY2(connectWith(client, options, &why), qPrintable(why));
    }
    QVERIFY(client.options().tlsVerifyPeer());
    QCOMPARE(exec(client, {"SET", "sni", "yes"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(m_otherNameServer.cli({QStringLiteral("GET"), QStringLiteral("sni")}), QByteArray("yes"));
    checkEveryLink(client);
}

void tst_Tls::mutualTls_data()
{
    QTest::addColumn<bool>("tls12");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("passphrase");
    for (bool tls12 : {false, true}) {
        const char *version = tls12 ? "TLS 1.2" : "TLS 1.3";
        QTest::addRow("certificate and key, %s", version) << tls12 << m_certs.clientKeyFile() << QString();
        QTest::addRow("encrypted key, right passphrase, %s", version)
                << tls12 << m_certs.encryptedClientKeyFile() << TlsTestCertificates::clientKeyPassphrase();
    }
}

void tst_Tls::mutualTls()
{
    QFETCH(bool, tls12);
    QFETCH(QString, keyFile);
    QFETCH(QString, passphrase);
    RedisTestServer &mutual = tls12 ? m_mutualTls12Server : m_mutualServer;
    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), mutual.tlsPort());
    options.setTlsCertificateFile(m_certs.clientCertificateFile());
    options.setTlsPrivateKeyFile(keyFile);
    options.setTlsPrivateKeyPassphrase(passphrase);
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, options, &why), qPrintable(why));
    QCOMPARE(exec(client, {"SET", "mtls", "ok"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(mutual.cli({QStringLiteral("GET"), QStringLiteral("mtls")}), QByteArray("ok"));
    // The pub/sub and MONITOR links present the certificate too.
    checkEveryLink(client);
}

void tst_Tls::sslErrorsClearedBySuccess()
{
    // The same client: first without the CA (untrusted), then with it.
    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    options.setTlsCaCertificateFile(QString());
    RedisClient client;
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    client.setOptions(options);
    client.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
    QVERIFY(!client.sslErrors().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);

    options.setTlsCaCertificateFile(m_certs.caCertificateFile());
    QString why;
    QVERIFY2(connectWith(client, options, &why), qPrintable(why));
    QVERIFY2(client.sslErrors().isEmpty(), qPrintable(describe(client.sslErrors())));
    QCOMPARE(client.error(), Error::NoError);
    QCOMPARE(exec(client, {"PING"}).toByteArray(), QByteArray("PONG"));
}

void tst_Tls::credentialsOverTls()
{
    // AUTH with a user, SELECT and CLIENT SETNAME go through TLS on every
    // link.
    QCOMPARE(cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("alice"), QStringLiteral("on"),
                  QStringLiteral(">s3cret"), QStringLiteral("~*"), QStringLiteral("&*"), QStringLiteral("+@all")}),
             QByteArray("OK"));
    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    options.setUsername(QStringLiteral("alice"));
    options.setPassword(QStringLiteral("s3cret"));
    options.setDatabase(2);
    options.setClientName(QStringLiteral("tls-client"));
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, options, &why), qPrintable(why));
    QCOMPARE(exec(client, {"ACL", "WHOAMI"}).toByteArray(), QByteArray("alice"));
    const QByteArray info = exec(client, {"CLIENT", "INFO"}).toByteArray();
    QVERIFY2(info.contains(" db=2 ") && info.contains(" name=tls-client "), info.constData());
    checkEveryLink(client);

    // A wrong password is an authentication failure, not a TLS one.
    RedisClient wrong;
    options.setPassword(QStringLiteral("nope"));
    QSignalSpy errors(&wrong, &RedisClient::errorOccurred);
    wrong.setOptions(options);
    wrong.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
    QCOMPARE(errors.first().at(0).value<Error>(), Error::AuthenticationFailed);
    QVERIFY(wrong.sslErrors().isEmpty());
    QCOMPARE(cli({QStringLiteral("ACL"), QStringLiteral("DELUSER"), QStringLiteral("alice")}), QByteArray("1"));
}

void tst_Tls::manyClientsAtOnce()
{
    // Each command link has its own relay: replies never cross.
    constexpr int Clients = 16;
    std::vector<std::unique_ptr<RedisClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<RedisClient>());
        clients.back()->setOptions(tlsOptions(QStringLiteral("localhost"), server().tlsPort()));
        clients.back()->connectToServer(); // all handshakes at the same time
    }
    QList<QByteArray> replies(Clients);
    QObject context;
    for (int i = 0; i < Clients; ++i) {
        clients[i]->command({"SET", "client:" + QByteArray::number(i), QByteArray::number(i)}, &context,
                            [](const RedisValue &) {});
        clients[i]->command({"GET", "client:" + QByteArray::number(i)}, &context,
                            [&replies, i](const RedisValue &v) { replies[i] = v.toByteArray(); });
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](const QByteArray &r) { return !r.isEmpty(); }),
                             Timeout);
    for (int i = 0; i < Clients; ++i) {
        QCOMPARE(clients[i]->state(), RedisClient::State::Connected);
        QCOMPARE(replies.at(i), QByteArray::number(i));
    }
    QCOMPARE(cli({QStringLiteral("DBSIZE")}), QByteArray::number(Clients));
}

void tst_Tls::binaryValueRoundTrip()
{
    QByteArray value(1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < value.size(); ++i)
        value[i] = char(uchar(i % 256));
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    QCOMPARE(exec(client, {"SET", "blob", value}).toByteArray(), QByteArray("OK"));
    QCOMPARE(exec(client, {"STRLEN", "blob"}).toInteger(), qint64(value.size()));
    const RedisValue back = exec(client, {"GET", "blob"});
    QVERIFY(back.isString());
    QCOMPARE(back.toByteArray().size(), value.size());
    QVERIFY(back.toByteArray() == value);
}

void tst_Tls::binaryMessageOverPubSub()
{
    // The pub/sub link reads from QSslSocket itself: a message far larger
    // than one TLS record and than its read buffer arrives whole.
    QByteArray payload(1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(uchar(255 - i % 256));
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    RedisSubscription *subscription = client.subscribe("big");
    QSignalSpy messages(subscription, &RedisSubscription::messageReceived);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    RedisReply *reply = client.publish("big", payload);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Timeout);
    QCOMPARE(reply->value().toInteger(), 1);
    client.publish("big", "small after big");
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, Timeout);
    QCOMPARE(messages.at(0).at(1).toByteArray().size(), payload.size());
    QVERIFY(messages.at(0).at(1).toByteArray() == payload);
    QCOMPARE(messages.at(1).at(1).toByteArray(), QByteArray("small after big"));
}

void tst_Tls::pipelinedCommandsInOrder()
{
    constexpr int Count = 10000;
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    Collector collector;
    for (int i = 0; i < Count; ++i)
        client.command({"INCR", "counter"}, this, collector.callback());
    QTRY_COMPARE_WITH_TIMEOUT(collector.values.size(), Count, Timeout);
    for (int i = 0; i < Count; ++i) {
        if (collector.values.at(i).toInteger() != i + 1)
            QFAIL(qPrintable(QStringLiteral("reply %1 is %2").arg(i).arg(
                    QString::fromUtf8(collector.values.at(i).toByteArray()))));
    }
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("counter")}), QByteArray::number(Count));
}

void tst_Tls::bigTransfersPipelined_data()
{
    QTest::addColumn<bool>("upload");
    // Far more than the relay's socket buffers and its limit of pending
    // writes hold: the relay must wait for either side and resume.
    QTest::newRow("replies (server to client)") << false;
    QTest::newRow("commands (client to server)") << true;
}

void tst_Tls::bigTransfersPipelined()
{
    QFETCH(bool, upload);
    constexpr int Count = 48;
    QByteArray value(512 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < value.size(); ++i)
        value[i] = char(uchar((i * 7) % 251));
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    Collector collector;
    if (upload) {
        for (int i = 0; i < Count; ++i) {
            QByteArray mine = value;
            mine[0] = char(i);
            client.command({"SET", "up:" + QByteArray::number(i), mine}, this, collector.callback());
        }
    } else {
        QCOMPARE(exec(client, {"SET", "down", value}).toByteArray(), QByteArray("OK"));
        for (int i = 0; i < Count; ++i)
            client.command({"GET", "down"}, this, collector.callback());
    }
    QTRY_COMPARE_WITH_TIMEOUT(collector.values.size(), Count, Timeout);
    for (int i = 0; i < Count; ++i) {
        if (upload)
            QCOMPARE(collector.values.at(i).toByteArray(), QByteArray("OK"));
        else if (collector.values.at(i).toByteArray() != value)
            QFAIL(qPrintable(QStringLiteral("reply %1 differs").arg(i)));
    }
    if (upload) {
        const RedisValue last = exec(client, {"GET", "up:" + QByteArray::number(Count - 1)});
        QCOMPARE(last.toByteArray().size(), value.size());
        QCOMPARE(last.toByteArray().at(0), char(Count - 1));
        QCOMPARE(last.toByteArray().mid(1), value.mid(1));
    }
    QCOMPARE(client.state(), RedisClient::State::Connected);
}

void tst_Tls::serverClosesAfterReply()
{
    // CLIENT KILL of itself: the server sends +OK and closes the
    // connection. The reply comes through the relay before the close is
    // noticed; then the client reconnects with a new handshake.
    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    options.setAutoReconnect(true);
    options.setReconnectInitialDelay(20);
    RedisClient client;
    QSignalSpy connected(&client, &RedisClient::connected);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    QString why;
    QVERIFY2(connectWith(client, options, &why), qPrintable(why));
    const qint64 id = exec(client, {"CLIENT", "ID"}).toInteger();
    QVERIFY(id > 0);
    Collector collector;
    client.command({"SET", "last-words", "1"}, this, collector.callback());
    client.command({"CLIENT", "KILL", "ID", QByteArray::number(id), "SKIPME", "no"}, this, collector.callback());
    QTRY_COMPARE_WITH_TIMEOUT(collector.values.size(), 2, Timeout);
    QCOMPARE(collector.values.at(0).toByteArray(), QByteArray("OK"));
    QVERIFY2(collector.values.at(1).toInteger() == 1,
             qPrintable(QStringLiteral("type %1, error %2: %3")
                                .arg(int(collector.values.at(1).type()))
                                .arg(enumName(collector.values.at(1).error()))
                                .arg(QString::fromUtf8(collector.values.at(1).toByteArray()))));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, Timeout);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().at(0).value<Error>(), Error::ConnectionLost);
    QVERIFY(exec(client, {"CLIENT", "ID"}).toInteger() != id);
    QCOMPARE(exec(client, {"GET", "last-words"}).toByteArray(), QByteArray("1"));
}

void tst_Tls::pubSubLinkClosedByServer()
{
    // Only the pub/sub link (QSslSocket) is closed by the server: it comes
    // back over TLS and subscribes again; the command link is untouched.
    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), server().tlsPort());
    options.setAutoReconnect(true);
    options.setReconnectInitialDelay(20);
    RedisClient client;
    QSignalSpy connected(&client, &RedisClient::connected);
    QString why;
    QVERIFY2(connectWith(client, options, &why), qPrintable(why));
    const qint64 commandLink = exec(client, {"CLIENT", "ID"}).toInteger();
    RedisSubscription *subscription = client.subscribe("comeback");
    QSignalSpy messages(subscription, &RedisSubscription::messageReceived);
    QSignalSpy states(subscription, &RedisSubscription::stateChanged);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    states.clear();

    QCOMPARE(cli({QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("pubsub")}),
             QByteArray("1"));
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), Timeout); // it noticed
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    QVERIFY(waitForSubscribers("comeback", 1));
    QCOMPARE(cli({QStringLiteral("PUBLISH"), QStringLiteral("comeback"), QStringLiteral("hi")}), QByteArray("1"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, Timeout);
    QCOMPARE(messages.first().at(1).toByteArray(), QByteArray("hi"));
    QCOMPARE(exec(client, {"CLIENT", "ID"}).toInteger(), commandLink);
    QCOMPARE(connected.size(), 1);
}

void tst_Tls::fullServerIsRetried_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain-text port (the reference)") << false;
    QTest::newRow("TLS port") << true;
}

void tst_Tls::fullServerIsRetried()
{
    // A server at maxclients closes new connections at once: a passing
    // condition, not a verdict on the port. The client retries and gets in
    // once a slot is free. With TLS, Redis closes before the handshake, so
    // the client does not see the "max number of clients" error reply.
    QFETCH(bool, tls);
    QCOMPARE(cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("maxclients"), QStringLiteral("1")}),
             QByteArray("OK"));
    auto first = std::make_unique<RedisClient>();
    auto restore = qScopeGuard([this, &first] {
        first.reset();
        // cli() needs the slot that the first client is giving back.
        const bool restored = QTest::qWaitFor([this] {
            return cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("maxclients"),
                        QStringLiteral("10000")}) == "OK";
        }, Timeout);
        if (!restored)
            qWarning("maxclients could not be restored: the tests after this one may fail");
    });
    QString why;
    QVERIFY2(connectWith(*first, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));

    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), tls ? server().tlsPort() : server().port());
    options.setTlsEnabled(tls);
    options.setAutoReconnect(true);
    options.setReconnectInitialDelay(20);
    options.setReconnectMaxDelay(100);
    RedisClient second;
    QSignalSpy errors(&second, &RedisClient::errorOccurred);
    QSignalSpy reconnects(&second, &RedisClient::reconnectScheduled);
    second.setOptions(options);
    second.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
    const QString message = errors.first().at(1).toString();
    QTRY_VERIFY_WITH_TIMEOUT(!reconnects.isEmpty() || second.state() == RedisClient::State::Disconnected, Timeout);
    QVERIFY2(!reconnects.isEmpty(), qPrintable(message));

    first.reset(); // frees the slot
    QString secondWhy;
    QVERIFY2(waitConnected(second, &secondWhy), qPrintable(secondWhy));
    QCOMPARE(exec(second, {"PING"}).toByteArray(), QByteArray("PONG"));
    second.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), RedisClient::State::Disconnected, Timeout);
    QVERIFY2(!message.contains(QLatin1String("plain-text")), qPrintable(message));
}

void tst_Tls::pubSub_data()
{
    QTest::addColumn<bool>("publishFromCli");
    QTest::newRow("published by the client") << false;
    QTest::newRow("published by redis-cli over TLS") << true;
}

void tst_Tls::pubSub()
{
    QFETCH(bool, publishFromCli);
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    RedisSubscription *subscription = client.subscribe("news");
    QSignalSpy messages(subscription, &RedisSubscription::messageReceived);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    QVERIFY(waitForSubscribers("news", 1));
    const QByteArray payload("over TLS \x01\xff", 11);
    if (publishFromCli) {
        QCOMPARE(cli({QStringLiteral("PUBLISH"), QStringLiteral("news"), QStringLiteral("from cli")}),
                 QByteArray("1"));
    } else {
        RedisReply *reply = client.publish("news", payload);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Timeout);
        QCOMPARE(reply->value().toInteger(), 1);
    }
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, Timeout);
    QCOMPARE(messages.first().at(0).toByteArray(), QByteArray("news"));
    QCOMPARE(messages.first().at(1).toByteArray(), publishFromCli ? QByteArray("from cli") : payload);
}

void tst_Tls::monitor()
{
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    RedisMonitor *monitor = client.monitor();
    QSignalSpy lines(monitor, &RedisMonitor::lineReceived);
    monitor->start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), RedisMonitor::State::Running, Timeout);
    QCOMPARE(exec(client, {"SET", "watched-key", "1"}).toByteArray(), QByteArray("OK"));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lines.cbegin(), lines.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).toByteArray().contains("\"watched-key\"");
                                         }),
                             Timeout);
}

void tst_Tls::reconnectsAfterServerKill_data()
{
    QTest::addColumn<bool>("mutual");
    QTest::newRow("server certificate") << false;
    // The encrypted key is loaded again for the new handshake.
    QTest::newRow("client certificate, encrypted key") << true;
}

void tst_Tls::reconnectsAfterServerKill()
{
    QFETCH(bool, mutual);
    RedisTestServer &target = mutual ? m_mutualServer : server();
    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), target.tlsPort());
    if (mutual) {
        options.setTlsCertificateFile(m_certs.clientCertificateFile());
        options.setTlsPrivateKeyFile(m_certs.encryptedClientKeyFile());
        options.setTlsPrivateKeyPassphrase(TlsTestCertificates::clientKeyPassphrase());
    }
    options.setAutoReconnect(true);
    options.setReconnectInitialDelay(20);
    options.setReconnectMaxDelay(200);
    RedisClient client;
    QSignalSpy connected(&client, &RedisClient::connected);
    QString why;
    QVERIFY2(connectWith(client, options, &why), qPrintable(why));
    QCOMPARE(exec(client, {"SET", "before", "1"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(connected.size(), 1);
    RedisSubscription *subscription = client.subscribe("survives");
    QSignalSpy messages(subscription, &RedisSubscription::messageReceived);
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);

    target.kill();
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == RedisClient::State::Reconnecting
                                     || client.state() == RedisClient::State::Connecting,
                             Timeout);
    QVERIFY2(target.restart(), qPrintable(target.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, Timeout);
    QCOMPARE(client.state(), RedisClient::State::Connected);
    QVERIFY(client.sslErrors().isEmpty());
    // A new server, so a new TLS session: the data set is empty.
    QVERIFY(exec(client, {"GET", "before"}).isNil());
    QCOMPARE(exec(client, {"SET", "after", "1"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(target.cli({QStringLiteral("GET"), QStringLiteral("after")}), QByteArray("1"));
    // The pub/sub link comes back over TLS as well and subscribes again.
    QVERIFY(QTest::qWaitFor([&] {
        return target.cli({QStringLiteral("PUBSUB"), QStringLiteral("NUMSUB"), QStringLiteral("survives")})
                .endsWith("\n1");
    }, Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(subscription->state(), RedisSubscription::State::Subscribed, Timeout);
    QCOMPARE(target.cli({QStringLiteral("PUBLISH"), QStringLiteral("survives"), QStringLiteral("again")}),
             QByteArray("1"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, Timeout);
    QCOMPARE(messages.first().at(1).toByteArray(), QByteArray("again"));
}

void tst_Tls::gracefulDisconnectAnswersPending()
{
    constexpr int Count = 2000;
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    QSignalSpy disconnected(&client, &RedisClient::disconnected);
    Collector collector;
    for (int i = 0; i < Count; ++i)
        client.command({"INCR", "pending"}, this, collector.callback());
    client.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(collector.values.size(), Count, Timeout);
    for (int i = 0; i < Count; ++i) {
        if (collector.values.at(i).toInteger() != i + 1)
            QFAIL(qPrintable(QStringLiteral("reply %1 is %2").arg(i).arg(
                    QString::fromUtf8(collector.values.at(i).toByteArray()))));
    }
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, Timeout);
    QCOMPARE(client.error(), Error::NoError);
    QCOMPARE(cli({QStringLiteral("GET"), QStringLiteral("pending")}), QByteArray::number(Count));

    // The same client connects again: a new TLS session.
    QString again;
    QVERIFY2(connectWith(client, client.options(), &again), qPrintable(again));
    QCOMPARE(exec(client, {"INCR", "pending"}).toInteger(), qint64(Count + 1));
}

void tst_Tls::abortFailsPending()
{
    constexpr int Count = 2000;
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    Collector collector;
    for (int i = 0; i < Count; ++i)
        client.command({"INCR", "aborted"}, this, collector.callback());
    client.abort();
    QTRY_COMPARE_WITH_TIMEOUT(collector.values.size(), Count, Timeout);
    // Every callback ran once: with a reply that came before the abort, or
    // with Aborted; the answered ones come first.
    int answered = 0;
    while (answered < Count && !collector.values.at(answered).isError())
        ++answered;
    for (int i = answered; i < Count; ++i)
        QCOMPARE(collector.values.at(i).error(), Error::Aborted);
    QCOMPARE(client.state(), RedisClient::State::Disconnected);
    QCOMPARE(exec(client, {"PING"}).isError(), true);
}

void tst_Tls::destroyedDuringHandshake()
{
    // A TLS client waiting for a handshake answer from a plain-text port
    // (which never comes) is destroyed: nothing may be left to fire.
    for (int i = 0; i < 3; ++i) {
        auto client = std::make_unique<RedisClient>();
        RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), server().port());
        options.setConnectTimeout(Timeout);
        client->setOptions(options);
        QObject context;
        RedisValue held;
        int calls = 0;
        client->connectToServer();
        client->command({"PING"}, &context, [&](const RedisValue &v) { // held until connected
            held = v;
            ++calls;
        });
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), RedisClient::State::Connecting, Timeout);
        // Destroyed once the server has the TCP connection, mid-handshake.
        const QByteArray local = "laddr=127.0.0.1:" + QByteArray::number(server().port());
        QVERIFY(QTest::qWaitFor([&] { return cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains(local); },
                                Timeout));
        QCOMPARE(client->state(), RedisClient::State::Connecting);
        client.reset();
        // The held command was cancelled, once.
        QCOMPARE(calls, 1);
        QCOMPARE(held.error(), Error::Aborted);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);
    }
    // The server and a new client are unharmed.
    RedisClient client;
    QString why;
    QVERIFY2(connectWith(client, tlsOptions(QStringLiteral("localhost"), server().tlsPort()), &why), qPrintable(why));
    QCOMPARE(exec(client, {"PING"}).toByteArray(), QByteArray("PONG"));
}

void tst_Tls::connectAgainDuringHandshake()
{
    // A second connect while the first handshake waits (on a plain-text
    // port, no answer) replaces it: one connection, to the second endpoint.
    RedisClient client;
    QSignalSpy connected(&client, &RedisClient::connected);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), server().port());
    options.setConnectTimeout(Timeout * 4);
    client.setOptions(options);
    client.connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connecting, Timeout);
    const QByteArray local = "laddr=127.0.0.1:" + QByteArray::number(server().port());
    QVERIFY(QTest::qWaitFor([&] { return cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains(local); },
                            Timeout));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(m_certs.caCertificateFile()));
    client.connectToHostEncrypted(QStringLiteral("localhost"), server().tlsPort(), config);
    QString why;
    QVERIFY2(waitConnected(client, &why), qPrintable(why));
    QCOMPARE(exec(client, {"PING"}).toByteArray(), QByteArray("PONG"));
    QCOMPARE(client.port(), server().tlsPort());
    QCOMPARE(connected.size(), 1);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().at(1).toString()));
    // The abandoned attempt is gone from the server.
    QVERIFY(QTest::qWaitFor([&] { return !cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains(local); },
                            Timeout));
}

void tst_Tls::stoppedDuringHandshake_data()
{
    QTest::addColumn<bool>("graceful");
    QTest::newRow("disconnectFromServer()") << true;
    QTest::newRow("abort()") << false;
}

void tst_Tls::stoppedDuringHandshake()
{
    // Stopping a client whose TLS handshake waits for an answer that never
    // comes ends it now, not when the connect timeout expires, and cancels
    // what is held.
    QFETCH(bool, graceful);
    RedisClient client;
    RedisConnectionOptions options = tlsOptions(QStringLiteral("localhost"), server().port());
    options.setConnectTimeout(Timeout * 4); // beyond every wait below
    client.setOptions(options);
    client.connectToServer();
    Collector collector;
    client.command({"PING"}, this, collector.callback());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Connecting, Timeout);
    const QByteArray local = "laddr=127.0.0.1:" + QByteArray::number(server().port());
    QVERIFY(QTest::qWaitFor([&] { return cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains(local); },
                            Timeout));
    QCOMPARE(client.state(), RedisClient::State::Connecting);
    // The connect timeout is far beyond the waits below: ending within
    // them means the stop ended the handshake.
    if (graceful)
        client.disconnectFromServer();
    else
        client.abort();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), RedisClient::State::Disconnected, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(collector.values.size(), 1, Timeout);
    QCOMPARE(collector.values.first().error(), Error::Aborted);
    // The server sees the connection go.
    QVERIFY(QTest::qWaitFor([&] { return !cli({QStringLiteral("CLIENT"), QStringLiteral("LIST")}).contains(local); },
                            Timeout));
}

void tst_Tls::console_data()
{
    QTest::addColumn<bool>("caOption");
    QTest::newRow("--cacert") << true;
    QTest::newRow("cacert= in the URL") << false;
}

void tst_Tls::console()
{
    QFETCH(bool, caOption);
    // build/tests/auto/tls/tst_tls -> build/examples/widgets-console/qtredis-console
    const QString program = QDir(QCoreApplication::applicationDirPath())
                                    .absoluteFilePath(QStringLiteral("../../../examples/widgets-console/qtredis-console"));
    if (!QFileInfo(program).isExecutable())
        QSKIP(qPrintable(QStringLiteral("the console is not built (%1)").arg(QDir::cleanPath(program))));

    const QString base = QStringLiteral("rediss://localhost:%1").arg(portText(server().tlsPort()));
    QStringList arguments;
    if (caOption) {
        arguments << QStringLiteral("--url") << base << QStringLiteral("--cacert") << m_certs.caCertificateFile();
    } else {
        arguments << QStringLiteral("--url")
                  << redissUrl(QStringLiteral("localhost"), server().tlsPort(),
                               {{QStringLiteral("cacert"), m_certs.caCertificateFile()}})
                             .toString();
    }
    arguments << QStringLiteral("--exec") << QStringLiteral("PING") << QStringLiteral("--quit-after-exec");

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(Timeout), qPrintable(process.errorString()));
    if (!process.waitForFinished(Timeout)) {
        process.kill();
        process.waitForFinished();
        QFAIL("the console did not quit after --exec");
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (caOption && err.contains("Unknown option") && err.contains("cacert"))
        QSKIP("the console has no --cacert option yet");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QStringLiteral("exit %1; stdout: %2; stderr: %3")
                                .arg(process.exitCode())
                                .arg(QString::fromLocal8Bit(out), QString::fromLocal8Bit(err))));
    QVERIFY2(out.contains("PONG"), out.constData());
}

QTEST_MAIN(tst_Tls)
#include "tst_tls.moc"
