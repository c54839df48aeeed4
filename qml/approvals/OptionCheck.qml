import QtQuick
import QtQuick.Controls

// One option of a ChoiceFlow (its parent), checked when the option is among the chosen keys.
CheckBox {
    id: check

    required property var modelData
    // The ChoiceFlow this option is in (untyped: a ChoiceFlow creates its options).
    readonly property var choices: check.parent

    text: modelData.label
    checked: choices ? choices.chosen.split(",").indexOf(modelData.key) >= 0 : false
    Accessible.name: text
    onToggled: if (choices) choices.toggled(modelData.key, checked)
}
