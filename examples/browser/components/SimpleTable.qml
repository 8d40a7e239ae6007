// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// A read-only table of plain-text, single-line cells over a JS array of
// objects. columns: [{ title, key, width (fraction) }].
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedisBrowser

ColumnLayout {
    id: table
    property var rows: []
    property var columns: []
    property string emptyText: qsTr("Nothing to show")
    readonly property alias listView: list

    spacing: 0

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.rowHeight
        color: Theme.headerBackground
        border.color: Theme.border
        Row {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            Repeater {
                model: table.columns
                CellLabel {
                    required property var modelData
                    width: (table.width - Theme.margin) * modelData.width
                    height: parent.height
                    text: modelData.title
                    font.bold: true
                }
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.base
        border.color: Theme.border
        ListView {
            id: list
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: table.rows
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: -1
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                height: Theme.rowHeight
                color: ListView.isCurrentItem ? Theme.accentLight : (index % 2 ? Theme.alternate : Theme.base)
                Row {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.margin - 1
                    Repeater {
                        model: table.columns
                        CellLabel {
                            required property var modelData
                            width: (table.width - Theme.margin) * modelData.width
                            height: parent.height
                            rightPadding: Theme.spacing
                            text: row.modelData[modelData.key] !== undefined ? String(row.modelData[modelData.key]) : ""
                            font.family: modelData.monospace ? Theme.monospaceFamily : Qt.application.font.family
                        }
                    }
                }
                TapHandler {
                    onTapped: {
                        list.currentIndex = row.index
                        list.forceActiveFocus()
                    }
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: table.emptyText
            textFormat: Text.PlainText
            color: Theme.muted
        }
    }
}
