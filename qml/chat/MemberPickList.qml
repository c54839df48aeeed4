import QtQuick
import QtQuick.Controls
import Tack.App

// Members with a check box each; the choice lives in `selection` (user ids).
ListView {
    id: list

    required property SelectionSet selection

    clip: true
    ScrollBar.vertical: ScrollBar { }

    delegate: CheckDelegate {
        id: row
        required property int userId
        required property string name
        readonly property SelectionSet selection: (ListView.view as MemberPickList).selection

        width: ListView.view.width
        text: name
        Accessible.name: name
        checked: selection.ids.indexOf(userId) >= 0
        onToggled: {
            selection.toggle(userId)
            checked = Qt.binding(() => row.selection.ids.indexOf(row.userId) >= 0)
        }
    }
}
