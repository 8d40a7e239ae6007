// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Helpers without state: reply formatting like redis-cli, and parsers for
// INFO, CLIENT LIST and SLOWLOG replies. (Command lines are split by
// BrowserCodec.splitCommandLine(), i.e. RedisClient::splitCommandLine().)
.pragma library

// UTF-8 bytes of one character code (a surrogate pair counts as one).
function pushUtf8(bytes, codePoint) {
    if (codePoint < 0x80) {
        bytes.push(codePoint)
    } else if (codePoint < 0x800) {
        bytes.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f))
    } else if (codePoint < 0x10000) {
        bytes.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f))
    } else {
        bytes.push(0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f),
                   0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f))
    }
}

// The bytes of an argument as text (for the first word: the command name).
function bytesToAscii(buffer) {
    const view = new Uint8Array(buffer)
    let s = ""
    for (let k = 0; k < view.length; ++k)
        s += String.fromCharCode(view[k])
    return s
}

// A JS string quoted like redis-cli prints a bulk string: "..." with
// control characters, quotes and backslashes escaped.
function quote(text) {
    let out = "\""
    for (let k = 0; k < text.length; ++k) {
        const c = text[k]
        const code = text.charCodeAt(k)
        if (c === "\\") out += "\\\\"
        else if (c === "\"") out += "\\\""
        else if (c === "\n") out += "\\n"
        else if (c === "\r") out += "\\r"
        else if (c === "\t") out += "\\t"
        else if (code < 0x20 || code === 0x7f) out += "\\x" + (code < 16 ? "0" : "") + code.toString(16)
        else if ((code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029 || (code >= 0x200e && code <= 0x200f)
                 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
            const bytes = []
            pushUtf8(bytes, code)
            for (const b of bytes)
                out += "\\x" + b.toString(16)
        } else out += c
    }
    return out + "\""
}

// A reply as redis-cli prints it. codec: the BrowserCodec singleton (for
// ArrayBuffers: bytes that are not UTF-8). statusLike: print a top-level
// string without quotes (status replies such as OK cannot be told apart from
// bulk strings in JavaScript).
function formatReply(value, codec, statusLike, indent) {
    indent = indent || ""
    if (value === null || value === undefined)
        return "(nil)"
    if (value instanceof ArrayBuffer)
        return "\"" + codec.escape(value).replace(/"/g, "\\\"") + "\""
    if (value instanceof Error)
        return "(error) " + value.message
    if (typeof value === "number")
        return Number.isInteger(value) ? "(integer) " + value : String(value)
    if (typeof value === "string")
        return statusLike ? value : quote(value)
    if (Array.isArray(value)) {
        if (value.length === 0)
            return "(empty array)"
        const width = String(value.length).length
        let lines = []
        for (let k = 0; k < value.length; ++k) {
            let label = String(k + 1)
            while (label.length < width)
                label = " " + label
            label += ") "
            const inner = formatReply(value[k], codec, false, indent + " ".repeat(label.length))
            lines.push((k === 0 ? "" : indent) + label + inner)
        }
        return lines.join("\n")
    }
    return String(value)
}

// Commands whose success reply is a status (+OK, +PONG, +string...).
const statusCommands = ["SET", "PING", "SELECT", "FLUSHDB", "FLUSHALL", "MSET", "RENAME", "TYPE", "LSET", "LTRIM",
                        "AUTH", "QUIT", "SAVE", "BGSAVE", "BGREWRITEAOF", "SHUTDOWN", "MULTI", "DISCARD", "WATCH",
                        "UNWATCH", "RESTORE", "SWAPDB", "XGROUP", "CLIENT", "CONFIG", "DEBUG", "SCRIPT", "FUNCTION",
                        "ACL", "READONLY", "READWRITE", "RESET", "HMSET", "PSETEX", "SETEX", "MIGRATE"]

function isStatusCommand(name) {
    return statusCommands.indexOf(String(name).toUpperCase()) >= 0
}

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

// Text from the server as one line of plain text (control characters escaped).
function plain(text, codec) {
    return codec.escape(codec.fromText(String(text)))
}

function valueText(value, codec) {
    if (value instanceof ArrayBuffer)
        return codec.escape(value)
    if (typeof value === "string")
        return codec.escape(codec.fromText(value))
    return String(value)
}

// SLOWLOG GET reply -> [{ id, time, durationUs, command, client, name }]
function parseSlowlog(reply, codec) {
    const entries = []
    if (!Array.isArray(reply))
        return entries
    for (const e of reply) {
        if (!Array.isArray(e) || e.length < 4)
            continue
        const args = Array.isArray(e[3]) ? e[3].map(a => valueText(a, codec)) : []
        entries.push({
            id: String(e[0]),
            time: new Date(Number(e[1]) * 1000),
            durationUs: Number(e[2]),
            command: args.join(" "),
            client: e.length > 4 ? valueText(e[4], codec) : "",
            name: e.length > 5 ? valueText(e[5], codec) : ""
        })
    }
    return entries
}

// Applies connection options (see ConnectionStore) to a RedisClient.
function applyOptions(client, o) {
    if (o.mode === "url") {
        client.url = o.url
    } else if (o.mode === "socket") {
        client.unixSocketPath = o.socketPath
        client.database = o.database
    } else {
        client.unixSocketPath = ""
        client.host = o.host
        client.port = o.port
        client.database = o.database
    }
    if (o.mode !== "url" || (o.username || "") !== "")
        client.username = o.username || ""
    client.password = o.password || ""
    client.clientName = o.clientName || ""
}

function isUsableUrl(text) {
    return /^(redis:\/\/[^\s]+|unix:\/\/[^\s]*\/[^\s]*)$/.test(String(text).trim())
}
