// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The fields of a hash (RedisHashModel): add, edit, delete fields.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

ColumnLayout {
    id: view
    objectName: "hashValueView"

    property RedisClient client: null
    property var key: null

    signal loaded()
    signal edited(bool ok, string message)
    signal keyGone()

    readonly property alias model: hashModel
    readonly property alias table: table
    readonly property string summary: hashModel.totalCount >= 0 ? qsTr("Fields: %1").arg(BrowserCodec.formatCount(hashModel.totalCount)) : ""

    spacing: Theme.spacing

    function reload() {
        hashModel.reload()
    }

    function addField() {
        editDialog.edit({
            title: qsTr("Add field"), nameLabel: qsTr("Field"), nameEditable: true, acceptText: qsTr("Add"),
            callback: (field, value) => hashModel.setField(field, value)
        })
    }

    function editRow(row) {
        if (row < 0 || row >= hashModel.loadedCount)
            return
        editDialog.edit({
            title: qsTr("Edit field"), nameLabel: qsTr("Field"), name: hashModel.fieldAt(row), nameEditable: false,
            value: hashModel.valueAt(row),
            callback: (field, value) => hashModel.setField(field, value)
        })
    }

    function deleteRow(row) {
        if (row < 0 || row >= hashModel.loadedCount)
            return
        const field = hashModel.fieldAt(row)
        confirmDialog.ask(qsTr("Delete field"), qsTr("Delete this field?"), qsTr("Delete"),
                          () => hashModel.removeField(field), true, Redis.displayText(field))
    }

    RedisHashModel {
        id: hashModel
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
        Button { objectName: "addFieldButton"; text: qsTr("Add field…"); onClicked: view.addField() }
        Button { text: qsTr("Edit…"); enabled: table.currentIndex >= 0; onClicked: view.editRow(table.currentIndex) }
        Button { text: qsTr("Delete…"); enabled: table.currentIndex >= 0; onClicked: view.deleteRow(table.currentIndex) }
    }

    CollectionView {
        id: table
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: hashModel
        columns: [
            { title: qsTr("Field"), role: "fieldText", width: 0.35, monospace: true },
            { title: qsTr("Value"), role: "valueText", width: 0.65, monospace: true }
        ]
        onActivated: row => view.editRow(row)
        onDeletePressed: row => view.deleteRow(row)
    }

    ValueEditorDialog { id: editDialog }
    ConfirmDialog { id: confirmDialog }
}
