// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The elements of a list (RedisListModel): push at either end, edit and
// remove an element by index.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

ColumnLayout {
    id: view
    objectName: "listValueView"

    property RedisClient client: null
    property var key: null

    signal loaded()
    signal edited(bool ok, string message)
    signal keyGone()

    readonly property alias model: listModel
    readonly property alias table: table
    readonly property string summary: listModel.totalCount >= 0 ? qsTr("Elements: %1").arg(BrowserCodec.formatCount(listModel.totalCount)) : ""

    spacing: Theme.spacing

    function reload() {
        listModel.reload()
    }

    function push(front) {
        editDialog.edit({
            title: front ? qsTr("Push to the head") : qsTr("Push to the tail"), acceptText: qsTr("Push"),
            valueLabel: qsTr("Element"),
            callback: (name, value) => listModel.push(value, front)
        })
    }

    function editRow(row) {
        if (row < 0 || row >= listModel.loadedCount)
            return
        editDialog.edit({
            title: qsTr("Edit element %1").arg(row), valueLabel: qsTr("Element"), value: listModel.valueAt(row),
            callback: (name, value) => listModel.setAt(row, value)
        })
    }

    function deleteRow(row) {
        if (row < 0 || row >= listModel.loadedCount)
            return
        confirmDialog.ask(qsTr("Remove element"), qsTr("Remove the element at index %1?").arg(row), qsTr("Remove"),
                          () => listModel.removeAt(row), true, Redis.displayText(listModel.valueAt(row), 200))
    }

    RedisListModel {
        id: listModel
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
        Button { text: qsTr("Push head…"); onClicked: view.push(true) }
        Button { objectName: "pushTailButton"; text: qsTr("Push tail…"); onClicked: view.push(false) }
        Button { text: qsTr("Edit…"); enabled: table.currentIndex >= 0; onClicked: view.editRow(table.currentIndex) }
        Button { text: qsTr("Remove…"); enabled: table.currentIndex >= 0; onClicked: view.deleteRow(table.currentIndex) }
    }

    CollectionView {
        id: table
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: listModel
        columns: [
            { title: qsTr("Index"), role: "listIndex", width: 0.12 },
            { title: qsTr("Element"), role: "valueText", width: 0.88, monospace: true }
        ]
        onActivated: row => view.editRow(row)
        onDeletePressed: row => view.deleteRow(row)
    }

    ValueEditorDialog { id: editDialog }
    ConfirmDialog { id: confirmDialog }
}
