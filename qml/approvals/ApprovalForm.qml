import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Filling in an approval: choose a form, fill its fields (errors show next to them), see the computed
// values and the approver chain the routing rules give right now, then submit. Works offline: the
// submission waits in the outbox and the server decides.
Rectangle {
    id: root

    signal submitted(string approvalId)
    signal cancelled()

    function restart() {
        fields.approvalId = ""
        fields.clear()
        if (fields.templateKey.length === 0 && Session.approvals.templates.length > 0)
            fields.templateKey = Session.approvals.templates[0].key
        chooser.currentIndex = Math.max(0, chooser.indexOfValue(fields.templateKey))
    }
    function edit(approvalId: string) {
        fields.approvalId = approvalId
        chooser.currentIndex = Math.max(0, chooser.indexOfValue(fields.templateKey))
    }
    readonly property ApprovalFormModel model: fields

    color: Theme.window

    ApprovalFormModel {
        id: fields
        objectName: "approvalFormModel"
        center: Session.approvals
        onSubmitted: id => root.submitted(id)
        // The chooser follows the form however it was chosen (a resubmission, a test).
        onTemplateChanged: chooser.currentIndex = Math.max(0, chooser.indexOfValue(fields.templateKey))
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        anchors.margins: 16
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 12

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: fields.approvalId.length > 0 ? qsTr("Change and resubmit") : qsTr("New approval")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                visible: fields.approvalId.length === 0
                spacing: 8
                Label {
                    text: qsTr("Form")
                    color: Theme.textMuted
                }
                ComboBox {
                    id: chooser
                    objectName: "templateChooser"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 360
                    model: Session.approvals.templates
                    textRole: "name"
                    valueRole: "key"
                    Accessible.name: qsTr("Form to fill in")
                    onActivated: fields.templateKey = currentValue
                    Component.onCompleted: {
                        if (fields.templateKey.length === 0 && count > 0)
                            fields.templateKey = valueAt(0)
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: fields.description
                visible: text.length > 0
                wrapMode: Text.Wrap
                color: Theme.textMuted
            }

            OwnedList {
                objectName: "formFields"
                Layout.fillWidth: true
                Layout.maximumWidth: 640
                owner: fields
                model: fields
                spacing: 12
                Accessible.name: qsTr("Fields of %1").arg(fields.templateName)
                delegate: FieldEditor {
                    width: ListView.view.width
                    form: (ListView.view as OwnedList).owner as ApprovalFormModel
                }
            }

            Repeater {
                model: fields.computedLines
                delegate: Label {
                    required property string modelData
                    objectName: "computedLine"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: modelData
                    font.bold: true
                    color: Theme.text
                    Accessible.name: text
                }
            }

            ChainPreview {
                objectName: "chainPreview"
                Layout.fillWidth: true
                Layout.maximumWidth: 640
                title: qsTr("Approvers (preview)")
                nodes: fields.chain
                ccText: fields.ccText
            }

            Label {
                objectName: "formErrorSummary"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                visible: fields.showAllErrors && fields.errorCount > 0
                text: qsTr("%n field(s) need attention.", "", fields.errorCount)
                color: Theme.danger
                Accessible.name: text
            }

            RowLayout {
                spacing: 8
                Button {
                    objectName: "submitApprovalButton"
                    text: fields.approvalId.length > 0 ? qsTr("Resubmit") : qsTr("Submit")
                    highlighted: true
                    Accessible.name: text
                    onClicked: fields.submitForm()
                }
                Button {
                    objectName: "cancelApprovalButton"
                    text: qsTr("Cancel")
                    flat: true
                    Accessible.name: text
                    onClicked: root.cancelled()
                }
                Label {
                    visible: !Session.approvals.online
                    text: qsTr("Offline: it will be sent when the connection is back.")
                    color: Theme.warning
                }
            }
            Label {
                Layout.fillWidth: true
                visible: Session.approvals.error.length > 0
                text: Session.approvals.error
                color: Theme.danger
                wrapMode: Text.Wrap
            }
        }
    }
}
