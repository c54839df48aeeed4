import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Language, theme and the account.
Dialog {
    id: dialog

    title: qsTr("Settings")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 400
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        Label {
            text: qsTr("Signed in as %1 on %2").arg(Session.userName).arg(Session.serverUrl)
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Language")
                color: Theme.text
            }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                model: Language.available
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Language")
                Component.onCompleted: currentIndex = indexOfValue(Language.code)
                onActivated: Language.code = currentValue
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Dark theme")
                color: Theme.text
            }
            Switch {
                objectName: "darkSwitch"
                checked: Session.darkMode
                Accessible.name: qsTr("Dark theme")
                onToggled: Session.darkMode = checked
            }
        }

        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Sign out")
            Accessible.name: text
            onClicked: {
                dialog.close()
                Session.signOut()
            }
        }
    }
}
