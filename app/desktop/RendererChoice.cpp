#include "RendererChoice.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

QString applyRendererChoice(const QString &choice)
{
    if (choice == QLatin1String("gpu"))
        return {};
    if (choice == QLatin1String("software")) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return {};
    }
    if (choice != QLatin1String("auto") && !choice.isEmpty())
        return QStringLiteral("--renderer must be auto, gpu or software, not '%1'").arg(choice);
    // Someone who set Qt's own variables knows what they want.
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return {};
    if (gpuUnavailable())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return {};
}
