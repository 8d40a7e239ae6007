// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef COMMANDKEYS_P_H
#define COMMANDKEYS_P_H

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>

namespace QtRedisPrivate {

// What the cluster router needs to know about a command: where its keys
// are, whether it only reads, and how a command without a single slot is
// served.
struct CommandKeys
{
    enum class Kind {
        Keyless,     // no key (PING, ECHO, TIME, CLIENT ..., CONFIG GET ...): one node
        Keyed,       // keys at keyIndexes (possibly none given, e.g. EVAL 0): one slot
        Split,       // MGET, MSET, DEL, UNLINK, EXISTS, TOUCH: split per slot when keys differ
        AllMasters,  // keyspace-wide: sent to every master, replies combined (see Combine)
        Refused,     // not routable in a cluster (MULTI, EXEC, WATCH, SELECT, ...): refusal says why
    };
    // How AllMasters replies combine.
    enum class Combine {
        None,
        SumIntegers,   // DBSIZE
        AllOk,         // FLUSHDB, FLUSHALL, SCRIPT FLUSH, SCRIPT LOAD (same SHA1), FUNCTION LOAD ...: first error, else the first reply
        ConcatArrays,  // KEYS
        Scan,          // SCAN: per-node cursors in one cursor
        AnyNode,       // RANDOMKEY: the first non-nil reply
        AndIntegers,   // SCRIPT EXISTS: element-wise AND of the arrays of 0/1
    };

    Kind kind = Kind::Keyless;
    Combine combine = Combine::None;
    QList<int> keyIndexes;   // indexes into args (args[0] is the command name), in order
    int splitStep = 1;       // Split: 1 (key key ...) or 2 (MSET key value key value ...)
    bool readOnly = false;   // may go to a replica after READONLY
    QByteArray refusal;      // Refused: a short English reason (translated by the caller's tr())
};

// Classifies args (args[0] the command name, any case; subcommands such as
// "OBJECT ENCODING", "XINFO STREAM", "MEMORY USAGE", "SCRIPT LOAD" looked at
// as well). Commands with key lists given by a count (EVAL, EVALSHA,
// EVAL_RO, FCALL, ZUNION*, ZINTER*, ZDIFF*, SINTERCARD, LMPOP, BLMPOP, ZMPOP,
// BZMPOP, XREAD and XREADGROUP's STREAMS, SORT ... STORE, GEORADIUS ... STORE,
// MIGRATE ... KEYS) are parsed; a malformed count gives no keys (the server
// reports the error). Unknown commands are Keyless: a MOVED redirect
// corrects a guess that was wrong.
//
// A Split command always has at least one key, and for splitStep 2 whole
// key/value pairs: a malformed one (DEL alone, MSET k v k) is Keyed with no
// keys, so the router sends it to one node, which reports the error.
// SORT and GEORADIUS[BYMEMBER] are never readOnly, even without STORE:
// Redis flags them as writes, and a replica would answer MOVED.
CommandKeys commandKeys(const QList<QByteArray> &args);

} // namespace QtRedisPrivate

#endif // COMMANDKEYS_P_H
