// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The selected key: its name, type, TTL, size and encoding, the actions on
// the key (rename, TTL, delete, reload) and the value, in a view per type.
// For a cluster client, the key's hash slot and the node that serves it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

Pane {
    id: pane

    property RedisClient client: null
    property RedisKeysModel keysModel: null

    // The key shown (ArrayBuffer), null for none.
    property var key: null
    readonly property string keyText: key ? Redis.displayText(key) : ""
    // "" while TYPE is asked, then "string", "hash", ..., or "none" (no such key).
    property string keyType: ""
    property real ttlMs: -1
    property real ttlReadAt: 0
    property real remainingTtlMs: -1
    property real memoryUsage: -1
    property string encoding: ""
    property string loadError: ""
    property int generation: 0
    property string statusMessage: ""
    property bool statusIsError: false

    readonly property var valueView: valueLoader.item
    // Cluster clients: the master serving the key's slot ("" if not known
    // yet) and the slot; -1 otherwise.
    property string clusterNode: ""
    property int clusterSlot: -1

    function updateClusterPlace() {
        const cluster = key !== null && ClusterInfo.isCluster(client)
        clusterSlot = cluster ? ClusterInfo.keySlot(key) : -1
        clusterNode = cluster ? ClusterInfo.nodeForKey(client, key) : ""
    }
    onKeyChanged: updateClusterPlace()
    onClientChanged: updateClusterPlace()

    Connections {
        target: pane.client
        function onTopologyChanged() {
            pane.updateClusterPlace()
        }
    }

    signal keyDeleted(var key)
    signal keyRenamed(var from, var to)
    // The key exists (again) on the server: an edit created it.
    signal keyChangedOnServer(var key)
    // The value of the key just opened is on screen (or why it is not).
    signal shown()

    function clear() {
        generation++
        keyType = ""
        key = null
        loadError = ""
        statusMessage = ""
    }

    function open(newKey) {
        generation++
        // The old value's view goes first, so that nothing of it is reported
        // for the new key.
        keyType = ""
        key = newKey
        ttlMs = -1
        remainingTtlMs = -1
        memoryUsage = -1
        encoding = ""
        loadError = ""
        statusMessage = ""
        reloadMeta(true)
    }

    function reload() {
        if (!key)
            return
        reloadMeta(false)
        if (valueLoader.item)
            valueLoader.item.reload()
    }

    // TYPE, PTTL, MEMORY USAGE and OBJECT ENCODING, pipelined.
    function reloadMeta(typeToo) {
        if (!key || !client)
            return
        const g = generation
        const k = key
        if (typeToo) {
            client.command(["TYPE", k], function(value, error) {
                if (g !== pane.generation)
                    return
                if (error !== null) {
                    pane.loadError = error
                    pane.keyType = "none"
                    pane.shown()
                    return
                }
                pane.keyType = String(value)
                if (pane.keyType === "none") {
                    pane.shown()
                    pane.keysModel.forgetKey(k)
                }
            }, pane)
        }
        client.command(["PTTL", k], function(value, error) {
            if (g !== pane.generation || error !== null)
                return
            pane.ttlMs = Number(value)
            pane.ttlReadAt = Date.now()
            pane.remainingTtlMs = pane.ttlMs
        }, pane)
        client.command(["MEMORY", "USAGE", k], function(value, error) {
            if (g === pane.generation)
                pane.memoryUsage = error === null && value !== null ? Number(value) : -1
        }, pane)
        client.command(["OBJECT", "ENCODING", k], function(value, error) {
            if (g === pane.generation)
                pane.encoding = error === null && value !== null ? String(value) : ""
        }, pane)
    }

    // A value view has its first data (only the view of the current key
    // exists: the Loader drops the old one before the key changes).
    function reportShown() {
        if (key !== null && keyType !== "")
            shown()
    }

    function showStatus(message, isError) {
        statusMessage = message
        statusIsError = isError === true
        if (message !== "")
            statusTimer.restart()
    }

    function deleteKey() {
        if (!key || keyType === "" || keyType === "none")
            return
        const k = key
        confirmDialog.ask(qsTr("Delete key"), qsTr("Delete this key? This cannot be undone."), qsTr("Delete"), function() {
            pane.client.command(["UNLINK", k], function(value, error) {
                if (error !== null) {
                    messageDialog.show(qsTr("Not deleted"), error)
                    return
                }
                if (pane.key && BrowserCodec.equal(pane.key, k))
                    pane.clear()
                pane.keyDeleted(k)
            }, pane)
        }, true, Redis.displayText(k))
    }

    function rename() {
        if (!key || keyType === "" || keyType === "none")
            return
        renameDialog.openFor(key)
    }

    // RENAMENX; if the new name is taken, ask, then RENAME.
    function renameTo(from, to) {
        client.command(["RENAMENX", from, to], function(value, error) {
            if (error !== null) {
                messageDialog.show(qsTr("Not renamed"), error)
                return
            }
            if (Number(value) === 1) {
                pane.keyRenamed(from, to)
                return
            }
            confirmDialog.ask(qsTr("Replace key"),
                              qsTr("A key with the new name exists already. Replace it? Its value is lost."),
                              qsTr("Replace"), function() {
                pane.client.command(["RENAME", from, to], function(v, e) {
                    if (e !== null)
                        messageDialog.show(qsTr("Not renamed"), e)
                    else
                        pane.keyRenamed(from, to)
                }, pane)
            }, true, Redis.displayText(to))
        }, pane)
    }

    function setTtl(seconds) {
        const k = key
        const args = seconds > 0 ? ["EXPIRE", k, seconds] : ["PERSIST", k]
        client.command(args, function(value, error) {
            if (error !== null)
                pane.showStatus(error, true)
            else
                pane.showStatus(seconds > 0 ? qsTr("Expires in %1").arg(BrowserCodec.formatTtl(seconds * 1000))
                                            : qsTr("Expiry removed"))
            pane.reloadMeta(false)
        }, pane)
    }

    // After an edit of the value.
    function valueEdited(ok, message) {
        if (!ok) {
            showStatus(message, true)
            return
        }
        showStatus(qsTr("Saved"))
        reloadMeta(false)
        keyChangedOnServer(key)
    }

    Timer {
        id: statusTimer
        interval: 6000
        onTriggered: pane.statusMessage = ""
    }

    // The TTL counts down on screen; at 0 the key is looked at again.
    Timer {
        interval: 1000
        repeat: true
        running: pane.ttlMs >= 0 && pane.key !== null
        onTriggered: {
            pane.remainingTtlMs = Math.max(0, pane.ttlMs - (Date.now() - pane.ttlReadAt))
            if (pane.remainingTtlMs === 0) {
                pane.ttlMs = -1
                pane.reloadMeta(true)
            }
        }
    }

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: pane.key !== null

        // Name, type and actions.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: headerColumn.implicitHeight + 2 * Theme.margin
            color: Theme.panel
            ColumnLayout {
                id: headerColumn
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.spacing
                // What name and actions need on one line: the type tag, 16
                // characters of the name, the buttons.
                Item {
                    id: nameAndActions
                    visible: false
                    implicitWidth: 46 + keyFont.averageCharacterWidth * 16 + actionsRow.implicitWidth + 3 * Theme.spacing
                    FontMetrics {
                        id: keyFont
                        font.family: Theme.monospaceFamily
                        font.pixelSize: 15
                        font.bold: true
                    }
                }
                // Name and actions side by side; the actions on a line of
                // their own when the pane is narrow (800x600, long labels).
                GridLayout {
                    Layout.fillWidth: true
                    columns: headerColumn.width < nameAndActions.implicitWidth ? 1 : 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    RowLayout {
                        id: nameRow
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Rectangle {
                            Layout.preferredWidth: 46
                            Layout.preferredHeight: 20
                            radius: 3
                            color: Theme.typeColor(pane.keyType)
                            Label {
                                anchors.centerIn: parent
                                text: Theme.typeAbbreviation(pane.keyType)
                                color: "white"
                                font.bold: true
                                font.pixelSize: 11
                            }
                        }
                        CellLabel {
                            id: keyLabel
                            objectName: "valueKeyName"
                            Layout.fillWidth: true
                            text: pane.keyText
                            font.family: Theme.monospaceFamily
                            font.pixelSize: 15
                            font.bold: true
                            HoverHandler { id: keyHover }
                            // The whole name, as plain text (ToolTip.text would
                            // take rich text).
                            ToolTip {
                                visible: keyHover.hovered && keyLabel.truncated
                                delay: 600
                                width: Math.min(implicitWidth, pane.width * 0.8)
                                contentItem: Label {
                                    text: pane.keyText
                                    textFormat: Text.PlainText
                                    wrapMode: Text.WrapAnywhere
                                    font.family: Theme.monospaceFamily
                                }
                            }
                        }
                    }
                    RowLayout {
                        id: actionsRow
                        Layout.alignment: Qt.AlignRight
                        spacing: Theme.spacing
                        IconButton {
                            objectName: "reloadValueButton"
                            text: "⟳"
                            tip: qsTr("Reload the value")
                            onClicked: pane.reload()
                        }
                        IconButton {
                            objectName: "renameKeyButton"
                            text: qsTr("Rename…")
                            tip: qsTr("Rename the key (F2)")
                            enabled: pane.keyType !== "" && pane.keyType !== "none"
                            onClicked: pane.rename()
                        }
                        IconButton {
                            objectName: "ttlButton"
                            text: qsTr("TTL…")
                            tip: qsTr("Set or remove the expiry")
                            enabled: pane.keyType !== "" && pane.keyType !== "none"
                            onClicked: ttlDialog.openFor(pane.ttlMs)
                        }
                        IconButton {
                            objectName: "deleteKeyButton"
                            text: qsTr("Delete…")
                            tip: qsTr("Delete the key")
                            enabled: pane.keyType !== "" && pane.keyType !== "none"
                            palette.buttonText: Theme.danger
                            onClicked: pane.deleteKey()
                        }
                    }
                }
                // TTL, memory, encoding, size, status: wrapped onto more
                // lines when the pane is narrow.
                Flow {
                    id: infoFlow
                    Layout.fillWidth: true
                    spacing: Theme.spacing * 3
                    CellLabel {
                        objectName: "ttlLabel"
                        text: qsTr("TTL: %1").arg(pane.ttlMs === -1 && pane.remainingTtlMs === -1
                                                  ? qsTr("no expiry") : BrowserCodec.formatTtl(pane.remainingTtlMs))
                        color: pane.remainingTtlMs >= 0 ? Theme.warning : Theme.muted
                    }
                    CellLabel {
                        text: qsTr("Memory: %1").arg(BrowserCodec.formatSize(pane.memoryUsage))
                        color: Theme.muted
                        visible: pane.memoryUsage >= 0
                    }
                    CellLabel {
                        text: qsTr("Encoding: %1").arg(pane.encoding)
                        color: Theme.muted
                        visible: pane.encoding !== ""
                    }
                    CellLabel {
                        text: valueLoader.item ? valueLoader.item.summary : ""
                        color: Theme.muted
                        visible: text !== ""
                    }
                    CellLabel {
                        objectName: "valueStatus"
                        width: Math.min(implicitWidth, 360, infoFlow.width)
                        text: pane.statusMessage
                        color: pane.statusIsError ? Theme.danger : Theme.ok
                    }
                }
                CellLabel {
                    objectName: "valueClusterPlace"
                    Layout.fillWidth: true
                    visible: pane.clusterSlot >= 0
                    text: pane.clusterNode !== "" ? qsTr("Slot %1 on node %2").arg(pane.clusterSlot).arg(pane.clusterNode)
                                                  : qsTr("Slot %1 (node not known yet)").arg(pane.clusterSlot)
                    color: Theme.muted
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }

        Loader {
            id: valueLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            sourceComponent: {
                switch (pane.keyType) {
                case "string": return stringView
                case "hash": return hashView
                case "list": return listView
                case "set": return setView
                case "zset": return sortedSetView
                case "stream": return streamView
                case "none": return missingView
                case "": return loadingView
                }
                return unsupportedView
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: pane.key === null
        text: qsTr("Select a key to see its value.")
        textFormat: Text.PlainText
        color: Theme.muted
    }

    Component {
        id: stringView
        StringValueView {
            client: pane.client
            key: pane.key
            onLoaded: pane.reportShown()
            onEdited: (ok, message) => pane.valueEdited(ok, message)
        }
    }
    Component {
        id: hashView
        HashValueView {
            client: pane.client
            key: pane.key
            onLoaded: pane.reportShown()
            onEdited: (ok, message) => pane.valueEdited(ok, message)
            onKeyGone: pane.reloadMeta(true)
        }
    }
    Component {
        id: listView
        ListValueView {
            client: pane.client
            key: pane.key
            onLoaded: pane.reportShown()
            onEdited: (ok, message) => pane.valueEdited(ok, message)
            onKeyGone: pane.reloadMeta(true)
        }
    }
    Component {
        id: setView
        SetValueView {
            client: pane.client
            key: pane.key
            onLoaded: pane.reportShown()
            onEdited: (ok, message) => pane.valueEdited(ok, message)
            onKeyGone: pane.reloadMeta(true)
        }
    }
    Component {
        id: sortedSetView
        SortedSetValueView {
            client: pane.client
            key: pane.key
            onLoaded: pane.reportShown()
            onEdited: (ok, message) => pane.valueEdited(ok, message)
            onKeyGone: pane.reloadMeta(true)
        }
    }
    Component {
        id: streamView
        StreamValueView {
            client: pane.client
            key: pane.key
            onLoaded: pane.reportShown()
            onEdited: (ok, message) => pane.valueEdited(ok, message)
            onKeyGone: pane.reloadMeta(true)
        }
    }
    Component {
        id: missingView
        Item {
            readonly property string summary: ""
            function reload() {}
            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                text: pane.loadError !== "" ? pane.loadError : qsTr("This key does not exist (any more).")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.muted
            }
        }
    }
    Component {
        id: loadingView
        Item {
            readonly property string summary: ""
            function reload() {}
            BusyIndicator {
                anchors.centerIn: parent
                running: true
            }
        }
    }
    Component {
        id: unsupportedView
        Item {
            readonly property string summary: ""
            function reload() {}
            Component.onCompleted: pane.reportShown()
            Label {
                anchors.centerIn: parent
                text: qsTr("Keys of type “%1” cannot be shown here; use the console.").arg(pane.keyType)
                textFormat: Text.PlainText
                color: Theme.muted
            }
        }
    }

    RenameDialog {
        id: renameDialog
        onRenameRequested: (from, to) => pane.renameTo(from, to)
    }
    TtlDialog {
        id: ttlDialog
        onTtlRequested: seconds => pane.setTtl(seconds)
    }
    ConfirmDialog {
        id: confirmDialog
    }
    MessageDialog {
        id: messageDialog
    }
}
