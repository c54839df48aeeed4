import QtQuick
import Tack.App

// A round avatar with initials on a colour derived from `colorKey`.
Rectangle {
    id: avatar

    property string initials: ""
    property string colorKey: initials
    property int size: Theme.avatarSize

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Theme.avatarColor(colorKey)
    Accessible.ignored: true

    Text {
        anchors.centerIn: parent
        text: avatar.initials
        color: "#ffffff"
        font.pixelSize: Math.round(avatar.size * (avatar.initials.length > 1 ? 0.36 : 0.45))
        font.bold: true
    }
}
