// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "helpers/redisscanner_p.h"

#include "redisclient.h"

using QtRedis::Error;

namespace QtRedisPrivate {

namespace {

// An unsigned 64-bit decimal number, as Redis prints a cursor.
bool isCursor(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > 20)
        return false;
    for (char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    // Same length: byte order is numeric order.
    return bytes.size() < 20 || bytes <= QByteArrayLiteral("18446744073709551615");
}

} // namespace

RedisScanner::RedisScanner(PageHandler onPage, FailureHandler onFailure)
    : m_onPage(std::move(onPage)), m_onFailure(std::move(onFailure))
{
}

RedisScanner::~RedisScanner() = default;

void RedisScanner::setClient(RedisClient *client)
{
    cancel();
    m_slot.release();
    m_client = client;
}

QByteArray RedisScanner::commandName() const
{
    switch (m_options.kind) {
    case Kind::Keys:
        return QByteArrayLiteral("SCAN");
    case Kind::Hash:
        return QByteArrayLiteral("HSCAN");
    case Kind::Set:
        return QByteArrayLiteral("SSCAN");
    case Kind::SortedSet:
        return QByteArrayLiteral("ZSCAN");
    }
    return {};
}

void RedisScanner::start()
{
    rewind();
    next();
}

void RedisScanner::rewind()
{
    cancel();
    m_cursor = QByteArrayLiteral("0");
    m_atEnd = false;
}

void RedisScanner::cancel()
{
    m_run.abort();
    m_waiting = false;
}

void RedisScanner::next()
{
    if (m_waiting || m_atEnd)
        return;
    m_waiting = true;
    // Else the reply of a cancelled or restarted run is still due: this run's
    // command goes out when it comes.
    if (!m_slot.isBusy())
        issue();
}

void RedisScanner::issue()
{
    if (!m_client) {
        // Reported from the event loop like every other failure.
        m_run.post([this] {
            fail(RedisValue::fromClientError(Error::NotConnected, RedisScan::tr("The scan has no client")));
        });
        return;
    }
    QList<QByteArray> args;
    args.reserve(9);
    args.append(commandName());
    if (m_options.kind != Kind::Keys)
        args.append(m_options.key);
    args.append(m_cursor);
    if (!m_options.match.isEmpty())
        args << QByteArrayLiteral("MATCH") << m_options.match;
    if (m_options.count > 0)
        args << QByteArrayLiteral("COUNT") << QByteArray::number(m_options.count);
    if (m_options.kind == Kind::Keys && !m_options.type.isEmpty())
        args << QByteArrayLiteral("TYPE") << m_options.type;
    m_slot.issue(m_client, args, m_run, [this](const RedisValue &reply, bool wanted) {
        if (wanted)
            onReply(reply);
        else if (m_waiting)
            issue(); // the reply of an earlier run came: the current run's turn
    });
}

void RedisScanner::onReply(const RedisValue &reply)
{
    m_waiting = false;
    if (reply.isError()) {
        fail(reply);
        return;
    }
    QByteArray cursor;
    RedisValue elements;
    QString problem;
    if (!parseReply(reply, pairs(), &cursor, &elements, &problem)) {
        fail(RedisValue::fromClientError(
                Error::ProtocolError,
                RedisScan::tr("Unexpected reply to %1: %2").arg(QString::fromLatin1(commandName()), problem)));
        return;
    }
    m_cursor = cursor;
    m_atEnd = cursor == "0";
    const PageHandler onPage = m_onPage; // it may destroy the scanner
    onPage(elements, m_atEnd);
}

void RedisScanner::fail(const RedisValue &failure)
{
    m_waiting = false;
    const FailureHandler onFailure = m_onFailure; // it may destroy the scanner
    onFailure(failure);
}

bool RedisScanner::parseReply(const RedisValue &reply, bool pairs, QByteArray *cursor, RedisValue *elements,
                              QString *problem)
{
    if (!reply.isArray() || reply.size() != 2) {
        *problem = RedisScan::tr("expected an array of two elements");
        return false;
    }
    const RedisValue head = reply.at(0);
    if (!head.isString() || !isCursor(head.toByteArray())) {
        *problem = RedisScan::tr("the cursor is not a decimal number");
        return false;
    }
    const RedisValue items = reply.at(1);
    if (!items.isArray()) {
        *problem = RedisScan::tr("the elements are not an array");
        return false;
    }
    const qsizetype n = items.size();
    if (pairs && n % 2 != 0) {
        *problem = RedisScan::tr("an odd number of elements where pairs were expected");
        return false;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const RedisValue element = items.at(i);
        // RESP2 sends bulk strings; a RESP3 score may come as another scalar.
        if (!element.isString() && !element.isStatus() && !element.isInteger()) {
            *problem = RedisScan::tr("element %1 is not a string").arg(i);
            return false;
        }
    }
    *cursor = head.toByteArray();
    *elements = items;
    return true;
}

QList<QByteArray> RedisScanner::toByteArrays(const RedisValue &elements)
{
    const qsizetype n = elements.size();
    QList<QByteArray> items;
    items.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        items.append(elements.at(i).toByteArray());
    return items;
}

} // namespace QtRedisPrivate
