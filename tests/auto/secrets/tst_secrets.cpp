// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Secrets stay secret: with every qtredis.* logging category on, no log
// line, no error string and no error reply text holds a password, a key
// passphrase or an SSH credential, whatever the commands and connection
// attempts carried them; URLs leave the password out unless asked. The
// suite also checks that the normal debug output is there (so that an empty
// log does not pass for a clean one) and that commands merely named like
// credentials (SET auth v) work. Plus the console's masking of the command
// lines it shows and keeps.
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <commandredaction.h>
#include <redisclient.h>
#include <redisconnectionoptions.h>
#include <redisreply.h>
#include <redistestcase.h>
#include <redistestserver.h>
#include <testhelpers.h>

#include <memory>

using QtRedis::Error;
using State = RedisClient::State;
using namespace QtRedisTest;

namespace {

// Distinct from each other and from anything the library prints by itself.
const QString MainPassword = QStringLiteral("Main-Pw-7f3a9e");
const QString WrongPassword = QStringLiteral("Wrong-Pw-51c2d0");
const QString NewPassword = QStringLiteral("New-Pw-c0ffee42");
const QString AclPassword = QStringLiteral("Acl-Pw-9d8e6b");
const QString HashedPassword = QStringLiteral("Hashed-Pw-2a7b31");
const QString MigratePassword = QStringLiteral("Migrate-Pw-4b1d77");
const QString TlsPassphrase = QStringLiteral("Tls-Pass-e5e5a1");
const QString WrongTlsPassphrase = QStringLiteral("Tls-Wrong-0d0d33");
const QString SshPassword = QStringLiteral("Ssh-Pw-77aa19");
const QString SshPassphrase = QStringLiteral("Ssh-Phrase-3c3c58");
const QString UrlPassword = QStringLiteral("Url-Pw-8e8e21");

QByteArray sha256Hex(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QStringList allSecrets()
{
    return {MainPassword, WrongPassword, NewPassword, AclPassword, HashedPassword,
            QString::fromLatin1(sha256Hex(HashedPassword)), MigratePassword, TlsPassphrase,
            WrongTlsPassphrase, SshPassword, SshPassphrase, UrlPassword};
}

// Every message of the process, with its category ("qtredis.connection: ...").
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(QString::fromLatin1(context.category ? context.category : "default")
                        + QLatin1String(": ") + message);
    }
    // Qt Test sees warnings (so ignoreMessage() and -maxwarnings still work);
    // the many debug lines are only captured.
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}

qsizetype logMark()
{
    QMutexLocker lock(&logMutex);
    return logLines.size();
}

QStringList logSince(qsizetype mark)
{
    QMutexLocker lock(&logMutex);
    return logLines.mid(mark);
}

// The first secret found in text, or an empty string. Case-insensitive, so
// that an upper-cased echo of a command line is found too.
QString secretIn(const QString &text)
{
    for (const QString &secret : allSecrets()) {
        if (text.contains(secret, Qt::CaseInsensitive))
            return secret;
    }
    return QString();
}

// text with the secrets masked, for a failure message that must not leak.
QString masked(QString text)
{
    for (const QString &secret : allSecrets())
        text.replace(secret, QStringLiteral("<secret>"), Qt::CaseInsensitive);
    return text;
}

// Fails the test (with where it was found) if any text holds a secret.
#define VERIFY_NO_SECRET(where, ...) \
    do { \
        const QStringList texts_ = __VA_ARGS__; \
        for (const QString &text_ : texts_) { \
            const QString found_ = secretIn(text_); \
            QVERIFY2(found_.isEmpty(), qPrintable(QStringLiteral("%1 holds a secret: %2") \
                                                          .arg(QString(where), masked(text_)))); \
        } \
    } while (false)

// The texts of a reply a caller may show.
QStringList valueTexts(const RedisValue &value)
{
    return {value.errorString(), value.toCliString(), QString::fromUtf8(value.toByteArray())};
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    for (const QString &line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class tst_Secrets : public RedisTestCase
{
    Q_OBJECT
public:
    tst_Secrets() : RedisTestCase({QStringLiteral("--requirepass"), MainPassword}) {}

private Q_SLOTS:
    void initTestCase() override;
    void init() override;
    void cleanup();
    void cleanupTestCase();

    void captureSeesSecrets();
    void authRightAndWrong();
    void helloAuth();
    void configSetRequirepass();
    void aclSetuser();
    void migrateAuth();
    void wrongPasswordOnConnect_data();
    void wrongPasswordOnConnect();
    void urlsLeaveThePasswordOut();
    void invalidUrlMessages_data();
    void invalidUrlMessages();
    void tlsKeyPassphrase();
    void sshCredentials_data();
    void sshCredentials();
    void consoleMasksCommandLines_data();
    void consoleMasksCommandLines();
    void consoleMasksUrlErrors();
    void consoleMasksErrorReplies();

private:
    // A client connected to server() with the main password.
    std::unique_ptr<RedisClient> authenticatedClient();
    // Runs a command on the callback path and on the RedisReply path, fails
    // the test if either takes too long or shows a secret; returns the value.
    RedisValue run(RedisClient &client, const QList<QByteArray> &args);
    void verifyLogClean(const char *where);
    bool makeCertificates(const QString &dir, QString *error);

    qsizetype m_mark = 0;
    RedisTestServer m_target; // MIGRATE's destination, with a password of its own
};

void tst_Secrets::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("qtredis.*=true"));
    server().setCliPassword(MainPassword);
    RedisTestCase::initTestCase();
    if (!server().isRunning())
        return;
    m_target.setCliPassword(MigratePassword);
    QVERIFY2(m_target.start({QStringLiteral("--requirepass"), MigratePassword}), qPrintable(m_target.errorString()));
}

void tst_Secrets::init()
{
    RedisTestCase::init();
    QCOMPARE(cli({QStringLiteral("FLUSHALL")}), QByteArray("OK"));
    m_mark = logMark();
}

void tst_Secrets::cleanup()
{
    verifyLogClean("the log");
}

void tst_Secrets::cleanupTestCase()
{
    // Everything captured, from the start: nothing between tests leaked either.
    m_mark = 0;
    verifyLogClean("the whole log");
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void tst_Secrets::verifyLogClean(const char *where)
{
    VERIFY_NO_SECRET(QString::fromLatin1(where), logSince(m_mark));
}

std::unique_ptr<RedisClient> tst_Secrets::authenticatedClient()
{
    auto client = std::make_unique<RedisClient>();
    client->setPassword(MainPassword);
    client->setAutoReconnect(false);
    if (!connectClient(*client))
        return nullptr;
    return client;
}

RedisValue tst_Secrets::run(RedisClient &client, const QList<QByteArray> &args)
{
    Collector collector;
    client.command(args, &client, collector.callback());
    RedisReply *reply = client.command(args);
    reply->setParent(nullptr);
    std::unique_ptr<RedisReply> owner(reply);
    const bool done = QTest::qWaitFor([&] { return !collector.values.isEmpty() && reply->isFinished(); },
                                      Timeout);
    if (!done) {
        qWarning("%s: no reply in time", args.first().constData());
        return RedisValue::fromClientError(Error::Timeout, QStringLiteral("no reply in time"));
    }
    QStringList texts = valueTexts(collector.values.first()) + valueTexts(reply->value());
    texts << reply->errorString() << client.errorString();
    for (const QString &t : std::as_const(texts)) {
        if (!secretIn(t).isEmpty()) {
            qWarning("%s: a reply text holds a secret: %s", args.first().constData(), qPrintable(masked(t)));
            return RedisValue::fromClientError(Error::InvalidArgument, QStringLiteral("secret in a reply text"));
        }
    }
    return collector.values.first();
}

// The capture works: a qtredis.* debug line is seen, and one with a secret
// is found (then taken out again, so that the suite's log stays clean).
Q_LOGGING_CATEGORY(lcSelfTest, "qtredis.selftest", QtWarningMsg)

void tst_Secrets::captureSeesSecrets()
{
    QVERIFY(lcSelfTest().isDebugEnabled()); // the filter rules turned qtredis.* on
    qCDebug(lcSelfTest).noquote() << "plain line";
    qCDebug(lcSelfTest).noquote() << "password:" << MainPassword;
    QStringList lines = logSince(m_mark);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("qtredis.selftest: plain line"));
    QVERIFY(secretIn(lines.at(0)).isEmpty());
    QCOMPARE(secretIn(lines.at(1)), MainPassword);
    QCOMPARE(masked(lines.at(1)), QStringLiteral("qtredis.selftest: password: <secret>"));
    QMutexLocker lock(&logMutex);
    logLines.resize(m_mark);
}

// AUTH with the right and the wrong password, on a connected client; and
// the key named "auth" is just a key.
void tst_Secrets::authRightAndWrong()
{
    auto client = authenticatedClient();
    QVERIFY(client);

    const RedisValue wrong = run(*client, {"AUTH", WrongPassword.toUtf8()});
    QVERIFY(wrong.isServerError());
    QVERIFY2(wrong.errorString().contains(QLatin1String("WRONGPASS")), qPrintable(masked(wrong.errorString())));

    const RedisValue right = run(*client, {"AUTH", MainPassword.toUtf8()});
    QVERIFY2(!right.isError(), qPrintable(masked(right.errorString())));
    QCOMPARE(right.toByteArray(), QByteArray("OK"));

    const RedisValue wrongAcl = run(*client, {"AUTH", "default", WrongPassword.toUtf8()});
    QVERIFY(wrongAcl.isServerError());

    QCOMPARE(run(*client, {"SET", "auth", "v"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(run(*client, {"GET", "auth"}).toByteArray(), QByteArray("v"));
    QCOMPARE(run(*client, {"SET", "password", MainPassword.toUtf8()}).toByteArray(), QByteArray("OK"));
    QCOMPARE(run(*client, {"STRLEN", "password"}).toInteger(), qint64(MainPassword.size()));

    // The debug output is there: a quiet log would not prove anything.
    const QStringList log = logSince(m_mark);
    QVERIFY2(anyContains(log, QStringLiteral("qtredis.")), qPrintable(log.join(u'\n')));
    QVERIFY2(anyContains(log, QStringLiteral("connected to")), qPrintable(masked(log.join(u'\n'))));
}

void tst_Secrets::helloAuth()
{
    QCOMPARE(cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("helloUser"), QStringLiteral("on"),
                  QLatin1Char('>') + AclPassword, QStringLiteral("~*"), QStringLiteral("+@all")}),
             QByteArray("OK"));
    auto client = authenticatedClient();
    QVERIFY(client);

    const RedisValue wrong = run(*client, {"HELLO", "2", "AUTH", "helloUser", WrongPassword.toUtf8()});
    QVERIFY(wrong.isServerError());
    const RedisValue right2 = run(*client, {"HELLO", "2", "AUTH", "helloUser", AclPassword.toUtf8(),
                                            "SETNAME", "hello-client"});
    QVERIFY2(right2.isArray(), qPrintable(masked(right2.toCliString())));
    QCOMPARE(run(*client, {"ACL", "WHOAMI"}).toByteArray(), QByteArray("helloUser"));

    // RESP3 is more than hiredis 0.14 reads: whatever becomes of the
    // connection, no message may hold the password.
    QSignalSpy errors(client.get(), &RedisClient::errorOccurred);
    const RedisValue right3 = run(*client, {"HELLO", "3", "AUTH", "helloUser", AclPassword.toUtf8()});
    QVERIFY(right3.isArray() || right3.isError());
    for (const QList<QVariant> &e : std::as_const(errors))
        VERIFY_NO_SECRET(QStringLiteral("errorOccurred"), QStringList{e.at(1).toString()});
    VERIFY_NO_SECRET(QStringLiteral("errorString()"), QStringList{client->errorString()});

    // A fresh connection with the ACL user's credentials.
    RedisClient user;
    user.setUsername(QStringLiteral("helloUser"));
    user.setPassword(AclPassword);
    QVERIFY(connectClient(user));
    QCOMPARE(run(user, {"SET", "auth", "v"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(run(user, {"GET", "auth"}).toByteArray(), QByteArray("v"));
}

void tst_Secrets::configSetRequirepass()
{
    auto client = authenticatedClient();
    QVERIFY(client);
    const RedisValue set = run(*client, {"CONFIG", "SET", "requirepass", NewPassword.toUtf8()});
    QCOMPARE(set.toByteArray(), QByteArray("OK"));
    server().setCliPassword(NewPassword);
    const auto restore = qScopeGuard([&] {
        server().cli({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("requirepass"), MainPassword});
        server().setCliPassword(MainPassword);
    });

    // The old password no longer works, the new one does.
    RedisClient old;
    old.setPassword(MainPassword);
    old.setAutoReconnect(false);
    QSignalSpy oldErrors(&old, &RedisClient::errorOccurred);
    old.connectToHost(server().host(), server().port());
    QTRY_VERIFY_WITH_TIMEOUT(!oldErrors.isEmpty(), Timeout);
    QCOMPARE(old.error(), Error::AuthenticationFailed);
    VERIFY_NO_SECRET(QStringLiteral("errorString()"), QStringList{old.errorString()});

    RedisClient fresh;
    fresh.setPassword(NewPassword);
    QVERIFY(connectClient(fresh));
    QCOMPARE(run(fresh, {"SET", "auth", "v"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(run(fresh, {"GET", "auth"}).toByteArray(), QByteArray("v"));

    // Several parameters at once, the secret one in the middle.
    QCOMPARE(run(fresh, {"CONFIG", "SET", "maxmemory-policy", "noeviction", "requirepass", MainPassword.toUtf8(),
                         "lazyfree-lazy-user-del", "no"}).toByteArray(),
             QByteArray("OK"));
    server().setCliPassword(MainPassword);
    QCOMPARE(cli({QStringLiteral("PING")}), QByteArray("PONG"));
}

void tst_Secrets::aclSetuser()
{
    auto client = authenticatedClient();
    QVERIFY(client);
    QCOMPARE(run(*client, {"ACL", "SETUSER", "u", "on", ">" + AclPassword.toUtf8(), "~*", "+@all"}).toByteArray(),
             QByteArray("OK"));
    QCOMPARE(run(*client, {"ACL", "SETUSER", "h", "on", "#" + sha256Hex(HashedPassword), "~*", "+@all"})
                     .toByteArray(),
             QByteArray("OK"));
    // A malformed rule. Whatever the server answers (its error reply may
    // quote the rule), the client does not log it.
    {
        Collector bad;
        client->command({"ACL", "SETUSER", "u", "#" + AclPassword.toUtf8()}, client.get(), bad.callback());
        QVERIFY(roundTrip(*client));
        QCOMPARE(bad.values.size(), 1);
        QVERIFY(bad.values.first().isServerError());
    }

    for (const auto &[user, password] : {std::pair{QStringLiteral("u"), AclPassword},
                                         std::pair{QStringLiteral("h"), HashedPassword}}) {
        RedisClient c;
        c.setUsername(user);
        c.setPassword(password);
        QVERIFY(connectClient(c));
        QCOMPARE(run(c, {"ACL", "WHOAMI"}).toByteArray(), user.toUtf8());
        QCOMPARE(run(c, {"SET", "auth", "v"}).toByteArray(), QByteArray("OK"));
        QCOMPARE(run(c, {"GET", "auth"}).toByteArray(), QByteArray("v"));
    }
    // Removing the password (once: a second removal is an error reply that
    // quotes the rule, which is the server's text).
    Collector removed;
    client->command({"ACL", "SETUSER", "u", "<" + AclPassword.toUtf8()}, client.get(), removed.callback());
    QVERIFY(roundTrip(*client));
    QCOMPARE(removed.values.size(), 1);
    QCOMPARE(removed.values.first().toByteArray(), QByteArray("OK"));
}

void tst_Secrets::migrateAuth()
{
    QVERIFY(m_target.isRunning());
    auto client = authenticatedClient();
    QVERIFY(client);
    const QByteArray port = QByteArray::number(m_target.port());
    QCOMPARE(run(*client, {"SET", "moved", "v1"}).toByteArray(), QByteArray("OK"));
    QCOMPARE(run(*client, {"SET", "moved2", "v2"}).toByteArray(), QByteArray("OK"));

    const RedisValue wrong = run(*client, {"MIGRATE", "127.0.0.1", port, "moved", "0", "5000", "COPY",
                                           "AUTH", WrongPassword.toUtf8()});
    QVERIFY(wrong.isServerError());

    const RedisValue moved = run(*client, {"MIGRATE", "127.0.0.1", port, "moved", "0", "5000",
                                           "AUTH", MigratePassword.toUtf8()});
    QVERIFY2(!moved.isError(), qPrintable(masked(moved.errorString())));
    QCOMPARE(moved.toByteArray(), QByteArray("OK"));
    const RedisValue moved2 = run(*client, {"MIGRATE", "127.0.0.1", port, "", "0", "5000", "REPLACE",
                                            "AUTH2", "default", MigratePassword.toUtf8(), "KEYS", "moved2"});
    QCOMPARE(moved2.toByteArray(), QByteArray("OK"));
    QCOMPARE(m_target.cli({QStringLiteral("GET"), QStringLiteral("moved")}), QByteArray("v1"));
    QCOMPARE(m_target.cli({QStringLiteral("GET"), QStringLiteral("moved2")}), QByteArray("v2"));
    QCOMPARE(run(*client, {"EXISTS", "moved", "moved2"}).toInteger(), qint64(0));
}

void tst_Secrets::wrongPasswordOnConnect_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("viaUrl");
    QTest::newRow("password") << QString() << false;
    QTest::newRow("user and password") << QStringLiteral("default") << false;
    QTest::newRow("url") << QStringLiteral("default") << true;
}

void tst_Secrets::wrongPasswordOnConnect()
{
    QFETCH(QString, username);
    QFETCH(bool, viaUrl);
    RedisClient client;
    client.setAutoReconnect(false);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    if (viaUrl) {
        QVERIFY(client.connectToUrl(QUrl(QStringLiteral("redis://%1:%2@%3:%4/0")
                                                 .arg(username, WrongPassword, server().host())
                                                 .arg(server().port()))));
    } else {
        client.setUsername(username);
        client.setPassword(WrongPassword);
        client.connectToHost(server().host(), server().port());
    }
    // A command held while connecting fails with the connection's error.
    Collector held;
    client.command({"PING"}, &client, held.callback());
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty() && !held.values.isEmpty(), Timeout);
    QCOMPARE(client.error(), Error::AuthenticationFailed);
    QVERIFY(client.state() != State::Connected);
    QStringList texts{client.errorString()};
    for (const QList<QVariant> &e : std::as_const(errors))
        texts << e.at(1).toString();
    texts << valueTexts(held.values.first());
    QVERIFY(!client.errorString().isEmpty());
    VERIFY_NO_SECRET(QStringLiteral("an error text"), texts);
    VERIFY_NO_SECRET(QStringLiteral("url()"),
                     QStringList{client.url().toString(), client.url().toDisplayString()});
    QVERIFY(held.values.first().isError());
}

void tst_Secrets::urlsLeaveThePasswordOut()
{
    RedisClient client;
    QVERIFY(client.setUrl(QUrl(QStringLiteral("redis://default:%1@%2:%3/0?name=c1")
                                       .arg(UrlPassword, server().host())
                                       .arg(server().port()))));
    QCOMPARE(client.password(), UrlPassword);
    const QUrl url = client.url();
    QVERIFY(url.password().isEmpty());
    QCOMPARE(url.userName(), QStringLiteral("default"));
    VERIFY_NO_SECRET(QStringLiteral("RedisClient::url()"),
                     QStringList{url.toString(), url.toDisplayString(), QString::fromUtf8(url.toEncoded())});

    RedisConnectionOptions options = client.options();
    options.setTlsEnabled(true);
    options.setTlsPrivateKeyPassphrase(TlsPassphrase);
    options.setSshHost(QStringLiteral("ssh.invalid"));
    options.setSshPassword(SshPassword);
    options.setSshPassphrase(SshPassphrase);
    const QUrl without = options.toUrl();
    VERIFY_NO_SECRET(QStringLiteral("toUrl()"),
                     QStringList{without.toString(), QString::fromUtf8(without.toEncoded())});
    QCOMPARE(without.scheme(), QStringLiteral("rediss"));
    const QUrl with = options.toUrl(RedisConnectionOptions::UrlFormat::WithPassword);
    QCOMPARE(with.password(), UrlPassword); // only when asked
    // The other secrets are never part of a URL.
    for (const QString &secret : {TlsPassphrase, SshPassword, SshPassphrase})
        QVERIFY(!with.toString().contains(secret));
    VERIFY_NO_SECRET(QStringLiteral("endpoints"), QStringList{options.endpointText(), options.sshEndpointText()});

    // Connecting by URL: the debug output names the endpoint, not the password.
    client.setPassword(MainPassword);
    QVERIFY(connectClient(client));
    QCOMPARE(run(client, {"CLIENT", "GETNAME"}).toByteArray(), QByteArray("c1"));
    QVERIFY(anyContains(logSince(m_mark), QString::number(server().port())));
}

void tst_Secrets::invalidUrlMessages_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("bad host") << QStringLiteral("redis://default:%1@bad host:6379").arg(UrlPassword);
    QTest::newRow("bad port") << QStringLiteral("redis://default:%1@localhost:99999").arg(UrlPassword);
    QTest::newRow("bad db") << QStringLiteral("redis://default:%1@localhost:6379/x").arg(UrlPassword);
    QTest::newRow("bad scheme") << QStringLiteral("http://default:%1@localhost:6379").arg(UrlPassword);
    QTest::newRow("bad escape") << QStringLiteral("redis://default:%1%zz@localhost").arg(UrlPassword);
}

void tst_Secrets::invalidUrlMessages()
{
    QFETCH(QString, url);
    for (const QUrl::ParsingMode mode : {QUrl::StrictMode, QUrl::TolerantMode}) {
        QString why;
        RedisConnectionOptions options;
        const bool accepted = options.setUrl(QUrl(url, mode), &why);
        if (accepted)
            continue; // tolerant parsing may repair it: then there is no message
        QVERIFY(!why.isEmpty());

        RedisClient client;
        QSignalSpy errors(&client, &RedisClient::errorOccurred);
        QVERIFY(!client.connectToUrl(QUrl(url, mode)));
        QCOMPARE(client.error(), Error::InvalidArgument);
        QCOMPARE(errors.size(), 1);
        const QStringList texts{why, client.errorString(), errors.first().at(1).toString()};
        QString leak;
        for (const QString &text : texts) {
            if (!secretIn(text).isEmpty()) {
                leak = text;
                break;
            }
        }
        // For a URL QUrl itself rejects, QUrl::errorString() quotes the whole
        // URL ("source was ...") with the password: setUrl() keeps only its reason.
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("an invalid URL's message holds its password: %1")
                                                    .arg(masked(leak))));
        // Never logged, though.
        VERIFY_NO_SECRET(QStringLiteral("the log"), logSince(m_mark));
    }
}

bool tst_Secrets::makeCertificates(const QString &dir, QString *error)
{
    // A CA, a server certificate for 127.0.0.1 and a client certificate
    // whose key is encrypted. The passphrase reaches openssl through its
    // environment, never its command line.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QTREDIS_TEST_KEY_PASS"), TlsPassphrase);
    const QString ext = QDir(dir).filePath(QStringLiteral("server.ext"));
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly) || extFile.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n") <= 0) {
        *error = QStringLiteral("cannot write %1").arg(ext);
        return false;
    }
    extFile.close();
    const auto words = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    const QStringList newKey = words("-newkey EC -pkeyopt ec_paramgen_curve:prime256v1");
    const QList<QStringList> steps = {
        words("req -x509") + newKey + words("-nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=test-CA"),
        words("req") + newKey + words("-nodes -keyout server.key -out server.csr -subj /CN=localhost"),
        words("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 "
              "-extfile server.ext"),
        words("req") + newKey + words("-passout env:QTREDIS_TEST_KEY_PASS -keyout client.key -out client.csr "
                                      "-subj /CN=client"),
        words("x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out client.pem -days 2"),
    };
    for (const QStringList &args : steps) {
        QProcess openssl;
        openssl.setWorkingDirectory(dir);
        openssl.setProcessEnvironment(env);
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), args);
        if (!openssl.waitForFinished(Timeout) || openssl.exitStatus() != QProcess::NormalExit
            || openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl %1 failed: %2").arg(args.first(),
                                                                 QString::fromLocal8Bit(openssl.readAll()));
            return false;
        }
    }
    return true;
}

// The passphrase of the client key: right (mutual TLS works), wrong, and
// with an unreadable key file; messages and logs never show it.
void tst_Secrets::tlsKeyPassphrase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString why;
    QVERIFY2(makeCertificates(dir.path(), &why), qPrintable(why));
    const auto file = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };

    const quint16 tlsPort = closedPort();
    QVERIFY(tlsPort != 0);
    RedisTestServer tlsServer;
    tlsServer.setCliPassword(MainPassword);
    QVERIFY2(tlsServer.start({QStringLiteral("--requirepass"), MainPassword,
                              QStringLiteral("--tls-port"), QString::number(tlsPort),
                              QStringLiteral("--tls-cert-file"), file("server.pem"),
                              QStringLiteral("--tls-key-file"), file("server.key"),
                              QStringLiteral("--tls-ca-cert-file"), file("ca.pem"),
                              QStringLiteral("--tls-auth-clients"), QStringLiteral("yes")}),
             qPrintable(tlsServer.errorString()));

    RedisConnectionOptions options;
    options.setHost(QStringLiteral("127.0.0.1"));
    options.setPort(tlsPort);
    options.setPassword(MainPassword);
    options.setAutoReconnect(false);
    options.setTlsEnabled(true);
    options.setTlsCaCertificateFile(file("ca.pem"));
    options.setTlsCertificateFile(file("client.pem"));
    options.setTlsPrivateKeyFile(file("client.key"));

    // The wrong passphrase: refused with a message in words.
    options.setTlsPrivateKeyPassphrase(WrongTlsPassphrase);
    QSslConfiguration configuration;
    QVERIFY(!options.resolveSslConfiguration(&configuration, &why));
    QVERIFY(!why.isEmpty());
    VERIFY_NO_SECRET(QStringLiteral("resolveSslConfiguration()'s message"), QStringList{why});
    {
        RedisClient client;
        client.setOptions(options);
        QSignalSpy errors(&client, &RedisClient::errorOccurred);
        client.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
        QCOMPARE(client.error(), Error::TlsHandshakeFailed);
        VERIFY_NO_SECRET(QStringLiteral("a TLS error"),
                         QStringList{client.errorString(), errors.first().at(1).toString()});
        QVERIFY(client.state() != State::Connected);
    }

    // The right one: mutual TLS, and the secret is nowhere either.
    options.setTlsPrivateKeyPassphrase(TlsPassphrase);
    QVERIFY2(options.resolveSslConfiguration(&configuration, &why), qPrintable(masked(why)));
    {
        RedisClient client;
        client.setOptions(options);
        QSignalSpy connected(&client, &RedisClient::connected);
        client.connectToServer();
        QVERIFY2(connected.wait(Timeout), qPrintable(masked(client.errorString())));
        QCOMPARE(run(client, {"SET", "auth", "v"}).toByteArray(), QByteArray("OK"));
        QCOMPARE(run(client, {"GET", "auth"}).toByteArray(), QByteArray("v"));
        VERIFY_NO_SECRET(QStringLiteral("url()"), QStringList{client.url().toString()});
        QVERIFY(anyContains(logSince(m_mark), QStringLiteral("(TLS)")));
    }
    // No file of the suite's own holds the passphrase in the clear (the
    // encrypted key file is what openssl wrote).
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(TlsPassphrase.toUtf8()), qPrintable(name));
    }
}

void tst_Secrets::sshCredentials_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<quint16>("port");
    // Refused at once, deterministic; and a name no resolver knows.
    QTest::newRow("nothing listening") << QStringLiteral("127.0.0.1") << closedPort();
    QTest::newRow("unknown host") << QStringLiteral("no-such-host.invalid") << quint16(22);
}

// An SSH tunnel to a host that does not exist: the attempt fails, in
// words, and neither the password nor the key passphrase shows anywhere.
void tst_Secrets::sshCredentials()
{
    QFETCH(QString, host);
    QFETCH(quint16, port);
    QVERIFY(port != 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QFile known(knownHosts);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.close();

    RedisConnectionOptions options;
    options.setHost(QStringLiteral("127.0.0.1"));
    options.setPort(server().port());
    options.setPassword(MainPassword);
    options.setAutoReconnect(false);
    options.setConnectTimeout(Timeout - 2000);
    options.setSshHost(host);
    options.setSshPort(port);
    options.setSshUser(QStringLiteral("nobody"));
    options.setSshPassword(SshPassword);
    options.setSshPassphrase(SshPassphrase);
    options.setSshIdentityFile(dir.filePath(QStringLiteral("id_none")));
    options.setSshKnownHostsFile(knownHosts);
    options.setSshConfigFile(QStringLiteral("none"));
    options.setSshUseAgent(false);

    RedisClient client;
    client.setOptions(options);
    QCOMPARE(client.options().sshPassword(), SshPassword);
    QSignalSpy errors(&client, &RedisClient::errorOccurred);
    Collector held;
    client.connectToServer();
    client.command({"PING"}, &client, held.callback());
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty() && !held.values.isEmpty(), Timeout);
    QVERIFY(client.state() != State::Connected);
    QVERIFY(client.error() != Error::NoError);
    QVERIFY(!client.errorString().isEmpty());
    QStringList texts{client.errorString(), client.url().toString(), options.sshEndpointText()};
    for (const QList<QVariant> &e : std::as_const(errors))
        texts << e.at(1).toString();
    texts << valueTexts(held.values.first());
    VERIFY_NO_SECRET(QStringLiteral("an SSH error text"), texts);
    QVERIFY(options.sshEndpointText().contains(host));
    // Nothing the attempt left behind holds them.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(SshPassword.toUtf8()) && !content.contains(SshPassphrase.toUtf8()),
                 qPrintable(name));
    }
}

void tst_Secrets::consoleMasksCommandLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    const QString m = QString::fromLatin1(CommandRedaction::Mask);
    QTest::newRow("AUTH pw") << QStringLiteral("AUTH Main-Pw-7f3a9e") << QStringLiteral("AUTH ") + m;
    QTest::newRow("auth user pw") << QStringLiteral("auth  bob \"Main-Pw-7f3a9e\"") << QStringLiteral("auth bob ") + m;
    QTest::newRow("AUTH quoted with space") << QStringLiteral("AUTH \"Main Pw-7f3a9e\"") << QStringLiteral("AUTH ") + m;
    QTest::newRow("AUTH unbalanced") << QStringLiteral("AUTH \"Main-Pw-7f3a9e") << QStringLiteral("AUTH ") + m;
    QTest::newRow("HELLO AUTH") << QStringLiteral("HELLO 3 AUTH bob Main-Pw-7f3a9e SETNAME x")
                                << QStringLiteral("HELLO 3 AUTH bob %1 SETNAME x").arg(m);
    QTest::newRow("HELLO plain") << QStringLiteral("HELLO 3") << QStringLiteral("HELLO 3");
    QTest::newRow("CONFIG SET requirepass") << QStringLiteral("config set requirepass New-Pw-c0ffee42")
                                            << QStringLiteral("config set requirepass ") + m;
    QTest::newRow("CONFIG SET several")
            << QStringLiteral("CONFIG SET maxmemory 1mb masterauth Main-Pw-7f3a9e masteruser bob")
            << QStringLiteral("CONFIG SET maxmemory 1mb masterauth %1 masteruser %1").arg(m);
    QTest::newRow("CONFIG SET other") << QStringLiteral("CONFIG SET maxmemory 1mb")
                                      << QStringLiteral("CONFIG SET maxmemory 1mb");
    QTest::newRow("CONFIG GET") << QStringLiteral("CONFIG GET requirepass") << QStringLiteral("CONFIG GET requirepass");
    QTest::newRow("ACL SETUSER") << QStringLiteral("ACL SETUSER u on >Acl-Pw-9d8e6b ~* +@all #abcdef <old !beef")
                                 << QStringLiteral("ACL SETUSER u on %1 ~* +@all %1 %1 %1").arg(m);
    QTest::newRow("MIGRATE AUTH") << QStringLiteral("MIGRATE h 6379 k 0 5000 COPY AUTH Migrate-Pw-4b1d77")
                                  << QStringLiteral("MIGRATE h 6379 k 0 5000 COPY AUTH ") + m;
    QTest::newRow("MIGRATE AUTH2") << QStringLiteral("migrate h 6379 \"\" 0 5000 auth2 bob pw KEYS auth k")
                                   << QStringLiteral("migrate h 6379 \"\" 0 5000 auth2 bob %1 KEYS auth k").arg(m);
    QTest::newRow("MIGRATE key named auth") << QStringLiteral("MIGRATE h 6379 auth 0 5000")
                                            << QStringLiteral("MIGRATE h 6379 auth 0 5000");
    QTest::newRow("SET auth") << QStringLiteral("SET auth v") << QStringLiteral("SET auth v");
    QTest::newRow("GET auth") << QStringLiteral("GET auth") << QStringLiteral("GET auth");
    QTest::newRow("binary kept") << QStringLiteral("AUTH u \"a\\x00b\"") << QStringLiteral("AUTH u ") + m;
    QTest::newRow("quotes kept") << QStringLiteral("HELLO 2 AUTH \"a b\\x01\" pw")
                                 << QStringLiteral("HELLO 2 AUTH \"a b\\x01\" ") + m;
    QTest::newRow("connect url") << QStringLiteral("connect rediss://bob:Url-Pw-8e8e21@host:6380/2?cacert=/ca.pem")
                                 << QStringLiteral("connect rediss://bob:%1@host:6380/2?cacert=/ca.pem").arg(m);
    QTest::newRow("connect url no pw") << QStringLiteral("connect redis://bob@host:6380")
                                       << QStringLiteral("connect redis://bob@host:6380");
    QTest::newRow("SENTINEL SET") << QStringLiteral("SENTINEL SET mymaster auth-pass Main-Pw-7f3a9e quorum 2")
                                  << QStringLiteral("SENTINEL SET mymaster auth-pass %1 quorum 2").arg(m);
}

// What the console shows and keeps (qtredis-console's CommandRedaction).
void tst_Secrets::consoleMasksCommandLines()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const QString shown = CommandRedaction::redactLine(line);
    QCOMPARE(shown, expected);
    VERIFY_NO_SECRET(QStringLiteral("the masked line"), QStringList{shown});
    // What is kept still reads as the same command, but for the secrets.
    QList<QByteArray> original;
    QList<QByteArray> kept;
    if (RedisClient::splitCommandLine(line, &original) && !original.first().startsWith("connect")) {
        QVERIFY(RedisClient::splitCommandLine(shown, &kept));
        QCOMPARE(kept, CommandRedaction::redactArguments(original));
    }
}

void tst_Secrets::consoleMasksUrlErrors()
{
    const QString url = QStringLiteral("redis://bob:%1@bad host:6379").arg(UrlPassword);
    const QString message = QStringLiteral("invalid: source was \"%1\"").arg(url);
    const QString shown = CommandRedaction::maskUrlPassword(message, url);
    QVERIFY(!shown.contains(UrlPassword));
    QVERIFY(shown.contains(QLatin1String("bad host")));
    const QString encoded = QStringLiteral("redis://bob:Url%2DPw-8e8e21@host");
    QVERIFY(!CommandRedaction::maskUrlPassword(QStringLiteral("x Url-Pw-8e8e21 y"), encoded).contains(UrlPassword));
}

// A server may quote a secret argument in its error reply: what the console
// shows of a reply is masked with the command's secrets.
void tst_Secrets::consoleMasksErrorReplies()
{
    const QList<QByteArray> args{"ACL", "SETUSER", "u", "<" + AclPassword.toUtf8(), "#abc"};
    const QList<QByteArray> secrets = CommandRedaction::secretValues(args);
    QCOMPARE(secrets, (QList<QByteArray>{"<" + AclPassword.toUtf8(), "#abc"}));
    const QString reply = QStringLiteral("(error) ERR Error in ACL SETUSER modifier '<%1': The password you are "
                                         "trying to remove from the user does not exist").arg(AclPassword);
    const QString shown = CommandRedaction::maskSecrets(reply, secrets);
    QVERIFY(secretIn(shown).isEmpty());
    QVERIFY(shown.contains(QLatin1String("modifier '********'")));
    // A short secret goes only where it is quoted; the rest of the text stays.
    QCOMPARE(CommandRedaction::maskSecrets(QStringLiteral("ERR invalid 'ab' in a tab"), {"ab"}),
             QStringLiteral("ERR invalid '********' in a tab"));
    // Bytes that are shown escaped are found in their escaped form too.
    QCOMPARE(CommandRedaction::maskSecrets(QStringLiteral("ERR \"p\\x00w-longer\""), {QByteArray("p\0w-longer", 10)}),
             QStringLiteral("ERR \"********\""));
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
