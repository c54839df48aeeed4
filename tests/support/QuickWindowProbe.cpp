#include "QuickWindowProbe.h"

#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>

namespace quickprobe {

namespace {

QQuickItem *find(QQuickItem *root, const QString &name, bool visibleOnly)
{
    if (!root || (visibleOnly && !root->isVisible()))
        return nullptr;
    if (root->objectName() == name)
        return root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *hit = find(child, name, visibleOnly))
            return hit;
    }
    return nullptr;
}

} // namespace

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    return find(root, name, false);
}

QQuickItem *findVisibleItem(QQuickItem *root, const QString &name)
{
    return find(root, name, true);
}

QQuickItem *overlay(QQuickWindow *window)
{
    if (!window)
        return nullptr;
    const QList<QQuickItem *> children = window->contentItem()->childItems();
    for (QQuickItem *child : children) {
        if (child->inherits("QQuickOverlay"))
            return child;
    }
    return nullptr;
}

QString accessibleName(QQuickItem *item)
{
    QQmlContext *context = qmlContext(item);
    if (!context)
        return item->property("text").toString();
    QQmlExpression expression(context, item,
                              QStringLiteral("Accessible.ignored ? \"(ignored)\" : Accessible.name"));
    const QString name = expression.evaluate().toString();
    return name.isEmpty() ? item->property("text").toString() : name;
}

QStringList unnamedControls(QQuickItem *root)
{
    static const char *const interactive[] = {"QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit",
                                              "QQuickComboBox",       "QQuickItemView",  "QQuickSlider",
                                              "QQuickSpinBox"};
    QStringList out;
    if (!root || !root->isVisible())
        return out;
    // Qt's own style internals (e.g. the list inside a DialogButtonBox) are Qt's business; the buttons in
    // them are still checked.
    const QQmlContext *context = qmlContext(root);
    const bool qtInternal =
        context && context->baseUrl().toString().contains(QLatin1String("qt-project.org/imports"));
    for (const char *type : interactive) {
        if (!qtInternal && root->inherits(type) && accessibleName(root).trimmed().isEmpty()) {
            out.append(QStringLiteral("%1 '%2' (%3)")
                           .arg(QString::fromLatin1(root->metaObject()->className()), root->objectName(),
                                context ? context->baseUrl().fileName() : QString()));
            break;
        }
    }
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children)
        out += unnamedControls(child);
    return out;
}

} // namespace quickprobe
