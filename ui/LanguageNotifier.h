#pragma once

#include <QObject>

namespace tack::ui {

// Tells C++ models that the interface language changed, so rows whose text they format (dates, "Today",
// "Me", plural forms) are shown again in the new language. QML strings are handled by the engine's
// retranslate(); this covers the strings models produce.
class LanguageNotifier : public QObject
{
    Q_OBJECT

public:
    static LanguageNotifier *instance();

signals:
    void changed();

private:
    using QObject::QObject;
};

} // namespace tack::ui
