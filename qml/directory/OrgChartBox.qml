import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// One person in the org chart, indented by level (anchors, so it mirrors for right-to-left); the person the
// chart is about is outlined.
Item {
    id: box

    required property int index
    required property double userId
    required property string name
    required property string initials
    required property string title
    required property string kind
    required property int level
    required property string login
    signal clicked()

    implicitHeight: 52

    ItemDelegate {
        id: button
        anchors.left: parent.left
        anchors.leftMargin: box.level * 24
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Math.min(box.width - anchors.leftMargin, 360)
        focusPolicy: Qt.NoFocus
        Accessible.name: box.kind === "manager" ? qsTr("Manager: %1, %2").arg(box.name).arg(box.title)
                       : box.kind === "self" ? qsTr("%1, %2").arg(box.name).arg(box.title)
                       : qsTr("Direct report: %1, %2").arg(box.name).arg(box.title)
        onClicked: box.clicked()

        background: Rectangle {
            radius: Theme.radius
            color: button.hovered || box.ListView.isCurrentItem ? Theme.hover : Theme.surface
            border.width: box.kind === "self" ? 2 : 1
            border.color: box.kind === "self" ? Theme.accent : Theme.divider
        }

        contentItem: RowLayout {
            spacing: 10
            Avatar {
                initials: box.initials
                colorKey: box.login
                size: Theme.smallAvatar
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: box.name
                    color: Theme.text
                    font.bold: box.kind === "self"
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    visible: box.title.length > 0
                    text: box.title
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
        }
    }
}
