import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// One line item: an editor per column, its error, and a remove button.
Rectangle {
    id: item

    required property var modelData // {column key: text}
    required property int index
    property var editor // the LineItemsEditor this row is in (untyped: the editor creates its rows)

    implicitHeight: itemColumn.implicitHeight + 12
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: itemColumn
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
                text: qsTr("Item %1").arg(item.index + 1)
                color: Theme.textMuted
            }
            Button {
                text: qsTr("Remove")
                flat: true
                visible: item.editor !== null && item.editor.items.length > 1
                Accessible.name: qsTr("Remove item %1").arg(item.index + 1)
                onClicked: item.editor.form.removeItem(item.editor.row, item.index)
            }
        }
        OwnedList {
            Layout.fillWidth: true
            owner: item
            model: item.editor ? item.editor.columns : []
            spacing: 4
            Accessible.name: qsTr("Item %1").arg(item.index + 1)
            delegate: LineItemCell {
                width: ListView.view.width
                line: (ListView.view as OwnedList).owner
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            visible: text.length > 0
            text: item.editor && item.editor.itemErrors[item.index] !== undefined ? item.editor.itemErrors[item.index] : ""
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
