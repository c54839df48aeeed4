import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// One person in the people list: avatar with presence, name, title and department (or what a search matched).
ItemDelegate {
    id: row

    required property int index
    required property double userId
    required property string name
    required property string initials
    required property string title
    required property string department
    required property string presence
    required property string presenceText
    required property string detail
    required property string login
    property bool current: false

    implicitHeight: 60
    highlighted: current
    Accessible.name: qsTr("%1, %2, %3").arg(name).arg(title.length > 0 ? title : department).arg(presenceText)

    background: Rectangle {
        color: row.current ? Theme.selected
             : (row.hovered || row.ListView.isCurrentItem) ? Theme.hover : "transparent"
    }

    contentItem: RowLayout {
        spacing: 10
        Avatar {
            initials: row.initials
            colorKey: row.login
            size: Theme.smallAvatar + 4
            PresenceDot {
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                presence: row.presence
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.name
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontNormal
            }
            Label {
                Layout.fillWidth: true
                text: row.detail
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
