import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// One field in the form designer: label, key, kind, required, bounds, pattern, options or currencies.
Rectangle {
    id: fieldBox

    required property var modelData // see ApprovalDesigner.fields
    required property int index
    property ApprovalDesigner designer
    readonly property bool textual: modelData.kind === "text" || modelData.kind === "multiline"
    readonly property bool choice: modelData.kind === "single_choice" || modelData.kind === "multi_choice"
    readonly property bool bounded: modelData.kind !== "date" && modelData.kind !== "single_choice"
                                    && modelData.kind !== "person" && modelData.kind !== "department"

    function set(name: string, value: var) {
        if (fieldBox.designer)
            fieldBox.designer.setFieldValue(fieldBox.index, name, value)
    }

    implicitHeight: fieldColumn.implicitHeight + 12
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: fieldColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 6
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            TextField {
                Layout.fillWidth: true
                text: fieldBox.modelData.label
                placeholderText: qsTr("Label")
                Accessible.name: qsTr("Label of field %1").arg(fieldBox.index + 1)
                onEditingFinished: fieldBox.set("label", text)
            }
            TextField {
                Layout.preferredWidth: 120
                text: fieldBox.modelData.key
                placeholderText: qsTr("key")
                Accessible.name: qsTr("Key of field %1").arg(fieldBox.index + 1)
                onEditingFinished: fieldBox.set("key", text)
            }
            ComboBox {
                Layout.preferredWidth: 160
                model: fieldBox.designer ? fieldBox.designer.kindChoices : []
                textRole: "text"
                valueRole: "value"
                currentIndex: count > 0 ? Math.max(0, indexOfValue(fieldBox.modelData.kind)) : -1
                Accessible.name: qsTr("Kind of field %1").arg(fieldBox.index + 1)
                onActivated: fieldBox.set("kind", currentValue)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            CheckBox {
                text: qsTr("Required")
                checked: fieldBox.modelData.required
                Accessible.name: qsTr("Field %1 is required").arg(fieldBox.index + 1)
                onToggled: fieldBox.set("required", checked)
            }
            TextField {
                visible: fieldBox.bounded
                Layout.preferredWidth: 90
                text: fieldBox.modelData.min
                placeholderText: qsTr("min")
                Accessible.name: qsTr("Minimum of field %1").arg(fieldBox.index + 1)
                onEditingFinished: fieldBox.set("min", text)
            }
            TextField {
                visible: fieldBox.bounded
                Layout.preferredWidth: 90
                text: fieldBox.modelData.max
                placeholderText: qsTr("max")
                Accessible.name: qsTr("Maximum of field %1").arg(fieldBox.index + 1)
                onEditingFinished: fieldBox.set("max", text)
            }
            SpinBox {
                visible: fieldBox.modelData.kind === "number"
                from: 0
                to: 6
                value: fieldBox.modelData.decimals
                Accessible.name: qsTr("Decimals of field %1").arg(fieldBox.index + 1)
                onValueModified: fieldBox.set("decimals", value)
            }
            TextField {
                visible: fieldBox.modelData.kind === "money"
                Layout.fillWidth: true
                text: fieldBox.modelData.currencies
                placeholderText: qsTr("Currencies, e.g. CNY, USD (empty: any)")
                Accessible.name: qsTr("Currencies of field %1").arg(fieldBox.index + 1)
                onEditingFinished: fieldBox.set("currencies", text)
            }
            Item { Layout.fillWidth: true }
            Button {
                text: "\u2191"
                flat: true
                enabled: fieldBox.index > 0
                Accessible.name: qsTr("Move field %1 up").arg(fieldBox.index + 1)
                onClicked: fieldBox.designer.moveField(fieldBox.index, fieldBox.index - 1)
            }
            Button {
                text: qsTr("Remove")
                flat: true
                Accessible.name: qsTr("Remove field %1").arg(fieldBox.index + 1)
                onClicked: fieldBox.designer.removeField(fieldBox.index)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: fieldBox.textual
            TextField {
                Layout.fillWidth: true
                text: fieldBox.modelData.pattern
                placeholderText: qsTr("Pattern (regular expression), optional")
                Accessible.name: qsTr("Pattern of field %1").arg(fieldBox.index + 1)
                onEditingFinished: fieldBox.set("pattern", text)
            }
            TextField {
                Layout.fillWidth: true
                text: fieldBox.modelData.patternHint
                placeholderText: qsTr("Hint shown when it does not match")
                Accessible.name: qsTr("Pattern hint of field %1").arg(fieldBox.index + 1)
                onEditingFinished: fieldBox.set("patternHint", text)
            }
        }
        TextArea {
            Layout.fillWidth: true
            visible: fieldBox.choice
            text: fieldBox.modelData.options
            placeholderText: qsTr("One option a line: key=Label")
            Accessible.name: qsTr("Options of field %1").arg(fieldBox.index + 1)
            background: Rectangle {
                color: Theme.inputBackground
                border.color: Theme.divider
                radius: Theme.radius
            }
            onEditingFinished: fieldBox.set("options", text)
        }
    }
}
