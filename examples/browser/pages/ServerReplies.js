// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The browser's reading of the server's own text formats, which the library
// leaves to applications: INFO (and the key counts of its keyspace section),
// CLIENT LIST and SLOWLOG GET. What they return is the server's text as it
// is: whoever shows it passes it through Redis.displayText().
// (The console needs none of this: it splits lines with
// Redis.splitCommandLine() and prints replies with RedisClient.cliCommand().)
.pragma library

// INFO text -> [{ section, key, value }], in order.
function parseInfo(text) {
    const rows = []
    let section = ""
    const lines = String(text).split(/\r?\n/)
    for (const line of lines) {
        if (line.length === 0)
            continue
        if (line[0] === "#") {
            section = line.substr(1).trim()
            continue
        }
        const colon = line.indexOf(":")
        if (colon < 0)
            continue
        rows.push({ section: section, key: line.substr(0, colon), value: line.substr(colon + 1) })
    }
    return rows
}

// The value of one INFO field, or "".
function infoValue(rows, key) {
    for (const row of rows) {
        if (row.key === key)
            return row.value
    }
    return ""
}

// "db0:keys=12,expires=0,avg_ttl=0" rows -> { 0: 12, 3: 5 }
function keyspaceCounts(rows) {
    const counts = {}
    for (const row of rows) {
        const m = /^db(\d+)$/.exec(row.key)
        if (!m)
            continue
        const keys = /keys=(\d+)/.exec(row.value)
        counts[Number(m[1])] = keys ? Number(keys[1]) : 0
    }
    return counts
}

// CLIENT LIST text -> [{ id, addr, name, ... }]
function parseClientList(text) {
    const clients = []
    const lines = String(text).split(/\r?\n/)
    for (const line of lines) {
        if (line.trim().length === 0)
            continue
        const entry = {}
        const parts = line.trim().split(" ")
        for (const part of parts) {
            const eq = part.indexOf("=")
            if (eq > 0)
                entry[part.substr(0, eq)] = part.substr(eq + 1)
        }
        clients.push(entry)
    }
    return clients
}

// SLOWLOG GET reply -> [{ id, time, durationUs, args, client, name }]; args,
// client and name as the server sent them (strings or ArrayBuffers): the
// page shows them with Redis.displayText().
function parseSlowlog(reply) {
    const entries = []
    if (!Array.isArray(reply))
        return entries
    for (const e of reply) {
        if (!Array.isArray(e) || e.length < 4)
            continue
        entries.push({
            id: String(e[0]),
            time: new Date(Number(e[1]) * 1000),
            durationUs: Number(e[2]),
            args: Array.isArray(e[3]) ? e[3] : [],
            client: e.length > 4 ? e[4] : "",
            name: e.length > 5 ? e[5] : ""
        })
    }
    return entries
}
