import QtQuick
import QtQuick.Controls
import Tack.App
import Tack.Models

// The department tree: Up/Down move, Right expands (or enters the first child), Left collapses (or goes to
// the parent), Enter/Space choose. Children load when a department is expanded.
ListView {
    id: tree

    required property DepartmentTreeModel departments
    property double currentDepartment: 0
    signal departmentChosen(double departmentId)

    model: departments
    clip: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.Tree
    Accessible.name: qsTr("Departments")
    ScrollBar.vertical: ScrollBar {}

    function choose(row: int) {
        if (row < 0)
            return
        tree.currentIndex = row
        tree.departmentChosen(tree.departments.departmentAt(row))
    }

    Keys.onRightPressed: {
        const row = tree.currentIndex
        if (row < 0)
            return
        const item = tree.itemAtIndex(row) as DepartmentRow
        if (item && item.hasChildren && !item.expanded)
            tree.departments.expand(row)
        else if (item && item.hasChildren)
            tree.currentIndex = row + 1
    }
    Keys.onLeftPressed: {
        const row = tree.currentIndex
        const item = tree.itemAtIndex(row) as DepartmentRow
        if (item && item.expanded)
            tree.departments.collapse(row)
        else
            tree.currentIndex = Math.max(0, tree.departments.parentRow(row))
    }
    Keys.onReturnPressed: tree.choose(tree.currentIndex)
    Keys.onSpacePressed: tree.choose(tree.currentIndex)

    delegate: DepartmentRow {
        width: ListView.view.width
        current: departmentId === (ListView.view as DepartmentTree).currentDepartment
        onClicked: (ListView.view as DepartmentTree).choose(index)
        onExpanderClicked: (ListView.view as DepartmentTree).departments.toggle(index)
    }
}
