import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// A local date and time typed as 2026-11-21 and 14:30 or the day picked in a calendar, with quick choices
// (today, tomorrow, next week, none). `value` is ms since the epoch, 0 for none; `valid` is false while the
// text does not parse. A day picked without a time means the end of the working day (TodoCenter.timeFrom).
RowLayout {
    id: field

    property string label: ""
    property double value: 0
    readonly property bool valid: field.parsed >= 0
    readonly property double parsed: Session.todos.timeFrom(dateInput.text, clockInput.text)

    function setValue(ms: double) {
        dateInput.text = Session.todos.dateText(ms)
        clockInput.text = Session.todos.clockText(ms)
        field.value = Math.max(0, ms)
    }
    // A day from the calendar keeps the typed time; Clear empties both.
    function pickDay(day: string) {
        if (day.length === 0)
            clockInput.text = ""
        dateInput.text = day
    }
    onParsedChanged: {
        if (field.parsed >= 0)
            field.value = field.parsed
    }

    spacing: 6

    TextField {
        id: dateInput
        objectName: "dateInput"
        Layout.preferredWidth: 120
        placeholderText: qsTr("YYYY-MM-DD")
        inputMethodHints: Qt.ImhDate
        color: field.valid ? Theme.text : Theme.danger
        Accessible.name: qsTr("%1: date").arg(field.label)
    }
    CalendarButton {
        objectName: "dateCalendarButton"
        value: dateInput.text
        label: field.label
        onPicked: day => field.pickDay(day)
    }
    TextField {
        id: clockInput
        objectName: "clockInput"
        Layout.preferredWidth: 70
        placeholderText: qsTr("HH:MM")
        inputMethodHints: Qt.ImhTime
        color: field.valid ? Theme.text : Theme.danger
        Accessible.name: qsTr("%1: time").arg(field.label)
    }
    Button {
        text: qsTr("Choose…")
        flat: true
        Accessible.name: qsTr("Quick choices for %1").arg(field.label)
        onClicked: quick.popup()
        Menu {
            id: quick
            MenuItem {
                text: qsTr("Today, 18:00")
                Accessible.name: text
                onTriggered: field.setValue(Session.todos.dayAt(0, 18, 0))
            }
            MenuItem {
                text: qsTr("Tomorrow, 09:00")
                Accessible.name: text
                onTriggered: field.setValue(Session.todos.dayAt(1, 9, 0))
            }
            MenuItem {
                text: qsTr("In a week, 09:00")
                Accessible.name: text
                onTriggered: field.setValue(Session.todos.dayAt(7, 9, 0))
            }
            MenuItem {
                text: qsTr("None")
                Accessible.name: qsTr("No %1").arg(field.label)
                onTriggered: field.setValue(0)
            }
        }
    }
    Label {
        visible: !field.valid
        text: qsTr("Not a date")
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
    }
}
