// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "consolewindow.h"

#include <redisclient.h>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qurl.h>
#include <QtWidgets/qapplication.h>

#include <cstdio>

namespace {

// Translation context for the strings of main().
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QtRedis"));
    QApplication::setApplicationName(QStringLiteral("qtredis-console"));
    QApplication::setApplicationVersion(QStringLiteral(QTREDIS_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("A redis-cli like console built on QtRedis. "
                                              "Connects to 127.0.0.1:6379 unless told otherwise."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
        Main::tr("Server URL: redis://[user[:password]@]host[:port][/db] "
                 "or unix://[user[:password]@]/path[?db=N]."),
        Main::tr("url"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
        Main::tr("Server host name (default 127.0.0.1)."), Main::tr("host"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        Main::tr("Server port (default 6379)."), Main::tr("port"));
    const QCommandLineOption socketOption(QStringLiteral("socket"),
        Main::tr("Server unix socket path."), Main::tr("path"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
        Main::tr("Password sent with AUTH (overrides the one in --url)."), Main::tr("password"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        Main::tr("Database number to SELECT (overrides the one in --url)."), Main::tr("n"));
    const QCommandLineOption execOption(QStringLiteral("exec"),
        Main::tr("Run a command line at startup and print its reply to stdout (repeatable)."),
        Main::tr("command"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-exec"),
        Main::tr("Quit once the --exec commands are done: exit code 0 if all succeeded, 1 otherwise."));
    parser.addOptions({urlOption, hostOption, portOption, socketOption, passwordOption, dbOption,
                       execOption, quitOption});
    parser.process(app);

    const bool hostOrPort = parser.isSet(hostOption) || parser.isSet(portOption);
    if (parser.isSet(urlOption) && (hostOrPort || parser.isSet(socketOption)))
        return fail(Main::tr("--url cannot be combined with --host, --port or --socket."));
    if (parser.isSet(socketOption) && hostOrPort)
        return fail(Main::tr("--socket cannot be combined with --host or --port."));

    ConsoleWindow window;
    RedisClient *client = window.client();

    if (parser.isSet(urlOption)) {
        if (!client->setUrl(QUrl(parser.value(urlOption), QUrl::StrictMode)))
            return fail(Main::tr("Invalid --url: %1").arg(client->errorString()));
    } else if (parser.isSet(socketOption)) {
        client->setUnixSocketPath(parser.value(socketOption));
    } else {
        bool ok = true;
        const uint port = parser.isSet(portOption) ? parser.value(portOption).toUInt(&ok) : 6379;
        if (!ok || port == 0 || port > 65535)
            return fail(Main::tr("Invalid --port: %1").arg(parser.value(portOption)));
        client->setHost(parser.isSet(hostOption) ? parser.value(hostOption) : QStringLiteral("127.0.0.1"));
        client->setPort(quint16(port));
    }
    // Given after --url, these override what the URL says.
    if (parser.isSet(passwordOption))
        client->setPassword(parser.value(passwordOption));
    if (parser.isSet(dbOption)) {
        bool ok = false;
        const int db = parser.value(dbOption).toInt(&ok);
        if (!ok || db < 0)
            return fail(Main::tr("Invalid --db: %1").arg(parser.value(dbOption)));
        client->setDatabase(db);
    }

    // A scripted run must end: it fails fast instead of waiting for a server.
    if (parser.isSet(quitOption))
        client->setAutoReconnect(false);
    window.show();
    client->connectToServer();
    if (parser.isSet(execOption) || parser.isSet(quitOption))
        window.runScript(parser.values(execOption), parser.isSet(quitOption));

    return app.exec();
}
