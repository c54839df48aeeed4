import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// One approver node in the designer: its name, who approves (named people, the submitter's manager N levels
// up, a department's head, or an approval role), how they decide, and what happens when nobody is found.
ColumnLayout {
    id: editor

    property ApprovalDesigner designer
    property int step: -1
    property var node: ({})

    spacing: 6

    function set(name: string, value: var) { editor.designer.setStepValue(editor.step, name, value) }

    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        TextField {
            Layout.fillWidth: true
            text: editor.node.name
            placeholderText: qsTr("Step name")
            Accessible.name: qsTr("Name of step %1").arg(editor.step + 1)
            onEditingFinished: editor.set("name", text)
        }
        ComboBox {
            Layout.preferredWidth: 230
            textRole: "text"
            valueRole: "value"
            model: [{ value: "sequential", text: qsTr("One after another") },
                    { value: "all", text: qsTr("All must approve") },
                    { value: "any", text: qsTr("Any one approves") }]
            currentIndex: Math.max(0, indexOfValue(editor.node.mode))
            Accessible.name: qsTr("How the approvers of step %1 decide").arg(editor.step + 1)
            onActivated: editor.set("mode", currentValue)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        ComboBox {
            id: source
            Layout.preferredWidth: 230
            textRole: "text"
            valueRole: "value"
            model: [{ value: "manager", text: qsTr("The submitter's manager") },
                    { value: "people", text: qsTr("Named people") },
                    { value: "department_head", text: qsTr("A department's head") },
                    { value: "role", text: qsTr("An approval role") }]
            currentIndex: Math.max(0, indexOfValue(editor.node.source))
            Accessible.name: qsTr("Who approves step %1").arg(editor.step + 1)
            onActivated: editor.set("source", currentValue)
        }
        SpinBox {
            visible: editor.node.source === "manager"
            from: 1
            to: 20
            value: editor.node.levels
            Accessible.name: qsTr("Levels up")
            onValueModified: editor.set("levels", value)
        }
        Label {
            visible: editor.node.source === "manager"
            text: qsTr("level(s) up")
            color: Theme.textMuted
        }
        TextField {
            visible: editor.node.source === "role"
            Layout.fillWidth: true
            text: editor.node.role
            placeholderText: qsTr("Role, e.g. finance")
            Accessible.name: qsTr("Approval role")
            onEditingFinished: editor.set("role", text)
        }
        DepartmentPicker {
            visible: editor.node.source === "department_head"
            Layout.fillWidth: true
            departmentId: editor.node.department
            noneText: qsTr("The submitter's own department")
            label: qsTr("Department whose head approves")
            onDepartmentIdChanged: if (departmentId !== editor.node.department) editor.set("department", departmentId)
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: editor.node.source === "people"
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: editor.node.peopleText.length > 0 ? editor.node.peopleText : qsTr("Nobody chosen yet")
            color: Theme.text
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            PersonPicker {
                id: person
                Layout.fillWidth: true
                label: qsTr("Approver to add")
                onChosen: id => {
                    if (id > 0) {
                        editor.set("addPerson", id)
                        person.choose(0, "")
                    }
                }
            }
            Button {
                visible: editor.node.people.length > 0
                Layout.alignment: Qt.AlignTop
                text: qsTr("Remove last")
                flat: true
                Accessible.name: qsTr("Remove the last approver of step %1").arg(editor.step + 1)
                onClicked: editor.set("removePerson", editor.node.people[editor.node.people.length - 1])
            }
        }
    }
    RowLayout {
        spacing: 6
        Label { text: qsTr("When nobody is found:"); color: Theme.textMuted }
        ComboBox {
            textRole: "text"
            valueRole: "value"
            model: [{ value: "skip", text: qsTr("Skip the step") }, { value: "admin", text: qsTr("The org's admins approve") }]
            currentIndex: Math.max(0, indexOfValue(editor.node.whenEmpty))
            Accessible.name: qsTr("When step %1 finds nobody").arg(editor.step + 1)
            onActivated: editor.set("whenEmpty", currentValue)
        }
    }
}
