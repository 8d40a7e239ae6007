// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The core library's item models through the QML module: the same classes a
// QTreeView uses, declared and driven from QML against the real server.
import QtQml
import QtQuick
import QtTest
import QtRedis

TestCase {
    id: testCase
    name: "RedisModels"

    readonly property int timeout: 15000

    RedisClient {
        id: redis
        host: redisHost
        port: redisPort
    }

    RedisKeysModel {
        id: keys
        client: redis
        pattern: "qmlm:*"
    }

    // Reads rows through the role names, as a QML view does.
    Instantiator {
        id: keyRows
        model: keys
        delegate: QtObject {
            property var key: model.key
            property string display: model.display
            property bool isNamespace: model.isNamespace
            property var keyCount: model.keyCount
        }
    }

    RedisHashModel {
        id: hash
        client: redis
    }

    Instantiator {
        id: hashRows
        model: hash
        delegate: QtObject {
            property string field: model.fieldText
            property string value: model.valueText
        }
    }

    RedisStringValue {
        id: text
        client: redis
    }

    SignalSpy {
        id: editSpy
        target: hash
        signalName: "editFinished"
    }

    function initTestCase() {
        if (redisError !== "")
            skip("no redis-server: " + redisError)
        redisServer.cli(["FLUSHALL"])
        redisServer.cli(["MSET", "qmlm:a:1", "x", "qmlm:a:2", "y", "qmlm:b", "z", "other", "w"])
        redisServer.cli(["HSET", "qmlm:hash", "f1", "v1", "f2", "v2"])
        redisServer.cli(["SET", "qmlm:str", "hello from qml"])
        redis.connectToServer()
        tryCompare(redis, "state", RedisClient.Connected, timeout)
    }

    function keyTexts() {
        let texts = []
        for (let i = 0; i < keyRows.count; ++i)
            texts.push(keyRows.objectAt(i).display)
        return texts.sort()
    }

    function test_1_flatKeys() {
        keys.treeMode = false
        keys.refresh()
        tryCompare(keys, "loading", false, timeout)
        compare(keys.errorString, "")
        compare(keys.loadedCount, 5)
        tryCompare(keyRows, "count", 5, timeout)
        compare(keyTexts(), ["qmlm:a:1", "qmlm:a:2", "qmlm:b", "qmlm:hash", "qmlm:str"])
        verify(keys.estimatedTotal >= 5)
    }

    function test_2_treeKeys() {
        keys.treeMode = true
        tryCompare(keyRows, "count", 1, timeout) // the namespace "qmlm"
        const top = keyRows.objectAt(0)
        verify(top.isNamespace)
        compare(top.display, "qmlm")
        compare(top.keyCount, 5)
        const index = keys.index(0, 0)
        compare(keys.rowCount(index), 4) // namespace "a", then b, hash, str
        keys.treeMode = false
        tryCompare(keyRows, "count", 5, timeout)
    }

    function test_3_hashModelAndEdit() {
        hash.key = "qmlm:hash"
        tryCompare(hashRows, "count", 2, timeout)
        tryCompare(hash, "totalCount", 2, timeout)
        let fields = []
        for (let i = 0; i < hashRows.count; ++i)
            fields.push(hashRows.objectAt(i).field + "=" + hashRows.objectAt(i).value)
        compare(fields.sort(), ["f1=v1", "f2=v2"])

        editSpy.clear()
        hash.setField("f3", "line\nbreak")
        editSpy.wait(timeout)
        compare(editSpy.signalArguments[0][0], true)
        compare(hashRows.count, 3)
        compare(redisServer.cli(["HGET", "qmlm:hash", "f3"]), "line\nbreak")
        let shown = []
        for (let i = 0; i < hashRows.count; ++i)
            shown.push(hashRows.objectAt(i).value)
        verify(shown.indexOf("line\\nbreak") >= 0, shown) // escaped, plain text
    }

    function test_4_stringValue() {
        text.key = "qmlm:str"
        tryCompare(text, "text", "hello from qml", timeout)
        compare(text.size, 14)
        compare(text.truncated, false)
    }

    function test_5_wrongTypeError() {
        hash.key = "qmlm:str"
        tryVerify(function() { return hash.errorString.indexOf("WRONGTYPE") >= 0 }, timeout)
        compare(hashRows.count, 0)
    }
}
