import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// One column of a board: title, "cards / WIP limit" with a clear warning when over the limit, its cards
// top to bottom, and a field to add a card. The column's menu renames it, sets the limit, moves it left or
// right and deletes it.
Item {
    id: column

    required property int index
    required property string columnId
    required property string title
    required property string countText
    required property string warningText
    required property bool overWip
    required property int wip
    required property int cardCount
    required property BoardState board
    readonly property bool dropTarget: board.dropColumn === columnId
    readonly property int columnCount: ListView.view ? ListView.view.count : 0

    // The row a card dropped at this point (scene coordinates) lands at, counting the cards as shown.
    function rowAt(sceneX: real, sceneY: real): int {
        const p = cards.mapFromItem(null, sceneX, sceneY)
        const y = p.y + cards.contentY
        for (let row = 0; row < cardModel.count; ++row) {
            const item = cards.itemAtIndex(row)
            if (item && y < item.y + item.height / 2)
                return row
        }
        return cardModel.count
    }

    // Left or right on screen: in a right-to-left layout the next column is on the left.
    function moveSideways(toLeft: bool) {
        const step = (toLeft !== Language.rightToLeft) ? -1 : 1
        Session.boards.moveColumn(column.board.boardId, column.columnId, column.index + step)
    }

    implicitWidth: 280
    objectName: "column-" + title

    BoardCardsModel {
        id: cardModel
        store: Session.store
        columnId: column.columnId
    }

    Rectangle {
        id: panel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Math.min(parent.height, body.implicitHeight + 20)
        radius: Theme.radius + 2
        color: column.overWip ? (Theme.dark ? "#3a2224" : "#fdeeee") : Theme.sidebar
        border.width: column.overWip || column.dropTarget ? 2 : 1
        border.color: column.overWip ? Theme.danger : column.dropTarget ? Theme.accent : Theme.divider
        Accessible.role: Accessible.Grouping
        Accessible.name: column.warningText.length > 0
                         ? qsTr("Column %1, %2 cards, %3").arg(column.title).arg(column.countText).arg(column.warningText)
                         : qsTr("Column %1, %2 cards").arg(column.title).arg(column.countText)

        ColumnLayout {
            id: body
            anchors.fill: parent
            anchors.margins: 10
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Label {
                    objectName: "columnTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: column.title
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Rectangle {
                    radius: height / 2
                    color: column.overWip ? Theme.danger : Theme.hover
                    implicitHeight: countLabel.implicitHeight + 4
                    implicitWidth: countLabel.implicitWidth + 14
                    Label {
                        id: countLabel
                        objectName: "columnCount"
                        anchors.centerIn: parent
                        text: column.countText
                        font.bold: column.overWip
                        color: column.overWip ? "#ffffff" : Theme.textMuted
                        Accessible.name: column.wip > 0 ? qsTr("%1 cards, limit %2").arg(column.cardCount).arg(column.wip)
                                                        : qsTr("%n card(s)", "", column.cardCount)
                    }
                }
                IconButton {
                    id: menuButton
                    objectName: "columnMenuButton"
                    text: "\u22ef"
                    Accessible.name: qsTr("Column %1 actions").arg(column.title)
                    onClicked: menu.open()
                    Menu {
                        id: menu
                        y: menuButton.height
                        MenuItem {
                            text: qsTr("Rename or set WIP limit…")
                            Accessible.name: text
                            onTriggered: column.board.editColumnRequested(column.columnId, column.title, column.wip)
                        }
                        MenuItem {
                            objectName: "moveColumnLeft"
                            text: qsTr("Move left")
                            Accessible.name: text
                            enabled: Language.rightToLeft ? column.index < column.columnCount - 1
                                                                              : column.index > 0
                            onTriggered: column.moveSideways(true)
                        }
                        MenuItem {
                            objectName: "moveColumnRight"
                            text: qsTr("Move right")
                            Accessible.name: text
                            enabled: Language.rightToLeft ? column.index > 0
                                                                              : column.index < column.columnCount - 1
                            onTriggered: column.moveSideways(false)
                        }
                        MenuItem {
                            text: qsTr("Delete column…")
                            Accessible.name: text
                            enabled: column.columnCount > 1
                            onTriggered: column.board.deleteColumnRequested(column.columnId, column.title)
                        }
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                visible: column.overWip
                radius: Theme.radius
                color: Theme.danger
                implicitHeight: warning.implicitHeight + 8
                Label {
                    id: warning
                    objectName: "wipWarning"
                    anchors.fill: parent
                    anchors.margins: 4
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    horizontalAlignment: Text.AlignLeft
                    text: "\u26a0 " + column.warningText
                    color: "#ffffff"
                    font.bold: true
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: column.warningText
                }
            }

            CardList {
                id: cards
                objectName: "cardList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                implicitHeight: Math.max(contentHeight, 8)
                model: cardModel
                board: column.board
                columnId: column.columnId
                columnTitle: column.title
            }

            // Where a dragged card lands when dropped below the last card.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 3
                radius: 1.5
                color: column.dropTarget && column.board.dropRow >= cardModel.count ? Theme.accent : "transparent"
            }

            TextField {
                id: newCard
                objectName: "newCardField"
                Layout.fillWidth: true
                placeholderText: qsTr("+ Add a card")
                Accessible.name: qsTr("New card in %1").arg(column.title)
                onAccepted: {
                    if (Session.boards.createCard(column.board.boardId, column.columnId, text).length > 0)
                        text = ""
                }
            }
        }
    }
}
