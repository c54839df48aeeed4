import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// People administration: find people (the directory search, a department, or the deactivated), add a
// person, and for the chosen one edit, move to another department, deactivate or reactivate.
Item {
    id: page

    property double currentPerson: 0
    readonly property OrgAdministration admin: Session.administration

    PeopleListModel {
        id: people
        objectName: "adminPeopleModel"
        store: Session.store
        departmentId: departmentFilter.departmentId
        deactivated: deactivatedSwitch.checked
    }
    PersonCard {
        id: person
        store: Session.store
        userId: page.currentPerson
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 360
            Layout.fillWidth: false
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                TextField {
                    id: searchField
                    objectName: "adminPeopleSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name, pinyin, login, phone, e-mail")
                    Accessible.name: qsTr("Search people")
                    onTextChanged: searchDelay.restart()
                }
                Button {
                    objectName: "addPersonButton"
                    text: qsTr("Add person")
                    highlighted: true
                    Accessible.name: qsTr("Add a person")
                    onClicked: editor.openNew()
                }
            }
            Timer {
                id: searchDelay
                interval: 150
                onTriggered: people.query = searchField.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                DepartmentPicker {
                    id: departmentFilter
                    objectName: "adminDepartmentFilter"
                    Layout.fillWidth: true
                    enabled: !people.searching && !deactivatedSwitch.checked
                    label: qsTr("Show the people of a department")
                    pickFirst: true
                }
                Switch {
                    id: deactivatedSwitch
                    objectName: "showDeactivated"
                    text: qsTr("Deactivated")
                    Accessible.name: qsTr("Show deactivated people")
                }
            }
            Label {
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                Layout.fillWidth: true
                text: qsTr("%n person(s)", "", people.count)
                color: Theme.textMuted
                Accessible.name: text
            }
            PickList {
                id: list
                objectName: "adminPeopleList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: people
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("People")
                ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the people") }
                onPicked: row => {
                    list.currentIndex = row
                    page.currentPerson = people.userAt(row)
                }
                Keys.onReturnPressed: list.picked(list.currentIndex)
                delegate: AdminPersonRow {
                    width: ListView.view.width
                    current: ListView.isCurrentItem
                    pending: Session.administration.pendingCount >= 0 && Session.administration.personPending(userId)
                    onClicked: (ListView.view as PickList).picked(index)
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    text: deactivatedSwitch.checked ? qsTr("Nobody is deactivated")
                                                    : people.searching ? qsTr("Nobody found")
                                                                       : qsTr("No people in this department")
                    color: Theme.textFaint
                }
            }
        }

        Rectangle { Layout.fillHeight: true; Layout.leftMargin: 12; implicitWidth: 1; color: Theme.divider }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: 16
            spacing: 10

            Label {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: 40
                visible: !person.valid
                text: qsTr("Choose a person to manage")
                color: Theme.textFaint
            }

            RowLayout {
                visible: person.valid
                spacing: 12
                Avatar {
                    initials: person.initials
                    colorKey: person.login
                    size: 48
                }
                ColumnLayout {
                    spacing: 2
                    Label {
                        objectName: "adminPersonName"
                        text: person.name
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        objectName: "adminPersonState"
                        text: person.login + (person.title.length > 0 ? " · " + person.title : "") + " · "
                          + (person.active ? person.presenceText : qsTr("Deactivated"))
                        color: person.active ? Theme.textMuted : Theme.danger
                        Accessible.name: text
                    }
                }
            }

            GridLayout {
                visible: person.valid
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                rowSpacing: 6
                Label { text: qsTr("Departments"); color: Theme.textFaint }
                Label {
                    horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                    Layout.fillWidth: true
                    text: person.departments.length > 0 ? person.departmentsText : qsTr("None")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Accessible.name: qsTr("Departments: %1").arg(text)
                }
                Label { text: qsTr("Manager"); color: Theme.textFaint }
                Label {
                    text: person.managerId > 0 ? person.managerName : qsTr("None")
                    color: Theme.text
                    Accessible.name: qsTr("Manager: %1").arg(text)
                }
                Label { text: qsTr("Employee ID"); color: Theme.textFaint }
                Label {
                    text: person.employeeId.length > 0 ? person.employeeId : qsTr("None")
                    color: Theme.text
                    Accessible.name: qsTr("Employee ID: %1").arg(text)
                }
                Label { text: qsTr("Contact"); color: Theme.textFaint }
                Label {
                    horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                    Layout.fillWidth: true
                    text: person.phone.length > 0 && person.email.length > 0 ? person.phone + " · " + person.email
                          : person.phone.length > 0 ? person.phone
                          : person.email.length > 0 ? person.email : qsTr("Not given")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Accessible.name: qsTr("Contact: %1").arg(text)
                }
            }

            Label {
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                Layout.fillWidth: true
                visible: person.valid && !(page.admin.pendingCount >= 0 && page.admin.canManagePerson(page.currentPerson))
                text: qsTr("Only an owner can change, deactivate or reactivate an owner or an admin.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                Accessible.name: text
            }

            Flow {
                Layout.fillWidth: true
                visible: person.valid
                spacing: 8
                enabled: page.admin.pendingCount >= 0 && page.admin.canManagePerson(page.currentPerson)
                         && !page.admin.personPending(page.currentPerson)
                Button {
                    objectName: "editPersonButton"
                    text: qsTr("Edit")
                    Accessible.name: qsTr("Edit %1").arg(person.name)
                    onClicked: editor.openFor(page.currentPerson)
                }
                DepartmentPicker {
                    id: moveTarget
                    objectName: "moveTarget"
                    width: 220
                    label: qsTr("Department to move %1 to").arg(person.name)
                }
                Button {
                    objectName: "movePersonButton"
                    text: qsTr("Move")
                    Accessible.name: qsTr("Move %1 to the chosen department").arg(person.name)
                    onClicked: page.admin.movePerson(page.currentPerson, moveTarget.currentValue)
                }
                Button {
                    objectName: "deactivateButton"
                    visible: person.active
                    text: qsTr("Deactivate…")
                    Accessible.name: qsTr("Deactivate %1").arg(person.name)
                    onClicked: {
                        const problem = page.admin.deactivateProblem(page.currentPerson)
                        if (problem.length > 0)
                            page.admin.deactivate(page.currentPerson) // reports the problem
                        else
                            confirm.openFor(page.currentPerson, person.name)
                    }
                }
                Button {
                    objectName: "reactivateButton"
                    visible: !person.active
                    text: qsTr("Reactivate")
                    Accessible.name: qsTr("Reactivate %1").arg(person.name)
                    onClicked: page.admin.reactivate(page.currentPerson)
                }
            }
            Item { Layout.fillHeight: true }
        }
    }

    PersonEditor {
        id: editor
        objectName: "personEditor"
    }
    DeactivateDialog {
        id: confirm
        objectName: "deactivateDialog"
    }
}
