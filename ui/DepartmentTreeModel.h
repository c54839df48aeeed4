#pragma once

#include "DirectoryListModel.h"

#include <QSet>

namespace tack::ui {

// The department tree as a flat list of visible rows (depth says how far to indent), so a plain ListView
// shows it and keyboard navigation stays simple. Children are read from the replica only when their parent
// is expanded; the expanded set survives directory changes.
class DepartmentTreeModel : public tack::ui::DirectoryListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles
    {
        DepartmentIdRole = Qt::UserRole + 1, // department id
        NameRole,                            // department name
        DepthRole,                           // 0 for top-level departments
        ExpandedRole,                        // children are shown below
        HasChildrenRole,                     // it has sub-departments (an expander is shown)
        ParentIdRole,                        // the parent department's id, 0 at the top
        ManagerIdRole,                       // the department's manager (user id), 0 for none
        ManagerNameRole,                     // the manager's name, empty for none
    };
    Q_ENUM(Roles)

    explicit DepartmentTreeModel(QObject *parent = nullptr);

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

    void refresh() override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        qint64 parent = 0;
        int depth = 0;
        bool hasChildren = false;
        bool expanded = false;
        qint64 manager = 0;
        QString managerName;

        bool operator==(const Row &) const = default;
    };
    // The visible rows: top-level departments and the children of every expanded one, depth first.
    QList<Row> readRows();
    void appendChildren(QList<Row> &rows, qint64 parent, int depth, QSet<qint64> &seen);

    QList<Row> m_rows;
    QSet<qint64> m_expanded;
};

} // namespace tack::ui
