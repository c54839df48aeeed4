import QtQuick
import QtQuick.Controls
import Tack.App

// An approval's state as a small coloured label.
Rectangle {
    id: chip

    property string approvalState: "pending"
    property alias text: label.text

    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: approvalState === "approved" ? Theme.success : approvalState === "rejected" ? Theme.danger
         : approvalState === "pending" ? Theme.accent : Theme.textFaint
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        color: "#ffffff"
        font.pixelSize: Theme.fontSmall
    }
}
