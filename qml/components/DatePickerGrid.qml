import QtQuick
import QtQuick.Controls
import Tack.App

// The days of one month for DatePickerPopup: six weeks from the locale's first day of the week, today
// ringed, the chosen day filled, the keyboard's day ringed while focused, other months' days dimmed.
// A click reports dayPicked(text); the keyboard is the popup's business.
MonthGrid {
    id: grid

    property var calendarLocale: Qt.locale()
    property var chosen: null // {year, month (0-based), day} or null
    property int cursorDay: 1 // in `month`
    signal dayPicked(string text)

    function iso(year: int, month: int, day: int): string {
        const pad = n => (n < 10 ? "0" : "") + n
        return year + "-" + pad(month + 1) + "-" + pad(day)
    }
    function dayNumber(day: int): string { return Number(day).toLocaleString(grid.calendarLocale, "f", 0) }
    function longDate(year: int, month: int, day: int): string {
        return new Date(year, month, day).toLocaleDateString(grid.calendarLocale, Locale.LongFormat)
    }

    spacing: 2

    // Control.locale is a QLocale, which qmllint cannot see: set through a Binding.
    Binding {
        target: grid
        property: "locale"
        value: grid.calendarLocale
    }

    delegate: Rectangle {
        id: cell
        required property int year
        required property int month
        required property int day
        required property bool today
        // A delegate reaches its grid through the grid's content item.
        readonly property var grid: cell.parent ? cell.parent.parent : null // a DatePickerGrid
        readonly property bool inMonth: cell.grid !== null && cell.month === cell.grid.month
        readonly property var chosen: cell.grid ? cell.grid.chosen : null
        readonly property bool isChosen: cell.chosen !== null && cell.chosen.year === cell.year
            && cell.chosen.month === cell.month && cell.chosen.day === cell.day
        readonly property bool isCursor: cell.inMonth && cell.day === cell.grid.cursorDay
        readonly property bool focusRing: cell.isCursor && cell.grid.activeFocus
        readonly property string text: cell.grid ? cell.grid.iso(cell.year, cell.month, cell.day) : ""
        readonly property string longText: cell.grid ? cell.grid.longDate(cell.year, cell.month, cell.day) : ""

        objectName: "day_" + cell.text
        implicitWidth: 36
        implicitHeight: 30
        radius: 6
        color: cell.isChosen ? Theme.accent : hover.hovered ? Theme.hover : "transparent"
        border.width: cell.focusRing ? 2 : cell.today ? 1 : 0
        border.color: cell.focusRing && cell.isChosen ? Theme.text : Theme.accent

        Accessible.role: Accessible.Button
        Accessible.name: cell.today ? qsTr("%1, today").arg(cell.longText) : cell.longText
        Accessible.selected: cell.isChosen
        Accessible.onPressAction: cell.grid.dayPicked(cell.text)

        Label {
            anchors.centerIn: parent
            text: cell.grid ? cell.grid.dayNumber(cell.day) : ""
            color: cell.isChosen ? Theme.accentText : cell.today ? Theme.accent
                 : cell.inMonth ? Theme.text : Theme.textFaint
            font.bold: cell.today || cell.isChosen
            font.pixelSize: Theme.fontNormal
        }
        HoverHandler { id: hover }
        TapHandler { onTapped: cell.grid.dayPicked(cell.text) }
    }
}
