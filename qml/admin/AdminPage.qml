import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Org administration for owners and admins: People, Departments and Roles tabs, and a status line for
// changes on their way (or waiting for the connection) and the latest refusal.
Rectangle {
    id: page

    property alias tab: tabs.currentIndex
    readonly property OrgAdministration admin: Session.administration

    color: Theme.window
    Accessible.name: qsTr("Administration")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Label {
            text: qsTr("Administration")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        TabBar {
            id: tabs
            objectName: "adminTabs"
            Layout.fillWidth: true
            // The window's palette paints unchosen tabs in the accent colour; quieter tabs read better here.
            palette.dark: Theme.hover
            palette.brightText: Theme.textMuted
            palette.window: Theme.selected
            palette.windowText: Theme.text
            Accessible.name: qsTr("Administration sections")
            TabButton { objectName: "peopleTab"; text: qsTr("People"); Accessible.name: text }
            TabButton { objectName: "departmentsTab"; text: qsTr("Departments"); Accessible.name: text }
            TabButton { objectName: "rolesTab"; text: qsTr("Roles"); Accessible.name: text }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            PeopleAdmin { objectName: "peopleAdmin" }
            DepartmentsAdmin { objectName: "departmentsAdmin" }
            RolesAdmin { objectName: "rolesAdmin" }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: page.admin.busy || page.admin.error.length > 0
            implicitHeight: statusRow.implicitHeight + 16
            radius: Theme.radius
            color: page.admin.error.length > 0 ? Theme.bannerOffline
                 : page.admin.waitingForConnection ? Theme.bannerBusy : Theme.hover

            RowLayout {
                id: statusRow
                anchors.fill: parent
                anchors.margins: 8
                spacing: 8
                BusyIndicator {
                    implicitWidth: 20
                    implicitHeight: 20
                    visible: page.admin.busy && !page.admin.waitingForConnection
                    running: visible
                    Accessible.name: qsTr("Saving")
                }
                Label {
                    objectName: "adminStatus"
                    Layout.fillWidth: true
                    text: page.admin.error.length > 0 ? page.admin.error : page.admin.status
                    color: page.admin.error.length > 0 ? Theme.danger : Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    visible: page.admin.error.length > 0
                    flat: true
                    text: qsTr("Dismiss")
                    Accessible.name: qsTr("Dismiss the message")
                    onClicked: page.admin.clearError()
                }
            }
        }
    }
}
