// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Colours, sizes and fonts shared by the browser's pages.
pragma Singleton
import QtQuick

QtObject {
    readonly property int spacing: 6
    readonly property int margin: 8
    readonly property int rowHeight: 26

    readonly property color accent: "#2f6fbd"
    readonly property color accentLight: "#dce8f7"
    readonly property color danger: "#b3261e"
    readonly property color dangerLight: "#fbe3e1"
    readonly property color ok: "#2e7d32"
    readonly property color warning: "#b26a00"
    readonly property color muted: "#6b7280"
    readonly property color border: "#c9ced6"
    readonly property color panel: "#f3f5f8"
    readonly property color base: "#ffffff"
    readonly property color alternate: "#f7f9fb"
    readonly property color headerBackground: "#e9edf2"

    readonly property string monospaceFamily: "DejaVu Sans Mono"

    // A colour per Redis type, for the type badges.
    function typeColor(type) {
        switch (type) {
        case "string": return "#2f6fbd"
        case "hash": return "#7b3fb5"
        case "list": return "#2e7d32"
        case "set": return "#b26a00"
        case "zset": return "#c2185b"
        case "stream": return "#00796b"
        case "none": return "#9e9e9e"
        }
        return "#9e9e9e"
    }

    function typeAbbreviation(type) {
        switch (type) {
        case "string": return "STR"
        case "hash": return "HASH"
        case "list": return "LIST"
        case "set": return "SET"
        case "zset": return "ZSET"
        case "stream": return "STRM"
        case "none": return "—"
        }
        return "…"
    }

    // The palette of the Fusion style: light, calm, with a blue accent.
    readonly property var palette: ({
        window: "#eef1f5",
        windowText: "#1f2933",
        base: "#ffffff",
        alternateBase: "#f7f9fb",
        text: "#1f2933",
        button: "#f5f7fa",
        buttonText: "#1f2933",
        highlight: "#2f6fbd",
        highlightedText: "#ffffff",
        toolTipBase: "#ffffe6",
        toolTipText: "#1f2933",
        placeholderText: "#8a94a3",
        mid: "#c9ced6",
        dark: "#9aa3af",
        light: "#ffffff",
        midlight: "#e4e8ee",
        shadow: "#6b7280",
        link: "#2f6fbd"
    })
}
