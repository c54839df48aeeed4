import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// An open chat: header, connection banner, timeline and composer. Marks messages read while visible.
Rectangle {
    id: view

    required property string conversationId
    property bool windowActive: true

    function reveal(messageId: string) { timeline.reveal(messageId) }
    function focusComposer() { composer.focusInput() }
    // DING mode (from the directory): the next message sent here is DINGed to this person.
    property double dingTarget: 0
    function startDing(userId: double) {
        view.dingTarget = userId
        composer.focusInput()
    }

    // The todo editor over the chat, linked to this message; its first line is the title.
    function makeTodo(messageId: string, text: string) {
        todoEditor.openNew(text.split("\n")[0].trim().substring(0, 500), messageId)
    }

    color: Theme.window

    TimelineModel {
        id: messages
        store: Session.store
        conversationId: view.conversationId
        onCountChanged: {
            if (count > 0)
                Session.noteChatShown(view.conversationId)
        }
    }

    MemberListModel {
        id: mentionCandidates
        store: Session.store
        conversationId: view.conversationId
        offerAll: true
        limit: 30
    }

    // Read up to the newest message while the chat is on screen.
    function markRead() {
        if (view.visible && view.windowActive && messages.newestSeq > 0)
            Session.markRead(view.conversationId, messages.newestSeq)
    }
    Connections {
        target: messages
        function onCountChanged() { view.markRead() }
    }
    onWindowActiveChanged: markRead()
    onConversationIdChanged: {
        view.dingTarget = 0
        markRead()
    }
    Component.onCompleted: markRead()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 56
            color: Theme.window
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 20
                anchors.rightMargin: 12
                Label {
                    objectName: "chatTitle"
                    Layout.fillWidth: true
                    text: messages.title
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    text: qsTr("%n member(s)", "", messages.memberCount)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        ConnectionBanner {
            Layout.fillWidth: true
            connection: Session.connection
            retrySeconds: Session.retrySeconds
        }

        Timeline {
            id: timeline
            objectName: "timeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            messages: messages
            onContextMenuRequested: (id, own, text) => {
                messageMenu.messageId = id
                messageMenu.own = own
                messageMenu.text = text
                messageMenu.canDing = own && Session.dings.canSend(id)
                messageMenu.popup()
            }
            onReceiptsRequested: id => receipts.openFor(view.conversationId, id)
        }

        Rectangle {
            objectName: "dingModeBar"
            Layout.fillWidth: true
            visible: view.dingTarget > 0
            implicitHeight: dingModeRow.implicitHeight + 12
            color: Theme.bannerBusy
            RowLayout {
                id: dingModeRow
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 12
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your next message will be sent as a DING to %1.").arg(Session.store.userName(view.dingTarget))
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.name: text
                }
                Button {
                    text: qsTr("Cancel DING")
                    Accessible.name: text
                    onClicked: view.dingTarget = 0
                }
            }
        }

        Composer {
            id: composer
            Layout.fillWidth: true
            conversationId: view.conversationId
            members: mentionCandidates
            onSendRequested: text => {
                if (view.dingTarget > 0) {
                    if (Session.sendDing(view.conversationId, text, [view.dingTarget]).length > 0)
                        view.dingTarget = 0
                } else {
                    Session.send(view.conversationId, text)
                }
            }
        }
    }

    Menu {
        id: messageMenu
        property string messageId: ""
        property bool own: false
        property string text: ""
        property bool canDing: false

        MenuItem {
            text: qsTr("Copy")
            Accessible.name: text
            onTriggered: {
                clipboardHelper.text = messageMenu.text
                clipboardHelper.selectAll()
                clipboardHelper.copy()
            }
        }
        MenuItem {
            objectName: "menuMakeTodo"
            text: qsTr("Make todo…")
            Accessible.name: qsTr("Make a todo from this message")
            onTriggered: view.makeTodo(messageMenu.messageId, messageMenu.text)
        }
        MenuItem {
            text: qsTr("Edit")
            Accessible.name: text
            enabled: messageMenu.own
            onTriggered: {
                if (Session.canEdit(messageMenu.messageId))
                    editDialog.openFor(messageMenu.messageId, messageMenu.text)
                else
                    Session.actionRefused(qsTr("Only your own sent messages that were not recalled can be edited."))
            }
        }
        MenuItem {
            objectName: "menuDing"
            // Only my own sent messages that were not recalled can be DINGed.
            text: qsTr("DING…")
            Accessible.name: text
            enabled: messageMenu.canDing
            onTriggered: dingDialog.openFor(view.conversationId, messageMenu.messageId, messageMenu.text)
        }
        MenuItem {
            text: qsTr("Recall")
            Accessible.name: text
            onTriggered: {
                const why = Session.recallRefusal(messageMenu.messageId)
                if (why.length > 0)
                    Session.actionRefused(why)
                else
                    Session.recall(messageMenu.messageId)
            }
        }
    }

    TextEdit {
        id: clipboardHelper
        visible: false
        Accessible.ignored: true
    }

    EditDialog { id: editDialog }
    TodoEditor {
        id: todoEditor
        objectName: "chatTodoEditor"
        onSourceRequested: (conversation, message) => timeline.reveal(message)
    }
    DingDialog { id: dingDialog; objectName: "dingDialog" }
    ReadReceiptsPopup { id: receipts }
}
