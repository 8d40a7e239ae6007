// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The server: INFO by section as a two-column table, CLIENT LIST and
// SLOWLOG GET as tables, each with a refresh (and an automatic refresh
// every 5 s while the page is shown, if wanted).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

Pane {
    id: page

    property RedisClient client: null
    property bool active: false
    property string infoError: ""
    property string clientsError: ""
    property string slowlogError: ""
    property var clients: []
    property var slowlog: []
    property var infoRows: []
    readonly property alias infoModel: infoModel
    readonly property alias sections: sectionBar

    padding: Theme.margin

    function refresh() {
        refreshInfo()
        refreshClients()
        refreshSlowlog()
    }

    function refreshInfo() {
        client.command(["INFO", "everything"], function(value, error) {
            page.infoError = error !== null ? error : ""
            if (error !== null)
                return
            page.infoRows = ServerReplies.parseInfo(value instanceof ArrayBuffer ? BrowserCodec.toText(value) : value)
            page.fillInfo()
        }, page)
    }

    function fillInfo() {
        infoModel.clear()
        const filter = infoFilter.text.trim().toLowerCase()
        for (const row of infoRows) {
            if (filter !== "" && row.key.toLowerCase().indexOf(filter) < 0 && row.value.toLowerCase().indexOf(filter) < 0
                    && row.section.toLowerCase().indexOf(filter) < 0)
                continue
            infoModel.append({ section: Redis.displayText(row.section), key: Redis.displayText(row.key),
                               value: Redis.displayText(row.value) })
        }
    }

    function refreshClients() {
        client.command(["CLIENT", "LIST"], function(value, error) {
            page.clientsError = error !== null ? error : ""
            const text = value instanceof ArrayBuffer ? BrowserCodec.toText(value) : String(value)
            page.clients = error !== null ? [] : ServerReplies.parseClientList(text).map(entry => {
                const shown = {}
                for (const k in entry)
                    shown[k] = Redis.displayText(entry[k])
                return shown
            })
        }, page)
    }

    function refreshSlowlog() {
        client.command(["SLOWLOG", "GET", 128], function(value, error) {
            page.slowlogError = error !== null ? error : ""
            const entries = error !== null ? [] : ServerReplies.parseSlowlog(value)
            page.slowlog = entries.map(e => {
                const name = Redis.displayText(e.name)
                return {
                    id: e.id,
                    time: e.time.toLocaleString(Qt.locale(), Locale.ShortFormat),
                    duration: BrowserCodec.formatCount(e.durationUs),
                    command: e.args.map(a => Redis.displayText(a)).join(" "),
                    client: Redis.displayText(e.client) + (name !== "" ? " (" + name + ")" : "")
                }
            })
        }, page)
    }

    onActiveChanged: if (active && client && client.state === RedisClient.Connected) refresh()

    Connections {
        target: page.client
        function onConnected() {
            if (page.active)
                page.refresh()
        }
    }

    Timer {
        interval: 5000
        repeat: true
        running: page.active && autoRefresh.checked && page.client && page.client.state === RedisClient.Connected
        onTriggered: page.refresh()
    }

    ListModel { id: infoModel }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TabBar {
                id: sectionBar
                TabButton { text: qsTr("Info"); width: implicitWidth + 28 }
                TabButton { text: qsTr("Clients (%1)").arg(page.clients.length); width: implicitWidth + 28 }
                TabButton { text: qsTr("Slow log (%1)").arg(page.slowlog.length); width: implicitWidth + 28 }
            }
            Item { Layout.fillWidth: true }
            CheckBox {
                id: autoRefresh
                text: qsTr("Refresh every 5 s")
            }
            Button {
                objectName: "serverRefresh"
                text: qsTr("Refresh")
                onClicked: page.refresh()
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: sectionBar.currentIndex

            ColumnLayout {
                spacing: Theme.spacing
                TextField {
                    id: infoFilter
                    Layout.fillWidth: true
                    placeholderText: qsTr("Filter fields, e.g. memory")
                    selectByMouse: true
                    onTextChanged: page.fillInfo()
                }
                CellLabel {
                    visible: page.infoError !== ""
                    text: page.infoError
                    color: Theme.danger
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Theme.base
                    border.color: Theme.border
                    ListView {
                        id: infoList
                        objectName: "infoList"
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        model: infoModel
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}
                        section.property: "section"
                        section.delegate: Rectangle {
                            required property string section
                            width: ListView.view.width
                            height: Theme.rowHeight + 4
                            color: Theme.headerBackground
                            CellLabel {
                                anchors.fill: parent
                                anchors.leftMargin: Theme.margin
                                text: parent.section
                                font.bold: true
                            }
                        }
                        delegate: Rectangle {
                            id: infoRow
                            required property string key
                            required property string value
                            required property int index
                            width: ListView.view.width
                            height: Theme.rowHeight
                            color: index % 2 ? Theme.alternate : Theme.base
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: Theme.margin * 2
                                anchors.rightMargin: Theme.margin
                                spacing: Theme.spacing
                                CellLabel {
                                    Layout.preferredWidth: parent.width * 0.4
                                    text: infoRow.key
                                    color: Theme.muted
                                }
                                CellLabel {
                                    Layout.fillWidth: true
                                    text: infoRow.value
                                    font.family: Theme.monospaceFamily
                                }
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: infoList.count === 0
                        text: qsTr("Press Refresh to read INFO.")
                        color: Theme.muted
                    }
                }
            }

            ColumnLayout {
                spacing: Theme.spacing
                CellLabel {
                    visible: page.clientsError !== ""
                    text: page.clientsError
                    color: Theme.danger
                }
                SimpleTable {
                    objectName: "clientTable"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    rows: page.clients
                    columns: [
                        { title: qsTr("ID"), key: "id", width: 0.07 },
                        { title: qsTr("Address"), key: "addr", width: 0.18, monospace: true },
                        { title: qsTr("Name"), key: "name", width: 0.17 },
                        { title: qsTr("Age (s)"), key: "age", width: 0.08 },
                        { title: qsTr("Idle (s)"), key: "idle", width: 0.08 },
                        { title: qsTr("DB"), key: "db", width: 0.05 },
                        { title: qsTr("Flags"), key: "flags", width: 0.07 },
                        { title: qsTr("Last command"), key: "cmd", width: 0.16, monospace: true },
                        { title: qsTr("Memory"), key: "tot-mem", width: 0.14 }
                    ]
                }
            }

            ColumnLayout {
                spacing: Theme.spacing
                CellLabel {
                    visible: page.slowlogError !== ""
                    text: page.slowlogError
                    color: Theme.danger
                }
                SimpleTable {
                    objectName: "slowlogTable"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    rows: page.slowlog
                    emptyText: qsTr("The slow log is empty.")
                    columns: [
                        { title: qsTr("ID"), key: "id", width: 0.06 },
                        { title: qsTr("Time"), key: "time", width: 0.17 },
                        { title: qsTr("Duration (µs)"), key: "duration", width: 0.11 },
                        { title: qsTr("Command"), key: "command", width: 0.46, monospace: true },
                        { title: qsTr("Client"), key: "client", width: 0.2, monospace: true }
                    ]
                }
            }
        }
    }
}
