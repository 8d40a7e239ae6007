// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The entries of a stream, oldest first (RedisStreamModel): read entries,
// add entries (XADD), delete entries (XDEL).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

ColumnLayout {
    id: view
    objectName: "streamValueView"

    property RedisClient client: null
    property var key: null

    signal loaded()
    signal edited(bool ok, string message)
    signal keyGone()

    readonly property alias model: streamModel
    readonly property alias table: table
    readonly property alias entryDialog: entryDialog
    readonly property string summary: streamModel.totalCount >= 0 ? qsTr("Entries: %1").arg(BrowserCodec.formatCount(streamModel.totalCount)) : ""

    spacing: Theme.spacing

    function reload() {
        streamModel.reload()
    }

    function addEntry() {
        entryDialog.openNew(pairs => streamModel.addEntryFromList(pairs.values, pairs.id))
    }

    function showRow(row) {
        if (row < 0 || row >= streamModel.loadedCount)
            return
        const index = streamModel.index(row, 0)
        const fields = streamModel.data(index, RedisValueModel.FieldsRole)
        const lines = []
        for (let i = 0; i + 1 < fields.length; i += 2)
            lines.push(Redis.displayText(fields[i]) + " = " + Redis.displayText(fields[i + 1]))
        entryDialog.openView(Redis.displayText(streamModel.idAt(row)), lines.join("\n"))
    }

    function deleteRow(row) {
        if (row < 0 || row >= streamModel.loadedCount)
            return
        const id = streamModel.idAt(row)
        confirmDialog.ask(qsTr("Delete entry"), qsTr("Delete this stream entry?"), qsTr("Delete"),
                          () => streamModel.removeEntry(id), true, Redis.displayText(id))
    }

    RedisStreamModel {
        id: streamModel
        client: view.client
        key: view.key
        onLoadingChanged: if (!loading) view.loaded()
        onEditFinished: (ok, message) => {
            view.edited(ok, message)
            if (ok && totalCount === 0)
                view.keyGone()
        }
    }

    RowLayout {
        spacing: Theme.spacing
        Button { objectName: "addEntryButton"; text: qsTr("Add entry…"); onClicked: view.addEntry() }
        Button { text: qsTr("View…"); enabled: table.currentIndex >= 0; onClicked: view.showRow(table.currentIndex) }
        Button { text: qsTr("Delete…"); enabled: table.currentIndex >= 0; onClicked: view.deleteRow(table.currentIndex) }
    }

    CollectionView {
        id: table
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: streamModel
        columns: [
            { title: qsTr("ID"), role: "display", width: 0.25, monospace: true },
            { title: qsTr("Fields"), role: "fieldsText", width: 0.75, monospace: true }
        ]
        onActivated: row => view.showRow(row)
        onDeletePressed: row => view.deleteRow(row)
    }

    StreamEntryDialog { id: entryDialog }
    ConfirmDialog { id: confirmDialog }
}
