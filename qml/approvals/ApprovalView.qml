import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// One approval: its values, state, the chain with who is pending, the history, and the actions I may take
// now. My actions show at once and wait for the server, which may refuse them (the page then says why).
Rectangle {
    id: root

    property string approvalId: ""
    signal editRequested(string approvalId)

    color: Theme.window

    ApprovalDetail {
        id: detail
        objectName: "approvalDetail"
        center: Session.approvals
        approvalId: root.approvalId
    }
    ApprovalTimelineModel {
        id: timeline
        objectName: "approvalTimeline"
        center: Session.approvals
        approvalId: root.approvalId
    }

    Label {
        anchors.centerIn: parent
        visible: !detail.exists
        text: qsTr("Choose an approval, or start a new one.")
        color: Theme.textFaint
        font.pixelSize: Theme.fontLarge
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        anchors.margins: 16
        visible: detail.exists
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 12

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("%1 · %2").arg(detail.title).arg(detail.submitterName)
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                StateChip {
                    objectName: "approvalState"
                    approvalState: detail.state
                    text: detail.stateText
                }
            }

            Rectangle {
                objectName: "refusalBanner"
                Layout.fillWidth: true
                visible: detail.refusal.length > 0
                implicitHeight: refusalText.implicitHeight + 16
                radius: Theme.radius
                color: Theme.bannerOffline
                Label {
                    id: refusalText
                    objectName: "refusalText"
                    anchors.fill: parent
                    anchors.margins: 8
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Not accepted by the server: %1").arg(detail.refusal)
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
            Label {
                objectName: "pendingText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                visible: detail.pendingText.length > 0
                text: detail.pendingText
                color: Theme.warning
                wrapMode: Text.Wrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                rowSpacing: 6
                Repeater {
                    model: detail.fields
                    delegate: Label {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        Layout.alignment: Qt.AlignTop
                        text: modelData.label
                        color: Theme.textMuted
                    }
                }
                Repeater {
                    model: detail.fields
                    delegate: Label {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: modelData.rows.length > 0 ? modelData.rows.join("\n") : modelData.value
                        wrapMode: Text.Wrap
                        color: Theme.text
                        Accessible.name: qsTr("%1: %2").arg(modelData.label).arg(text)
                    }
                }
            }

            ChainPreview {
                objectName: "approvalChain"
                Layout.fillWidth: true
                title: qsTr("Approvers")
                nodes: detail.chain
                ccText: detail.ccText
            }

            Flow {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    objectName: "approveButton"
                    visible: detail.canDecide
                    text: qsTr("Approve")
                    highlighted: true
                    Accessible.name: text
                    onClicked: Session.approvals.act(root.approvalId, "approve", "", 0)
                }
                Button {
                    objectName: "rejectButton"
                    visible: detail.canDecide
                    text: qsTr("Reject")
                    Accessible.name: text
                    onClicked: actionDialog.ask("reject")
                }
                Button {
                    objectName: "returnButton"
                    visible: detail.canDecide
                    text: qsTr("Return for changes")
                    Accessible.name: text
                    onClicked: actionDialog.ask("return")
                }
                Button {
                    objectName: "transferButton"
                    visible: detail.canDecide
                    text: qsTr("Transfer")
                    Accessible.name: qsTr("Transfer to someone else")
                    onClicked: actionDialog.ask("transfer")
                }
                Button {
                    objectName: "resubmitButton"
                    visible: detail.canResubmit
                    text: qsTr("Change and resubmit")
                    highlighted: true
                    Accessible.name: text
                    onClicked: root.editRequested(root.approvalId)
                }
                Button {
                    objectName: "urgeButton"
                    visible: detail.canUrge
                    text: qsTr("Urge")
                    Accessible.name: qsTr("Urge the approvers")
                    onClicked: Session.approvals.act(root.approvalId, "urge", "", 0)
                }
                Button {
                    objectName: "withdrawButton"
                    visible: detail.canWithdraw
                    text: qsTr("Withdraw")
                    Accessible.name: text
                    onClicked: Session.approvals.act(root.approvalId, "withdraw", "", 0)
                }
                Button {
                    objectName: "commentButton"
                    visible: detail.canComment
                    text: qsTr("Comment")
                    flat: true
                    Accessible.name: text
                    onClicked: actionDialog.ask("comment")
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

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("History")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: timeline
                delegate: RowLayout {
                    id: entry
                    required property string actorName
                    required property string actorLogin
                    required property string initials
                    required property string sentence
                    required property string comment
                    required property string timeText
                    required property string nodeName
                    required property bool pending
                    Layout.fillWidth: true
                    spacing: 8
                    opacity: pending ? 0.6 : 1
                    Avatar {
                        Layout.alignment: Qt.AlignTop
                        initials: entry.initials
                        colorKey: entry.actorLogin
                        size: 28
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            text: entry.pending ? qsTr("%1 (waiting to be sent)").arg(entry.sentence) : entry.sentence
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.name: qsTr("%1, %2. %3").arg(text).arg(entry.timeText).arg(entry.comment)
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            visible: entry.comment.length > 0
                            text: entry.comment
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            text: entry.nodeName.length > 0 ? qsTr("%1 · %2").arg(entry.timeText).arg(entry.nodeName) : entry.timeText
                            color: Theme.textFaint
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
        }
    }

    ActionDialog {
        id: actionDialog
        objectName: "approvalActionDialog"
        approvalId: root.approvalId
    }
}
