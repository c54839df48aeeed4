import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Approvals: the inbox tabs (To approve, Submitted by me, CC'd to me, Done) on one side; on the other the
// chosen approval, a new form being filled in, or the form designer (org owners and admins).
Rectangle {
    id: page

    readonly property ApprovalCenter center: Session.approvals
    // "view" (an approval), "new" (fill in a form) or "design" (the form designer, owners and admins)
    property string pane: "view"
    property string currentId: ""
    property alias tab: tabs.currentIndex

    function openApproval(id: string) {
        page.currentId = id
        page.pane = "view"
    }
    function startNew() {
        form.restart()
        page.pane = "new"
    }

    color: Theme.window
    Accessible.name: qsTr("Approvals")

    ApprovalListModel {
        id: inbox
        objectName: "approvalInbox"
        center: page.center
        box: ["todo", "mine", "cc", "done"][tabs.currentIndex]
    }

    Connections {
        target: designerLoader.item
        ignoreUnknownSignals: true
        function onClosed() { page.pane = "view" }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false // its lists fill it; the approval on the other side takes the rest
            Layout.preferredWidth: 360
            Layout.maximumWidth: 360
            Layout.margins: 12
            spacing: 10

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Approvals")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Button {
                    objectName: "designFormsButton"
                    visible: Session.orgAdmin
                    text: qsTr("Design forms")
                    flat: true
                    Accessible.name: text
                    onClicked: page.pane = "design"
                }
                Button {
                    objectName: "newApprovalButton"
                    text: qsTr("New")
                    highlighted: true
                    Accessible.name: qsTr("Start a new approval")
                    onClicked: page.startNew()
                }
            }

            TabBar {
                id: tabs
                objectName: "approvalTabs"
                Layout.fillWidth: true
                palette.dark: Theme.hover
                palette.brightText: Theme.textMuted
                palette.window: Theme.selected
                palette.windowText: Theme.text
                Accessible.name: qsTr("Approval lists")
                TabButton {
                    objectName: "todoTab"
                    text: page.center.waitingCount > 0 ? qsTr("To approve (%1)").arg(page.center.waitingCount) : qsTr("To approve")
                    // Never elided: the other tabs share what is left.
                    width: Math.max(implicitWidth, tabs.width / 4)
                    Accessible.name: text
                }
                TabButton { objectName: "mineTab"; text: qsTr("Submitted"); Accessible.name: qsTr("Submitted by me") }
                TabButton { objectName: "ccTab"; text: qsTr("CC'd"); Accessible.name: qsTr("CC'd to me") }
                TabButton { objectName: "doneTab"; text: qsTr("Done"); Accessible.name: text }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                OwnedList {
                    id: list
                    objectName: "approvalList"
                    anchors.fill: parent
                    interactive: true
                    clip: true
                    model: inbox
                    spacing: 4
                    currentId: page.pane === "view" ? page.currentId : ""
                    keyNavigationEnabled: true
                    Accessible.name: qsTr("Approvals in this list")
                    delegate: ApprovalRow {
                        width: ListView.view.width
                        current: ListView.view ? approvalId === (ListView.view as OwnedList).currentId : false
                        onChosen: (ListView.view as OwnedList).chosen(approvalId)
                    }
                    onChosen: id => page.openApproval(id)
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    width: parent.width - 24
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: [qsTr("Nothing waits for your approval."), qsTr("You have not submitted anything yet."),
                           qsTr("Nothing was copied to you."), qsTr("Approvals you decided show here.")][tabs.currentIndex]
                    color: Theme.textFaint
                    Accessible.name: text
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.divider
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.pane === "new" ? 1 : page.pane === "design" ? 2 : 0

            ApprovalView {
                objectName: "approvalView"
                approvalId: page.currentId
                onEditRequested: id => {
                    form.edit(id)
                    page.pane = "new"
                }
            }
            ApprovalForm {
                id: form
                objectName: "approvalForm"
                onSubmitted: id => page.openApproval(id)
                onCancelled: page.pane = "view"
            }
            Loader {
                id: designerLoader
                active: page.pane === "design" && Session.orgAdmin
                sourceComponent: Component {
                    FormDesigner { objectName: "formDesigner" }
                }
            }
        }
    }
}
