import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Renames a board. An empty name is refused here; a name the rules or the server refuse shows
// BoardActions' error (a refusal that arrives after the dialog closed shows on the Boards page).
Dialog {
    id: dialog

    property string boardId: ""
    property string oldTitle: ""
    readonly property bool empty: titleField.text.trim().length === 0

    function openFor(board: string, title: string) {
        dialog.boardId = board
        dialog.oldTitle = title
        titleField.text = title
        Session.boards.clearError()
        dialog.open()
        titleField.selectAll()
        titleField.forceActiveFocus()
    }
    function save() {
        if (dialog.empty)
            return
        Session.boards.clearError() // the last refusal is not about this name
        if (titleField.text.trim() === dialog.oldTitle || Session.boards.renameBoard(dialog.boardId, titleField.text))
            dialog.close()
    }

    title: qsTr("Rename board")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(400, parent ? parent.width - 40 : 400)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label { text: qsTr("Name"); color: Theme.textMuted }
        TextField {
            id: titleField
            objectName: "renameBoardField"
            Layout.fillWidth: true
            Accessible.name: qsTr("Board name")
            onAccepted: dialog.save()
        }
        Label {
            objectName: "renameBoardEmpty"
            Layout.fillWidth: true
            visible: dialog.empty
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            text: qsTr("A board needs a name.")
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }
        Label {
            objectName: "renameBoardError"
            Layout.fillWidth: true
            visible: Session.boards.error.length > 0
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            text: Session.boards.error
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
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
                objectName: "saveBoardNameButton"
                text: qsTr("Rename")
                highlighted: true
                enabled: !dialog.empty
                Accessible.name: qsTr("Rename the board")
                onClicked: dialog.save()
            }
        }
    }
}
