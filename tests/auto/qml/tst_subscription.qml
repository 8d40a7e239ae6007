// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisSubscription in QML: channel and pattern subscriptions, active,
// items sharing one C++ subscription, binary payloads.
import QtQuick
import QtTest
import QtRedis

TestCase {
    id: testCase
    name: "RedisSubscription"

    readonly property int timeout: 15000

    RedisClient {
        id: redis
        host: redisHost
        port: redisPort
    }

    Component {
        id: subscriptionComponent
        RedisSubscription {
            property var received: []
            property var tracker: ({})   // tracker.gone: set when the object is destroyed
            Component.onDestruction: tracker.gone = true
            onMessageReceived: (channel, message, pattern) => received.push([channel, message, pattern])
        }
    }

    Component {
        id: clientComponent
        RedisClient {}
    }

    function initTestCase() {
        if (redisError !== "")
            skip("no redis-server: " + redisError)
        redis.connectToServer()
        tryCompare(redis, "state", RedisClient.Connected, timeout)
    }

    function subscription(properties) {
        const props = Object.assign({ client: redis }, properties)
        const item = createTemporaryObject(subscriptionComponent, testCase, props)
        verify(item, "RedisSubscription could not be created")
        return item
    }

    // Subscribers the server counts for a channel / patterns overall.
    function numsub(channel) {
        return redisServer.cli(["PUBSUB", "NUMSUB", channel]).split("\n")[1]
    }
    function numpat() {
        return redisServer.cli(["PUBSUB", "NUMPAT"])
    }
    function publish(channel, message) {
        return redisServer.cli(["PUBLISH", channel, message])
    }

    function test_stateEnum() {
        compare(RedisSubscription.Unsubscribed, 0)
        compare(RedisSubscription.Pending, 1)
        compare(RedisSubscription.Subscribed, 2)
        compare(RedisSubscription.Unsubscribing, 3)
        compare(RedisSubscription.Error, 4)
    }

    function test_defaults() {
        const item = createTemporaryObject(subscriptionComponent, testCase)
        compare(item.active, true)
        compare(item.client, null)
        compare(item.channel, "")
        compare(item.pattern, "")
        compare(item.state, RedisSubscription.Unsubscribed)
        compare(item.errorString, "")
    }

    function test_channelMessages() {
        const item = subscription({ channel: "qml.news" })
        const spy = createTemporaryObject(spyComponent, testCase,
                                          { target: item, signalName: "messageReceived" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        compare(item.client, redis)
        compare(publish("qml.news", "hello"), "1")
        spy.wait(timeout)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "qml.news")
        compare(spy.signalArguments[0][1], "hello")
        compare(spy.signalArguments[0][2], undefined)
        publish("qml.news", "h\u00e9 \u2603")
        tryCompare(item.received, "length", 2, timeout)
        compare(item.received[1][1], "h\u00e9 \u2603")
        publish("qml.other", "not for us")
        publish("qml.news", "third")
        tryCompare(item.received, "length", 3, timeout)
        compare(item.received[2][1], "third")
    }

    function test_patternMessages() {
        const item = subscription({ pattern: "qml.p.*" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        compare(numpat(), "1")
        compare(publish("qml.p.one", "first"), "1")
        tryCompare(item.received, "length", 1, timeout)
        compare(item.received[0], ["qml.p.one", "first", "qml.p.*"])
        publish("qml.q.one", "no match")
        publish("qml.p.two", "second")
        tryCompare(item.received, "length", 2, timeout)
        compare(item.received[1], ["qml.p.two", "second", "qml.p.*"])
    }

    function test_binaryPayload() {
        const item = subscription({ channel: "qml.bin" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        const sent = { calls: 0 }
        redis.command(["PUBLISH", "qml.bin", new Uint8Array([0, 255, 13, 10]).buffer],
                      function(value) { sent.calls++; sent.value = value })
        tryCompare(item.received, "length", 1, timeout)
        const message = item.received[0][1]
        verify(message instanceof ArrayBuffer, "not an ArrayBuffer: " + typeof message)
        compare(Array.prototype.slice.call(new Uint8Array(message)), [0, 255, 13, 10])
        tryCompare(sent, "calls", 1, timeout)
        compare(sent.value, 1)
    }

    function test_inactive() {
        const item = subscription({ channel: "qml.inactive", active: false })
        compare(item.state, RedisSubscription.Unsubscribed)
        compare(numsub("qml.inactive"), "0")
        item.active = true
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        compare(numsub("qml.inactive"), "1")
    }

    function test_deactivateStopsMessages() {
        const item = subscription({ channel: "qml.toggle" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        compare(publish("qml.toggle", "one"), "1")
        tryCompare(item.received, "length", 1, timeout)

        item.active = false
        compare(item.state, RedisSubscription.Unsubscribed)
        tryVerify(function() { return numsub("qml.toggle") === "0" }, timeout, "still subscribed on the server")
        compare(publish("qml.toggle", "two"), "0")

        // Back on: messages flow again, and "two" never arrives.
        item.active = true
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        compare(publish("qml.toggle", "three"), "1")
        tryCompare(item.received, "length", 2, timeout)
        compare(item.received[1][1], "three")
    }

    function test_twoItemsShareOneChannel() {
        const first = subscription({ channel: "qml.shared" })
        const second = subscription({ channel: "qml.shared" })
        tryCompare(first, "state", RedisSubscription.Subscribed, timeout)
        tryCompare(second, "state", RedisSubscription.Subscribed, timeout)
        // One C++ subscription, one subscriber on the server.
        compare(numsub("qml.shared"), "1")
        compare(publish("qml.shared", "both"), "1")
        tryCompare(first.received, "length", 1, timeout)
        tryCompare(second.received, "length", 1, timeout)

        // Deactivating one keeps the other.
        first.active = false
        compare(first.state, RedisSubscription.Unsubscribed)
        compare(second.state, RedisSubscription.Subscribed)
        compare(numsub("qml.shared"), "1")
        compare(publish("qml.shared", "second only"), "1")
        tryCompare(second.received, "length", 2, timeout)
        compare(second.received[1][1], "second only")
        compare(first.received.length, 1)   // same emission: it would be here already

        // Both off: unsubscribed on the server.
        second.active = false
        tryVerify(function() { return numsub("qml.shared") === "0" }, timeout)

        // And on again through the first.
        first.active = true
        tryCompare(first, "state", RedisSubscription.Subscribed, timeout)
        compare(numsub("qml.shared"), "1")
    }

    function test_destroyingOneItemKeepsTheOther() {
        const tracker = { gone: false }
        const doomed = createTemporaryObject(subscriptionComponent, testCase,
                                             { client: redis, channel: "qml.destroy" })
        doomed.tracker = tracker
        const survivor = subscription({ channel: "qml.destroy" })
        tryCompare(doomed, "state", RedisSubscription.Subscribed, timeout)
        tryCompare(survivor, "state", RedisSubscription.Subscribed, timeout)
        doomed.destroy()
        tryCompare(tracker, "gone", true, timeout)
        compare(survivor.state, RedisSubscription.Subscribed)
        compare(numsub("qml.destroy"), "1")
        compare(publish("qml.destroy", "still here"), "1")
        tryCompare(survivor.received, "length", 1, timeout)
        compare(survivor.received[0][1], "still here")
    }

    function test_lastItemDestroyedUnsubscribes() {
        const doomed = createTemporaryObject(subscriptionComponent, testCase,
                                             { client: redis, channel: "qml.last" })
        tryCompare(doomed, "state", RedisSubscription.Subscribed, timeout)
        compare(numsub("qml.last"), "1")
        doomed.destroy()
        tryVerify(function() { return numsub("qml.last") === "0" }, timeout, "not unsubscribed")
    }

    function test_channelChange() {
        const item = subscription({ channel: "qml.a" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        item.channel = "qml.b"
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        tryVerify(function() { return numsub("qml.a") === "0" }, timeout)
        compare(numsub("qml.b"), "1")
        compare(publish("qml.a", "old"), "0")
        compare(publish("qml.b", "new"), "1")
        tryCompare(item.received, "length", 1, timeout)
        compare(item.received[0][0], "qml.b")
    }

    function test_channelAndPatternIsAnError() {
        const item = subscription({ channel: "qml.c", pattern: "qml.*" })
        compare(item.state, RedisSubscription.Error)
        verify(item.errorString !== "")
        item.pattern = ""
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        compare(item.errorString, "")
    }

    function test_subscribeBeforeConnecting() {
        const client = createTemporaryObject(clientComponent, testCase,
                                             { host: redisHost, port: redisPort })
        const item = subscription({ client: client, channel: "qml.early" })
        compare(item.state, RedisSubscription.Pending)
        client.connectToServer()
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        compare(publish("qml.early", "x"), "1")
        tryCompare(item.received, "length", 1, timeout)
    }

    function test_clientSwitch() {
        const other = createTemporaryObject(clientComponent, testCase,
                                            { host: redisHost, port: redisPort, clientName: "qml-other" })
        other.connectToServer()
        const item = subscription({ channel: "qml.switch" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        item.client = other
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        tryVerify(function() { return numsub("qml.switch") === "1"
                                      && redisServer.cli(["CLIENT", "LIST"]).indexOf("name=qml-other") >= 0 }, timeout)
        compare(publish("qml.switch", "via other"), "1")
        tryCompare(item.received, "length", 1, timeout)
    }

    function test_clientDestroyed() {
        const client = createTemporaryObject(clientComponent, testCase,
                                             { host: redisHost, port: redisPort })
        client.connectToServer()
        const item = subscription({ client: client, channel: "qml.orphan" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        client.destroy()
        tryCompare(item, "client", null, timeout)
        compare(item.state, RedisSubscription.Unsubscribed)
        tryVerify(function() { return numsub("qml.orphan") === "0" }, timeout)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
