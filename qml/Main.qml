import QtQuick
import QtQuick.Controls
import Tack.App
import Tack.Models

// The application window: the sign-in page or the shell, mirrored for right-to-left languages.
ApplicationWindow {
    id: window

    readonly property int unread: shell.item ? (shell.item as ShellPage).unread : 0

    width: 1100
    height: 720
    minimumWidth: 760
    minimumHeight: 480
    visible: true
    title: unread > 0 ? qsTr("Tack (%1)").arg(unread) : qsTr("Tack")
    color: Theme.window

    palette.window: Theme.window
    palette.base: Theme.inputBackground
    palette.alternateBase: Theme.sidebar
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.buttonText: Theme.text
    palette.button: Theme.hover
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.textFaint
    palette.mid: Theme.divider
    palette.light: Theme.surface
    palette.dark: Theme.accent

    // Mirroring is an Item attached property: it goes on the content, not on the window.
    Item {
        id: content
        anchors.fill: parent
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        StorageBanner {
            id: storageBanner
            objectName: "storageBanner"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            status: Session.storage
        }

        Loader {
            id: shell
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.top: storageBanner.bottom
            active: Session.status === Session.SignedIn
            sourceComponent: ShellPage {
            }
        }

        Loader {
            anchors.fill: parent
            active: !shell.active
            sourceComponent: LoginPage {
            }
        }
    }

    TodoAlertStack {
        id: todoAlerts
        objectName: "todoAlerts"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.topMargin: 64 // below the pages' headers
        anchors.rightMargin: 16
        width: 320
        height: Math.min(todoAlerts.contentHeight, window.height - 80)
        LayoutMirroring.enabled: Language.rightToLeft
        z: 10
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 90
    }

    DingAlert {
        id: dingAlert
        objectName: "dingAlert"
        dings: Session.dings
        signedIn: Session.status === Session.SignedIn
        transientParent: null // its own top-level window, so it can show while the main one is minimised
    }

    // Approvals: my turn to approve, a decision on my request, a CC (the tray shows them too).
    Connections {
        target: Session.approvals
        function onNotice(approvalId: string, title: string, text: string) {
            toast.show(qsTr("%1: %2").arg(title).arg(text));
        }
    }

    Connections {
        target: Session
        function onActionRefused(explanation: string) {
            toast.show(explanation);
        }
        // A chat asked for from outside this window (the DING alert, the tray) brings the window up.
        function onChatRequested() {
            window.show();
            window.raise();
            window.requestActivate();
        }
    }
    Connections {
        target: Session.todos
        function onTodoRequested() {
            window.show();
            window.raise();
            window.requestActivate();
        }
    }
}
