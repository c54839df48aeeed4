import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The address of my calendar feed (due dates as iCalendar) with a copy button, and what it is for.
Rectangle {
    id: box

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
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Thunderbird, Outlook and other calendar apps can subscribe to this address to show your due dates. Keep it private: anyone with it can read them.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
