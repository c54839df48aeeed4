#pragma once

#include "KeyedListModel.h"

#include <QPointer>
#include <QQmlEngine>
#include <QSet>

namespace tack::ui {

class StoreReader;

// The department tree as a flat list of visible rows (depth says how far to indent), so a plain ListView
// shows it and keyboard navigation stays simple. Children are read from the replica only when their parent
// is expanded; the expanded set survives directory changes.
class DepartmentTreeModel : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        DepartmentIdRole = Qt::UserRole + 1, // department id
        NameRole,                            // department name
        DepthRole,                           // 0 for top-level departments
        ExpandedRole,                        // children are shown below
        HasChildrenRole,                     // it has sub-departments (an expander is shown)
    };
    Q_ENUM(Roles)

    explicit DepartmentTreeModel(QObject *parent = nullptr);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void expand(int row);
    Q_INVOKABLE void collapse(int row);
    Q_INVOKABLE void toggle(int row);
    // The row of the row's parent department, or -1 for a top-level row.
    Q_INVOKABLE int parentRow(int row) const;
    // The row showing the department, expanding its ancestors if needed; -1 when unknown.
    Q_INVOKABLE int reveal(double departmentId);
    Q_INVOKABLE double departmentAt(int row) const;

public slots:
    void refresh();

signals:
    void storeChanged();
    void countChanged();

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        qint64 parent = 0;
        int depth = 0;
        bool hasChildren = false;
        bool expanded = false;
    };
    // The visible rows: top-level departments and the children of every expanded one, depth first.
    QList<Row> readRows();
    void appendChildren(QList<Row> &rows, qint64 parent, int depth, QSet<qint64> &seen);

    QPointer<StoreReader> m_store;
    QList<Row> m_rows;
    QSet<qint64> m_expanded;
};

} // namespace tack::ui
