#include "OrgRolesModel.h"

#include "DisplayText.h"
#include "StoreReader.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcOrgRoles, "tack.ui.orgroles")

namespace tack::ui {

OrgRolesModel::OrgRolesModel(QObject *parent) : DirectoryListModel(Follows::Directory, parent)
{}

int OrgRolesModel::ownerCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return r.kind == QLatin1String("owner"); }));
}

int OrgRolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrgRolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case UserIdRole:
        return double(r.user);
    case LoginRole:
        return r.login;
    case InitialsRole:
        return text::initials(r.name);
    case KindRole:
        return r.kind;
    case SectionRole:
        if (r.kind == QLatin1String("owner"))
            return tr("Owners");
        if (r.kind == QLatin1String("admin"))
            return tr("Admins");
        return tr("Department managers");
    case DetailRole:
        return r.detail;
    case DepartmentIdRole:
        return double(r.department);
    case LastOwnerRole:
        return r.kind == QLatin1String("owner") && ownerCount() == 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrgRolesModel::roleNames() const
{
    return {{UserIdRole, "userId"},      {NameRole, "name"},
            {LoginRole, "login"},        {InitialsRole, "initials"},
            {KindRole, "kind"},          {SectionRole, "section"},
            {DetailRole, "detail"},      {DepartmentIdRole, "departmentId"},
            {LastOwnerRole, "lastOwner"}};
}

QList<OrgRolesModel::Row> OrgRolesModel::readRows()
{
    QList<Row> rows;
    if (!canRead())
        return rows;
    try {
        auto &replica = m_store->replica();
        for (const store::UserRecord &u : replica.orgAdministrators())
            rows.append(Row{u.id, u.name.isEmpty() ? u.login : u.name, u.login, u.role, u.title, 0});
        QList<Row> managers;
        for (const store::DepartmentRecord &d : replica.departments()) {
            if (d.manager <= 0)
                continue;
            const auto u = replica.user(d.manager);
            if (!u)
                continue;
            managers.append(Row{u->id, u->name.isEmpty() ? u->login : u->name, u->login,
                                QStringLiteral("manager"), d.name, d.id});
        }
        std::sort(managers.begin(), managers.end(), [](const Row &a, const Row &b) {
            return a.name != b.name ? a.name < b.name : a.department < b.department;
        });
        rows += managers;
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgRoles) << "cannot read org roles" << e.what();
        return m_rows;
    }
    return rows;
}

void OrgRolesModel::refresh()
{
    const int ownersBefore = ownerCount();
    const qsizetype rowsBefore = m_rows.size();
    replaceRows(m_rows, readRows(), [](const Row &r) {
        return QStringLiteral("%1:%2:%3").arg(r.kind).arg(r.user).arg(r.department);
    });
    if (ownersBefore != ownerCount() && !m_rows.isEmpty()) // lastOwner depends on the count
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {LastOwnerRole});
    if (rowsBefore == m_rows.size() && ownersBefore != ownerCount())
        emit countChanged(); // ownerCount shares the signal
}

} // namespace tack::ui
