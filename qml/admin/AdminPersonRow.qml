import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// One person on the People admin page: avatar, name and login, title or what a search matched, and their
// org role or "Deactivated".
ItemDelegate {
    id: row

    required property int index
    required property double userId
    required property string name
    required property string initials
    required property string login
    required property string detail
    required property bool active
    required property string orgRoleText
    required property string presenceText
    property bool current: false
    property bool pending: false

    implicitHeight: 56
    highlighted: current
    Accessible.name: qsTr("%1 (%2)").arg(name).arg(login) + (detail.length > 0 ? ", " + detail : "")
                     + (!active ? ", " + qsTr("Deactivated") : orgRoleText.length > 0 ? ", " + orgRoleText : "")
                     + (pending ? ", " + qsTr("Saving") : "")

    background: Rectangle {
        color: row.current ? Theme.selected
             : (row.hovered || row.ListView.isCurrentItem) ? Theme.hover : "transparent"
    }

    contentItem: RowLayout {
        spacing: 10
        Avatar {
            initials: row.initials
            colorKey: row.login
            size: Theme.smallAvatar
            opacity: row.active ? 1 : 0.45
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                Layout.fillWidth: true
                text: qsTr("%1 (%2)").arg(row.name).arg(row.login)
                elide: Text.ElideRight
                color: row.active ? Theme.text : Theme.textMuted
            }
            Label {
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.detail
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        BusyIndicator {
            implicitWidth: 20
            implicitHeight: 20
            visible: row.pending
            running: row.pending
            Accessible.name: qsTr("Saving")
        }
        Label {
            visible: text.length > 0
            text: row.active ? row.orgRoleText : qsTr("Deactivated")
            color: row.active ? Theme.accent : Theme.danger
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }
}
