import QtQuick
import QtQuick.Controls
import Tack.App

// The names of the week's days above a DatePickerGrid, from the locale's first day. Arabic's short names
// are whole words too wide for a column: then every column shows the narrow name (one letter).
DayOfWeekRow {
    id: row

    property var calendarLocale: Qt.locale()
    property int columnWidth: 36
    readonly property bool narrow: {
        for (let d = 0; d < 7; ++d) {
            if (metrics.advanceWidth(row.calendarLocale.dayName(d, Locale.ShortFormat)) > row.columnWidth - 2)
                return true
        }
        return false
    }

    topPadding: 0
    bottomPadding: 0

    FontMetrics {
        id: metrics
        font.pixelSize: Theme.fontSmall
    }
    // Control.locale is a QLocale, which qmllint cannot see: set through a Binding.
    Binding {
        target: row
        property: "locale"
        value: row.calendarLocale
    }

    delegate: Label {
        id: weekday
        required property int index
        required property string shortName
        required property string narrowName
        required property string longName
        // A delegate reaches its row through the row's content item.
        readonly property var row: weekday.parent ? weekday.parent.parent : null // a DatePickerWeekdays

        objectName: "weekday_" + weekday.index
        width: weekday.row ? weekday.row.columnWidth : 36
        horizontalAlignment: Text.AlignHCenter
        text: weekday.row && weekday.row.narrow ? weekday.narrowName : weekday.shortName
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        Accessible.name: weekday.longName
    }
}
