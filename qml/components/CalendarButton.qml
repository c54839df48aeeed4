import QtQuick
import QtQuick.Controls
import Tack.App

// A small calendar button beside a date's text field: it opens a DatePickerPopup below itself on `value`
// (yyyy-mm-dd, or anything else for none) and reports the day chosen (picked, "" for Clear).
Button {
    id: button

    property string value: ""
    property string label: "" // what the date is for ("Due date"), for accessible names
    readonly property alias popup: picker
    signal picked(string value)

    flat: true
    implicitWidth: 34
    implicitHeight: 34
    Accessible.name: button.label.length > 0 ? qsTr("Choose %1 in a calendar").arg(button.label)
                                             : qsTr("Choose the date in a calendar")
    ToolTip.visible: hovered
    ToolTip.text: qsTr("Calendar")
    property bool popupAbove: false
    onClicked: {
        if (picker.opened) {
            picker.close()
            return
        }
        // Below the button, or above it when only there is room for the whole month.
        const top = button.mapToItem(null, 0, 0).y
        const below = button.Window.height - top - button.height
        button.popupAbove = below < picker.implicitHeight + 12 && top > below
        picker.open()
    }

    // A calendar sheet: a frame with a header bar, two rings and a few days.
    contentItem: Item {
        implicitWidth: 18
        implicitHeight: 18
        Rectangle {
            anchors.centerIn: parent
            width: 16
            height: 15
            radius: 2
            color: "transparent"
            border.width: 1.5
            border.color: button.enabled ? Theme.textMuted : Theme.textFaint
            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                height: 4
                radius: 2
                color: picker.opened ? Theme.accent : Theme.textMuted
            }
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: 3
                columns: 3
                spacing: 2
                Repeater {
                    model: 6
                    Rectangle {
                        width: 2
                        height: 2
                        color: Theme.textMuted
                    }
                }
            }
        }
        Repeater {
            model: [5, 11]
            Rectangle {
                required property int modelData
                x: modelData
                y: 0
                width: 2
                height: 4
                radius: 1
                color: Theme.textMuted
            }
        }
    }

    DatePickerPopup {
        id: picker
        objectName: "datePicker"
        value: button.value
        label: button.label
        returnFocusTo: button
        y: button.popupAbove ? -picker.height - 2 : button.height + 2
        // Growing from the button toward the reading direction's end.
        x: picker.rightToLeft ? button.width - picker.width : 0
        onPicked: text => button.picked(text)
    }
}
