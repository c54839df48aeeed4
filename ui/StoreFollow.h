#pragma once

#include "StoreReader.h"

#include <QObject>
#include <QPointer>

namespace tack::ui {

// Points a view object at another store: the old store's connections to `self` are dropped, and each of
// the new store's `changed` signals calls `refresh`. False when `next` is already the store followed, so
// the caller can skip announcing and refreshing.
template <typename Self, typename... Signal>
bool followStore(Self *self, QPointer<StoreReader> &current, StoreReader *next, void (Self::*refresh)(),
                 Signal... changed)
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
