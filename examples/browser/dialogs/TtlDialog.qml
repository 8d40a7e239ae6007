// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Sets a key's expiry in seconds (EXPIRE) or removes it (PERSIST).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "ttlDialog"

    readonly property alias secondsField: secondsField
    signal ttlRequested(real seconds)

    title: qsTr("Expiry")
    width: Math.min(420, (Overlay.overlay ? Overlay.overlay.width : 420) - 40)

    function openFor(currentTtlMs) {
        secondsField.text = currentTtlMs > 0 ? String(Math.ceil(currentTtlMs / 1000)) : "3600"
        open()
        secondsField.forceActiveFocus()
        secondsField.selectAll()
    }

    function submit() {
        const seconds = parseInt(secondsField.text, 10)
        if (isNaN(seconds) || seconds <= 0)
            return
        close()
        ttlRequested(seconds)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label { text: qsTr("Expire in (seconds)") }
        TextField {
            id: secondsField
            objectName: "ttlSeconds"
            Layout.fillWidth: true
            validator: IntValidator { bottom: 1 }
            inputMethodHints: Qt.ImhDigitsOnly
            selectByMouse: true
            onAccepted: dialog.submit()
        }
        CellLabel {
            text: {
                const s = parseInt(secondsField.text, 10)
                return isNaN(s) || s <= 0 ? "" : BrowserCodec.formatTtl(s * 1000)
            }
            color: Theme.muted
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "ttlSet"
            text: qsTr("Set expiry")
            highlighted: true
            enabled: secondsField.acceptableInput
            onClicked: dialog.submit()
        }
        Button {
            objectName: "ttlPersist"
            text: qsTr("Remove expiry")
            onClicked: {
                dialog.close()
                dialog.ttlRequested(0)
            }
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
