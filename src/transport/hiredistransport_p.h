// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef HIREDISTRANSPORT_P_H
#define HIREDISTRANSPORT_P_H

#include "transport/hiredisadapter_p.h"
#include "transport/replyguard_p.h"
#include "transport/resptransport_p.h"

struct redisAsyncContext;

namespace QtRedisPrivate {

// The command links' transport: hiredis's async context, driven from the Qt
// event loop by HiredisNotifierAdapter, with the reply guard on its reader.
// Every command is sent with the same reply callback; replies go to the
// listener in order (the link pairs them with its requests).
//
// hiredis frees its context itself (after an error, a failed connect or a
// graceful disconnect), possibly inside one of our callbacks; the transport
// lives until then, so dispose() deletes it only once hiredis is done.
class HiredisTransport final : public RespTransport, public RedisReplyGuard
{
    Q_OBJECT
public:
    explicit HiredisTransport(TransportListener *listener);
    ~HiredisTransport() override;

    void connectToHost(const QString &address, quint16 port) override;
    void connectToUnixSocket(const QString &path) override;
    bool send(const QList<QByteArray> &args) override;
    void closeGracefully() override;
    void abort() override;
    void dispose() override;
    quint64 activity() const override { return m_adapter.readEvents(); }

protected:
    bool replyExpected() const override;

private:
    void start(redisAsyncContext *context, bool tcp, int connectErrno);
    void failLater(const TransportFailure &failure);
    void reportClosed();
    void onContextFreed();
    static void onConnect(const redisAsyncContext *context, int status);
    static void onReply(redisAsyncContext *context, void *reply, void *privdata);

    redisAsyncContext *m_context = nullptr;
    HiredisNotifierAdapter m_adapter;
    QByteArray m_encodeBuffer;      // reused for every command's RESP
    int m_connectErrno = 0;         // errno of a failed asynchronous connect
    quint64 m_replies = 0;
    bool m_connected = false;
    bool m_dying = false;           // hiredis is freeing (or has freed) the context
    bool m_freed = true;            // no context (yet, or any more)
    bool m_disposed = false;
};

} // namespace QtRedisPrivate

#endif // HIREDISTRANSPORT_P_H
