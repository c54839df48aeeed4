import QtQuick

// A list whose delegates act on `owner` (a model or controller) and report a chosen row through `chosen`;
// they reach both as ListView.view, so they need nothing from outside their own file. Inside a page that
// scrolls it does not scroll itself and is as tall as its content.
ListView {
    property QtObject owner
    property string currentId: ""
    signal chosen(string id)

    Accessible.role: Accessible.List
    interactive: false
    implicitHeight: contentHeight
    spacing: 8
}
