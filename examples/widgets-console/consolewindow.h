// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef CONSOLEWINDOW_H
#define CONSOLEWINDOW_H

#include <redisclient.h>
#include <redisvalue.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qmainwindow.h>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

// A redis-cli like console: an output pane, a command line with history and
// a status bar, driving one RedisClient.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ConsoleWindow(QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    // The client is owned by the window; configure it, then connect it.
    RedisClient *client() const { return m_client; }

    // Runs the command lines one after another (each waits for the previous
    // reply) once the event loop runs, echoing their output to stdout. With
    // quitWhenDone the application exits afterwards: 0 if every command
    // succeeded, 1 otherwise.
    void runScript(const QStringList &lines, bool quitWhenDone);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Origin { User, Script };

    void submitInput();
    bool runLine(const QString &line, Origin origin);
    bool runBuiltin(const QList<QByteArray> &args, Origin origin);
    void connectTo(const QList<QByteArray> &args, Origin origin);
    void runStreamCommand(const QList<QByteArray> &args, Origin origin);
    void showReply(const RedisValue &value, qint64 sentAtNs, Origin origin, const QList<QByteArray> &secrets);
    void runNextScriptLine();

    void print(const QString &text, Origin origin);
    void printError(const QString &text, Origin origin);
    QString address() const;
    QString prompt() const;
    void updateState(RedisClient::State state);
    void updateCountdown();
    void updateAddress();

    void walkHistory(int step);
    void addToHistory(const QString &line);
    void loadSettings();
    void saveSettings() const;

    RedisClient *m_client = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLineEdit *m_input = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_rttLabel = nullptr;

    QElapsedTimer m_clock;
    QTimer m_countdown; // refreshes "Reconnecting in N s"

    QStringList m_history;
    qsizetype m_historyPos = 0;  // m_history.size(): the line being typed
    QString m_draft;             // the line being typed while walking history

    QStringList m_script;
    bool m_scriptFailed = false;
    bool m_monitorConnected = false;
    bool m_quitAfterScript = false;
};

#endif // CONSOLEWINDOW_H
