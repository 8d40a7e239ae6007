// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Asks for a key's new name (\xHH escapes allowed; the current name is shown
// escaped and unescapes to the same bytes).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "renameDialog"

    property var fromKey: null
    readonly property alias nameField: nameField

    signal renameRequested(var from, var to)

    title: qsTr("Rename key")
    width: Math.min(560, (Overlay.overlay ? Overlay.overlay.width : 560) - 40)

    function openFor(key) {
        fromKey = key
        nameField.text = Redis.displayText(key)
        open()
        nameField.forceActiveFocus()
        nameField.selectAll()
    }

    function submit() {
        const to = BrowserCodec.unescape(nameField.text)
        if (nameField.text === "")
            return
        close()
        if (!BrowserCodec.equal(to, fromKey))
            renameRequested(fromKey, to)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label { text: qsTr("New name") }
        TextField {
            id: nameField
            objectName: "renameField"
            Layout.fillWidth: true
            font.family: Theme.monospaceFamily
            selectByMouse: true
            onAccepted: dialog.submit()
        }
        CellLabel {
            Layout.fillWidth: true
            text: qsTr("%1 are escapes. If the name is taken you are asked before it is replaced.").arg("\\xHH \\n \\t \\\\")
            color: Theme.muted
            wrapMode: Text.Wrap
            maximumLineCount: 3
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "renameAccept"
            text: qsTr("Rename")
            highlighted: true
            enabled: nameField.text !== ""
            onClicked: dialog.submit()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
