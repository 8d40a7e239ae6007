// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The rows of a value model (hash, list, set, sorted set, stream) as a table
// of single-line, elided plain-text cells. Pages load as the view scrolls to
// the end. Double click or Enter: activated(row).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedisBrowser

ColumnLayout {
    id: table

    // A RedisValueModel.
    property var model: null
    // [{ title, role, width (a fraction of the width) }]
    property var columns: []
    property alias currentIndex: list.currentIndex
    readonly property alias listView: list

    signal activated(int row)
    signal deletePressed(int row)

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
        border.color: list.activeFocus ? Theme.accent : Theme.border

        ListView {
            id: list
            objectName: "valueRows"
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: table.model
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}

            onAtYEndChanged: {
                if (atYEnd && table.model && !table.model.atEnd && !table.model.loading)
                    table.model.loadMore()
            }
            onCountChanged: {
                if (atYEnd && table.model && !table.model.atEnd && !table.model.loading)
                    Qt.callLater(() => { if (table.model) table.model.loadMore() })
            }

            Keys.onReturnPressed: table.activated(currentIndex)
            Keys.onEnterPressed: table.activated(currentIndex)
            Keys.onDeletePressed: table.deletePressed(currentIndex)

            delegate: Rectangle {
                id: row
                required property var model
                required property int index
                width: ListView.view.width
                height: Theme.rowHeight
                color: ListView.isCurrentItem ? (list.activeFocus ? Theme.accent : Theme.accentLight)
                                              : (index % 2 ? Theme.alternate : Theme.base)
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
                            text: row.model[modelData.role] !== undefined ? String(row.model[modelData.role]) : ""
                            font.family: modelData.monospace ? Theme.monospaceFamily : Qt.application.font.family
                            color: row.ListView.isCurrentItem && list.activeFocus ? "white" : Theme.palette.text
                        }
                    }
                }
                TapHandler {
                    onTapped: {
                        list.currentIndex = row.index
                        list.forceActiveFocus()
                    }
                    onDoubleTapped: table.activated(row.index)
                }
            }
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0 && table.model && !table.model.loading
            text: table.model && table.model.errorString !== "" ? table.model.errorString : qsTr("Empty")
            textFormat: Text.PlainText
            color: table.model && table.model.errorString !== "" ? Theme.danger : Theme.muted
        }
        BusyIndicator {
            anchors.centerIn: parent
            visible: list.count === 0 && table.model !== null && table.model.loading
            running: visible
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 2
        CellLabel {
            Layout.fillWidth: true
            text: !table.model ? "" : table.model.totalCount >= 0
                  ? qsTr("%1 of %2 loaded").arg(BrowserCodec.formatCount(table.model.loadedCount))
                                           .arg(BrowserCodec.formatCount(table.model.totalCount))
                  : qsTr("%1 loaded").arg(BrowserCodec.formatCount(table.model.loadedCount))
            color: Theme.muted
        }
        Button {
            text: qsTr("Load more")
            visible: table.model !== null && !table.model.atEnd
            enabled: !table.model || !table.model.loading
            flat: true
            onClicked: table.model.loadMore()
        }
    }
}
