import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// DINGs one of my messages: pick members of the chat and send; once DINGed, shows who confirmed and who is
// still waiting, and DINGs the waiting ones again.
Dialog {
    id: dialog

    property string conversationId: ""
    property string messageId: ""
    property string messageText: ""
    property bool statusView: false
    readonly property string sendLabel: qsTr("DING %n member(s)", "", picked.count)
    readonly property string againLabel: recipients.waitingCount > 0
                                         ? qsTr("DING again to the %n who haven't confirmed", "", recipients.waitingCount)
                                         : qsTr("Everyone confirmed")

    function openFor(conversation: string, id: string, text: string) {
        conversationId = conversation
        messageId = id
        messageText = text
        statusView = Session.dings.wasSent(id)
        picked.clear()
        search.text = ""
        open()
    }

    title: statusView ? qsTr("DING status") : qsTr("DING message")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 440
    height: Math.min(560, Overlay.overlay ? Overlay.overlay.height - 40 : 560)

    MemberListModel {
        id: members
        store: Session.store
        conversationId: dialog.conversationId
        filter: search.text
        excludeMe: true
    }
    DingRecipientsModel {
        id: recipients
        store: Session.store
        messageId: dialog.opened || dialog.visible ? dialog.messageId : ""
    }
    SelectionSet { id: picked }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            Layout.fillWidth: true
            text: dialog.messageText
            color: Theme.textMuted
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignLeft
        }

        // --- picking recipients ---
        TextField {
            id: search
            objectName: "dingSearch"
            visible: !dialog.statusView
            Layout.fillWidth: true
            placeholderText: qsTr("Search members")
            Accessible.name: placeholderText
        }
        CheckBox {
            id: selectAll
            objectName: "dingSelectAll"
            visible: !dialog.statusView
            text: qsTr("Select all")
            checked: members.count > 0 && picked.hasAll(members.userIds())
            onToggled: {
                picked.setAll(members.userIds(), checked)
                checked = Qt.binding(() => members.count > 0 && picked.hasAll(members.userIds()))
            }
        }
        MemberPickList {
            objectName: "dingMembers"
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Members to DING")
            visible: !dialog.statusView
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: members
            selection: picked
        }

        // --- status of a message already DINGed ---
        Label {
            objectName: "dingCounts"
            visible: dialog.statusView
            Layout.fillWidth: true
            text: qsTr("%1 confirmed, %2 waiting").arg(recipients.confirmedCount).arg(recipients.waitingCount)
            color: Theme.text
            font.bold: true
            horizontalAlignment: Text.AlignLeft
        }
        ListView {
            objectName: "dingRecipients"
            Accessible.role: Accessible.List
            Accessible.name: qsTr("DING recipients")
            visible: dialog.statusView
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: recipients
            ScrollBar.vertical: ScrollBar { }
            delegate: ItemDelegate {
                id: recipientRow
                required property string name
                required property string initials
                required property bool confirmed
                required property string statusText
                width: ListView.view.width
                contentItem: RowLayout {
                    spacing: 10
                    Avatar {
                        initials: recipientRow.initials
                        colorKey: recipientRow.name
                        size: Theme.smallAvatar
                    }
                    Label {
                        Layout.fillWidth: true
                        text: recipientRow.name
                        color: Theme.text
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignLeft
                    }
                    Label {
                        text: recipientRow.statusText
                        color: recipientRow.confirmed ? Theme.success : Theme.warning
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }

    footer: Pane {
        background: null // the dialog's own frame shows through
        RowLayout {
            anchors.fill: parent
            spacing: 8
            Item { Layout.fillWidth: true }
            Button {
                text: dialog.statusView ? qsTr("Close") : qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "dingSend"
                visible: !dialog.statusView
                enabled: picked.count > 0
                highlighted: true
                text: dialog.sendLabel
                Accessible.name: text
                onClicked: {
                    if (Session.dings.send(dialog.messageId, picked.ids))
                        dialog.close()
                    else
                        Session.actionRefused(qsTr("The DING could not be sent."))
                }
            }
            Button {
                objectName: "dingAgain"
                visible: dialog.statusView
                enabled: recipients.waitingCount > 0
                highlighted: true
                text: dialog.againLabel
                Accessible.name: text
                onClicked: {
                    if (Session.dings.send(dialog.messageId, recipients.waitingUserIds))
                        dialog.close()
                    else
                        Session.actionRefused(qsTr("The DING could not be sent."))
                }
            }
        }
    }
}
