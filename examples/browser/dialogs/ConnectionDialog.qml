// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Creates or edits a connection: host and port, a unix socket or a URL,
// credentials, database, client name; "Test connection" connects a
// temporary client and PINGs. The password is saved only if the user asks.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

BrowserDialog {
    id: dialog
    objectName: "connectionDialog"

    // The name of the saved connection being edited ("" for a new one).
    property string editedName: ""
    property bool editingSaved: false
    property string testStatus: "" // "", "testing", "ok", "failed"
    property string testMessage: ""
    property var store: null
    readonly property alias urlField: urlField

    signal saveRequested(var options, string previousName)
    signal connectRequested(var options)

    title: editingSaved ? qsTr("Edit connection") : qsTr("New connection")
    width: Math.min(560, (Overlay.overlay ? Overlay.overlay.width : 560) - 40)

    readonly property var modes: ["host", "socket", "url"]

    function newConnection() {
        edit(ConnectionConfig.normalized({ name: store ? store.uniqueName(qsTr("Local Redis")) : qsTr("Local Redis") }), false)
    }

    // Fills the form; saved: the options belong to a saved connection
    // (Save then replaces it, also when renamed).
    function edit(options, saved) {
        const o = ConnectionConfig.normalized(options)
        editingSaved = saved === true
        editedName = editingSaved ? o.name : ""
        nameField.text = o.name
        modeBar.currentIndex = Math.max(0, modes.indexOf(o.mode))
        hostField.text = o.host
        portField.value = o.port
        socketField.text = o.socketPath
        urlField.text = o.url
        usernameField.text = o.username
        passwordField.text = o.password
        rememberBox.checked = o.rememberPassword
        databaseField.value = o.database
        clientNameField.text = o.clientName
        separatorField.text = o.separator
        testStatus = ""
        testMessage = ""
        open()
    }

    function options() {
        return ConnectionConfig.normalized({
            name: nameField.text.trim(),
            mode: modes[modeBar.currentIndex],
            host: hostField.text.trim(),
            port: portField.value,
            socketPath: socketField.text.trim(),
            url: urlField.text.trim(),
            username: usernameField.text,
            password: passwordField.text,
            rememberPassword: rememberBox.checked,
            askPassword: passwordField.text !== "" && !rememberBox.checked,
            database: databaseField.value,
            clientName: clientNameField.text.trim(),
            separator: separatorField.text
        })
    }

    // Why the form cannot be used, or "".
    function problem(forSave) {
        const o = options()
        if (o.name === "")
            return qsTr("Give the connection a name.")
        if (o.mode === "host" && o.host === "")
            return qsTr("Enter a host name or address.")
        if (o.mode === "socket" && o.socketPath === "")
            return qsTr("Enter the path of the unix socket.")
        if (o.mode === "url" && !Redis.isSupportedUrl(o.url))
            return qsTr("Enter a redis://host:port/db or unix:///path/to/socket URL.")
        if (forSave && store && (!editingSaved || editedName !== o.name) && store.contains(o.name))
            return qsTr("A saved connection named “%1” exists already.").arg(o.name)
        return ""
    }

    function testConnection() {
        stopTest()
        const why = problem(false)
        if (why !== "") {
            testStatus = "failed"
            testMessage = why
            return
        }
        const client = testClientComponent.createObject(dialog)
        const unusable = ConnectionConfig.configure(client, options())
        if (unusable !== "") {
            client.destroy()
            testStatus = "failed"
            testMessage = unusable
            return
        }
        testStatus = "testing"
        testMessage = qsTr("Connecting…")
        tester.client = client
        client.connectToServer()
    }

    function stopTest() {
        if (tester.client) {
            const c = tester.client
            tester.client = null
            c.abort()
            c.destroy()
        }
    }

    onClosed: stopTest()

    Component {
        id: testClientComponent
        RedisClient {
            autoReconnect: false
            connectTimeout: 5000
            commandTimeout: 5000
        }
    }

    // Runs the test: five PINGs one after the other, then INFO server.
    QtObject {
        id: tester
        property var client: null
        property var samples: []

        function ping() {
            const c = client
            const started = BrowserCodec.steadyMs()
            c.command(["PING"], function(value, error) {
                if (c !== tester.client)
                    return
                if (error !== null) {
                    dialog.testStatus = "failed"
                    dialog.testMessage = error
                    dialog.stopTest()
                    return
                }
                samples.push(BrowserCodec.steadyMs() - started)
                if (samples.length < 5) {
                    ping()
                    return
                }
                c.command(["INFO", "server"], function(info, infoError) {
                    if (c !== tester.client)
                        return
                    const rows = infoError === null ? ServerReplies.parseInfo(info) : []
                    const version = Redis.displayText(ServerReplies.infoValue(rows, "redis_version"))
                    const average = samples.reduce((a, b) => a + b, 0) / samples.length
                    dialog.testStatus = "ok"
                    dialog.testMessage = version !== ""
                            ? qsTr("Connected: PONG in %1 (average of 5), Redis %2").arg(BrowserCodec.formatMilliseconds(average)).arg(version)
                            : qsTr("Connected: PONG in %1 (average of 5)").arg(BrowserCodec.formatMilliseconds(average))
                    dialog.stopTest()
                }, dialog)
            }, dialog)
        }
    }

    Connections {
        target: tester.client
        function onConnected() {
            tester.samples = []
            tester.ping()
        }
        function onErrorOccurred(code, message) {
            dialog.testStatus = "failed"
            dialog.testMessage = message
            Qt.callLater(dialog.stopTest)
        }
    }

    contentItem: ScrollView {
        id: scroll
        implicitHeight: Math.min(form.implicitHeight, (Overlay.overlay ? Overlay.overlay.height : 700) - 180)
        contentWidth: availableWidth
        clip: true

        GridLayout {
            id: form
            width: scroll.availableWidth
            columns: 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            Label { text: qsTr("Name") }
            TextField {
                id: nameField
                objectName: "connectionName"
                Layout.fillWidth: true
                selectByMouse: true
            }

            Label { text: qsTr("Connect to") }
            TabBar {
                id: modeBar
                objectName: "connectionMode"
                Layout.fillWidth: true
                TabButton { text: qsTr("Host and port") }
                TabButton { text: qsTr("Unix socket") }
                TabButton { text: qsTr("URL") }
            }

            Label { text: qsTr("Host"); visible: modeBar.currentIndex === 0 }
            RowLayout {
                visible: modeBar.currentIndex === 0
                Layout.fillWidth: true
                TextField {
                    id: hostField
                    objectName: "connectionHost"
                    Layout.fillWidth: true
                    placeholderText: "127.0.0.1"
                    selectByMouse: true
                }
                Label { text: qsTr("Port") }
                SpinBox {
                    id: portField
                    objectName: "connectionPort"
                    from: 1
                    to: 65535
                    editable: true
                    value: 6379
                    textFromValue: (value, locale) => String(value)
                    valueFromText: (text, locale) => parseInt(text, 10) || 6379
                }
            }

            Label { text: qsTr("Socket"); visible: modeBar.currentIndex === 1 }
            TextField {
                id: socketField
                objectName: "connectionSocket"
                visible: modeBar.currentIndex === 1
                Layout.fillWidth: true
                placeholderText: "/run/redis/redis-server.sock"
                selectByMouse: true
            }

            Label { text: qsTr("URL"); visible: modeBar.currentIndex === 2 }
            TextField {
                id: urlField
                objectName: "connectionUrl"
                visible: modeBar.currentIndex === 2
                Layout.fillWidth: true
                placeholderText: "redis://user@host:6379/0"
                selectByMouse: true
            }

            Label { text: qsTr("Username") }
            TextField {
                id: usernameField
                Layout.fillWidth: true
                placeholderText: qsTr("default")
                selectByMouse: true
            }

            Label { text: qsTr("Password") }
            TextField {
                id: passwordField
                objectName: "connectionPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("none")
            }

            Item { width: 1; height: 1 }
            CheckBox {
                id: rememberBox
                objectName: "rememberPassword"
                Layout.fillWidth: true
                text: qsTr("Remember password (stored unencrypted in the settings file)")
                enabled: passwordField.text !== ""
                contentItem: Label {
                    leftPadding: rememberBox.indicator.width + rememberBox.spacing
                    text: rememberBox.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }

            Label { text: qsTr("Database"); visible: modeBar.currentIndex !== 2 }
            SpinBox {
                id: databaseField
                visible: modeBar.currentIndex !== 2
                from: 0
                to: 100000
                editable: true
            }

            Label { text: qsTr("Client name") }
            TextField {
                id: clientNameField
                Layout.fillWidth: true
                placeholderText: qsTr("none")
                selectByMouse: true
            }

            Label { text: qsTr("Key separator") }
            TextField {
                id: separatorField
                Layout.preferredWidth: 80
                placeholderText: qsTr("none")
            }

            Button {
                objectName: "testConnectionButton"
                text: qsTr("Test connection")
                enabled: dialog.testStatus !== "testing"
                onClicked: dialog.testConnection()
            }
            CellLabel {
                id: testLabel
                objectName: "testResult"
                Layout.fillWidth: true
                text: dialog.testMessage
                color: dialog.testStatus === "ok" ? Theme.ok : dialog.testStatus === "failed" ? Theme.danger : Theme.muted
                wrapMode: Text.Wrap
                maximumLineCount: 3
            }

            CellLabel {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: dialog.problem(true)
                color: Theme.danger
                visible: text !== ""
                wrapMode: Text.Wrap
                maximumLineCount: 2
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveConnectionButton"
            text: qsTr("Save")
            enabled: dialog.problem(true) === ""
            onClicked: {
                dialog.saveRequested(dialog.options(), dialog.editedName)
                dialog.close()
            }
        }
        Button {
            objectName: "connectButton"
            text: qsTr("Save and connect")
            enabled: dialog.problem(true) === ""
            highlighted: true
            onClicked: {
                dialog.saveRequested(dialog.options(), dialog.editedName)
                dialog.connectRequested(dialog.options())
                dialog.close()
            }
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
