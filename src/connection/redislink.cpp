// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "connection/redislink_p.h"
#include "connection/reconnectpolicy_p.h"
#include "connection/sentinellocator_p.h"
#include "core/redislogging_p.h"
#include "transport/hiredistransport_p.h"
#include "transport/sockettransport_p.h"
#include "transport/tlsrelaytransport_p.h"

#include <hiredis/hiredis.h>

#include <cstring>

namespace QtRedisPrivate {

// One handshake command; released by the link's teardown if its reply never came.
class RedisLink::HandshakeRequest final : public LinkRequest
{
public:
    HandshakeRequest(RedisLink *link, Handshake::Step step) : m_link(link), m_step(step) { internal = true; }
    void replied(const redisReply *reply) override { m_link->handshakeReplied(m_step, reply); }
    void release() override { delete this; }

private:
    RedisLink *m_link;
    Handshake::Step m_step;
};

// The health check's PING on a command link: any reply proves the link alive.
class RedisLink::HealthRequest final : public LinkRequest
{
public:
    explicit HealthRequest(RedisLink *link) : m_link(link) { internal = true; }
    void replied(const redisReply *) override { m_link->m_health.answered(); }
    void release() override { delete this; }

private:
    RedisLink *m_link;
};

RedisLink::RedisLink(Role role, LinkOwner *owner, QObject *parent)
    : QObject(parent), m_role(role), m_owner(owner), m_health(this)
{
    // Children, so that they follow moveToThread(); members, so deleted with us.
    for (QTimer *timer : {&m_connectTimer, &m_retryTimer})
        timer->setParent(this);
    m_connectTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &RedisLink::connectTimedOut);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Waiting)
            startAttempt();
    });
}

RedisLink::~RedisLink()
{
    m_owner = nullptr;
    m_resolver.abort();
    if (m_locator)
        m_locator->abort();
    if (m_watcher)
        m_watcher->unwatch(this);
    if (m_tunnel && m_tunnelTicket)
        m_tunnel->cancel(std::exchange(m_tunnelTicket, 0));
    if (RespTransport *transport = std::exchange(m_transport, nullptr))
        transport->dispose();
    // Owners abort() before they dispose(): what is left is ours.
    while (LinkRequest *request = m_requests.takeFirst())
        request->release();
}

void RedisLink::dispose()
{
    if (m_disposed)
        return;
    m_disposed = true;
    m_owner = nullptr;
    // Not deleted with a parent that may be going away while we are on the stack.
    setParent(nullptr);
    m_connectTimer.stop();
    m_retryTimer.stop();
    m_health.stop();
    m_resolver.abort();
    if (m_locator)
        m_locator->abort();
    if (m_watcher)
        m_watcher->unwatch(this);
    if (m_tunnel && m_tunnelTicket)
        m_tunnel->cancel(std::exchange(m_tunnelTicket, 0));
    if (RespTransport *transport = std::exchange(m_transport, nullptr))
        transport->dispose();
    if (m_depth == 0)
        delete this;
}

template <typename F>
bool RedisLink::notify(F &&call)
{
    if (m_owner) {
        ++m_depth;
        call(m_owner);
        --m_depth;
    }
    if (!m_disposed)
        return true;
    if (m_depth == 0)
        delete this;
    return false;
}

QString RedisLink::endpoint() const
{
    if (isSentinel() && !m_nodeHost.isEmpty())
        return RedisConnectionOptions::nodeAddressText(m_nodeHost, m_nodePort);
    return m_options.endpointText();
}

void RedisLink::setSentinelWatcher(SentinelWatcher *watcher)
{
    if (m_watcher == watcher)
        return;
    if (m_watcher) {
        disconnect(m_watcher, nullptr, this, nullptr);
        m_watcher->unwatch(this);
    }
    m_watcher = watcher;
    if (watcher)
        connect(watcher, &SentinelWatcher::masterSwitched, this, &RedisLink::masterSwitched);
}

// --- opening -------------------------------------------------------------------

void RedisLink::open()
{
    if (m_state == State::Connecting || m_state == State::Ready || m_state == State::Closing)
        return; // the owner aborts the current connection first
    m_retryTimer.stop();
    m_retryAttempt = 0;
    m_wanted = true;
    startAttempt();
}

void RedisLink::retryNow()
{
    if (m_state != State::Waiting)
        return;
    m_retryTimer.stop();
    startAttempt();
}

void RedisLink::startAttempt()
{
    const quint64 serial = ++m_serial;
    m_handshakePending = 0;
    m_error = QtRedis::Error::NoError;
    m_errorString.clear();
    LinkChange change;
    change.previous = std::exchange(m_state, State::Connecting);
    change.state = State::Connecting;
    if (!notify([&](LinkOwner *owner) { owner->linkChanged(this, change); }))
        return;
    // The owner may have closed the link or started another attempt meanwhile.
    if (m_serial != serial || m_state != State::Connecting)
        return;
    if (m_options.connectTimeout() > 0)
        m_connectTimer.start(m_options.connectTimeout()); // covers the handshake too
    m_sslErrors.clear();

    if (m_options.isTlsEnabled()) {
        QString why;
        // Sentinel: the node's host, once the sentinels named it (below).
        m_tlsSettings.peerName = m_options.tlsPeerName().isEmpty() ? m_options.host() : m_options.tlsPeerName();
        if (!m_options.resolveSslConfiguration(&m_tlsSettings.configuration, &why)) {
            fail(LinkFailure::tlsSetupFailed(endpoint(), why));
            return;
        }
        if (!m_options.tlsVerifyPeer())
            qCWarning(lcRedisConnection).noquote() << "TLS to" << endpoint()
                                                   << "without verifying the server's certificate (insecure)";
    }
    if (isSentinel()) {
        if (m_options.isSshTunnel()) {
            fail(LinkFailure::sentinelOverSsh());
            return;
        }
        if (m_watcher)
            m_watcher->watch(this, m_options);
        // Each sentinel has the connect timeout; the data node's starts once named.
        m_connectTimer.stop();
        locateNode(serial);
        return;
    }
    if (m_options.isSshTunnel()) {
        if (!m_tunnel) {
            fail(LinkFailure::noTunnel(m_options.sshEndpointText()));
            return;
        }
        m_tunnelTicket = m_tunnel->open(m_options, [this, serial](const SshTunnel::Result &result) {
            m_tunnelTicket = 0;
            if (serial != m_serial || m_state != State::Connecting)
                return;
            if (result.error != QtRedis::Error::NoError)
                fail(result.error, result.message, result.retryable);
            else
                connectTransport(result.localPath, 0, true);
        });
        return;
    }
    if (m_options.isUnixSocket()) {
        connectTransport(m_options.unixSocketPath(), 0, true);
        return;
    }
    connectToHost(m_options.host(), m_options.port(), serial);
}

void RedisLink::locateNode(quint64 serial)
{
    if (!m_locator)
        m_locator = new SentinelLocator(this);
    m_locator->locate(m_options, [this, serial](const SentinelLocator::Result &result) {
        if (serial != m_serial || m_state != State::Connecting)
            return;
        if (result.error != QtRedis::Error::NoError) {
            fail(result.error, result.message, result.retryable);
            return;
        }
        m_nodeHost = result.host;
        m_nodePort = result.port;
        if (m_options.isTlsEnabled() && m_options.tlsPeerName().isEmpty())
            m_tlsSettings.peerName = result.host;
        if (m_options.connectTimeout() > 0)
            m_connectTimer.start(m_options.connectTimeout());
        connectToHost(result.host, result.port, serial);
    });
}

void RedisLink::connectToHost(const QString &host, quint16 port, quint64 serial)
{
    QString address;
    if (AddressResolver::isNumeric(host, &address)) {
        connectTransport(address, port, false);
        return;
    }
    m_resolver.lookup(host, this, [this, serial, host, port](const QString &resolved, const QString &why) {
        if (serial != m_serial || m_state != State::Connecting)
            return;
        if (resolved.isEmpty())
            fail(LinkFailure::hostNotFound(host, why));
        else
            connectTransport(resolved, port, false);
    });
}

void RedisLink::connectTransport(const QString &address, quint16 port, bool isUnix)
{
    const bool tls = m_options.isTlsEnabled();
    if (m_role != Role::Commands)
        m_transport = new SocketTransport(this);
    else if (tls)
        m_transport = new TlsRelayTransport(this);
    else
        m_transport = new HiredisTransport(this);
    if (tls)
        m_transport->setTls(m_tlsSettings);
    if (isUnix) {
        qCDebug(lcRedisConnection).noquote() << "connecting to unix socket" << address << (tls ? "(TLS)" : "");
        m_transport->connectToUnixSocket(address);
    } else {
        qCDebug(lcRedisConnection).noquote() << "connecting to" << address << port << (tls ? "(TLS)" : "");
        m_transport->connectToHost(address, port);
    }
}

void RedisLink::connectTimedOut()
{
    if (m_transport && m_transport->isNegotiatingTls())
        fail(LinkFailure::tlsNoAnswer(endpoint(), m_options.connectTimeout()));
    else
        fail(LinkFailure::connectTimeout(endpoint(), m_options.connectTimeout()));
}

void RedisLink::transportConnected()
{
    if (m_state != State::Connecting || !m_transport)
        return;
    // Pipelined; no owner code runs here (hiredis still uses its context).
    const QList<Handshake::Command> commands = Handshake::commands(m_options, m_role == Role::Commands);
    for (const Handshake::Command &command : commands) {
        auto *request = new HandshakeRequest(this, command.step);
        if (send(command.args, request))
            ++m_handshakePending;
        else
            request->release(); // only while closing: the teardown reports it
    }
}

void RedisLink::handshakeReplied(Handshake::Step step, const redisReply *reply)
{
    if (m_state != State::Connecting)
        return;
    --m_handshakePending;
    if (reply->type == REDIS_REPLY_ERROR) {
        const Handshake::Refusal refusal =
                Handshake::refusal(step, QString::fromUtf8(reply->str, qsizetype(reply->len)), endpoint());
        teardown(refusal.error, refusal.message, Cause::Failure, refusal.retryable);
        return;
    }
    if (step == Handshake::Step::Role) {
        QString role;
        if (reply->type == REDIS_REPLY_ARRAY && reply->elements > 0 && reply->element[0]
            && reply->element[0]->type == REDIS_REPLY_STRING)
            role = QString::fromUtf8(reply->element[0]->str, qsizetype(reply->element[0]->len));
        Handshake::Refusal refusal;
        if (!Handshake::roleAccepted(role, m_options, endpoint(), &refusal)) {
            teardown(refusal.error, refusal.message, Cause::Failure, refusal.retryable);
            return;
        }
    }
    if (m_handshakePending == 0)
        becomeReady();
}

void RedisLink::becomeReady()
{
    m_connectTimer.stop();
    m_retryAttempt = 0;
    m_nextRetryTime = QDateTime();
    m_health.start(m_options.healthCheckInterval());
    qCDebug(lcRedisConnection).noquote() << "connected to" << endpoint();
    LinkChange change;
    change.previous = std::exchange(m_state, State::Ready);
    change.state = State::Ready;
    notify([&](LinkOwner *owner) { owner->linkChanged(this, change); });
}

// --- using -----------------------------------------------------------------------

bool RedisLink::sendMessageCommand(const QList<QByteArray> &args)
{
    return m_state == State::Ready && m_transport && m_transport->send(args);
}

void RedisLink::transportReply(const redisReply *reply)
{
    ++m_depth;
    if (m_state == State::Ready && m_role != Role::Commands) {
        if (m_health.isPingPending() && isPong(reply))
            m_health.answered();
        else if (m_owner)
            m_owner->linkMessage(this, reply);
    } else {
        // Older client-side failures come first; they may tear the link down.
        if (m_owner && m_role == Role::Commands)
            m_owner->linkBeforeReply(this);
        completeParkedAtHead();
        LinkRequest *request = m_disposed ? nullptr : m_requests.takeFirst();
        if (request) {
            if (!request->timedOut)
                request->replied(reply); // may tear down, or dispose of, the link
            request->release();          // a timed-out request's late reply is dropped
            // Failures of commands issued after this one and before the next.
            completeParkedAtHead();
        }
    }
    --m_depth;
    if (m_disposed && m_depth == 0)
        delete this;
}

void RedisLink::deliverParkedAtHead()
{
    // One at a time: a callback may tear the link down (emptying the queue).
    while (!m_disposed && m_requests.first() && m_requests.first()->parked) {
        LinkRequest *parked = m_requests.takeFirst();
        if (!parked->timedOut) // else delivered already (see the client's timeouts)
            parked->deliverParked();
        parked->release();
    }
}

bool RedisLink::isPong(const redisReply *reply)
{
    // PONG outside pub/sub mode, ["pong", ""] inside it.
    auto isText = [](const redisReply *r, const char *text) {
        const size_t n = std::strlen(text);
        return r && (r->type == REDIS_REPLY_STATUS || r->type == REDIS_REPLY_STRING) && r->len == n
                && qstrnicmp(r->str, text, qsizetype(n)) == 0;
    };
    if (reply->type == REDIS_REPLY_STATUS)
        return isText(reply, "PONG");
    return reply->type == REDIS_REPLY_ARRAY && reply->elements == 2 && isText(reply->element[0], "pong");
}

// --- health --------------------------------------------------------------------

void RedisLink::setHealthCheckInterval(int milliseconds)
{
    m_options.setHealthCheckInterval(milliseconds);
    if (m_state == State::Ready)
        m_health.start(milliseconds);
}

bool RedisLink::sendHealthPing()
{
    if (m_role != Role::Commands)
        return m_transport && m_transport->send({QByteArrayLiteral("PING")});
    auto *ping = new HealthRequest(this);
    if (send({QByteArrayLiteral("PING")}, ping))
        return true;
    ping->release();
    return false;
}

// --- closing -------------------------------------------------------------------

void RedisLink::closeGracefully()
{
    m_wanted = false;
    if (m_state != State::Ready)
        return;
    const quint64 serial = m_serial;
    m_health.stop();
    LinkChange change;
    change.previous = std::exchange(m_state, State::Closing);
    change.state = State::Closing;
    if (!notify([&](LinkOwner *owner) { owner->linkChanged(this, change); }))
        return;
    if (m_state == State::Closing && m_serial == serial && m_transport)
        m_transport->closeGracefully(); // after the pending replies
}

void RedisLink::abort(QtRedis::Error reason, const QString &message)
{
    m_wanted = false;
    if (m_state == State::Closed)
        return;
    teardown(reason, message, Cause::Owner);
}

void RedisLink::fail(QtRedis::Error error, const QString &message, bool retryable)
{
    if (m_state == State::Closed || m_state == State::Waiting)
        return;
    teardown(error, message, Cause::Failure, retryable);
}

void RedisLink::transportClosed(const TransportFailure &failure)
{
    if (failure.kind == TransportFailure::Kind::Tls)
        m_sslErrors = failure.sslErrors;
    const bool ready = m_state == State::Ready || m_state == State::Closing;
    fail(LinkFailure::fromTransport(failure, endpoint(), ready, m_state == State::Closing));
}

void RedisLink::teardown(QtRedis::Error error, const QString &message, Cause cause, bool retryable)
{
    m_connectTimer.stop();
    m_retryTimer.stop();
    m_health.stop();
    m_resolver.abort();
    if (m_locator)
        m_locator->abort();
    if (m_tunnel && m_tunnelTicket)
        m_tunnel->cancel(std::exchange(m_tunnelTicket, 0));
    m_handshakePending = 0;
    const bool wasReady = m_state == State::Ready || m_state == State::Closing;

    // In order: the link's own requests are released, the owner's handed over.
    RequestQueue dropped;
    while (LinkRequest *request = m_requests.takeFirst()) {
        if (request->internal)
            request->release();
        else
            dropped.append(request);
    }
    if (RespTransport *transport = std::exchange(m_transport, nullptr))
        transport->dispose();

    const bool retry = cause == Cause::Failure && m_wanted && m_options.autoReconnect() && retryable
            && ReconnectPolicy::isRetryable(error);
    if (!retry) {
        m_wanted = false;
        m_retryAttempt = 0;
        m_nextRetryTime = QDateTime();
        if (m_watcher)
            m_watcher->unwatch(this); // no longer following the master
    }
    LinkChange change;
    change.previous = std::exchange(m_state, retry ? State::Waiting : State::Closed);
    change.state = m_state;
    change.wasReady = wasReady;
    change.reason = error;
    change.message = message;
    change.requests = &dropped;
    // What the owner did itself (abort, disconnect) is no error of the link's.
    change.error = cause == Cause::Owner ? QtRedis::Error::NoError : error;
    if (change.error != QtRedis::Error::NoError) {
        m_error = change.error;
        m_errorString = message;
        if (retry)
            qCWarning(lcRedisConnection).noquote() << message << "(retrying)";
        else
            qCWarning(lcRedisConnection).noquote() << message;
    }
    if (retry) {
        ++m_retryAttempt;
        change.retryDelay = ReconnectPolicy::delay(m_retryAttempt, m_options);
        m_retryTimer.start(change.retryDelay);
        m_nextRetryTime = QDateTime::currentDateTime().addMSecs(change.retryDelay);
        qCDebug(lcRedisConnection) << "retry" << m_retryAttempt << "in" << change.retryDelay << "ms";
    }
    notify([&](LinkOwner *owner) { owner->linkChanged(this, change); });
    // Nobody took them (an owner that is gone): they end here.
    while (LinkRequest *request = dropped.takeFirst())
        request->release();
}

// --- Sentinel --------------------------------------------------------------------

void RedisLink::masterSwitched(const QString &name, const QString &host, quint16 port, bool announced)
{
    if (m_disposed || !isSentinel() || name != m_options.sentinelMasterName())
        return;
    // Not a failover, only where the master is now: links on the master
    // check it; links on a replica, or between attempts, have nothing to do.
    if (!announced && (m_state != State::Ready || m_options.readFromReplicas()))
        return;
    if (m_state == State::Waiting) {
        retryNow(); // the sentinels know where to go now
        return;
    }
    if (m_state == State::Connecting && m_locator && m_locator->isBusy()) {
        locateNode(m_serial); // ask again: an answer on its way may predate the failover
        return;
    }
    if (m_state != State::Ready && m_state != State::Connecting)
        return;
    const QString node = RedisConnectionOptions::nodeAddressText(host, port);
    // A link on (or connecting to) another node moves: the old master may
    // answer ROLE with "master" until the sentinels demote it. A replica
    // link moves too: its master changed, and it may be the one promoted.
    if (!m_options.readFromReplicas() && node == RedisConnectionOptions::nodeAddressText(m_nodeHost, m_nodePort))
        return;
    ++m_depth; // the owner may dispose of us during the failure
    fail(LinkFailure::masterMoved(name, node));
    --m_depth;
    if (m_disposed) {
        if (m_depth == 0)
            delete this;
        return;
    }
    if (m_state == State::Waiting)
        retryNow(); // at once, not after the backoff
}

} // namespace QtRedisPrivate
