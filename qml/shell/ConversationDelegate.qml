import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// One row of the chat list: avatar, title, time, last message and unread badge; pinned rows are tinted.
ItemDelegate {
    id: row

    required property int index
    required property string conversationId
    required property string title
    required property string initials
    required property string preview
    required property string timeText
    required property int unread
    required property bool pinned
    required property bool muted
    property bool current: false

    signal menuRequested(string conversationId, bool pinned, bool muted)

    implicitHeight: 68
    highlighted: current
    Accessible.name: unread > 0 ? qsTr("%1, %n unread, %2", "", unread).arg(title).arg(preview)
                                : qsTr("%1, %2").arg(title).arg(preview)

    background: Rectangle {
        color: row.current ? Theme.selected
             : row.hovered ? Theme.hover
             : row.pinned ? (Theme.dark ? "#20252b" : "#f0f3f8") : "transparent"
    }

    contentItem: RowLayout {
        spacing: 10

        Avatar {
            initials: row.initials
            colorKey: row.conversationId
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.bold: row.unread > 0 && !row.muted
                }
                Label {
                    text: row.timeText
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: row.preview
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall + 1
                }
                Label {
                    visible: row.muted
                    text: qsTr("Muted")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textFaint
                    Accessible.name: qsTr("Muted")
                }
                UnreadBadge {
                    count: row.unread
                    muted: row.muted
                }
            }
        }
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: row.menuRequested(row.conversationId, row.pinned, row.muted)
    }
}
