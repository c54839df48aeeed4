#pragma once

#include "DirectoryListModel.h"

namespace tack::ui {

// People of the directory page: the members of one department, or, while `query` is not blank, the people
// the replica's directory search finds (name, pinyin, initials, phone, e-mail, login, department). With
// `deactivated` set (the People admin page), the deactivated people whose name or login contains `query`.
class PeopleListModel : public tack::ui::DirectoryListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        double departmentId READ departmentIdForQml WRITE setDepartmentIdForQml NOTIFY departmentIdChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(bool deactivated READ deactivated WRITE setDeactivated NOTIFY deactivatedChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY queryChanged)

public:
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1, // user id
        NameRole,                      // display name
        InitialsRole,                  // avatar letters
        TitleRole,                     // job title
        DepartmentRole,                // name of the primary department
        PresenceRole,                  // "online", "away", "offline" or "on_leave"
        PresenceTextRole,              // the presence, translated
        DetailRole,                    // the second line: what a search matched when it is not the name
                                       // (phone, e-mail, ...), else "title · department"
        LoginRole,                     // login, also the avatar colour key
        ActiveRole,                    // false once deactivated
        OrgRoleRole,                   // "owner", "admin" or "member"
        OrgRoleTextRole,               // the org role, translated; empty for members
    };
    Q_ENUM(Roles)

    explicit PeopleListModel(QObject *parent = nullptr);

    qint64 departmentId() const { return m_department; }
    double departmentIdForQml() const { return double(m_department); }
    void setDepartmentIdForQml(double id);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    bool deactivated() const { return m_deactivated; }
    void setDeactivated(bool deactivated);
    bool searching() const { return !m_query.trimmed().isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE double userAt(int row) const;

    void refresh() override;

signals:
    void departmentIdChanged();
    void queryChanged();
    void limitChanged();
    void deactivatedChanged();

private:
    struct Row
    {
        qint64 user = 0;
        QString name;
        QString login;
        QString title;
        QString department;
        QString presence;
        QString detail;
        bool active = true;
        QString role;

        bool operator==(const Row &) const = default;
    };
    QList<Row> readRows();

    qint64 m_department = 0;
    QString m_query;
    int m_limit = 100;
    bool m_deactivated = false;
    QList<Row> m_rows;
};

} // namespace tack::ui
