import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The organisation's audit log, for owners and admins: filters, the entries newest first (more load as
// the list scrolls) and Export CSV.
Rectangle {
    id: page

    property alias model: audit

    color: Theme.window
    Accessible.name: qsTr("Audit log")

    AuditLogModel {
        id: audit
        store: Session.store
        onExportFinished: (ok, message) => toast.show(message)
    }

    function applyFilters() {
        audit.actorLogin = actorField.text
        audit.action = actionBox.currentValue
        audit.since = sinceField.text
        audit.until = untilField.text
        audit.reload()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Label {
            text: qsTr("Audit log")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.name: text
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8

            TextField {
                id: actorField
                objectName: "auditActorField"
                width: 160
                placeholderText: qsTr("Person (login)")
                Accessible.name: qsTr("Filter by person")
                onAccepted: page.applyFilters()
            }
            ComboBox {
                id: actionBox
                objectName: "auditActionBox"
                width: 200
                model: audit.actionChoices
                textRole: "label"
                valueRole: "value"
                // A language switch replaces the choices (actionChoicesChanged): the texts follow and the
                // chosen action stays chosen.
                displayText: currentIndex >= 0 && currentIndex < audit.actionChoices.length
                             ? audit.actionChoices[currentIndex].label : ""
                onModelChanged: actionBox.currentIndex = Math.max(0, actionBox.indexOfValue(audit.action))
                Accessible.name: qsTr("Filter by action")
                onActivated: page.applyFilters()
            }
            TextField {
                id: sinceField
                objectName: "auditSinceField"
                width: 130
                placeholderText: qsTr("From (YYYY-MM-DD)")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("From date")
                onAccepted: page.applyFilters()
            }
            TextField {
                id: untilField
                objectName: "auditUntilField"
                width: 130
                placeholderText: qsTr("To (YYYY-MM-DD)")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("To date")
                onAccepted: page.applyFilters()
            }
            Button {
                objectName: "auditApplyButton"
                text: qsTr("Apply")
                Accessible.name: qsTr("Apply filters")
                onClicked: page.applyFilters()
            }
            Button {
                objectName: "auditExportButton"
                text: audit.exporting ? qsTr("Exporting…") : qsTr("Export CSV")
                enabled: !audit.exporting
                Accessible.name: qsTr("Export CSV")
                onClicked: audit.chooseExportFile()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: audit.exporting
            text: audit.exportStatus
            color: Theme.textMuted
            Accessible.name: text
        }

        Label {
            objectName: "auditError"
            Layout.fillWidth: true
            visible: audit.error.length > 0
            text: audit.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.name: text
        }

        ListView {
            id: list
            objectName: "auditList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: audit
            spacing: 2
            Accessible.name: qsTr("Audit entries")
            Accessible.role: Accessible.List
            ScrollBar.vertical: ScrollBar { Accessible.name: qsTr("Scroll the audit log") }

            delegate: ItemDelegate {
                id: entry
                required property int seq
                required property string time
                required property string actor
                required property string address
                required property string actionLabel
                required property string target
                required property string details

                width: ListView.view.width
                Accessible.name: qsTr("%1, %2, %3, %4").arg(entry.time).arg(entry.actor).arg(entry.actionLabel)
                                                       .arg(entry.target)
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        Label {
                            text: "#" + entry.seq
                            color: Theme.textFaint
                            font.pixelSize: Theme.fontSmall
                        }
                        Label {
                            text: entry.time
                            color: Theme.textMuted
                        }
                        Label {
                            text: entry.actor
                            color: Theme.text
                            font.bold: true
                        }
                        Label {
                            Layout.fillWidth: true
                            text: entry.actionLabel
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            text: entry.address
                            color: Theme.textFaint
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.details === "{}" ? entry.target : entry.target + "  " + entry.details
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
            }
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: audit.loading
            visible: audit.loading
            Accessible.name: qsTr("Loading")
        }

        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: audit.count === 0 && !audit.loading && audit.error.length === 0
            text: qsTr("No audit entries match.")
            color: Theme.textFaint
            Accessible.name: text
        }
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
    }
}
