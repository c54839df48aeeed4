import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The chat list with the search box on top. Arrow keys move the selection; Enter opens.
Rectangle {
    id: panel

    required property ConversationListModel chats
    required property SearchModel search
    property string currentId: ""
    signal chatChosen(string conversationId)
    signal resultChosen(string conversationId, string messageId, int userId)

    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: 12
            placeholderText: qsTr("Search messages, chats, people")
            Accessible.name: qsTr("Search")
            onTextChanged: searchDelay.restart()
            Keys.onDownPressed: (panel.search.query.length > 0 ? results : list).forceActiveFocus()
            Keys.onEscapePressed: clear()
        }

        Timer {
            id: searchDelay
            interval: 200
            onTriggered: panel.search.query = searchField.text
        }

        SearchResults {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.search.query.length > 0
            search: panel.search
            onResultChosen: (conversation, message, user) => panel.resultChosen(conversation, message, user)
            Keys.onEscapePressed: panel.clearSearch()
        }

        ChatListView {
            id: list
            currentId: panel.currentId
            objectName: "conversationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !results.visible
            clip: true
            keyNavigationEnabled: true
            model: panel.chats
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Chats")
            ScrollBar.vertical: ScrollBar {}

            delegate: ConversationDelegate {
                width: ListView.view.width
                current: ListView.view ? conversationId === (ListView.view as ChatListView).currentId : false
                onClicked: (ListView.view as ChatListView).chosen(conversationId)
                onMenuRequested: (id, pinned, muted) => (ListView.view as ChatListView).menuRequested(id, pinned, muted)
            }
            onChosen: id => panel.chatChosen(id)
            onMenuRequested: (id, pinned, muted) => {
                chatMenu.conversationId = id
                chatMenu.pinned = pinned
                chatMenu.muted = muted
                chatMenu.popup()
            }

            Keys.onReturnPressed: {
                const id = panel.chats.idAt(currentIndex)
                if (id.length > 0)
                    panel.chatChosen(id)
            }
            Keys.onUpPressed: decrementCurrentIndex()
            Keys.onDownPressed: incrementCurrentIndex()

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No chats yet")
                color: Theme.textFaint
            }
        }
    }

    Menu {
        id: chatMenu
        property string conversationId: ""
        property bool pinned: false
        property bool muted: false

        MenuItem {
            text: chatMenu.pinned ? qsTr("Unpin") : qsTr("Pin to top")
            Accessible.name: text
            onTriggered: Session.prefs.setPinned(chatMenu.conversationId, !chatMenu.pinned)
        }
        MenuItem {
            text: chatMenu.muted ? qsTr("Unmute notifications") : qsTr("Mute notifications")
            Accessible.name: text
            onTriggered: Session.prefs.setMuted(chatMenu.conversationId, !chatMenu.muted)
        }
    }

    onCurrentIdChanged: list.currentIndex = chats.rowOf(currentId)

    function focusList() {
        list.forceActiveFocus()
    }
    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    function clearSearch() {
        searchField.clear()
        panel.search.query = ""
    }
}
