// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The members of a sorted set by rank, with scores (RedisSortedSetModel):
// add members, change scores, remove members.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

ColumnLayout {
    id: view
    objectName: "sortedSetValueView"

    property RedisClient client: null
    property var key: null

    signal loaded()
    signal edited(bool ok, string message)
    signal keyGone()

    readonly property alias model: zsetModel
    readonly property alias table: table
    readonly property string summary: zsetModel.totalCount >= 0 ? qsTr("Members: %1").arg(BrowserCodec.formatCount(zsetModel.totalCount)) : ""

    spacing: Theme.spacing

    function reload() {
        zsetModel.reload()
    }

    function addMember() {
        editDialog.edit({
            title: qsTr("Add member"), valueLabel: qsTr("Member"), showScore: true, score: 0, acceptText: qsTr("Add"),
            callback: (name, value, score) => zsetModel.addMember(value, score)
        })
    }

    function editRow(row) {
        if (row < 0 || row >= zsetModel.loadedCount)
            return
        editDialog.edit({
            title: qsTr("Change score"), nameLabel: qsTr("Member"), name: zsetModel.memberAt(row), nameEditable: false,
            showValue: false, showScore: true, score: zsetModel.scoreText(zsetModel.scoreAt(row)),
            callback: (member, value, score) => zsetModel.setScore(member, score)
        })
    }

    function deleteRow(row) {
        if (row < 0 || row >= zsetModel.loadedCount)
            return
        const member = zsetModel.memberAt(row)
        confirmDialog.ask(qsTr("Remove member"), qsTr("Remove this member?"), qsTr("Remove"),
                          () => zsetModel.removeMember(member), true, Redis.displayText(member, 200))
    }

    RedisSortedSetModel {
        id: zsetModel
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
        Button { text: qsTr("Change score…"); enabled: table.currentIndex >= 0; onClicked: view.editRow(table.currentIndex) }
        Button { text: qsTr("Remove…"); enabled: table.currentIndex >= 0; onClicked: view.deleteRow(table.currentIndex) }
    }

    CollectionView {
        id: table
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: zsetModel
        columns: [
            { title: qsTr("Member"), role: "memberText", width: 0.7, monospace: true },
            { title: qsTr("Score"), role: "scoreText", width: 0.3, monospace: true }
        ]
        onActivated: row => view.editRow(row)
        onDeletePressed: row => view.deleteRow(row)
    }

    ValueEditorDialog { id: editDialog }
    ConfirmDialog { id: confirmDialog }
}
