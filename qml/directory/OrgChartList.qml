import QtQuick
import QtQuick.Controls
import Tack.App
import Tack.Models

// The boxes of the org chart: managers, the person, then a "Direct reports" heading and the reports.
ListView {
    id: boxes

    required property OrgChartModel orgChart
    signal personChosen(double userId)

    clip: true
    spacing: 6
    model: orgChart
    keyNavigationEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Manager chain and direct reports")
    ScrollBar.vertical: ScrollBar {}
    Keys.onReturnPressed: {
        const item = boxes.currentItem as OrgChartBox
        if (item)
            boxes.personChosen(item.userId)
    }

    section.property: "kind"
    section.criteria: ViewSection.FullString
    section.delegate: Item {
        id: heading
        required property string section
        width: ListView.view.width
        height: section === "report" ? label.implicitHeight + 8 : 0
        Label {
            id: label
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            visible: heading.section === "report"
            text: qsTr("Direct reports (%n)", "", (heading.ListView.view as OrgChartList).orgChart.reportCount)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }

    delegate: OrgChartBox {
        width: ListView.view.width
        onClicked: (ListView.view as OrgChartList).personChosen(userId)
    }
}
