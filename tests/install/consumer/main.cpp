// Uses only the installed headers and library: connects to a socket that
// does not exist and expects the documented error.
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <redisclient.h>

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
    client.connectToUnixSocket(QStringLiteral("/nonexistent/qtredis-consumer.sock"));
    app.exec();
    return result;
}
