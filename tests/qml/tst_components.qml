import QtQuick
import QtTest
import Tack.App
import Tack.Models

Item {
    id: root
    width: 400
    height: 480

    UnreadBadge { id: badge }
    ConnectionBanner { id: banner; width: 300 }
    Avatar { id: avatar; initials: "王芳"; size: 36 }
    Toast { id: toast }
    SelectionSet { id: selection }
    DingAlert { id: dingAlert; dings: Session.dings }
    DatePickerPopup { id: picker; label: "Due date" }
    DatePickerPopup { id: arabicPicker; calendarLocale: Qt.locale("ar") }
    SignalSpy { id: pickedSpy; target: picker; signalName: "picked" }
    DateRangeEditor {
        id: range
        y: 120
        width: 380
        label: "Leave"
        onEdited: text => range.value = text
    }

    TestCase {
        name: "Components"
        when: windowShown

        function test_badge() {
            badge.count = 0
            verify(!badge.visible)
            badge.count = 7
            verify(badge.visible)
            compare(badge.label, "7")
            badge.count = 120
            compare(badge.label, "99+")
            badge.muted = true
            compare(badge.color, Theme.textFaint)
        }

        function test_banner_data() {
            return [
                { tag: "online", connection: "online", retry: 0, visible: false, contains: "" },
                { tag: "offline retrying", connection: "offline", retry: 4, visible: true, contains: "4" },
                { tag: "offline", connection: "offline", retry: 0, visible: true, contains: "Offline" },
                { tag: "syncing", connection: "syncing", retry: 0, visible: true, contains: "Syncing" },
            ]
        }
        function test_banner(data) {
            banner.connection = data.connection
            banner.retrySeconds = data.retry
            compare(banner.visible, data.visible)
            verify(data.contains.length === 0 || banner.message.indexOf(data.contains) >= 0)
            compare(banner.Accessible.name, banner.message)
        }

        function test_avatar() {
            compare(avatar.width, 36)
            compare(avatar.radius, 18)
            compare(avatar.color, Theme.avatarColor("王芳"))
        }

        function test_toast() {
            compare(toast.visible, false)
            toast.show("Refused")
            tryCompare(toast, "opacity", 1)
            compare(toast.Accessible.name, "Refused")
        }

        function test_theme_follows_session() {
            const light = String(Theme.window)
            Session.darkMode = true
            verify(Theme.dark)
            verify(String(Theme.window) !== light)
            Session.darkMode = false
            compare(String(Theme.window), light)
        }

        function test_selection_set() {
            selection.clear()
            compare(selection.count, 0)
            verify(!selection.hasAll([]))
            selection.toggle(2)
            selection.toggle(3)
            verify(selection.has(2))
            compare(selection.count, 2)
            selection.toggle(2)
            verify(!selection.has(2))
            verify(!selection.hasAll([2, 3]))
            selection.setAll([2, 3, 4], true)
            compare(selection.count, 3)
            verify(selection.hasAll([2, 3, 4]))
            selection.toggle(5)
            selection.setAll([2, 3], false) // a filtered "select all" off keeps the others
            compare(selection.ids.slice().sort(), [4, 5])
        }

        function openPicker(p, value) {
            p.value = value
            p.open()
            tryCompare(p, "opened", true)
            tryVerify(() => findChild(p.contentItem, "monthGrid").activeFocus)
        }
        function dayCell(p, text) {
            const cell = findChild(p.contentItem, "day_" + text)
            verify(cell !== null, "no cell for " + text)
            return cell
        }
        function x0(p, name) {
            const item = findChild(p.contentItem, name)
            verify(item !== null, "no " + name)
            return item.mapToItem(p.contentItem, 0, 0).x
        }
        function cleanup() {
            picker.close()
            arabicPicker.close()
            pickedSpy.clear()
        }

        function test_date_picker_opens_on_value() {
            openPicker(picker, "2026-01-30")
            compare(picker.cursorText, "2026-01-30")
            compare(findChild(picker.contentItem, "monthTitle").text, "January 2026")
            verify(dayCell(picker, "2026-01-30").isChosen)
            compare(dayCell(picker, "2026-01-30").color, Theme.accent)
            verify(!dayCell(picker, "2026-01-29").isChosen)
            // January 2026 starts on a Thursday: the first row begins with December's last days, dimmed.
            const outside = dayCell(picker, "2025-12-28")
            verify(!outside.inMonth)
            compare(outside.children[0].color, Theme.textFaint)
            compare(dayCell(picker, "2026-01-05").children[0].color, Theme.text)
            // Not a real day: the calendar opens on today, nothing chosen.
            picker.close()
            openPicker(picker, "2026-02-30")
            const now = new Date()
            compare(picker.cursorText, picker.iso(now.getFullYear(), now.getMonth(), now.getDate()))
            verify(picker.chosen === null)
            verify(dayCell(picker, picker.cursorText).today)
        }

        function test_date_picker_keyboard_across_months() {
            openPicker(picker, "2026-01-30")
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right)
            compare(picker.cursorText, "2026-02-01")
            compare(findChild(picker.contentItem, "monthTitle").text, "February 2026")
            compare(findChild(picker.contentItem, "monthGrid").month, 1)
            keyClick(Qt.Key_Left)
            compare(picker.cursorText, "2026-01-31")
            keyClick(Qt.Key_Down)
            compare(picker.cursorText, "2026-02-07")
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(picker.cursorText, "2026-01-24")
            keyClick(Qt.Key_PageUp)
            compare(picker.cursorText, "2025-12-24")
            keyClick(Qt.Key_PageDown, Qt.ShiftModifier)
            compare(picker.cursorText, "2026-12-24")
            keyClick(Qt.Key_End)
            compare(picker.cursorText, "2026-12-31")
            keyClick(Qt.Key_PageDown)
            keyClick(Qt.Key_PageDown)
            compare(picker.cursorText, "2027-02-28") // 31 January + 1 month: February's last day
            compare(pickedSpy.count, 0)
            keyClick(Qt.Key_Return)
            compare(pickedSpy.count, 1)
            compare(pickedSpy.signalArguments[0][0], "2027-02-28")
            tryCompare(picker, "opened", false)
        }

        function test_date_picker_buttons_and_mouse() {
            openPicker(picker, "2026-03-15")
            mouseClick(findChild(picker.contentItem, "previousMonthButton"))
            compare(picker.cursorText, "2026-02-15")
            mouseClick(findChild(picker.contentItem, "nextMonthButton"))
            mouseClick(findChild(picker.contentItem, "nextMonthButton"))
            compare(picker.cursorText, "2026-04-15")
            mouseClick(dayCell(picker, "2026-04-09"))
            compare(pickedSpy.count, 1)
            compare(pickedSpy.signalArguments[0][0], "2026-04-09")
            tryCompare(picker, "opened", false)
        }

        function test_date_picker_clear_today_escape() {
            openPicker(picker, "2026-03-15")
            mouseClick(findChild(picker.contentItem, "clearDateButton"))
            compare(pickedSpy.count, 1)
            compare(pickedSpy.signalArguments[0][0], "")
            tryCompare(picker, "opened", false)

            openPicker(picker, "2026-03-15")
            mouseClick(findChild(picker.contentItem, "todayButton"))
            const now = new Date()
            compare(pickedSpy.count, 2)
            compare(pickedSpy.signalArguments[1][0], picker.iso(now.getFullYear(), now.getMonth(), now.getDate()))

            openPicker(picker, "2026-03-15")
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Escape)
            tryCompare(picker, "opened", false)
            compare(pickedSpy.count, 2) // Escape picks nothing
        }

        function test_date_picker_accessible_names() {
            openPicker(picker, "2026-03-15")
            for (const name of ["previousMonthButton", "nextMonthButton", "clearDateButton", "todayButton",
                                "monthGrid", "weekdays"])
                verify(findChild(picker.contentItem, name).Accessible.name.length > 0, name)
            compare(findChild(picker.contentItem, "clearDateButton").Accessible.name, "Clear Due date")
            verify(dayCell(picker, "2026-03-15").Accessible.name.indexOf("March") >= 0)
            verify(dayCell(picker, "2026-03-15").Accessible.selected)
        }

        function test_date_picker_mirrors_for_arabic() {
            openPicker(picker, "2026-11-21")
            openPicker(arabicPicker, "2026-11-21")
            verify(arabicPicker.rightToLeft)
            verify(!picker.rightToLeft)
            verify(findChild(arabicPicker.contentItem, "weekdays").narrow) // whole-word names do not fit
            verify(!findChild(picker.contentItem, "weekdays").narrow)
            compare(findChild(picker.contentItem, "weekday_0").text, "Sun")
            const half = arabicPicker.contentItem.width / 2
            // The week starts on the locale's first day, in the first column: on the right in Arabic.
            const ar = Qt.locale("ar")
            compare(findChild(arabicPicker.contentItem, "weekday_0").Accessible.name,
                    ar.dayName(ar.firstDayOfWeek, Locale.LongFormat))
            verify(x0(arabicPicker, "weekday_0") > half, "first weekday column is not on the right")
            verify(x0(arabicPicker, "weekday_6") < x0(arabicPicker, "weekday_0"))
            verify(x0(picker, "weekday_0") < picker.contentItem.width / 2, "first column is not on the left")
            verify(x0(arabicPicker, "day_2026-11-21") > x0(arabicPicker, "day_2026-11-22"))
            verify(x0(picker, "day_2026-11-21") > x0(picker, "day_2026-11-20"))
            // Earlier months are to the right; the left arrow key goes forward in time.
            verify(x0(arabicPicker, "previousMonthButton") > x0(arabicPicker, "nextMonthButton"))
            verify(x0(picker, "previousMonthButton") < x0(picker, "nextMonthButton"))
            picker.close()
            tryVerify(() => findChild(arabicPicker.contentItem, "monthGrid").activeFocus)
            keyClick(Qt.Key_Left)
            compare(arabicPicker.cursorText, "2026-11-22")
        }

        function test_date_range_editor_calendar() {
            range.value = "2026-11-23pm..2026-11-25am"
            const button = findChild(range, "rangeFromCalendar")
            mouseClick(button)
            tryCompare(button.popup, "opened", true)
            compare(button.popup.cursorText, "2026-11-23")
            tryVerify(() => findChild(button.popup.contentItem, "monthGrid").activeFocus)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Enter)
            compare(range.value, "2026-11-24pm..2026-11-25am")
            tryCompare(button.popup, "opened", false)
            const to = findChild(range, "rangeToCalendar")
            mouseClick(to)
            tryCompare(to.popup, "opened", true)
            mouseClick(findChild(to.popup.contentItem, "clearDateButton"))
            compare(range.value, "2026-11-24pm..am")
        }

        function test_ding_alert_hidden_without_dings() {
            compare(Session.dings.count, 0)
            verify(!dingAlert.ringing)
            verify(!dingAlert.visible)
            compare(dingAlert.headline, "0 DING(s) waiting for you")
            verify(dingAlert.flags & Qt.WindowStaysOnTopHint)
        }
    }
}
