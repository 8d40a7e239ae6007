// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Shows and edits a value's bytes as text, escaped text, hex or JSON. The
// bytes are never taken from the text unless the user typed: result() gives
// the original bytes for an untouched editor.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedisBrowser

ColumnLayout {
    id: editor

    // The original value (ArrayBuffer).
    property var bytes: new ArrayBuffer(0)
    // The format the text area holds: "text", "escaped", "hex" or "json".
    property string format: "text"
    property var formats: ["text", "escaped", "hex"]
    property bool readOnly: false
    // The user changed the text since setBytes().
    property bool dirty: false
    property string error: ""
    property bool loadingText: false
    property bool showToolbar: true
    readonly property alias textArea: area
    readonly property string text: area.text

    spacing: Theme.spacing

    function formatName(f) {
        switch (f) {
        case "text": return qsTr("Text")
        case "escaped": return qsTr("Text (escaped)")
        case "hex": return qsTr("Hex")
        case "json": return qsTr("JSON")
        }
        return f
    }

    // What format bytes can really be shown in (text and JSON only when they fit).
    function effectiveFormat(b, wanted) {
        if (wanted === "text" && !BrowserCodec.isPlainText(b))
            return "escaped"
        if (wanted === "json" && !BrowserCodec.isJson(b))
            return BrowserCodec.isPlainText(b) ? "text" : "escaped"
        return wanted
    }

    function show(b, f) {
        loadingText = true
        format = effectiveFormat(b, f)
        area.text = BrowserCodec.render(b, format)
        loadingText = false
    }

    // A new value: detects its format unless keepFormat and it fits.
    function setBytes(b, keepFormat) {
        bytes = b
        formats = BrowserCodec.formatsFor(b)
        if (formats.indexOf("json") < 0 && formats.indexOf("text") >= 0)
            formats = formats.concat(["json"])
        show(b, keepFormat ? format : BrowserCodec.detectFormat(b))
        dirty = false
        error = ""
    }

    function revert() {
        show(bytes, format)
        dirty = false
        error = ""
    }

    // {ok, bytes, error, changed}
    function result() {
        if (!dirty)
            return { ok: true, bytes: bytes, error: "", changed: false }
        const compact = format === "json" && BrowserCodec.isJson(bytes) && BrowserCodec.isCompactJson(bytes)
        const r = BrowserCodec.parse(area.text, format, compact)
        return { ok: r.ok, bytes: r.bytes, error: r.error, changed: true }
    }

    // Shows the value in another format, keeping the user's edits.
    function switchFormat(f) {
        if (f === format)
            return
        if (!dirty) {
            show(bytes, f)
            return
        }
        const r = result()
        if (!r.ok) {
            error = r.error
            // The combo shows the format the text is still in.
            formatCombo.currentIndex = Qt.binding(() => editor.formats.indexOf(editor.format))
            return
        }
        error = ""
        show(r.bytes, f)
        dirty = true
    }

    RowLayout {
        Layout.fillWidth: true
        visible: editor.showToolbar
        spacing: Theme.spacing
        Label { text: qsTr("View as") }
        ComboBox {
            id: formatCombo
            objectName: "formatCombo"
            // 150 wide; narrower in a narrow pane (800x600). A layout only
            // shrinks items that fill.
            Layout.fillWidth: true
            Layout.preferredWidth: 150
            Layout.maximumWidth: 150
            Layout.minimumWidth: 90
            model: editor.formats
            displayText: editor.formatName(editor.format)
            currentIndex: editor.formats.indexOf(editor.format)
            delegate: ItemDelegate {
                required property string modelData
                required property int index
                width: ListView.view.width
                text: editor.formatName(modelData)
                highlighted: formatCombo.highlightedIndex === index
            }
            onActivated: index => editor.switchFormat(editor.formats[index])
        }
        CheckBox {
            id: wrapBox
            text: qsTr("Wrap")
            checked: true
        }
        Item { Layout.fillWidth: true }
        CellLabel {
            text: BrowserCodec.formatSize(BrowserCodec.byteLength(editor.bytes))
            color: Theme.muted
        }
        CellLabel {
            visible: editor.dirty
            text: qsTr("modified")
            color: Theme.warning
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: editor.readOnly ? Theme.alternate : Theme.base
        border.color: area.activeFocus ? Theme.accent : Theme.border
        ScrollView {
            id: scroll
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            TextArea {
                id: area
                objectName: "valueText"
                textFormat: TextEdit.PlainText
                font.family: Theme.monospaceFamily
                wrapMode: wrapBox.checked ? TextEdit.WrapAnywhere : TextEdit.NoWrap
                readOnly: editor.readOnly
                selectByMouse: true
                persistentSelection: true
                background: null
                onTextChanged: {
                    if (!editor.loadingText)
                        editor.dirty = true
                }
            }
        }
    }

    CellLabel {
        Layout.fillWidth: true
        visible: editor.error !== ""
        text: editor.error
        color: Theme.danger
    }
}
