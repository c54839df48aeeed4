#pragma once

#include <QStringList>
#include <functional>

namespace tack::ui {

// Steps that turn one ordered list of row keys into another, so a model can announce precise
// remove/move/insert signals instead of resetting (views keep their scroll position and selection).
struct ListDiffSteps
{
    std::function<void(int row)> remove;
    std::function<void(int from, int to)> move; // `to` is the final index, always below `from`
    std::function<void(int row, const QString &key)> insert;
};

// Applies the steps to `current` (which ends equal to `target`) and calls the callbacks before each step.
// Keys must be unique in each list.
void applyListDiff(QStringList &current, const QStringList &target, const ListDiffSteps &steps);

} // namespace tack::ui
