#pragma once

#include <QCborMap>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tack::store {

struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString name;
    QString title;
    qint64 department = 0;
    qint64 manager = 0;
    bool active = true;
    // Schema v5 (empty/0 until the server sends them).
    QString employeeId;
    QString phone;
    QString email;
    QString role;              // org role, e.g. "admin" or "member"; empty when the server sends none
    QList<qint64> departments; // every department, primary first (the primary is `department`)
    bool onLeave = false;      // set by the person or an admin; shown as presence "on leave"
};

// One person found by Replica::searchPeople, with what matched (best first).
struct PersonMatch
{
    enum class Field
    {
        Name,        // the name from its start (王芳, Alice Smith)
        GivenName,   // the name after the surname or first word (芳, Smith)
        Pinyin,      // full pinyin from its start (wangfang)
        GivenPinyin, // pinyin of the given name (fang)
        Initials,    // initials (wf)
        Login,       // login from its start
        Email,       // e-mail address from its start
        EmployeeId,  // employee id from its start
        Phone,       // any run of the phone number's digits
        Department   // one of the person's departments
    };
    UserRecord user;
    Field field = Field::Name;
};

struct DepartmentRecord
{
    qint64 id = 0;
    QString name;
    qint64 parent = 0;
    qint64 manager = 0;
};

struct ConversationRecord
{
    QString id;
    QString kind; // "direct" or "group"
    QString title;
    qint64 owner = 0;
    qint64 createdAt = 0;
    int memberCount = 0;
    bool pending = false; // created locally, not yet confirmed by the server

    // Derived for conversation lists.
    QString displayTitle; // the title, or the other person's name for a direct chat
    qint64 unread = 0;    // messages from others above my read marker, not recalled
    qint64 myRead = 0;    // my read marker
    qint64 lastSeq = 0;
    qint64 lastAt = 0; // time of the newest message (or creation), for sorting by activity
    QString lastText;
    qint64 lastSender = 0;
};

struct MemberRecord
{
    qint64 user = 0;
    QString role; // owner, admin, member
    qint64 read = 0;
};

struct MessageRecord
{
    enum class State
    {
        Pending,
        Sent,
        Failed
    };

    QString id;
    QString conversation;
    qint64 seq = 0; // 0 while pending
    qint64 sender = 0;
    QString text;
    qint64 at = 0;
    qint64 editedAt = 0;
    bool recalled = false;
    qint64 recalledBy = 0;
    State state = State::Sent;
    QString error; // why it failed, for State::Failed
};

QString stateName(MessageRecord::State state);

struct OutboxEntry
{
    qint64 mutation = 0;
    QString name;
    QCborMap args;
    int attempts = 0;
    bool failed = false;
    QString error;
    qint64 createdAt = 0;
};

// One recipient of a DING, with what the alert and the status view show.
struct DingRecord
{
    QString message;
    QString conversation;
    qint64 user = 0;   // the recipient
    qint64 sender = 0; // the message's sender, who sent the DING
    qint64 dingedAt = 0;
    qint64 confirmedAt = 0; // 0 while unconfirmed (a pending local confirmation counts as confirmed)
    qint64 round = 0;
    QString text; // the message text, empty if the message is not stored
    bool recalled = false;
    QString senderName;
    QString userName;
    QString conversationTitle; // empty for direct chats
};

// What a write to the replica changed, so the caller can emit fine-grained change signals.
struct ApplyOutcome
{
    QSet<QString> conversations; // conversation ids whose rows, members or messages changed
    bool directory = false;      // users or departments changed
    bool dings = false;          // DINGs were sent, confirmed or dropped
    bool todos = false;          // todos (cards included) changed
    bool approvals = false;      // approvals or approval templates changed
    QSet<QString> boards;        // boards whose row, columns or cards changed
    QStringList joinedStreams;   // c/... streams the user was added to (start syncing them)
    QStringList leftStreams;     // c/... streams the user lost (already dropped from the replica)

    void merge(const ApplyOutcome &other);
};

} // namespace tack::store
