#pragma once

#include <QObject>
#include <QPointer>

namespace tack::ui {

// Points a view object at another source (a StoreReader, an ApprovalCenter...): the old source's
// connections to `self` are dropped, and each of the new source's `changed` signals calls `refresh`. False
// when `next` is already the source followed, so the caller can skip announcing and refreshing.
template <typename Source, typename Self, typename... Signal>
bool follow(Self *self, QPointer<Source> &current, Source *next, void (Self::*refresh)(), Signal... changed)
{
    if (current == next)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, self, nullptr);
    current = next;
    if (current)
        (QObject::connect(current.data(), changed, self, refresh), ...);
    return true;
}

} // namespace tack::ui
