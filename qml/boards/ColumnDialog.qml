import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Adds a column (at the end) or renames one and sets its WIP limit (0: no limit).
Dialog {
    id: dialog

    property string boardId: ""
    property string columnId: "" // empty: a new column
    property string oldTitle: ""
    property int oldWip: 0

    function openAdd() {
        dialog.columnId = ""
        titleField.text = ""
        wipBox.value = 0
        Session.boards.clearError()
        dialog.open()
        titleField.forceActiveFocus()
    }
    function openEdit(column: string, title: string, wip: int) {
        dialog.columnId = column
        dialog.oldTitle = title
        dialog.oldWip = wip
        titleField.text = title
        wipBox.value = wip
        Session.boards.clearError()
        dialog.open()
        titleField.forceActiveFocus()
    }
    function save() {
        let ok = true
        if (dialog.columnId.length === 0) {
            ok = Session.boards.addColumn(dialog.boardId, titleField.text, wipBox.value).length > 0
        } else {
            if (titleField.text.trim() !== dialog.oldTitle)
                ok = Session.boards.renameColumn(dialog.columnId, titleField.text)
            if (ok && wipBox.value !== dialog.oldWip)
                ok = Session.boards.setWipLimit(dialog.columnId, wipBox.value)
        }
        if (ok)
            dialog.close()
    }

    title: dialog.columnId.length === 0 ? qsTr("Add column") : qsTr("Edit column")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(400, parent ? parent.width - 40 : 400)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label { text: qsTr("Title"); color: Theme.textMuted }
        TextField {
            id: titleField
            objectName: "columnTitleField"
            Layout.fillWidth: true
            Accessible.name: qsTr("Column title")
            onAccepted: dialog.save()
        }
        Label { text: qsTr("WIP limit (0 for none)"); color: Theme.textMuted }
        SpinBox {
            id: wipBox
            objectName: "columnWipBox"
            from: 0
            to: 1000
            editable: true
            Accessible.name: qsTr("Work-in-progress limit, 0 for none")
        }
        Label {
            Layout.fillWidth: true
            visible: Session.boards.error.length > 0
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            text: Session.boards.error
            color: Theme.danger
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Layout.topMargin: 8
            spacing: 8
            Button {
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "saveColumnButton"
                text: qsTr("Save")
                highlighted: true
                enabled: titleField.text.trim().length > 0
                Accessible.name: qsTr("Save the column")
                onClicked: dialog.save()
            }
        }
    }
}
