// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The look of every dialog of the browser: modal, centred, the rest of the
// window dimmed, a clear title, Escape closes it.
import QtQuick
import QtQuick.Controls

Dialog {
    id: control

    modal: true
    anchors.centerIn: Overlay.overlay
    closePolicy: Popup.CloseOnEscape
    padding: 14
    topPadding: 8

    Overlay.modal: Rectangle {
        color: "#59202833"
    }

    header: Label {
        text: control.title
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.bold: true
        font.pixelSize: 15
        leftPadding: 14
        rightPadding: 14
        topPadding: 12
        bottomPadding: 4
    }
}
