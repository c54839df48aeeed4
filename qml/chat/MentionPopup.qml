import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Suggestions for an @mention being typed: chat members matching the typed prefix (and @all for owners
// and admins). Up/Down move, Enter or Tab picks, Esc closes.
Popup {
    id: popup

    required property MemberListModel members
    signal picked(string mention)

    function moveUp() { list.decrementCurrentIndex() }
    function moveDown() { list.incrementCurrentIndex() }
    function pickCurrent() {
        if (list.currentIndex >= 0)
            popup.picked(popup.members.mentionText(list.currentIndex))
    }

    width: 260
    height: Math.min(list.contentHeight, 240) + 8
    padding: 4
    focus: false
    closePolicy: Popup.NoAutoClose
    onOpened: list.currentIndex = 0
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.divider
        radius: Theme.radius
    }

    PickList {
        id: list
        anchors.fill: parent
        clip: true
        model: popup.members
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Mention suggestions")
        onPicked: row => popup.picked(popup.members.mentionText(row))

        delegate: ItemDelegate {
            id: entry
            required property int index
            required property string name
            required property string login
            required property string initials
            required property bool isAll

            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            Accessible.name: isAll ? qsTr("Mention everyone") : qsTr("Mention %1").arg(name)
            onClicked: (ListView.view as PickList).picked(index)

            contentItem: RowLayout {
                spacing: 8
                Avatar {
                    initials: entry.initials
                    colorKey: entry.login
                    size: 24
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.isAll ? qsTr("@all (everyone in this chat)") : entry.name
                    color: Theme.text
                    elide: Text.ElideRight
                }
            }
        }
    }
}
