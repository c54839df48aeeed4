import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Language, theme, the account and its signed-in devices.
Dialog {
    id: dialog

    title: qsTr("Settings")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 400
    standardButtons: Dialog.Close
    onOpened: Session.devices.refresh()

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

        Label {
            text: qsTr("Devices")
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            visible: Session.devices.error.length > 0
            text: Session.devices.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Repeater {
            model: Session.devices
            delegate: RowLayout {
                id: deviceRow
                required property string sessionId
                required property string device
                required property string address
                required property string lastUsedText
                required property bool current

                Layout.fillWidth: true
                spacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: deviceRow.current ? qsTr("%1 (this device)").arg(deviceRow.device) : deviceRow.device
                        color: Theme.text
                        elide: Text.ElideRight
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Last used %1 from %2").arg(deviceRow.lastUsedText).arg(deviceRow.address)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Accessible.name: text
                    }
                }
                Button {
                    objectName: "signOutDevice"
                    visible: !deviceRow.current
                    text: qsTr("Sign out")
                    Accessible.name: qsTr("Sign out %1").arg(deviceRow.device)
                    onClicked: Session.devices.signOut(deviceRow.sessionId)
                }
            }
        }

        Button {
            objectName: "signOutOtherDevices"
            visible: Session.devices.count > 1
            text: qsTr("Sign out all other devices")
            Accessible.name: text
            onClicked: Session.devices.signOutOthers()
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
