// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// A chat over Redis pub/sub: everyone in a room subscribes to the channel
// "chat:<room>" and publishes JSON messages {nick, text, time} to it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis

ApplicationWindow {
    id: window

    required property url serverUrl
    required property string room
    required property bool smokeTest

    readonly property string channel: "chat:" + room
    property string lastError: ""

    width: 480
    height: 640
    visible: true
    title: qsTr("QtRedis chat: %1").arg(room)

    RedisClient {
        id: redis
        url: window.serverUrl
        clientName: "qtredis-quick-pubsub"
        onErrorOccurred: (error, message) => {
            window.lastError = message
            if (window.smokeTest)
                smoke.fail(qsTr("connection failed: %1").arg(message))
        }
        onConnected: window.lastError = ""
        Component.onCompleted: {
            if (errorString !== "" && window.smokeTest)
                smoke.fail(qsTr("unusable URL: %1").arg(errorString))
            else
                connectToServer()
        }
    }

    RedisSubscription {
        id: subscription
        client: redis
        channel: window.channel
        onMessageReceived: (channel, message) => window.receive(message)
        onStateChanged: {
            if (state === RedisSubscription.Subscribed && window.smokeTest)
                smoke.send()
            else if (state === RedisSubscription.Error && window.smokeTest)
                smoke.fail(qsTr("subscription failed: %1").arg(errorString))
        }
    }

    ListModel {
        id: messages
    }

    // Control characters (other than line breaks and tabs) are shown as \xHH,
    // so that nobody's message can disguise itself or break the layout.
    function printable(text) {
        return String(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
                                    function(c) {
            const code = c.charCodeAt(0)
            return code <= 0xff ? "\\x" + (code < 16 ? "0" : "") + code.toString(16)
                                : "\\u" + code.toString(16)
        })
    }

    function receive(message) {
        let entry
        if (message instanceof ArrayBuffer) {
            entry = { nick: qsTr("?"), text: qsTr("(%n byte(s) of binary data)", "", message.byteLength), time: "" }
        } else {
            try {
                const parsed = JSON.parse(message)
                entry = { nick: String(parsed.nick || qsTr("?")), text: String(parsed.text || ""),
                          time: String(parsed.time || "") }
            } catch (e) {
                entry = { nick: qsTr("?"), text: message, time: "" }   // not from this app: show it as is
            }
        }
        const shownTime = entry.time !== "" ? new Date(entry.time) : null
        messages.append({
            nick: printable(entry.nick),
            text: printable(entry.text),
            time: shownTime && !isNaN(shownTime) ? shownTime.toLocaleTimeString(Qt.locale(), Locale.ShortFormat) : ""
        })
        messageList.positionViewAtEnd()
        if (window.smokeTest)
            smoke.check(entry)
    }

    function send(nick, text, done) {
        const payload = JSON.stringify({ nick: nick, text: text, time: new Date().toISOString() })
        redis.command(["PUBLISH", window.channel, payload], function(receivers, error) {
            if (error !== null) {
                window.lastError = qsTr("Could not send: %1").arg(error)
                if (window.smokeTest)
                    smoke.fail(window.lastError)
            }
            if (done)
                done(error === null)
        })
    }

    function stateText() {
        switch (redis.state) {
        case RedisClient.Disconnected: return qsTr("Disconnected")
        case RedisClient.Connecting: return qsTr("Connecting to %1…").arg(redis.url.toString())
        case RedisClient.Connected:
            return subscription.state === RedisSubscription.Subscribed
                    ? qsTr("Connected to %1, in room %2").arg(redis.url.toString()).arg(window.room)
                    : qsTr("Connected to %1, joining room %2…").arg(redis.url.toString()).arg(window.room)
        case RedisClient.Disconnecting: return qsTr("Disconnecting…")
        case RedisClient.Reconnecting: return qsTr("Connection lost, reconnecting…")
        }
        return ""
    }

    // --smoke-test: publish one message, wait for it to come back, exit.
    QtObject {
        id: smoke
        property string token: ""
        property bool finished: false

        function send() {
            if (token !== "" || finished)
                return
            token = "smoke-" + Date.now() + "-" + Math.floor(Math.random() * 1e9)
            window.send("smoke-test", token)
        }
        function check(entry) {
            if (finished || token === "" || entry.text !== token)
                return
            finished = true
            console.info("quick-pubsub smoke test: received", JSON.stringify(entry), "on", window.channel)
            Qt.callLater(Qt.exit, 0)
        }
        function fail(why) {
            if (finished)
                return
            finished = true
            console.error("quick-pubsub smoke test failed:", why)
            Qt.callLater(Qt.exit, 1)
        }
    }

    Timer {
        running: window.smokeTest
        interval: 10000
        onTriggered: smoke.fail(qsTr("no message back within 10 s"))
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Nickname:")
            }
            TextField {
                id: nickField
                Layout.fillWidth: true
                text: qsTr("guest%1").arg(Math.floor(Math.random() * 1000))
                placeholderText: qsTr("Your nickname")
                maximumLength: 40
            }
        }

        ListView {
            id: messageList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: messages
            delegate: ChatMessage {
                width: ListView.view.width
            }
            Label {
                anchors.centerIn: parent
                visible: messageList.count === 0
                text: qsTr("No messages yet.")
                textFormat: Text.PlainText
                opacity: 0.6
            }
        }

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: messageField
                Layout.fillWidth: true
                placeholderText: qsTr("Message")
                onAccepted: sendButton.clicked()
            }
            Button {
                id: sendButton
                text: qsTr("Send")
                enabled: redis.state === RedisClient.Connected && messageField.text.length > 0
                         && nickField.text.length > 0
                onClicked: {
                    if (!enabled)
                        return
                    window.send(nickField.text, messageField.text)
                    messageField.clear()
                }
            }
        }

        Label {
            id: statusLine
            Layout.fillWidth: true
            textFormat: Text.PlainText
            elide: Text.ElideRight
            text: window.lastError !== "" ? qsTr("%1 (%2)").arg(window.stateText()).arg(window.lastError)
                                          : window.stateText()
        }
    }
}
