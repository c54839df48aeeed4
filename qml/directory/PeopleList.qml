import QtQuick
import QtQuick.Controls
import Tack.App
import Tack.Models

// The people of a department or the search results: a virtualised list on PeopleListModel. Enter or a click
// chooses a person.
ListView {
    id: list

    required property PeopleListModel people
    property double currentPerson: 0
    signal personChosen(double userId)

    model: people
    clip: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    reuseItems: true
    Accessible.role: Accessible.List
    Accessible.name: people.searching ? qsTr("Search results") : qsTr("People")
    ScrollBar.vertical: ScrollBar {}
    Keys.onReturnPressed: list.personChosen(list.people.userAt(list.currentIndex))

    delegate: PersonRow {
        width: ListView.view.width
        current: userId === (ListView.view as PeopleList).currentPerson
        onClicked: {
            const list = ListView.view as PeopleList
            list.currentIndex = index
            list.personChosen(userId)
        }
    }

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: list.people.searching ? qsTr("Nobody found") : qsTr("No people in this department")
        color: Theme.textFaint
    }
}
