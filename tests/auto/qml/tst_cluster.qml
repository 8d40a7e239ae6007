// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// A Redis Cluster through the same RedisClient type: a redis-cluster:// URL,
// commands routed by slot (split MSET/MGET, a cross-slot command refused),
// and the keys model over the cluster. The cluster is one node serving
// every slot, started by tst_qml.cpp.
import QtQuick
import QtTest
import QtRedis

TestCase {
    name: "RedisCluster"

    readonly property int timeout: 15000

    RedisClient {
        id: redis
        autoReconnect: false
    }

    RedisKeysModel {
        id: keys
        client: redis
        pattern: "*qmlc*"
        treeMode: false
    }

    function run(args) {
        const result = { calls: 0 }
        redis.command(args, function(value, error, code) {
            result.calls++
            result.value = value
            result.error = error
            result.code = code
        })
        tryVerify(function() { return result.calls > 0 }, timeout, "no callback for " + args)
        return result
    }

    function initTestCase() {
        if (redisClusterError !== "")
            skip("no cluster node: " + redisClusterError)
        redis.url = "redis-cluster://127.0.0.1:" + redisClusterPort
        redis.connectToServer()
        tryCompare(redis, "state", RedisClient.Connected, timeout)
    }

    function test_1_urlMakesAClusterClient() {
        verify(redisServer.isCluster(redis))
        compare(redis.url.toString(), "redis-cluster://127.0.0.1:" + redisClusterPort)
    }

    function test_2_commandsAndKeys() {
        compare(run(["MSET", "qmlc:a", "1", "qmlc:b", "2", "{qmlc}:c", "3"]).value, "OK")
        compare(run(["MGET", "qmlc:a", "qmlc:b", "{qmlc}:c"]).value, ["1", "2", "3"])
        const cross = run(["RENAME", "qmlc:a", "qmlc:b"])
        compare(cross.code, RedisError.CrossSlot)
        verify(cross.error.length > 0)
        compare(run(["GET", "qmlc:a"]).value, "1")

        keys.refresh()
        tryCompare(keys, "loading", false, timeout)
        compare(keys.errorString, "")
        compare(keys.loadedCount, 3)
    }
}
