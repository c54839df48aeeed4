import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The people on a board: add someone with the directory search; the owner removes others, anyone may leave.
Dialog {
    id: dialog

    function openFor(board: string) {
        members.boardId = board
        Session.boards.clearError()
        dialog.open()
    }

    title: qsTr("Board members")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(440, parent ? parent.width - 40 : 440)
    height: Math.min(560, parent ? parent.height - 40 : 560)

    BoardMembersModel {
        id: members
        store: Session.store
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        BoardMemberList {
            id: list
            objectName: "boardMemberList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: members
            onRemoveRequested: id => Session.boards.removeMember(members.boardId, id)
        }
        PersonPicker {
            id: picker
            objectName: "addMemberPicker"
            Layout.fillWidth: true
            label: qsTr("New member")
            onChosen: id => {
                if (id > 0)
                    Session.boards.addMember(members.boardId, id)
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
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            Accessible.name: text
            onClicked: dialog.close()
        }
    }
}
