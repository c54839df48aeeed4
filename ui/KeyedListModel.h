#pragma once

#include "ListDiff.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace tack::ui {

// A list model whose rows have stable text keys: a refresh becomes one remove/move/insert signal per
// changed row instead of a reset, so views keep their scroll position and selection.
// Subclasses name it as tack::ui::KeyedListModel: QML's type registrar matches base classes by full name.
class KeyedListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS // lets QML tooling see the models' QAbstractListModel base

        public : explicit KeyedListModel(QObject *parent = nullptr);

protected:
    // The interface language changed: rows show their text again. Models that format text while
    // refreshing (rather than in data()) refresh instead.
    virtual void retranslate();

    // Reorders `rows` into the key order of `next`, inserting new rows from `next` and removing gone ones.
    // Rows whose key stays keep their old content; the caller refreshes content afterwards.
    template <typename Row, typename KeyOf>
    void morphRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf)
    {
        QStringList current;
        for (const Row &r : std::as_const(rows))
            current.append(keyOf(r));
        QStringList target;
        QHash<QString, qsizetype> where;
        for (qsizetype i = 0; i < next.size(); ++i) {
            target.append(keyOf(next.at(i)));
            where.insert(target.last(), i);
        }
        applyListDiff(current, target,
                      ListDiffSteps{[&](int row) {
                                        beginRemoveRows({}, row, row);
                                        rows.removeAt(row);
                                        endRemoveRows();
                                    },
                                    [&](int from, int to) {
                                        beginMoveRows({}, from, from, {}, to);
                                        rows.move(from, to);
                                        endMoveRows();
                                    },
                                    [&](int row, const QString &key) {
                                        beginInsertRows({}, row, row);
                                        rows.insert(row, next.at(where.value(key)));
                                        endInsertRows();
                                    }});
    }

    // morphRows, then each row whose content differs from `next` (every row, with `all`) takes the new
    // content and announces it. True when the number of rows changed.
    template <typename Row, typename KeyOf>
    bool syncRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf, bool all = false)
    {
        const qsizetype before = rows.size();
        morphRows(rows, next, keyOf);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (all || !(rows.at(i) == next.at(i))) {
                rows[i] = next.at(i);
                emit dataChanged(index(int(i)), index(int(i)));
            }
        }
        return before != rows.size();
    }
};

} // namespace tack::ui
