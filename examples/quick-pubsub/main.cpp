// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// qtredis-quick-pubsub: a chat over Redis pub/sub written in QML (Main.qml).
// This file only starts the QML engine and hands it the command line.
//
//   qtredis-quick-pubsub [--url redis://127.0.0.1:6379] [--room lobby] [--smoke-test]
//
// --smoke-test connects, publishes one message, waits until it comes back
// through the subscription, prints it and exits 0; it exits 1 on an error or
// after 10 s. Without a display it runs on the offscreen platform.
#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QUrl>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlApplicationEngine>
#include <QtQuick/QQuickWindow>

#include <cstdio>

int main(int argc, char **argv)
{
    // No display: render offscreen (the chat logic needs no screen).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("qtredis-quick-pubsub"));
    QGuiApplication::setApplicationDisplayName(QGuiApplication::translate("main", "QtRedis chat"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QGuiApplication::translate("main", "A chat over Redis pub/sub, written in QML."));
    parser.addHelpOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
            QGuiApplication::translate("main", "The Redis server (redis:// or unix:// URL)."),
            QStringLiteral("url"), QStringLiteral("redis://127.0.0.1:6379"));
    const QCommandLineOption roomOption(QStringLiteral("room"),
            QGuiApplication::translate("main", "The chat room (the channel is chat:<room>)."),
            QStringLiteral("room"), QStringLiteral("lobby"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke-test"),
            QGuiApplication::translate("main", "Publish one message, wait for it to come back, print it and exit "
                                               "(exit code 1 on an error or after 10 s)."));
    parser.addOptions({urlOption, roomOption, smokeOption});
    parser.process(app);

    const QUrl url(parser.value(urlOption));
    if (!url.isValid() || url.scheme().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QGuiApplication::translate("main", "Not a URL: %1").arg(parser.value(urlOption))));
        return 1;
    }

    // The software renderer needs no GPU; the offscreen platform has none.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QQmlApplicationEngine engine;
    // The QtRedis module: next to an installed executable, or in the build tree.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .absoluteFilePath(QStringLiteral(QTREDIS_QML_RELATIVE_IMPORT_DIR));
    if (QFileInfo::exists(installed + QStringLiteral("/QtRedis/qmldir")))
        engine.addImportPath(installed);
    else if (QFileInfo::exists(QStringLiteral(QTREDIS_QML_BUILD_IMPORT_DIR "/QtRedis/qmldir")))
        engine.addImportPath(QStringLiteral(QTREDIS_QML_BUILD_IMPORT_DIR));

    engine.setInitialProperties({
        {QStringLiteral("serverUrl"), url},
        {QStringLiteral("room"), parser.value(roomOption)},
        {QStringLiteral("smokeTest"), parser.isSet(smokeOption)},
    });
    engine.load(QUrl(QStringLiteral("qrc:/QuickPubSub/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
