import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// One message: an optional day separator, the sender's avatar and name (unless grouped with the previous
// message), the bubble, and for my own messages the delivery state or the read receipt.
Item {
    id: message

    required property int index
    required property string messageId
    required property string text
    required property string senderName
    required property string senderInitials
    required property int senderId
    required property bool own
    required property string timeText
    required property string dayText
    required property bool showDay
    required property bool grouped
    required property string state
    required property string error
    required property bool edited
    required property bool recalled
    required property string recalledByName
    required property int readCount
    required property int unreadCount
    required property string todoMark
    property bool highlighted: false

    signal contextMenuRequested(string messageId, bool own, string text)
    signal receiptsRequested(string messageId)
    signal retryRequested(string messageId)

    readonly property bool showHeader: !grouped || showDay
    readonly property string receiptText: unreadCount <= 0 ? qsTr("All read") : qsTr("%n unread", "", unreadCount)

    implicitHeight: column.implicitHeight + (showHeader ? 10 : 3)
    Accessible.role: Accessible.ListItem
    Accessible.name: recalled ? qsTr("%1 recalled a message").arg(recalledByName)
                              : qsTr("%1 at %2: %3").arg(senderName).arg(timeText).arg(text)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 4

        // Day separator
        RowLayout {
            visible: message.showDay
            Layout.fillWidth: true
            Layout.topMargin: 8
            Layout.bottomMargin: 4
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }
            Label {
                text: message.dayText
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }
        }

        // Recalled: a one-line tombstone in the middle
        Label {
            visible: message.recalled
            Layout.alignment: Qt.AlignHCenter
            text: message.own ? qsTr("You recalled a message") : qsTr("%1 recalled a message").arg(message.recalledByName)
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
            font.italic: true
        }

        RowLayout {
            visible: !message.recalled
            Layout.fillWidth: true
            layoutDirection: message.own ? Qt.RightToLeft : Qt.LeftToRight
            spacing: 8

            Item {
                Layout.alignment: Qt.AlignTop
                implicitWidth: Theme.smallAvatar
                implicitHeight: message.showHeader ? Theme.smallAvatar : 1
                Avatar {
                    visible: message.showHeader
                    initials: message.senderInitials
                    colorKey: String(message.senderId)
                    size: Theme.smallAvatar
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    visible: message.showHeader
                    Layout.alignment: message.own ? Qt.AlignRight : Qt.AlignLeft
                    text: message.senderName + "  " + message.timeText
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }

                Rectangle {
                    id: bubble
                    // The text wraps at 70% of the row; the bubble takes the text's real, wrapped size.
                    readonly property real maxTextWidth: column.width * 0.7 - 20
                    Layout.alignment: message.own ? Qt.AlignRight : Qt.AlignLeft
                    implicitWidth: body.width + 20
                    implicitHeight: body.height + 14
                    radius: Theme.radius
                    color: message.highlighted ? Theme.bannerBusy : (message.own ? Theme.ownBubble : Theme.otherBubble)
                    opacity: message.state === "pending" ? 0.75 : 1

                    TextEdit {
                        id: body
                        x: 10
                        y: 7
                        width: Math.min(implicitWidth, bubble.maxTextWidth)
                        text: message.text
                        readOnly: true
                        selectByMouse: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.fontNormal
                        textFormat: TextEdit.PlainText
                        Accessible.ignored: true
                    }

                    TapHandler {
                        acceptedButtons: Qt.RightButton
                        onTapped: message.contextMenuRequested(message.messageId, message.own, message.text)
                    }
                    TapHandler {
                        acceptedButtons: Qt.LeftButton
                        onLongPressed: message.contextMenuRequested(message.messageId, message.own, message.text)
                    }
                }

                RowLayout {
                    Layout.alignment: message.own ? Qt.AlignRight : Qt.AlignLeft
                    spacing: 6

                    AbstractButton {
                        objectName: "todoMark"
                        visible: message.todoMark.length > 0
                        implicitWidth: implicitContentWidth + 10
                        implicitHeight: implicitContentHeight + 2
                        Accessible.name: qsTr("Todo made from this message: open it")
                        Accessible.role: Accessible.Button
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("A todo was made from this message")
                        onClicked: Session.todos.show(message.todoMark)
                        background: Rectangle {
                            radius: 4
                            color: Theme.selected
                        }
                        contentItem: Label {
                            text: qsTr("\u2611 Todo")
                            color: Theme.accent
                            font.pixelSize: Theme.fontSmall
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                    Label {
                        visible: message.edited
                        text: qsTr("(edited)")
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        visible: message.own && message.state === "pending"
                        text: qsTr("Sending…")
                        color: Theme.textFaint
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        visible: message.own && message.state === "failed"
                        text: message.error.length > 0 ? qsTr("Not sent: %1").arg(message.error) : qsTr("Not sent")
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                    }
                    Button {
                        visible: message.own && message.state === "failed"
                        text: qsTr("Retry")
                        flat: true
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: qsTr("Retry sending")
                        onClicked: message.retryRequested(message.messageId)
                    }
                    AbstractButton {
                        objectName: "receipt"
                        visible: message.own && message.state === "sent"
                        implicitWidth: contentItem.implicitWidth
                        implicitHeight: contentItem.implicitHeight
                        Accessible.name: message.receiptText
                        Accessible.role: Accessible.Button
                        onClicked: message.receiptsRequested(message.messageId)
                        contentItem: Label {
                            text: message.receiptText
                            color: message.unreadCount <= 0 ? Theme.textFaint : Theme.accent
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
        }
    }
}
