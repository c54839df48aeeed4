import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App

// The sections of the Todos page with their counts: `sections` is [{view, name, label}], `counts` the
// number of todos per view (indexed by view); a section with `hideEmpty` shows only when it has todos.
ListView {
    id: list

    property var sections: []
    property var counts: []
    property int current: 0
    signal chosen(int view)

    interactive: false
    implicitHeight: contentHeight
    spacing: 2
    model: list.sections
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Todo lists")

    delegate: ItemDelegate {
        id: section
        required property var modelData
        readonly property TodoSections view: ListView.view as TodoSections
        readonly property int count: section.view.counts[section.modelData.view] ?? 0
        readonly property bool warn: section.modelData.warn === true

        objectName: section.modelData.name
        width: ListView.view.width
        visible: !section.modelData.hideEmpty || section.count > 0
        height: visible ? implicitHeight : 0
        highlighted: section.view.current === section.modelData.view
        Accessible.name: qsTr("%1, %n todo(s)", "", section.count).arg(section.modelData.label)
        onClicked: section.view.chosen(section.modelData.view)
        background: Rectangle {
            radius: Theme.radius
            color: section.highlighted ? Theme.selected : (section.hovered ? Theme.hover : "transparent")
        }
        contentItem: RowLayout {
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: section.modelData.label
                color: section.highlighted ? Theme.accent : Theme.text
            }
            Label {
                visible: section.count > 0
                text: section.count
                color: section.warn ? Theme.danger : Theme.textMuted
                font.bold: section.warn
            }
        }
    }
}
