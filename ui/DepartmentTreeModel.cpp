#include "DepartmentTreeModel.h"

#include "StoreReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDepartments, "tack.ui.departments")

namespace tack::ui {

DepartmentTreeModel::DepartmentTreeModel(QObject *parent) : DirectoryListModel(Follows::Directory, parent)
{}

int DepartmentTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DepartmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case DepartmentIdRole:
        return double(r.id);
    case DepthRole:
        return r.depth;
    case ExpandedRole:
        return r.expanded;
    case HasChildrenRole:
        return r.hasChildren;
    case ParentIdRole:
        return double(r.parent);
    case ManagerIdRole:
        return double(r.manager);
    case ManagerNameRole:
        return r.managerName;
    default:
        return {};
    }
}

QHash<int, QByteArray> DepartmentTreeModel::roleNames() const
{
    return {{DepartmentIdRole, "departmentId"},
            {NameRole, "name"},
            {DepthRole, "depth"},
            {ExpandedRole, "expanded"},
            {HasChildrenRole, "hasChildren"},
            {ParentIdRole, "parentId"},
            {ManagerIdRole, "managerId"},
            {ManagerNameRole, "managerName"}};
}

void DepartmentTreeModel::appendChildren(QList<Row> &rows, qint64 parent, int depth, QSet<qint64> &seen)
{
    for (const store::DepartmentRecord &d : m_store->replica().childDepartments(parent)) {
        if (seen.contains(d.id)) // a parent cycle in bad data must not loop forever
            continue;
        seen.insert(d.id);
        Row r{d.id,
              d.name,
              d.parent,
              depth,
              !m_store->replica().childDepartments(d.id).isEmpty(),
              m_expanded.contains(d.id),
              d.manager,
              d.manager > 0 ? m_store->userName(d.manager) : QString()};
        rows.append(r);
        if (r.hasChildren && m_expanded.contains(d.id))
            appendChildren(rows, d.id, depth + 1, seen);
    }
}

QList<DepartmentTreeModel::Row> DepartmentTreeModel::readRows()
{
    QList<Row> rows;
    if (!canRead())
        return rows;
    try {
        QSet<qint64> seen;
        appendChildren(rows, 0, 0, seen);
    } catch (const db::SqlError &e) {
        qCWarning(lcDepartments) << "cannot read departments" << e.what();
        return m_rows;
    }
    return rows;
}

void DepartmentTreeModel::refresh()
{
    replaceRows(m_rows, readRows(), [](const Row &r) { return QString::number(r.id); });
}

void DepartmentTreeModel::expand(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).hasChildren ||
        m_expanded.contains(m_rows.at(row).id))
        return;
    m_expanded.insert(m_rows.at(row).id);
    refresh();
}

void DepartmentTreeModel::collapse(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_expanded.contains(m_rows.at(row).id))
        return;
    m_expanded.remove(m_rows.at(row).id);
    refresh();
}

void DepartmentTreeModel::toggle(int row)
{
    if (row >= 0 && row < m_rows.size() && m_expanded.contains(m_rows.at(row).id))
        collapse(row);
    else
        expand(row);
}

int DepartmentTreeModel::parentRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return -1;
    const int depth = m_rows.at(row).depth;
    for (int i = row - 1; i >= 0; --i) {
        if (m_rows.at(i).depth < depth)
            return i;
    }
    return -1;
}

int DepartmentTreeModel::reveal(double departmentId)
{
    const qint64 id = qint64(departmentId);
    if (!canRead() || id <= 0)
        return -1;
    try {
        QList<qint64> ancestors;
        auto d = m_store->replica().department(id);
        if (!d)
            return -1;
        for (qint64 p = d->parent; p > 0 && ancestors.size() < 64;) {
            if (ancestors.contains(p))
                break;
            ancestors.prepend(p);
            auto up = m_store->replica().department(p);
            p = up ? up->parent : 0;
        }
        bool changed = false;
        for (qint64 a : std::as_const(ancestors)) {
            if (!m_expanded.contains(a)) {
                m_expanded.insert(a);
                changed = true;
            }
        }
        if (changed)
            refresh();
    } catch (const db::SqlError &e) {
        qCWarning(lcDepartments) << "cannot read departments" << e.what();
        return -1;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

double DepartmentTreeModel::departmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? double(m_rows.at(row).id) : 0;
}

} // namespace tack::ui
