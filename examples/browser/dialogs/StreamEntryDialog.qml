// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Adds a stream entry (an ID, "*" by default, and field/value pairs typed
// with \xHH escapes), or shows one entry's fields read-only.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "streamEntryDialog"

    property bool viewOnly: false
    property string viewText: ""
    property var callback: null
    property string problem: ""
    readonly property alias idField: idField
    readonly property alias pairs: pairModel

    width: Math.min(640, (Overlay.overlay ? Overlay.overlay.width : 640) - 40)
    height: Math.min(480, (Overlay.overlay ? Overlay.overlay.height : 480) - 40)

    function openNew(callback) {
        viewOnly = false
        title = qsTr("Add stream entry")
        dialog.callback = callback
        idField.text = "*"
        pairModel.clear()
        pairModel.append({ field: "", value: "" })
        problem = ""
        open()
    }

    function openView(id, text) {
        viewOnly = true
        title = qsTr("Stream entry %1").arg(id)
        viewText = text
        open()
    }

    function submit() {
        const values = []
        for (let i = 0; i < pairModel.count; ++i) {
            const p = pairModel.get(i)
            if (p.field === "" && p.value === "")
                continue
            if (p.field === "") {
                problem = qsTr("Every value needs a field name.")
                return false
            }
            values.push(BrowserCodec.unescape(p.field), BrowserCodec.unescape(p.value))
        }
        if (values.length === 0) {
            problem = qsTr("Add at least one field.")
            return false
        }
        const id = idField.text.trim() === "" ? "*" : idField.text.trim()
        const cb = callback
        close()
        if (cb)
            cb({ id: BrowserCodec.fromText(id), values: values })
        return true
    }

    ListModel { id: pairModel }

    contentItem: StackLayout {
        currentIndex: dialog.viewOnly ? 1 : 0

        ColumnLayout {
            spacing: Theme.spacing
            RowLayout {
                Label { text: qsTr("ID") }
                TextField {
                    id: idField
                    objectName: "streamEntryId"
                    Layout.preferredWidth: 220
                    font.family: Theme.monospaceFamily
                    selectByMouse: true
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("* lets the server choose the ID")
                }
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Add field")
                    onClicked: pairModel.append({ field: "", value: "" })
                }
            }
            ListView {
                id: pairList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: pairModel
                spacing: Theme.spacing
                delegate: RowLayout {
                    id: pairRow
                    required property int index
                    required property string field
                    required property string value
                    width: ListView.view.width
                    TextField {
                        Layout.preferredWidth: pairRow.width * 0.35
                        text: pairRow.field
                        placeholderText: qsTr("field")
                        font.family: Theme.monospaceFamily
                        selectByMouse: true
                        onTextEdited: pairModel.setProperty(pairRow.index, "field", text)
                    }
                    TextField {
                        Layout.fillWidth: true
                        text: pairRow.value
                        placeholderText: qsTr("value")
                        font.family: Theme.monospaceFamily
                        selectByMouse: true
                        onTextEdited: pairModel.setProperty(pairRow.index, "value", text)
                    }
                    ToolButton {
                        text: "×"
                        enabled: pairModel.count > 1
                        Accessible.name: qsTr("Remove field")
                        onClicked: pairModel.remove(pairRow.index)
                    }
                }
            }
            CellLabel {
                Layout.fillWidth: true
                text: qsTr("Fields and values take %1 escapes.").arg("\\xHH \\n \\t \\\\")
                color: Theme.muted
            }
            CellLabel {
                Layout.fillWidth: true
                visible: dialog.problem !== ""
                text: dialog.problem
                color: Theme.danger
            }
        }

        ScrollView {
            clip: true
            TextArea {
                readOnly: true
                text: dialog.viewText
                textFormat: TextEdit.PlainText
                font.family: Theme.monospaceFamily
                wrapMode: TextEdit.WrapAnywhere
                selectByMouse: true
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "streamEntryAdd"
            visible: !dialog.viewOnly
            text: qsTr("Add")
            highlighted: true
            onClicked: dialog.submit()
        }
        Button {
            text: dialog.viewOnly ? qsTr("Close") : qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
