import QtQuick
import QtQuick.Controls
import Tack.App
import Tack.Models

// The message list: newest at the bottom, older pages load as you scroll up (the model's fetchMore).
ListView {
    id: timeline

    required property TimelineModel messages
    property string highlightedId: ""

    signal contextMenuRequested(string messageId, bool own, string text)
    signal receiptsRequested(string messageId)

    // Scrolls to a message (loading older pages as needed) and flashes it.
    function reveal(messageId: string) {
        const row = messages.revealMessage(messageId)
        if (row < 0)
            return
        highlightedId = messageId
        positionViewAtIndex(row, ListView.Center)
        flash.restart()
    }

    model: messages
    verticalLayoutDirection: ListView.BottomToTop
    clip: true
    reuseItems: true
    cacheBuffer: 800
    keyNavigationEnabled: true
    activeFocusOnTab: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Messages")
    ScrollBar.vertical: ScrollBar {}

    delegate: MessageDelegate {
        width: ListView.view.width
        highlighted: messageId === (ListView.view as Timeline).highlightedId
        onContextMenuRequested: (id, own, text) => (ListView.view as Timeline).contextMenuRequested(id, own, text)
        onReceiptsRequested: id => (ListView.view as Timeline).receiptsRequested(id)
        onRetryRequested: id => Session.retry(id)
    }

    footer: Item {
        id: edge
        readonly property Timeline list: ListView.view as Timeline
        width: ListView.view.width
        height: 32
        BusyIndicator {
            anchors.centerIn: parent
            height: 24
            width: 24
            running: edge.list.messages.loadingHistory
            visible: running
        }
        Label {
            anchors.centerIn: parent
            visible: edge.list.messages.atStart && edge.list.count > 0
            text: qsTr("Beginning of the chat")
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
        }
    }

    Timer {
        id: flash
        interval: 2500
        onTriggered: timeline.highlightedId = ""
    }
}
