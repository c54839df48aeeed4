import QtQuick

// A list whose delegates report a chosen row through `picked` (delegates reach it as ListView.view).
ListView {
    signal picked(int row)
}
