// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The browser's window: saved connections on the left, one tab per open
// connection (each a ConnectionView with its Keys, Console, Server and
// Pub/Sub pages), the status of the current connection at the bottom.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

ApplicationWindow {
    id: window
    objectName: "mainWindow"

    // Set by main.cpp (or a test) before the window is created.
    property string startUrl: ""
    property string initialKey: ""
    property string initialLanguage: ""
    property string settingsFile: ""
    // The saved connection to open the connection dialog on at start.
    property string editConnection: ""
    property bool screenshotMode: false

    // --screenshot: the initial data is shown (or it cannot be).
    signal screenshotReady()
    signal screenshotFailed(string reason)

    readonly property alias store: connectionStore
    readonly property alias languageManager: languages
    readonly property alias openConnections: openModel
    readonly property var currentView: connectionTabs.currentIndex >= 0 && views.count > connectionTabs.currentIndex
                                       ? views.itemAt(connectionTabs.currentIndex) : null
    property int nextUid: 1

    width: 1280
    height: 800
    minimumWidth: 760
    minimumHeight: 480
    visible: true
    title: currentView ? qsTr("%1 — QtRedis Browser").arg(currentView.displayName) : qsTr("QtRedis Browser")
    font.family: languages.fontFamily !== "" ? languages.fontFamily : Qt.application.font.family

    palette.window: Theme.palette.window
    palette.windowText: Theme.palette.windowText
    palette.base: Theme.palette.base
    palette.alternateBase: Theme.palette.alternateBase
    palette.text: Theme.palette.text
    palette.button: Theme.palette.button
    palette.buttonText: Theme.palette.buttonText
    palette.highlight: Theme.palette.highlight
    palette.highlightedText: Theme.palette.highlightedText
    palette.toolTipBase: Theme.palette.toolTipBase
    palette.toolTipText: Theme.palette.toolTipText
    palette.placeholderText: Theme.palette.placeholderText
    palette.mid: Theme.palette.mid
    palette.dark: Theme.palette.dark
    palette.light: Theme.palette.light
    palette.midlight: Theme.palette.midlight
    palette.shadow: Theme.palette.shadow
    palette.link: Theme.palette.link

    ConnectionStore {
        id: connectionStore
        settingsFile: window.settingsFile
    }

    LanguageManager {
        id: languages
        objectName: "languageManager"
        language: window.initialLanguage
    }

    ListModel {
        id: openModel
        // uid, name, saved, configJson (the options, password included: memory only)
    }

    // --- opening and closing connections ---------------------------------

    function findView(name, saved) {
        for (let i = 0; i < openModel.count; ++i) {
            const e = openModel.get(i)
            if (e.name === name && e.saved === saved)
                return views.itemAt(i)
        }
        return null
    }

    function indexOfView(view) {
        for (let i = 0; i < views.count; ++i) {
            if (views.itemAt(i) === view)
                return i
        }
        return -1
    }

    // Opens a connection (or shows it if it is open already). A saved
    // connection gets its secrets from the store (the keychain; it waits for
    // a read still running), the options' own filled-in secrets first; a
    // secret that is needed but not there is asked for.
    function openConnection(options, saved) {
        const o = ConnectionConfig.normalized(options)
        const existing = findView(o.name, saved === true)
        if (existing) {
            connectionTabs.currentIndex = indexOfView(existing)
            return existing
        }
        if (saved === true && connectionStore.contains(o.name)) {
            if (connectionStore.secretsPending(o.name)) {
                connectionStore.withSecrets(o.name, function() {
                    window.openConnection(options, saved)
                })
                return null
            }
            const stored = connectionStore.connection(o.name)
            const secrets = ConnectionConfig.secretFields()
            for (let i = 0; i < secrets.length; ++i) {
                if (o[secrets[i]] === "" && stored[secrets[i]] !== "")
                    o[secrets[i]] = stored[secrets[i]]
            }
            o.askSecrets = stored.askSecrets
            o.savedSecrets = stored.savedSecrets
        }
        const missing = ConnectionConfig.missingSecrets(o)
        if (missing.length > 0) {
            const field = missing[0]
            passwordDialog.ask(o.name, function(secret) {
                if (secret === "")
                    return
                const withSecret = Object.assign({}, o)
                withSecret[field] = secret
                window.openConnection(withSecret, saved)
            }, "", field)
            return null
        }
        openModel.append({ uid: "c" + nextUid++, name: o.name, saved: saved === true, configJson: JSON.stringify(o) })
        connectionTabs.currentIndex = openModel.count - 1
        return views.itemAt(openModel.count - 1)
    }

    function openUrl(url) {
        return openConnection(ConnectionConfig.fromUrl(url), false)
    }

    function closeConnectionAt(index) {
        if (index < 0 || index >= openModel.count)
            return
        openModel.remove(index)
        connectionTabs.currentIndex = Math.min(index, openModel.count - 1)
    }

    function closeConnection(name, saved) {
        const view = findView(name, saved)
        if (view)
            closeConnectionAt(indexOfView(view))
    }

    function saveConnection(options, previousName) {
        if (!connectionStore.save(options, previousName)) {
            messageDialog.show(qsTr("Not saved"), qsTr("The connection could not be saved: the name is empty or taken."))
            return false
        }
        // An open unsaved connection of that name is now a saved one.
        for (let i = 0; i < openModel.count; ++i) {
            const e = openModel.get(i)
            if (e.name === previousName || e.name === options.name) {
                openModel.setProperty(i, "saved", true)
                openModel.setProperty(i, "name", options.name)
            }
        }
        return true
    }

    // The SSH server's host key was refused: an unknown key can be trusted
    // (one retry with the policy AcceptNew, which records it); a changed
    // key only gets the warning.
    function offerHostKey(view, message) {
        const key = ConnectionConfig.hostKeyProblem(message)
        if (key.changed || key.fingerprint === "") {
            messageDialog.show(qsTr("SSH host key refused"), key.changed
                               ? qsTr("The SSH server's host key has changed. Someone may be intercepting the connection, or the server was reinstalled. Check the new key with the server's administrator, then remove the old key from the known hosts file.\n\n%1").arg(message)
                               : message)
            return
        }
        confirmDialog.ask(qsTr("Unknown SSH host key"),
                          qsTr("The SSH server of “%1” is not known yet. Compare the fingerprint with the one the server's administrator gives you before you trust it.").arg(view.name),
                          qsTr("Trust this host key (fingerprint %1) and connect").arg(key.fingerprint),
                          function() { view.trustHostKey() }, false, message)
    }

    function setLanguage(code) {
        languages.language = code
        connectionStore.setPreference("language", languages.language)
    }

    // --- startup ------------------------------------------------------------

    Component.onCompleted: {
        if (window.initialLanguage === "") {
            const saved = connectionStore.preference("language", "")
            if (saved !== "")
                languages.language = saved
        }
        if (window.editConnection !== "") {
            if (!connectionStore.contains(window.editConnection)) {
                // (After main.cpp has connected to the signal.)
                const why = qsTr("no saved connection named “%1”").arg(window.editConnection)
                if (window.screenshotMode)
                    Qt.callLater(function() { window.screenshotFailed(why) })
                return
            }
            connectionStore.withSecrets(window.editConnection, function(options) {
                connectionDialog.edit(options, true)
            })
        }
        if (window.startUrl !== "")
            openUrl(window.startUrl)
        else if (window.screenshotMode && window.editConnection === "")
            screenshotWithoutConnection.start()
    }

    Timer {
        id: screenshotWithoutConnection
        interval: 200
        onTriggered: window.screenshotReady()
    }

    // --- menus and shortcuts ------------------------------------------------

    menuBar: MenuBar {
        Menu {
            title: qsTr("&Connection")
            Action {
                text: qsTr("&New connection…")
                shortcut: "Ctrl+N"
                onTriggered: connectionDialog.newConnection()
            }
            Action {
                text: qsTr("&Close connection")
                shortcut: "Ctrl+W"
                enabled: window.currentView !== null
                onTriggered: window.closeConnectionAt(connectionTabs.currentIndex)
            }
            Action {
                text: qsTr("&Reconnect")
                enabled: window.currentView !== null
                onTriggered: window.currentView.reconnect()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: Qt.quit()
            }
        }
        Menu {
            title: qsTr("&Key")
            enabled: window.currentView !== null
            Action {
                text: qsTr("&New key…")
                shortcut: "Ctrl+K"
                onTriggered: window.currentView.keysPage.newKey()
            }
            Action {
                text: qsTr("&Refresh keys")
                shortcut: "F5"
                onTriggered: window.currentView.keysPage.refresh()
            }
            Action {
                text: qsTr("&Find keys…")
                shortcut: StandardKey.Find
                onTriggered: {
                    window.currentView.showPage(0)
                    window.currentView.keysPage.focusFilter()
                }
            }
            MenuSeparator {}
            Action {
                text: qsTr("Re&name key…")
                shortcut: "F2"
                onTriggered: window.currentView.keysPage.valuePane.rename()
            }
            Action {
                text: qsTr("&Delete key…")
                onTriggered: window.currentView.keysPage.valuePane.deleteKey()
            }
        }
        Menu {
            title: qsTr("&View")
            enabled: window.currentView !== null
            Action { text: qsTr("&Keys"); shortcut: "Ctrl+1"; onTriggered: window.currentView.showPage(0) }
            Action { text: qsTr("C&onsole"); shortcut: "Ctrl+2"; onTriggered: window.currentView.showPage(1) }
            Action { text: qsTr("&Server"); shortcut: "Ctrl+3"; onTriggered: window.currentView.showPage(2) }
            Action { text: qsTr("&Pub/Sub"); shortcut: "Ctrl+4"; onTriggered: window.currentView.showPage(3) }
        }
        Menu {
            id: languageMenu
            objectName: "languageMenu"
            title: qsTr("&Language")
            Repeater {
                model: languages.languages
                MenuItem {
                    required property var modelData
                    text: modelData.name
                    checkable: true
                    checked: languages.language === modelData.code
                    onTriggered: window.setLanguage(modelData.code)
                }
            }
        }
        Menu {
            title: qsTr("&Help")
            Action {
                text: qsTr("&Keyboard shortcuts")
                shortcut: StandardKey.HelpContents
                onTriggered: messageDialog.show(qsTr("Keyboard shortcuts"), window.shortcutHelp())
            }
            Action {
                text: qsTr("&About")
                onTriggered: messageDialog.show(qsTr("About QtRedis Browser"),
                                                qsTr("QtRedis Browser: an asynchronous Redis browser built with Qt Quick and QtRedis.\nSettings: %1")
                                                .arg(connectionStore.storageLocation))
            }
        }
    }

    function shortcutHelp() {
        return [
            qsTr("Ctrl+N  new connection"), qsTr("Ctrl+W  close connection"),
            qsTr("Ctrl+K  new key"), qsTr("F5  refresh keys"), qsTr("Ctrl+F  filter keys"),
            qsTr("F2  rename key"), qsTr("Delete  delete the selected key (in the key tree)"),
            qsTr("Ctrl+1…4  Keys, Console, Server, Pub/Sub"),
            qsTr("Up/Down in the console  command history")
        ].join("\n")
    }

    // --- layout ----------------------------------------------------------------

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        ConnectionsPanel {
            // Narrower in a small window (800x600): the keys, the value and
            // the server pages need the room more.
            SplitView.preferredWidth: window.width < 1000 ? 170 : 250
            SplitView.minimumWidth: 140
            store: connectionStore
            openConnections: openModel
            findView: window.findView
            onOpenRequested: (options, saved) => window.openConnection(options, saved)
            // A saved connection's secrets first (its keychain reads may still run).
            onEditRequested: (options, saved) => {
                if (saved && connectionStore.contains(options.name))
                    connectionStore.withSecrets(options.name, stored => connectionDialog.edit(stored, true))
                else
                    connectionDialog.edit(options, saved)
            }
            onNewRequested: connectionDialog.newConnection()
            onCloseRequested: (name, saved) => window.closeConnection(name, saved)
            onRemoveRequested: name => confirmDialog.ask(qsTr("Delete connection"),
                                                        qsTr("Delete the saved connection “%1”?").arg(name),
                                                        qsTr("Delete"), () => connectionStore.remove(name), true)
        }

        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0

            TabBar {
                id: connectionTabs
                objectName: "connectionTabs"
                Layout.fillWidth: true
                visible: openModel.count > 0
                Repeater {
                    model: openModel
                    TabButton {
                        id: tab
                        required property string name
                        required property bool saved
                        required property int index
                        width: Math.max(140, implicitWidth)
                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            CellLabel {
                                Layout.fillWidth: true
                                text: tab.saved ? tab.name : qsTr("%1 (not saved)").arg(tab.name)
                                font.bold: tab.checked
                            }
                            ToolButton {
                                text: "×"
                                implicitWidth: 22
                                implicitHeight: 22
                                padding: 0
                                focusPolicy: Qt.NoFocus
                                Accessible.name: qsTr("Close connection")
                                onClicked: window.closeConnectionAt(tab.index)
                            }
                        }
                    }
                }
            }

            StackLayout {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: connectionTabs.currentIndex
                visible: openModel.count > 0

                Repeater {
                    id: views
                    model: openModel
                    ConnectionView {
                        id: connectionView
                        required property string configJson
                        objectName: "connectionView_" + uid
                        config: JSON.parse(configJson)
                        initialKey: window.initialKey
                        screenshotMode: window.screenshotMode
                        onInitialDataShown: {
                            if (window.screenshotMode && window.currentView === this)
                                window.screenshotReady()
                        }
                        onFatalError: message => {
                            if (window.screenshotMode)
                                window.screenshotFailed(message)
                        }
                        onHostKeyRejected: message => window.offerHostKey(connectionView, message)
                        onTopologySwitched: options => {
                            if (connectionView.saved)
                                window.saveConnection(options, options.name)
                        }
                    }
                }
            }

            // Nothing open yet.
            Pane {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: openModel.count === 0
                ColumnLayout {
                    anchors.centerIn: parent
                    spacing: Theme.spacing * 2
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: qsTr("QtRedis Browser")
                        font.pointSize: Qt.application.font.pointSize * 2
                        font.bold: true
                    }
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: qsTr("Open a saved connection on the left, or create a new one.")
                        textFormat: Text.PlainText
                        color: Theme.muted
                    }
                    Button {
                        Layout.alignment: Qt.AlignHCenter
                        text: qsTr("New connection…")
                        highlighted: true
                        onClicked: connectionDialog.newConnection()
                    }
                }
            }
        }
    }

    footer: StatusBar {
        view: window.currentView
    }

    // --- dialogs ----------------------------------------------------------------

    ConnectionDialog {
        id: connectionDialog
        store: connectionStore
        // --edit-connection with --screenshot: saved once the dialog is shown.
        onOpened: {
            if (window.screenshotMode && window.editConnection !== "" && window.startUrl === "")
                screenshotWithoutConnection.start()
        }
        onSaveRequested: (options, previousName) => window.saveConnection(options, previousName)
        onConnectRequested: options => window.openConnection(options, true)
    }

    PasswordDialog {
        id: passwordDialog
    }

    ConfirmDialog {
        id: confirmDialog
        objectName: "mainConfirmDialog"
    }

    MessageDialog {
        id: messageDialog
    }
}
