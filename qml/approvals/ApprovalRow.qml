import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// One approval in an inbox list: who, which form, a summary, its state and when it last moved.
ItemDelegate {
    id: row

    required property string approvalId
    required property string templateName
    required property string submitterName
    required property string submitterLogin
    required property string initials
    required property string summary
    required property string approvalState
    required property string stateText
    required property string waiting
    required property string timeText
    required property bool local
    property bool current: false
    signal chosen()

    highlighted: current
    Accessible.name: qsTr("%1 from %2, %3. %4").arg(templateName).arg(submitterName).arg(stateText).arg(summary)
    onClicked: row.chosen()
    Keys.onReturnPressed: row.chosen()

    background: Rectangle {
        radius: Theme.radius
        color: row.current ? Theme.selected : (row.hovered ? Theme.hover : Theme.surface)
    }

    contentItem: RowLayout {
        spacing: 10
        Avatar {
            Layout.alignment: Qt.AlignTop
            initials: row.initials
            colorKey: row.submitterLogin
            size: 36
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("%1 · %2").arg(row.templateName).arg(row.submitterName)
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    text: row.timeText
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                visible: row.summary.length > 0
                text: row.summary
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                StateChip { approvalState: row.approvalState; text: row.stateText }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: row.local ? qsTr("Waiting to be sent") : row.waiting
                    color: row.local ? Theme.warning : Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
        }
    }
}
