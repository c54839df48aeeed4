#include "Objects.h"

#include <QCborArray>

namespace tack::server {

QCborMap toCbor(const UserRow &u)
{
    QCborMap m;
    m.insert(QLatin1String("id"), u.id);
    m.insert(QLatin1String("login"), u.login);
    m.insert(QLatin1String("name"), u.name);
    m.insert(QLatin1String("title"), u.title);
    m.insert(QLatin1String("department"), u.department);
    m.insert(QLatin1String("manager"), u.manager);
    m.insert(QLatin1String("active"), u.active);
    m.insert(QLatin1String("employee_id"), u.employeeId);
    m.insert(QLatin1String("phone"), u.phone);
    m.insert(QLatin1String("email"), u.email);
    QCborArray departments;
    for (qint64 d : u.departments)
        departments.append(d);
    m.insert(QLatin1String("departments"), departments);
    m.insert(QLatin1String("role"), u.role);
    m.insert(QLatin1String("deactivated_at"), u.deactivatedAt);
    m.insert(QLatin1String("on_leave"), u.onLeave);
    return m;
}

QCborMap toCbor(const DepartmentRow &d)
{
    QCborMap m;
    m.insert(QLatin1String("id"), d.id);
    m.insert(QLatin1String("name"), d.name);
    m.insert(QLatin1String("parent"), d.parent);
    m.insert(QLatin1String("manager"), d.manager);
    return m;
}

QCborMap toCbor(const ConversationRow &c)
{
    QCborMap m;
    m.insert(QLatin1String("id"), c.id);
    m.insert(QLatin1String("kind"), c.kind);
    m.insert(QLatin1String("title"), c.title);
    m.insert(QLatin1String("owner"), c.owner);
    m.insert(QLatin1String("created_at"), c.createdAt);
    m.insert(QLatin1String("member_count"), c.memberCount);
    return m;
}

QCborMap toCbor(const MemberRow &mr)
{
    QCborMap m;
    m.insert(QLatin1String("user"), mr.user);
    m.insert(QLatin1String("role"), mr.role);
    m.insert(QLatin1String("read"), mr.read);
    return m;
}

QCborMap toCbor(const MessageRow &msg)
{
    QCborMap m;
    m.insert(QLatin1String("id"), msg.id);
    m.insert(QLatin1String("conversation"), msg.conversation);
    m.insert(QLatin1String("seq"), msg.seq);
    m.insert(QLatin1String("sender"), msg.sender);
    m.insert(QLatin1String("text"), msg.text);
    m.insert(QLatin1String("at"), msg.at);
    m.insert(QLatin1String("edited_at"), msg.editedAt);
    m.insert(QLatin1String("recalled"), msg.recalled);
    m.insert(QLatin1String("recalled_by"), msg.recalledBy);
    return m;
}

} // namespace tack::server
