// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The server: INFO by section as a two-column table, CLIENT LIST and
// SLOWLOG GET as tables, each with a refresh (and an automatic refresh
// every 5 s while the page is shown, if wanted). For a cluster the Nodes
// tab lists the nodes (ClusterNodesModel: address, role, slots, connected)
// and the INFO of the one selected; for a sentinel topology it shows the
// master the sentinels named.
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
    // "standalone", "cluster" or "sentinel" (ConnectionConfig.topology()).
    property string topology: "standalone"
    // The Nodes tab: one row per cluster node, the selected node's INFO.
    property var nodeRows: []
    property var nodeInfoRows: []
    property string masterAddress: ""
    readonly property alias nodesModel: nodesModel
    readonly property alias nodesTable: nodesTable
    readonly property alias infoModel: infoModel
    readonly property alias sections: sectionBar

    padding: Theme.margin

    function refresh() {
        refreshNodes()
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

    // The rows of the Nodes table from the model, plain text each.
    function fillNodes() {
        const rows = []
        for (let i = 0; i < nodesModel.count; ++i)
            rows.push(nodeRow(nodesModel.get(i)))
        nodeRows = rows
    }

    function nodeRow(node) {
        return {
            address: node.address,
            role: node.master ? qsTr("master")
                              : node.masterAddress !== "" ? qsTr("replica of %1").arg(node.masterAddress)
                                                          : qsTr("replica"),
            slots: node.slotsText,
            slotCount: node.master ? BrowserCodec.formatCount(node.slotCount) : "",
            connected: node.connected ? qsTr("yes") : qsTr("no")
        }
    }

    function refreshNodes() {
        if (topology === "cluster") {
            nodesModel.refresh()
            if (nodesTable.listView.currentIndex >= 0)
                showNode(nodesTable.listView.currentIndex)
        }
        masterAddress = ClusterInfo.serverAddress(client)
    }

    // The INFO of the node in row (of the Nodes table).
    function showNode(row) {
        const node = nodesModel.get(row)
        if (node.address === undefined) {
            nodesModel.clearInfo()
            return
        }
        nodesModel.loadInfo(node.address)
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

    ClusterNodesModel {
        id: nodesModel
        client: page.topology === "cluster" ? page.client : null
        onModelReset: page.fillNodes()
        onInfoChanged: page.nodeInfoRows = ServerReplies.parseInfo(info).map(row => ({
            section: Redis.displayText(row.section), key: Redis.displayText(row.key), value: Redis.displayText(row.value)
        }))
    }

    Connections {
        target: page.client
        function onTopologyChanged() {
            page.masterAddress = ClusterInfo.serverAddress(page.client)
        }
        function onStateChanged() {
            page.masterAddress = ClusterInfo.serverAddress(page.client)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // The refresh controls below the sections when the page is narrow.
        GridLayout {
            Layout.fillWidth: true
            columns: width < sectionBar.implicitWidth + refreshControls.implicitWidth + 3 * Theme.spacing ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            TabBar {
                id: sectionBar
                TabButton { text: qsTr("Info"); width: implicitWidth + 28 }
                TabButton { text: qsTr("Clients (%1)").arg(page.clients.length); width: implicitWidth + 28 }
                TabButton { text: qsTr("Slow log (%1)").arg(page.slowlog.length); width: implicitWidth + 28 }
                TabButton {
                    objectName: "nodesTab"
                    text: page.topology === "cluster" ? qsTr("Nodes (%1)").arg(page.nodeRows.length) : qsTr("Master")
                    visible: page.topology !== "standalone"
                    width: visible ? implicitWidth + 28 : 0
                }
            }
            RowLayout {
                id: refreshControls
                Layout.fillWidth: true
                spacing: Theme.spacing
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

            // Nodes: the cluster's nodes and the selected one's INFO; the
            // master of a sentinel topology.
            ColumnLayout {
                spacing: Theme.spacing
                CellLabel {
                    objectName: "sentinelMaster"
                    Layout.fillWidth: true
                    visible: page.topology === "sentinel"
                    text: page.masterAddress !== "" ? qsTr("Current master (named by the sentinels): %1").arg(page.masterAddress)
                                                    : qsTr("No master known yet.")
                }
                SimpleTable {
                    id: nodesTable
                    objectName: "nodesTable"
                    visible: page.topology === "cluster"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 3
                    rows: page.nodeRows
                    emptyText: qsTr("The slot map is not loaded yet.")
                    columns: [
                        { title: qsTr("Address"), key: "address", width: 0.22, monospace: true },
                        { title: qsTr("Role"), key: "role", width: 0.26 },
                        { title: qsTr("Slots"), key: "slots", width: 0.24, monospace: true },
                        { title: qsTr("Slot count"), key: "slotCount", width: 0.14 },
                        { title: qsTr("Connected"), key: "connected", width: 0.14 }
                    ]
                    Connections {
                        target: nodesTable.listView
                        function onCurrentIndexChanged() {
                            page.showNode(nodesTable.listView.currentIndex)
                        }
                    }
                }
                CellLabel {
                    objectName: "nodeDetails"
                    Layout.fillWidth: true
                    visible: page.topology === "cluster"
                    font.bold: true
                    text: nodesModel.infoAddress === "" ? qsTr("Select a node to see its INFO.")
                          : nodesModel.infoLoading ? qsTr("%1: loading INFO…").arg(nodesModel.infoAddress)
                          : nodesModel.infoError !== "" ? qsTr("%1: %2").arg(nodesModel.infoAddress).arg(nodesModel.infoError)
                          : qsTr("%1: memory used %2").arg(nodesModel.infoAddress)
                                .arg(ServerReplies.infoValue(page.nodeInfoRows, "used_memory_human"))
                    color: nodesModel.infoError !== "" ? Theme.danger : palette.windowText
                }
                Rectangle {
                    visible: page.topology === "cluster"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 2
                    color: Theme.base
                    border.color: Theme.border
                    ListView {
                        id: nodeInfoList
                        objectName: "nodeInfoList"
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        model: page.nodeInfoRows
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}
                        delegate: Rectangle {
                            id: nodeInfoRow
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            height: Theme.rowHeight
                            color: index % 2 ? Theme.alternate : Theme.base
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: Theme.margin
                                anchors.rightMargin: Theme.margin
                                spacing: Theme.spacing
                                CellLabel {
                                    Layout.preferredWidth: parent.width * 0.4
                                    text: nodeInfoRow.modelData.key
                                    color: Theme.muted
                                }
                                CellLabel {
                                    Layout.fillWidth: true
                                    text: nodeInfoRow.modelData.value
                                    font.family: Theme.monospaceFamily
                                }
                            }
                        }
                    }
                }
                Item { Layout.fillHeight: true; visible: page.topology === "sentinel" }
            }
        }
    }
}
