// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REPLYGUARD_P_H
#define REPLYGUARD_P_H

struct redisReader;

// hiredis's async.c assert()s (aborting the process) when a reply arrives that
// no callback waits for, unless it is an error reply or the connection is in
// pub/sub or MONITOR mode; and hiredis 0.14 reserves 8 bytes per announced
// array element before any element arrives ("*2147483647" asks for 16 GiB).
// A hostile or broken server must be able to do neither. hiredis builds
// replies through its reader's object functions: the guard's functions
// build them (in the redisReply layout async.c relies on) but refuse
// such a reply. The reader then fails with its out-of-memory error, hiredis
// disconnects cleanly, and refusal() tells the owner what really happened.
// The objects they build are ours (replyobject_p.h): redisReply-shaped for
// async.c, with strings held in QByteArrays the values share.
class RedisReplyGuard
{
public:
    enum class Refusal { None, Unsolicited, ArrayTooLarge };

    // Larger arrays are refused (64 Mi elements: 512 MiB of pointers).
    static long long maxArrayElements;

    virtual ~RedisReplyGuard();

    // Puts the guard's functions on reader; false if the reader does not use
    // hiredis's default functions (then it is left alone). The guard must
    // outlive the reader.
    static bool install(redisReader *reader, RedisReplyGuard *guard);

    Refusal refusal() const { return m_refusal; }

    // Used by the object functions.
    bool refuseTopLevel(bool isErrorReply);
    bool refuseArray(long long elements);

protected:
    // Whether a top-level reply is expected now: a command waits for one, or
    // the connection is in pub/sub or MONITOR mode.
    virtual bool replyExpected() const = 0;

private:
    Refusal m_refusal = Refusal::None;
};

#endif // REPLYGUARD_P_H
