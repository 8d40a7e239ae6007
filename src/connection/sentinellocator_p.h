// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef SENTINELLOCATOR_P_H
#define SENTINELLOCATOR_P_H

#include "redisconnectionoptions.h"
#include "redisglobal.h"
#include "connection/linkrequest_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

#include <functional>

struct redisReply;

namespace QtRedisPrivate {

class RedisLink;

// Asks the sentinels of a client's options (seedNodes(), in order, starting
// with the last one that answered) where the master named
// sentinelMasterName() is: `SENTINEL get-master-addr-by-name`, or with
// readFromReplicas() `SENTINEL replicas` and a healthy replica (flags
// without s_down / o_down / disconnected, master-link-status ok).
//
// Each sentinel gets a short-lived command RedisLink with the options of
// sentinelOptions(); a sentinel that does not answer (refused, timed out,
// an error reply) makes way for the next. Every sentinel not knowing the
// name, or every one refusing the credentials, is not retryable. One lookup at a time: locate()
// cancels the one pending, abort() cancels it without a callback. done is
// called once, never before locate() returns, and is the last thing the
// locator does in that call stack (the callee may delete the locator).
class SentinelLocator final : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString host;  // set on success
        quint16 port = 0;
        QtRedis::Error error = QtRedis::Error::NoError;
        QString message;
        bool retryable = true; // false: the sentinels do not know the name
    };
    using Callback = std::function<void(const Result &)>;

    explicit SentinelLocator(QObject *parent = nullptr);
    ~SentinelLocator() override;

    void locate(const RedisConnectionOptions &options, Callback done);
    void abort();
    bool isBusy() const { return bool(m_done); }

    // The options of a connection to the sentinel host:port, derived from a
    // client's: Standalone, the sentinels' credentials, database 0, TLS and
    // the connect timeout as the client's, no automatic reconnect.
    static RedisConnectionOptions sentinelOptions(const RedisConnectionOptions &client, const QString &host,
                                                  quint16 port);
    // The address ("host:port") of a replica picked from the reply of
    // SENTINEL replicas (the health rules above); empty if none is healthy.
    static QString pickReplica(const redisReply *reply);

private:
    class Request;
    class Owner;

    void tryNext();
    // From the event loop: never inside a call of the link that failed.
    void tryNextLater();
    void replied(const redisReply *reply);
    void sentinelFailed(const QString &why);
    void finish(const Result &result);
    void dropLink();

    RedisConnectionOptions m_options;
    QStringList m_sentinels;
    Callback m_done;
    Owner *m_owner;        // hears m_link (a LinkOwner of ours)
    RedisLink *m_link = nullptr;
    QTimer m_replyTimer;
    int m_start = 0;       // the first sentinel of this lookup
    int m_tried = 0;       // sentinels asked so far in this lookup
    int m_unknown = 0;     // of them, those that did not know the name
    int m_refused = 0;     // of them, those that refused the credentials
    int m_lastAnswered = 0;
    QString m_lastReason;
    quint64 m_step = 0;    // invalidates a queued tryNext()
};

} // namespace QtRedisPrivate

#endif // SENTINELLOCATOR_P_H
