// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// One line of plain text, elided: the only way the browser shows data.
import QtQuick
import QtQuick.Controls

Label {
    textFormat: Text.PlainText
    elide: Text.ElideRight
    wrapMode: Text.NoWrap
    maximumLineCount: 1
    verticalAlignment: Text.AlignVCenter
}
