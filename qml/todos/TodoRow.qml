import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// One todo in a list: done box, title, due time (a warning colour when overdue), priority, assignees and a
// link to the chat message it was made from. Clicking the row opens the editor.
ItemDelegate {
    id: row

    required property int index
    required property string todoId
    required property string title
    required property string dueText
    required property bool overdue
    required property int priority
    required property string priorityText
    required property bool done
    required property string assigneeNames
    required property string creatorName
    required property string conversation
    required property string message
    required property string board
    required property bool pending
    required property string escalatedText

    signal editRequested(string todoId)
    signal sourceRequested(string conversation, string message)

    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.ListItem
    Accessible.name: {
        const parts = [row.title]
        if (row.done)
            parts.push(qsTr("done"))
        if (row.dueText.length > 0)
            parts.push(row.overdue ? qsTr("overdue, was due %1").arg(row.dueText) : qsTr("due %1").arg(row.dueText))
        if (row.priorityText.length > 0)
            parts.push(qsTr("priority %1").arg(row.priorityText))
        if (row.assigneeNames.length > 0)
            parts.push(qsTr("assigned to %1").arg(row.assigneeNames))
        return parts.join(", ")
    }
    onClicked: row.editRequested(row.todoId)

    background: Rectangle {
        color: row.hovered || row.ListView.isCurrentItem ? Theme.hover : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        spacing: 10

        CheckBox {
            objectName: "todoDone"
            checked: row.done
            Accessible.name: row.done ? qsTr("Mark “%1” as not done").arg(row.title) : qsTr("Mark “%1” as done").arg(row.title)
            onToggled: Session.todos.setDone(row.todoId, checked)
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 3

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: row.title
                    elide: Text.ElideRight
                    color: row.done ? Theme.textFaint : Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.strikeout: row.done
                }
                Label {
                    visible: row.pending
                    text: qsTr("Saving…")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    visible: row.priority > 0
                    leftPadding: 5
                    rightPadding: 5
                    topPadding: 2
                    bottomPadding: 2
                    text: row.priorityText
                    color: row.priority >= 2 ? "#ffffff" : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    background: Rectangle {
                        radius: 4
                        color: row.priority === 3 ? Theme.danger : (row.priority === 2 ? Theme.warning : Theme.hover)
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Label {
                    objectName: "todoDue"
                    visible: row.dueText.length > 0
                    text: row.overdue ? qsTr("Overdue · %1").arg(row.dueText) : row.dueText
                    color: row.overdue ? Theme.danger : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.bold: row.overdue
                }
                Label {
                    visible: row.assigneeNames.length > 0
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    text: qsTr("→ %1").arg(row.assigneeNames)
                    elide: Text.ElideRight
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    visible: row.escalatedText.length > 0
                    text: row.escalatedText
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                }
                Label {
                    visible: row.board.length > 0
                    text: qsTr("Card on a board")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    objectName: "todoSource"
                    visible: row.message.length > 0 && row.conversation.length > 0
                    flat: true
                    padding: 2
                    text: qsTr("Open chat message")
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("Open the chat message of “%1”").arg(row.title)
                    onClicked: row.sourceRequested(row.conversation, row.message)
                }
                Item { Layout.fillWidth: true }
            }
        }
    }
}
