import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Asks before deactivating a person, saying what happens to them.
Dialog {
    id: dialog

    property double userId: 0
    property string name: ""

    function openFor(id: double, personName: string) {
        dialog.userId = id
        dialog.name = personName
        dialog.open()
    }

    title: qsTr("Deactivate %1?").arg(name)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(460, parent ? parent.width - 40 : 460)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
            objectName: "deactivateExplanation"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("%1 will be signed out on every device at once and can no longer sign in. They leave "
                       + "every group chat (groups they own pass to another member). Their messages, DINGs "
                       + "and direct chats are kept, and you can reactivate them later.").arg(dialog.name)
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Layout.topMargin: 8
            spacing: 8
            Button {
                objectName: "deactivateCancel"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                objectName: "deactivateConfirm"
                text: qsTr("Deactivate")
                highlighted: true
                Accessible.name: qsTr("Deactivate %1").arg(dialog.name)
                onClicked: {
                    Session.administration.deactivate(dialog.userId)
                    dialog.close()
                }
            }
        }
    }

}
