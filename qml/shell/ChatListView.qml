import QtQuick

// The chat list view: knows the open chat and relays delegate clicks and menu requests.
ListView {
    property string currentId: ""
    signal chosen(string conversationId)
    signal menuRequested(string conversationId, bool pinned, bool muted)
}
