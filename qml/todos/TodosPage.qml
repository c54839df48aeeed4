import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The Todos page: my todos by section (today, upcoming, overdue, done), the ones I assigned to others, the
// overdue todos of my people escalated to me, and my calendar feed's address.
Rectangle {
    id: page

    property int section: TodoListModel.Today
    signal sourceRequested(string conversation, string message)

    function openTodo(todoId: string) { editor.openExisting(todoId) }
    function newTodo(title: string, messageId: string) { editor.openNew(title, messageId) }

    readonly property var models: [today, upcoming, overdue, done, assigned, escalated]
    readonly property var sections: [
        { view: TodoListModel.Today, name: "sectionToday", label: qsTr("Today") },
        { view: TodoListModel.Upcoming, name: "sectionUpcoming", label: qsTr("Upcoming") },
        { view: TodoListModel.Overdue, name: "sectionOverdue", label: qsTr("Overdue"), warn: true },
        { view: TodoListModel.Done, name: "sectionDone", label: qsTr("Done") },
        { view: TodoListModel.AssignedByMe, name: "sectionAssigned", label: qsTr("Assigned by me") },
        { view: TodoListModel.EscalatedToMe, name: "sectionEscalated", label: qsTr("Escalated to me"), warn: true,
          hideEmpty: true }
    ]

    color: Theme.window
    Component.onCompleted: Session.todos.requestCalendarUrl()

    TodoListModel { id: today; store: Session.store; view: TodoListModel.Today }
    TodoListModel { id: upcoming; store: Session.store; view: TodoListModel.Upcoming }
    TodoListModel { id: overdue; store: Session.store; view: TodoListModel.Overdue }
    TodoListModel { id: done; store: Session.store; view: TodoListModel.Done }
    TodoListModel { id: assigned; store: Session.store; view: TodoListModel.AssignedByMe }
    TodoListModel { id: escalated; store: Session.store; view: TodoListModel.EscalatedToMe }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 220
            color: Theme.sidebar

            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: 16
                spacing: 2

                Label {
                    Layout.leftMargin: 16
                    Layout.bottomMargin: 8
                    text: qsTr("Todos")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                TodoSections {
                    objectName: "todoSections"
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    sections: page.sections
                    counts: [today.count, upcoming.count, overdue.count, done.count, assigned.count, escalated.count]
                    current: page.section
                    onChosen: view => page.section = view
                }
                Item { Layout.fillHeight: true }
            }
        }

        Rectangle { Layout.fillHeight: true; implicitWidth: 1; color: Theme.divider }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                spacing: 12
                Label {
                    objectName: "todoSectionTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: page.sections[page.section].label
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Button {
                    objectName: "newTodo"
                    text: qsTr("New todo")
                    highlighted: true
                    Accessible.name: text
                    onClicked: editor.openNew("", "")
                }
            }

            ConnectionBanner {
                Layout.fillWidth: true
                connection: Session.connection
                retrySeconds: Session.retrySeconds
            }

            ListView {
                id: list
                objectName: "todoList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.models[page.section]
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Todos")
                ScrollBar.vertical: ScrollBar {}
                delegate: TodoRow {
                    width: ListView.view.width
                    onEditRequested: id => editor.openExisting(id)
                    onSourceRequested: (conversation, message) => page.sourceRequested(conversation, message)
                }

                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    width: parent.width - 40
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: page.section === TodoListModel.Done ? qsTr("Nothing done yet.")
                        : page.section === TodoListModel.AssignedByMe ? qsTr("You have not assigned todos to anyone.")
                        : qsTr("Nothing here. Use “New todo”, or “Make todo” on a chat message.")
                    color: Theme.textFaint
                }
            }

            CalendarFeedBox {
                Layout.fillWidth: true
            }
        }
    }

    TodoEditor {
        id: editor
        objectName: "todoEditor"
        onSourceRequested: (conversation, message) => page.sourceRequested(conversation, message)
    }
}
