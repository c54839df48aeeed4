import QtQuick
import QtQuick.Controls
import Tack.App

// The cards of one column, top to bottom.
ListView {
    id: list

    required property BoardState board
    required property string columnId
    property string columnTitle: ""

    spacing: 8
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Cards in %1").arg(list.columnTitle)
    ScrollBar.vertical: ScrollBar {}

    delegate: BoardCard {
        board: (ListView.view as CardList).board
        columnId: (ListView.view as CardList).columnId
        width: ListView.view.width
    }
}
