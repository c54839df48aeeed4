#pragma once

#include "domain/approvals/OrgDirectory.h"

#include <QHash>
#include <QSet>
#include <QString>

// An OrgDirectory built from the demo organisation's script (server/DemoScript.cpp): the same people,
// managers, departments and heads as a freshly seeded server, ids in script order from 1. Approval roles:
// from demo::kApprovalRoles (finance_director = 黄丽, finance = 宋涛 and 冯霞, hr = 周杰). Admins: 王芳
// (owner) and 周杰 (admin).
class DemoDirectory : public tack::approvals::OrgDirectory
{
public:
    DemoDirectory();

    qint64 id(const char *login) const;       // fails the test run loudly for an unknown login
    qint64 department(const char *key) const; // "company", "eng", "client", "finance"...

    // Test knobs.
    void disable(const char *login) { m_disabled.insert(id(login)); }
    void setRole(const QString &role, QList<qint64> members) { m_roles.insert(role, members); }
    void setAdmins(QList<qint64> admins) { m_admins = std::move(admins); }
    void setManager(const char *login, qint64 manager) { m_manager.insert(id(login), manager); }

    bool isActivePerson(qint64 user) const override;
    bool departmentExists(qint64 department) const override;
    qint64 managerOf(qint64 user) const override;
    QList<qint64> departmentsOf(qint64 user) const override;
    qint64 parentDepartment(qint64 department) const override;
    qint64 departmentHead(qint64 department) const override;
    QList<qint64> roleMembers(const QString &role) const override;
    QList<qint64> admins() const override;
    QString displayName(qint64 user) const override;

private:
    QHash<QString, qint64> m_ids;
    QHash<QString, qint64> m_departmentIds;
    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_manager;
    QHash<qint64, QList<qint64>> m_departments;
    QHash<qint64, qint64> m_parent;
    QHash<qint64, qint64> m_head;
    QHash<QString, QList<qint64>> m_roles;
    QList<qint64> m_admins;
    QSet<qint64> m_disabled;
};
