import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// One row of the department tree: indentation by depth, an expander when it has sub-departments.
ItemDelegate {
    id: row

    required property int index
    required property double departmentId
    required property string name
    required property int depth
    required property bool expanded
    required property bool hasChildren
    property bool current: false
    signal expanderClicked()

    implicitHeight: 36
    highlighted: current || ListView.isCurrentItem
    Accessible.role: Accessible.TreeItem
    Accessible.name: hasChildren ? (expanded ? qsTr("%1, expanded").arg(name) : qsTr("%1, collapsed").arg(name))
                                 : name

    background: Rectangle {
        color: row.current ? Theme.selected
             : (row.hovered || row.ListView.isCurrentItem) ? Theme.hover : "transparent"
    }

    contentItem: RowLayout {
        spacing: 4
        Item { implicitWidth: row.depth * 16 }
        ToolButton {
            implicitWidth: 24
            implicitHeight: 24
            visible: row.hasChildren
            focusPolicy: Qt.NoFocus
            // The arrow points toward the reading direction when collapsed.
            text: row.expanded ? "\u25BE" : (row.mirrored ? "\u25C2" : "\u25B8")
            Accessible.name: row.expanded ? qsTr("Collapse %1").arg(row.name) : qsTr("Expand %1").arg(row.name)
            onClicked: row.expanderClicked()
        }
        Item { implicitWidth: 24; visible: !row.hasChildren }
        Label {
            Layout.fillWidth: true
            text: row.name
            elide: Text.ElideRight
            color: Theme.text
            font.bold: row.current
        }
    }
}
