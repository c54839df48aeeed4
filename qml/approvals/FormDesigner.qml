import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The form designer (org owners and admins): a form's fields and its approver chain, saved for everybody
// in the organisation. The core's template checks list what must be fixed before saving.
Rectangle {
    id: root

    signal closed()
    color: Theme.window

    ApprovalDesigner {
        id: designer
        objectName: "approvalDesigner"
        center: Session.approvals
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        anchors.margins: 16
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: Math.min(scroller.availableWidth, 760)
            spacing: 10

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Form designer")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ComboBox {
                    id: existing
                    objectName: "designerTemplate"
                    Layout.preferredWidth: 220
                    model: designer.templateChoices
                    textRole: "name"
                    valueRole: "key"
                    Accessible.name: qsTr("Form to edit")
                    onActivated: designer.load(currentValue)
                }
                Button {
                    text: qsTr("Close")
                    flat: true
                    Accessible.name: qsTr("Close the designer")
                    onClicked: root.closed()
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 8
                Label { text: qsTr("Name"); color: Theme.textMuted }
                TextField {
                    objectName: "designerName"
                    Layout.fillWidth: true
                    text: designer.name
                    Accessible.name: qsTr("Form name")
                    onEditingFinished: designer.name = text
                }
                Label { text: qsTr("Key"); color: Theme.textMuted }
                TextField {
                    Layout.fillWidth: true
                    text: designer.key
                    Accessible.name: qsTr("Form key")
                    onEditingFinished: designer.key = text
                }
                Label { text: qsTr("Description"); color: Theme.textMuted }
                TextField {
                    Layout.fillWidth: true
                    text: designer.description
                    Accessible.name: qsTr("Form description")
                    onEditingFinished: designer.description = text
                }
            }

            Label {
                text: qsTr("Fields")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            OwnedList {
                objectName: "designerFields"
                Layout.fillWidth: true
                owner: designer
                model: designer.fields
                Accessible.name: qsTr("Fields")
                delegate: DesignerFieldRow {
                    width: ListView.view.width
                    designer: (ListView.view as OwnedList).owner as ApprovalDesigner
                }
            }
            RowLayout {
                ComboBox {
                    id: newKind
                    objectName: "newFieldKind"
                    model: designer.kindChoices
                    textRole: "text"
                    valueRole: "value"
                    Accessible.name: qsTr("Kind of the new field")
                }
                Button {
                    objectName: "addFieldButton"
                    text: qsTr("Add field")
                    Accessible.name: text
                    onClicked: designer.addField(newKind.currentValue)
                }
            }

            Label {
                text: qsTr("Approver chain")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            OwnedList {
                objectName: "designerSteps"
                Layout.fillWidth: true
                owner: designer
                model: designer.steps
                Accessible.name: qsTr("Approver chain")
                delegate: DesignerStepRow {
                    width: ListView.view.width
                    designer: (ListView.view as OwnedList).owner as ApprovalDesigner
                }
            }
            RowLayout {
                Button {
                    objectName: "addNodeButton"
                    text: qsTr("Add step")
                    Accessible.name: qsTr("Add an approver step")
                    onClicked: designer.addNode()
                }
                Button {
                    objectName: "addBranchButton"
                    text: qsTr("Add conditional step")
                    Accessible.name: qsTr("Add a step that applies only when a condition holds")
                    onClicked: designer.addBranch()
                }
            }

            Label {
                text: qsTr("Copied to")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: designer.ccText
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                PersonPicker {
                    id: ccPicker
                    Layout.fillWidth: true
                    label: qsTr("Person to copy on submission")
                    onChosen: id => {
                        if (id > 0) {
                            designer.addCcPerson(id)
                            ccPicker.choose(0, "")
                        }
                    }
                }
                Button {
                    visible: designer.ccPeople.length > 0
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("Remove last")
                    flat: true
                    Accessible.name: qsTr("Remove the last person copied")
                    onClicked: designer.removeCcPerson(designer.ccPeople[designer.ccPeople.length - 1].id)
                }
            }
            RowLayout {
                Label { text: qsTr("When approved, copy the role"); color: Theme.textMuted }
                TextField {
                    Layout.fillWidth: true
                    text: designer.ccRole
                    placeholderText: qsTr("e.g. hr (empty: nobody)")
                    Accessible.name: qsTr("Approval role copied when approved")
                    onEditingFinished: designer.ccRole = text
                }
            }

            Repeater {
                model: designer.problems
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("To fix: %1").arg(modelData)
                    color: Theme.danger
                    wrapMode: Text.Wrap
                }
            }
            RowLayout {
                Button {
                    objectName: "saveTemplateButton"
                    text: qsTr("Save form")
                    highlighted: true
                    enabled: designer.problems.length === 0
                    Accessible.name: text
                    onClicked: designer.save()
                }
                Label {
                    objectName: "designerStatus"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: designer.status
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
