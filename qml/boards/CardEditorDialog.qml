import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Edits a card: title, description, assignees, due date, labels and checklist. Save sends only what
// changed (the server merges field by field); Delete removes the card.
Dialog {
    id: dialog

    property string cardId: ""
    property var assignees: [] // [{userId, name}]
    property var checklist: [] // [{text, done}]
    property string movedFromText: ""

    function openFor(card: string) {
        dialog.load(Session.boards.card(card))
    }
    // `c`: BoardActions.card(); nothing happens for an unknown card (an empty map).
    function load(c) {
        if (!c.id)
            return
        Session.boards.clearError()
        dialog.cardId = c.id
        titleField.text = c.title
        notesField.text = c.notes
        dialog.assignees = c.assignees
        dueField.text = c.due
        labelsField.text = c.labels.join(", ")
        dialog.checklist = c.checklist
        dialog.movedFromText = c.movedFromText
        doneBox.checked = c.done
        dialog.open()
        titleField.forceActiveFocus()
    }
    function save() {
        const ok = Session.boards.saveCard(dialog.cardId, {
            title: titleField.text,
            notes: notesField.text,
            assignees: dialog.assignees.map(a => a.userId),
            due: dueField.text,
            labels: labelsField.text.split(/[,，、،]/),
            checklist: dialog.checklist
        })
        if (!ok)
            return
        if (doneBox.checked !== Session.boards.card(dialog.cardId).done)
            Session.boards.setCardDone(dialog.cardId, doneBox.checked)
        dialog.close()
    }
    // A day from the calendar keeps a time already typed after the date ("2026-12-31 17:00").
    function pickDue(day: string) {
        const time = /\s(\d{1,2}:\d{2})\s*$/.exec(dueField.text)
        dueField.text = day.length > 0 && time ? day + " " + time[1] : day
    }
    function setItem(i: int, done: bool) {
        const copy = dialog.checklist.slice()
        copy[i] = { text: copy[i].text, done: done }
        dialog.checklist = copy
    }

    title: qsTr("Card")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, parent ? parent.width - 40 : 520)
    height: Math.min(760, parent ? parent.height - 24 : 760)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    visible: dialog.movedFromText.length > 0
                    horizontalAlignment: Text.AlignLeft
                    text: (Language.rightToLeft ? "\u21a9 " : "\u21aa ") + dialog.movedFromText
                    color: Theme.warning
                    font.bold: true
                }
                Label { text: qsTr("Title"); color: Theme.textMuted }
                TextField {
                    id: titleField
                    objectName: "cardTitleField"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Card title")
                }
                Label { text: qsTr("Description"); color: Theme.textMuted }
                TextArea {
                    id: notesField
                    objectName: "cardNotesField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 80
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Description")
                    background: Rectangle {
                        color: Theme.inputBackground
                        border.width: notesField.activeFocus ? 2 : 1
                        border.color: notesField.activeFocus ? Theme.accent : Theme.divider
                    }
                }
                Label { text: qsTr("Assignees"); color: Theme.textMuted }
                PeopleChips {
                    Layout.fillWidth: true
                    people: dialog.assignees
                    onRemoveRequested: id => dialog.assignees = dialog.assignees.filter(a => a.userId !== id)
                }
                PersonPicker {
                    id: picker
                    objectName: "assigneePicker"
                    Layout.fillWidth: true
                    label: qsTr("Assignee")
                    onChosen: id => {
                        if (id > 0 && !dialog.assignees.some(a => a.userId === id))
                            dialog.assignees = dialog.assignees.concat([{ userId: id, name: picker.personName }])
                        picker.personId = 0
                    }
                }
                Label { text: qsTr("Due date"); color: Theme.textMuted }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    TextField {
                        id: dueField
                        objectName: "cardDueField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("2026-12-31 or 2026-12-31 17:00; empty for none")
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("Due date")
                    }
                    CalendarButton {
                        objectName: "cardDueCalendar"
                        value: dueField.text
                        label: qsTr("Due date")
                        onPicked: day => dialog.pickDue(day)
                    }
                }
                Label { text: qsTr("Labels, separated by commas"); color: Theme.textMuted }
                TextField {
                    id: labelsField
                    objectName: "cardLabelsField"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Labels, separated by commas")
                }
                Label { text: qsTr("Checklist"); color: Theme.textMuted }
                ChecklistEditor {
                    objectName: "checklistEditor"
                    Layout.fillWidth: true
                    items: dialog.checklist
                    onToggled: (i, done) => dialog.setItem(i, done)
                    onRemoveRequested: i => dialog.checklist = dialog.checklist.filter((x, j) => j !== i)
                }
                TextField {
                    id: newItem
                    objectName: "checklistNewItem"
                    Layout.fillWidth: true
                    placeholderText: qsTr("+ Add an item (Enter)")
                    Accessible.name: qsTr("New checklist item")
                    onAccepted: {
                        if (text.trim().length === 0)
                            return
                        dialog.checklist = dialog.checklist.concat([{ text: text.trim(), done: false }])
                        text = ""
                    }
                }
                CheckBox {
                    id: doneBox
                    objectName: "cardDoneBox"
                    text: qsTr("Done")
                    Accessible.name: qsTr("Card is done")
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: Session.boards.error.length > 0
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            text: Session.boards.error
            color: Theme.danger
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: 8
            Button {
                objectName: "deleteCardButton"
                text: qsTr("Delete card")
                flat: true
                Accessible.name: text
                onClicked: {
                    Session.boards.deleteCard(dialog.cardId)
                    dialog.close()
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "saveCardButton"
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save the card")
                onClicked: dialog.save()
            }
        }
    }
}
