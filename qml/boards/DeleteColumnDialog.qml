import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Asks before deleting a column and says where its cards go (the end of the left-most remaining column,
// marked "Moved from …"), as the server will do it.
Dialog {
    id: dialog

    property string boardId: ""
    property string columnId: ""
    property string columnTitle: ""
    property string explanation: ""

    function openFor(column: string, title: string) {
        dialog.columnId = column
        dialog.columnTitle = title
        dialog.explanation = Session.boards.deleteColumnExplanation(dialog.boardId, column)
        dialog.open()
    }

    title: qsTr("Delete the column “%1”?").arg(dialog.columnTitle)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(440, parent ? parent.width - 40 : 440)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            objectName: "deleteColumnExplanation"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            text: dialog.explanation
            color: Theme.text
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
                objectName: "confirmDeleteColumn"
                text: qsTr("Delete")
                highlighted: true
                enabled: Session.boards.canDeleteColumn(dialog.boardId)
                Accessible.name: qsTr("Delete the column %1").arg(dialog.columnTitle)
                onClicked: {
                    Session.boards.deleteColumn(dialog.boardId, dialog.columnId)
                    dialog.close()
                }
            }
        }
    }
}
