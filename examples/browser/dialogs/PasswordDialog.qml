// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Asks for a secret of a connection that is not saved: the password, or
// (field) the TLS key's passphrase, the SSH password or passphrase.
// ask(connectionName, callback, reason, field): callback(secret) on OK.
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
    property string field: "password"

    title: field === "tlsKeyPassphrase" || field === "sshPassphrase" ? qsTr("Passphrase") : qsTr("Password")
    width: Math.min(440, (Overlay.overlay ? Overlay.overlay.width : 440) - 40)

    // The callback runs once the dialog has closed, so that it can ask
    // again (the next secret of a connection).
    property var pendingCallback: null
    property string pendingSecret: ""

    function ask(connectionName, callback, reason, field) {
        dialog.field = field || "password"
        dialog.connectionName = connectionName
        dialog.callback = callback
        dialog.reason = reason || ""
        passwordField.text = ""
        open()
    }

    onOpened: passwordField.forceActiveFocus()
    onAccepted: {
        pendingCallback = callback
        pendingSecret = passwordField.text
        callback = null
        passwordField.text = ""
    }
    onClosed: {
        const cb = pendingCallback
        const secret = pendingSecret
        pendingCallback = null
        pendingSecret = ""
        if (cb)
            cb(secret)
    }
    onRejected: {
        callback = null
        passwordField.text = ""
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: {
                switch (dialog.field) {
                case "tlsKeyPassphrase":
                    return qsTr("The passphrase of the TLS client key for “%1” is not saved. Enter it to connect:").arg(dialog.connectionName)
                case "sshPassword":
                    return qsTr("The SSH password for “%1” is not saved. Enter it to connect:").arg(dialog.connectionName)
                case "sshPassphrase":
                    return qsTr("The passphrase of the SSH key for “%1” is not saved. Enter it to connect:").arg(dialog.connectionName)
                case "sentinelPassword":
                    return qsTr("The sentinels' password for “%1” is not saved. Enter it to connect:").arg(dialog.connectionName)
                }
                return qsTr("The password for “%1” is not saved. Enter it to connect:").arg(dialog.connectionName)
            }
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
            placeholderText: dialog.title
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
