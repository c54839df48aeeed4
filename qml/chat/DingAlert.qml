import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Tack.App
import Tack.Models

// The DING alert: a window of its own, above the others, that rings while DINGs to me wait for my
// confirmation. With no audio device the sound simply stays silent.
Window {
    id: alert

    required property DingCenter dings
    property bool signedIn: true
    readonly property bool ringing: signedIn && dings.count > 0
    readonly property string headline: qsTr("%n DING(s) waiting for you", "", dings.count)

    flags: Qt.Dialog | Qt.WindowStaysOnTopHint
    title: qsTr("DING")
    width: 440
    height: Math.min(560, content.implicitHeight)
    minimumWidth: 360
    minimumHeight: 200
    visible: ringing
    color: Theme.window

    onRingingChanged: ringing ? sound.play() : sound.stop()
    Component.onCompleted: if (ringing) sound.play()

    SoundEffect {
        id: sound
        source: "qrc:/sounds/ding.wav"
        loops: SoundEffect.Infinite
    }

    // A separate window does not inherit the main window's mirroring: set it on this content again.
    Item {
        id: content
        anchors.fill: parent
        implicitHeight: column.implicitHeight + 32
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 16
            spacing: 12

            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                Rectangle {
                    implicitWidth: 36
                    implicitHeight: 36
                    radius: 18
                    color: Theme.danger
                    Label {
                        anchors.centerIn: parent
                        text: "!"
                        color: Theme.accentText
                        font.bold: true
                        font.pixelSize: Theme.fontTitle
                    }
                }
                Label {
                    objectName: "dingHeadline"
                    Layout.fillWidth: true
                    text: alert.headline
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignLeft
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
            }

            ListView {
                id: list
                objectName: "dingList"
                Accessible.role: Accessible.List
                Accessible.name: qsTr("DINGs waiting for you")
                Layout.fillWidth: true
                Layout.fillHeight: true
                implicitHeight: Math.min(contentHeight, 400)
                clip: true
                spacing: 10
                model: alert.dings
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }

                delegate: Rectangle {
                    id: card
                    required property string messageId
                    required property string conversationId
                    required property string chatTitle
                    required property string senderName
                    required property string senderInitials
                    required property string text
                    required property string timeText

                    width: ListView.view.width
                    implicitHeight: cardColumn.implicitHeight + 24
                    radius: Theme.radius
                    color: Theme.bannerBusy
                    border.color: Theme.warning
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("DING from %1 in %2: %3").arg(senderName).arg(chatTitle).arg(text)

                    ColumnLayout {
                        id: cardColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 8

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            Avatar {
                                initials: card.senderInitials
                                colorKey: card.senderName
                                size: Theme.smallAvatar
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    Layout.fillWidth: true
                                    text: card.senderName
                                    color: Theme.text
                                    font.bold: true
                                    elide: Text.ElideRight
                                    horizontalAlignment: Text.AlignLeft
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("in %1").arg(card.chatTitle)
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                    horizontalAlignment: Text.AlignLeft
                                }
                            }
                            Label {
                                text: card.timeText
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: card.text.length > 0 ? card.text : qsTr("(message not loaded yet)")
                            color: Theme.text
                            wrapMode: Text.Wrap
                            maximumLineCount: 6
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignLeft
                            textFormat: Text.PlainText
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            Item { Layout.fillWidth: true }
                            Button {
                                text: qsTr("Open chat")
                                Accessible.name: text
                                onClicked: Session.showChat(card.conversationId, card.messageId)
                            }
                            Button {
                                objectName: "dingConfirm"
                                text: qsTr("Confirm")
                                highlighted: true
                                Accessible.name: text
                                onClicked: (card.ListView.view.model as DingCenter).confirm(card.messageId)
                            }
                        }
                    }
                }
            }

            Button {
                objectName: "dingConfirmAll"
                Layout.alignment: Qt.AlignRight
                visible: alert.dings.count > 1
                text: qsTr("Confirm all")
                highlighted: true
                Accessible.name: text
                onClicked: alert.dings.confirmAll()
            }
        }
    }
}
