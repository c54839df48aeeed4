import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// A person's departments in the editor, primary first: each can become the primary one or be removed.
ListView {
    id: chips

    signal primaryRequested(double departmentId)
    signal removeRequested(double departmentId)

    interactive: false
    implicitHeight: contentHeight
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Departments")

    delegate: RowLayout {
        id: chip
        required property var modelData
        required property int index
        readonly property string path: Session.administration.departmentPath(chip.modelData)

        width: ListView.view.width
        spacing: 8
        Label {
            horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
            Layout.fillWidth: true
            text: chip.index === 0 ? qsTr("%1 (primary)").arg(chip.path) : chip.path
            color: Theme.text
            elide: Text.ElideRight
            Accessible.name: text
        }
        Button {
            visible: chip.index > 0
            flat: true
            text: qsTr("Make primary")
            Accessible.name: qsTr("Make %1 the primary department").arg(chip.path)
            onClicked: (chip.ListView.view as DepartmentChips).primaryRequested(chip.modelData)
        }
        Button {
            flat: true
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove from %1").arg(chip.path)
            onClicked: (chip.ListView.view as DepartmentChips).removeRequested(chip.modelData)
        }
    }
}
