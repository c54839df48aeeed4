import QtQuick
import QtQuick.Controls
import Tack.App

// A short message at the bottom of the window that fades after a few seconds (refusals, hints).
Rectangle {
    id: toast

    function show(text: string) {
        label.text = text
        toast.opacity = 1
        hideTimer.restart()
    }

    opacity: 0
    visible: opacity > 0
    radius: Theme.radius
    color: Theme.dark ? "#3a3f45" : "#2b2f36"
    implicitWidth: Math.min(label.implicitWidth + 32, 520)
    implicitHeight: label.implicitHeight + 20
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Behavior on opacity { NumberAnimation { duration: 150 } }

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: 10
        color: "#ffffff"
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    Timer {
        id: hideTimer
        interval: 4000
        onTriggered: toast.opacity = 0
    }
}
