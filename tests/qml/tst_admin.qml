import QtQuick
import QtTest
import Tack.App
import Tack.Models

// The audit log admin page: the rail shows it only to the org's owners and admins; the page's controls are
// named for screen readers and it explains itself when there is no server to ask.
Item {
    id: root
    width: 900
    height: 500

    NavRail { id: rail; height: 500 }
    AuditPage { id: auditPage; x: 80; width: 800; height: 500 }

    TestCase {
        name: "Admin"
        when: windowShown

        function cleanup() { Session.orgRole = "" }

        function test_audit_button_only_for_owners_and_admins_data() {
            return [
                { tag: "unknown", role: "", visible: false },
                { tag: "member", role: "member", visible: false },
                { tag: "admin", role: "admin", visible: true },
                { tag: "owner", role: "owner", visible: true },
            ]
        }
        function test_audit_button_only_for_owners_and_admins(data) {
            Session.orgRole = data.role
            const button = findChild(rail, "auditButton")
            verify(button)
            compare(button.visible, data.visible)
            compare(Session.orgAdmin, data.visible)
            compare(button.Accessible.name, "Audit log")
        }

        function test_audit_rail_button_asks_for_the_section() {
            Session.orgRole = "admin"
            let asked = ""
            const handler = section => asked = section
            rail.sectionRequested.connect(handler)
            mouseClick(findChild(rail, "auditButton"))
            rail.sectionRequested.disconnect(handler)
            compare(asked, "audit")
        }

        function test_page_controls_are_named() {
            for (const name of ["auditActorField", "auditActionBox", "auditSinceField", "auditUntilField",
                                "auditApplyButton", "auditExportButton", "auditList"]) {
                const control = findChild(auditPage, name)
                verify(control, name)
                verify(control.Accessible.name.length > 0, name)
            }
            compare(findChild(auditPage, "auditActionBox").count, auditPage.model.actionChoices.length)
        }

        function test_page_without_a_server_says_so() {
            auditPage.model.reload()
            tryCompare(auditPage.model, "error", "Connect to the server to read the audit log.")
            const error = findChild(auditPage, "auditError")
            verify(error.visible)
            compare(auditPage.model.count, 0)
        }

        function test_bad_date_is_explained() {
            findChild(auditPage, "auditSinceField").text = "21.11.2026"
            auditPage.applyFilters()
            compare(auditPage.model.error, "Write dates like 2026-11-21.")
            findChild(auditPage, "auditSinceField").text = ""
            auditPage.applyFilters()
            verify(auditPage.model.error !== "Write dates like 2026-11-21.")
        }
    }
}
