// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The keys of the current database as a tree by namespace (RedisKeysModel
// in tree mode): filter by pattern and type, database switch, progress of
// the incremental SCAN, key count from DBSIZE.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

Pane {
    id: root
    objectName: "keyTree"

    property RedisClient client: null
    property RedisKeysModel keysModel: null
    property var connectionView: null
    // The key shown in the value pane (ArrayBuffer), highlighted here.
    property var selectedKey: null

    signal keyActivated(var key)
    signal deleteRequested()
    signal renameRequested()
    signal newKeyRequested()
    signal refreshRequested()
    // The first keys of a refresh are listed (or the database is empty).
    signal firstKeysListed()

    readonly property alias treeView: tree
    readonly property alias filterField: filterField
    readonly property alias typeCombo: typeCombo
    readonly property alias databaseCombo: databaseCombo
    readonly property string selectedKeyText: selectedKey ? Redis.displayText(selectedKey) : ""
    readonly property string progressText: {
        if (!keysModel)
            return ""
        const loaded = BrowserCodec.formatCount(keysModel.loadedCount)
        const total = keysModel.estimatedTotal
        const filtered = keysModel.pattern !== "*" && keysModel.pattern !== "" || keysModel.typeFilter !== ""
        if (keysModel.loading) {
            return total >= 0 ? qsTr("Loading… %1 of about %2 keys").arg(loaded).arg(BrowserCodec.formatCount(total))
                              : qsTr("Loading… %1 keys").arg(loaded)
        }
        if (keysModel.errorString !== "")
            return qsTr("%1 keys (stopped: %2)").arg(loaded).arg(keysModel.errorString)
        if (filtered && total >= 0)
            return qsTr("%1 matching keys of %2").arg(loaded).arg(BrowserCodec.formatCount(total))
        return qsTr("%1 keys").arg(loaded)
    }
    property bool waitingForFirstKeys: false

    padding: 0

    function focusFilter() {
        filterField.forceActiveFocus()
        filterField.selectAll()
    }

    // A glob as typed, or *text* for plain text (no *, ? or [).
    function patternFor(text) {
        const t = text.trim()
        if (t === "")
            return "*"
        return /[*?[]/.test(t) ? t : "*" + t + "*"
    }

    function applyFilter() {
        keysModel.pattern = patternFor(filterField.text)
    }

    // The first key at the top level, else the first key of the first
    // namespace (depth first); null if none is loaded.
    function firstKey() {
        function child(parent, r) {
            return parent === null ? keysModel.index(r, 0) : keysModel.index(r, 0, parent)
        }
        function search(parent, depth) {
            const rows = parent === null ? keysModel.rowCount() : keysModel.rowCount(parent)
            for (let r = 0; r < rows; ++r) {
                const index = child(parent, r)
                if (!keysModel.data(index, RedisKeysModel.IsNamespaceRole))
                    return keysModel.keyAt(index)
            }
            if (depth > 16)
                return null
            for (let r = 0; r < rows; ++r) {
                const index = child(parent, r)
                const found = search(index, depth + 1)
                if (found !== null)
                    return found
            }
            return null
        }
        return search(null, 0)
    }

    // Expands the namespaces above a key, selects its row and scrolls to it.
    function reveal(key) {
        const index = keysModel.indexOfKey(key)
        if (!index.valid)
            return false
        tree.expandToIndex(index)
        tree.forceLayout()
        tree.selectionModel.setCurrentIndex(index, ItemSelectionModel.ClearAndSelect | ItemSelectionModel.Rows)
        const row = tree.rowAtIndex(index)
        if (row >= 0)
            tree.positionViewAtRow(row, TableView.Contain)
        return true
    }

    // The view's row of a key or namespace prefix; -1 if it is not loaded or
    // a namespace above it is collapsed.
    function rowOfKey(key) {
        const index = keysModel.indexOfKey(key)
        return index.valid ? tree.rowAtIndex(index) : -1
    }

    // The delegate of a row, scrolled into view (null if there is no such row).
    function rowItem(row) {
        if (row < 0 || row >= tree.rows)
            return null
        tree.positionViewAtRow(row, TableView.Contain)
        tree.forceLayout()
        return tree.itemAtCell(Qt.point(0, row))
    }

    function keyAtRow(row) {
        const index = tree.modelIndex(Qt.point(0, row))
        if (!index.valid || keysModel.data(index, RedisKeysModel.IsNamespaceRole))
            return null
        return keysModel.keyAt(index)
    }

    function activateRow(row) {
        const key = keyAtRow(row)
        if (key !== null && !(selectedKey && BrowserCodec.equal(key, selectedKey)))
            root.keyActivated(key)
    }

    Connections {
        target: root.keysModel
        function onLoadingChanged() {
            if (root.keysModel.loading) {
                root.waitingForFirstKeys = true
            } else if (root.waitingForFirstKeys) {
                root.waitingForFirstKeys = false
                root.firstKeysListed()
            }
        }
        function onLoadedCountChanged() {
            // A large keyspace: show what is there once a screenful arrived.
            if (root.waitingForFirstKeys && root.keysModel.loadedCount >= 5000) {
                root.waitingForFirstKeys = false
                root.firstKeysListed()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // The type filter below the text filter when the tree is narrow.
        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.margin
            columns: root.width < 360 ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            TextField {
                id: filterField
                objectName: "keyFilter"
                Layout.fillWidth: true
                placeholderText: qsTr("Filter: text or glob (user:*)")
                selectByMouse: true
                onAccepted: root.applyFilter()
                onTextEdited: filterTimer.restart()
                Keys.onEscapePressed: {
                    text = ""
                    root.applyFilter()
                }
                Timer {
                    id: filterTimer
                    interval: 500
                    onTriggered: root.applyFilter()
                }
            }
            ComboBox {
                id: typeCombo
                objectName: "typeFilter"
                Layout.preferredWidth: 120
                Layout.fillWidth: root.width < 360
                textRole: "text"
                valueRole: "value"
                model: [
                    { text: qsTr("All types"), value: "" },
                    { text: qsTr("Strings"), value: "string" },
                    { text: qsTr("Hashes"), value: "hash" },
                    { text: qsTr("Lists"), value: "list" },
                    { text: qsTr("Sets"), value: "set" },
                    { text: qsTr("Sorted sets"), value: "zset" },
                    { text: qsTr("Streams"), value: "stream" }
                ]
                onActivated: root.keysModel.typeFilter = currentValue
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Show keys of one type only (SCAN TYPE)")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: Theme.spacing
            ComboBox {
                id: databaseCombo
                objectName: "databaseCombo"
                Layout.fillWidth: true
                model: root.connectionView ? root.connectionView.databaseCount : 16
                currentIndex: root.client ? root.client.database : 0
                // Just "db0" in a narrow tree (the key count is below it).
                displayText: root.width < 300 ? "db" + currentIndex : root.databaseText(currentIndex)
                delegate: ItemDelegate {
                    required property int index
                    width: ListView.view.width
                    text: root.databaseText(index)
                    highlighted: databaseCombo.highlightedIndex === index
                }
                onActivated: index => {
                    root.connectionView.switchDatabase(index)
                    // Keep following the client (SELECT in the console, ...).
                    currentIndex = Qt.binding(() => root.client ? root.client.database : 0)
                }
            }
            IconButton {
                objectName: "refreshKeysButton"
                text: "⟳"
                tip: qsTr("Refresh keys (F5)")
                onClicked: root.refreshRequested()
            }
            IconButton {
                objectName: "newKeyButton"
                text: root.width < 300 ? "+" : qsTr("+ Key")
                tip: qsTr("New key (Ctrl+K)")
                onClicked: root.newKeyRequested()
            }
            TextField {
                id: separatorField
                objectName: "separatorField"
                Layout.preferredWidth: 36
                Accessible.name: qsTr("Separator")
                text: root.keysModel ? root.keysModel.separator : ":"
                horizontalAlignment: Text.AlignHCenter
                onEditingFinished: root.keysModel.separator = text
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Keys are grouped into namespaces at this separator (empty: no grouping)")
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.base
            border.color: Theme.border

            TreeView {
                id: tree
                objectName: "keyTreeView"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: root.keysModel
                keyNavigationEnabled: true
                pointerNavigationEnabled: true
                selectionBehavior: TableView.SelectRows
                selectionModel: ItemSelectionModel {}
                columnWidthProvider: column => tree.width
                boundsBehavior: Flickable.StopAtBounds
                activeFocusOnTab: true
                ScrollBar.vertical: ScrollBar {}

                onCurrentRowChanged: activateTimer.restart()

                Timer {
                    id: activateTimer
                    interval: 120
                    onTriggered: root.activateRow(tree.currentRow)
                }

                Keys.onPressed: event => {
                    const row = tree.currentRow
                    if (row < 0)
                        return
                    switch (event.key) {
                    case Qt.Key_Left:
                        if (tree.isExpanded(row)) {
                            tree.collapse(row)
                        } else {
                            // To the parent namespace.
                            const parent = root.keysModel.parent(tree.modelIndex(Qt.point(0, row)))
                            if (parent.valid)
                                tree.selectionModel.setCurrentIndex(parent, ItemSelectionModel.ClearAndSelect | ItemSelectionModel.Rows)
                        }
                        event.accepted = true
                        break
                    case Qt.Key_Right:
                        tree.expand(row)
                        event.accepted = true
                        break
                    case Qt.Key_Return:
                    case Qt.Key_Enter:
                    case Qt.Key_Space:
                        if (root.keyAtRow(row) === null)
                            tree.toggleExpanded(row)
                        else
                            root.activateRow(row)
                        event.accepted = true
                        break
                    case Qt.Key_Delete:
                        if (root.keyAtRow(row) !== null) {
                            root.activateRow(row)
                            root.deleteRequested()
                        }
                        event.accepted = true
                        break
                    case Qt.Key_F2:
                        if (root.keyAtRow(row) !== null)
                            root.renameRequested()
                        event.accepted = true
                        break
                    }
                }

                delegate: TreeViewDelegate {
                    id: node
                    required property string name
                    required property bool isNamespace
                    required property var type
                    required property var keyCount
                    implicitHeight: Theme.rowHeight
                    rightPadding: Theme.margin + 10 // room for the scroll bar
                    // TreeViewDelegate draws current/selected rows highlighted.
                    contentItem: RowLayout {
                        spacing: Theme.spacing
                        Rectangle {
                            visible: !node.isNamespace
                            Layout.preferredWidth: 38
                            Layout.preferredHeight: 16
                            radius: 3
                            color: Theme.typeColor(node.type || "")
                            Label {
                                anchors.centerIn: parent
                                text: Theme.typeAbbreviation(node.type || "")
                                color: "white"
                                font.pixelSize: 9
                                font.bold: true
                            }
                        }
                        CellLabel {
                            Layout.fillWidth: true
                            text: node.name
                            color: node.highlighted ? palette.highlightedText : palette.text
                            font.bold: node.isNamespace
                        }
                        CellLabel {
                            visible: node.isNamespace
                            text: BrowserCodec.formatCount(node.keyCount || 0)
                            color: node.highlighted ? palette.highlightedText : Theme.muted
                        }
                    }
                    TapHandler {
                        acceptedButtons: Qt.RightButton
                        onTapped: {
                            tree.selectionModel.setCurrentIndex(tree.modelIndex(Qt.point(0, node.row)),
                                                                ItemSelectionModel.ClearAndSelect | ItemSelectionModel.Rows)
                            if (!node.isNamespace) {
                                root.activateRow(node.row)
                                keyMenu.popup()
                            }
                        }
                    }
                }

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.margin
                    visible: tree.rows === 0 && root.keysModel && !root.keysModel.loading
                    text: root.keysModel && root.keysModel.errorString !== "" ? root.keysModel.errorString
                                                                               : qsTr("No keys")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.muted
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
            spacing: 2
            ProgressBar {
                Layout.fillWidth: true
                visible: root.keysModel && root.keysModel.loading
                from: 0
                to: root.keysModel && root.keysModel.estimatedTotal > 0 ? root.keysModel.estimatedTotal : 1
                value: root.keysModel ? Math.min(root.keysModel.loadedCount, to) : 0
                indeterminate: !root.keysModel || root.keysModel.estimatedTotal <= 0
            }
            CellLabel {
                objectName: "keyProgress"
                Layout.fillWidth: true
                text: root.progressText
                color: root.keysModel && root.keysModel.errorString !== "" ? Theme.danger : Theme.muted
            }
        }
    }

    function databaseText(index) {
        const counts = connectionView ? connectionView.keyspace : ({})
        const n = counts[index]
        return n !== undefined ? qsTr("db%1 (%2 keys)").arg(index).arg(BrowserCodec.formatCount(n))
                               : qsTr("db%1").arg(index)
    }

    Menu {
        id: keyMenu
        MenuItem {
            text: qsTr("Rename…")
            onTriggered: root.renameRequested()
        }
        MenuItem {
            text: qsTr("Delete…")
            onTriggered: root.deleteRequested()
        }
    }
}
