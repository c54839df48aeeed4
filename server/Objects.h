#pragma once

#include <QCborMap>
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
};

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
