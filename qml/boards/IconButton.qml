import QtQuick
import QtQuick.Controls
import Tack.App

// A small borderless button with a glyph ("⋯", "×"), shaded only while hovered or focused.
ToolButton {
    id: button

    implicitWidth: 26
    implicitHeight: 26
    font.pixelSize: Theme.fontLarge
    background: Rectangle {
        radius: 4
        color: button.down ? Theme.selected : (button.hovered || button.visualFocus ? Theme.hover : "transparent")
        border.width: button.visualFocus ? 1 : 0
        border.color: Theme.accent
    }
}
