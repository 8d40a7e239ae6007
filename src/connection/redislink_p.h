// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISLINK_P_H
#define REDISLINK_P_H

#include "redisconnectionoptions.h"
#include "redisglobal.h"
#include "connection/addressresolver_p.h"
#include "connection/handshake_p.h"
#include "connection/healthcheck_p.h"
#include "connection/linkfailure_p.h"
#include "connection/linkrequest_p.h"
#include "connection/sentinelwatcher_p.h"
#include "connection/sshtunnel_p.h"
#include "transport/resptransport_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

namespace QtRedisPrivate {

class RedisLink;
class SentinelLocator;

struct LinkChange;

// Everything that uses a link: the client (its command link), a pub/sub or
// MONITOR connection. Called synchronously; the owner may call the link's
// methods, or dispose() it, from inside any of these.
class LinkOwner
{
public:
    // The one notification of a state change (after the link's bookkeeping).
    // On a teardown, change.requests holds the requests that were in flight:
    // the owner takes them all (the link's own were released already).
    virtual void linkChanged(RedisLink *link, const LinkChange &change) = 0;
    // Command links: a reply is about to be paired with the queue's head.
    virtual void linkBeforeReply(RedisLink *) {}
    // Pub/sub and MONITOR links, once ready: one message (a health check's
    // PONG excluded). Valid during the call only.
    virtual void linkMessage(RedisLink *, const redisReply *) {}

protected:
    ~LinkOwner() = default;
};

// One connection to one server, from name lookup to teardown, for every
// connection the library opens: the client's command link, pub/sub and
// MONITOR links (and, later, cluster nodes and sentinels).
//
//   Closed --open()--> Connecting --handshake done--> Ready
//   Ready --closeGracefully()--> Closing --closed--> Closed
//   any --failure--> Waiting (retryable and wanted) or Closed
//   Waiting --timer / retryNow() / open()--> Connecting
//   any --abort()--> Closed
//
// Connecting covers opening the SSH tunnel (SshTunnel, when asked for),
// asking the sentinels for the node (Sentinel topology: SentinelLocator,
// then a ROLE step in the handshake) or resolving the host (AddressResolver), opening the transport
// (HiredisTransport for commands, TlsRelayTransport for commands over TLS,
// SocketTransport otherwise, with or without TLS) and the Handshake, all
// under one connect timeout. Ready links run the health
// check (an idle PING; MONITOR links are left to TCP keep-alive). Every
// failure goes through one teardown that drops the queued requests (handed
// to the owner), closes the transport, decides about a retry with the
// ReconnectPolicy and sets the state, then notifies the owner: that is the
// one place a state is set and announced.
class RedisLink final : public QObject, private TransportListener
{
    Q_OBJECT
public:
    // Commands: replies pair with the request queue (hiredis transport).
    // Subscriber, Monitor: after the handshake, every reply is a message.
    enum class Role { Commands, Subscriber, Monitor };
    enum class State { Closed, Connecting, Ready, Closing, Waiting };

    RedisLink(Role role, LinkOwner *owner, QObject *parent);
    ~RedisLink() override;

    // The options of the next attempt.
    void setOptions(const RedisConnectionOptions &options)
    {
        // Another deployment's node is not ours to report.
        if (options.sentinelMasterName() != m_options.sentinelMasterName()
            || options.seedNodes() != m_options.seedNodes())
            m_nodeHost.clear();
        m_options = options;
    }
    // The tunnel used when the options ask for SSH (shared by an owner's
    // links; not owned).
    void setTunnel(SshTunnel *tunnel) { m_tunnel = tunnel; }
    const RedisConnectionOptions &options() const { return m_options; }
    // Sentinel topology: the client's watcher of failovers (shared by its
    // links; not owned). Without one, the link follows the master only when
    // its connection drops.
    void setSentinelWatcher(SentinelWatcher *watcher);

    Role role() const { return m_role; }
    State state() const { return m_state; }
    QtRedis::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // The certificate errors of the last failed TLS handshake.
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    // Failed attempts since the link was last ready (or opened).
    int retryAttempt() const { return m_retryAttempt; }
    QDateTime nextRetryTime() const { return m_nextRetryTime; }
    // Grows with every attempt: an owner tells by it that a slot it called
    // started another one.
    quint64 attemptSerial() const { return m_serial; }
    // host:port (or the socket path) of the server; for the Sentinel
    // topology the node the sentinels last named, once they named one.
    QString endpoint() const;

    // Closed or Waiting: connect now (the retry count starts again).
    void open();
    // Waiting: connect now, keeping the retry count.
    void retryNow();
    // Ready: close after the pending replies (Closing, then Closed).
    void closeGracefully();
    // Closes at once, without a retry; queued requests fail with reason and
    // message. An owner's decision: error() does not change.
    void abort(QtRedis::Error reason = QtRedis::Error::Aborted, const QString &message = QString());
    // The owner found the link broken (a malformed message, ...): the one
    // failure path, with a retry if the policy allows it.
    void fail(QtRedis::Error error, const QString &message, bool retryable = true);
    void fail(const LinkFailure &failure) { fail(failure.error, failure.message, failure.retryable); }
    // Deletes the link now, or once it returns from the call it is in.
    // The owner hears nothing more.
    void dispose();

    // Ready: sends a command whose reply goes to request (appended to the
    // queue). False if the transport refuses it (closing).
    bool send(const QList<QByteArray> &args, LinkRequest *request)
    {
        if (!m_transport || !m_transport->send(args))
            return false;
        request->sent = true;
        m_requests.append(request);
        return true;
    }
    // Pub/sub links: sends a command whose answers arrive as messages.
    bool sendMessageCommand(const QList<QByteArray> &args);
    // The queue of requests in flight, in order (command links).
    RequestQueue &requests() { return m_requests; }
    // Takes effect at once on a ready link (the other options at the next attempt).
    void setHealthCheckInterval(int milliseconds);
    // Grows with every read of the transport (the health check's measure of traffic).
    quint64 activity() const { return m_transport ? m_transport->activity() : 0; }
    // The health check's PING; false if it could not be sent.
    bool sendHealthPing();

private:
    enum class Cause { Owner, Failure };
    class HandshakeRequest;
    class HealthRequest;

    void startAttempt();
    // Sentinel: asks the sentinels for the node of attempt serial, then connects to it.
    void locateNode(quint64 serial);
    // Resolves host (unless numeric), then connects to it.
    void connectToHost(const QString &host, quint16 port, quint64 serial);
    // address: numeric, or a unix socket path (isUnix; port unused).
    void connectTransport(const QString &address, quint16 port, bool isUnix);
    bool isSentinel() const { return m_options.topology() == RedisConnectionOptions::Topology::Sentinel; }
    // Sentinel: the watcher heard of a failover.
    void masterSwitched(const QString &name, const QString &host, quint16 port, bool announced);
    void connectTimedOut();
    void handshakeReplied(Handshake::Step step, const redisReply *reply);
    void becomeReady();
    static bool isPong(const redisReply *reply);
    // Delivers the parked requests at the head of the queue (the usual case,
    // none, costs one test).
    void completeParkedAtHead()
    {
        if (m_requests.first() && m_requests.first()->parked)
            deliverParkedAtHead();
    }
    void deliverParkedAtHead();
    void teardown(QtRedis::Error error, const QString &message, Cause cause, bool retryable = true);
    // Calls the owner; false if the link was disposed meanwhile.
    template <typename F>
    bool notify(F &&call);

    // TransportListener
    void transportConnected() override;
    void transportReply(const redisReply *reply) override;
    void transportClosed(const TransportFailure &failure) override;

    const Role m_role;
    LinkOwner *m_owner;
    RedisConnectionOptions m_options;
    State m_state = State::Closed;
    QtRedis::Error m_error = QtRedis::Error::NoError;
    QString m_errorString;
    bool m_wanted = false;          // opened, not closed or aborted since
    quint64 m_serial = 0;
    int m_retryAttempt = 0;
    QDateTime m_nextRetryTime;
    RespTransport *m_transport = nullptr;
    AddressResolver m_resolver;
    QPointer<SshTunnel> m_tunnel;
    QPointer<SentinelWatcher> m_watcher;
    SentinelLocator *m_locator = nullptr; // a child, made on first use
    QString m_nodeHost;             // Sentinel: the node last named
    quint16 m_nodePort = 0;
    quint64 m_tunnelTicket = 0;     // an open() of the tunnel is pending
    TlsSettings m_tlsSettings;      // this attempt's (when TLS is on)
    QList<QSslError> m_sslErrors;
    RequestQueue m_requests;
    int m_handshakePending = 0;     // handshake replies still to come
    QTimer m_connectTimer;
    QTimer m_retryTimer;
    HealthCheck m_health;
    int m_depth = 0;                // inside a call to the owner or a reply dispatch
    bool m_disposed = false;
};

// A change of a link's state, as its owner hears of it.
struct LinkChange
{
    RedisLink::State previous = RedisLink::State::Closed;
    RedisLink::State state = RedisLink::State::Closed;
    // Why a connection or an attempt ended: NoError for a graceful close or
    // the owner's own abort(); the link's error() is this when it is not NoError.
    QtRedis::Error error = QtRedis::Error::NoError;
    QString message;
    // What the requests still queued fail with (the owner's abort() reason,
    // or error): requests holds them, in order (command links only).
    QtRedis::Error reason = QtRedis::Error::NoError;
    RequestQueue *requests = nullptr;
    bool wasReady = false;     // the connection that ended had been ready
    int retryDelay = -1;       // Waiting: ms until the next attempt
};

} // namespace QtRedisPrivate

#endif // REDISLINK_P_H
