// Copyright (C) QtRedis contributors.
// SPDX-License-Identifier: BSD-3-Clause

#ifndef FAKEREDISSERVER_H
#define FAKEREDISSERVER_H

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QObject>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

// A scripted Redis impostor on 127.0.0.1, for testing how the client copes
// with servers that misbehave: error greetings, garbage, silence, hang-ups.
//
// Each accepted connection follows a Script: the default one (setScript(),
// setResponder(), setGreeting(), ...) or an override for the n-th accepted
// connection (setScript(n, ...), n counted from 0). Scripts are looked up
// whenever they are used, so a change applies to open connections too, except
// the greeting, which is sent only on accept.
//
// In the normal (parsed) mode incoming bytes are split into commands (RESP
// arrays of bulk strings, or inline commands), however the bytes arrive, and
// the responder's return value is written back raw. Malformed input gets
// "-ERR Protocol error" and a hang-up, as with a real server.
//
// "Close" is a half-close: pending replies are flushed, then the write side
// is shut down, so the client reliably reads every byte and then EOF (a full
// close with unread input would send RST and may lose the bytes). Further
// input is read and dropped until the client closes. dropAll() aborts
// instead.
//
// Example: the first connection is refused like a full server, the second
// one answers GET.
//     FakeRedisServer fake;
//     FakeRedisServer::Script full;
//     full.greeting = "-ERR max number of clients reached\r\n";
//     full.closeAfter = 0;
//     fake.setScript(0, full);
//     fake.setResponder([](const QList<QByteArray> &cmd, int) {
//         if (cmd.value(0).toUpper() == "GET")
//             return FakeRedisServer::bulk("value");
//         return FakeRedisServer::defaultResponse(cmd);
//     });
//     QVERIFY(fake.listen());
class FakeRedisServer : public QObject
{
    Q_OBJECT
public:
    // Called once per parsed command; index counts the connection's commands
    // from 0. Returns raw bytes to send; an empty result sends nothing (that
    // command stalls).
    using Responder = std::function<QByteArray(const QList<QByteArray> &command, int index)>;
    // Raw mode: called with every chunk of bytes read, without parsing; the
    // result is sent as is.
    using RawResponder = std::function<QByteArray(const QByteArray &received)>;

    struct Script
    {
        QByteArray greeting;       // sent as soon as the connection is accepted
        Responder responder;       // empty: defaultResponse()
        RawResponder rawResponder; // set: raw mode, responder and parsing unused
        int closeAfter = -1;       // close once this many commands were read
                                   // (and answered); 0: right after the greeting;
                                   // -1: never. In raw mode every chunk read
                                   // counts as one command.
        bool stall = false;        // read and record, never answer
    };

    explicit FakeRedisServer(QObject *parent = nullptr);
    ~FakeRedisServer() override;

    bool listen(); // 127.0.0.1, a free port
    void close();  // stop listening and drop every client
    bool isListening() const;
    QString host() const; // "127.0.0.1"
    quint16 port() const;

    void setScript(const Script &script);                      // default
    void setScript(int connectionIndex, const Script &script); // n-th connection
    Script script() const;                                     // the default
    // Shorthands that edit the default script.
    void setResponder(const Responder &responder);
    void setRawResponder(const RawResponder &responder);
    void setGreeting(const QByteArray &bytes);
    void setCloseAfter(int commands);
    void setStall(bool stall);

    // Every command read so far, over all connections, in arrival order.
    QList<QList<QByteArray>> commandsReceived() const;
    QByteArray bytesReceived() const; // raw, over all connections
    void clearReceived();
    int connectionCount() const;     // accepted so far
    int openConnectionCount() const; // accepted and not yet disconnected

    void sendToAll(const QByteArray &bytes); // unsolicited bytes, e.g. a push
    void dropAll();                          // abort every client connection now

    // What the default responder sends: +PONG for PING (PING x: x), ECHO x: x,
    // +OK for AUTH, SELECT, CLIENT and QUIT (without hanging up), and
    // "-ERR unknown command" for anything else, HELLO included.
    static QByteArray defaultResponse(const QList<QByteArray> &command);

    // RESP encoders for responders.
    static QByteArray status(const QByteArray &text);  // +text
    static QByteArray error(const QByteArray &text);   // -text
    static QByteArray integer(qint64 value);           // :value
    static QByteArray bulk(const QByteArray &data);    // $len data
    static QByteArray nil();                           // $-1
    static QByteArray array(const QList<QByteArray> &encodedItems); // *n items

Q_SIGNALS:
    void clientConnected(int connectionIndex);
    void clientDisconnected(int connectionIndex);
    void commandReceived(const QList<QByteArray> &command, int connectionIndex);

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(const std::shared_ptr<Connection> &connection);
    void onBytesWritten(const std::shared_ptr<Connection> &connection);
    void onDisconnected(const std::shared_ptr<Connection> &connection);
    void beginClose(const std::shared_ptr<Connection> &connection);
    Script scriptFor(int connectionIndex) const;

    QTcpServer *m_server;
    Script m_defaultScript;
    QMap<int, Script> m_scripts;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    QList<QList<QByteArray>> m_commands;
    QByteArray m_bytes;
    int m_connectionCount = 0;
};

#endif // FAKEREDISSERVER_H
