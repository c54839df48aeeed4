import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The editor of one form field, chosen by its kind, with its hint and inline error. Every change goes to
// the form model, which validates it with the core rules and recomputes the chain preview.
ColumnLayout {
    id: editor

    required property int index
    required property string fieldKey
    required property string label
    required property string kind
    required property string hint
    required property var options
    required property var currencies
    required property string currency
    required property string text
    required property string chosenName
    required property string error
    required property var columns
    required property var items
    required property var itemErrors
    property ApprovalFormModel form

    objectName: "field_" + fieldKey
    spacing: 4

    function setText(value: string) { editor.form.setText(editor.index, value) }
    function toggled(key: string, on: bool) {
        let keys = editor.text.length > 0 ? editor.text.split(",") : []
        keys = keys.filter(k => k !== key)
        if (on)
            keys.push(key)
        editor.setText(keys.join(","))
    }

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        text: editor.label
        color: Theme.text
        font.bold: true
    }

    // One editor per kind; only the field's own is shown.
    RowLayout {
        Layout.fillWidth: true
        visible: editor.kind === "text" || editor.kind === "number" || editor.kind === "date"
        spacing: 6
        TextField {
            objectName: visible ? "input_" + editor.fieldKey : ""
            Layout.fillWidth: true
            text: editor.text
            placeholderText: editor.kind === "date" ? qsTr("yyyy-mm-dd") : editor.kind === "number" ? qsTr("a number") : ""
            inputMethodHints: editor.kind === "number" ? Qt.ImhFormattedNumbersOnly : editor.kind === "date" ? Qt.ImhDate : Qt.ImhNone
            Accessible.name: editor.label
            onTextEdited: editor.setText(text)
        }
        CalendarButton {
            objectName: visible ? "calendar_" + editor.fieldKey : ""
            visible: editor.kind === "date"
            value: editor.text
            label: editor.label
            onPicked: day => editor.setText(day)
        }
    }
    TextArea {
        objectName: editor.kind === "multiline" ? "input_" + editor.fieldKey : ""
        Layout.fillWidth: true
        Layout.minimumHeight: 72
        visible: editor.kind === "multiline"
        text: editor.text
        wrapMode: TextEdit.Wrap
        Accessible.name: editor.label
        background: Rectangle {
            color: Theme.inputBackground
            border.color: Theme.divider
            radius: Theme.radius
        }
        onTextChanged: if (visible && text !== editor.text) editor.setText(text)
    }
    RowLayout {
        Layout.fillWidth: true
        visible: editor.kind === "money"
        spacing: 6
        TextField {
            objectName: "amount_" + editor.fieldKey
            Layout.fillWidth: true
            text: editor.text
            placeholderText: qsTr("Amount, e.g. 1234.50")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: editor.label
            onTextEdited: editor.setText(text)
        }
        ComboBox {
            model: editor.currencies
            currentIndex: Math.max(0, editor.currencies.indexOf(editor.currency))
            Accessible.name: qsTr("Currency of %1").arg(editor.label)
            onActivated: editor.form.setCurrency(editor.index, currentText)
        }
    }
    DateRangeEditor {
        Layout.fillWidth: true
        visible: editor.kind === "date_range"
        value: editor.text
        label: editor.label
        onEdited: value => editor.setText(value)
    }
    ComboBox {
        objectName: "choice_" + editor.fieldKey
        Layout.fillWidth: true
        visible: editor.kind === "single_choice"
        model: editor.options
        textRole: "label"
        valueRole: "key"
        currentIndex: count > 0 ? indexOfValue(editor.text) : -1
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: editor.label
        onActivated: editor.setText(currentValue)
    }
    ChoiceFlow {
        Layout.fillWidth: true
        visible: editor.kind === "multi_choice"
        options: editor.kind === "multi_choice" ? editor.options : []
        chosen: editor.text
        onToggled: (key, on) => editor.toggled(key, on)
    }
    PersonPicker {
        Layout.fillWidth: true
        visible: editor.kind === "person"
        personId: editor.kind === "person" && editor.text.length > 0 ? Number(editor.text) : 0
        personName: editor.chosenName
        label: editor.label
        onChosen: id => editor.setText(id > 0 ? String(id) : "")
    }
    DepartmentPicker {
        Layout.fillWidth: true
        visible: editor.kind === "department"
        departmentId: editor.kind === "department" && editor.text.length > 0 ? Number(editor.text) : 0
        noneText: qsTr("Choose…")
        label: editor.label
        onDepartmentIdChanged: if (visible) editor.setText(departmentId > 0 ? String(departmentId) : "")
    }
    LineItemsEditor {
        Layout.fillWidth: true
        visible: editor.kind === "line_items"
        form: editor.form
        row: editor.index
        label: editor.label
        columns: editor.kind === "line_items" ? editor.columns : []
        items: editor.kind === "line_items" ? editor.items : []
        itemErrors: editor.itemErrors
        currencies: editor.currencies
        currency: editor.currency
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        visible: editor.hint.length > 0 && editor.error.length === 0
        text: editor.hint
        color: Theme.textFaint
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "fieldError_" + editor.fieldKey
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        visible: editor.error.length > 0
        text: editor.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: qsTr("%1: %2").arg(editor.label).arg(editor.error)
    }

}
