import QtQuick
import QtQuick.Controls
import Tack.Models

// Chooses a department by its path ("研发中心 / 平台组"). With `noneText` set, the first choice is "none"
// (id 0), e.g. the top level.
ComboBox {
    id: box

    property double departmentId: 0
    property string noneText: ""
    property double excluded: 0 // a department not to offer (the one being moved)
    property string label: qsTr("Department")
    property bool pickFirst: false // choose the first department when none is chosen yet

    function reload() {
        const choices = Session.administration.departmentChoices(box.noneText, box.excluded)
        box.model = choices
        if (box.pickFirst && box.departmentId === 0 && choices.length > 0)
            box.departmentId = box.valueAt(0)
        box.currentIndex = Math.max(0, box.indexOfValue(box.departmentId))
    }

    textRole: "path"
    valueRole: "id"
    Accessible.name: box.label
    Component.onCompleted: reload()
    onExcludedChanged: reload()
    onActivated: box.departmentId = box.currentValue
    onDepartmentIdChanged: box.currentIndex = Math.max(0, box.indexOfValue(box.departmentId))

    Connections {
        target: Session.store
        function onDirectoryChanged() { box.reload() }
    }
}
