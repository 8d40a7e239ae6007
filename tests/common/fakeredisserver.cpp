// Copyright (C) QtRedis contributors.
// SPDX-License-Identifier: BSD-3-Clause

#include "fakeredisserver.h"

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#ifdef Q_OS_UNIX
#  include <sys/socket.h>
#endif

namespace {

// Same bounds as redis-server, so a broken client cannot make the fake
// allocate without limit.
constexpr qint64 MaxArguments = 1024 * 1024;
constexpr qint64 MaxBulkLength = 512 * 1024 * 1024;
constexpr qsizetype MaxInlineLength = 64 * 1024;
constexpr qsizetype MaxHeaderLength = 32; // "*<count>" / "$<length>" lines

enum class Parse { Done, NeedMore, Error };

// Reads the decimal number that starts at `from` and ends at the next CRLF.
Parse readNumberLine(const QByteArray &buffer, qsizetype from, qint64 *value, qsizetype *next)
{
    const qsizetype end = buffer.indexOf("\r\n", from);
    if (end < 0)
        return buffer.size() - from > MaxHeaderLength ? Parse::Error : Parse::NeedMore;
    bool ok = false;
    *value = buffer.mid(from, end - from).toLongLong(&ok);
    *next = end + 2;
    return ok ? Parse::Done : Parse::Error;
}

// Parses one command from the start of buffer. On Done, *consumed bytes
// formed *command (which is empty for "*0", "*-1" and blank inline lines).
// NeedMore leaves both untouched, so the caller can retry with more data.
Parse parseCommand(const QByteArray &buffer, QList<QByteArray> *command, qsizetype *consumed)
{
    if (buffer.isEmpty())
        return Parse::NeedMore;

    if (buffer.at(0) != '*') {
        // Inline command ("PING\r\n"), as typed into telnet.
        const qsizetype end = buffer.indexOf('\n');
        if (end < 0)
            return buffer.size() > MaxInlineLength ? Parse::Error : Parse::NeedMore;
        const QByteArray line = buffer.left(end).simplified(); // drops the '\r' too
        command->clear();
        if (!line.isEmpty())
            *command = line.split(' ');
        *consumed = end + 1;
        return Parse::Done;
    }

    qint64 count = 0;
    qsizetype pos = 0;
    Parse result = readNumberLine(buffer, 1, &count, &pos);
    if (result != Parse::Done)
        return result;
    if (count > MaxArguments)
        return Parse::Error;

    QList<QByteArray> args;
    args.reserve(qMax<qint64>(count, 0));
    for (qint64 i = 0; i < count; ++i) {
        if (pos >= buffer.size())
            return Parse::NeedMore;
        if (buffer.at(pos) != '$')
            return Parse::Error;
        qint64 length = 0;
        result = readNumberLine(buffer, pos + 1, &length, &pos);
        if (result != Parse::Done)
            return result;
        if (length < 0 || length > MaxBulkLength)
            return Parse::Error;
        if (buffer.size() - pos < length + 2)
            return Parse::NeedMore;
        if (buffer.at(pos + length) != '\r' || buffer.at(pos + length + 1) != '\n')
            return Parse::Error;
        args.append(buffer.mid(pos, length));
        pos += length + 2;
    }
    *command = std::move(args);
    *consumed = pos;
    return Parse::Done;
}

} // namespace

struct FakeRedisServer::Connection
{
    QTcpSocket *socket = nullptr; // null once disconnected or dropped
    int index = 0;
    int commands = 0;
    QByteArray buffer;           // unparsed input
    bool closing = false;        // no more replies; half-close once flushed
    bool writeShutDown = false;
};

FakeRedisServer::FakeRedisServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeRedisServer::onNewConnection);
}

FakeRedisServer::~FakeRedisServer()
{
    // Tear down quietly: receivers may be half destroyed themselves.
    blockSignals(true);
    close();
}

bool FakeRedisServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void FakeRedisServer::close()
{
    m_server->close();
    dropAll();
}

bool FakeRedisServer::isListening() const
{
    return m_server->isListening();
}

QString FakeRedisServer::host() const
{
    return QStringLiteral("127.0.0.1");
}

quint16 FakeRedisServer::port() const
{
    return m_server->serverPort();
}

void FakeRedisServer::setScript(const Script &script)
{
    m_defaultScript = script;
}

void FakeRedisServer::setScript(int connectionIndex, const Script &script)
{
    m_scripts.insert(connectionIndex, script);
}

FakeRedisServer::Script FakeRedisServer::script() const
{
    return m_defaultScript;
}

void FakeRedisServer::setResponder(const Responder &responder)
{
    m_defaultScript.responder = responder;
}

void FakeRedisServer::setRawResponder(const RawResponder &responder)
{
    m_defaultScript.rawResponder = responder;
}

void FakeRedisServer::setGreeting(const QByteArray &bytes)
{
    m_defaultScript.greeting = bytes;
}

void FakeRedisServer::setCloseAfter(int commands)
{
    m_defaultScript.closeAfter = commands;
}

void FakeRedisServer::setStall(bool stall)
{
    m_defaultScript.stall = stall;
}

QList<QList<QByteArray>> FakeRedisServer::commandsReceived() const
{
    return m_commands;
}

QByteArray FakeRedisServer::bytesReceived() const
{
    return m_bytes;
}

void FakeRedisServer::clearReceived()
{
    m_commands.clear();
    m_bytes.clear();
}

int FakeRedisServer::connectionCount() const
{
    return m_connectionCount;
}

int FakeRedisServer::openConnectionCount() const
{
    return int(m_connections.size());
}

void FakeRedisServer::sendToAll(const QByteArray &bytes)
{
    for (const std::shared_ptr<Connection> &connection : std::as_const(m_connections)) {
        if (connection->socket && !connection->closing)
            connection->socket->write(bytes);
    }
}

void FakeRedisServer::dropAll()
{
    // Copy: abort() emits disconnected(), which edits m_connections.
    const QList<std::shared_ptr<Connection>> connections = m_connections.values();
    for (const std::shared_ptr<Connection> &connection : connections) {
        if (connection->socket)
            connection->socket->abort();
        onDisconnected(connection); // no-op if abort() already got there
    }
}

QByteArray FakeRedisServer::defaultResponse(const QList<QByteArray> &command)
{
    const QByteArray name = command.value(0).toUpper();
    if (name == "PING")
        return command.size() > 1 ? bulk(command.at(1)) : status("PONG");
    if (name == "ECHO" && command.size() == 2)
        return bulk(command.at(1));
    if (name == "AUTH" || name == "SELECT" || name == "CLIENT" || name == "QUIT")
        return status("OK");
    // The name is client data: keep CR/LF out of a one-line reply.
    QByteArray shown = command.value(0).left(128);
    shown.replace('\r', ' ').replace('\n', ' ');
    return error("ERR unknown command '" + shown + '\'');
}

QByteArray FakeRedisServer::status(const QByteArray &text)
{
    return '+' + text + "\r\n";
}

QByteArray FakeRedisServer::error(const QByteArray &text)
{
    return '-' + text + "\r\n";
}

QByteArray FakeRedisServer::integer(qint64 value)
{
    return ':' + QByteArray::number(value) + "\r\n";
}

QByteArray FakeRedisServer::bulk(const QByteArray &data)
{
    return '$' + QByteArray::number(data.size()) + "\r\n" + data + "\r\n";
}

QByteArray FakeRedisServer::nil()
{
    return QByteArrayLiteral("$-1\r\n");
}

QByteArray FakeRedisServer::array(const QList<QByteArray> &encodedItems)
{
    QByteArray out = '*' + QByteArray::number(encodedItems.size()) + "\r\n";
    for (const QByteArray &item : encodedItems)
        out += item;
    return out;
}

void FakeRedisServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Shared with the socket's lambdas, so that a handler that drops the
        // connection (dropAll() from a slot or responder) leaves the state it
        // is still using alive; the socket itself goes by deleteLater().
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        connection->index = m_connectionCount++;
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::bytesWritten, this,
                [this, connection] { onBytesWritten(connection); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, connection] { onDisconnected(connection); });

        const Script script = scriptFor(connection->index);
        if (!script.greeting.isEmpty())
            socket->write(script.greeting);
        if (script.closeAfter == 0)
            beginClose(connection);
        Q_EMIT clientConnected(connection->index);
    }
}

void FakeRedisServer::onReadyRead(const std::shared_ptr<Connection> &connection)
{
    if (!connection->socket)
        return;
    const QByteArray data = connection->socket->readAll();
    if (connection->closing)
        return; // a real server would not look at it any more either
    m_bytes += data;

    if (const Script script = scriptFor(connection->index); script.rawResponder) {
        ++connection->commands;
        const QByteArray reply = script.stall ? QByteArray() : script.rawResponder(data);
        if (connection->socket && !connection->closing && !reply.isEmpty())
            connection->socket->write(reply);
        if (script.closeAfter >= 0 && connection->commands >= script.closeAfter)
            beginClose(connection);
        return;
    }

    connection->buffer += data;
    while (connection->socket && !connection->closing) {
        QList<QByteArray> command;
        qsizetype consumed = 0;
        const Parse result = parseCommand(connection->buffer, &command, &consumed);
        if (result == Parse::NeedMore)
            break;
        if (result == Parse::Error) {
            connection->socket->write(error("ERR Protocol error"));
            beginClose(connection);
            break;
        }
        connection->buffer.remove(0, consumed);
        if (command.isEmpty())
            continue;

        const int index = connection->commands++;
        m_commands.append(command);
        // Looked up per command: a responder may switch scripts.
        const Script script = scriptFor(connection->index);
        if (!script.stall) {
            const QByteArray reply = script.responder ? script.responder(command, index)
                                                      : defaultResponse(command);
            if (connection->socket && !connection->closing && !reply.isEmpty())
                connection->socket->write(reply);
        }
        if (script.closeAfter >= 0 && connection->commands >= script.closeAfter)
            beginClose(connection);
        Q_EMIT commandReceived(command, connection->index);
    }
}

void FakeRedisServer::onBytesWritten(const std::shared_ptr<Connection> &connection)
{
    if (!connection->socket || !connection->closing || connection->writeShutDown
        || connection->socket->bytesToWrite() > 0) {
        return;
    }
    connection->writeShutDown = true;
#ifdef Q_OS_UNIX
    // Everything queued is in the kernel now; FIN goes out after it. Keep
    // reading (and dropping) until the client closes, so no RST is sent.
    ::shutdown(int(connection->socket->socketDescriptor()), SHUT_WR);
#else
    connection->socket->disconnectFromHost();
#endif
}

void FakeRedisServer::onDisconnected(const std::shared_ptr<Connection> &connection)
{
    QTcpSocket *socket = connection->socket;
    if (!socket)
        return;
    connection->socket = nullptr;
    m_connections.remove(socket);
    // Not delete: we may be inside one of the socket's own signals.
    socket->deleteLater();
    Q_EMIT clientDisconnected(connection->index);
}

void FakeRedisServer::beginClose(const std::shared_ptr<Connection> &connection)
{
    if (!connection->socket || connection->closing)
        return;
    connection->closing = true;
    connection->buffer.clear();
    connection->socket->flush();
    // Shuts down now if everything was flushed; otherwise a later
    // bytesWritten() gets here once the queue is empty.
    onBytesWritten(connection);
}

FakeRedisServer::Script FakeRedisServer::scriptFor(int connectionIndex) const
{
    return m_scripts.value(connectionIndex, m_defaultScript);
}
