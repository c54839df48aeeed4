import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Ctrl+K: type part of a chat's name, arrows to choose, Enter to open, Esc to close.
Popup {
    id: switcher

    signal chatChosen(string conversationId)

    function choose(row: int) {
        const id = matches.idAt(row)
        if (id.length > 0) {
            switcher.chatChosen(id)
            switcher.close()
        }
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 440
    height: 380
    padding: 8
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: {
        query.clear()
        query.forceActiveFocus()
    }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ConversationListModel {
        id: matches
        store: switcher.opened ? Session.store : null
        prefs: Session.prefs
        filter: query.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        TextField {
            id: query
            objectName: "switcherField"
            Layout.fillWidth: true
            placeholderText: qsTr("Jump to a chat…")
            Accessible.name: qsTr("Jump to a chat")
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            onAccepted: switcher.choose(list.currentIndex)
            onTextChanged: list.currentIndex = 0
        }

        PickList {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: matches
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Matching chats")
            onPicked: row => switcher.choose(row)

            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string title
                required property string initials
                required property string conversationId
                required property int unread
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: title
                onClicked: (ListView.view as PickList).picked(index)
                contentItem: RowLayout {
                    spacing: 10
                    Avatar {
                        initials: entry.initials
                        colorKey: entry.conversationId
                        size: 28
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.title
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    UnreadBadge { count: entry.unread }
                }
            }
        }
    }
}
