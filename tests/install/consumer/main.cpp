// Uses only the installed headers and library: connects to a socket that
// does not exist and expects the documented error.
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

// Every include form an installed QtRedis offers.
#include <QtRedis/QtRedis>                  // the module header
#include <QtRedis/RedisConnectionOptions>   // Qt style, one per class
#include <QtRedis/redisreply.h>             // file name under QtRedis/
#include <redisclient.h>                    // the flat form of earlier versions

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    RedisClient client;
    int result = 1;
    QObject::connect(&client, &RedisClient::errorOccurred, &app, [&](QtRedis::Error error, const QString &message) {
        std::printf("errorOccurred: %s\n", qPrintable(message));
        result = error == QtRedis::Error::ConnectionRefused ? 0 : 1;
        app.quit();
    });
    QTimer::singleShot(10000, &app, &QCoreApplication::quit);
    RedisConnectionOptions options;
    if (!options.setUrl(QUrl(QStringLiteral("unix:///nonexistent/qtredis-consumer.sock"))))
        return 1;
    client.setOptions(options);
    client.connectToServer();
    app.exec();
    return result;
}
