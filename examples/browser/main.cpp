// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// qtredis-browser: a Redis browser written in QML (the QtRedisBrowser module,
// see Main.qml and README.md). This file handles the command line, the language and
// the --screenshot mode.
//
//   qtredis-browser [--url URL] [--lang en|de|zh_CN] [--key KEY]
//                   [--screenshot FILE [--size WxH]] [--settings FILE]
//                   [--edit-connection NAME]
//
// --edit-connection opens the connection dialog on a saved connection at
// start (with --screenshot: the window is saved with the dialog open).
//
// --screenshot renders the window once the initial data is loaded (keys
// listed, a value shown), saves it as FILE (the format follows the suffix,
// PNG by default) and exits 0; it exits 1 on a failure or after 30 s.
#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickWindow>
#include <QtQuickControls2/QQuickStyle>

#include <redisconnectionoptions.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(QtRedisBrowserPlugin)

Q_LOGGING_CATEGORY(lcBrowser, "qtredis.browser", QtWarningMsg)

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "qtredis-browser: %s\n", qPrintable(message));
}

} // namespace

// Saves the window once the QML says the initial data is shown.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(QQuickWindow *window, const QString &file)
        : m_window(window), m_file(file)
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            fail(tr("the initial data did not load within 30 s"));
        });
        m_deadline.start(30000);
    }

public Q_SLOTS:
    void ready()
    {
        if (m_done)
            return;
        // Let the views lay out the rows that just arrived, then render.
        QTimer::singleShot(400, this, [this] {
            if (m_done)
                return;
            m_done = true;
            const QImage image = m_window->grabWindow();
            if (image.isNull() || !image.save(m_file)) {
                printError(tr("could not save the screenshot to %1").arg(m_file));
                QCoreApplication::exit(1);
                return;
            }
            std::printf("%s\n", qPrintable(tr("screenshot saved to %1 (%2x%3)")
                                                   .arg(QFileInfo(m_file).absoluteFilePath())
                                                   .arg(image.width())
                                                   .arg(image.height())));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }

    void fail(const QString &reason)
    {
        if (m_done)
            return;
        m_done = true;
        printError(tr("no screenshot: %1").arg(reason));
        QCoreApplication::exit(1);
    }

private:
    QQuickWindow *m_window;
    QString m_file;
    QTimer m_deadline;
    bool m_done = false;
};

int main(int argc, char **argv)
{
    const bool headless = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("QtRedis"));
    QGuiApplication::setApplicationName(QStringLiteral("qtredis-browser"));
    QGuiApplication::setApplicationDisplayName(QGuiApplication::translate("main", "QtRedis Browser"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QGuiApplication::translate("main", "A Redis browser."));
    parser.addHelpOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
            QGuiApplication::translate("main", "Open this connection at start (redis:// or unix:// URL)."),
            QStringLiteral("url"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
            QGuiApplication::translate("main", "The interface language: en, de or zh_CN (default: the system's)."),
            QStringLiteral("code"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
            QGuiApplication::translate("main", "Show this key once the connection is open (\\xHH escapes allowed)."),
            QStringLiteral("key"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
            QGuiApplication::translate("main", "Save the window to this image file once the initial data is shown, "
                                               "then exit (exit code 1 on a failure or after 30 s)."),
            QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
            QGuiApplication::translate("main", "The window size, e.g. 1280x800."), QStringLiteral("WxH"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
            QGuiApplication::translate("main", "Keep saved connections in this INI file instead of the user's settings."),
            QStringLiteral("file"));
    const QCommandLineOption editOption(QStringLiteral("edit-connection"),
            QGuiApplication::translate("main", "Open the connection dialog on this saved connection at start."),
            QStringLiteral("name"));
    parser.addOptions({urlOption, langOption, keyOption, screenshotOption, sizeOption, settingsOption, editOption});
    parser.process(app);

    QString url = parser.value(urlOption);
    if (parser.isSet(urlOption)) {
        bool usable = false;
        QString why;
        RedisConnectionOptions::fromUrl(QUrl(url.trimmed()), &usable, &why);
        if (!usable) {
            // Why, not the URL: it may hold a password.
            printError(QGuiApplication::translate("main", "--url cannot be used: %1").arg(why));
            return 1;
        }
    }

    int width = 1280;
    int height = 800;
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const auto match = sizePattern.match(parser.value(sizeOption));
        if (!match.hasMatch()) {
            printError(QGuiApplication::translate("main", "--size wants WIDTHxHEIGHT, e.g. 1280x800"));
            return 1;
        }
        width = match.captured(1).toInt();
        height = match.captured(2).toInt();
    }

    const QString screenshot = parser.value(screenshotOption);
    if (parser.isSet(screenshotOption) && screenshot.isEmpty()) {
        printError(QGuiApplication::translate("main", "--screenshot needs a file name"));
        return 1;
    }
    if (!parser.isSet(screenshotOption) && QGuiApplication::platformName() == QLatin1String("offscreen"))
        printError(QGuiApplication::translate("main", "no display: the window is not shown (use --screenshot FILE)"));

    // The software renderer needs no GPU; the offscreen platform has none.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QQmlApplicationEngine engine;
    // The browser's own module is compiled in: its qmldir is :/QtRedisBrowser/qmldir
    // (the QML files are in folders, so the import must find the module,
    // not just the directory of Main.qml).
    engine.addImportPath(QStringLiteral("qrc:/"));
    // The QtRedis module: next to an installed executable, or in the build tree.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .absoluteFilePath(QStringLiteral(QTREDIS_QML_RELATIVE_IMPORT_DIR));
    if (QFileInfo::exists(installed + QStringLiteral("/QtRedis/qmldir")))
        engine.addImportPath(installed);
    else if (QFileInfo::exists(QStringLiteral(QTREDIS_QML_BUILD_IMPORT_DIR "/QtRedis/qmldir")))
        engine.addImportPath(QStringLiteral(QTREDIS_QML_BUILD_IMPORT_DIR));

    engine.setInitialProperties({
        {QStringLiteral("startUrl"), url},
        {QStringLiteral("initialKey"), parser.value(keyOption)},
        {QStringLiteral("initialLanguage"), parser.value(langOption)},
        {QStringLiteral("settingsFile"), parser.value(settingsOption)},
        {QStringLiteral("editConnection"), parser.value(editOption)},
        {QStringLiteral("screenshotMode"), parser.isSet(screenshotOption)},
        {QStringLiteral("width"), width},
        {QStringLiteral("height"), height},
    });
    engine.load(QUrl(QStringLiteral("qrc:/QtRedisBrowser/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;

    std::unique_ptr<ScreenshotTaker> taker;
    if (parser.isSet(screenshotOption)) {
        taker = std::make_unique<ScreenshotTaker>(window, screenshot);
        QObject::connect(window, SIGNAL(screenshotReady()), taker.get(), SLOT(ready()));
        QObject::connect(window, SIGNAL(screenshotFailed(QString)), taker.get(), SLOT(fail(QString)));
        if (url.isEmpty())
            qCInfo(lcBrowser, "--screenshot without --url: the window is saved without a connection");
    }
    return app.exec();
}

#include "main.moc"
