// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// RedisClient in QML: connecting (host/port, url, unix socket), the state
// and error enums, the url property.
import QtQuick
import QtTest
import QtRedis

TestCase {
    id: testCase
    name: "RedisClient"

    readonly property int timeout: 15000

    Component {
        id: clientComponent
        RedisClient {
            property var states: []
            autoReconnect: false
            onStateChanged: (state) => states.push(state)
        }
    }

    function initTestCase() {
        if (redisError !== "")
            skip("no redis-server: " + redisError)
    }

    function makeClient(properties) {
        const client = createTemporaryObject(clientComponent, testCase, properties || {})
        verify(client, "RedisClient could not be created")
        return client
    }

    // Runs one command and waits for its callback; returns {value, error, code, calls}.
    function run(client, args) {
        const result = { calls: 0 }
        client.command(args, function(value, error, code) {
            result.calls++
            result.value = value
            result.error = error
            result.code = code
        })
        tryVerify(function() { return result.calls > 0 }, timeout, "no callback for " + args.join(" "))
        return result
    }

    function test_stateEnum() {
        compare(RedisClient.Disconnected, 0)
        compare(RedisClient.Connecting, 1)
        compare(RedisClient.Connected, 2)
        compare(RedisClient.Disconnecting, 3)
        compare(RedisClient.Reconnecting, 4)
    }

    function test_errorEnum() {
        compare(RedisError.NoError, 0)
        compare(RedisError.ServerError, 1)
        verify(RedisError.ConnectionRefused !== undefined)
        verify(RedisError.NotConnected !== RedisError.ConnectionRefused)
        compare(RedisError.InvalidArgument, 12)
    }

    function test_connectHostPort() {
        const client = makeClient()
        client.host = redisHost
        client.port = redisPort
        compare(client.port, redisPort)
        compare(client.state, RedisClient.Disconnected)
        client.connectToServer()
        tryCompare(client, "state", RedisClient.Connected, timeout)
        compare(client.states, [RedisClient.Connecting, RedisClient.Connected])
        compare(client.errorString, "")
        compare(client.error, RedisError.NoError)
        compare(run(client, ["PING"]).value, "PONG")

        client.disconnectFromServer()
        tryCompare(client, "state", RedisClient.Disconnected, timeout)
        compare(client.states[client.states.length - 1], RedisClient.Disconnected)
        verify(client.states.indexOf(RedisClient.Disconnecting) > 0, "no Disconnecting state")
    }

    function test_connectUrl_data() {
        return [
            { tag: "redis://", url: "redis://" + redisHost + ":" + redisPort + "/2?name=qml-url",
              database: 2, clientName: "qml-url", unix: false },
            { tag: "redis:// without db", url: "redis://" + redisHost + ":" + redisPort,
              database: 0, clientName: "", unix: false },
            { tag: "unix://", url: "unix://" + redisSocket + "?db=3&name=qml-unix",
              database: 3, clientName: "qml-unix", unix: true },
        ]
    }

    function test_connectUrl(data) {
        const client = makeClient()
        const urlChanged = createTemporaryObject(spyComponent, testCase,
                                                 { target: client, signalName: "urlChanged" })
        client.url = data.url
        verify(urlChanged.count > 0, "urlChanged was not emitted")
        compare(client.database, data.database)
        compare(client.clientName, data.clientName)
        if (data.unix) {
            compare(client.unixSocketPath, redisSocket)
        } else {
            compare(client.host, redisHost)
            compare(client.port, redisPort)
            compare(client.unixSocketPath, "")
        }
        compare(client.url.toString().indexOf(data.unix ? "unix:" : "redis:"), 0)

        client.connectToServer()
        tryCompare(client, "state", RedisClient.Connected, timeout)
        // The server sees the database and the name from the URL.
        const info = run(client, ["CLIENT", "INFO"])
        compare(info.error, null)
        verify(info.value.indexOf(" db=" + data.database + " ") >= 0, info.value)
        if (data.clientName !== "")
            compare(run(client, ["CLIENT", "GETNAME"]).value, data.clientName)
    }

    function test_urlHidesPassword() {
        const client = makeClient()
        client.url = "redis://alice:s3cret@" + redisHost + ":" + redisPort + "/1"
        compare(client.username, "alice")
        compare(client.password, "s3cret")
        const text = client.url.toString()
        verify(text.indexOf("s3cret") < 0, "the password leaked into url: " + text)
        verify(text.indexOf("alice@") >= 0, text)
    }

    function test_options() {
        const client = makeClient()
        let changes = 0
        client.optionsChanged.connect(function() { changes++ })
        let o = client.options
        compare(o.tlsEnabled, false)
        compare(o.tlsVerifyPeer, true)
        o.host = redisHost
        o.port = redisPort
        o.tlsEnabled = true
        o.tlsPeerName = "redis.example"
        o.sshHost = "bastion.example"
        o.sshUser = "ops"
        client.options = o
        verify(changes > 0, "no optionsChanged")
        compare(client.host, redisHost)
        compare(client.port, redisPort)
        compare(client.options.tlsEnabled, true)
        compare(client.options.tlsPeerName, "redis.example")
        compare(client.options.sshHost, "bastion.example")
        verify(client.url.toString().indexOf("rediss://") === 0, client.url.toString())
        // A rediss:// URL turns TLS on, redis:// off again.
        client.url = "redis://" + redisHost + ":" + redisPort
        compare(client.options.tlsEnabled, false)
        client.url = "rediss://" + redisHost + ":" + redisPort + "?insecure=1"
        compare(client.options.tlsEnabled, true)
        compare(client.options.tlsVerifyPeer, false)
    }

    function test_invalidUrl_data() {
        return [
            { tag: "scheme", url: "ftp://" + redisHost + ":21" },
            { tag: "database", url: "redis://" + redisHost + ":" + redisPort + "/notanumber" },
            { tag: "bad port", url: "redis://" + redisHost + ":99999" },
            { tag: "unix without path", url: "unix://" },
        ]
    }

    function test_invalidUrl(data) {
        const client = makeClient({ host: "127.0.0.2", port: 1234 })
        compare(client.errorString, "")
        client.url = data.url
        verify(client.errorString !== "", "no errorString for " + data.url)
        compare(client.error, RedisError.InvalidArgument)
        // The options are unchanged.
        compare(client.host, "127.0.0.2")
        compare(client.port, 1234)
    }

    function test_portRange() {
        const client = makeClient({ port: 6000 })
        compare(client.port, 6000)
        ignoreWarning(/70000 is not a TCP port/)
        client.port = 70000
        compare(client.port, 6000)
        ignoreWarning(/-1 is not a TCP port/)
        client.port = -1
        compare(client.port, 6000)
        client.port = 65535
        compare(client.port, 65535)
        compare(client.url.toString().indexOf(":65535") > 0, true)
    }

    function test_refusedPort() {
        const client = makeClient({ host: redisHost, port: redisServer.closedPort() })
        const errors = createTemporaryObject(spyComponent, testCase,
                                             { target: client, signalName: "errorOccurred" })
        client.connectToServer()
        errors.wait(timeout)
        compare(errors.count, 1)
        compare(errors.signalArguments[0][0], RedisError.ConnectionRefused)
        compare(client.error, RedisError.ConnectionRefused)
        verify(client.errorString !== "")
        compare(client.state, RedisClient.Disconnected)
    }

    function test_abort() {
        const client = makeClient({ host: redisHost, port: redisPort })
        client.connectToServer()
        tryCompare(client, "state", RedisClient.Connected, timeout)
        client.abort()
        compare(client.state, RedisClient.Disconnected)
        // And it connects again afterwards.
        client.connectToServer()
        tryCompare(client, "state", RedisClient.Connected, timeout)
    }

    function test_optionsReachServer() {
        const client = makeClient({ host: redisHost, port: redisPort, clientName: "qml-options",
                                    database: 5 })
        client.connectToServer()
        tryCompare(client, "state", RedisClient.Connected, timeout)
        const list = redisServer.cli(["CLIENT", "LIST"])
        verify(/name=qml-options .*db=5 /.test(list), list)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
