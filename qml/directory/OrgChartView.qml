import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// A simple org chart: the manager chain above, the person, and direct reports below; each box opens that
// person's chart and profile.
Rectangle {
    id: chart

    required property OrgChartModel orgChart
    signal personChosen(double userId)
    signal closeRequested()

    color: Theme.window
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Org chart")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Org chart")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "closeOrgChart"
                text: qsTr("Back to profile")
                Accessible.name: text
                onClicked: chart.closeRequested()
            }
        }

        OrgChartList {
            objectName: "orgChartList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orgChart: chart.orgChart
            onPersonChosen: id => chart.personChosen(id)
        }
    }
}
