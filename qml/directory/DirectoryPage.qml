import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// The org directory: search and the department tree on the start side, the people of the chosen
// department (or the search results) in the middle, and the chosen person's profile or org chart.
Rectangle {
    id: page

    property double currentDepartment: 0
    property double currentPerson: 0
    property bool showOrgChart: false
    signal messageRequested(double userId)
    signal dingRequested(double userId)

    color: Theme.window

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    function showPerson(userId: double) {
        page.currentPerson = userId
    }
    // Shows a person with their primary department chosen and revealed in the tree.
    function openPerson(userId: double) {
        page.currentPerson = userId
        if (person.primaryDepartment > 0) {
            page.currentDepartment = person.primaryDepartment
            tree.currentIndex = departments.reveal(person.primaryDepartment)
        }
    }

    DepartmentTreeModel {
        id: departments
        store: Session.store
    }
    PeopleListModel {
        id: people
        store: Session.store
        departmentId: page.currentDepartment
    }
    PersonCard {
        id: person
        store: Session.store
        userId: page.currentPerson
    }
    OrgChartModel {
        id: orgChart
        store: Session.store
        userId: page.currentPerson
    }

    // Start with the first top-level department so the page is never empty.
    Component.onCompleted: {
        const start = Session.startPerson.length > 0 ? Session.store.userIdOf(Session.startPerson) : 0
        if (start > 0)
            page.openPerson(start)
        else if (page.currentDepartment === 0 && departments.count > 0)
            page.currentDepartment = departments.departmentAt(0)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 240
            color: Theme.sidebar

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                TextField {
                    id: searchField
                    objectName: "directorySearch"
                    Layout.fillWidth: true
                    Layout.margins: 12
                    placeholderText: qsTr("Name, pinyin, phone, e-mail")
                    Accessible.name: qsTr("Search the directory")
                    onTextChanged: searchDelay.restart()
                    Keys.onDownPressed: peopleList.forceActiveFocus()
                    Keys.onEscapePressed: {
                        searchField.clear()
                        people.query = ""
                    }
                }
                Timer {
                    id: searchDelay
                    interval: 150
                    onTriggered: people.query = searchField.text
                }
                Label {
                    Layout.leftMargin: 12
                    text: qsTr("Departments")
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
                DepartmentTree {
                    id: tree
                    objectName: "departmentTree"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    departments: departments
                    currentDepartment: page.currentDepartment
                    onDepartmentChosen: id => {
                        searchField.clear()
                        people.query = ""
                        page.currentDepartment = id
                    }
                }
            }
        }

        Rectangle { Layout.fillHeight: true; implicitWidth: 1; color: Theme.divider }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false // a layout fills by default; the profile takes the rest
            Layout.preferredWidth: Theme.listWidth
            spacing: 0

            Label {
                Layout.fillWidth: true
                Layout.margins: 12
                text: people.searching ? qsTr("%n result(s)", "", people.count)
                                       : qsTr("%n person(s)", "", people.count)
                color: Theme.textMuted
                Accessible.name: text
            }
            PeopleList {
                id: peopleList
                objectName: "peopleList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                people: people
                currentPerson: page.currentPerson
                onPersonChosen: id => page.showPerson(id)
            }
        }

        Rectangle { Layout.fillHeight: true; implicitWidth: 1; color: Theme.divider }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumWidth: 320
            currentIndex: page.showOrgChart ? 1 : 0

            ProfileCard {
                objectName: "profileCard"
                person: person
                onMessageRequested: id => page.messageRequested(id)
                onDingRequested: id => page.dingRequested(id)
                onOrgChartRequested: page.showOrgChart = true
                onPersonChosen: id => page.showPerson(id)
            }
            OrgChartView {
                objectName: "orgChart"
                orgChart: orgChart
                onPersonChosen: id => page.showPerson(id)
                onCloseRequested: page.showOrgChart = false
            }
        }
    }
}
