// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisClient.command(args, callback): reply types as JS values, errors,
// binary safety in both directions, exactly-once callbacks.
import QtQuick
import QtTest
import QtRedis

TestCase {
    id: testCase
    name: "RedisCommand"

    readonly property int timeout: 15000

    RedisClient {
        id: redis
        host: redisHost
        port: redisPort
    }

    Component {
        id: clientComponent
        RedisClient { autoReconnect: false }
    }

    function initTestCase() {
        if (redisError !== "")
            skip("no redis-server: " + redisError)
        redis.connectToServer()
        tryCompare(redis, "state", RedisClient.Connected, timeout)
    }

    function init() {
        compare(redisServer.cli(["FLUSHALL"]), "OK")
    }

    // Issues a command; the returned record fills in when its callback runs.
    function issue(client, args, context) {
        const result = { calls: 0, args: args }
        client.command(args, function(value, error, code) {
            result.calls++
            result.value = value
            result.error = error
            result.code = code
            result.argc = arguments.length
        }, context || null)
        return result
    }

    function run(client, args) {
        const result = issue(client, args)
        tryVerify(function() { return result.calls > 0 }, timeout, "no callback for " + args)
        return result
    }

    // A round trip on the client: every callback issued before it has run once it is back.
    function fence(client) {
        return run(client || redis, ["PING"])
    }

    function bytesOf(buffer) {
        return Array.prototype.slice.call(new Uint8Array(buffer))
    }

    function test_replyTypes_data() {
        return [
            { tag: "bulk string", setup: [["SET", "k", "value"]], args: ["GET", "k"], expected: "value" },
            { tag: "empty string", setup: [["SET", "k", ""]], args: ["GET", "k"], expected: "" },
            { tag: "utf-8 string", setup: [["SET", "k", "h\u00e9llo \u2603"]], args: ["GET", "k"],
              expected: "h\u00e9llo \u2603" },
            { tag: "integer", setup: [["SET", "n", "41"]], args: ["INCR", "n"], expected: 42 },
            { tag: "negative integer", setup: [], args: ["DECRBY", "m", "7"], expected: -7 },
            { tag: "nil", setup: [], args: ["GET", "missing"], expected: null },
            { tag: "status PONG", setup: [], args: ["PING"], expected: "PONG" },
            { tag: "status OK", setup: [], args: ["SET", "k", "v"], expected: "OK" },
            { tag: "array", setup: [["RPUSH", "l", "a", "b", "c"]], args: ["LRANGE", "l", "0", "-1"],
              expected: ["a", "b", "c"] },
            { tag: "empty array", setup: [], args: ["LRANGE", "nolist", "0", "-1"], expected: [] },
            { tag: "nested array", setup: [],
              args: ["EVAL", "return {1, {'a', {2, 'b'}}, 'c', {}}", "0"],
              expected: [1, ["a", [2, "b"]], "c", []] },
            { tag: "array with nil", setup: [["SET", "x", "1"]], args: ["MGET", "x", "nothere"],
              expected: ["1", null] },
        ]
    }

    function test_replyTypes(data) {
        for (const args of data.setup)
            compare(run(redis, args).error, null)
        const result = run(redis, data.args)
        compare(result.calls, 1)
        compare(result.error, null)
        compare(result.code, RedisError.NoError)
        compare(result.argc, 3)
        compare(typeof result.value, typeof data.expected)
        compare(Array.isArray(result.value), Array.isArray(data.expected))
        compare(result.value, data.expected)
    }

    function test_integerIsNumber() {
        const result = run(redis, ["INCRBY", "big", "9007199254740991"])   // 2^53 - 1
        compare(typeof result.value, "number")
        compare(result.value, 9007199254740991)
    }

    function test_errorInsideArray() {
        const result = run(redis, ["EVAL", "return {1, redis.error_reply('BOOM inside')}", "0"])
        compare(result.error, null)
        compare(result.value.length, 2)
        compare(result.value[0], 1)
        verify(result.value[1] instanceof Error, "an error element is an Error object")
        compare(result.value[1].message, "BOOM inside")
    }

    function test_serverError_data() {
        return [
            { tag: "WRONGTYPE", setup: [["RPUSH", "l", "a"]], args: ["GET", "l"], prefix: "WRONGTYPE" },
            { tag: "unknown command", setup: [], args: ["NOSUCHCOMMAND", "x"], prefix: "ERR unknown command" },
            { tag: "wrong arity", setup: [], args: ["GET"], prefix: "ERR wrong number of arguments" },
            { tag: "script error", setup: [], args: ["EVAL", "return redis.error_reply('MYERR custom')", "0"],
              prefix: "MYERR custom" },
        ]
    }

    function test_serverError(data) {
        for (const args of data.setup)
            run(redis, args)
        const result = run(redis, data.args)
        compare(result.calls, 1)
        compare(result.value, undefined)
        compare(typeof result.error, "string")
        verify(result.error.indexOf(data.prefix) === 0, result.error)
        compare(result.code, RedisError.ServerError)
        // The connection stays up.
        compare(redis.state, RedisClient.Connected)
        compare(fence().value, "PONG")
    }

    function test_notConnected() {
        const client = createTemporaryObject(clientComponent, testCase,
                                             { host: redisHost, port: redisPort })
        compare(client.state, RedisClient.Disconnected)
        const result = issue(client, ["PING"])
        compare(result.calls, 0)   // never from inside command()
        tryCompare(result, "calls", 1, timeout)
        compare(result.value, undefined)
        compare(result.code, RedisError.NotConnected)
        verify(result.error !== null && result.error !== "", "an error message")
        fence()
        compare(result.calls, 1)
    }

    function test_refusedPort() {
        const client = createTemporaryObject(clientComponent, testCase,
                                             { host: redisHost, port: redisServer.closedPort() })
        client.connectToServer()
        // Held while connecting; fails with the attempt.
        const first = issue(client, ["SET", "never", "1"])
        const second = issue(client, ["GET", "never"])
        tryCompare(second, "calls", 1, timeout)
        compare(first.calls, 1)
        compare(first.code, RedisError.ConnectionRefused)
        compare(second.code, RedisError.ConnectionRefused)
        verify(first.error !== null && first.error.length > 0)
        compare(first.value, undefined)
        // Each callback ran exactly once, also after more event-loop rounds.
        fence()
        fence()
        compare(first.calls, 1)
        compare(second.calls, 1)
        compare(redisServer.cli(["EXISTS", "never"]), "0")
    }

    function test_binaryValueIsArrayBuffer() {
        // Set with Lua's decimal escapes through redis-cli: \255 is not UTF-8.
        compare(redisServer.cli(["EVAL", "redis.call('SET', KEYS[1], '\\255\\000a\\r\\n') return 1", "1", "bin"]), "1")
        const result = run(redis, ["GET", "bin"])
        compare(result.error, null)
        verify(result.value instanceof ArrayBuffer, "not an ArrayBuffer: " + typeof result.value)
        compare(result.value.byteLength, 5)
        compare(bytesOf(result.value), [255, 0, 97, 13, 10])
    }

    function test_validUtf8WithControlBytesIsString() {
        compare(redisServer.cli(["EVAL", "redis.call('SET', KEYS[1], 'a\\000b\\r\\n') return 1", "1", "ctl"]), "1")
        const result = run(redis, ["GET", "ctl"])
        compare(typeof result.value, "string")
        compare(result.value, "a\u0000b\r\n")
        compare(result.value.length, 5)
    }

    function test_binaryInsideArray() {
        compare(redisServer.cli(["EVAL", "redis.call('RPUSH', KEYS[1], 'ok', '\\128\\129') return 1", "1", "bl"]), "1")
        const result = run(redis, ["LRANGE", "bl", "0", "-1"])
        compare(result.value.length, 2)
        compare(result.value[0], "ok")
        verify(result.value[1] instanceof ArrayBuffer)
        compare(bytesOf(result.value[1]), [128, 129])
    }

    function test_arrayBufferArguments_data() {
        return [
            { tag: "NUL CR LF and invalid UTF-8", bytes: [0, 255, 13, 10, 128], cli: "\"\\x00\\xff\\r\\n\\x80\"" },
            { tag: "empty", bytes: [], cli: "\"\"" },
            { tag: "ASCII", bytes: [104, 105], cli: "\"hi\"" },
        ]
    }

    function test_arrayBufferArguments(data) {
        const buffer = new Uint8Array(data.bytes).buffer
        compare(run(redis, ["SET", "raw", buffer]).value, "OK")
        // What the server stored, seen by redis-cli.
        compare(redisServer.cli(["--no-raw", "GET", "raw"]), data.cli)
        // And back: the same bytes (a string when they happen to be UTF-8).
        const back = run(redis, ["GET", "raw"]).value
        if (back instanceof ArrayBuffer)
            compare(bytesOf(back), data.bytes)
        else
            compare(back, String.fromCharCode.apply(null, data.bytes))
        // The key may be binary too.
        compare(run(redis, ["SET", buffer, "k"]).value, "OK")
        compare(run(redis, ["GET", buffer]).value, "k")
    }

    function test_typedArrayArguments() {
        const whole = new Uint8Array([1, 2, 3, 4, 5, 6])
        const view = new Uint8Array(whole.buffer, 2, 3)          // 3, 4, 5
        compare(run(redis, ["SET", "typed", view]).value, "OK")
        compare(redisServer.cli(["--no-raw", "GET", "typed"]), "\"\\x03\\x04\\x05\"")
        const dv = new DataView(whole.buffer, 4, 2)               // 5, 6
        compare(run(redis, ["SET", "dv", dv]).value, "OK")
        compare(redisServer.cli(["--no-raw", "GET", "dv"]), "\"\\x05\\x06\"")
    }

    function test_stringAndNumberArguments() {
        compare(run(redis, ["SET", "s", "h\u00e9 \u2603"]).value, "OK")
        compare(redisServer.cli(["--no-raw", "GET", "s"]), "\"h\\xc3\\xa9 \\xe2\\x98\\x83\"")
        compare(run(redis, ["SET", "n", 42]).value, "OK")
        compare(redisServer.cli(["GET", "n"]), "42")
        compare(run(redis, ["INCRBYFLOAT", "n", 1.5]).value, "43.5")
        compare(run(redis, ["SET", "neg", -7]).value, "OK")
        compare(redisServer.cli(["GET", "neg"]), "-7")
        compare(run(redis, ["EXPIRE", "n", 100]).value, 1)
    }

    function test_badArguments_data() {
        return [
            { tag: "not an array", args: "GET k", message: "array" },
            { tag: "object argument", args: ["SET", "k", {}], message: "Argument 3" },
            { tag: "undefined argument", args: ["GET", undefined], message: "Argument 2" },
            { tag: "boolean argument", args: ["SET", "k", true], message: "Argument 3" },
            { tag: "null argument", args: ["SET", "k", null], message: "Argument 3" },
            { tag: "empty", args: [], message: "" },
        ]
    }

    function test_badArguments(data) {
        const result = issue(redis, data.args)
        tryCompare(result, "calls", 1, timeout)
        compare(result.code, RedisError.InvalidArgument)
        compare(result.value, undefined)
        verify(typeof result.error === "string" && result.error.length > 0)
        verify(result.error.indexOf(data.message) >= 0, result.error)
        compare(redisServer.cli(["EXISTS", "k"]), "0")
        fence()
        compare(result.calls, 1)
    }

    function test_streamCommandsRefused() {
        const result = run(redis, ["SUBSCRIBE", "x"])
        compare(result.code, RedisError.InvalidArgument)
        compare(fence().value, "PONG")
    }

    function test_callbacksInIssueOrder() {
        const order = []
        const expected = []
        for (let i = 0; i < 50; ++i) {
            expected.push(i)
            // A client-side failure (bad arguments) in the middle keeps its turn.
            const args = i === 25 ? ["GET", {}] : ["INCR", "counter"]
            redis.command(args, function(value, error) { order.push(i) })
        }
        tryCompare(order, "length", 50, timeout)
        compare(order, expected)
        compare(redisServer.cli(["GET", "counter"]), "49")
    }

    function test_callbackOptional() {
        redis.command(["SET", "fire", "forget"])
        redis.command(["SET", "fire2", "forget"], null)
        compare(fence().value, "PONG")
        compare(redisServer.cli(["GET", "fire2"]), "forget")
    }

    function test_callbackNotAFunction() {
        let thrown = null
        try {
            redis.command(["SET", "nf", "1"], 42)
        } catch (e) {
            thrown = e
        }
        verify(thrown instanceof TypeError, "expected a TypeError, got " + thrown)
        compare(fence().value, "PONG")
        compare(redisServer.cli(["EXISTS", "nf"]), "0")
    }

    function test_throwingCallback() {
        ignoreWarning(/a command\(\) callback threw: Error: thrown by the test/)
        let ran = 0
        redis.command(["PING"], function() { ++ran; throw new Error("thrown by the test") })
        const after = run(redis, ["SET", "after", "throw"])
        compare(ran, 1)
        compare(after.value, "OK")
        compare(redis.state, RedisClient.Connected)
        compare(run(redis, ["GET", "after"]).value, "throw")
    }

    function test_callbackIssuesCommand() {
        const inner = { calls: 0 }
        redis.command(["SET", "chain", "1"], function() {
            redis.command(["INCR", "chain"], function(value) { inner.calls++; inner.value = value })
        })
        tryCompare(inner, "calls", 1, timeout)
        compare(inner.value, 2)
    }
}
