// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "consolewindow.h"

#include "commandredaction.h"

#include <redismonitor.h>
#include <redissubscription.h>

#include <QtCore/qdatetime.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qsettings.h>
#include <QtCore/qurl.h>
#include <QtGui/qevent.h>
#include <QtGui/qfontdatabase.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qstatusbar.h>

#include <cstdio>

namespace {

constexpr qsizetype MaxHistory = 500;
constexpr int MaxOutputLines = 10000;

void writeTo(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

ConsoleWindow::ConsoleWindow(QWidget *parent)
    : QMainWindow(parent),
      m_client(new RedisClient(this)),
      m_output(new QPlainTextEdit(this)),
      m_input(new QLineEdit(this)),
      m_stateLabel(new QLabel(this)),
      m_addressLabel(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_rttLabel(new QLabel(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_output->setReadOnly(true);
    m_output->setUndoRedoEnabled(false);
    m_output->setMaximumBlockCount(MaxOutputLines);
    m_output->setFont(mono);

    m_input->setFont(mono);
    m_input->setPlaceholderText(tr("Type a Redis command, or \"help\""));
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleWindow::submitInput);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_input);
    setCentralWidget(central);

    // Server data and error messages are shown as plain text, never as markup.
    for (QLabel *label : {m_stateLabel, m_addressLabel, m_errorLabel, m_rttLabel})
        label->setTextFormat(Qt::PlainText);
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_addressLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_rttLabel);
    m_rttLabel->setText(tr("Last command: -"));

    connect(m_client, &RedisClient::stateChanged, this, &ConsoleWindow::updateState);
    connect(m_client, &RedisClient::reconnectScheduled, this, &ConsoleWindow::updateCountdown);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &ConsoleWindow::updateCountdown);
    connect(m_client, &RedisClient::hostChanged, this, &ConsoleWindow::updateAddress);
    connect(m_client, &RedisClient::portChanged, this, &ConsoleWindow::updateAddress);
    connect(m_client, &RedisClient::unixSocketPathChanged, this, &ConsoleWindow::updateAddress);
    connect(m_client, &RedisClient::errorOccurred, this,
            [this](QtRedis::Error error, const QString &message) {
                if (error == QtRedis::Error::ServerError)
                    return; // showReply() shows it, with the command's secrets masked
                m_errorLabel->setText(tr("Last error: %1").arg(message));
                m_output->appendPlainText(tr("(client) %1").arg(message));
            });

    updateState(m_client->state());
    updateAddress();
    m_clock.start();

    resize(900, 600);
    loadSettings();
    m_input->setFocus();
}

ConsoleWindow::~ConsoleWindow()
{
    saveSettings();
    // Destroy the client while the window is whole: callbacks of commands
    // still pending run now (with Error::Aborted), not in QWidget's destructor.
    m_script.clear();
    m_quitAfterScript = false;
    m_client->disconnect(this);
    delete m_client;
}

void ConsoleWindow::runScript(const QStringList &lines, bool quitWhenDone)
{
    m_script = lines;
    m_quitAfterScript = quitWhenDone;
    m_scriptFailed = false;
    QMetaObject::invokeMethod(this, &ConsoleWindow::runNextScriptLine, Qt::QueuedConnection);
}

void ConsoleWindow::runNextScriptLine()
{
    while (!m_script.isEmpty()) {
        if (runLine(m_script.takeFirst(), Origin::Script))
            return; // the reply callback continues the script
    }
    if (m_quitAfterScript)
        QCoreApplication::exit(m_scriptFailed ? 1 : 0);
}

void ConsoleWindow::submitInput()
{
    const QString line = m_input->text();
    m_input->clear();
    if (line.trimmed().isEmpty())
        return;
    addToHistory(line);
    runLine(line, Origin::User);
}

// Returns true if a command was sent and its reply is still to come.
bool ConsoleWindow::runLine(const QString &line, Origin origin)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return false;
    // Echoed with its credentials masked (the window may be shared or recorded).
    m_output->appendPlainText(prompt() + CommandRedaction::redactLine(trimmed));

    QList<QByteArray> args;
    if (!RedisClient::splitCommandLine(trimmed, &args)) {
        printError(tr("(error) Invalid argument(s): unbalanced quotes"), origin);
        return false;
    }
    if (args.isEmpty() || runBuiltin(args, origin))
        return false;

    // Follow SELECT so that the prompt and a reconnect use the new database.
    int selectedDb = -1;
    if (args.size() == 2 && args.first().compare("select", Qt::CaseInsensitive) == 0) {
        bool ok = false;
        selectedDb = args.at(1).toInt(&ok);
        if (!ok)
            selectedDb = -1;
    }

    const qint64 sentAt = m_clock.nsecsElapsed();
    m_client->command(args, this, [this, sentAt, origin, selectedDb,
                                   secrets = CommandRedaction::secretValues(args)](const RedisValue &value) {
        if (selectedDb >= 0 && !value.isError())
            m_client->setDatabase(selectedDb);
        showReply(value, sentAt, origin, secrets);
        if (origin == Origin::Script)
            runNextScriptLine();
    });
    return true;
}

bool ConsoleWindow::runBuiltin(const QList<QByteArray> &args, Origin origin)
{
    const QByteArray name = args.first().toLower();
    if (name == "clear") {
        m_output->clear();
    } else if (name == "help") {
        print(tr("Type Redis commands as in redis-cli, for example: SET key \"a\\x00b\"\n"
                 "Built-in commands:\n"
                 "  help                   show this help\n"
                 "  clear                  clear the output\n"
                 "  connect <url>          connect to redis://[user:password@]host[:port][/db],\n"
                 "                         rediss://... (TLS; ?cacert=&cert=&key=&sni=&insecure=1)\n"
                 "                         or unix://[user:password@]/path/to/socket[?db=N]\n"
                 "  connect <host> [port]  connect to host:port (port 6379 by default)\n"
                 "  connect </path>        connect to a unix socket\n"
                 "  connect                reconnect with the current settings\n"
                 "  disconnect             close the connection\n"
                 "  subscribe, psubscribe, ssubscribe <name>...  listen (on a pub/sub connection)\n"
                 "  unsubscribe, punsubscribe, sunsubscribe [<name>...]  stop (all without names)\n"
                 "  monitor [stop]         show every command the server runs\n"
                 "  quit, exit             leave the console\n"
                 "Up and Down walk the command history. Passwords in AUTH, HELLO, CONFIG SET,\n"
                 "ACL SETUSER, MIGRATE and connect URLs are shown and kept as ********."),
              origin);
    } else if (RedisClient::isStreamCommand(name)) {
        runStreamCommand(args, origin);
    } else if (name == "connect") {
        connectTo(args, origin);
    } else if (name == "disconnect") {
        m_client->disconnectFromServer();
    } else if (name == "quit" || name == "exit") {
        if (origin == Origin::Script) {
            m_script.clear();
            QCoreApplication::exit(m_scriptFailed ? 1 : 0);
        } else {
            close();
        }
    } else {
        return false;
    }
    return true;
}

// SUBSCRIBE & co. and MONITOR go through the client's pub/sub and MONITOR
// objects; their messages are printed as they arrive, as redis-cli does.
void ConsoleWindow::runStreamCommand(const QList<QByteArray> &args, Origin origin)
{
    const QByteArray name = args.first().toLower();
    const QList<QByteArray> names = args.mid(1);
    if (name == "monitor") {
        RedisMonitor *monitor = m_client->monitor();
        if (names.value(0).toLower() == "stop") {
            monitor->stop();
            print(tr("MONITOR stopped"), origin);
            return;
        }
        if (!m_monitorConnected) {
            m_monitorConnected = true;
            connect(monitor, &RedisMonitor::lineReceived, this,
                    [this, origin](const QByteArray &line) { print(QString::fromLatin1(line), origin); });
            connect(monitor, &RedisMonitor::errorChanged, this, [this, monitor, origin] {
                if (monitor->error() != QtRedis::Error::NoError)
                    printError(tr("(error) MONITOR: %1").arg(monitor->errorString()), origin);
            });
        }
        monitor->start();
        print(tr("MONITOR started (\"monitor stop\" stops it)"), origin);
        return;
    }
    const bool unsubscribe = name.contains("unsubscribe");
    const RedisSubscription::Kind kind = name.startsWith('p') ? RedisSubscription::Kind::Pattern
            : name.startsWith("ss") || name.startsWith("sun") ? RedisSubscription::Kind::ShardChannel
                                                            : RedisSubscription::Kind::Channel;
    if (unsubscribe) {
        const QList<RedisSubscription *> all = m_client->subscriptions();
        for (RedisSubscription *s : all) {
            if (s->kind() == kind && (names.isEmpty() || names.contains(s->name()))) {
                print(RedisValue::fromArray({RedisValue::fromString(name), RedisValue::fromString(s->name())})
                              .toCliString(), origin);
                delete s;
            }
        }
        return;
    }
    if (names.isEmpty()) {
        printError(tr("(error) ERR wrong number of arguments for '%1' command").arg(QString::fromLatin1(name)),
                   origin);
        return;
    }
    for (const QByteArray &channel : names) {
        RedisSubscription *s = kind == RedisSubscription::Kind::Pattern ? m_client->psubscribe(channel)
                : kind == RedisSubscription::Kind::ShardChannel        ? m_client->ssubscribe(channel)
                                                                       : m_client->subscribe(channel);
        if (s->property("consoleWatched").toBool())
            continue;
        s->setProperty("consoleWatched", true);
        connect(s, &RedisSubscription::messageReceived, this,
                [this, origin, kind](const QByteArray &ch, const QByteArray &payload, const QByteArray &pattern) {
                    QList<RedisValue> parts;
                    if (kind == RedisSubscription::Kind::Pattern)
                        parts << RedisValue::fromString("pmessage") << RedisValue::fromString(pattern);
                    else
                        parts << RedisValue::fromString(kind == RedisSubscription::Kind::ShardChannel ? "smessage"
                                                                                                      : "message");
                    parts << RedisValue::fromString(ch) << RedisValue::fromString(payload);
                    print(RedisValue::fromArray(parts).toCliString(), origin);
                });
        connect(s, &RedisSubscription::stateChanged, this, [this, s, origin, name](RedisSubscription::State st) {
            if (st == RedisSubscription::State::Subscribed)
                print(RedisValue::fromArray({RedisValue::fromString(name), RedisValue::fromString(s->name())})
                              .toCliString(), origin);
            else if (st == RedisSubscription::State::Error)
                printError(tr("(error) %1").arg(s->errorString()), origin);
        });
    }
}

void ConsoleWindow::connectTo(const QList<QByteArray> &args, Origin origin)
{
    if (args.size() == 1) {
        m_client->connectToServer();
        return;
    }
    const QString target = QString::fromUtf8(args.at(1));
    if (args.size() == 2 && target.contains(QLatin1String("://"))) {
        // Checked here first: the client's message may quote the URL, and
        // is shown without its password.
        RedisConnectionOptions probe = m_client->options();
        QString why;
        if (!probe.setUrl(QUrl(target, QUrl::StrictMode), &why)) {
            printError(tr("(error) %1").arg(CommandRedaction::maskUrlPassword(why, target)), origin);
            return;
        }
        m_client->connectToUrl(QUrl(target, QUrl::StrictMode));
        return;
    }
    if (args.size() == 2 && target.startsWith(QLatin1Char('/'))) {
        m_client->connectToUnixSocket(target);
        return;
    }
    bool ok = true;
    const uint port = args.size() == 3 ? args.at(2).toUInt(&ok) : 6379;
    if (args.size() > 3 || !ok || port == 0 || port > 65535) {
        printError(tr("(error) Usage: connect <url> | connect <host> [port] | connect </path>"), origin);
        return;
    }
    m_client->connectToHost(target, quint16(port));
}

void ConsoleWindow::showReply(const RedisValue &value, qint64 sentAtNs, Origin origin,
                              const QList<QByteArray> &secrets)
{
    const double ms = double(m_clock.nsecsElapsed() - sentAtNs) / 1e6;
    m_rttLabel->setText(tr("Last command: %1 ms").arg(ms, 0, 'f', 2));

    // A server may quote a secret argument in its error reply.
    if (value.isServerError())
        m_errorLabel->setText(tr("Last error: %1").arg(CommandRedaction::maskSecrets(value.errorString(), secrets)));
    QString clientError = value.errorString();
    // "Not connected" alone does not say why: add the connection's own error.
    if (value.error() == QtRedis::Error::NotConnected && m_client->error() != QtRedis::Error::NoError
        && m_client->errorString() != clientError) {
        clientError = tr("%1 (%2)").arg(clientError, m_client->errorString());
    }
    if (value.isClientError())
        printError(CommandRedaction::maskSecrets(tr("(client) (error) %1").arg(clientError), secrets), origin);
    else if (value.isError())
        printError(CommandRedaction::maskSecrets(value.toCliString(), secrets), origin);
    else
        print(value.toCliString(), origin);
}

void ConsoleWindow::print(const QString &text, Origin origin)
{
    m_output->appendPlainText(text);
    if (origin == Origin::Script)
        writeTo(stdout, text);
}

void ConsoleWindow::printError(const QString &text, Origin origin)
{
    if (origin == Origin::Script)
        m_scriptFailed = true;
    print(text, origin);
}

QString ConsoleWindow::address() const
{
    if (!m_client->unixSocketPath().isEmpty())
        return m_client->unixSocketPath();
    return m_client->host() + QLatin1Char(':') + QString::number(m_client->port());
}

QString ConsoleWindow::prompt() const
{
    const int db = m_client->database();
    return address() + (db > 0 ? QStringLiteral("[%1]> ").arg(db) : QStringLiteral("> "));
}

void ConsoleWindow::updateState(RedisClient::State state)
{
    switch (state) {
    case RedisClient::State::Disconnected:
        m_stateLabel->setText(tr("Disconnected"));
        break;
    case RedisClient::State::Connecting:
        m_stateLabel->setText(tr("Connecting"));
        break;
    case RedisClient::State::Connected:
        m_stateLabel->setText(tr("Connected"));
        break;
    case RedisClient::State::Disconnecting:
        m_stateLabel->setText(tr("Disconnecting"));
        break;
    case RedisClient::State::Reconnecting:
        updateCountdown();
        m_countdown.start();
        return;
    }
    m_countdown.stop();
}

void ConsoleWindow::updateCountdown()
{
    if (m_client->state() != RedisClient::State::Reconnecting) {
        m_countdown.stop();
        return;
    }
    const qint64 ms = QDateTime::currentDateTime().msecsTo(m_client->nextReconnectTime());
    const int seconds = int(qMax<qint64>(0, (ms + 999) / 1000));
    m_stateLabel->setText(tr("Reconnecting in %n s (attempt %1)", nullptr, seconds)
                                  .arg(m_client->reconnectAttempt()));
}

void ConsoleWindow::updateAddress()
{
    m_addressLabel->setText(address());
    setWindowTitle(tr("QtRedis Console - %1").arg(address()));
}

bool ConsoleWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            walkHistory(key == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void ConsoleWindow::walkHistory(int step)
{
    const qsizetype target = m_historyPos + step;
    if (target < 0 || target > m_history.size())
        return;
    if (m_historyPos == m_history.size())
        m_draft = m_input->text();
    m_historyPos = target;
    m_input->setText(target == m_history.size() ? m_draft : m_history.at(target));
}

void ConsoleWindow::addToHistory(const QString &line)
{
    // Kept, and saved in the settings file, with its credentials masked.
    const QString kept = CommandRedaction::redactLine(line);
    if (m_history.isEmpty() || m_history.constLast() != kept) {
        m_history.append(kept);
        if (m_history.size() > MaxHistory)
            m_history.remove(0, m_history.size() - MaxHistory);
    }
    m_historyPos = m_history.size();
    m_draft.clear();
}

void ConsoleWindow::loadSettings()
{
    QSettings settings;
    m_history = settings.value(QStringLiteral("history")).toStringList();
    for (QString &line : m_history) // a file of an older version, or edited by hand
        line = CommandRedaction::redactLine(line);
    if (m_history.size() > MaxHistory)
        m_history.remove(0, m_history.size() - MaxHistory);
    m_historyPos = m_history.size();
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
}

void ConsoleWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("history"), m_history);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
}
