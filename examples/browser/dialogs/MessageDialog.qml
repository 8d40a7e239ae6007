// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// A message with an OK button: show(title, text).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "messageDialog"
    property string text: ""

    width: Math.min(520, (Overlay.overlay ? Overlay.overlay.width : 520) - 40)

    function show(title, text) {
        dialog.title = title
        dialog.text = text
        open()
    }

    contentItem: Label {
        text: dialog.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
    }
    footer: DialogButtonBox {
        Button {
            text: qsTr("OK")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
}
