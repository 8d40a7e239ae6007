// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef MESSAGESESSION_P_H
#define MESSAGESESSION_P_H

#include "redisglobal.h"
#include "connection/redislink_p.h"

#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

class RedisClient;

namespace QtRedisPrivate {

// A connection of the client's own that carries messages (pub/sub or
// MONITOR) next to its command link: a RedisLink of the matching role, with
// the client's options. It follows the client: it opens (from the event
// loop) only while the client is Connected and the owner has something to
// do, and closes when the client leaves Connected. A failure of its own is
// retried by the link's policy while the client stays connected.
class MessageSession : public QObject, protected LinkOwner
{
    Q_OBJECT
public:
    MessageSession(RedisClient *client, RedisLink::Role role, QObject *parent);
    ~MessageSession() override;

    RedisClient *client() const { return m_client; }
    bool isReady() const { return m_link->state() == RedisLink::State::Ready; }
    // Opens the link soon if it is closed, the client is connected and
    // wanted() says so.
    void update();
    // Closes without a retry; closed() follows (NoError, not retrying) if it was open.
    void close();
    // Ready: sends a command whose answers arrive as messages.
    bool write(const QList<QByteArray> &args) { return m_link->sendMessageCommand(args); }
    QString endpoint() const { return m_link->endpoint(); }
    // Cluster: connect to this node ("host:port") instead of the client's.
    void setNodeAddress(const QString &address) { m_nodeAddress = address; }
    QString nodeAddress() const { return m_nodeAddress; }

protected:
    // Whether there is a reason to be connected.
    virtual bool wanted() const = 0;
    // The handshake is done: send the commands the owner needs.
    virtual void ready() = 0;
    // One message after the handshake. May close the session, or destroy it (and the client).
    virtual void message(const redisReply *reply) = 0;
    // The link is gone. error is NoError when the client left Connected or
    // the owner closed it; retrying: it will be reopened.
    virtual void closed(QtRedis::Error error, const QString &message, bool retrying) = 0;
    // The owner found the link broken: the link's one failure path.
    void fail(const LinkFailure &failure) { m_link->fail(failure.error, failure.message, failure.retryable); }

private:
    void open();
    void closeQuietly();
    void onClientStateChanged();
    void linkChanged(RedisLink *link, const LinkChange &change) override;
    void linkMessage(RedisLink *, const redisReply *reply) override { message(reply); }

    RedisClient *m_client;
    RedisLink *m_link;
    QTimer m_openTimer;
    bool m_quiet = false; // our own close: no closed() from the link
    QString m_nodeAddress;
};

} // namespace QtRedisPrivate

#endif // MESSAGESESSION_P_H
