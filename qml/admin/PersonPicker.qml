import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Chooses one person by typing a name, pinyin, initials or login: the directory search offers matches
// below the field. `personId` is 0 while nobody is chosen; Clear empties it.
ColumnLayout {
    id: picker

    property double personId: 0
    property string personName: ""
    property string label: qsTr("Person")
    property bool allowNone: true
    signal chosen(double personId)

    function choose(id: double, name: string) {
        picker.personId = id
        picker.personName = name
        field.text = ""
        matches.query = ""
        picker.chosen(id)
    }

    spacing: 4

    PeopleListModel {
        id: matches
        store: Session.store
        limit: 8
    }

    RowLayout {
        Layout.fillWidth: true
        visible: picker.personId > 0
        spacing: 8
        Label {
            horizontalAlignment: Text.AlignLeft // mirrors for right-to-left
            Layout.fillWidth: true
            text: picker.personName
            color: Theme.text
            elide: Text.ElideRight
            Accessible.name: qsTr("%1: %2").arg(picker.label).arg(picker.personName)
        }
        Button {
            objectName: "pickerClear"
            visible: picker.allowNone
            text: qsTr("Clear")
            flat: true
            Accessible.name: qsTr("Clear %1").arg(picker.label)
            onClicked: picker.choose(0, "")
        }
    }
    TextField {
        id: field
        objectName: "pickerField"
        Layout.fillWidth: true
        placeholderText: picker.personId > 0 ? qsTr("Search to choose someone else") : qsTr("Search by name or login")
        Accessible.name: qsTr("Search for %1").arg(picker.label)
        onTextChanged: matches.query = text
        Keys.onDownPressed: results.forceActiveFocus()
    }
    PickList {
        id: results
        objectName: "pickerResults"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 160)
        visible: matches.searching && count > 0
        clip: true
        model: matches
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Matches")
        onPicked: row => picker.choose(matches.userAt(row), Session.store.userName(matches.userAt(row)))
        delegate: ItemDelegate {
            id: match
            required property int index
            required property string name
            required property string detail
            width: ListView.view.width
            text: detail.length > 0 ? qsTr("%1 (%2)").arg(name).arg(detail) : name
            Accessible.name: text
            onClicked: (match.ListView.view as PickList).picked(match.index)
            Keys.onReturnPressed: (match.ListView.view as PickList).picked(match.index)
        }
    }
}
