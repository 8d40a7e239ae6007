// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// A string value (RedisStringValue): text, escaped text, hex or JSON, with a
// capped preview of large values and "Load all".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

ColumnLayout {
    id: view
    objectName: "stringValueView"

    property RedisClient client: null
    property var key: null

    signal loaded()
    signal edited(bool ok, string message)

    readonly property alias stringValue: value
    readonly property alias editor: editor
    readonly property string summary: value.size >= 0 ? qsTr("Size: %1").arg(BrowserCodec.formatSize(value.size)) : ""
    property bool saving: false

    spacing: Theme.spacing

    function reload() {
        value.load()
    }

    function save() {
        const r = editor.result()
        if (!r.ok) {
            editor.error = r.error
            return false
        }
        if (!r.changed)
            return false
        saving = true
        value.setValue(r.bytes)
        return true
    }

    RedisStringValue {
        id: value
        client: view.client
        key: view.key
        previewLimit: 256 * 1024
        onChanged: {
            if (!view.saving)
                editor.setBytes(value.value, editor.dirty === false && editor.bytes.byteLength > 0)
        }
        onLoadingChanged: {
            if (!loading)
                view.loaded()
        }
        onErrorOccurred: message => view.loaded()
        onEditFinished: (ok, message) => {
            view.saving = false
            if (ok)
                editor.setBytes(value.value, true)
            view.edited(ok, message)
        }
    }

    Rectangle {
        Layout.fillWidth: true
        visible: value.truncated
        implicitHeight: truncatedRow.implicitHeight + Theme.spacing * 2
        color: Theme.accentLight
        radius: 3
        RowLayout {
            id: truncatedRow
            anchors.fill: parent
            anchors.margins: Theme.spacing
            CellLabel {
                Layout.fillWidth: true
                text: qsTr("Showing the first %1 of %2 (read only). Loading all of it may take a while.")
                      .arg(BrowserCodec.formatSize(BrowserCodec.byteLength(value.value)))
                      .arg(BrowserCodec.formatSize(value.size))
            }
            Button {
                objectName: "loadAllButton"
                text: qsTr("Load all")
                onClicked: value.loadAll()
            }
        }
    }

    CellLabel {
        Layout.fillWidth: true
        visible: value.errorString !== ""
        text: value.errorString
        color: Theme.danger
    }

    ValueEditor {
        id: editor
        Layout.fillWidth: true
        Layout.fillHeight: true
        readOnly: value.truncated || value.loading
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "saveValueButton"
            text: qsTr("Save")
            highlighted: true
            enabled: editor.dirty && !value.truncated && !view.saving
            onClicked: view.save()
        }
        Button {
            text: qsTr("Revert")
            enabled: editor.dirty
            onClicked: editor.revert()
        }
        BusyIndicator {
            running: value.loading || view.saving
            visible: running
            implicitWidth: 24
            implicitHeight: 24
        }
        Label {
            // Wraps when the pane is narrow.
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            text: qsTr("Saving keeps the TTL (SET … KEEPTTL).")
            color: Theme.muted
        }
    }

    Shortcut {
        sequences: [StandardKey.Save]
        enabled: editor.dirty && view.visible
        onActivated: view.save()
    }
}
