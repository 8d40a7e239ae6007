// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Edits one element of a collection: an optional name (hash field, member),
// an optional score and a value in a ValueEditor. Names typed here accept
// \xHH, \n, \t and \\ escapes; an existing name is passed back as its
// original bytes.
//
// edit({ title, nameLabel, name, nameEditable, showValue, valueLabel, value,
//        showScore, score, callback(nameBytes, valueBytes, score) })
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "valueEditorDialog"

    property var options: ({})
    property var nameBytes: null
    property string problem: ""

    readonly property alias nameField: nameField
    readonly property alias scoreField: scoreField
    readonly property alias editor: editor

    width: Math.min(720, (Overlay.overlay ? Overlay.overlay.width : 720) - 40)
    height: Math.min(options.showValue === false ? 260 : 560, (Overlay.overlay ? Overlay.overlay.height : 560) - 40)

    function edit(o) {
        options = o
        title = o.title || qsTr("Edit")
        nameBytes = o.name !== undefined && o.name !== null ? o.name : null
        nameField.text = nameBytes !== null ? Redis.displayText(nameBytes) : ""
        scoreField.text = o.score !== undefined ? String(o.score) : "0"
        editor.setBytes(o.value !== undefined && o.value !== null ? o.value : new ArrayBuffer(0), false)
        problem = ""
        open()
        if (o.nameEditable)
            nameField.forceActiveFocus()
        else if (o.showScore && o.showValue === false)
            scoreField.forceActiveFocus()
        else
            editor.textArea.forceActiveFocus()
    }

    // Validates and hands the result to the callback.
    function submit() {
        let name = nameBytes
        if (options.nameEditable) {
            name = BrowserCodec.unescape(nameField.text)
            if (nameField.text === "" && options.nameRequired !== false) {
                problem = qsTr("Enter a name.")
                return false
            }
        }
        let score = 0
        if (options.showScore) {
            const t = scoreField.text.trim().toLowerCase()
            score = t === "inf" || t === "+inf" ? Infinity : t === "-inf" ? -Infinity : Number(t)
            if (t === "" || isNaN(score)) {
                problem = qsTr("The score must be a number (or inf, -inf).")
                return false
            }
        }
        let value = null
        if (options.showValue !== false) {
            const r = editor.result()
            if (!r.ok) {
                problem = r.error
                return false
            }
            value = r.bytes
        }
        const cb = options.callback
        close()
        if (cb)
            cb(name, value, score)
        return true
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            visible: dialog.options.nameLabel !== undefined
            text: dialog.options.nameLabel || ""
            font.bold: true
        }
        TextField {
            id: nameField
            objectName: "elementName"
            Layout.fillWidth: true
            visible: dialog.options.nameEditable === true
            font.family: Theme.monospaceFamily
            selectByMouse: true
            placeholderText: qsTr("%1 are escapes").arg("\\xHH \\n \\t \\\\")
        }
        CellLabel {
            Layout.fillWidth: true
            visible: dialog.options.nameLabel !== undefined && dialog.options.nameEditable !== true
            text: dialog.nameBytes !== null ? Redis.displayText(dialog.nameBytes) : ""
            font.family: Theme.monospaceFamily
        }

        Label {
            visible: dialog.options.showScore === true
            text: qsTr("Score")
            font.bold: true
        }
        TextField {
            id: scoreField
            objectName: "elementScore"
            Layout.preferredWidth: 220
            visible: dialog.options.showScore === true
            selectByMouse: true
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: if (dialog.options.showValue === false) dialog.submit()
        }

        Label {
            visible: dialog.options.showValue !== false
            text: dialog.options.valueLabel || qsTr("Value")
            font.bold: true
        }
        ValueEditor {
            id: editor
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: dialog.options.showValue !== false
        }
        Item {
            Layout.fillHeight: true
            visible: dialog.options.showValue === false
        }

        CellLabel {
            Layout.fillWidth: true
            visible: dialog.problem !== ""
            text: dialog.problem
            color: Theme.danger
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "elementSave"
            text: dialog.options.acceptText || qsTr("Save")
            highlighted: true
            onClicked: dialog.submit()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
