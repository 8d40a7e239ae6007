// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Asks for the password of a connection whose password is not saved.
// ask(connectionName, callback): callback(password) on OK.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "passwordDialog"
    property string connectionName: ""
    property string reason: ""
    property var callback: null

    title: qsTr("Password")
    width: Math.min(440, (Overlay.overlay ? Overlay.overlay.width : 440) - 40)

    function ask(connectionName, callback, reason) {
        dialog.connectionName = connectionName
        dialog.callback = callback
        dialog.reason = reason || ""
        passwordField.text = ""
        open()
    }

    onOpened: passwordField.forceActiveFocus()
    onAccepted: {
        const cb = callback
        callback = null
        const password = passwordField.text
        passwordField.text = ""
        if (cb)
            cb(password)
    }
    onRejected: {
        callback = null
        passwordField.text = ""
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("The password for “%1” is not saved. Enter it to connect:").arg(dialog.connectionName)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.reason !== ""
            text: dialog.reason
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        TextField {
            id: passwordField
            objectName: "passwordField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Password")
            onAccepted: dialog.accept()
        }
    }
    footer: DialogButtonBox {
        Button {
            text: qsTr("Connect")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
