import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Who has read one of my messages and who has not, paged from the server as the list scrolls.
Popup {
    id: popup

    property string conversationId: ""
    property string messageId: ""

    function openFor(conversation: string, message: string) {
        conversationId = conversation
        messageId = message
        tabs.currentIndex = 1
        open()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 360
    height: 460
    padding: 0
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ReadListModel {
        id: readers
        conversationId: popup.opened ? popup.conversationId : ""
        messageId: popup.opened ? popup.messageId : ""
        readers: true
    }
    ReadListModel {
        id: nonReaders
        conversationId: popup.opened ? popup.conversationId : ""
        messageId: popup.opened ? popup.messageId : ""
        readers: false
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Read (%1)").arg(Math.max(readers.readCount, nonReaders.readCount))
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Unread (%1)").arg(Math.max(readers.unreadCount, nonReaders.unreadCount))
                Accessible.name: text
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: tabs.currentIndex === 0 ? readers : nonReaders
            Accessible.role: Accessible.List
            Accessible.name: tabs.currentIndex === 0 ? qsTr("Members who read the message")
                                                    : qsTr("Members who have not read the message")
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: person
                required property string name
                required property string initials
                required property int userId
                width: ListView.view.width
                Accessible.name: name
                contentItem: RowLayout {
                    spacing: 10
                    Avatar {
                        initials: person.initials
                        colorKey: String(person.userId)
                        size: Theme.smallAvatar
                    }
                    Label {
                        Layout.fillWidth: true
                        text: person.name
                        color: Theme.text
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 40
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                text: {
                    const m = tabs.currentIndex === 0 ? readers : nonReaders
                    if (m.loading)
                        return qsTr("Loading…")
                    if (m.error.length > 0)
                        return m.error
                    return tabs.currentIndex === 0 ? qsTr("Nobody has read it yet") : qsTr("Everyone has read it")
                }
                color: Theme.textFaint
            }
        }
    }
}
