import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Creates a board: its name, its first columns (comma separated) and the people on it besides me.
Dialog {
    id: dialog

    property var members: [] // [{userId, name}]
    signal created(string boardId)

    function openNew() {
        nameField.text = ""
        columnsField.text = Session.boards.defaultColumnsText()
        dialog.members = []
        Session.boards.clearError()
        dialog.open()
        nameField.forceActiveFocus()
    }
    function addMember(id: double, name: string) {
        if (id <= 0 || id === Session.userId || dialog.members.some(m => m.userId === id))
            return
        dialog.members = dialog.members.concat([{ userId: id, name: name }])
    }
    function create() {
        const columns = columnsField.text.split(/[,，、،]/).map(s => s.trim()).filter(s => s.length > 0)
        const id = Session.boards.createBoard(nameField.text, dialog.members.map(m => m.userId), columns)
        if (id.length === 0)
            return
        dialog.close()
        dialog.created(id)
    }

    title: qsTr("New board")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, parent ? parent.width - 40 : 480)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label { text: qsTr("Name"); color: Theme.textMuted }
        TextField {
            id: nameField
            objectName: "newBoardName"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Release 0.4")
            Accessible.name: qsTr("Board name")
            onAccepted: dialog.create()
        }
        Label { text: qsTr("Columns, left to right"); color: Theme.textMuted }
        TextField {
            id: columnsField
            objectName: "newBoardColumns"
            Layout.fillWidth: true
            Accessible.name: qsTr("Columns, separated by commas")
        }
        Label { text: qsTr("Members"); color: Theme.textMuted }
        PeopleChips {
            Layout.fillWidth: true
            people: dialog.members
            onRemoveRequested: id => dialog.members = dialog.members.filter(m => m.userId !== id)
        }
        PersonPicker {
            id: picker
            objectName: "newBoardMemberPicker"
            Layout.fillWidth: true
            label: qsTr("Member")
            onChosen: id => {
                dialog.addMember(id, picker.personName)
                picker.personId = 0
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
            Layout.alignment: Qt.AlignRight
            Layout.topMargin: 8
            spacing: 8
            Button {
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "createBoardButton"
                text: qsTr("Create")
                highlighted: true
                enabled: nameField.text.trim().length > 0
                Accessible.name: qsTr("Create the board")
                onClicked: dialog.create()
            }
        }
    }
}
