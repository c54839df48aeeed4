pragma Singleton
import QtQuick
import Tack.Models

// Colours, sizes and fonts for the whole app, light and dark from one place.
QtObject {
    readonly property bool dark: Session.darkMode

    readonly property color accent: "#1f6feb"
    readonly property color accentText: "#ffffff"
    readonly property color danger: "#e5484d"
    readonly property color warning: "#d9822b"
    readonly property color success: "#2f9e44"

    readonly property color window: dark ? "#17191c" : "#ffffff"
    readonly property color rail: dark ? "#0f1113" : "#eef1f5"
    readonly property color sidebar: dark ? "#1d2024" : "#f7f8fa"
    readonly property color surface: dark ? "#23272c" : "#ffffff"
    readonly property color hover: dark ? "#2b3036" : "#eceff3"
    readonly property color selected: dark ? "#1d3a66" : "#dbe8fd"
    readonly property color divider: dark ? "#30353b" : "#e3e6ea"
    readonly property color text: dark ? "#e8eaed" : "#1f2329"
    readonly property color textMuted: dark ? "#9aa0a6" : "#646a73"
    readonly property color textFaint: dark ? "#6b7178" : "#8f959e"
    readonly property color ownBubble: dark ? "#1d3a66" : "#d6e6ff"
    readonly property color otherBubble: dark ? "#2b3036" : "#f2f3f5"
    readonly property color bannerOffline: dark ? "#5c2b2b" : "#fde2e1"
    readonly property color bannerBusy: dark ? "#4a3d1c" : "#fff3d6"
    readonly property color inputBackground: dark ? "#1b1e22" : "#ffffff"

    readonly property int radius: 8
    readonly property int spacing: 8
    readonly property int railWidth: 64
    readonly property int listWidth: 300
    readonly property int avatarSize: 40
    readonly property int smallAvatar: 32

    readonly property int fontSmall: 11
    readonly property int fontNormal: 14
    readonly property int fontLarge: 16
    readonly property int fontTitle: 20

    // One of a few pleasant avatar colours, chosen by a stable hash of the text.
    function avatarColor(key: string): color {
        const palette = ["#3370ff", "#00b3a1", "#f5a623", "#7b61ff", "#e8588a", "#14a9e0", "#34a853"]
        let h = 0
        for (let i = 0; i < key.length; ++i)
            h = (h * 31 + key.charCodeAt(i)) % 9973
        return palette[h % palette.length]
    }
}
