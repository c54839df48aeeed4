import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Reminders and overdue escalations inside the window, newest on top, until dismissed or opened. The tray
// shows the same as desktop notifications.
ListView {
    id: stack

    function dismiss(row: int) { alerts.remove(row) }
    function openTodo(row: int) {
        const todo = alerts.get(row).todo
        alerts.remove(row)
        Session.todos.show(todo)
    }

    interactive: false
    spacing: 8
    implicitWidth: 320
    implicitHeight: contentHeight
    model: ListModel { id: alerts }
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Reminders")

    Connections {
        target: Session.todos.alerts
        function onReminderDue(todo: string, title: string, detail: string) {
            alerts.insert(0, { todo: todo, escalation: false, title: title, detail: detail })
        }
        function onEscalationArrived(todo: string, title: string, detail: string) {
            alerts.insert(0, { todo: todo, escalation: true, title: title, detail: detail })
        }
    }
    Connections {
        target: Session
        function onStatusChanged() {
            if (Session.status !== Session.SignedIn)
                alerts.clear()
        }
    }

    delegate: Rectangle {
        id: card
        required property int index
        required property string todo
        required property bool escalation
        readonly property string heading: card.escalation ? qsTr("Overdue todo of your team") : qsTr("Reminder")
        required property string title
        required property string detail

        objectName: "todoAlert"
        width: ListView.view.width
        implicitHeight: cardColumn.implicitHeight + 20
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.warning
        border.width: 1
        Accessible.role: Accessible.AlertMessage
        Accessible.name: qsTr("%1: %2, %3").arg(card.heading).arg(card.title).arg(card.detail)

        ColumnLayout {
            id: cardColumn
            anchors.fill: parent
            anchors.margins: 10
            spacing: 4
            Label {
                text: card.heading
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.title
                color: Theme.text
                wrapMode: Text.Wrap
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: card.detail
                color: Theme.textMuted
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    text: qsTr("Dismiss")
                    flat: true
                    Accessible.name: qsTr("Dismiss “%1”").arg(card.title)
                    onClicked: (card.ListView.view as TodoAlertStack).dismiss(card.index)
                }
                Button {
                    objectName: "todoAlertOpen"
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open “%1”").arg(card.title)
                    onClicked: (card.ListView.view as TodoAlertStack).openTodo(card.index)
                }
            }
        }
    }
}
