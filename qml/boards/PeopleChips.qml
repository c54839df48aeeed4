import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// Chosen people as removable chips in a row (assignees, members of a new board). `people`: [{userId, name}].
ListView {
    id: chips

    property var people: []
    signal removeRequested(double userId)

    model: chips.people
    orientation: ListView.Horizontal
    spacing: 6
    clip: true
    implicitHeight: 30
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Chosen people")

    delegate: Rectangle {
        id: chip
        required property var modelData
        radius: height / 2
        color: Theme.selected
        height: 28
        width: chipRow.implicitWidth + 14
        RowLayout {
            id: chipRow
            anchors.centerIn: parent
            spacing: 4
            Label {
                text: chip.modelData.name
                color: Theme.text
            }
            IconButton {
                text: "\u00d7"
                implicitWidth: 22
                implicitHeight: 22
                Accessible.name: qsTr("Remove %1").arg(chip.modelData.name)
                onClicked: (chip.ListView.view as PeopleChips).removeRequested(chip.modelData.userId)
            }
        }
    }
}
