import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The Boards section: my boards on the side, the chosen board's columns and cards beside them, and a line
// for the latest refusal.
Rectangle {
    id: page

    property string boardId: ""
    readonly property BoardActions actions: Session.boards

    function openBoard(id: string) {
        page.boardId = id
        list.currentIndex = boards.rowOf(id)
    }

    color: Theme.window
    Accessible.name: qsTr("Boards")

    BoardListModel {
        id: boards
        store: Session.store
        onCountChanged: {
            if (boards.rowOf(page.boardId) < 0)
                page.openBoard(boards.boardAt(0))
            else
                list.currentIndex = boards.rowOf(page.boardId)
        }
    }
    Component.onCompleted: page.openBoard(boards.boardAt(0))

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 240
            color: Theme.sidebar

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 8

                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                        text: qsTr("Boards")
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Button {
                        objectName: "newBoardButton"
                        flat: true
                        text: qsTr("+ New")
                        Accessible.name: qsTr("New board")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("New board")
                        onClicked: newBoard.openNew()
                    }
                }

                BoardList {
                    id: list
                    objectName: "boardList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: boards
                    currentBoard: page.boardId
                    onBoardChosen: id => page.openBoard(id)
                }

                Label {
                    Layout.fillWidth: true
                    visible: boards.count === 0
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.Wrap
                    text: qsTr("No boards yet. Create one to plan work with your team.")
                    color: Theme.textMuted
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.divider
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                Layout.margins: 8
                visible: page.actions.error.length > 0
                implicitHeight: errorRow.implicitHeight + 12
                radius: Theme.radius
                color: Theme.bannerOffline
                RowLayout {
                    id: errorRow
                    anchors.fill: parent
                    anchors.margins: 6
                    Label {
                        objectName: "boardsError"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        text: page.actions.error
                        color: Theme.danger
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    Button {
                        text: qsTr("Dismiss")
                        flat: true
                        Accessible.name: qsTr("Dismiss the message")
                        onClicked: page.actions.clearError()
                    }
                }
            }

            BoardView {
                objectName: "boardView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: page.boardId.length > 0
                boardId: page.boardId
                title: list.currentTitle
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: page.boardId.length === 0
                Label {
                    anchors.centerIn: parent
                    text: qsTr("Choose a board, or create one with New.")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontLarge
                }
            }
        }
    }

    NewBoardDialog {
        id: newBoard
        objectName: "newBoardDialog"
        onCreated: id => page.openBoard(id)
    }
}
