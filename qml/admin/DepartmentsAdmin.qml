import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Department administration: the tree on the start side; for the chosen department, rename it, move it under
// another parent, set its manager, add a sub-department, or remove it (only when empty).
Item {
    id: page

    property double currentDepartment: 0
    readonly property OrgAdministration admin: Session.administration
    readonly property string currentPath: admin.pendingCount >= 0 && currentDepartment > 0
                                          ? admin.departmentPath(currentDepartment) : ""

    function choose(id: double) {
        page.currentDepartment = id
        const p = page.admin.departmentPath(id).split(" / ")
        nameField.text = p[p.length - 1]
        const row = departments.reveal(id)
        parentBox.departmentId = row >= 0 ? departments.data(departments.index(row, 0), DepartmentTreeModel.ParentIdRole) : 0
        manager.personId = row >= 0 ? departments.data(departments.index(row, 0), DepartmentTreeModel.ManagerIdRole) : 0
        manager.personName = row >= 0 ? departments.data(departments.index(row, 0), DepartmentTreeModel.ManagerNameRole) : ""
    }

    DepartmentTreeModel {
        id: departments
        objectName: "adminDepartmentModel"
        store: Session.store
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 300
            Layout.fillWidth: false
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: newTopName
                    objectName: "newTopDepartmentName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("New top-level department")
                    Accessible.name: qsTr("Name of a new top-level department")
                    onAccepted: addTop.clicked()
                }
                Button {
                    id: addTop
                    objectName: "addTopDepartmentButton"
                    text: qsTr("Add")
                    enabled: newTopName.text.trim().length > 0
                    Accessible.name: qsTr("Add the top-level department")
                    onClicked: {
                        if (page.admin.createDepartment(newTopName.text, 0, 0).length > 0)
                            newTopName.clear()
                    }
                }
            }
            DepartmentTree {
                id: tree
                objectName: "adminDepartmentTree"
                Layout.fillWidth: true
                Layout.fillHeight: true
                departments: departments
                currentDepartment: page.currentDepartment
                onDepartmentChosen: id => page.choose(id)
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
                visible: page.currentDepartment === 0
                text: qsTr("Choose a department to manage")
                color: Theme.textFaint
            }

            Label {
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                objectName: "adminDepartmentPath"
                Layout.fillWidth: true
                visible: page.currentDepartment > 0
                text: page.currentPath
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            GridLayout {
                visible: page.currentDepartment > 0
                enabled: !(page.admin.pendingCount >= 0 && page.admin.departmentPending(page.currentDepartment))
                Layout.fillWidth: true
                columns: 3
                columnSpacing: 12
                rowSpacing: 8

                Label { text: qsTr("Name"); color: Theme.textMuted }
                TextField {
                    id: nameField
                    objectName: "departmentNameField"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Department name")
                }
                Button {
                    objectName: "renameDepartmentButton"
                    text: qsTr("Rename")
                    Accessible.name: qsTr("Rename the department")
                    onClicked: page.admin.renameDepartment(page.currentDepartment, nameField.text)
                }

                Label { text: qsTr("Parent"); color: Theme.textMuted }
                DepartmentPicker {
                    id: parentBox
                    objectName: "departmentParentBox"
                    Layout.fillWidth: true
                    noneText: qsTr("(top level)")
                    excluded: page.currentDepartment
                    label: qsTr("Parent department")
                }
                Button {
                    objectName: "moveDepartmentButton"
                    text: qsTr("Move")
                    Accessible.name: qsTr("Move the department under the chosen parent")
                    onClicked: page.admin.moveDepartment(page.currentDepartment, parentBox.currentValue)
                }

                Label { text: qsTr("Manager"); color: Theme.textMuted; Layout.alignment: Qt.AlignTop }
                PersonPicker {
                    id: manager
                    Layout.fillWidth: true
                    label: qsTr("Manager")
                }
                Button {
                    objectName: "setManagerButton"
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("Set manager")
                    Accessible.name: qsTr("Set the department's manager")
                    onClicked: page.admin.setDepartmentManager(page.currentDepartment, manager.personId)
                }

                Label { text: qsTr("Sub-department"); color: Theme.textMuted }
                TextField {
                    id: childName
                    objectName: "childDepartmentName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name of a new sub-department")
                    Accessible.name: qsTr("Name of a new sub-department")
                }
                Button {
                    objectName: "addChildDepartmentButton"
                    text: qsTr("Add")
                    enabled: childName.text.trim().length > 0
                    Accessible.name: qsTr("Add the sub-department")
                    onClicked: {
                        if (page.admin.createDepartment(childName.text, page.currentDepartment, 0).length > 0)
                            childName.clear()
                    }
                }
            }

            Button {
                objectName: "removeDepartmentButton"
                visible: page.currentDepartment > 0
                text: qsTr("Remove department")
                Accessible.name: qsTr("Remove %1").arg(page.currentPath)
                onClicked: {
                    if (page.admin.removeDepartment(page.currentDepartment).length > 0)
                        page.currentDepartment = 0
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
