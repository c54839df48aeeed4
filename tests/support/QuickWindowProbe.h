#pragma once

#include <QString>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

// Looks into a running Qt Quick window for the UI tests: items by object name through the visual tree, the
// popup overlay, and what a screen reader would announce for each control.
namespace quickprobe {

// The first item called `name` at or below `root` (nullptr for none or a null root). Walks the visual tree:
// delegates, loaded pages and popup contents have no QObject parent, so findChild misses them.
QQuickItem *findItem(QQuickItem *root, const QString &name);
// findItem, skipping hidden items and everything under them.
QQuickItem *findVisibleItem(QQuickItem *root, const QString &name);
// The window's popup overlay, where open dialogs and menus live; nullptr if none was made.
QQuickItem *overlay(QQuickWindow *window);

// What a screen reader would announce for an item: its Accessible.name ("(ignored)" when it is hidden from
// assistive technology), or for controls that have one, their text (Qt Quick Controls name a control after
// its text when accessibility is active).
QString accessibleName(QQuickItem *item);
// Every visible control a person can operate (buttons, text fields, lists, combo boxes, sliders, spin
// boxes) at or below `root` that has no accessible name, as "Class 'objectName' (File.qml)".
QStringList unnamedControls(QQuickItem *root);

} // namespace quickprobe
