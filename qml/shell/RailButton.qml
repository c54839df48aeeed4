import QtQuick
import QtQuick.Controls
import Tack.App

// One entry of the navigation rail: a glyph, a short label and an optional unread badge.
AbstractButton {
    id: button

    property string glyph: ""
    property string label: ""
    property int badge: 0

    implicitWidth: 52
    implicitHeight: 52
    checkable: false
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.name: label
    Accessible.role: Accessible.Button
    ToolTip.visible: hovered
    ToolTip.text: label

    background: Rectangle {
        radius: Theme.radius
        color: button.checked ? Theme.selected : (button.hovered || button.visualFocus ? Theme.hover : "transparent")
    }

    contentItem: Column {
        spacing: 2
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: button.glyph
            font.pixelSize: 20
            color: button.checked ? Theme.accent : Theme.textMuted
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: button.label
            font.pixelSize: 10
            lineHeight: 0.9
            color: button.checked ? Theme.accent : Theme.textMuted
            // Two short lines rather than a cut-off word ("سجل التدقيق", "Audit log").
            wrapMode: Text.Wrap
            maximumLineCount: 2
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            width: Math.min(implicitWidth, button.width + 8)
        }
    }

    UnreadBadge {
        anchors.right: parent.right
        anchors.top: parent.top
        count: button.badge
    }
}
