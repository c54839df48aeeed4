import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Asks what an action needs: a reason to reject (required), a note to return or comment, a person to
// transfer to. The state machine's own checks run when it is sent; their reason shows here.
Dialog {
    id: dialog

    property string approvalId: ""
    property string action: "reject"

    function ask(action: string) {
        dialog.action = action
        reason.text = ""
        picker.choose(0, "")
        Session.approvals.clearError()
        dialog.open()
    }

    anchors.centerIn: Overlay.overlay
    width: 420
    modal: true
    title: action === "reject" ? qsTr("Reject") : action === "return" ? qsTr("Return for changes")
         : action === "transfer" ? qsTr("Transfer to someone else") : qsTr("Comment")

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        PersonPicker {
            id: picker
            objectName: "transferPicker"
            Layout.fillWidth: true
            visible: dialog.action === "transfer"
            label: qsTr("New approver")
            allowNone: false
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: dialog.action === "reject" ? qsTr("Reason (required)") : qsTr("Comment (optional)")
            visible: dialog.action !== "comment"
            color: Theme.textMuted
        }
        TextArea {
            id: reason
            objectName: "actionComment"
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            wrapMode: TextEdit.Wrap
            placeholderText: dialog.action === "comment" ? qsTr("Write a comment") : ""
            Accessible.name: dialog.action === "reject" ? qsTr("Reason for rejecting") : qsTr("Comment")
            background: Rectangle {
                color: Theme.inputBackground
                border.color: Theme.divider
                radius: Theme.radius
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            visible: Session.approvals.error.length > 0
            text: Session.approvals.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "actionConfirm"
                text: dialog.title
                highlighted: true
                Accessible.name: text
                onClicked: {
                    if (Session.approvals.act(dialog.approvalId, dialog.action, reason.text, picker.personId))
                        dialog.close()
                }
            }
        }
    }
}
