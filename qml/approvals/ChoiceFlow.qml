import QtQuick

// Check boxes for a multiple choice: `options` [{key, label}], `chosen` the chosen keys as "a,b".
Flow {
    id: flow

    property var options: []
    property string chosen: ""
    signal toggled(string key, bool on)

    spacing: 8

    Repeater {
        model: flow.options
        delegate: OptionCheck {}
    }
}
