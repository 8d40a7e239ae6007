// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// A redis-cli-like console: lines are split with redis-cli's quoting rules
// ("double quotes" with \xHH escapes, 'single quotes') by
// Redis.splitCommandLine(), sent with RedisClient.cliCommand(), and the
// replies printed as the library prints them for redis-cli users (status
// unquoted, bulk strings quoted and escaped, "(error) ..." for failures of
// the server and of the client alike), as plain text. Up/Down walk the
// history.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

Pane {
    id: page

    property RedisClient client: null
    property var connectionView: null
    property var history: []
    property int historyIndex: 0
    property string pendingInput: ""
    readonly property alias outputArea: output
    readonly property alias inputField: input
    readonly property int maximumOutput: 400000
    property int pending: 0

    padding: Theme.margin

    // The client's endpoint as the library writes it (host and port, or the
    // socket path); they are read here so that the prompt follows them.
    readonly property string endpoint: client && client.host !== undefined && client.port !== undefined
                                       && client.unixSocketPath !== undefined
                                       ? ConnectionConfig.endpointText(client) : ""

    function prompt() {
        if (!client)
            return "> "
        const where = endpoint
        return client.database > 0 ? where + "[" + client.database + "]> " : where + "> "
    }

    function append(text) {
        let t = output.text + text + "\n"
        if (t.length > maximumOutput)
            t = t.substr(t.length - maximumOutput)
        output.text = t
        output.cursorPosition = output.length
    }

    function clear() {
        output.text = ""
    }

    // Runs one line; the reply is appended to the output.
    function execute(line) {
        const trimmed = line.trim()
        if (trimmed === "")
            return
        if (history.length === 0 || history[history.length - 1] !== line)
            history = history.concat([line])
        historyIndex = history.length
        append(prompt() + line)
        const split = Redis.splitCommandLine(line)
        if (!split.ok) {
            append(qsTr("(error) Invalid argument(s): %1").arg(split.error))
            return
        }
        const name = BrowserCodec.toText(split.args[0]).toUpperCase()
        if (name === "CLEAR" && split.args.length === 1) {
            clear()
            return
        }
        if (name === "SELECT" && split.args.length === 2 && connectionView) {
            const db = parseInt(BrowserCodec.toText(split.args[1]), 10)
            if (isNaN(db) || db < 0 || db >= connectionView.databaseCount) {
                append(qsTr("(error) ERR DB index is out of range"))
                return
            }
            // Through the client's database property, so that the key tree
            // and every reconnect use the same database.
            connectionView.switchDatabase(db)
            append("OK")
            return
        }
        pending++
        client.cliCommand(split.args, function(text, error, code) {
            page.pending--
            // The client refuses by itself the commands that would turn the
            // connection into a stream of messages (SUBSCRIBE, MONITOR, ...:
            // RedisClient::isStreamCommand()); a console line always has a
            // command name, so that is the only InvalidArgument it can get.
            if (code === RedisError.InvalidArgument)
                page.append(qsTr("(error) %1 is not available in the console: use the Pub/Sub page.").arg(name))
            else
                page.append(text)
        }, page)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: "#1e2430"
            radius: 3
            ScrollView {
                id: scroll
                anchors.fill: parent
                anchors.margins: Theme.spacing
                clip: true
                TextArea {
                    id: output
                    objectName: "consoleOutput"
                    readOnly: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.WrapAnywhere
                    font.family: Theme.monospaceFamily
                    color: "#e6e9ef"
                    selectedTextColor: "#1e2430"
                    selectionColor: "#9fc2ff"
                    selectByMouse: true
                    background: null
                    placeholderText: qsTr("Type a command below, e.g. SCAN 0 MATCH user:* COUNT 100. \"CLEAR\" clears this.")
                    placeholderTextColor: "#8a94a3"
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: page.prompt()
                font.family: Theme.monospaceFamily
                textFormat: Text.PlainText
            }
            TextField {
                id: input
                objectName: "consoleInput"
                Layout.fillWidth: true
                font.family: Theme.monospaceFamily
                selectByMouse: true
                placeholderText: qsTr("Command (Up/Down: history)")
                onAccepted: {
                    const line = text
                    text = ""
                    page.execute(line)
                }
                Keys.onUpPressed: {
                    if (page.historyIndex === page.history.length)
                        page.pendingInput = text
                    if (page.historyIndex > 0) {
                        page.historyIndex--
                        text = page.history[page.historyIndex]
                    }
                }
                Keys.onDownPressed: {
                    if (page.historyIndex < page.history.length) {
                        page.historyIndex++
                        text = page.historyIndex === page.history.length ? page.pendingInput
                                                                         : page.history[page.historyIndex]
                    }
                }
            }
            BusyIndicator {
                running: page.pending > 0
                visible: running
                implicitWidth: 24
                implicitHeight: 24
            }
            Button {
                text: qsTr("Clear")
                onClicked: page.clear()
            }
        }
    }
}
