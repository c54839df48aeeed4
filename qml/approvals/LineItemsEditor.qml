import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Line items (e.g. an expense's receipts): one row of column editors per item, a currency for the money
// column, add and remove. The total is one of the form's computed values.
ColumnLayout {
    id: editor

    property ApprovalFormModel form
    property int row: -1
    property string label: ""
    property var columns: []
    property var items: []
    property var itemErrors: []
    property var currencies: []
    property string currency: ""

    spacing: 6

    RowLayout {
        visible: editor.currencies.length > 0
        spacing: 6
        Label { text: qsTr("Currency"); color: Theme.textMuted }
        ComboBox {
            model: editor.currencies
            currentIndex: Math.max(0, editor.currencies.indexOf(editor.currency))
            Accessible.name: qsTr("Currency of %1").arg(editor.label)
            onActivated: editor.form.setCurrency(editor.row, currentText)
        }
    }

    OwnedList {
        Layout.fillWidth: true
        owner: editor
        model: editor.items
        spacing: 6
        Accessible.name: qsTr("Items of %1").arg(editor.label)
        delegate: LineItemRow {
            width: ListView.view.width
            editor: (ListView.view as OwnedList).owner
        }
    }

    Button {
        objectName: "addItemButton"
        text: qsTr("Add item")
        Accessible.name: qsTr("Add an item to %1").arg(editor.label)
        onClicked: editor.form.addItem(editor.row)
    }
}
