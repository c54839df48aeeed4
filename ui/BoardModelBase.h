#pragma once

#include "KeyedListModel.h"

#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

class StoreReader;

// What the Boards page's list models share: the `store` they read, refreshing when todos or boards change
// (and when names may have changed, with the directory), a `count`, and a refresh that turns a re-read list
// into row moves, inserts, removals and dataChanged for rows whose content changed.
// Subclasses name it as tack::ui::BoardModelBase: QML's type registrar matches base classes by full name.
class BoardModelBase : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);

public slots:
    // Reads the rows again from the store.
    virtual void refresh() = 0;

signals:
    void storeChanged();
    void countChanged();

protected:
    explicit BoardModelBase(QObject *parent = nullptr);

    // True while there is an open store to read.
    bool canRead() const;
    // Whether a todosChanged for `boards` may concern this model (an empty list may concern anything).
    virtual bool concerns(const QStringList &boards) const;

    // Makes `rows` equal to `next` (rows keyed by `keyOf`, compared with ==) with the fewest row signals.
    template <typename Row, typename KeyOf>
    void replaceRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf)
    {
        const qsizetype before = rows.size();
        morphRows(rows, next, keyOf);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!(rows.at(i) == next.at(i))) {
                rows[i] = next.at(i);
                emit dataChanged(index(int(i)), index(int(i)));
            }
        }
        if (before != rows.size())
            emit countChanged();
    }

    QPointer<StoreReader> m_store;
};

} // namespace tack::ui
