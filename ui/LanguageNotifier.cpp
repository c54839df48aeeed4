#include "LanguageNotifier.h"

namespace tack::ui {

LanguageNotifier *LanguageNotifier::instance()
{
    static LanguageNotifier notifier;
    return &notifier;
}

} // namespace tack::ui
