#pragma once

#include <QList>
#include <QString>

// What approvals need to know about the organisation. The server answers from its database, a client
// from its replica, tests from a fixture; the routing and validation code is the same on every side.
namespace tack::approvals {

class OrgDirectory
{
public:
    virtual ~OrgDirectory() = default;

    // An active (not disabled) person with this id.
    virtual bool isActivePerson(qint64 user) const = 0;
    virtual bool departmentExists(qint64 department) const = 0;
    // The person's manager, 0 when there is none.
    virtual qint64 managerOf(qint64 user) const = 0;
    // The person's departments, primary first.
    virtual QList<qint64> departmentsOf(qint64 user) const = 0;
    // 0 for a top-level department.
    virtual qint64 parentDepartment(qint64 department) const = 0;
    // 0 when the department has no head.
    virtual qint64 departmentHead(qint64 department) const = 0;
    // The people holding an approval role such as "finance" (empty for an unknown role).
    virtual QList<qint64> roleMembers(const QString &role) const = 0;
    // The org's owners and admins, who take over nodes nobody else can approve.
    virtual QList<qint64> admins() const = 0;
    // For messages ("already approved by 王芳 at 10:42"); a fallback such as "user 7" when unknown.
    virtual QString displayName(qint64 user) const = 0;
};

} // namespace tack::approvals
