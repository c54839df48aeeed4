import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tack.App
import Tack.Models

// Server address, login and password. The last account is filled in; Enter signs in.
Rectangle {
    id: page

    color: Theme.sidebar

    function submit() {
        Session.signIn(serverField.text, loginField.text, passwordField.text)
    }

    Rectangle {
        anchors.centerIn: parent
        width: 380
        height: form.implicitHeight + 64
        radius: 12
        color: Theme.surface
        border.color: Theme.divider

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: 32
            spacing: 12

            Label {
                text: qsTr("Sign in to Tack")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Layout.alignment: Qt.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                text: qsTr("Server address")
                color: Theme.textMuted
            }
            TextField {
                id: serverField
                objectName: "serverField"
                Layout.fillWidth: true
                text: Session.serverUrl.length > 0 ? Session.serverUrl : "ws://127.0.0.1:7300"
                placeholderText: "ws://host:port"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Server address")
                onAccepted: loginField.forceActiveFocus()
            }

            Label {
                text: qsTr("Login")
                color: Theme.textMuted
            }
            TextField {
                id: loginField
                objectName: "loginField"
                Layout.fillWidth: true
                text: Session.login
                inputMethodHints: Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Login")
                onAccepted: passwordField.forceActiveFocus()
            }

            Label {
                text: qsTr("Password")
                color: Theme.textMuted
            }
            TextField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Password")
                onAccepted: page.submit()
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: Session.error
                color: Theme.danger
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // A self-signed server certificate: show its fingerprint and let the person trust it explicitly.
            ColumnLayout {
                Layout.fillWidth: true
                visible: Session.untrustedFingerprint.length > 0
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    text: qsTr("This server's certificate is not signed by an authority this computer trusts. Trust it only if its SHA-256 fingerprint matches the one your administrator gave you:")
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.name: text
                }
                TextEdit {
                    objectName: "certificateFingerprint"
                    Layout.fillWidth: true
                    text: Session.untrustedFingerprint
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    font.family: "monospace"
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Certificate fingerprint %1").arg(text)
                }
                Button {
                    objectName: "trustCertificateButton"
                    Layout.fillWidth: true
                    text: qsTr("Trust this certificate and sign in")
                    Accessible.name: text
                    onClicked: {
                        if (Session.trustCertificate())
                            page.submit()
                    }
                }
            }

            Button {
                id: signInButton
                objectName: "signInButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: Session.status === Session.SigningIn ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: Session.status !== Session.SigningIn
                highlighted: true
                Accessible.name: qsTr("Sign in")
                onClicked: page.submit()
            }
        }
    }

    Component.onCompleted: (loginField.text.length > 0 ? passwordField : loginField).forceActiveFocus()
}
