// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Object lifetimes around command callbacks: a destroyed client or context
// object gets no callback (and nothing crashes); abort() still calls back.
import QtQuick
import QtTest
import QtRedis

TestCase {
    id: testCase
    name: "RedisLifetime"

    readonly property int timeout: 15000

    RedisClient {
        id: redis
        host: redisHost
        port: redisPort
    }

    Component {
        id: clientComponent
        RedisClient {
            property var tracker: ({})   // tracker.gone: set when the object is destroyed
            Component.onDestruction: tracker.gone = true
        }
    }

    Component {
        id: itemComponent
        Item {
            property var tracker: ({})
            Component.onDestruction: tracker.gone = true
        }
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

    function run(client, args) {
        const result = { calls: 0 }
        client.command(args, function(value, error) { result.calls++; result.value = value; result.error = error })
        tryCompare(result, "calls", 1, timeout)
        return result
    }

    function connectedClient(name, tracker) {
        const client = createTemporaryObject(clientComponent, testCase,
                                             { host: redisHost, port: redisPort, clientName: name })
        if (tracker)
            client.tracker = tracker   // assigned from JS: the same object, not a copy
        client.connectToServer()
        tryCompare(client, "state", RedisClient.Connected, timeout)
        return client
    }

    function blockedOnServer(name) {
        return redisServer.cli(["CLIENT", "LIST"]).split("\n").some(function(line) {
            return line.indexOf("name=" + name + " ") >= 0 && line.indexOf("cmd=blpop") >= 0
        })
    }

    function test_destroyClientWithPendingCommand() {
        const tracker = { gone: false }
        const client = connectedClient("qml-doomed", tracker)
        const pending = { calls: 0 }
        // Blocks on the server until the client goes away.
        client.command(["BLPOP", "nothing-here", "0"], function() { pending.calls++ })
        tryVerify(function() { return blockedOnServer("qml-doomed") }, timeout, "BLPOP not blocked")
        client.destroy()
        tryCompare(tracker, "gone", true, timeout)
        // The connection is gone on the server ...
        tryVerify(function() { return redisServer.cli(["CLIENT", "LIST"]).indexOf("name=qml-doomed") < 0 },
                  timeout, "the destroyed client's connection is still open")
        // ... and after more event-loop rounds the callback still has not run.
        run(redis, ["PING"])
        run(redis, ["PING"])
        compare(pending.calls, 0)
    }

    function test_destroyContextObject() {
        const client = connectedClient("qml-context")
        const tracker = { gone: false }
        const context = createTemporaryObject(itemComponent, testCase)
        context.tracker = tracker
        const skipped = { calls: 0 }
        const kept = { calls: 0 }
        client.command(["BLPOP", "ctx-list", "0"], function() { skipped.calls++ }, context)
        client.command(["GET", "ctx-list"], function() { kept.calls++ }, testCase)
        tryVerify(function() { return blockedOnServer("qml-context") }, timeout, "BLPOP not blocked")
        context.destroy()
        tryCompare(tracker, "gone", true, timeout)
        // Now the reply comes: BLPOP returns, but its context is gone.
        compare(redisServer.cli(["RPUSH", "ctx-list", "x"]), "1")
        const after = run(client, ["PING"])
        compare(after.value, "PONG")
        compare(kept.calls, 1)       // the command after it, with a live context, ran
        compare(skipped.calls, 0)
        compare(redisServer.cli(["LLEN", "ctx-list"]), "0")   // the command itself did run
    }

    function test_abortCallsBackOnce() {
        const client = connectedClient("qml-abort")
        const pending = { calls: 0 }
        client.command(["BLPOP", "abort-list", "0"], function(value, error, code) {
            pending.calls++
            pending.error = error
            pending.code = code
        })
        tryVerify(function() { return blockedOnServer("qml-abort") }, timeout, "BLPOP not blocked")
        client.abort()
        tryCompare(pending, "calls", 1, timeout)
        compare(pending.code, RedisError.Aborted)
        verify(pending.error !== null && pending.error !== "")
        run(redis, ["PING"])
        compare(pending.calls, 1)
    }

    function test_callbackDestroysClient() {
        const tracker = { gone: false }
        const client = connectedClient("qml-selfdestroy", tracker)
        const calls = { first: 0, second: 0 }
        client.command(["PING"], function() { calls.first++; client.destroy() })
        client.command(["BLPOP", "never-filled", "0"], function() { calls.second++ })
        tryCompare(tracker, "gone", true, timeout)
        run(redis, ["PING"])
        compare(calls.first, 1)
        compare(calls.second, 0)
    }

    function test_disconnectDeliversPendingReplies() {
        const client = connectedClient("qml-graceful")
        const results = []
        for (let i = 0; i < 20; ++i)
            client.command(["INCR", "graceful"], function(value) { results.push(value) })
        client.disconnectFromServer()
        tryCompare(client, "state", RedisClient.Disconnected, timeout)
        tryCompare(results, "length", 20, timeout)
        compare(results[19], 20)
    }
}
