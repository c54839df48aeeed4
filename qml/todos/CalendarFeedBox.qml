import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The address of my calendar feed (due dates as iCalendar) with a copy button, and what it is for; a leaked
// address can be replaced (calendar.reset), after a confirmation, while connected.
Rectangle {
    id: box

    readonly property bool online: Session.connection === "online"

    color: Theme.sidebar
    implicitHeight: column.implicitHeight + 20

    Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.divider }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: qsTr("Calendar feed")
                font.bold: true
                color: Theme.text
            }
            TextField {
                id: url
                objectName: "calendarUrl"
                Layout.fillWidth: true
                visible: Session.todos.calendarUrl.length > 0
                readOnly: true
                text: Session.todos.calendarUrl
                selectByMouse: true
                horizontalAlignment: Text.AlignLeft
                LayoutMirroring.enabled: false // an address reads left to right in every language
                onTextChanged: cursorPosition = 0 // show where the address starts
                Accessible.name: qsTr("Calendar feed address")
            }
            Label {
                Layout.fillWidth: true
                visible: Session.todos.calendarUrl.length === 0
                text: Session.todos.calendarProblem.length > 0 ? Session.todos.calendarProblem : qsTr("Asking the server…")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "copyCalendarUrl"
                text: copied.running ? qsTr("Copied") : qsTr("Copy")
                enabled: Session.todos.calendarUrl.length > 0
                Accessible.name: qsTr("Copy the calendar feed address")
                onClicked: {
                    Session.todos.copyToClipboard(Session.todos.calendarUrl)
                    copied.restart()
                }
                Timer { id: copied; interval: 2000 }
            }
            Button {
                visible: Session.todos.calendarUrl.length === 0 && Session.todos.calendarProblem.length > 0
                text: qsTr("Try again")
                Accessible.name: qsTr("Ask for the calendar feed address again")
                onClicked: Session.todos.requestCalendarUrl()
            }
            Button {
                id: resetButton
                objectName: "resetCalendarUrl"
                text: Session.todos.calendarResetting ? qsTr("Replacing…") : qsTr("Reset address…")
                enabled: box.online && !Session.todos.calendarResetting
                         && Session.todos.calendarUrl.length > 0
                Accessible.name: qsTr("Replace the calendar feed address with a new one")
                Accessible.description: box.online ? "" : offlineNote.text
                ToolTip.visible: hovered && !box.online
                ToolTip.text: offlineNote.text
                onClicked: confirmReset.open()
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Thunderbird, Outlook and other calendar apps can subscribe to this address to show your due dates. Keep it private: anyone with it can read them.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            id: offlineNote
            objectName: "calendarResetOffline"
            Layout.fillWidth: true
            visible: !box.online
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Replacing the address needs a connection to the server.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.name: text
        }
    }

    Dialog {
        id: confirmReset
        objectName: "confirmCalendarReset"
        title: qsTr("Replace the calendar feed address?")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(460, Math.max(280, box.width - 40))
        Accessible.name: title

        // A popup lives in the window's overlay, outside the page's mirroring: set it again here.
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            LayoutMirroring.enabled: Language.rightToLeft
            LayoutMirroring.childrenInherit: true
            Label {
                objectName: "calendarResetExplanation"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("You get a new address and the current one stops working at once. Calendars "
                           + "subscribed to the old address stop updating until you subscribe them to the new "
                           + "one. Do this when the address has reached someone who should not see your due "
                           + "dates.")
                Accessible.name: text
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: 8
                spacing: 8
                Button {
                    objectName: "calendarResetCancel"
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Keep the current calendar feed address")
                    onClicked: confirmReset.close()
                }
                Button {
                    objectName: "calendarResetConfirm"
                    text: qsTr("Replace address")
                    highlighted: true
                    enabled: box.online
                    Accessible.name: qsTr("Replace the calendar feed address now")
                    onClicked: {
                        Session.todos.resetCalendarUrl()
                        confirmReset.close()
                    }
                }
            }
        }
    }
}
