// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// One chat message: nick and time on one line, the text below. Always plain
// text: a message is never interpreted as rich text or HTML.
import QtQuick
import QtQuick.Controls

Column {
    id: root

    required property string nick
    required property string text
    required property string time

    spacing: 1

    Label {
        width: root.width
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.bold: true
        text: root.time !== "" ? qsTr("%1 · %2").arg(root.nick).arg(root.time) : root.nick
    }
    Label {
        width: root.width
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        text: root.text
    }
}
