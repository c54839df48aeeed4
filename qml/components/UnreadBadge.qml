import QtQuick
import Tack.App

// The red (or grey when muted) unread counter; hidden at zero, "99+" above 99.
Rectangle {
    id: badge

    property int count: 0
    property bool muted: false
    readonly property string label: count > 99 ? "99+" : String(count)

    visible: count > 0
    implicitHeight: 18
    implicitWidth: Math.max(implicitHeight, countText.implicitWidth + 10)
    radius: implicitHeight / 2
    color: muted ? Theme.textFaint : Theme.danger
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%n unread", "", count)

    Text {
        id: countText
        anchors.centerIn: parent
        text: badge.label
        color: "#ffffff"
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
}
