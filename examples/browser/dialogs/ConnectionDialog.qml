// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Creates or edits a connection: host and port, a unix socket or a URL,
// credentials, database, client name, TLS and an SSH tunnel; the type
// (one server, a Redis Cluster from seed nodes, or a master found through
// sentinels; host and port are the first seed or sentinel); "Test
// connection" connects a temporary client (the same options conversion as
// a real connection) and PINGs. Passwords and passphrases are saved only if
// the user asks, and then in the system keychain (ConnectionStore).
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
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
    // The error code of a failed test (RedisError), and what a rejected SSH
    // host key looks like: { fingerprint, changed }.
    property int testError: 0
    property var hostKey: ({ fingerprint: "", changed: false })
    property bool hostKeyRetried: false
    property var store: null
    // The secrets asked for when left empty (of the connection being edited).
    property var askSecrets: []
    // The secrets in the keychain (of the connection being edited).
    property var savedSecrets: []
    property string connectionId: ""
    // Kept as it was (not shown): the ssh configuration file.
    property string sshConfigFile: ""
    readonly property alias urlField: urlField
    readonly property alias form: form
    readonly property alias scrollView: scroll
    readonly property bool keychainUnavailable: store !== null && store.keychainStatus === "unavailable"
    readonly property bool canTrustHostKey: testStatus === "failed" && testError === RedisError.SshHostKeyRejected
                                            && hostKey.fingerprint !== "" && !hostKey.changed && !hostKeyRetried

    signal saveRequested(var options, string previousName)
    signal connectRequested(var options)

    title: editingSaved ? qsTr("Edit connection") : qsTr("New connection")
    width: Math.min(560, (Overlay.overlay ? Overlay.overlay.width : 560) - 40)

    readonly property var modes: ["host", "socket", "url"]
    readonly property var topologies: ["standalone", "cluster", "sentinel"]
    // The connection type in host mode ("standalone" otherwise: a URL has its own).
    readonly property string topology: modeBar.currentIndex === 0 ? topologies[typeBox.currentIndex] : "standalone"
    // Whether any password or passphrase is filled in (or asked for).
    readonly property bool hasSecrets: passwordField.text !== "" || askSecrets.length > 0
                                       || (tlsBox.checked && tlsPassphraseField.text !== "")
                                       || (sshBox.checked && sshAuthBox.currentIndex === 1 && sshPassphraseField.text !== "")
                                       || (sshBox.checked && sshAuthBox.currentIndex === 2 && sshPasswordField.text !== "")
                                       || (dialog.topology === "sentinel" && sentinelPasswordField.text !== "")

    // The placeholder of a secret's field: "asked when connecting" when it
    // is not saved but needed.
    function secretPlaceholder(field) {
        if (askSecrets.indexOf(field) >= 0)
            return qsTr("asked for when connecting")
        if (savedSecrets.indexOf(field) >= 0)
            return qsTr("saved in the keychain")
        return qsTr("none")
    }

    // A section's switch: the fields below it show when it is on.
    component SectionSwitch: WrappingSwitch {
        Layout.columnSpan: 2
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        font.bold: true
    }

    // Controls whose text wraps instead of being cut (long translations).
    component WrappingSwitch: Switch {
        id: wrappingSwitch
        property color textColor: palette.windowText
        contentItem: Label {
            leftPadding: wrappingSwitch.indicator.width + wrappingSwitch.spacing
            text: wrappingSwitch.text
            font: wrappingSwitch.font
            color: wrappingSwitch.textColor
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    component WrappingCheckBox: CheckBox {
        id: wrappingCheckBox
        contentItem: Label {
            leftPadding: wrappingCheckBox.indicator.width + wrappingCheckBox.spacing
            text: wrappingCheckBox.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            opacity: wrappingCheckBox.enabled ? 1 : 0.5
        }
    }
    component WrappingButton: Button {
        id: wrappingButton
        contentItem: Label {
            text: wrappingButton.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    // A file path: typed, or chosen with a file dialog.
    component FileRow: RowLayout {
        id: fileRow
        property alias text: pathField.text
        property alias placeholder: pathField.placeholderText
        property string dialogTitle: ""
        readonly property alias field: pathField
        Layout.fillWidth: true
        TextField {
            id: pathField
            Layout.fillWidth: true
            selectByMouse: true
        }
        Button {
            objectName: "browseButton"
            text: qsTr("Browse…")
            onClicked: fileDialog.choose(fileRow)
        }
    }

    FileDialog {
        id: fileDialog
        property var row: null
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("PEM and key files (*.pem *.crt *.cer *.key id_*)"), qsTr("All files (*)")]

        function choose(row) {
            fileDialog.row = row
            title = row.dialogTitle
            currentFolder = ConnectionConfig.folderUrl(row.text)
            open()
        }
        onAccepted: {
            if (row)
                row.text = ConnectionConfig.localPath(selectedFile)
            row = null
        }
        onRejected: row = null
    }
    readonly property var sshAuths: ["agent", "key", "password"]
    readonly property var hostKeyPolicies: ["strict", "acceptNew", "acceptAny"]

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
        typeBox.currentIndex = Math.max(0, topologies.indexOf(o.topology))
        seedNodesField.text = o.seedNodes.join(", ")
        readFromReplicasBox.checked = o.readFromReplicas
        sentinelMasterField.text = o.sentinelMasterName
        sentinelUserField.text = o.sentinelUsername
        sentinelPasswordField.text = o.sentinelPassword
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
        connectionId = o.id
        sshConfigFile = o.sshConfigFile
        askSecrets = o.askSecrets
        savedSecrets = o.savedSecrets
        tlsBox.checked = o.tlsEnabled
        tlsCaRow.text = o.tlsCaFile
        tlsCertRow.text = o.tlsCertFile
        tlsKeyRow.text = o.tlsKeyFile
        tlsPassphraseField.text = o.tlsKeyPassphrase
        tlsPeerNameField.text = o.tlsPeerName
        insecureSwitch.checked = !o.tlsVerifyPeer
        sshBox.checked = o.sshEnabled
        sshHostField.text = o.sshHost
        sshPortField.value = o.sshPort
        sshUserField.text = o.sshUser
        sshAuthBox.currentIndex = Math.max(0, sshAuths.indexOf(o.sshAuth))
        sshIdentityRow.text = o.sshIdentityFile
        sshPassphraseField.text = o.sshPassphrase
        sshPasswordField.text = o.sshPassword
        sshKnownHostsRow.text = o.sshKnownHostsFile
        sshPolicyBox.currentIndex = Math.max(0, hostKeyPolicies.indexOf(o.sshHostKeyPolicy))
        testStatus = ""
        testMessage = ""
        testError = 0
        hostKeyRetried = false
        scroll.ScrollBar.vertical.position = 0
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
            database: databaseField.value,
            clientName: clientNameField.text.trim(),
            separator: separatorField.text,
            id: connectionId,
            // The store decides what is saved and what is asked for; a
            // secret left empty that was asked for before still is.
            askSecrets: askSecrets,
            savedSecrets: savedSecrets,
            tlsEnabled: tlsBox.checked,
            tlsCaFile: tlsCaRow.text.trim(),
            tlsCertFile: tlsCertRow.text.trim(),
            tlsKeyFile: tlsKeyRow.text.trim(),
            tlsKeyPassphrase: tlsPassphraseField.text,
            tlsPeerName: tlsPeerNameField.text.trim(),
            tlsVerifyPeer: !insecureSwitch.checked,
            sshEnabled: sshBox.checked,
            sshHost: sshHostField.text.trim(),
            sshPort: sshPortField.value,
            sshUser: sshUserField.text.trim(),
            sshAuth: sshAuths[sshAuthBox.currentIndex],
            sshIdentityFile: sshIdentityRow.text.trim(),
            sshPassphrase: sshPassphraseField.text,
            sshPassword: sshPasswordField.text,
            sshKnownHostsFile: sshKnownHostsRow.text.trim(),
            sshHostKeyPolicy: hostKeyPolicies[sshPolicyBox.currentIndex],
            sshConfigFile: sshConfigFile,
            topology: topology,
            seedNodes: seedNodesField.text,
            readFromReplicas: readFromReplicasBox.checked,
            sentinelMasterName: sentinelMasterField.text.trim(),
            sentinelUsername: sentinelUserField.text,
            sentinelPassword: sentinelPasswordField.text
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
            return qsTr("Enter a redis://host:port/db, rediss://host:port/db or unix:///path/to/socket URL.")
        if (o.topology === "sentinel" && o.sentinelMasterName === "")
            return qsTr("Enter the name of the master the sentinels monitor.")
        if (o.sshEnabled && o.sshHost === "")
            return qsTr("Enter the SSH server's host name or address.")
        if (o.sshEnabled && o.sshAuth === "key" && o.sshIdentityFile === "")
            return qsTr("Choose the SSH key file.")
        if (forSave && store && (!editingSaved || editedName !== o.name) && store.contains(o.name))
            return qsTr("A saved connection named “%1” exists already.").arg(o.name)
        return ""
    }

    function testConnection() {
        testConnectionWith(null)
    }

    // overrides: options that replace the form's for this test only (the
    // host key policy of "Trust this host key").
    function testConnectionWith(overrides) {
        stopTest()
        testError = 0
        if (!overrides)
            hostKeyRetried = false
        const why = problem(false)
        if (why !== "") {
            testStatus = "failed"
            testMessage = why
            return
        }
        const client = testClientComponent.createObject(dialog)
        const unusable = ConnectionConfig.configure(client, Object.assign(options(), overrides || {}))
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

    // Retries the test once with the host key policy AcceptNew: ssh records
    // the key the user has just seen (a changed key is still refused).
    function trustHostKey() {
        if (!canTrustHostKey)
            return
        hostKeyRetried = true
        testConnectionWith({ sshHostKeyPolicy: "acceptNew" })
    }

    function stopTest() {
        if (tester.client) {
            const c = tester.client
            tester.client = null
            c.abort()
            c.destroy()
        }
    }

    // (Not when it was opened again while closing: that test goes on.)
    onClosed: {
        if (!visible)
            stopTest()
    }

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
            dialog.testError = code
            dialog.hostKey = code === RedisError.SshHostKeyRejected ? ConnectionConfig.hostKeyProblem(message)
                                                                    : { fingerprint: "", changed: false }
            dialog.testMessage = message
            // That client only: a test started meanwhile goes on.
            const failed = tester.client
            Qt.callLater(function() {
                if (tester.client === failed)
                    dialog.stopTest()
            })
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

            Label { text: qsTr("Type"); visible: modeBar.currentIndex === 0 }
            ComboBox {
                id: typeBox
                objectName: "connectionType"
                visible: modeBar.currentIndex === 0
                Layout.fillWidth: true
                model: [qsTr("Standalone"), qsTr("Cluster"), qsTr("Sentinel")]
                // Sentinels listen on 26379 by default.
                onActivated: {
                    if (dialog.topology === "sentinel" && portField.value === 6379)
                        portField.value = 26379
                    else if (dialog.topology !== "sentinel" && portField.value === 26379)
                        portField.value = 6379
                }
            }

            Label {
                text: dialog.topology === "cluster" ? qsTr("First seed node")
                    : dialog.topology === "sentinel" ? qsTr("First sentinel") : qsTr("Host")
                visible: modeBar.currentIndex === 0
            }
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

            Label {
                text: dialog.topology === "sentinel" ? qsTr("Other sentinels") : qsTr("Other seed nodes")
                visible: dialog.topology !== "standalone"
            }
            TextField {
                id: seedNodesField
                objectName: "seedNodes"
                visible: dialog.topology !== "standalone"
                Layout.fillWidth: true
                placeholderText: dialog.topology === "sentinel" ? "10.0.0.2:26379, 10.0.0.3:26379"
                                                                : "10.0.0.2:6379, 10.0.0.3:6379"
                selectByMouse: true
            }
            Label { text: qsTr("Master name"); visible: dialog.topology === "sentinel" }
            TextField {
                id: sentinelMasterField
                objectName: "sentinelMasterName"
                visible: dialog.topology === "sentinel"
                Layout.fillWidth: true
                placeholderText: "mymaster"
                selectByMouse: true
            }
            Label { text: qsTr("Sentinel user"); visible: dialog.topology === "sentinel" }
            TextField {
                id: sentinelUserField
                objectName: "sentinelUsername"
                visible: dialog.topology === "sentinel"
                Layout.fillWidth: true
                placeholderText: qsTr("none")
                selectByMouse: true
            }
            Label { text: qsTr("Sentinel password"); visible: dialog.topology === "sentinel" }
            TextField {
                id: sentinelPasswordField
                objectName: "sentinelPassword"
                visible: dialog.topology === "sentinel"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: dialog.secretPlaceholder("sentinelPassword")
            }
            Item { width: 1; height: 1; visible: dialog.topology !== "standalone" }
            WrappingCheckBox {
                id: readFromReplicasBox
                objectName: "readFromReplicas"
                visible: dialog.topology !== "standalone"
                Layout.fillWidth: true
                text: dialog.topology === "sentinel" ? qsTr("Connect to a replica")
                                                      : qsTr("Read from replicas")
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
                placeholderText: dialog.secretPlaceholder("password")
            }

            Label { text: qsTr("Database"); visible: modeBar.currentIndex !== 2 && dialog.topology !== "cluster" }
            SpinBox {
                id: databaseField
                visible: modeBar.currentIndex !== 2 && dialog.topology !== "cluster"
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

            // --- TLS ---------------------------------------------------------
            SectionSwitch {
                id: tlsBox
                objectName: "tlsEnabled"
                text: qsTr("Use TLS (rediss://)")
            }

            Label { text: qsTr("CA certificate"); visible: tlsBox.checked }
            FileRow {
                id: tlsCaRow
                objectName: "tlsCaFile"
                visible: tlsBox.checked
                placeholder: qsTr("the system's CA certificates")
                dialogTitle: qsTr("CA certificate (PEM)")
            }
            Label { text: qsTr("Client certificate"); visible: tlsBox.checked }
            FileRow {
                id: tlsCertRow
                objectName: "tlsCertFile"
                visible: tlsBox.checked
                placeholder: qsTr("none")
                dialogTitle: qsTr("Client certificate (PEM)")
            }
            Label { text: qsTr("Client key"); visible: tlsBox.checked }
            FileRow {
                id: tlsKeyRow
                objectName: "tlsKeyFile"
                visible: tlsBox.checked
                placeholder: qsTr("none")
                dialogTitle: qsTr("Client key (PEM)")
            }
            Label { text: qsTr("Key passphrase"); visible: tlsBox.checked }
            TextField {
                id: tlsPassphraseField
                objectName: "tlsKeyPassphrase"
                visible: tlsBox.checked
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: dialog.secretPlaceholder("tlsKeyPassphrase")
            }
            Label { text: qsTr("Server name (SNI)"); visible: tlsBox.checked }
            TextField {
                id: tlsPeerNameField
                objectName: "tlsPeerName"
                visible: tlsBox.checked
                Layout.fillWidth: true
                placeholderText: qsTr("the host name")
                selectByMouse: true
            }
            Item { width: 1; height: 1; visible: tlsBox.checked }
            ColumnLayout {
                visible: tlsBox.checked
                Layout.fillWidth: true
                spacing: 2
                WrappingSwitch {
                    id: insecureSwitch
                    objectName: "tlsInsecure"
                    Layout.fillWidth: true
                    text: qsTr("Do not verify the server's certificate (insecure)")
                    textColor: checked ? Theme.danger : palette.windowText
                }
                Label {
                    objectName: "tlsInsecureWarning"
                    Layout.fillWidth: true
                    visible: insecureSwitch.checked
                    text: qsTr("Warning: anyone between you and the server can read and change the traffic, passwords included. Use this only for a test server.")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.danger
                }
            }

            // --- SSH tunnel ---------------------------------------------------
            SectionSwitch {
                id: sshBox
                objectName: "sshEnabled"
                text: qsTr("Connect through an SSH tunnel")
            }

            Item { width: 1; height: 1; visible: sshBox.checked }
            Label {
                visible: sshBox.checked
                Layout.fillWidth: true
                text: qsTr("The Redis host and port above are as the SSH server sees them.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.muted
            }
            Label { text: qsTr("SSH server"); visible: sshBox.checked }
            RowLayout {
                visible: sshBox.checked
                Layout.fillWidth: true
                TextField {
                    id: sshHostField
                    objectName: "sshHost"
                    Layout.fillWidth: true
                    placeholderText: qsTr("host name")
                    selectByMouse: true
                }
                Label { text: qsTr("Port") }
                SpinBox {
                    id: sshPortField
                    objectName: "sshPort"
                    from: 1
                    to: 65535
                    editable: true
                    value: 22
                    textFromValue: (value, locale) => String(value)
                    valueFromText: (text, locale) => parseInt(text, 10) || 22
                }
            }
            Label { text: qsTr("SSH user"); visible: sshBox.checked }
            TextField {
                id: sshUserField
                objectName: "sshUser"
                visible: sshBox.checked
                Layout.fillWidth: true
                placeholderText: qsTr("as in the SSH configuration")
                selectByMouse: true
            }
            Label { text: qsTr("Authentication"); visible: sshBox.checked }
            ComboBox {
                id: sshAuthBox
                objectName: "sshAuth"
                visible: sshBox.checked
                Layout.fillWidth: true
                model: [qsTr("SSH agent"), qsTr("Key file"), qsTr("Password")]
            }
            Label { text: qsTr("Key file"); visible: sshBox.checked && sshAuthBox.currentIndex === 1 }
            FileRow {
                id: sshIdentityRow
                objectName: "sshIdentityFile"
                visible: sshBox.checked && sshAuthBox.currentIndex === 1
                placeholder: "~/.ssh/id_ed25519"
                dialogTitle: qsTr("SSH private key")
            }
            Label { text: qsTr("Key passphrase"); visible: sshBox.checked && sshAuthBox.currentIndex === 1 }
            TextField {
                id: sshPassphraseField
                objectName: "sshPassphrase"
                visible: sshBox.checked && sshAuthBox.currentIndex === 1
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: dialog.secretPlaceholder("sshPassphrase")
            }
            Label { text: qsTr("SSH password"); visible: sshBox.checked && sshAuthBox.currentIndex === 2 }
            TextField {
                id: sshPasswordField
                objectName: "sshPassword"
                visible: sshBox.checked && sshAuthBox.currentIndex === 2
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: dialog.secretPlaceholder("sshPassword")
            }
            Label { text: qsTr("Known hosts file"); visible: sshBox.checked }
            FileRow {
                id: sshKnownHostsRow
                objectName: "sshKnownHostsFile"
                visible: sshBox.checked
                placeholder: "~/.ssh/known_hosts"
                dialogTitle: qsTr("Known hosts file")
            }
            Label { text: qsTr("Host key"); visible: sshBox.checked }
            ComboBox {
                id: sshPolicyBox
                objectName: "sshHostKeyPolicy"
                visible: sshBox.checked
                Layout.fillWidth: true
                model: [qsTr("Known keys only (strict)"), qsTr("Accept and record new keys"),
                        qsTr("Accept any key (insecure)")]
            }
            Item { width: 1; height: 1; visible: sshBox.checked && sshPolicyBox.currentIndex === 2 }
            Label {
                visible: sshBox.checked && sshPolicyBox.currentIndex === 2
                Layout.fillWidth: true
                text: qsTr("Warning: any server can pretend to be this one. Use this only for a test server.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.danger
            }

            // --- secrets --------------------------------------------------------
            Item { width: 1; height: 1 }
            WrappingCheckBox {
                id: rememberBox
                objectName: "rememberPassword"
                Layout.fillWidth: true
                text: qsTr("Save passwords and passphrases in the system keychain")
                enabled: !dialog.keychainUnavailable
            }
            Item { width: 1; height: 1; visible: keychainNote.visible }
            Label {
                id: keychainNote
                objectName: "keychainNote"
                Layout.fillWidth: true
                visible: dialog.keychainUnavailable || (!rememberBox.checked && dialog.hasSecrets)
                text: dialog.keychainUnavailable
                      ? qsTr("No keychain service is available: passwords and passphrases are not saved. The browser asks for them when it connects.")
                      : qsTr("Passwords and passphrases are not saved: the browser asks for them when it connects.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: dialog.keychainUnavailable ? Theme.warning : Theme.muted
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

            Item { width: 1; height: 1; visible: trustButton.visible }
            WrappingButton {
                id: trustButton
                objectName: "trustHostKeyButton"
                Layout.fillWidth: true
                visible: dialog.canTrustHostKey
                text: qsTr("Trust this host key (fingerprint %1) and connect").arg(dialog.hostKey.fingerprint)
                onClicked: dialog.trustHostKey()
            }
            Item { width: 1; height: 1; visible: changedKeyLabel.visible }
            Label {
                id: changedKeyLabel
                objectName: "hostKeyChangedWarning"
                Layout.fillWidth: true
                visible: dialog.testStatus === "failed" && dialog.testError === RedisError.SshHostKeyRejected
                         && dialog.hostKey.changed
                text: qsTr("The SSH server's host key has changed. Someone may be intercepting the connection, or the server was reinstalled. Check the new key with the server's administrator, then remove the old key from the known hosts file.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.danger
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
