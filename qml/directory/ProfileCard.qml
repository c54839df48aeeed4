import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// A person's profile: avatar, name, title, departments, manager, phone, e-mail, presence, and the actions
// Message, DING and View in org chart.
Rectangle {
    id: card

    required property PersonCard person
    signal messageRequested(double userId)
    signal dingRequested(double userId)
    signal orgChartRequested(double userId)
    signal personChosen(double userId)

    color: Theme.window
    Accessible.role: Accessible.Pane
    Accessible.name: person.valid ? qsTr("Profile of %1").arg(person.name) : qsTr("Profile")

    Label {
        anchors.centerIn: parent
        visible: !card.person.valid
        text: qsTr("Choose a person to see their profile")
        color: Theme.textFaint
    }

    ColumnLayout {
        visible: card.person.valid
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        RowLayout {
            spacing: 16
            Avatar {
                objectName: "profileAvatar"
                initials: card.person.initials
                colorKey: card.person.login
                size: 64
                PresenceDot {
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    presence: card.person.presence
                    size: 16
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    objectName: "profileName"
                    Layout.fillWidth: true
                    text: card.person.name
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.person.title.length > 0
                    text: card.person.title
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Accessible.name: qsTr("Title: %1").arg(text)
                }
                RowLayout {
                    spacing: 6
                    PresenceDot { presence: card.person.presence }
                    Label {
                        objectName: "profilePresence"
                        text: card.person.presenceText
                        color: Theme.textMuted
                        Accessible.name: qsTr("Presence: %1").arg(text)
                    }
                }
            }
        }

        RowLayout {
            spacing: 8
            Button {
                objectName: "messageButton"
                text: qsTr("Message")
                Accessible.name: qsTr("Message %1").arg(card.person.name)
                highlighted: true
                enabled: !card.person.isMe && card.person.active
                onClicked: card.messageRequested(card.person.userId)
            }
            Button {
                objectName: "dingButton"
                text: qsTr("DING")
                Accessible.name: qsTr("DING %1").arg(card.person.name)
                enabled: !card.person.isMe && card.person.active
                onClicked: card.dingRequested(card.person.userId)
            }
            Button {
                objectName: "orgChartButton"
                text: qsTr("View in org chart")
                Accessible.name: qsTr("View %1 in the org chart").arg(card.person.name)
                onClicked: card.orgChartRequested(card.person.userId)
            }
        }

        // My own card: I say when I am on leave; everyone then sees "On leave" instead of my live presence.
        Switch {
            id: leaveSwitch
            objectName: "onLeaveSwitch"
            visible: card.person.isMe
            text: qsTr("I am on leave")
            checked: card.person.onLeave
            enabled: !(Session.administration.pendingCount >= 0 && Session.administration.personPending(card.person.userId))
            Accessible.name: qsTr("I am on leave")
            onToggled: Session.administration.setOnLeave(checked)
            // Shows my choice until the server has it, then the stored value again (also after a refusal).
            Connections {
                target: Session.administration
                function onFinished() { leaveSwitch.checked = Qt.binding(() => card.person.onLeave) }
            }
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 10

            Label { text: qsTr("Departments"); color: Theme.textFaint }
            Label {
                Layout.fillWidth: true
                text: card.person.departments.length > 0 ? card.person.departmentsText : qsTr("None")
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.name: qsTr("Departments: %1").arg(text)
            }
            Label { text: qsTr("Manager"); color: Theme.textFaint }
            Label {
                Layout.fillWidth: true
                text: card.person.managerId > 0 ? "<a href=\"#\">" + card.person.managerName + "</a>" : qsTr("None")
                textFormat: card.person.managerId > 0 ? Text.StyledText : Text.PlainText
                linkColor: Theme.accent
                color: Theme.text
                Accessible.role: card.person.managerId > 0 ? Accessible.Link : Accessible.StaticText
                Accessible.name: qsTr("Manager: %1").arg(card.person.managerId > 0 ? card.person.managerName : qsTr("None"))
                onLinkActivated: card.personChosen(card.person.managerId)
            }
            Label { text: qsTr("Phone"); color: Theme.textFaint }
            TextEdit {
                Layout.fillWidth: true
                text: card.person.phone.length > 0 ? card.person.phone : qsTr("Not given")
                readOnly: true
                selectByMouse: true
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                Accessible.name: qsTr("Phone: %1").arg(text)
            }
            Label { text: qsTr("E-mail"); color: Theme.textFaint }
            TextEdit {
                Layout.fillWidth: true
                text: card.person.email.length > 0 ? card.person.email : qsTr("Not given")
                readOnly: true
                selectByMouse: true
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                Accessible.name: qsTr("E-mail: %1").arg(text)
            }
            Label { text: qsTr("Employee ID"); color: Theme.textFaint; visible: card.person.employeeId.length > 0 }
            Label {
                visible: card.person.employeeId.length > 0
                text: card.person.employeeId
                color: Theme.text
                Accessible.name: qsTr("Employee ID: %1").arg(text)
            }
        }
        Item { Layout.fillHeight: true }
    }
}
