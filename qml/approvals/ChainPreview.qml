import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// An approver chain: one box per node in order (name, how its people decide, who), then who is CC'd.
// `nodes` are maps {name, mode, approvers or people, note or status, current}.
ColumnLayout {
    id: chain

    property string title: ""
    property var nodes: []
    property string ccText: ""

    spacing: 6

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        text: chain.title
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: chain.nodes
        delegate: Rectangle {
            id: box
            required property var modelData
            required property int index
            readonly property string who: modelData.approvers !== undefined ? modelData.approvers : modelData.people
            readonly property string note: modelData.note !== undefined ? modelData.note : modelData.status
            Layout.fillWidth: true
            implicitHeight: nodeColumn.implicitHeight + 12
            radius: Theme.radius
            color: modelData.current ? Theme.selected : Theme.surface
            border.color: Theme.divider
            opacity: modelData.skipped ? 0.6 : 1
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Step %1: %2, %3. %4 %5").arg(index + 1).arg(modelData.name).arg(modelData.mode).arg(who).arg(note)

            ColumnLayout {
                id: nodeColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 8
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("%1. %2").arg(box.index + 1).arg(box.modelData.name)
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: box.modelData.mode
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        visible: text.length > 0 && box.modelData.note === undefined
                        text: box.note
                        color: Theme.accent
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    visible: box.who.length > 0
                    text: box.who
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    visible: box.modelData.note !== undefined && box.note.length > 0
                    text: box.note
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        visible: chain.nodes.length === 0
        text: qsTr("Nobody needs to approve: it is approved when submitted.")
        color: Theme.textMuted
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignLeft
        visible: chain.ccText.length > 0
        text: chain.ccText
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
