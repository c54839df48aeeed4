import QtQuick
import QtTest
import Tack.App
import Tack.Models

Item {
    id: root
    width: 400
    height: 300

    UnreadBadge { id: badge }
    ConnectionBanner { id: banner; width: 300 }
    Avatar { id: avatar; initials: "王芳"; size: 36 }
    Toast { id: toast }
    SelectionSet { id: selection }
    DingAlert { id: dingAlert; dings: Session.dings }

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

        function test_ding_alert_hidden_without_dings() {
            compare(Session.dings.count, 0)
            verify(!dingAlert.ringing)
            verify(!dingAlert.visible)
            compare(dingAlert.headline, "0 DING(s) waiting for you")
            verify(dingAlert.flags & Qt.WindowStaysOnTopHint)
        }
    }
}
