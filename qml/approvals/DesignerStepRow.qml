import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// One step of the approver chain in the form designer: a node, or a node that applies only when a condition
// on the form holds.
Rectangle {
    id: stepBox

    required property var modelData // see ApprovalDesigner.steps
    required property int index
    property ApprovalDesigner designer

    implicitHeight: stepColumn.implicitHeight + 12
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: stepColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 6
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: stepBox.modelData.type === "branch" ? qsTr("Step %1: only when…").arg(stepBox.index + 1)
                                                          : qsTr("Step %1").arg(stepBox.index + 1)
                font.bold: true
                color: Theme.textMuted
            }
            Button {
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove step %1").arg(stepBox.index + 1)
                onClicked: stepBox.designer.removeStep(stepBox.index)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: stepBox.modelData.type === "branch"
            ComboBox {
                model: stepBox.designer ? stepBox.designer.conditionFields : []
                currentIndex: stepBox.designer ? Math.max(0, stepBox.designer.conditionFields.indexOf(stepBox.modelData.field)) : 0
                Accessible.name: qsTr("Field the condition of step %1 tests").arg(stepBox.index + 1)
                onActivated: stepBox.designer.setStepValue(stepBox.index, "field", currentText)
            }
            ComboBox {
                textRole: "text"
                valueRole: "value"
                model: [{ value: "gt", text: ">" }, { value: "ge", text: "≥" }, { value: "lt", text: "<" },
                        { value: "le", text: "≤" }, { value: "eq", text: "=" }, { value: "ne", text: "≠" },
                        { value: "contains", text: qsTr("contains") }]
                currentIndex: Math.max(0, indexOfValue(stepBox.modelData.op))
                Accessible.name: qsTr("Comparison of step %1").arg(stepBox.index + 1)
                onActivated: stepBox.designer.setStepValue(stepBox.index, "op", currentValue)
            }
            TextField {
                Layout.fillWidth: true
                text: stepBox.modelData.value !== undefined ? stepBox.modelData.value : ""
                placeholderText: qsTr("Value, e.g. 5000")
                Accessible.name: qsTr("Value the condition of step %1 compares with").arg(stepBox.index + 1)
                onEditingFinished: stepBox.designer.setStepValue(stepBox.index, "value", text)
            }
        }
        NodeEditor {
            Layout.fillWidth: true
            designer: stepBox.designer
            step: stepBox.index
            node: stepBox.modelData.node
        }
    }
}
