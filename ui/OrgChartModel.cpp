#include "OrgChartModel.h"

#include "DisplayText.h"
#include "StoreReader.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcOrgChart, "tack.ui.orgchart")

namespace tack::ui {

OrgChartModel::OrgChartModel(QObject *parent) : DirectoryListModel(Follows::Directory, parent)
{}

void OrgChartModel::setUserIdForQml(double id)
{
    if (qint64(id) == m_user)
        return;
    m_user = qint64(id);
    emit userIdChanged();
    refresh();
}

int OrgChartModel::reportCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return r.kind == QLatin1String("report"); }));
}

int OrgChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrgChartModel::data(const QModelIndex &index, int role) const
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
    case KindRole:
        return r.kind;
    case LevelRole:
        return r.level;
    case LoginRole:
        return r.login;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrgChartModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {NameRole, "name"},   {InitialsRole, "initials"}, {TitleRole, "title"},
            {KindRole, "kind"},     {LevelRole, "level"}, {LoginRole, "login"}};
}

QList<OrgChartModel::Row> OrgChartModel::readRows()
{
    QList<Row> rows;
    if (!canRead() || m_user <= 0)
        return rows;
    try {
        auto &replica = m_store->replica();
        auto person = replica.user(m_user);
        if (!person)
            return rows;
        auto rowOf = [](const store::UserRecord &u, const char *kind) {
            return Row{u.id,    u.name.isEmpty() ? u.login : u.name, u.login,
                       u.title, QString::fromLatin1(kind),           0};
        };
        QList<Row> chain;
        QSet<qint64> seen{person->id};
        for (qint64 m = person->manager; m > 0 && !seen.contains(m) && chain.size() < kMaxChain;) {
            seen.insert(m);
            auto manager = replica.user(m);
            if (!manager)
                break;
            chain.prepend(rowOf(*manager, "manager"));
            m = manager->manager;
        }
        for (qsizetype i = 0; i < chain.size(); ++i)
            chain[i].level = int(i);
        rows = chain;
        Row self = rowOf(*person, "self");
        self.level = int(chain.size());
        rows.append(self);
        for (const store::UserRecord &r : replica.directReports(person->id)) {
            if (seen.contains(r.id)) // keys stay unique even when bad data has a manager loop
                continue;
            Row report = rowOf(r, "report");
            report.level = self.level + 1;
            rows.append(report);
        }
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgChart) << "cannot read the org chart" << e.what();
        return m_rows;
    }
    return rows;
}

void OrgChartModel::refresh()
{
    const int reportsBefore = reportCount();
    const qsizetype rowsBefore = m_rows.size();
    replaceRows(m_rows, readRows(), [](const Row &r) { return QString::number(r.user); });
    if (rowsBefore == m_rows.size() && reportsBefore != reportCount())
        emit countChanged(); // reportCount shares the signal
}

} // namespace tack::ui
