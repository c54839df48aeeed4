import QtQuick
import QtQuick.Controls
import Tack.App

// A thin strip above the chat saying why messages may be late: offline, reconnecting in N s, syncing.
// Hidden while online.
Rectangle {
    id: banner

    property string connection: "online"
    property int retrySeconds: 0

    readonly property string message: {
        if (connection === "offline")
            return retrySeconds > 0 ? qsTr("Offline. Reconnecting in %n s…", "", retrySeconds)
                                    : qsTr("Offline. Messages will be sent when the connection is back.")
        if (connection === "connecting")
            return qsTr("Connecting…")
        if (connection === "syncing")
            return qsTr("Syncing…")
        return ""
    }

    visible: message.length > 0
    implicitHeight: visible ? label.implicitHeight + 12 : 0
    color: connection === "offline" ? Theme.bannerOffline : Theme.bannerBusy
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Label {
        id: label
        anchors.centerIn: parent
        text: banner.message
        color: Theme.text
        font.pixelSize: Theme.fontSmall + 1
    }
}
