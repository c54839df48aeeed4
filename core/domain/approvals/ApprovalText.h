#pragma once

#include <QCoreApplication>
#include <QString>

// User-facing text of the approvals domain: one translation context for everything in this folder,
// so the desktop app's .ts files carry these messages next to its own.
namespace tack::approvals {

inline QString approvalText(const char *text)
{
    return QCoreApplication::translate("tack::approvals", text);
}

} // namespace tack::approvals
