// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The side list: saved connections, then connections opened without being
// saved (--url). A dot shows the state of the ones that are open.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

Pane {
    id: panel
    objectName: "connectionsPanel"

    required property ConnectionStore store
    required property ListModel openConnections
    // function(name, saved) -> the ConnectionView open for it, or null
    required property var findView

    signal openRequested(var options, bool saved)
    signal editRequested(var options, bool saved)
    signal removeRequested(string name)
    signal newRequested()
    signal closeRequested(string name, bool saved)

    padding: 0
    background: Rectangle { color: Theme.panel }

    readonly property var entries: {
        const list = []
        const saved = store.connections
        for (let i = 0; i < saved.length; ++i)
            list.push({ options: saved[i], saved: true })
        const count = openConnections.count
        for (let j = 0; j < count; ++j) {
            const e = openConnections.get(j)
            if (!e.saved)
                list.push({ options: JSON.parse(e.configJson), saved: false })
        }
        return list
    }

    function stateColor(view) {
        if (!view)
            return "transparent"
        switch (view.client.state) {
        case RedisClient.Connected: return Theme.ok
        case RedisClient.Connecting:
        case RedisClient.Reconnecting: return Theme.warning
        }
        return Theme.danger
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            text: qsTr("Connections")
            font.bold: true
        }

        ListView {
            id: list
            objectName: "connectionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.entries
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: entry
                required property var modelData
                required property int index
                readonly property var view: {
                    panel.openConnections.count // re-evaluate when connections open or close
                    return panel.findView(modelData.options.name, modelData.saved)
                }
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: list.currentIndex = index
                onDoubleClicked: panel.openRequested(modelData.options, modelData.saved)
                Keys.onReturnPressed: panel.openRequested(modelData.options, modelData.saved)
                Keys.onEnterPressed: panel.openRequested(modelData.options, modelData.saved)

                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.preferredWidth: 10
                        Layout.preferredHeight: 10
                        radius: 5
                        color: panel.stateColor(entry.view)
                        border.color: entry.view ? "transparent" : Theme.border
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        CellLabel {
                            Layout.fillWidth: true
                            text: entry.modelData.saved ? entry.modelData.options.name
                                                        : qsTr("%1 (not saved)").arg(entry.modelData.options.name)
                            font.bold: entry.view !== null
                            color: entry.highlighted ? palette.highlightedText : palette.windowText
                        }
                        CellLabel {
                            Layout.fillWidth: true
                            text: ConnectionConfig.describe(entry.modelData.options)
                            font.pointSize: Math.max(7, Qt.application.font.pointSize - 1)
                            color: entry.highlighted ? palette.highlightedText : Theme.muted
                        }
                    }
                }

                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: {
                        list.currentIndex = entry.index
                        contextMenu.popup()
                    }
                }
                Menu {
                    id: contextMenu
                    MenuItem {
                        text: entry.view ? qsTr("Show") : qsTr("Connect")
                        onTriggered: panel.openRequested(entry.modelData.options, entry.modelData.saved)
                    }
                    MenuItem {
                        text: entry.modelData.saved ? qsTr("Edit…") : qsTr("Save…")
                        onTriggered: panel.editRequested(entry.modelData.options, entry.modelData.saved)
                    }
                    MenuItem {
                        text: qsTr("Close connection")
                        enabled: entry.view !== null
                        onTriggered: panel.closeRequested(entry.modelData.options.name, entry.modelData.saved)
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Delete…")
                        enabled: entry.modelData.saved
                        onTriggered: panel.removeRequested(entry.modelData.options.name)
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: list.count === 0
                text: qsTr("No saved connections yet.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.muted
            }
        }

        // Wraps when the translations are longer than the panel is wide.
        Flow {
            Layout.fillWidth: true
            Layout.margins: Theme.margin / 2
            spacing: 2
            IconButton {
                objectName: "newConnectionButton"
                text: qsTr("New…")
                tip: qsTr("New connection (Ctrl+N)")
                onClicked: panel.newRequested()
            }
            IconButton {
                text: qsTr("Connect")
                enabled: list.currentIndex >= 0
                tip: qsTr("Open the selected connection (Enter)")
                onClicked: {
                    const e = panel.entries[list.currentIndex]
                    panel.openRequested(e.options, e.saved)
                }
            }
            IconButton {
                text: qsTr("Edit…")
                enabled: list.currentIndex >= 0
                tip: qsTr("Edit the selected connection")
                onClicked: {
                    const e = panel.entries[list.currentIndex]
                    panel.editRequested(e.options, e.saved)
                }
            }
            IconButton {
                text: qsTr("Delete")
                enabled: list.currentIndex >= 0 && panel.entries[list.currentIndex].saved
                tip: qsTr("Delete the selected saved connection")
                onClicked: panel.removeRequested(panel.entries[list.currentIndex].options.name)
            }
        }
    }
}
