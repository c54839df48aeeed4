import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// A period in half days: from a date's morning or afternoon to another's, each day typed or picked in a
// calendar. `value` is its text form, "2026-11-23pm..2026-11-25am"; edited(value) reports a change.
GridLayout {
    id: range

    property string value: ""
    property string label: ""
    signal edited(string value)

    readonly property var parts: {
        const m = /^(\S*?)(am|pm)?\.\.(\S*?)(am|pm)?$/.exec(range.value)
        return m ? [m[1], m[2] || "am", m[3], m[4] || "pm"] : ["", "am", "", "pm"]
    }
    // Untyped: qmllint 6.4 crashes on this function with string-typed parameters.
    function composeWith(fromText, toText) {
        const from = fromText.trim()
        const to = toText.trim()
        if (from.length === 0 && to.length === 0)
            range.edited("")
        else
            range.edited(from + fromHalf.currentValue + ".." + to + toHalf.currentValue)
    }
    function compose() { range.composeWith(fromDate.text, toDate.text) }

    columns: 4
    columnSpacing: 6
    rowSpacing: 6

    Label { text: qsTr("From"); color: Theme.textMuted }
    TextField {
        id: fromDate
        objectName: "rangeFrom"
        Layout.fillWidth: true
        text: range.parts[0]
        placeholderText: qsTr("yyyy-mm-dd")
        Accessible.name: qsTr("%1, first day").arg(range.label)
        onTextEdited: range.compose()
    }
    CalendarButton {
        objectName: "rangeFromCalendar"
        value: fromDate.text
        label: qsTr("%1, first day").arg(range.label)
        onPicked: day => range.composeWith(day, toDate.text)
    }
    ComboBox {
        id: fromHalf
        objectName: "rangeFromHalf"
        textRole: "text"
        valueRole: "value"
        model: [{ value: "am", text: qsTr("morning") }, { value: "pm", text: qsTr("afternoon") }]
        currentIndex: range.parts[1] === "pm" ? 1 : 0
        Accessible.name: qsTr("%1, first day starts in the").arg(range.label)
        onActivated: range.compose()
    }
    Label { text: qsTr("To"); color: Theme.textMuted }
    TextField {
        id: toDate
        objectName: "rangeTo"
        Layout.fillWidth: true
        text: range.parts[2]
        placeholderText: qsTr("yyyy-mm-dd")
        Accessible.name: qsTr("%1, last day").arg(range.label)
        onTextEdited: range.compose()
    }
    CalendarButton {
        objectName: "rangeToCalendar"
        value: toDate.text
        label: qsTr("%1, last day").arg(range.label)
        onPicked: day => range.composeWith(fromDate.text, day)
    }
    ComboBox {
        id: toHalf
        objectName: "rangeToHalf"
        textRole: "text"
        valueRole: "value"
        model: [{ value: "am", text: qsTr("morning") }, { value: "pm", text: qsTr("afternoon") }]
        currentIndex: range.parts[3] === "am" ? 0 : 1
        Accessible.name: qsTr("%1, last day ends in the").arg(range.label)
        onActivated: range.compose()
    }
}
