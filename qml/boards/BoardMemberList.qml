import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// The members of a board, the owner first; a Remove (or, for me, Leave) button where I may use it.
ListView {
    id: list

    signal removeRequested(double userId)

    clip: true
    spacing: 4
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Members")
    ScrollBar.vertical: ScrollBar {}

    delegate: RowLayout {
        id: row
        required property double userId
        required property string name
        required property string initials
        required property string login
        required property bool isOwner
        required property bool isMe
        required property bool canRemove
        width: ListView.view.width
        spacing: 8
        Avatar {
            size: Theme.smallAvatar
            initials: row.initials
            colorKey: row.login
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
            text: row.isOwner ? qsTr("%1 (owner)").arg(row.name) : row.name
            color: Theme.text
            elide: Text.ElideRight
        }
        Button {
            visible: row.canRemove
            flat: true
            text: row.isMe ? qsTr("Leave") : qsTr("Remove")
            Accessible.name: row.isMe ? qsTr("Leave the board") : qsTr("Remove %1 from the board").arg(row.name)
            onClicked: (row.ListView.view as BoardMemberList).removeRequested(row.userId)
        }
    }
}
