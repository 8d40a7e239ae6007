// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// One open connection: its RedisClient, its key model and its pages (Keys,
// Console, Server, Pub/Sub). Measures the round trip with a PING every few
// seconds, reads the server version, the number of databases and the key
// count of each one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

Item {
    id: view

    required property string uid
    required property string name
    required property bool saved
    required property int index
    property var config: ({})
    property string initialKey: ""
    property bool screenshotMode: false

    // The keys are listed and a value is shown (once, after the first load).
    signal initialDataShown()
    // The connection could not be made at all (never connected).
    signal fatalError(string message)
    // The SSH server's host key was refused (the message has its fingerprint).
    signal hostKeyRejected(string message)
    // The user switched this connection to another type (the new options,
    // to be saved if the connection is).
    signal topologySwitched(var options)

    readonly property string displayName: name
    readonly property alias client: redis
    readonly property alias keysModel: keys
    readonly property alias keysPage: keysPage
    readonly property alias consolePage: consolePage
    readonly property alias serverPage: serverPage
    readonly property alias pubSubPage: pubSubPage
    readonly property alias pages: pageBar

    // Why the connection cannot be opened as configured (an unusable URL), or "".
    property string configError: ""
    property real latencyMs: -1
    property string serverVersion: ""
    property int databaseCount: 16
    property var keyspace: ({})          // database -> key count (INFO keyspace)
    property bool connectedOnce: false
    property bool refreshOnConnect: true
    property bool initialDone: false
    // "standalone", "cluster" or "sentinel": the client's topology.
    property string topology: "standalone"
    // A standalone connection reached a server with cluster_enabled:1.
    property bool clusterDetected: false
    property bool clusterOfferDeclined: false
    readonly property alias clusterBanner: clusterBanner

    function showPage(index) {
        pageBar.currentIndex = index
    }

    // (Not with an unusable configuration: the client would go to its
    // default endpoint instead.)
    function reconnect() {
        if (configError === "")
            ConnectionConfig.open(redis)
    }

    // Switches to another database: the client reconnects with its
    // database property set (so it is SELECTed again after any reconnect).
    function switchDatabase(database) {
        if (configError !== "" || (database === redis.database && redis.state === RedisClient.Connected))
            return
        keysPage.valuePane.clear()
        refreshOnConnect = true
        redis.database = database
        ConnectionConfig.open(redis)
    }

    // Connects once with the host key policy AcceptNew (ssh records the
    // key); the connection's own options apply again afterwards.
    property bool trustingHostKey: false
    function trustHostKey() {
        if (configError !== "")
            return
        trustingHostKey = true
        ConnectionConfig.configure(redis, Object.assign({}, config, { sshHostKeyPolicy: "acceptNew" }))
        ConnectionConfig.open(redis)
    }
    function endHostKeyTrust() {
        if (!trustingHostKey)
            return
        trustingHostKey = false
        ConnectionConfig.configure(redis, config)
    }

    // After connecting as Standalone: INFO cluster says whether the server
    // is a cluster node; then the banner offers to switch the type.
    function detectCluster() {
        if (topology !== "standalone" || clusterOfferDeclined || config.mode !== "host")
            return
        redis.command(["INFO", "cluster"], function(value, error) {
            if (error !== null)
                return
            const rows = ServerReplies.parseInfo(value instanceof ArrayBuffer ? BrowserCodec.toText(value) : value)
            view.clusterDetected = ServerReplies.infoValue(rows, "cluster_enabled").trim() === "1"
        }, view)
    }

    // Makes this connection a Cluster one (the host and port its first
    // seed) and reconnects; topologySwitched() has the options to save.
    function switchToCluster() {
        clusterDetected = false
        const next = ConnectionConfig.normalized(Object.assign({}, config, { topology: "cluster" }))
        config = next
        configError = ConnectionConfig.configure(redis, next)
        topology = ConnectionConfig.topology(redis)
        keysPage.valuePane.clear()
        refreshOnConnect = true
        topologySwitched(next)
        if (configError === "")
            ConnectionConfig.open(redis)
    }

    function declineCluster() {
        clusterDetected = false
        clusterOfferDeclined = true
    }

    function measureLatency() {
        if (redis.state !== RedisClient.Connected)
            return
        const started = BrowserCodec.steadyMs()
        redis.command(["PING"], function(value, error) {
            if (error === null)
                view.latencyMs = BrowserCodec.steadyMs() - started
        }, view)
    }

    function loadServerInfo() {
        // A cluster has database 0 only.
        if (topology === "cluster") {
            view.databaseCount = 1
            refreshKeyspace()
            return
        }
        redis.command(["CONFIG", "GET", "databases"], function(value, error) {
            // CONFIG may be renamed or forbidden by an ACL: 16 is Redis's default.
            view.databaseCount = (error === null && Array.isArray(value) && value.length === 2)
                    ? Math.max(1, Number(value[1])) : 16
        }, view)
        refreshKeyspace()
    }

    function refreshKeyspace() {
        redis.command(["INFO"], function(value, error) {
            if (error !== null)
                return
            const rows = ServerReplies.parseInfo(value)
            view.serverVersion = Redis.displayText(ServerReplies.infoValue(rows, "redis_version"))
            view.keyspace = ServerReplies.keyspaceCounts(rows)
        }, view)
    }

    function maybeInitialDataShown() {
        if (initialDone)
            return
        initialDone = true
        initialDataShown()
    }

    RedisClient {
        id: redis
        objectName: "client"
        Component.onCompleted: {
            view.configError = ConnectionConfig.configure(redis, view.config)
            view.topology = ConnectionConfig.topology(redis)
            if (view.configError !== "") {
                view.fatalError(view.configError)
                return
            }
            ConnectionConfig.open(redis)
        }
        onConnected: {
            view.endHostKeyTrust()
            view.connectedOnce = true
            view.measureLatency()
            view.loadServerInfo()
            view.detectCluster()
            if (view.refreshOnConnect) {
                view.refreshOnConnect = false
                keys.refresh()
            }
        }
        onErrorOccurred: (code, message) => {
            view.endHostKeyTrust()
            if (code === RedisError.SshHostKeyRejected && !view.screenshotMode)
                view.hostKeyRejected(message)
            if (code === RedisError.AuthenticationFailed && !view.screenshotMode) {
                redis.abort()
                passwordDialog.ask(view.name, function(password) {
                    redis.password = password
                    ConnectionConfig.open(redis)
                }, message)
            }
            if (!view.connectedOnce)
                view.fatalError(message)
        }
    }

    RedisKeysModel {
        id: keys
        objectName: "keysModel"
        client: redis
        treeMode: true
        separator: view.config.separator !== undefined ? view.config.separator : ":"
        onLoadingChanged: {
            if (!loading)
                view.refreshKeyspace()
        }
    }

    Timer {
        interval: 5000
        repeat: true
        running: redis.state === RedisClient.Connected
        onTriggered: view.measureLatency()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Offered (not forced) when a standalone connection finds a cluster node.
        Rectangle {
            id: clusterBanner
            objectName: "clusterBanner"
            Layout.fillWidth: true
            visible: view.clusterDetected
            implicitHeight: bannerRow.implicitHeight + Theme.spacing * 2
            color: Theme.accentLight
            border.color: Theme.border
            RowLayout {
                id: bannerRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.margin
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("This server is a Redis Cluster node. Connect to it as a cluster, to see the keys of every node?")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "switchToClusterButton"
                    text: qsTr("Switch to Cluster")
                    highlighted: true
                    onClicked: view.switchToCluster()
                }
                Button {
                    objectName: "notNowButton"
                    text: qsTr("Not now")
                    onClicked: view.declineCluster()
                }
            }
        }

        TabBar {
            id: pageBar
            objectName: "pageBar"
            Layout.fillWidth: true
            TabButton { text: qsTr("Keys") }
            TabButton { text: qsTr("Console") }
            TabButton { text: qsTr("Server") }
            TabButton { text: qsTr("Pub/Sub") }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: pageBar.currentIndex

            KeysPage {
                id: keysPage
                objectName: "keysPage"
                client: redis
                keysModel: keys
                connectionView: view
                onInitialValueShown: view.maybeInitialDataShown()
            }
            ConsolePage {
                id: consolePage
                objectName: "consolePage"
                client: redis
                connectionView: view
            }
            ServerPage {
                id: serverPage
                objectName: "serverPage"
                client: redis
                topology: view.topology
                active: pageBar.currentIndex === 2
            }
            PubSubPage {
                id: pubSubPage
                objectName: "pubSubPage"
                client: redis
            }
        }
    }

    PasswordDialog {
        id: passwordDialog
    }
}
