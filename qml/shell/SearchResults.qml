import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Search answers grouped into chats, people and messages. Choosing a message opens its chat at it.
ListView {
    id: results

    required property SearchModel search
    signal resultChosen(string conversationId, string messageId, int userId)

    model: search
    clip: true
    keyNavigationEnabled: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Search results")
    ScrollBar.vertical: ScrollBar {}

    section.property: "section"
    section.delegate: Label {
        required property string section
        width: ListView.view.width
        leftPadding: 16
        topPadding: 10
        bottomPadding: 4
        text: section
        color: Theme.textFaint
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }

    delegate: ItemDelegate {
        id: hit
        required property string kind
        required property string title
        required property string subtitle
        required property string initials
        required property string conversationId
        required property string messageId
        required property int userId
        required property string timeText

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        Accessible.name: title + ", " + subtitle
        onClicked: (ListView.view as SearchResults).resultChosen(conversationId, messageId, userId)

        contentItem: RowLayout {
            spacing: 10
            Avatar {
                initials: hit.initials
                colorKey: hit.kind === "person" ? String(hit.userId) : hit.conversationId
                size: Theme.smallAvatar
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: hit.title
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        text: hit.timeText
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: hit.subtitle
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall + 1
                    elide: Text.ElideRight
                }
            }
        }
    }

    Keys.onReturnPressed: {
        if (currentItem)
            (currentItem as ItemDelegate).clicked()
    }

    Label {
        anchors.centerIn: parent
        visible: results.count === 0
        text: qsTr("Nothing found")
        color: Theme.textFaint
    }
}
