import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The signed-in window: navigation rail, chat list (with search) and the open chat.
Item {
    id: shell

    readonly property bool windowActive: Window.active
    property string currentId: ""
    // "chats", "todos", "boards", "directory", "approvals", or "admin" and "audit" (owners and admins only).
    property string section: "chats"
    readonly property alias unread: chats.totalUnread

    function openChat(conversationId: string, messageId: string) {
        shell.section = "chats"
        shell.currentId = conversationId
        Session.prefs.lastChat = conversationId
        if (messageId.length > 0)
            chatView.reveal(messageId)
        else
            chatView.focusComposer()
    }
    // From the directory: open (or create) the direct chat with a person, optionally in DING mode.
    function messagePerson(userId: double, ding: bool) {
        const conversation = Session.openDirect(userId)
        if (conversation.length === 0)
            return
        shell.openChat(conversation, "")
        if (ding)
            chatView.startDing(userId)
    }
    // The Todos page with one todo open (from a message's todo mark or a reminder).
    function openTodo(todoId: string) {
        shell.section = "todos"
        if (todos.item)
            (todos.item as TodosPage).openTodo(todoId)
        else
            shell.pendingTodo = todoId
    }
    property string pendingTodo: "" // asked for before the Todos page was built
    function openPending() {
        if (shell.pendingTodo.length > 0)
            (todos.item as TodosPage).openTodo(shell.pendingTodo)
        shell.pendingTodo = ""
    }
    function openQuickSwitcher() { switcher.open() }
    function focusSearch() { list.focusSearch() }

    ConversationListModel {
        id: chats
        store: Session.store
        prefs: Session.prefs
    }
    SearchModel {
        id: search
        store: Session.store
    }
    TodoListModel {
        id: overdueTodos
        store: Session.store
        view: TodoListModel.Overdue
    }

    Component.onCompleted: {
        if (Session.prefs.lastChat.length > 0)
            shell.openChat(Session.prefs.lastChat, "")
        if (Session.startPerson.length > 0)
            shell.section = "directory"
    }

    Connections {
        target: Session
        function onChatRequested(conversationId: string, messageId: string) {
            shell.openChat(conversationId, messageId)
        }
        function onOrgRoleChanged() {
            if (!Session.orgAdmin && (shell.section === "audit" || shell.section === "admin"))
                shell.section = "chats"
        }
    }
    Connections {
        target: Session.todos
        function onTodoRequested(todoId: string) { shell.openTodo(todoId) }
    }
    // Refusals of administration changes: the admin page shows them itself; elsewhere they come as a toast.
    Connections {
        target: Session.administration
        function onRefused(message: string) {
            if (shell.section !== "admin")
                Session.actionRefused(message)
        }
    }

    // Refusals of board changes: the Boards page shows them itself; elsewhere they come as a toast.
    Connections {
        target: Session.boards
        function onRefused(message: string) {
            if (shell.section !== "boards")
                Session.actionRefused(message)
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavRail {
            Layout.fillHeight: true
            unread: chats.totalUnread
            overdueTodos: overdueTodos.count
            section: shell.section
            onSettingsRequested: settings.open()
            onSectionRequested: section => shell.section = section
        }

        // Built the first time the Directory is shown, then kept so it remembers where the user was.
        Loader {
            id: directory
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.section === "directory"
            active: shell.section === "directory" || directory.status === Loader.Ready
            sourceComponent: DirectoryPage {
                objectName: "directoryPage"
                onMessageRequested: id => shell.messagePerson(id, false)
                onDingRequested: id => shell.messagePerson(id, true)
            }
        }

        // Built the first time Boards is shown, then kept so it stays on the chosen board.
        Loader {
            id: boards
            objectName: "boardsLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.section === "boards"
            active: shell.section === "boards" || boards.status === Loader.Ready
            sourceComponent: Component { BoardsPage { objectName: "boardsPage" } }
        }

        // Built the first time Todos is shown, then kept (its lists stay current).
        Loader {
            id: todos
            objectName: "todosLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.section === "todos"
            active: shell.section === "todos" || todos.status === Loader.Ready
            sourceComponent: TodosPage {
                objectName: "todosPage"
                onSourceRequested: (conversation, message) => shell.openChat(conversation, message)
            }
            onLoaded: shell.openPending()
        }

        Loader {
            id: approvals
            objectName: "approvalsLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.section === "approvals"
            active: shell.section === "approvals" || approvals.status === Loader.Ready
            sourceComponent: Component { ApprovalsPage { objectName: "approvalsPage" } }
        }

        Loader {
            id: admin
            objectName: "adminLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.section === "admin"
            active: (shell.section === "admin" || admin.status === Loader.Ready) && Session.orgAdmin
            sourceComponent: Component { AdminPage { objectName: "adminPage" } }
        }

        Loader {
            objectName: "auditLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.section === "audit"
            active: shell.section === "audit" && Session.orgAdmin
            sourceComponent: Component { AuditPage {} }
        }

        ConversationList {
            id: list
            visible: shell.section === "chats"
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.listWidth
            chats: chats
            search: search
            currentId: shell.currentId
            onChatChosen: id => shell.openChat(id, "")
            onResultChosen: (conversation, message, user) => {
                if (conversation.length === 0 && user > 0)
                    conversation = Session.openDirect(user)
                else if (user > 0 && message.length === 0 && chats.rowOf(conversation) < 0)
                    conversation = Session.openDirect(user)
                shell.openChat(conversation, message)
            }
        }

        Rectangle {
            visible: shell.section === "chats"
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.divider
        }

        ChatView {
            id: chatView
            objectName: "chatView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: shell.section === "chats" && shell.currentId.length > 0
            conversationId: shell.currentId
            windowActive: shell.windowActive
        }

        Rectangle {
            visible: shell.section === "chats" && !chatView.visible
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.window
            ColumnLayout {
                anchors.centerIn: parent
                ConnectionBanner {
                    Layout.alignment: Qt.AlignHCenter
                    implicitWidth: 320
                    connection: Session.connection
                    retrySeconds: Session.retrySeconds
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Choose a chat to start messaging")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontLarge
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Ctrl+K to jump to a chat")
                    color: Theme.textFaint
                }
            }
        }
    }

    QuickSwitcher {
        id: switcher
        objectName: "quickSwitcher"
        onChatChosen: id => shell.openChat(id, "")
    }
    SettingsDialog { id: settings; objectName: "settingsDialog" }

    Shortcut {
        sequences: ["Ctrl+K"]
        onActivated: switcher.open()
    }
    Shortcut {
        sequences: ["Ctrl+F"]
        onActivated: list.focusSearch()
    }
}
