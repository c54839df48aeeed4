import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// A card on a board: title, labels, due date, checklist progress, assignees and, for a card re-homed from
// a deleted column, "Moved from …". Click or Enter edits it; drag it to another place; its "⋯" menu (or
// the context-menu key, or Ctrl+M) offers "Move to…", which does the same from the keyboard.
Item {
    id: slot

    required property int index
    required property string cardId
    required property string title
    required property var assignees
    required property string dueText
    required property bool overdue
    required property var labels
    required property string checklistText
    required property bool done
    required property string movedFromText
    required property bool pending
    required property string summary
    required property BoardState board
    required property string columnId
    // A dragged card would land right above this one.
    readonly property bool dropBefore: board.dropColumn === columnId && board.dropRow === index

    implicitHeight: face.height + 6
    objectName: "card-" + title

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: 3
        radius: 1.5
        color: slot.dropBefore ? Theme.accent : "transparent"
    }

    Rectangle {
        id: face
        objectName: "cardFace"
        y: 6
        width: slot.width
        height: content.implicitHeight + 20
        radius: Theme.radius
        color: Theme.surface
        border.width: activeFocus ? 2 : 1
        border.color: activeFocus ? Theme.accent : Theme.divider
        opacity: slot.board.dragCard === slot.cardId ? 0.35 : slot.pending ? 0.8 : 1
        activeFocusOnTab: true
        Accessible.role: Accessible.Button
        Accessible.name: slot.summary
        Accessible.description: qsTr("Enter edits the card, Ctrl+M moves it")

        Keys.onReturnPressed: slot.board.editCardRequested(slot.cardId)
        Keys.onEnterPressed: slot.board.editCardRequested(slot.cardId)
        Keys.onMenuPressed: cardMenu.popup(face, 0, face.height)
        Keys.onPressed: event => {
            if (event.key === Qt.Key_M && (event.modifiers & Qt.ControlModifier)) {
                slot.board.moveCardRequested(slot.cardId, slot.columnId)
                event.accepted = true
            }
        }

        // Dragging: past a few pixels the card follows the pointer (BoardView's ghost) until released.
        MouseArea {
            id: dragArea
            objectName: "cardDragArea"

            property point pressedAt
            property bool dragging: false
            property bool dragged: false

            anchors.fill: parent
            preventStealing: true
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            cursorShape: dragging ? Qt.ClosedHandCursor : Qt.PointingHandCursor
            onPressed: mouse => {
                dragArea.dragged = false
                if (mouse.button === Qt.RightButton)
                    cardMenu.popup(face, mouse.x, mouse.y)
                else
                    dragArea.pressedAt = Qt.point(mouse.x, mouse.y)
            }
            onPositionChanged: mouse => {
                if (!(mouse.buttons & Qt.LeftButton))
                    return
                if (!dragArea.dragging
                        && Math.abs(mouse.x - dragArea.pressedAt.x) + Math.abs(mouse.y - dragArea.pressedAt.y) > 8) {
                    dragArea.dragging = true
                    slot.board.dragStartRequested(slot.cardId, slot.title, face.width)
                }
                if (dragArea.dragging) {
                    const p = dragArea.mapToItem(null, mouse.x, mouse.y)
                    slot.board.dragMoveRequested(p.x, p.y)
                }
            }
            onReleased: mouse => {
                if (!dragArea.dragging)
                    return
                dragArea.dragging = false
                dragArea.dragged = true
                const p = dragArea.mapToItem(null, mouse.x, mouse.y)
                slot.board.dragEndRequested(p.x, p.y)
            }
            onCanceled: {
                if (dragArea.dragging)
                    slot.board.dragCancelRequested()
                dragArea.dragging = false
            }
            onClicked: mouse => {
                if (mouse.button === Qt.LeftButton && !dragArea.dragged)
                    slot.board.editCardRequested(slot.cardId)
            }
        }

        ColumnLayout {
            id: content
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 10
            spacing: 6

            Label {
                objectName: "movedFrom"
                Layout.fillWidth: true
                visible: slot.movedFromText.length > 0
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                text: (Language.rightToLeft ? "\u21a9 " : "\u21aa ") + slot.movedFromText
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                font.bold: true
                elide: Text.ElideRight
            }

            Flow {
                Layout.fillWidth: true
                visible: slot.labels.length > 0
                spacing: 4
                Repeater {
                    model: slot.labels
                    delegate: Rectangle {
                        id: labelChip
                        required property string modelData
                        radius: 4
                        color: Theme.avatarColor(labelChip.modelData)
                        implicitWidth: labelText.implicitWidth + 10
                        implicitHeight: labelText.implicitHeight + 2
                        Label {
                            id: labelText
                            anchors.centerIn: parent
                            text: labelChip.modelData
                            color: "#ffffff"
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 4
                // Set here as well as inherited: a wrapped title otherwise keeps the old side after a switch.
                LayoutMirroring.enabled: Language.rightToLeft
                LayoutMirroring.childrenInherit: true
                Label {
                    objectName: "cardTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: slot.title
                    color: slot.done ? Theme.textMuted : Theme.text
                    font.strikeout: slot.done
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                }
                IconButton {
                    id: menuButton
                    objectName: "cardMenuButton"
                    Layout.alignment: Qt.AlignTop
                    text: "\u22ef"
                    Accessible.name: qsTr("Actions for %1").arg(slot.title)
                    onClicked: cardMenu.popup(menuButton, 0, menuButton.height)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                visible: slot.dueText.length > 0 || slot.checklistText.length > 0 || slot.assignees.length > 0
                Label {
                    visible: slot.dueText.length > 0
                    text: slot.dueText
                    font.pixelSize: Theme.fontSmall
                    color: slot.overdue ? Theme.danger : Theme.textMuted
                    font.bold: slot.overdue
                }
                Label {
                    visible: slot.checklistText.length > 0
                    text: "\u2611 " + slot.checklistText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Item { Layout.fillWidth: true }
                Row {
                    spacing: 2
                    Repeater {
                        model: slot.assignees
                        delegate: Avatar {
                            required property var modelData
                            size: 24
                            initials: modelData.initials
                            colorKey: modelData.login
                            border.width: 2
                            border.color: Theme.surface
                        }
                    }
                }
            }
        }
    }

    Menu {
        id: cardMenu
        MenuItem {
            text: qsTr("Edit…")
            Accessible.name: text
            onTriggered: slot.board.editCardRequested(slot.cardId)
        }
        MenuItem {
            objectName: "moveToItem"
            text: qsTr("Move to…")
            Accessible.name: text
            onTriggered: slot.board.moveCardRequested(slot.cardId, slot.columnId)
        }
        MenuItem {
            text: slot.done ? qsTr("Mark as not done") : qsTr("Mark as done")
            Accessible.name: text
            onTriggered: Session.boards.setCardDone(slot.cardId, !slot.done)
        }
        MenuItem {
            text: qsTr("Delete card")
            Accessible.name: text
            onTriggered: Session.boards.deleteCard(slot.cardId)
        }
    }
}
