// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The current connection's state, the countdown to the next reconnect
// attempt (RedisClient.nextReconnectTime), the last round trip, the server
// version and the database.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

ToolBar {
    id: bar
    objectName: "statusBar"

    property var view: null
    readonly property var client: view ? view.client : null
    property real now: Date.now()
    readonly property string stateText: {
        if (!client)
            return qsTr("Not connected")
        if (view.configError !== "")
            return qsTr("Disconnected: %1").arg(view.configError)
        switch (client.state) {
        case RedisClient.Connecting: return qsTr("Connecting…")
        case RedisClient.Connected: return qsTr("Connected")
        case RedisClient.Disconnecting: return qsTr("Disconnecting…")
        case RedisClient.Reconnecting: {
            const next = client.nextReconnectTime
            const when = next ? next.getTime() : NaN
            const seconds = isNaN(when) ? 0 : Math.max(0, Math.ceil((when - bar.now) / 1000))
            return qsTr("Connection lost: reconnecting in %1 s (attempt %2)").arg(seconds).arg(client.reconnectAttempt + 1)
        }
        }
        return client.errorString !== "" ? qsTr("Disconnected: %1").arg(client.errorString) : qsTr("Disconnected")
    }

    Timer {
        interval: 250
        repeat: true
        running: bar.client !== null && bar.client.state === RedisClient.Reconnecting
        onTriggered: bar.now = Date.now()
        onRunningChanged: bar.now = Date.now()
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin

        Rectangle {
            Layout.preferredWidth: 10
            Layout.preferredHeight: 10
            radius: 5
            color: !bar.client ? Theme.muted
                 : bar.client.state === RedisClient.Connected ? Theme.ok
                 : bar.client.state === RedisClient.Disconnected ? Theme.danger : Theme.warning
        }
        CellLabel {
            objectName: "connectionState"
            Layout.fillWidth: true
            text: bar.stateText
        }
        Button {
            visible: bar.client !== null && bar.client.state === RedisClient.Reconnecting
            text: qsTr("Reconnect now")
            flat: true
            onClicked: bar.client.reconnectNow()
        }
        Button {
            visible: bar.client !== null && bar.client.state === RedisClient.Disconnected && bar.view.configError === ""
            text: qsTr("Connect")
            flat: true
            onClicked: bar.view.reconnect()
        }
        CellLabel {
            objectName: "latencyLabel"
            visible: bar.view !== null && bar.view.latencyMs >= 0
            text: bar.view ? qsTr("Round trip: %1").arg(BrowserCodec.formatMilliseconds(bar.view.latencyMs)) : ""
            color: Theme.muted
        }
        CellLabel {
            visible: bar.view !== null && bar.view.serverVersion !== ""
            text: bar.view ? qsTr("Redis %1").arg(bar.view.serverVersion) : ""
            color: Theme.muted
        }
        CellLabel {
            visible: bar.client !== null
            text: bar.client ? qsTr("db%1").arg(bar.client.database) : ""
            color: Theme.muted
        }
    }
}
