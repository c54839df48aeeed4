import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Creates or edits a todo: title, notes, assignees, due date and time, reminder, priority, done; deletes
// it. Saving goes to the outbox, so it works offline; a refusal by the server comes back as a toast.
Dialog {
    id: editor

    property string todoId: "" // empty: a new todo
    property string message: "" // a new todo made from this chat message
    property string conversation: ""
    property bool mine: true
    property var assignees: [] // [{id, name}]
    property var original: ({}) // the todo as it was opened: only what differs from it is saved
    readonly property bool canSave: titleField.text.trim().length > 0 && due.valid && remind.valid

    signal sourceRequested(string conversation, string message)

    function openNew(title: string, messageId: string) {
        editor.todoId = ""
        editor.message = messageId
        editor.conversation = ""
        editor.mine = true
        titleField.text = title
        notesField.text = ""
        editor.assignees = []
        due.setValue(0)
        remind.setValue(0)
        priority.currentIndex = 0
        doneBox.checked = false
        editor.open()
        titleField.forceActiveFocus()
        titleField.selectAll()
    }
    function openExisting(id: string): bool {
        editor.original = Session.todos.todo(id)
        if (editor.original.id === undefined) {
            Session.actionRefused(qsTr("This todo is not in your lists."))
            return false
        }
        const t = editor.original
        editor.todoId = id
        editor.message = t.message
        editor.conversation = t.conversation
        editor.mine = t.mine
        titleField.text = t.title
        notesField.text = t.notes
        editor.assignees = t.assignees
        due.setValue(t.due)
        remind.setValue(t.remind)
        priority.currentIndex = t.priority
        doneBox.checked = t.done
        editor.open()
        titleField.forceActiveFocus()
        return true
    }
    function addAssignee(id: double, name: string) {
        if (id <= 0 || editor.assignees.some(a => a.id === id))
            return
        editor.assignees = editor.assignees.concat([{ id: id, name: name }])
    }
    function removeAssignee(id: double) {
        editor.assignees = editor.assignees.filter(a => a.id !== id)
    }
    function fields(): var {
        return {
            title: titleField.text,
            notes: notesField.text,
            assignees: editor.assignees.map(a => a.id),
            due: due.value,
            remind: remind.value,
            priority: priority.currentIndex,
            done: doneBox.checked,
            message: editor.message
        }
    }
    function save() {
        if (editor.todoId.length === 0)
            Session.todos.create(editor.fields())
        else
            Session.todos.save(editor.todoId, editor.fields(), editor.original)
    }

    title: editor.todoId.length === 0 ? qsTr("New todo") : qsTr("Edit todo")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 40)
    padding: 16

    footer: Pane {
        background: null // the dialog's own frame shows through
        RowLayout {
            anchors.fill: parent
            spacing: 8
            Button {
                objectName: "todoDelete"
                visible: editor.todoId.length > 0 && editor.mine
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete this todo")
                onClicked: {
                    Session.todos.remove(editor.todoId)
                    editor.close()
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: editor.reject()
            }
            Button {
                objectName: "todoSave"
                text: editor.todoId.length === 0 ? qsTr("Create") : qsTr("Save")
                Accessible.name: text
                highlighted: true
                enabled: editor.canSave
                onClicked: editor.accept()
            }
        }
    }
    onAccepted: editor.save()

    ScrollView {
        anchors.fill: parent
        implicitWidth: form.implicitWidth
        implicitHeight: Math.min(form.implicitHeight, 520)
        clip: true

        GridLayout {
            id: form
            width: editor.availableWidth
            columns: 2
            columnSpacing: 12
            rowSpacing: 10

            Label { text: qsTr("Title"); color: Theme.textMuted }
            TextField {
                id: titleField
                objectName: "todoTitle"
                Layout.fillWidth: true
                placeholderText: qsTr("What needs doing?")
                maximumLength: 500
                Accessible.name: qsTr("Title")
                onAccepted: {
                    if (editor.canSave)
                        editor.accept()
                }
            }

            Label { text: qsTr("Notes"); color: Theme.textMuted; Layout.alignment: Qt.AlignTop }
            TextArea {
                id: notesField
                objectName: "todoNotes"
                Layout.fillWidth: true
                Layout.preferredHeight: 70
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Details (optional)")
                Accessible.name: qsTr("Notes")
            }

            Label { text: qsTr("Assignees"); color: Theme.textMuted; Layout.alignment: Qt.AlignTop }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                AssigneeList {
                    Layout.fillWidth: true
                    model: editor.assignees
                    onRemoveRequested: id => editor.removeAssignee(id)
                }
                Label {
                    visible: editor.assignees.length === 0
                    text: qsTr("Nobody: the todo is yours.")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
                PersonPicker {
                    id: picker
                    objectName: "todoAssigneePicker"
                    Layout.fillWidth: true
                    label: qsTr("Assignee")
                    onChosen: id => {
                        if (id > 0) {
                            editor.addAssignee(id, picker.personName)
                            picker.choose(0, "")
                        }
                    }
                }
            }

            Label { text: qsTr("Due"); color: Theme.textMuted }
            DateTimeField {
                id: due
                objectName: "todoDue"
                Layout.fillWidth: true
                label: qsTr("Due")
            }

            Label { text: qsTr("Reminder"); color: Theme.textMuted }
            DateTimeField {
                id: remind
                objectName: "todoRemind"
                Layout.fillWidth: true
                label: qsTr("Reminder")
            }

            Label { text: qsTr("Priority"); color: Theme.textMuted }
            ComboBox {
                id: priority
                objectName: "todoPriority"
                model: [qsTr("None", "todo priority"), qsTr("Low", "todo priority"),
                        qsTr("Medium", "todo priority"), qsTr("High", "todo priority")]
                Accessible.name: qsTr("Priority")
            }

            Item { visible: editor.todoId.length > 0; implicitWidth: 1 }
            CheckBox {
                id: doneBox
                objectName: "todoDoneBox"
                visible: editor.todoId.length > 0
                text: qsTr("Done")
                Accessible.name: text
            }

            Item { visible: editor.message.length > 0; implicitWidth: 1 }
            RowLayout {
                visible: editor.message.length > 0
                Label {
                    text: editor.todoId.length === 0 ? qsTr("Made from a chat message; the message will show a todo mark.")
                                                     : qsTr("Made from a chat message.")
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    visible: editor.conversation.length > 0
                    flat: true
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open the chat message")
                    onClicked: {
                        editor.close()
                        editor.sourceRequested(editor.conversation, editor.message)
                    }
                }
            }
        }
    }
}
