// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// A compact tool button with a text glyph and a tooltip.
import QtQuick
import QtQuick.Controls

ToolButton {
    id: control
    property string tip: ""
    focusPolicy: Qt.StrongFocus
    ToolTip.visible: tip !== "" && (hovered || visualFocus)
    ToolTip.delay: 600
    ToolTip.text: tip
    Accessible.name: tip !== "" ? tip : text
}
