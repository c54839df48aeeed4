import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// A month calendar to pick one day. `value` is the day shown as chosen ("2026-11-21", empty for none);
// picked(value) reports the choice ("" for Clear) and closes. Keyboard: arrows move the day, PageUp and
// PageDown the month (with Shift the year), Home and End go to the month's first and last day, Enter or
// Space picks, Escape closes. The week starts on the locale's first day and right-to-left locales mirror.
Popup {
    id: picker

    property string value: ""
    property string label: "" // what the date is for, in accessible names ("Due date")
    property Item returnFocusTo: null // gets the focus back when the calendar closes
    signal picked(string value)

    // The calendar's language: month and day names, digits, the first day of the week and the direction.
    property var calendarLocale: Qt.locale(Language.code)
    readonly property bool rightToLeft: picker.calendarLocale.textDirection === Qt.RightToLeft
    // The day the keyboard is on; the calendar always shows its month.
    property int cursorYear: 2000
    property int cursorMonth: 0 // 0 = January, as MonthGrid counts
    property int cursorDay: 1
    readonly property var chosen: picker.parse(picker.value) // {year, month, day} or null
    readonly property string cursorText: picker.iso(picker.cursorYear, picker.cursorMonth, picker.cursorDay)
    // {year, month (0-based), day} of a yyyy-mm-dd text, or null when it is not a real day.
    function parse(text: string): var {
        const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text)
        if (!m)
            return null
        const y = Number(m[1])
        const mo = Number(m[2]) - 1
        const d = Number(m[3])
        const date = new Date(y, mo, d)
        if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d)
            return null
        return { year: y, month: mo, day: d }
    }
    function iso(year: int, month: int, day: int): string { return grid.iso(year, month, day) }
    function setCursor(date: var) {
        picker.cursorYear = date.getFullYear()
        picker.cursorMonth = date.getMonth()
        picker.cursorDay = date.getDate()
    }
    function moveDays(days: int) {
        picker.setCursor(new Date(picker.cursorYear, picker.cursorMonth, picker.cursorDay + days))
    }
    // Another month, on the same day or the month's last when it is shorter (31 March - 1 = 28 February).
    function moveMonths(months: int) {
        const first = new Date(picker.cursorYear, picker.cursorMonth + months, 1)
        const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate()
        picker.setCursor(new Date(first.getFullYear(), first.getMonth(), Math.min(picker.cursorDay, last)))
    }
    function showChosenOrToday() {
        const c = picker.chosen
        picker.setCursor(c ? new Date(c.year, c.month, c.day) : new Date())
    }
    function pick(text: string) {
        picker.picked(text)
        picker.close()
    }

    focus: true
    padding: 10
    margins: 8
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
    onAboutToShow: picker.showChosenOrToday()
    onOpened: grid.forceActiveFocus()
    onClosed: {
        if (picker.returnFocusTo)
            picker.returnFocusTo.forceActiveFocus()
    }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.divider
        radius: Theme.radius
    }

    ColumnLayout {
        objectName: "datePickerContent"
        spacing: 6
        LayoutMirroring.enabled: picker.rightToLeft
        LayoutMirroring.childrenInherit: true

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Button {
                objectName: "previousMonthButton"
                flat: true
                implicitWidth: 32
                // The arrow points to where earlier months are: the left, or the right when mirrored.
                text: picker.rightToLeft ? "\u203a" : "\u2039"
                font.pixelSize: Theme.fontLarge
                Accessible.name: qsTr("Previous month")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Previous month (Page Up)")
                onClicked: picker.moveMonths(-1)
            }
            Label {
                objectName: "monthTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: new Date(picker.cursorYear, picker.cursorMonth, 1).toLocaleDateString(picker.calendarLocale,
                    qsTr("MMMM yyyy", "calendar title: a Qt date format with the month and the year"))
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontNormal
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "nextMonthButton"
                flat: true
                implicitWidth: 32
                text: picker.rightToLeft ? "\u2039" : "\u203a"
                font.pixelSize: Theme.fontLarge
                Accessible.name: qsTr("Next month")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Next month (Page Down)")
                onClicked: picker.moveMonths(1)
            }
        }

        DatePickerWeekdays {
            id: weekdays
            objectName: "weekdays"
            Layout.fillWidth: true
            calendarLocale: picker.calendarLocale
            columnWidth: 36
            spacing: grid.spacing
            Accessible.name: qsTr("Days of the week")
        }

        DatePickerGrid {
            id: grid
            objectName: "monthGrid"
            Layout.fillWidth: true
            month: picker.cursorMonth
            year: picker.cursorYear
            calendarLocale: picker.calendarLocale
            chosen: picker.chosen
            cursorDay: picker.cursorDay
            focus: true
            activeFocusOnTab: true
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("%1, %2").arg(picker.label.length > 0 ? picker.label : qsTr("Calendar"))
                .arg(grid.longDate(picker.cursorYear, picker.cursorMonth, picker.cursorDay))

            Keys.onPressed: event => {
                const shift = (event.modifiers & Qt.ShiftModifier) !== 0
                switch (event.key) {
                case Qt.Key_Left:
                    picker.moveDays(picker.rightToLeft ? 1 : -1)
                    break
                case Qt.Key_Right:
                    picker.moveDays(picker.rightToLeft ? -1 : 1)
                    break
                case Qt.Key_Up:
                    picker.moveDays(-7)
                    break
                case Qt.Key_Down:
                    picker.moveDays(7)
                    break
                case Qt.Key_PageUp:
                    picker.moveMonths(shift ? -12 : -1)
                    break
                case Qt.Key_PageDown:
                    picker.moveMonths(shift ? 12 : 1)
                    break
                case Qt.Key_Home:
                    picker.cursorDay = 1
                    break
                case Qt.Key_End:
                    picker.cursorDay = new Date(picker.cursorYear, picker.cursorMonth + 1, 0).getDate()
                    break
                case Qt.Key_Return:
                case Qt.Key_Enter:
                case Qt.Key_Space:
                    picker.pick(picker.cursorText)
                    break
                case Qt.Key_Escape:
                    picker.close()
                    break
                default:
                    return
                }
                event.accepted = true
            }

            onDayPicked: text => picker.pick(text)
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.divider
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Button {
                objectName: "clearDateButton"
                flat: true
                text: qsTr("Clear")
                Accessible.name: picker.label.length > 0 ? qsTr("Clear %1").arg(picker.label) : qsTr("Clear the date")
                onClicked: picker.pick("")
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "todayButton"
                flat: true
                text: qsTr("Today")
                Accessible.name: qsTr("Pick today")
                onClicked: {
                    picker.setCursor(new Date())
                    picker.pick(picker.cursorText)
                }
            }
        }
    }
}
