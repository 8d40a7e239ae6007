// Copyright (C) QtRedis contributors.
// SPDX-License-Identifier: BSD-3-Clause

// Proves TcpProxy (tests/common) before fault-injection suites rely on it.

#include "rawclient.h"
#include "redistestcase.h"
#include "tcpproxy.h"
#include "testhelpers.h"

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using QtRedisTest::Timeout;

namespace {


// A non-blocking POSIX client. QTcpSocket reports an RST and a FIN alike
// (RemoteHostClosedError); this one tells them apart.
struct PosixClient
{
    PosixClient() = default;
    PosixClient(const PosixClient &) = delete;
    PosixClient &operator=(const PosixClient &) = delete;
    ~PosixClient()
    {
        if (fd >= 0)
            ::close(fd);
    }

    // Blocking connect (the kernel accepts from the backlog), then
    // non-blocking reads.
    bool connectTo(quint16 port)
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return false;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
            return false;
        return ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK) == 0;
    }

    bool send(const QByteArray &bytes)
    {
        return ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL)
                == ssize_t(bytes.size());
    }

    // Reads what has arrived; true once the stream has ended, by EOF (a FIN)
    // or by an error such as ECONNRESET (an RST).
    bool ended()
    {
        if (eof || error != 0)
            return true;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                received.append(buffer, n);
            } else if (n == 0) {
                eof = true;
                return true;
            } else if (errno == EINTR) {
                continue;
            } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
                return false;
            } else {
                error = errno;
                return true;
            }
        }
    }

    int fd = -1;
    QByteArray received;
    bool eof = false;
    int error = 0;
};

const QByteArray Ping = RedisTestServer::respCommand({ "PING" });
const QByteArray Pong = "+PONG\r\n";

// Long enough for a wrongly forwarded reply to arrive over loopback.
constexpr int SilenceMs = 300;

} // namespace

class tst_Proxy : public RedisTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void forwardsBothWays();
    void forwardsLargeValues();
    void clientHangUpReachesServer();
    void serverHangUpReachesClient();
    void unreachableTargetResetsClient();

    void blackholeHoldsBothWays();
    void blackholeHoldsServerHangUp();
    void blackholeHoldsClientHangUp();
    void blackholeFromServer();

    void cutMidReply();
    void cutSendsReset();
    void cutCountsAcrossReplies();
    void cutAfterLargeTransfer();
    void cutFiresOnceAndCanBeDisarmed();
    void cutAll();

    void refuseThenListenAgainOnSamePort();
    void destructorClosesEverything();

private:
    int connectedClients(); // as redis-server counts them, redis-cli included
};

int tst_Proxy::connectedClients()
{
    const QByteArray info = server().cli({ QStringLiteral("INFO"), QStringLiteral("clients") });
    const QByteArray key = "connected_clients:";
    const qsizetype at = info.indexOf(key);
    if (at < 0)
        return -1;
    const qsizetype end = info.indexOf('\r', at);
    return info.mid(at + key.size(), end < 0 ? -1 : end - at - key.size()).toInt();
}

void tst_Proxy::forwardsBothWays()
{
    TcpProxy proxy;
    QCOMPARE(proxy.port(), quint16(0));
    QVERIFY(!proxy.refuseNewConnections(false)); // nothing to listen again on
    QVERIFY(proxy.listen(server().host(), server().port()));
    QVERIFY(!proxy.listen(server().host(), server().port())); // already listening
    QVERIFY(proxy.isListening());
    QCOMPARE(proxy.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(proxy.port() != 0);
    QVERIFY(proxy.port() != server().port());
    QCOMPARE(proxy.targetHost(), server().host());
    QCOMPARE(proxy.targetPort(), server().port());
    QCOMPARE(proxy.mode(), TcpProxy::Mode::Forward);
    QCOMPARE(proxy.connectionCount(), 0);
    QCOMPARE(proxy.openConnectionCount(), 0);

    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    client.socket.write(Ping);
    QTRY_COMPARE(client.received, Pong);
    QCOMPARE(proxy.connectionCount(), 1);
    QCOMPARE(proxy.openConnectionCount(), 1);
    QCOMPARE(proxy.bytesToServer(), qint64(Ping.size()));
    QCOMPARE(proxy.bytesFromServer(), qint64(Pong.size()));

    // A second connection has its own link to the server.
    RawClient second(proxy.port());
    QVERIFY(second.waitForConnected());
    const QByteArray clientId = RedisTestServer::respCommand({ "CLIENT", "ID" });
    second.socket.write(clientId);
    QTRY_VERIFY(second.received.endsWith("\r\n"));
    QVERIFY(second.received.startsWith(':'));
    QCOMPARE(client.received, Pong);
    QCOMPARE(proxy.connectionCount(), 2);
    QCOMPARE(proxy.openConnectionCount(), 2);
    QCOMPARE(proxy.bytesToServer(), qint64(Ping.size() + clientId.size()));
    QCOMPARE(proxy.bytesFromServer(), qint64(Pong.size() + second.received.size()));

    client.socket.disconnectFromHost();
    QTRY_COMPARE(proxy.openConnectionCount(), 1);
    QCOMPARE(proxy.connectionCount(), 2);
}

void tst_Proxy::forwardsLargeValues()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());

    // Several MB both ways: many partial reads and writes on each side.
    QByteArray value(4 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < value.size(); ++i)
        value[i] = char('a' + i % 23);
    const QByteArray set = RedisTestServer::respCommand({ "SET", "proxy:large", value });
    const QByteArray get = RedisTestServer::respCommand({ "GET", "proxy:large" });
    client.socket.write(set + get);
    const QByteArray expected = "+OK\r\n$" + QByteArray::number(value.size()) + "\r\n" + value + "\r\n";
    QTRY_COMPARE_WITH_TIMEOUT(client.received.size(), expected.size(), Timeout);
    QVERIFY(client.received == expected);
    QCOMPARE(proxy.bytesToServer(), qint64(set.size() + get.size()));
    QCOMPARE(proxy.bytesFromServer(), qint64(expected.size()));
}

void tst_Proxy::clientHangUpReachesServer()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    QTRY_COMPARE(connectedClients(), 1); // redis-cli itself
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    client.socket.write(Ping);
    QTRY_COMPARE(client.received, Pong);
    QCOMPARE(connectedClients(), 2);

    client.socket.disconnectFromHost();
    QTRY_COMPARE(proxy.openConnectionCount(), 0);
    QTRY_COMPARE(connectedClients(), 1);
}

void tst_Proxy::serverHangUpReachesClient()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    PosixClient client;
    QVERIFY(client.connectTo(proxy.port()));
    QVERIFY(client.send(Ping));
    QTRY_VERIFY(client.ended() || client.received == Pong);
    QCOMPARE(client.received, Pong);

    QCOMPARE(server().cli({ QStringLiteral("CLIENT"), QStringLiteral("KILL"),
                            QStringLiteral("TYPE"), QStringLiteral("normal") }),
             QByteArray("1"));
    QTRY_VERIFY(client.ended());
    QVERIFY2(client.eof, qPrintable(qt_error_string(client.error))); // a FIN, not an RST
    QCOMPARE(client.received, Pong);
    QTRY_COMPARE(proxy.openConnectionCount(), 0);
}

void tst_Proxy::unreachableTargetResetsClient()
{
    TcpProxy proxy;
    const quint16 closed = QtRedisTest::closedPort();
    QVERIFY(closed != 0);
    QVERIFY(proxy.listen(QStringLiteral("127.0.0.1"), closed));
    PosixClient client;
    QVERIFY(client.connectTo(proxy.port())); // the proxy port itself answers
    QTRY_VERIFY(client.ended());
    QCOMPARE(client.error, ECONNRESET);
    QVERIFY(client.received.isEmpty());
    QCOMPARE(proxy.connectionCount(), 1);
    QCOMPARE(proxy.openConnectionCount(), 0);
    QCOMPARE(proxy.bytesToServer(), qint64(0));
}

void tst_Proxy::blackholeHoldsBothWays()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    client.socket.write(Ping);
    QTRY_COMPARE(client.received, Pong);

    proxy.setMode(TcpProxy::Mode::Blackhole);
    QCOMPARE(proxy.mode(), TcpProxy::Mode::Blackhole);
    // The mode covers connections accepted later too.
    RawClient late(proxy.port());
    QVERIFY(late.waitForConnected());
    QTRY_COMPARE(proxy.openConnectionCount(), 2);

    const qint64 toServer = proxy.bytesToServer();
    const qint64 fromServer = proxy.bytesFromServer();
    QSignalSpy readyRead(&client.socket, &QTcpSocket::readyRead);
    QSignalSpy lateReadyRead(&late.socket, &QTcpSocket::readyRead);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    QSignalSpy lateDisconnected(&late.socket, &QTcpSocket::disconnected);
    client.socket.write(RedisTestServer::respCommand({ "INCR", "proxy:held" }));
    late.socket.write(Ping);

    QVERIFY(!readyRead.wait(SilenceMs));
    QCOMPARE(lateReadyRead.count(), 0);
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(lateDisconnected.count(), 0);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(late.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(proxy.openConnectionCount(), 2);
    QCOMPARE(proxy.bytesToServer(), toServer);
    QCOMPARE(proxy.bytesFromServer(), fromServer);
    // Held, not delivered: the server never ran the command.
    QCOMPARE(server().cli({ QStringLiteral("EXISTS"), QStringLiteral("proxy:held") }),
             QByteArray("0"));

    // Resuming delivers the held command; its reply comes back late.
    proxy.setMode(TcpProxy::Mode::Forward);
    QTRY_COMPARE(client.received, Pong + ":1\r\n");
    QTRY_COMPARE(late.received, Pong);
    client.socket.write(Ping);
    QTRY_COMPARE(client.received, Pong + ":1\r\n" + Pong);
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(proxy.openConnectionCount(), 2);
}

void tst_Proxy::blackholeHoldsServerHangUp()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    client.socket.write(Ping);
    QTRY_COMPARE(client.received, Pong);

    proxy.setMode(TcpProxy::Mode::Blackhole);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    QCOMPARE(server().cli({ QStringLiteral("CLIENT"), QStringLiteral("KILL"),
                            QStringLiteral("TYPE"), QStringLiteral("normal") }),
             QByteArray("1"));
    // The server's FIN stops at the proxy: no FIN/RST for the client.
    QVERIFY(!disconnected.wait(SilenceMs));
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(proxy.openConnectionCount(), 1);

    proxy.setMode(TcpProxy::Mode::Forward);
    QTRY_COMPARE(disconnected.count(), 1);
    QCOMPARE(client.received, Pong);
    QTRY_COMPARE(proxy.openConnectionCount(), 0);
}

void tst_Proxy::blackholeHoldsClientHangUp()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    QTRY_COMPARE(connectedClients(), 1);
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    client.socket.write(Ping);
    QTRY_COMPARE(client.received, Pong);

    proxy.setMode(TcpProxy::Mode::Blackhole);
    client.socket.disconnectFromHost();
    // The proxy keeps its link to the server open...
    QVERIFY(!QTest::qWaitFor([&] { return proxy.openConnectionCount() == 0; }, SilenceMs));
    QCOMPARE(connectedClients(), 2);

    // ...until forwarding resumes.
    proxy.setMode(TcpProxy::Mode::Forward);
    QTRY_COMPARE(proxy.openConnectionCount(), 0);
    QTRY_COMPARE(connectedClients(), 1);
}

void tst_Proxy::blackholeFromServer()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());

    proxy.setMode(TcpProxy::Mode::BlackholeFromServer);
    QSignalSpy readyRead(&client.socket, &QTcpSocket::readyRead);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    const QByteArray incr = RedisTestServer::respCommand({ "INCR", "proxy:oneway" });
    client.socket.write(incr);
    // The command reaches the server and runs; its reply is held.
    QTRY_COMPARE(proxy.bytesToServer(), qint64(incr.size()));
    QTRY_COMPARE(server().cli({ QStringLiteral("GET"), QStringLiteral("proxy:oneway") }),
                 QByteArray("1"));
    QVERIFY(!readyRead.wait(SilenceMs));
    QCOMPARE(proxy.bytesFromServer(), qint64(0));
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);

    proxy.setMode(TcpProxy::Mode::Forward);
    QTRY_COMPARE(client.received, QByteArray(":1\r\n"));
    QCOMPARE(proxy.bytesFromServer(), qint64(4));
    QCOMPARE(disconnected.count(), 0);
}

void tst_Proxy::cutMidReply()
{
    const QByteArray value(100, 'v');
    QCOMPARE(server().cli({ QStringLiteral("SET"), QStringLiteral("proxy:cut"),
                            QString::fromLatin1(value) }),
             QByteArray("OK"));
    const QByteArray get = RedisTestServer::respCommand({ "GET", "proxy:cut" });
    const QByteArray fullReply = "$100\r\n" + value + "\r\n";

    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    QTRY_COMPARE(proxy.openConnectionCount(), 1);

    proxy.cutAfterBytesFromServer(3);
    QSignalSpy errors(&client.socket, &QTcpSocket::errorOccurred);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    client.socket.write(get);
    QTRY_COMPARE(disconnected.count(), 1);
    QCOMPARE(client.received, QByteArray("$10"));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(proxy.bytesFromServer(), qint64(3));
    QCOMPARE(proxy.bytesToServer(), qint64(get.size()));
    QCOMPARE(proxy.openConnectionCount(), 0);
    QCOMPARE(proxy.connectionCount(), 1);

    // The cut has fired: the next connection is healthy.
    RawClient again(proxy.port());
    QVERIFY(again.waitForConnected());
    again.socket.write(get);
    QTRY_COMPARE(again.received, fullReply);
    QCOMPARE(again.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(proxy.bytesFromServer(), qint64(3 + fullReply.size()));
}

void tst_Proxy::cutSendsReset()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));

    // Armed before the connection exists: applies to the next one. The whole
    // reply gets through, then the link breaks.
    proxy.cutAfterBytesFromServer(Pong.size());
    PosixClient client;
    QVERIFY(client.connectTo(proxy.port()));
    QVERIFY(client.send(Ping));
    QTRY_VERIFY(client.ended());
    QCOMPARE(client.received, Pong);
    QVERIFY(!client.eof);
    QCOMPARE(client.error, ECONNRESET);
    QTRY_COMPARE(proxy.openConnectionCount(), 0);
}

void tst_Proxy::cutCountsAcrossReplies()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    QTRY_COMPARE(proxy.openConnectionCount(), 1);

    proxy.cutAfterBytesFromServer(10);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    client.socket.write(Ping);
    QTRY_COMPARE(client.received, Pong);
    QVERIFY(!disconnected.wait(50)); // 3 bytes of the budget left
    client.socket.write(Ping);
    QTRY_COMPARE(disconnected.count(), 1);
    QCOMPARE(client.received, Pong + "+PO");
    QCOMPARE(proxy.bytesFromServer(), qint64(10));
}

void tst_Proxy::cutAfterLargeTransfer()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    // A small read buffer makes the client slow, so the proxy still has
    // bytes queued for it when the budget runs out: all of them must arrive
    // before the reset.
    client.socket.setReadBufferSize(16 * 1024);
    QByteArray value(4 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < value.size(); ++i)
        value[i] = char('a' + i % 23);
    client.socket.write(RedisTestServer::respCommand({ "SET", "proxy:cutlarge", value }));
    QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("+OK\r\n"), Timeout);

    constexpr qint64 Budget = 3 * 1024 * 1024 + 17;
    proxy.cutAfterBytesFromServer(Budget);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    client.received.clear();
    client.socket.write(RedisTestServer::respCommand({ "GET", "proxy:cutlarge" }));
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, Timeout);
    const QByteArray expected = "$" + QByteArray::number(value.size()) + "\r\n" + value;
    QCOMPARE(client.received.size(), Budget);
    QVERIFY(client.received == expected.left(Budget));
    QCOMPARE(proxy.bytesFromServer(), 5 + Budget);
}

void tst_Proxy::cutFiresOnceAndCanBeDisarmed()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));

    // Armed, then disarmed before anything came: no cut.
    RawClient client(proxy.port());
    QVERIFY(client.waitForConnected());
    QTRY_COMPARE(proxy.openConnectionCount(), 1);
    proxy.cutAfterBytesFromServer(Pong.size());
    proxy.cutAfterBytesFromServer(-1);
    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    client.socket.write(Ping + Ping);
    QTRY_COMPARE(client.received, Pong + Pong);
    RawClient other(proxy.port()); // nor for a new connection
    QVERIFY(other.waitForConnected());
    other.socket.write(Ping + Ping);
    QTRY_COMPARE(other.received, Pong + Pong);
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(proxy.openConnectionCount(), 2);

    // Zero: every open connection is reset at once.
    QSignalSpy otherDisconnected(&other.socket, &QTcpSocket::disconnected);
    proxy.cutAfterBytesFromServer(0);
    QTRY_COMPARE(disconnected.count(), 1);
    QTRY_COMPARE(otherDisconnected.count(), 1);
    QCOMPARE(proxy.openConnectionCount(), 0);

    // It fired, so it is disarmed for later connections.
    RawClient later(proxy.port());
    QVERIFY(later.waitForConnected());
    later.socket.write(Ping);
    QTRY_COMPARE(later.received, Pong);
    QCOMPARE(later.socket.state(), QAbstractSocket::ConnectedState);
}

void tst_Proxy::cutAll()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    RawClient a(proxy.port());
    RawClient b(proxy.port());
    QVERIFY(a.waitForConnected());
    QVERIFY(b.waitForConnected());
    a.socket.write(Ping);
    b.socket.write(Ping);
    QTRY_COMPARE(a.received, Pong);
    QTRY_COMPARE(b.received, Pong);
    QCOMPARE(proxy.openConnectionCount(), 2);

    QSignalSpy aDisconnected(&a.socket, &QTcpSocket::disconnected);
    QSignalSpy bDisconnected(&b.socket, &QTcpSocket::disconnected);
    proxy.cutAll();
    QCOMPARE(proxy.openConnectionCount(), 0);
    QTRY_COMPARE(aDisconnected.count(), 1);
    QTRY_COMPARE(bDisconnected.count(), 1);
    QTRY_COMPARE(connectedClients(), 1); // the server side was reset too

    // The proxy itself still works.
    RawClient c(proxy.port());
    QVERIFY(c.waitForConnected());
    c.socket.write(Ping);
    QTRY_COMPARE(c.received, Pong);
    QCOMPARE(proxy.connectionCount(), 3);
    QCOMPARE(proxy.openConnectionCount(), 1);
}

void tst_Proxy::refuseThenListenAgainOnSamePort()
{
    TcpProxy proxy;
    QVERIFY(proxy.listen(server().host(), server().port()));
    const quint16 port = proxy.port();
    RawClient open(port);
    QVERIFY(open.waitForConnected());
    open.socket.write(Ping);
    QTRY_COMPARE(open.received, Pong);

    QVERIFY(proxy.refuseNewConnections(true));
    QVERIFY(!proxy.isListening());
    QCOMPARE(proxy.port(), port);
    QTcpSocket refused;
    QSignalSpy errors(&refused, &QTcpSocket::errorOccurred);
    refused.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<QAbstractSocket::SocketError>(),
             QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(proxy.connectionCount(), 1);

    // Open connections carry on.
    open.socket.write(Ping);
    QTRY_COMPARE(open.received, Pong + Pong);

    QVERIFY(proxy.refuseNewConnections(false));
    QVERIFY(proxy.isListening());
    QCOMPARE(proxy.port(), port);
    QVERIFY(proxy.refuseNewConnections(false)); // already listening: fine
    RawClient again(port);
    QVERIFY(again.waitForConnected());
    again.socket.write(Ping);
    QTRY_COMPARE(again.received, Pong);
    QCOMPARE(proxy.connectionCount(), 2);
    QCOMPARE(proxy.openConnectionCount(), 2);
}

void tst_Proxy::destructorClosesEverything()
{
    QTRY_COMPARE(connectedClients(), 1);
    auto proxy = std::make_unique<TcpProxy>();
    QVERIFY(proxy->listen(server().host(), server().port()));
    const quint16 port = proxy->port();
    RawClient client(port);
    QVERIFY(client.waitForConnected());
    client.socket.write(Ping);
    QTRY_COMPARE(client.received, Pong);
    proxy->setMode(TcpProxy::Mode::Blackhole); // held bytes and all
    client.socket.write(Ping);

    QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
    proxy.reset();
    QTRY_COMPARE(disconnected.count(), 1);
    QCOMPARE(client.received, Pong);
    QTRY_COMPARE(connectedClients(), 1);

    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(2000));
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(tst_Proxy)
#include "tst_proxy.moc"
