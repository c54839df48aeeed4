import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Adds a person, or changes one (openFor). Save stays pending until the server answers; offline the change
// is queued and the dialog closes (the page's status line says it waits for the connection). A refusal is
// shown here and the dialog stays open to fix it.
Dialog {
    id: dialog

    property double userId: 0 // 0: a new person
    property var departments: [] // ids, primary first
    property string pendingRef: ""
    readonly property bool creating: userId === 0
    readonly property OrgAdministration admin: Session.administration

    function openNew() {
        dialog.userId = 0
        dialog.load({ login: "", name: "", title: "", employee_id: "", phone: "", email: "", departments: [],
                      manager: 0, managerName: "" })
        dialog.open()
        loginField.forceActiveFocus()
    }
    function openFor(id: double) {
        if (!dialog.admin.personExists(id))
            return
        dialog.userId = id
        dialog.load(dialog.admin.person(id))
        dialog.open()
        nameField.forceActiveFocus()
    }
    function load(p) {
        dialog.pendingRef = ""
        dialog.admin.clearError()
        loginField.text = p.login
        nameField.text = p.name
        titleField.text = p.title
        employeeField.text = p.employee_id
        phoneField.text = p.phone
        emailField.text = p.email
        passwordField.text = ""
        dialog.departments = p.departments
        manager.personId = p.manager
        manager.personName = p.managerName
        departmentBox.reload()
    }
    function fields() {
        return { login: loginField.text, name: nameField.text, title: titleField.text,
                 employee_id: employeeField.text, phone: phoneField.text, email: emailField.text,
                 departments: dialog.departments, manager: manager.personId, password: passwordField.text }
    }
    function save() {
        const ref = dialog.creating ? dialog.admin.createPerson(dialog.fields())
                                    : dialog.admin.updatePerson(dialog.userId, dialog.fields())
        if (ref.length === 0) {
            if (dialog.admin.error.length === 0)
                dialog.close() // nothing changed
            return
        }
        if (dialog.admin.waitingForConnection)
            dialog.close()
        else
            dialog.pendingRef = ref
    }
    title: creating ? qsTr("Add a person") : qsTr("Edit %1").arg(nameField.text)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, parent ? parent.width - 40 : 560)
    height: Math.min(implicitHeight, parent ? parent.height - 40 : 640)
    closePolicy: pendingRef.length > 0 ? Popup.NoAutoClose : Popup.CloseOnEscape

    Connections {
        target: dialog.admin
        function onFinished(ref: string, ok: bool) {
            if (ref !== dialog.pendingRef)
                return
            dialog.pendingRef = ""
            if (ok)
                dialog.close()
        }
    }

    // Outside the scrolled form, so the outcome and the buttons are always in view.
    footer: Pane {
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                objectName: "personEditorError"
                Layout.fillWidth: true
                visible: dialog.admin.error.length > 0 && dialog.opened
                text: dialog.admin.error
                color: Theme.danger
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                BusyIndicator {
                    implicitWidth: 24
                    implicitHeight: 24
                    running: dialog.pendingRef.length > 0
                    visible: running
                    Accessible.name: qsTr("Saving")
                }
                Label {
                    Layout.fillWidth: true
                    visible: dialog.pendingRef.length > 0
                    text: qsTr("Saving…")
                    color: Theme.textMuted
                }
                Item { Layout.fillWidth: true; visible: dialog.pendingRef.length === 0 }
                Button {
                    objectName: "personCancel"
                    text: qsTr("Cancel")
                    enabled: dialog.pendingRef.length === 0
                    Accessible.name: qsTr("Cancel")
                    onClicked: dialog.close()
                }
                Button {
                    objectName: "personSave"
                    text: dialog.creating ? qsTr("Add person") : qsTr("Save")
                    highlighted: true
                    enabled: dialog.pendingRef.length === 0 && nameField.text.trim().length > 0
                             && (!dialog.creating || loginField.text.trim().length > 0)
                    Accessible.name: text
                    onClicked: dialog.save()
                }
            }
        }
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth
        implicitHeight: form.implicitHeight

        ColumnLayout {
            id: form
            width: scroller.availableWidth
            spacing: 8

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12
                rowSpacing: 8

                Label { text: qsTr("Login"); color: Theme.textMuted }
                TextField {
                    id: loginField
                    objectName: "personLogin"
                    Layout.fillWidth: true
                    enabled: dialog.creating
                    placeholderText: qsTr("e.g. lilei")
                    Accessible.name: qsTr("Login")
                }
                Label { text: qsTr("Name"); color: Theme.textMuted }
                TextField {
                    id: nameField
                    objectName: "personName"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Name")
                }
                Label { text: qsTr("Employee ID"); color: Theme.textMuted }
                TextField {
                    id: employeeField
                    objectName: "personEmployeeId"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Employee ID")
                }
                Label { text: qsTr("Title"); color: Theme.textMuted }
                TextField {
                    id: titleField
                    objectName: "personTitle"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Title")
                }
                Label { text: qsTr("Phone"); color: Theme.textMuted }
                TextField {
                    id: phoneField
                    objectName: "personPhone"
                    Layout.fillWidth: true
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    Accessible.name: qsTr("Phone")
                }
                Label { text: qsTr("E-mail"); color: Theme.textMuted }
                TextField {
                    id: emailField
                    objectName: "personEmail"
                    Layout.fillWidth: true
                    inputMethodHints: Qt.ImhEmailCharactersOnly
                    Accessible.name: qsTr("E-mail")
                }
                Label { text: qsTr("Manager"); color: Theme.textMuted; Layout.alignment: Qt.AlignTop }
                PersonPicker {
                    id: manager
                    Layout.fillWidth: true
                    label: qsTr("Manager")
                }
                Label {
                    text: dialog.creating ? qsTr("Initial password") : qsTr("New password")
                    color: Theme.textMuted
                }
                TextField {
                    id: passwordField
                    objectName: "personPassword"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: dialog.creating ? qsTr("At least 8 characters; empty: cannot sign in yet")
                                                     : qsTr("Leave empty to keep the current one")
                    Accessible.name: dialog.creating ? qsTr("Initial password") : qsTr("New password")
                }
            }

            Label { text: qsTr("Departments"); color: Theme.textMuted }
            DepartmentChips {
                objectName: "personDepartments"
                Layout.fillWidth: true
                model: dialog.departments
                onPrimaryRequested: id => dialog.departments = dialog.admin.withDepartment(dialog.departments, id, true)
                onRemoveRequested: id => dialog.departments = dialog.admin.withoutDepartment(dialog.departments, id)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                DepartmentPicker {
                    id: departmentBox
                    objectName: "personDepartmentBox"
                    Layout.fillWidth: true
                    label: qsTr("Department to add")
                }
                Button {
                    objectName: "personAddDepartment"
                    text: qsTr("Add")
                    Accessible.name: qsTr("Add the department")
                    onClicked: dialog.departments = dialog.admin.withDepartment(dialog.departments,
                                                                                departmentBox.currentValue, false)
                }
            }
        }
    }
}
