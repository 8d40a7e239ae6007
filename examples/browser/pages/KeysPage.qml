// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// The key tree on the left, the selected key's value on the right.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtRedis
import QtRedisBrowser

SplitView {
    id: page

    property RedisClient client: null
    property RedisKeysModel keysModel: null
    property var connectionView: null

    // The first key (--key, or the first one listed) is shown.
    signal initialValueShown()

    readonly property alias keyTree: tree
    readonly property alias valuePane: pane
    readonly property alias newKeyDialog: newKeyDialog
    property bool initialPending: true

    orientation: Qt.Horizontal

    function refresh() {
        keysModel.refresh()
        if (connectionView)
            connectionView.refreshKeyspace()
    }

    function newKey() {
        newKeyDialog.openFor(client)
    }

    function focusFilter() {
        tree.focusFilter()
    }

    // Shows a key's value (key: ArrayBuffer or string).
    function openKey(key) {
        const bytes = typeof key === "string" ? BrowserCodec.fromText(key) : key
        tree.reveal(bytes)
        pane.open(bytes)
    }

    // The initial key once the first keys are in: --key, else the first key
    // at the top level (or in the first namespace).
    function showInitialKey() {
        if (!initialPending)
            return
        initialPending = false
        // Keyboard users start in the tree (unless they are typing elsewhere).
        if (!Qt.inputMethod.visible && (page.Window.activeFocusItem === null
                                        || page.Window.activeFocusItem === page.Window.contentItem))
            tree.treeView.forceActiveFocus()
        let key = null
        if (connectionView && connectionView.initialKey !== "")
            key = BrowserCodec.unescape(connectionView.initialKey)
        else
            key = tree.firstKey()
        if (key === null || key === undefined) {
            page.initialValueShown()
            return
        }
        openKey(key)
    }

    KeyTree {
        id: tree
        objectName: "keyTree"
        // A third of the page; less in a small window (800x600), where the
        // value needs the room.
        SplitView.preferredWidth: Math.max(page.width < 900 ? 220 : 320, page.width * 0.34)
        SplitView.minimumWidth: 220
        client: page.client
        keysModel: page.keysModel
        connectionView: page.connectionView
        selectedKey: pane.key
        onKeyActivated: key => pane.open(key)
        onDeleteRequested: pane.deleteKey()
        onRenameRequested: pane.rename()
        onNewKeyRequested: page.newKey()
        onRefreshRequested: page.refresh()
        onFirstKeysListed: page.showInitialKey()
    }

    ValuePane {
        id: pane
        objectName: "valuePane"
        SplitView.fillWidth: true
        SplitView.minimumWidth: 320
        client: page.client
        keysModel: page.keysModel
        onKeyDeleted: key => page.keysModel.forgetKey(key)
        onKeyRenamed: (from, to) => {
            page.keysModel.forgetKey(from)
            page.keysModel.addKey(to)
            page.openKey(to)
        }
        onKeyChangedOnServer: key => page.keysModel.addKey(key)
        onShown: {
            if (!page.initialPending && !page.initialReported) {
                page.initialReported = true
                page.initialValueShown()
            }
        }
    }
    property bool initialReported: false

    NewKeyDialog {
        id: newKeyDialog
        onCreated: key => {
            page.keysModel.addKey(key)
            if (page.connectionView)
                page.connectionView.refreshKeyspace()
            page.openKey(key)
        }
    }
}
