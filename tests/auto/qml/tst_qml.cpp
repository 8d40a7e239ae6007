// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The Qt Quick Test suite of the QML module QtRedis: the tests are the
// tst_*.qml files next to this one. This setup starts a private redis-server
// for the whole run and gives every test file's engine these context
// properties:
//   redisHost, redisPort, redisSocket  where the server listens
//   redisError                         non-empty if it could not start (tests skip)
//   redisServer.cli([args])            runs redis-cli against it, returns its output
//   redisServer.closedPort()           a TCP port on 127.0.0.1 where nothing listens
//   cppClient                          a RedisClient made in C++ (one per engine)
//   redisServer.clientInfo(obj)        what C++ sees of a RedisClient made in QML
//   redisServer.cppSubscribe(client, channel, on)  subscribes/unsubscribes from C++
//   redisServer.cppConnect(client)     RedisClient::connectToServer() from C++
//   redisClusterPort, redisClusterError  a one-node Redis Cluster (every slot)
//   redisServer.isCluster(client)      RedisClient::isCluster()
#include <QtCore/QObject>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQuickTest/quicktest.h>

#include <redisclient.h>
#include <redissubscription.h>

#include <redistestserver.h>
#include <testhelpers.h>

class RedisQmlTestSetup : public QObject
{
    Q_OBJECT
public:
    RedisQmlTestSetup() = default;

    Q_INVOKABLE QString cli(const QStringList &args)
    {
        return QString::fromUtf8(m_server.cli(args));
    }
    Q_INVOKABLE int closedPort() const { return QtRedisTest::closedPort(); }

    // "RedisClient <clientName>" if object is a RedisClient (as a C++ model
    // whose client property is a RedisClient * would see it), else "".
    Q_INVOKABLE QString clientInfo(QObject *object) const
    {
        auto *client = qobject_cast<RedisClient *>(object);
        return client ? QStringLiteral("RedisClient ") + client->clientName() : QString();
    }

    Q_INVOKABLE bool isCluster(QObject *object) const
    {
        auto *client = qobject_cast<RedisClient *>(object);
        return client && client->isCluster();
    }
    // connectToServer() from C++ (a client made in C++ has no QML extension).
    Q_INVOKABLE bool cppConnect(QObject *object)
    {
        auto *client = qobject_cast<RedisClient *>(object);
        if (client)
            client->connectToServer();
        return client != nullptr;
    }

    // The C++ API on the same client: subscribe() / unsubscribe() a channel.
    // Returns the C++ subscription's state, -1 if object is no RedisClient.
    Q_INVOKABLE int cppSubscribe(QObject *object, const QString &channel, bool on)
    {
        auto *client = qobject_cast<RedisClient *>(object);
        if (!client)
            return -1;
        RedisSubscription *subscription = client->subscribe(channel.toUtf8());
        if (!on)
            subscription->unsubscribe();
        return int(subscription->state());
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        if (!m_server.start())
            m_error = m_server.errorString();
        // A cluster of one node that serves every slot: enough for the
        // cluster URL, routing and the keys model in QML.
        if (!m_clusterNode.start({QStringLiteral("--cluster-enabled"), QStringLiteral("yes"),
                                  QStringLiteral("--cluster-config-file"), QStringLiteral("nodes.conf")})) {
            m_clusterError = m_clusterNode.errorString();
        } else if (m_clusterNode.cli({QStringLiteral("CLUSTER"), QStringLiteral("ADDSLOTSRANGE"), QStringLiteral("0"),
                                      QStringLiteral("16383")}).trimmed() != "OK"
                   || !QTest::qWaitFor([this] {
                          return m_clusterNode.cli({QStringLiteral("CLUSTER"), QStringLiteral("INFO")})
                                  .contains("cluster_state:ok");
                      }, QtRedisTest::Timeout)) {
            m_clusterError = QStringLiteral("the one-node cluster did not become ok");
        }
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The module in the build tree, also without QML_IMPORT_PATH / -import.
        engine->addImportPath(QStringLiteral(QTREDIS_QML_IMPORT_DIR));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("redisHost"), m_server.host());
        context->setContextProperty(QStringLiteral("redisPort"), int(m_server.port()));
        context->setContextProperty(QStringLiteral("redisSocket"), m_server.unixSocketPath());
        context->setContextProperty(QStringLiteral("redisError"), m_error);
        context->setContextProperty(QStringLiteral("redisClusterPort"), int(m_clusterNode.port()));
        context->setContextProperty(QStringLiteral("redisClusterError"), m_clusterError);
        context->setContextProperty(QStringLiteral("redisServer"), this);
        // Owned by the engine: destroyed with it, after the test file ran.
        auto *client = new RedisClient(engine);
        client->setClientName(QStringLiteral("qml-cpp-client"));
        context->setContextProperty(QStringLiteral("cppClient"), client);
    }

    void cleanupTestCase()
    {
        m_server.stop();
        m_clusterNode.stop();
    }

private:
    RedisTestServer m_server;
    QString m_error;
    RedisTestServer m_clusterNode;
    QString m_clusterError;
};

QUICK_TEST_MAIN_WITH_SETUP(qml, RedisQmlTestSetup)

#include "tst_qml.moc"
