import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// One column of a line item: a choice for choice columns, else text in the column kind's text form (with a
// calendar for dates).
RowLayout {
    id: cell

    required property var modelData // the column: {key, label, kind, options}
    property var line // the LineItemRow this cell is in (untyped: a row creates its cells)
    readonly property string cellText: line && line.modelData[modelData.key] !== undefined ? line.modelData[modelData.key] : ""
    readonly property string accessibleLabel: line ? qsTr("Item %1, %2").arg(line.index + 1).arg(modelData.label) : modelData.label

    function edit(text: string) {
        if (cell.line && cell.line.editor)
            cell.line.editor.form.setItemText(cell.line.editor.row, cell.line.index, cell.modelData.key, text)
    }

    spacing: 6

    Label {
        Layout.preferredWidth: 110
        text: cell.modelData.label
        color: Theme.textMuted
        elide: Text.ElideRight
    }
    TextField {
        id: itemText
        objectName: cell.line ? "item_" + cell.line.index + "_" + cell.modelData.key : ""
        Layout.fillWidth: true
        visible: cell.modelData.kind !== "single_choice"
        text: cell.cellText
        placeholderText: cell.modelData.kind === "date" ? qsTr("yyyy-mm-dd") : cell.modelData.kind === "money" ? qsTr("e.g. 120.50") : ""
        Accessible.name: cell.accessibleLabel
        onTextEdited: cell.edit(text)
    }
    CalendarButton {
        objectName: cell.line && visible ? "itemCalendar_" + cell.line.index + "_" + cell.modelData.key : ""
        visible: cell.modelData.kind === "date"
        // The field's own text: the form does not send typed item text back (its rows would be made again).
        value: itemText.text
        label: cell.accessibleLabel
        onPicked: day => {
            itemText.text = day
            cell.edit(day)
        }
    }
    ComboBox {
        Layout.fillWidth: true
        visible: cell.modelData.kind === "single_choice"
        model: cell.modelData.kind === "single_choice" ? cell.modelData.options : []
        textRole: "label"
        valueRole: "key"
        currentIndex: count > 0 ? indexOfValue(cell.cellText) : -1
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Accessible.name: cell.accessibleLabel
        onActivated: cell.edit(currentValue)
    }
}
