import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// A strip across the top of the window while the local data cannot be saved (a full disk, a failing
// drive): queued actions are kept and Tack keeps retrying. It goes away by itself once a write works.
Rectangle {
    id: banner

    // Session.storage (StorageStatus): active, message, detail.
    property StorageStatus status: null

    readonly property bool active: status !== null && status.active
    readonly property string message: active ? status.message : ""

    visible: active
    implicitHeight: visible ? row.implicitHeight + 12 : 0
    color: Theme.bannerOffline
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    RowLayout {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 8

        Label {
            objectName: "storageBannerText"
            Layout.fillWidth: true
            text: banner.message
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontSmall + 1
            Accessible.name: banner.message
        }
        // SQLite's own words, for whoever is asked to help; kept short.
        Label {
            visible: banner.active && banner.status.detail.length > 0
            Layout.maximumWidth: banner.width / 4
            text: banner.active ? banner.status.detail : ""
            elide: Text.ElideRight
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("Reason: %1").arg(banner.active ? banner.status.detail : "")
        }
    }
}
