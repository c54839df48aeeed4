#pragma once

#include "DirectoryListModel.h"

namespace tack::ui {

// The Roles admin page: who administers the organisation (owners, then admins) and who manages which
// department, one row per (person, role) with a `kind` the view uses for sections.
class OrgRolesModel : public tack::ui::DirectoryListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int ownerCount READ ownerCount NOTIFY countChanged)

public:
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1, // user id
        NameRole,                      // display name
        LoginRole,                     // login, the avatar colour key
        InitialsRole,                  // avatar letters
        KindRole,                      // "owner", "admin" or "manager"
        SectionRole,                   // the kind as a section heading, translated ("Owners", ...)
        DetailRole,                    // owners and admins: their title; managers: the department they manage
        DepartmentIdRole,              // managers: the department's id; 0 otherwise
        LastOwnerRole,                 // the only owner: they cannot give up the role
    };
    Q_ENUM(Roles)

    explicit OrgRolesModel(QObject *parent = nullptr);

    int ownerCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void refresh() override;

private:
    struct Row
    {
        qint64 user = 0;
        QString name;
        QString login;
        QString kind;
        QString detail;
        qint64 department = 0;

        bool operator==(const Row &) const = default;
    };
    QList<Row> readRows();

    QList<Row> m_rows;
};

} // namespace tack::ui
