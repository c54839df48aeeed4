import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// A card's checklist in the editor: tick, or remove, each item. `items`: [{text, done}].
ListView {
    id: list

    property var items: []
    signal toggled(int item, bool done)
    signal removeRequested(int item)

    model: list.items
    interactive: false
    implicitHeight: contentHeight
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Checklist")

    delegate: RowLayout {
        id: row
        required property int index
        required property var modelData
        width: ListView.view.width
        CheckBox {
            Layout.fillWidth: true
            text: row.modelData.text
            checked: row.modelData.done
            Accessible.name: row.modelData.text
            onToggled: (row.ListView.view as ChecklistEditor).toggled(row.index, checked)
        }
        IconButton {
            text: "\u00d7"
            Accessible.name: qsTr("Remove the item %1").arg(row.modelData.text)
            onClicked: (row.ListView.view as ChecklistEditor).removeRequested(row.index)
        }
    }
}
