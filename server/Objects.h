#pragma once

#include <QCborMap>
#include <QList>
#include <QString>

// Rows of the server's tables and their wire form (the objects of docs/protocol.md section 3).
namespace tack::server {

struct UserRow
{
    qint64 id = 0;
    QString login;
    QString name;
    QString title;
    qint64 department = 0;
    qint64 manager = 0;
    bool active = true;
    QString passwordHash;
    QString employeeId; // empty or unique
    QString phone;
    QString email;
    QString role = QStringLiteral("member"); // org role: "owner", "admin" or "member"
    qint64 deactivatedAt = 0;
    QList<qint64> departments; // every department, the primary (= department) first
    bool onLeave = false;      // set by the person or an owner/admin; clients show presence "on leave"
};

namespace orgrole {
inline const QString kOwner = QStringLiteral("owner");
inline const QString kAdmin = QStringLiteral("admin");
inline const QString kMember = QStringLiteral("member");
inline bool isValid(const QString &role)
{
    return role == kOwner || role == kAdmin || role == kMember;
}
// Owners and admins administer the org directory.
inline bool administers(const QString &role)
{
    return role == kOwner || role == kAdmin;
}
} // namespace orgrole

struct DepartmentRow
{
    qint64 id = 0;
    QString name;
    qint64 parent = 0;
    qint64 manager = 0;
};

struct ConversationRow
{
    QString id;
    QString kind; // "direct" or "group"
    QString title;
    qint64 owner = 0;
    qint64 createdAt = 0;
    qint64 memberCount = 0;

    bool isGroup() const { return kind == QLatin1String("group"); }
};

struct MemberRow
{
    QString conversation;
    qint64 user = 0;
    QString role; // "owner", "admin" or "member"
    qint64 read = 0;
    qint64 joinedAt = 0; // kept from the first insert; 0 for members from before schema 3
};

struct MessageRow
{
    QString id;
    QString conversation;
    qint64 seq = 0;
    qint64 sender = 0;
    QString text;
    qint64 at = 0;
    qint64 editedAt = 0;
    bool recalled = false;
    qint64 recalledBy = 0;
};

QCborMap toCbor(const UserRow &u);
QCborMap toCbor(const DepartmentRow &d);
QCborMap toCbor(const ConversationRow &c);
QCborMap toCbor(const MemberRow &m);
QCborMap toCbor(const MessageRow &m);

} // namespace tack::server
