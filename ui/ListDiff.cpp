#include "ListDiff.h"

#include <QSet>

namespace tack::ui {

void applyListDiff(QStringList &current, const QStringList &target, const ListDiffSteps &steps)
{
    const QSet<QString> wanted(target.cbegin(), target.cend());
    for (int row = int(current.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(current.at(row))) {
            steps.remove(row);
            current.removeAt(row);
        }
    }
    for (int row = 0; row < target.size(); ++row) {
        const QString &key = target.at(row);
        if (row < current.size() && current.at(row) == key)
            continue;
        const int from = int(current.indexOf(key, row));
        if (from > row) {
            steps.move(from, row);
            current.move(from, row);
        } else {
            steps.insert(row, key);
            current.insert(row, key);
        }
    }
}

} // namespace tack::ui
