// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The singleton Redis (displayText, splitCommandLine, isSupportedUrl) and
// RedisClient.cliCommand(): QML gets the library's own text conventions.
import QtQuick
import QtTest
import QtRedis

TestCase {
    id: testCase
    name: "RedisText"

    readonly property int timeout: 15000

    RedisClient {
        id: redis
        host: redisHost
        port: redisPort
    }

    function initTestCase() {
        if (redisError !== "")
            skip("no redis-server: " + redisError)
        redis.connectToServer()
        tryCompare(redis, "state", RedisClient.Connected, timeout)
    }

    function bufferOf(bytes) {
        const buffer = new ArrayBuffer(bytes.length)
        const view = new Uint8Array(buffer)
        for (let i = 0; i < bytes.length; ++i)
            view[i] = bytes[i]
        return buffer
    }

    function test_displayText_data() {
        return [
            { tag: "plain", bytes: [0x61, 0x62], max: -1, text: "ab" },
            { tag: "controls", bytes: [0x00, 0x0a, 0x0d, 0x09, 0x5c], max: -1, text: "\\x00\\n\\r\\t\\\\" },
            { tag: "invalid utf-8", bytes: [0xff, 0xc3, 0x28], max: -1, text: "\\xff\\xc3(" },
            { tag: "utf-8", bytes: [0xc3, 0xbc], max: -1, text: "\u00fc" },
            { tag: "bidi override", bytes: [0xe2, 0x80, 0xae], max: -1, text: "\\xe2\\x80\\xae" },
            { tag: "capped", bytes: [0x61, 0x62, 0x63, 0x64], max: 2, text: "ab\u2026" },
        ]
    }

    function test_displayText(data) {
        compare(Redis.displayText(bufferOf(data.bytes), data.max), data.text)
    }

    function test_displayTextOfString() {
        compare(Redis.displayText("tab\there"), "tab\\there")
    }

    function test_splitCommandLine() {
        const split = Redis.splitCommandLine("SET \"a\\x00b\" 'it''s'")
        verify(!split.ok) // a closing quote must be followed by a space
        const good = Redis.splitCommandLine("SET \"a\\x00b\" 'v w'")
        verify(good.ok)
        compare(good.args.length, 3)
        compare(new Uint8Array(good.args[1]).length, 3)
        compare(new Uint8Array(good.args[1])[1], 0)
        compare(Redis.displayText(good.args[2]), "v w")
        const bad = Redis.splitCommandLine("GET \"open")
        verify(!bad.ok)
        verify(bad.error.length > 0)
        compare(bad.args.length, 0)
    }

    function test_isSupportedUrl_data() {
        return [
            { tag: "redis", url: "redis://127.0.0.1:6379/0", ok: true },
            { tag: "redis with user", url: "redis://user:secret@host/2?name=x", ok: true },
            { tag: "unix", url: "unix:///tmp/redis.sock?db=1", ok: true },
            { tag: "unix without path", url: "unix://", ok: false },
            { tag: "http", url: "http://example.com", ok: false },
            { tag: "bad db", url: "redis://host/x", ok: false },
            { tag: "empty", url: "", ok: false },
        ]
    }

    function test_isSupportedUrl(data) {
        compare(Redis.isSupportedUrl(data.url), data.ok)
    }

    function runCli(args) {
        const result = { calls: 0 }
        redis.cliCommand(args, function(text, error, code) {
            result.calls++
            result.text = text
            result.error = error
            result.code = code
        }, testCase)
        tryVerify(function() { return result.calls > 0 }, timeout)
        return result
    }

    function test_cliCommand() {
        compare(redisServer.cli(["DEL", "text:list"]), "0")
        let r = runCli(["SET", "text:key", bufferOf([0x76, 0x00, 0x0a])])
        compare(r.text, "OK")           // a status, unquoted
        compare(r.error, null)
        compare(r.code, RedisError.NoError)
        r = runCli(["GET", "text:key"])
        compare(r.text, "\"v\\x00\\n\"") // a bulk string, quoted and escaped
        r = runCli(["RPUSH", "text:list", "a", "b"])
        compare(r.text, "(integer) 2")
        r = runCli(["LRANGE", "text:list", "0", "-1"])
        compare(r.text, "1) \"a\"\n2) \"b\"")
        r = runCli(["GET", "text:missing"])
        compare(r.text, "(nil)")
        r = runCli(["NOSUCHCOMMAND"])
        verify(r.text.startsWith("(error) ERR unknown command"), r.text)
        compare(r.code, RedisError.ServerError)
        verify(r.error !== null)
        r = runCli([])
        verify(r.text.startsWith("(error) "), r.text)
        compare(r.code, RedisError.InvalidArgument)
        compare(redisServer.cli(["DEL", "text:key", "text:list"]), "2")
    }
}
