import QtQuick
import QtQuick.Controls
import Tack.Models

// Edits the text of one of my messages.
Dialog {
    id: dialog

    property string messageId: ""

    function openFor(id: string, text: string) {
        messageId = id
        editor.text = text
        open()
        editor.forceActiveFocus()
        editor.cursorPosition = editor.length
    }

    title: qsTr("Edit message")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 440
    standardButtons: Dialog.Save | Dialog.Cancel
    onAccepted: Session.edit(messageId, editor.text)

    ScrollView {
        anchors.fill: parent
        implicitHeight: 140
        TextArea {
            id: editor
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Message text")
            Keys.onReturnPressed: event => {
                if (event.modifiers & Qt.ShiftModifier)
                    event.accepted = false
                else
                    dialog.accept()
            }
        }
    }
}
