// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// A yes/no question. ask(title, message, acceptText, callback): callback()
// runs when the user accepts; nothing happens on cancel.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "confirmDialog"

    property string message: ""
    property string detail: ""
    property string acceptText: qsTr("OK")
    property bool destructive: false
    property var callback: null

    width: Math.min(520, (Overlay.overlay ? Overlay.overlay.width : 520) - 40)

    function ask(title, message, acceptText, callback, destructive, detail) {
        dialog.title = title
        dialog.message = message
        dialog.detail = detail || ""
        dialog.acceptText = acceptText || qsTr("OK")
        dialog.callback = callback
        dialog.destructive = destructive === true
        open()
    }

    onAccepted: {
        const cb = callback
        callback = null
        if (cb)
            cb()
    }
    onRejected: callback = null

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: dialog.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.detail !== ""
            text: dialog.detail
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            maximumLineCount: 4
            elide: Text.ElideRight
            font.family: Theme.monospaceFamily
            color: Theme.muted
        }
    }

    footer: DialogButtonBox {
        Button {
            id: acceptButton
            objectName: "confirmAccept"
            text: dialog.acceptText
            palette.button: dialog.destructive ? Theme.danger : Theme.accent
            palette.buttonText: "white"
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            id: cancelButton
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    // Enter does what the focused button says: for a destructive action that
    // is Cancel until the user moves to the other button.
    onOpened: (destructive ? cancelButton : acceptButton).forceActiveFocus()
}
