// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "consolecommandline.h"
#include "consolewindow.h"

#include <redisclient.h>

#include <QtWidgets/qapplication.h>

#include <cstdio>

namespace {

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

    ConsoleCommandLine commandLine;
    commandLine.parser().process(app);

    // Everything is gathered in one set of options, then handed to the client.
    RedisConnectionOptions options;
    QString why;
    if (!commandLine.toOptions(&options, &why))
        return fail(why);

    ConsoleWindow window;
    RedisClient *client = window.client();
    client->setOptions(options);

    // A scripted run must end: it fails fast instead of waiting for a server.
    if (commandLine.quitAfterExec())
        client->setAutoReconnect(false);
    window.show();
    // The options carry the topology: one server, a cluster or sentinels.
    client->connectToServer();
    if (!commandLine.execLines().isEmpty() || commandLine.quitAfterExec())
        window.runScript(commandLine.execLines(), commandLine.quitAfterExec());

    return app.exec();
}
