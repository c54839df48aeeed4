import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// My boards on the Boards page's side; a click or Enter opens one. `currentTitle` follows the open board's
// title (also when someone renames it).
ListView {
    id: list

    property string currentBoard: ""
    property string currentTitle: ""
    signal boardChosen(string boardId)

    clip: true
    spacing: 2
    keyNavigationEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("My boards")
    ScrollBar.vertical: ScrollBar {}

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string boardId
        required property string title
        required property string membersText
        required property bool pending
        readonly property BoardList boards: ListView.view as BoardList

        width: ListView.view.width
        highlighted: row.boards && row.boardId === row.boards.currentBoard
        Accessible.name: qsTr("%1, %2").arg(row.title).arg(row.membersText)
        onClicked: row.boards.boardChosen(row.boardId)
        Keys.onReturnPressed: row.boards.boardChosen(row.boardId)

        Binding {
            target: row.boards
            property: "currentTitle"
            value: row.title
            when: row.highlighted
        }

        contentItem: ColumnLayout {
            spacing: 2
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                text: row.title
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: row.pending ? qsTr("%1 · not synced yet").arg(row.membersText) : row.membersText
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
    }
}
