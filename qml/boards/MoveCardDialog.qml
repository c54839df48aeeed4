import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// "Move to…": the keyboard's way to do what dragging a card does. Choose the column, then the place in it
// (top, bottom, before or after another card); the move is queued like any other change.
Dialog {
    id: dialog

    required property BoardColumnsModel columns
    property string cardId: ""
    property var positions: []

    function openFor(card: string, column: string) {
        dialog.cardId = card
        columnBox.currentIndex = Math.max(0, dialog.columns.rowOf(column))
        dialog.reloadPositions()
        positionBox.currentIndex = 0
        dialog.open()
        columnBox.forceActiveFocus()
    }
    function reloadPositions() {
        dialog.positions = Session.boards.positionChoices(dialog.cardId, dialog.columns.columnAt(columnBox.currentIndex))
    }
    function move() {
        const p = dialog.positions[positionBox.currentIndex]
        if (!p)
            return
        if (Session.boards.moveCardTo(dialog.cardId, dialog.columns.columnAt(columnBox.currentIndex), p.where, p.other))
            dialog.close()
    }

    title: qsTr("Move to…")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(420, parent ? parent.width - 40 : 420)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label { text: qsTr("Column"); color: Theme.textMuted }
        ComboBox {
            id: columnBox
            objectName: "moveColumnBox"
            Layout.fillWidth: true
            model: dialog.columns
            textRole: "title"
            Accessible.name: qsTr("Column to move the card to")
            onActivated: {
                dialog.reloadPositions()
                positionBox.currentIndex = dialog.positions.length - 1 // the bottom by default
            }
        }
        Label { text: qsTr("Position"); color: Theme.textMuted }
        ComboBox {
            id: positionBox
            objectName: "movePositionBox"
            Layout.fillWidth: true
            model: dialog.positions
            textRole: "text"
            Accessible.name: qsTr("Position in the column")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Layout.topMargin: 8
            spacing: 8
            Button {
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "moveCardButton"
                text: qsTr("Move")
                highlighted: true
                Accessible.name: qsTr("Move the card")
                onClicked: dialog.move()
            }
        }
    }
}
