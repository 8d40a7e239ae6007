// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Publish/subscribe: subscribe to channels or patterns (RedisSubscription,
// on the client's own pub/sub connection), watch the messages (time,
// channel, pattern, payload as escaped plain text), publish.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

Pane {
    id: page

    property RedisClient client: null
    // The RedisSubscription items created here.
    property var subscriptions: []
    property bool paused: false
    property string publishResult: ""
    readonly property alias messages: messageModel
    readonly property int maximumMessages: 2000

    padding: Theme.margin

    // A channel, pattern or message (a string, or an ArrayBuffer when it is
    // not UTF-8) as one line of plain text.
    function shown(value) {
        if (value === undefined || value === null)
            return ""
        return Redis.displayText(value instanceof ArrayBuffer ? value : String(value))
    }

    function subscribe(name, isPattern) {
        if (name === "")
            return null
        for (const s of subscriptions) {
            if ((isPattern ? s.pattern : s.channel) === name)
                return s
        }
        const properties = isPattern ? { client: page.client, pattern: name } : { client: page.client, channel: name }
        const s = subscriptionComponent.createObject(page, properties)
        subscriptions = subscriptions.concat([s])
        return s
    }

    function unsubscribe(subscription) {
        subscriptions = subscriptions.filter(s => s !== subscription)
        subscription.active = false
        subscription.destroy()
    }

    function receive(channel, message, pattern) {
        if (paused)
            return
        messageModel.append({
            time: new Date().toLocaleTimeString(Qt.locale(), "HH:mm:ss.zzz"),
            channel: shown(channel),
            pattern: shown(pattern),
            payload: shown(message)
        })
        if (messageModel.count > maximumMessages)
            messageModel.remove(0, messageModel.count - maximumMessages)
        if (followBox.checked)
            messageList.positionViewAtEnd()
    }

    // message: the text typed; with escapes on, \xHH etc. are decoded.
    function publish(channel, message) {
        const payload = escapesBox.checked ? BrowserCodec.unescape(message) : BrowserCodec.fromText(message)
        client.command(["PUBLISH", channel, payload], function(value, error) {
            page.publishResult = error !== null ? error : qsTr("Subscribers that received it: %1").arg(Number(value))
        }, page)
    }

    function stateText(state) {
        switch (state) {
        case RedisSubscription.Pending: return qsTr("pending")
        case RedisSubscription.Subscribed: return qsTr("subscribed")
        case RedisSubscription.Unsubscribing: return qsTr("unsubscribing")
        case RedisSubscription.Error: return qsTr("error")
        }
        return qsTr("unsubscribed")
    }

    Component {
        id: subscriptionComponent
        RedisSubscription {
            onMessageReceived: (channel, message, pattern) => page.receive(channel, message, pattern)
        }
    }

    ListModel { id: messageModel }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.margin

        // Subscriptions.
        ColumnLayout {
            Layout.preferredWidth: 300
            Layout.fillHeight: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Subscriptions")
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: kindCombo
                    Layout.preferredWidth: 110
                    model: [qsTr("Channel"), qsTr("Pattern")]
                }
                TextField {
                    id: subscribeField
                    objectName: "subscribeField"
                    Layout.fillWidth: true
                    placeholderText: kindCombo.currentIndex === 0 ? qsTr("news") : qsTr("news.*")
                    selectByMouse: true
                    onAccepted: subscribeButton.clicked()
                }
            }
            Button {
                id: subscribeButton
                objectName: "subscribeButton"
                Layout.fillWidth: true
                text: qsTr("Subscribe")
                enabled: subscribeField.text !== ""
                onClicked: {
                    page.subscribe(subscribeField.text, kindCombo.currentIndex === 1)
                    subscribeField.text = ""
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.base
                border.color: Theme.border
                ListView {
                    id: subscriptionList
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: page.subscriptions
                    delegate: Rectangle {
                        id: subRow
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        height: Theme.rowHeight + 4
                        color: index % 2 ? Theme.alternate : Theme.base
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.margin
                            spacing: Theme.spacing
                            Rectangle {
                                Layout.preferredWidth: 8
                                Layout.preferredHeight: 8
                                radius: 4
                                color: subRow.modelData.state === RedisSubscription.Subscribed ? Theme.ok
                                     : subRow.modelData.state === RedisSubscription.Error ? Theme.danger : Theme.warning
                            }
                            CellLabel {
                                Layout.fillWidth: true
                                text: (subRow.modelData.pattern !== "" ? qsTr("pattern %1") : qsTr("channel %1"))
                                      .arg(page.shown(subRow.modelData.pattern !== "" ? subRow.modelData.pattern
                                                                                      : subRow.modelData.channel))
                                font.family: Theme.monospaceFamily
                            }
                            CellLabel {
                                text: subRow.modelData.state === RedisSubscription.Error
                                      ? subRow.modelData.errorString : page.stateText(subRow.modelData.state)
                                color: Theme.muted
                                Layout.maximumWidth: 120
                            }
                            ToolButton {
                                text: "×"
                                Accessible.name: qsTr("Unsubscribe")
                                onClicked: page.unsubscribe(subRow.modelData)
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.margin
                        visible: subscriptionList.count === 0
                        text: qsTr("Not subscribed to anything.")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        color: Theme.muted
                    }
                }
            }
        }

        // Messages and publishing.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Messages (%1)").arg(messageModel.count)
                    font.bold: true
                }
                Item { Layout.fillWidth: true }
                CheckBox {
                    id: followBox
                    text: qsTr("Follow")
                    checked: true
                }
                CheckBox {
                    text: qsTr("Pause")
                    checked: page.paused
                    onToggled: page.paused = checked
                }
                Button {
                    text: qsTr("Clear")
                    onClicked: messageModel.clear()
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Theme.rowHeight
                color: Theme.headerBackground
                border.color: Theme.border
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.margin
                    CellLabel { Layout.preferredWidth: 100; text: qsTr("Time"); font.bold: true }
                    CellLabel { Layout.preferredWidth: 180; text: qsTr("Channel"); font.bold: true }
                    CellLabel { Layout.preferredWidth: 120; text: qsTr("Pattern"); font.bold: true }
                    CellLabel { Layout.fillWidth: true; text: qsTr("Payload"); font.bold: true }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.base
                border.color: Theme.border
                ListView {
                    id: messageList
                    objectName: "messageList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: messageModel
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Rectangle {
                        id: messageRow
                        required property string time
                        required property string channel
                        required property string pattern
                        required property string payload
                        required property int index
                        width: ListView.view.width
                        height: Theme.rowHeight
                        color: index % 2 ? Theme.alternate : Theme.base
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.margin
                            CellLabel { Layout.preferredWidth: 100; text: messageRow.time; color: Theme.muted }
                            CellLabel { Layout.preferredWidth: 180; text: messageRow.channel; font.family: Theme.monospaceFamily }
                            CellLabel { Layout.preferredWidth: 120; text: messageRow.pattern; color: Theme.muted }
                            CellLabel { Layout.fillWidth: true; text: messageRow.payload; font.family: Theme.monospaceFamily }
                        }
                    }
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 4
                Label { text: qsTr("Publish to") }
                TextField {
                    id: publishChannel
                    objectName: "publishChannel"
                    Layout.preferredWidth: 200
                    placeholderText: qsTr("channel")
                    selectByMouse: true
                }
                TextField {
                    id: publishMessage
                    objectName: "publishMessage"
                    Layout.fillWidth: true
                    placeholderText: qsTr("message")
                    selectByMouse: true
                    onAccepted: publishButton.clicked()
                }
                Button {
                    id: publishButton
                    objectName: "publishButton"
                    text: qsTr("Publish")
                    enabled: publishChannel.text !== ""
                    onClicked: page.publish(publishChannel.text, publishMessage.text)
                }
                Item { width: 1; height: 1 }
                CheckBox {
                    id: escapesBox
                    Layout.columnSpan: 2
                    text: qsTr("Decode %1 escapes in the message").arg("\\xHH \\n \\t \\\\")
                }
                CellLabel {
                    objectName: "publishResult"
                    text: page.publishResult
                    color: Theme.muted
                }
            }
        }
    }
}
