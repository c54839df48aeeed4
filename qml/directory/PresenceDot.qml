import QtQuick
import Tack.App

// A small dot for a person's presence: green online, amber away, purple on leave, grey offline.
Rectangle {
    id: dot

    property string presence: "offline"
    property int size: 10

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    border.width: 2
    border.color: Theme.window
    color: presence === "online" ? Theme.success
         : presence === "away" ? Theme.warning
         : presence === "on_leave" ? "#8e6bd8"
         : Theme.textFaint
    Accessible.ignored: true
}
