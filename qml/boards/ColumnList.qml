import QtQuick
import QtQuick.Controls
import Tack.App

// A board's columns side by side, sharing the width within what keeps a card readable. Mirrored layouts
// (Arabic) put the first column on the right.
ListView {
    id: list

    required property BoardState board

    orientation: ListView.Horizontal
    spacing: 12
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    interactive: false // the columns scroll with the scroll bar; dragging belongs to the cards
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Columns")
    ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }

    delegate: BoardColumn {
        readonly property ColumnList list: ListView.view as ColumnList
        board: list.board
        height: list.height - 12
        width: Math.max(250, Math.min(320, (list.width - list.spacing * (list.count - 1)) / Math.max(1, list.count)))
    }
}
