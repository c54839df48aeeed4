import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Org roles: the owners and admins (owners may promote and demote; the last owner stays an owner) and the
// department managers (set on the Departments tab).
Item {
    id: page

    readonly property OrgAdministration admin: Session.administration
    readonly property bool owner: Session.orgRole === "owner"

    OrgRolesModel {
        id: roles
        objectName: "orgRolesModel"
        store: Session.store
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
            Layout.fillWidth: true
            text: page.owner ? qsTr("Owners and admins add and change people and departments. Only owners change roles.")
                             : qsTr("Only an owner can change who is an owner or admin.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            visible: page.owner
            spacing: 8
            PersonPicker {
                id: promoted
                objectName: "promotePicker"
                Layout.fillWidth: true
                Layout.maximumWidth: 360
                label: qsTr("Person to give a role")
            }
            ComboBox {
                id: roleBox
                objectName: "promoteRole"
                Layout.alignment: Qt.AlignTop
                textRole: "label"
                valueRole: "value"
                model: [{ value: "admin", label: qsTr("Admin") }, { value: "owner", label: qsTr("Owner") },
                        { value: "member", label: qsTr("Member") }]
                Accessible.name: qsTr("Role to give")
            }
            Button {
                objectName: "promoteButton"
                Layout.alignment: Qt.AlignTop
                text: qsTr("Give role")
                enabled: promoted.personId > 0
                Accessible.name: qsTr("Give %1 the chosen role").arg(promoted.personName)
                onClicked: {
                    if (page.admin.setRole(promoted.personId, roleBox.currentValue).length > 0)
                        promoted.choose(0, "")
                }
            }
        }

        ListView {
            id: list
            objectName: "orgRolesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: roles
            section.property: "section"
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                topPadding: 12
                bottomPadding: 4
                text: section
                font.bold: true
                color: Theme.textMuted
                Accessible.role: Accessible.Heading
                Accessible.name: section
            }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Owners, admins and department managers")
            ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the roles") }

            delegate: ItemDelegate {
                id: entry
                required property double userId
                required property string name
                required property string login
                required property string initials
                required property string kind
                required property string detail
                required property bool lastOwner
                readonly property bool owner: Session.orgRole === "owner"
                readonly property bool pending: Session.administration.pendingCount >= 0
                                                && Session.administration.personPending(userId)

                width: ListView.view.width
                implicitHeight: 52
                Accessible.name: detail.length > 0 ? qsTr("%1, %2").arg(name).arg(detail) : name

                contentItem: RowLayout {
                    spacing: 10
                    Avatar {
                        initials: entry.initials
                        colorKey: entry.login
                        size: Theme.smallAvatar
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                            Layout.fillWidth: true
                            text: entry.name
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: entry.kind === "manager" ? qsTr("Manages %1").arg(entry.detail) : entry.detail
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    BusyIndicator {
                        implicitWidth: 20
                        implicitHeight: 20
                        visible: entry.pending
                        running: entry.pending
                        Accessible.name: qsTr("Saving")
                    }
                    Button {
                        visible: entry.owner && entry.kind === "admin"
                        enabled: !entry.pending
                        text: qsTr("Make owner")
                        Accessible.name: qsTr("Make %1 an owner").arg(entry.name)
                        onClicked: Session.administration.setRole(entry.userId, "owner")
                    }
                    Button {
                        visible: entry.owner && entry.kind === "owner"
                        enabled: !entry.pending && !entry.lastOwner
                        opacity: enabled ? 1 : 0.45 // the window palette has no disabled colours
                        text: qsTr("Make admin")
                        Accessible.name: qsTr("Make %1 an admin").arg(entry.name)
                        ToolTip.visible: hovered && !enabled
                        ToolTip.text: qsTr("The last owner stays an owner. Make someone else an owner first.")
                        onClicked: Session.administration.setRole(entry.userId, "admin")
                    }
                    Button {
                        objectName: "demote-" + entry.login
                        visible: entry.owner && entry.kind !== "manager"
                        enabled: !entry.pending && !entry.lastOwner
                        opacity: enabled ? 1 : 0.45
                        ToolTip.visible: hovered && !enabled
                        ToolTip.text: qsTr("The last owner stays an owner. Make someone else an owner first.")
                        text: qsTr("Remove role")
                        Accessible.name: qsTr("Make %1 an ordinary member").arg(entry.name)
                        onClicked: Session.administration.setRole(entry.userId, "member")
                    }
                }
            }
        }
    }
}
