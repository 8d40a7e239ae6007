// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The members of a set (RedisSetModel): add and remove members; "editing" a
// member removes it and adds the new one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

ColumnLayout {
    id: view
    objectName: "setValueView"

    property RedisClient client: null
    property var key: null

    signal loaded()
    signal edited(bool ok, string message)
    signal keyGone()

    readonly property alias model: setModel
    readonly property alias table: table
    readonly property string summary: setModel.totalCount >= 0 ? qsTr("Members: %1").arg(BrowserCodec.formatCount(setModel.totalCount)) : ""

    spacing: Theme.spacing

    function reload() {
        setModel.reload()
    }

    function addMember() {
        editDialog.edit({
            title: qsTr("Add member"), valueLabel: qsTr("Member"), acceptText: qsTr("Add"),
            callback: (name, value) => setModel.addMember(value)
        })
    }

    function editRow(row) {
        if (row < 0 || row >= setModel.loadedCount)
            return
        const old = setModel.memberAt(row)
        editDialog.edit({
            title: qsTr("Replace member"), valueLabel: qsTr("Member"), value: old,
            callback: (name, value) => {
                if (BrowserCodec.equal(old, value))
                    return
                setModel.addMember(value)
                setModel.removeMember(old)
            }
        })
    }

    function deleteRow(row) {
        if (row < 0 || row >= setModel.loadedCount)
            return
        const member = setModel.memberAt(row)
        confirmDialog.ask(qsTr("Remove member"), qsTr("Remove this member?"), qsTr("Remove"),
                          () => setModel.removeMember(member), true, Redis.displayText(member, 200))
    }

    RedisSetModel {
        id: setModel
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
        Button { objectName: "addMemberButton"; text: qsTr("Add member…"); onClicked: view.addMember() }
        Button { text: qsTr("Replace…"); enabled: table.currentIndex >= 0; onClicked: view.editRow(table.currentIndex) }
        Button { text: qsTr("Remove…"); enabled: table.currentIndex >= 0; onClicked: view.deleteRow(table.currentIndex) }
    }

    CollectionView {
        id: table
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: setModel
        columns: [
            { title: qsTr("Member"), role: "memberText", width: 1.0, monospace: true }
        ]
        onActivated: row => view.editRow(row)
        onDeletePressed: row => view.deleteRow(row)
    }

    ValueEditorDialog { id: editDialog }
    ConfirmDialog { id: confirmDialog }
}
