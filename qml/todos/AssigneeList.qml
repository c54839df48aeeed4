import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// The assignees chosen in the todo editor ([{id, name}]), each with a button to remove them.
ListView {
    id: list

    signal removeRequested(double userId)

    interactive: false
    implicitHeight: contentHeight
    visible: count > 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Assignees")

    delegate: RowLayout {
        id: person
        required property var modelData

        width: ListView.view.width
        spacing: 8
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
            text: person.modelData.name
            color: Theme.text
            elide: Text.ElideRight
        }
        Button {
            flat: true
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove %1").arg(person.modelData.name)
            onClicked: (person.ListView.view as AssigneeList).removeRequested(person.modelData.id)
        }
    }
}
