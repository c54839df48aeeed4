import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// One board: its title, members and columns side by side (right to left in Arabic), each with its cards.
// A dragged card follows the pointer above the columns as a ghost; the drop lands where the pointer is.
Item {
    id: view

    property string boardId: ""
    property string title: ""
    readonly property BoardActions actions: Session.boards
    readonly property alias columns: columnsModel

    // The column under a point of the view (scene coordinates), or null.
    function columnAt(sceneX: real, sceneY: real): BoardColumn {
        const p = columnList.mapFromItem(null, sceneX, sceneY)
        if (p.y < 0 || p.y > columnList.height)
            return null
        const item = columnList.itemAt(p.x + columnList.contentX, p.y + columnList.contentY)
        return item as BoardColumn
    }
    function dragStarted(cardId: string, title: string, width: real) {
        boardState.dragCard = cardId
        ghostTitle.text = title
        ghost.width = width
    }
    function dragMoved(sceneX: real, sceneY: real) {
        const p = view.mapFromItem(null, sceneX, sceneY)
        ghost.x = p.x - ghost.width / 2
        ghost.y = p.y - 16
        const column = view.columnAt(sceneX, sceneY)
        boardState.dropColumn = column ? column.columnId : ""
        boardState.dropRow = column ? column.rowAt(sceneX, sceneY) : -1
    }
    function dragEnded(sceneX: real, sceneY: real) {
        const card = boardState.dragCard
        const column = view.columnAt(sceneX, sceneY)
        boardState.dragCard = ""
        boardState.dropColumn = ""
        boardState.dropRow = -1
        if (column && card.length > 0)
            view.actions.dropCard(card, column.columnId, column.rowAt(sceneX, sceneY))
    }
    function dragCancelled() {
        boardState.dragCard = ""
        boardState.dropColumn = ""
        boardState.dropRow = -1
    }
    function editCard(cardId: string) { cardEditor.openFor(cardId) }
    function moveCardDialog(cardId: string, columnId: string) { moveDialog.openFor(cardId, columnId) }
    function editColumn(columnId: string, title: string, wip: int) { columnDialog.openEdit(columnId, title, wip) }
    function confirmDeleteColumn(columnId: string, title: string) { deleteDialog.openFor(columnId, title) }

    BoardState {
        id: boardState
        boardId: view.boardId
        onEditCardRequested: cardId => view.editCard(cardId)
        onMoveCardRequested: (cardId, columnId) => view.moveCardDialog(cardId, columnId)
        onEditColumnRequested: (columnId, title, wip) => view.editColumn(columnId, title, wip)
        onDeleteColumnRequested: (columnId, title) => view.confirmDeleteColumn(columnId, title)
        onDragStartRequested: (cardId, title, width) => view.dragStarted(cardId, title, width)
        onDragMoveRequested: (x, y) => view.dragMoved(x, y)
        onDragEndRequested: (x, y) => view.dragEnded(x, y)
        onDragCancelRequested: view.dragCancelled()
    }

    BoardColumnsModel {
        id: columnsModel
        store: Session.store
        boardId: view.boardId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                objectName: "boardTitle"
                horizontalAlignment: Text.AlignLeft
                text: view.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.maximumWidth: view.width / 2
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "overLimitSummary"
                visible: columnsModel.overLimitCount > 0
                text: qsTr("%n column(s) over the WIP limit", "", columnsModel.overLimitCount)
                color: Theme.danger
                font.bold: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "renameBoardButton"
                text: qsTr("Rename board…")
                Accessible.name: qsTr("Rename the board")
                onClicked: renameDialog.openFor(view.boardId, view.title)
            }
            Button {
                objectName: "membersButton"
                text: qsTr("Members")
                Accessible.name: qsTr("Board members")
                onClicked: membersDialog.openFor(view.boardId)
            }
            Button {
                objectName: "addColumnButton"
                text: qsTr("Add column")
                Accessible.name: text
                onClicked: columnDialog.openAdd()
            }
        }

        ColumnList {
            id: columnList
            objectName: "columnList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: columnsModel
            board: boardState
        }
    }

    // The card being dragged, following the pointer above every column.
    Rectangle {
        id: ghost
        objectName: "dragGhost"
        z: 20
        visible: boardState.dragCard.length > 0
        height: ghostTitle.implicitHeight + 20
        radius: Theme.radius
        color: Theme.surface
        border.width: 2
        border.color: Theme.accent
        rotation: 2
        opacity: 0.95
        Label {
            id: ghostTitle
            anchors.fill: parent
            anchors.margins: 10
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            color: Theme.text
        }
    }

    CardEditorDialog { id: cardEditor; objectName: "cardEditor" }
    MoveCardDialog { id: moveDialog; objectName: "moveCardDialog"; columns: columnsModel }
    ColumnDialog { id: columnDialog; objectName: "columnDialog"; boardId: view.boardId }
    DeleteColumnDialog { id: deleteDialog; objectName: "deleteColumnDialog"; boardId: view.boardId }
    BoardMembersDialog { id: membersDialog; objectName: "boardMembersDialog" }
    RenameBoardDialog { id: renameDialog; objectName: "renameBoardDialog" }
}
