import QtQml

// What a board's columns and cards share with the board view: the drag in progress and the requests they
// hand to the view (edit a card, open "Move to…", edit or delete a column). A type of its own so that
// columns and cards need not know the view's type (QML types may not refer to each other in a circle).
QtObject {
    property string boardId: ""
    // The card being dragged, empty while none is.
    property string dragCard: ""
    // Where a dragged card would land now: a column id and a row in it (-1: nowhere).
    property string dropColumn: ""
    property int dropRow: -1

    signal editCardRequested(string cardId)
    signal moveCardRequested(string cardId, string columnId)
    signal editColumnRequested(string columnId, string title, int wip)
    signal deleteColumnRequested(string columnId, string title)
    // A card's drag, in scene coordinates.
    signal dragStartRequested(string cardId, string title, real width)
    signal dragMoveRequested(real sceneX, real sceneY)
    signal dragEndRequested(real sceneX, real sceneY)
    signal dragCancelRequested()
}
