// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The QML types and the C++ API on the same objects: a RedisClient made in
// C++ used from QML, one made in QML seen from C++, and subscriptions shared
// between C++ and RedisSubscription items.
import QtQuick
import QtTest
import QtRedis

TestCase {
    id: testCase
    name: "RedisInterop"

    readonly property int timeout: 15000

    RedisClient {
        id: redis
        host: redisHost
        port: redisPort
        clientName: "qml-made"
    }

    Component {
        id: subscriptionComponent
        RedisSubscription {
            property var received: []
            onMessageReceived: (channel, message) => received.push(message)
        }
    }

    function initTestCase() {
        if (redisError !== "")
            skip("no redis-server: " + redisError)
        redis.connectToServer()
        tryCompare(redis, "state", RedisClient.Connected, timeout)
    }

    function numsub(channel) {
        return redisServer.cli(["PUBSUB", "NUMSUB", channel]).split("\n")[1]
    }

    function test_qmlClientIsTheCppClass() {
        compare(redisServer.clientInfo(redis), "RedisClient qml-made")
        compare(redisServer.clientInfo(testCase), "")
    }

    // A client made in C++ (a context property here): QML sees its own
    // properties and signals and can subscribe with it; the extension
    // (url, command(), connectToServer(), ...) exists only on clients that QML
    // created (Qt 6.4 applies extensions to QML-created objects only).
    function test_cppClientFromQml() {
        verify(cppClient)
        compare(redisServer.clientInfo(cppClient), "RedisClient qml-cpp-client")
        compare(cppClient.clientName, "qml-cpp-client")
        cppClient.host = redisHost
        cppClient.port = redisPort
        compare(cppClient.port, redisPort)
        compare(cppClient.state, RedisClient.Disconnected)
        const spy = createTemporaryObject(spyComponent, testCase,
                                          { target: cppClient, signalName: "connected" })
        verify(redisServer.cppConnect(cppClient))
        spy.wait(timeout)
        compare(cppClient.state, RedisClient.Connected)

        const item = createTemporaryObject(subscriptionComponent, testCase,
                                           { client: cppClient, channel: "qml.cpp.client" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        compare(redisServer.cli(["PUBLISH", "qml.cpp.client", "to c++ client"]), "1")
        tryCompare(item.received, "length", 1, timeout)
        compare(item.received[0], "to c++ client")
    }

    function test_cppSubscriptionOutlivesItems() {
        // Subscribed from C++ first: the items only borrow it.
        compare(redisServer.cppSubscribe(redis, "qml.cpp.owned", true), RedisSubscription.Pending)
        tryVerify(function() { return numsub("qml.cpp.owned") === "1" }, timeout)
        const item = createTemporaryObject(subscriptionComponent, testCase,
                                           { client: redis, channel: "qml.cpp.owned" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        item.active = false
        compare(item.state, RedisSubscription.Unsubscribed)
        // Still subscribed for the C++ code: a PUBLISH reaches it.
        compare(redisServer.cli(["PUBLISH", "qml.cpp.owned", "for c++"]), "1")
        compare(redisServer.cppSubscribe(redis, "qml.cpp.owned", true), RedisSubscription.Subscribed)
        // Until C++ lets go.
        redisServer.cppSubscribe(redis, "qml.cpp.owned", false)
        tryVerify(function() { return numsub("qml.cpp.owned") === "0" }, timeout)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    function test_itemsOwnWhatTheyStarted() {
        const item = createTemporaryObject(subscriptionComponent, testCase,
                                           { client: redis, channel: "qml.item.owned" })
        tryCompare(item, "state", RedisSubscription.Subscribed, timeout)
        item.active = false
        tryVerify(function() { return numsub("qml.item.owned") === "0" }, timeout)
    }
}
