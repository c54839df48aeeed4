#include "PeopleListModel.h"

#include "DisplayText.h"
#include "StoreReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPeople, "tack.ui.people")

namespace tack::ui {

using store::PersonMatch;

PeopleListModel::PeopleListModel(QObject *parent) : DirectoryListModel(Follows::DirectoryAndPresence, parent)
{}

void PeopleListModel::setDeactivated(bool deactivated)
{
    if (m_deactivated == deactivated)
        return;
    m_deactivated = deactivated;
    emit deactivatedChanged();
    refresh();
}

void PeopleListModel::setDepartmentIdForQml(double id)
{
    if (qint64(id) == m_department)
        return;
    m_department = qint64(id);
    emit departmentIdChanged();
    refresh();
}

void PeopleListModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    emit queryChanged();
    refresh();
}

void PeopleListModel::setLimit(int limit)
{
    if (m_limit == limit || limit <= 0)
        return;
    m_limit = limit;
    emit limitChanged();
    refresh();
}

int PeopleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PeopleListModel::data(const QModelIndex &index, int role) const
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
    case InitialsRole:
        return text::initials(r.name);
    case TitleRole:
        return r.title;
    case DepartmentRole:
        return r.department;
    case PresenceRole:
        return r.presence;
    case PresenceTextRole:
        return text::presenceText(r.presence);
    case DetailRole: {
        if (!r.detail.isEmpty())
            return r.detail;
        QStringList parts;
        if (!r.title.isEmpty())
            parts.append(r.title);
        if (!r.department.isEmpty())
            parts.append(r.department);
        return parts.join(QStringLiteral(" · "));
    }
    case LoginRole:
        return r.login;
    case ActiveRole:
        return r.active;
    case OrgRoleRole:
        return r.role;
    case OrgRoleTextRole:
        return text::orgRoleText(r.role);
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleListModel::roleNames() const
{
    return {{UserIdRole, "userId"},
            {NameRole, "name"},
            {InitialsRole, "initials"},
            {TitleRole, "title"},
            {DepartmentRole, "department"},
            {PresenceRole, "presence"},
            {PresenceTextRole, "presenceText"},
            {DetailRole, "detail"},
            {LoginRole, "login"},
            {ActiveRole, "active"},
            {OrgRoleRole, "orgRole"},
            {OrgRoleTextRole, "orgRoleText"}};
}

double PeopleListModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? double(m_rows.at(row).user) : 0;
}

QList<PeopleListModel::Row> PeopleListModel::readRows()
{
    QList<Row> rows;
    if (!canRead())
        return rows;
    try {
        auto &replica = m_store->replica();
        QHash<qint64, QString> deptNames;
        auto deptName = [&](qint64 id) {
            if (id <= 0)
                return QString();
            if (auto it = deptNames.constFind(id); it != deptNames.constEnd())
                return *it;
            const auto d = replica.department(id);
            const QString name = d ? d->name : QString();
            deptNames.insert(id, name);
            return name;
        };
        auto rowOf = [&](const store::UserRecord &u) {
            return Row{u.id,
                       u.name.isEmpty() ? u.login : u.name,
                       u.login,
                       u.title,
                       deptName(u.department),
                       m_store->presenceOf(u),
                       {},
                       u.active,
                       u.role};
        };
        if (m_deactivated) {
            for (const store::UserRecord &u : replica.deactivatedPeople(m_query, m_limit))
                rows.append(rowOf(u));
        } else if (searching()) {
            for (const PersonMatch &m : replica.searchPeople(m_query, m_limit)) {
                Row r = rowOf(m.user);
                if (m.field == PersonMatch::Field::Phone)
                    r.detail = m.user.phone;
                else if (m.field == PersonMatch::Field::Email)
                    r.detail = m.user.email;
                else if (m.field == PersonMatch::Field::Login)
                    r.detail = m.user.login;
                else if (m.field == PersonMatch::Field::EmployeeId)
                    r.detail = m.user.employeeId;
                rows.append(r);
            }
        } else if (m_department > 0) {
            for (const store::UserRecord &u : replica.peopleInDepartment(m_department))
                rows.append(rowOf(u));
        }
    } catch (const db::SqlError &e) {
        qCWarning(lcPeople) << "cannot read people" << e.what();
        return m_rows;
    }
    return rows;
}

void PeopleListModel::refresh()
{
    replaceRows(m_rows, readRows(), [](const Row &r) { return QString::number(r.user); });
}

} // namespace tack::ui
