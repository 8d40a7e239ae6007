// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Creates a key of any type with a first element, refusing to overwrite an
// existing key; optionally with an expiry.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "newKeyDialog"

    property RedisClient client: null
    property string problem: ""
    property bool busy: false

    readonly property alias nameField: nameField
    readonly property alias typeCombo: typeCombo
    readonly property alias fieldField: fieldField
    readonly property alias scoreField: scoreField
    readonly property alias streamIdField: streamIdField
    readonly property alias editor: editor
    readonly property alias ttlField: ttlField

    // The key exists now (ArrayBuffer).
    signal created(var key)

    title: qsTr("New key")
    width: Math.min(680, (Overlay.overlay ? Overlay.overlay.width : 680) - 40)
    height: Math.min(600, (Overlay.overlay ? Overlay.overlay.height : 600) - 40)

    readonly property string type: typeCombo.currentValue || "string"

    function openFor(client) {
        dialog.client = client
        nameField.text = ""
        typeCombo.currentIndex = 0
        fieldField.text = ""
        scoreField.text = "0"
        streamIdField.text = "*"
        ttlField.text = ""
        editor.setBytes(new ArrayBuffer(0), false)
        problem = ""
        busy = false
        open()
        nameField.forceActiveFocus()
    }

    function fail(message) {
        problem = message
        busy = false
    }

    // EXISTS first (never overwrite), then the type's command, then EXPIRE.
    function create() {
        if (nameField.text === "")
            return fail(qsTr("Enter the key's name."))
        const key = BrowserCodec.unescape(nameField.text)
        const value = editor.result()
        if (!value.ok)
            return fail(value.error)
        const field = BrowserCodec.unescape(fieldField.text)
        let args
        switch (type) {
        case "string":
            args = ["SET", key, value.bytes, "NX"]
            break
        case "hash":
            if (fieldField.text === "")
                return fail(qsTr("Enter the first field's name."))
            args = ["HSET", key, field, value.bytes]
            break
        case "list":
            args = ["RPUSH", key, value.bytes]
            break
        case "set":
            args = ["SADD", key, value.bytes]
            break
        case "zset": {
            const score = Number(scoreField.text)
            if (scoreField.text.trim() === "" || isNaN(score))
                return fail(qsTr("The score must be a number."))
            args = ["ZADD", key, scoreField.text.trim(), value.bytes]
            break
        }
        case "stream":
            if (fieldField.text === "")
                return fail(qsTr("Enter the first field's name."))
            args = ["XADD", key, streamIdField.text.trim() === "" ? "*" : streamIdField.text.trim(), field, value.bytes]
            break
        }
        const ttl = parseInt(ttlField.text, 10)
        busy = true
        problem = ""
        const c = client
        c.command(["EXISTS", key], function(exists, error) {
            if (error !== null)
                return dialog.fail(error)
            if (Number(exists) > 0)
                return dialog.fail(qsTr("A key with this name exists already."))
            c.command(args, function(reply, createError) {
                if (createError !== null)
                    return dialog.fail(createError)
                if (reply === null)
                    return dialog.fail(qsTr("A key with this name exists already."))
                const done = function() {
                    dialog.busy = false
                    dialog.close()
                    dialog.created(key)
                }
                if (ttl > 0)
                    c.command(["EXPIRE", key, ttl], done, dialog)
                else
                    done()
            }, dialog)
        }, dialog)
        return true
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "newKeyName"
            Layout.fillWidth: true
            font.family: Theme.monospaceFamily
            placeholderText: qsTr("e.g. user:42 (%1 escapes allowed)").arg("\\xHH")
            selectByMouse: true
        }

        Label { text: qsTr("Type") }
        ComboBox {
            id: typeCombo
            objectName: "newKeyType"
            Layout.preferredWidth: 200
            textRole: "text"
            valueRole: "value"
            model: [
                { text: qsTr("String"), value: "string" },
                { text: qsTr("Hash"), value: "hash" },
                { text: qsTr("List"), value: "list" },
                { text: qsTr("Set"), value: "set" },
                { text: qsTr("Sorted set"), value: "zset" },
                { text: qsTr("Stream"), value: "stream" }
            ]
        }

        Label {
            text: qsTr("Stream ID")
            visible: dialog.type === "stream"
        }
        TextField {
            id: streamIdField
            objectName: "newKeyStreamId"
            visible: dialog.type === "stream"
            Layout.preferredWidth: 200
            font.family: Theme.monospaceFamily
        }

        Label {
            text: qsTr("Field")
            visible: dialog.type === "hash" || dialog.type === "stream"
        }
        TextField {
            id: fieldField
            objectName: "newKeyField"
            visible: dialog.type === "hash" || dialog.type === "stream"
            Layout.fillWidth: true
            font.family: Theme.monospaceFamily
            selectByMouse: true
        }

        Label {
            text: qsTr("Score")
            visible: dialog.type === "zset"
        }
        TextField {
            id: scoreField
            objectName: "newKeyScore"
            visible: dialog.type === "zset"
            Layout.preferredWidth: 200
            selectByMouse: true
        }

        Label {
            Layout.alignment: Qt.AlignTop
            text: {
                switch (dialog.type) {
                case "list": return qsTr("Element")
                case "set":
                case "zset": return qsTr("Member")
                }
                return qsTr("Value")
            }
        }
        ValueEditor {
            id: editor
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
        }

        Label { text: qsTr("Expire after") }
        RowLayout {
            TextField {
                id: ttlField
                objectName: "newKeyTtl"
                Layout.preferredWidth: 120
                placeholderText: qsTr("never")
                validator: IntValidator { bottom: 0 }
                selectByMouse: true
            }
            Label { text: qsTr("seconds") }
        }

        CellLabel {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.problem !== ""
            text: dialog.problem
            color: Theme.danger
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "newKeyCreate"
            text: qsTr("Create")
            highlighted: true
            enabled: !dialog.busy && nameField.text !== ""
            onClicked: dialog.create()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
