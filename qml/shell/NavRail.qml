import QtQuick
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The left rail: my avatar, the sections (Messages, Todos, Boards, Directory; administration and the audit log for the
// org's owners and admins) and settings at the bottom.
Rectangle {
    id: rail

    property int unread: 0
    property int overdueTodos: 0
    property string section: "chats"
    signal settingsRequested()
    signal sectionRequested(string section)

    color: Theme.rail
    implicitWidth: Theme.railWidth

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 16
        anchors.bottomMargin: 16
        spacing: 12

        Avatar {
            Layout.alignment: Qt.AlignHCenter
            initials: Session.userInitials
            colorKey: Session.login
            size: 36
        }

        RailButton {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 12
            glyph: "\u2709"
            label: qsTr("Messages")
            checked: rail.section === "chats"
            badge: rail.unread
            onClicked: rail.sectionRequested("chats")
        }

        RailButton {
            objectName: "boardsButton"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u25a6"
            label: qsTr("Boards")
            checked: rail.section === "boards"
            onClicked: rail.sectionRequested("boards")
        }

        RailButton {
            objectName: "approvalsButton"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2713"
            label: qsTr("Approvals")
            checked: rail.section === "approvals"
            badge: Session.approvals.waitingCount
            onClicked: rail.sectionRequested("approvals")
        }

        RailButton {
            objectName: "todosButton"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2611"
            label: qsTr("Todos")
            checked: rail.section === "todos"
            badge: rail.overdueTodos
            onClicked: rail.sectionRequested("todos")
        }

        RailButton {
            objectName: "adminButton"
            Layout.alignment: Qt.AlignHCenter
            visible: Session.orgAdmin
            glyph: "\u2692"
            label: qsTr("Admin", "the rail's short name of the administration pages")
            checked: rail.section === "admin"
            onClicked: rail.sectionRequested("admin")
        }

        RailButton {
            objectName: "auditButton"
            Layout.alignment: Qt.AlignHCenter
            visible: Session.orgAdmin
            glyph: "\u2630"
            label: qsTr("Audit log")
            checked: rail.section === "audit"
            onClicked: rail.sectionRequested("audit")
        }

        RailButton {
            objectName: "directoryButton"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2637"
            label: qsTr("Directory")
            checked: rail.section === "directory"
            onClicked: rail.sectionRequested("directory")
        }

        Item { Layout.fillHeight: true }

        RailButton {
            objectName: "settingsButton"
            Layout.alignment: Qt.AlignHCenter
            glyph: "\u2699"
            label: qsTr("Settings")
            onClicked: rail.settingsRequested()
        }
    }
}
