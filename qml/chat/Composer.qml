import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The message box: Enter sends, Shift+Enter starts a new line, "@" suggests members. The draft of each
// chat is kept (saved shortly after typing stops and when switching chats).
Rectangle {
    id: composer

    required property string conversationId
    required property MemberListModel members
    property alias text: input.text
    readonly property int mentionAt: members.mentionStart(input.text, input.cursorPosition)

    signal sendRequested(string text)

    function focusInput() { input.forceActiveFocus() }

    function send() {
        if (input.text.trim().length === 0)
            return
        composer.sendRequested(input.text)
        input.clear()
        Session.saveDraft(composer.conversationId, "")
    }

    function insertMention(mention: string) {
        const start = composer.mentionAt
        if (start < 0)
            return
        input.remove(start, input.cursorPosition)
        input.insert(start, mention)
    }
    property int dismissedAt: -1

    property string loadedFor: ""
    function switchDraft() {
        if (loadedFor.length > 0)
            Session.saveDraft(loadedFor, input.text)
        loadedFor = conversationId
        input.text = Session.draft(conversationId)
        input.cursorPosition = input.length
    }
    onConversationIdChanged: switchDraft()
    Component.onCompleted: switchDraft()
    Component.onDestruction: if (loadedFor.length > 0) Session.saveDraft(loadedFor, input.text)

    color: Theme.surface
    implicitHeight: Math.min(Math.max(input.implicitHeight, 44), 180) + 52

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                id: input
                objectName: "composerInput"
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Message (Enter to send, Shift+Enter for a new line)")
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                background: null
                Accessible.name: qsTr("Message")

                Keys.onPressed: event => {
                    if (mentionPopup.opened) {
                        if (event.key === Qt.Key_Up) { mentionPopup.moveUp(); event.accepted = true; return }
                        if (event.key === Qt.Key_Down) { mentionPopup.moveDown(); event.accepted = true; return }
                        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Tab) {
                            mentionPopup.pickCurrent()
                            event.accepted = true
                            return
                        }
                        if (event.key === Qt.Key_Escape) { composer.dismissedAt = composer.mentionAt; event.accepted = true; return }
                    }
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && !(event.modifiers & Qt.ShiftModifier)) {
                        composer.send()
                        event.accepted = true
                    }
                }
                onTextChanged: draftTimer.restart()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: input.length > 9000 ? qsTr("%1 / 10000").arg(input.length) : ""
                color: input.length > 10000 ? Theme.danger : Theme.textFaint
                font.pixelSize: Theme.fontSmall
            }
            Button {
                objectName: "sendButton"
                text: qsTr("Send")
                highlighted: true
                enabled: input.text.trim().length > 0
                Accessible.name: qsTr("Send message")
                onClicked: composer.send()
            }
        }
    }

    Binding {
        composer.members.filter: composer.mentionAt >= 0
                                 ? input.text.substring(composer.mentionAt + 1, input.cursorPosition) : ""
    }

    MentionPopup {
        id: mentionPopup
        members: composer.members
        y: -height - 4
        x: 12
        visible: composer.mentionAt >= 0 && composer.mentionAt !== composer.dismissedAt && input.activeFocus
                 && composer.members.count > 0
        onPicked: mention => composer.insertMention(mention)
    }

    Timer {
        id: draftTimer
        interval: 800
        onTriggered: Session.saveDraft(composer.conversationId, input.text)
    }
}
