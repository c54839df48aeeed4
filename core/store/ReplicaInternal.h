#pragma once

// Shared by the Replica*.cpp files only; not part of the store's public API.

#include "db/StatementCache.h"
#include "store/ReplicaTypes.h"

#include <QCborMap>
#include <QCborValue>

class QTextStream;

namespace tack::store::detail {

// What every write helper needs: the connection, its statement cache and who "me" is.
struct Ctx
{
    db::Database &db;
    StatementCache &sql;
    qint64 me = 0;                 // the account's user id (0 before login)
    int version = 0;               // schema version of the open file
    bool bufferedMessages = false; // rows waiting in temp.incoming_messages (see bufferMessage)
};

inline QCborValue field(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key));
}

qint64 nowMs();
QString newObjectId(); // 32 hex characters from the system's secure generator
// Throws db::SqlError for an event or row that cannot be applied (the transaction rolls back).
[[noreturn]] void malformed(const QString &what);

// --- remote rows (ReplicaEvents.cpp) ---
void applyEvent(Ctx &c, const QString &stream, const QCborMap &event, ApplyOutcome &out);
void putUser(Ctx &c, const QCborMap &user);
QString departmentIds(const QCborMap &user); // the user object's `departments` as stored: "3,7"
void putDepartment(Ctx &c, const QCborMap &department);
// `authoritative`: the row comes from the conversation's own stream and replaces what is stored; otherwise
// (u/... streams) it only fills in a conversation we do not have yet or one still pending locally.
void putConversation(Ctx &c, const QCborMap &conversation, bool authoritative);
void putMember(Ctx &c, const QString &conversation, const QCborMap &member);
// Server messages are collected in a temp table and written to `messages` with one INSERT ... SELECT:
// FTS5 flushes its pending index data at every statement boundary inside a transaction, so a thousand
// single-row inserts would write a thousand tiny index segments (measured 6x slower).
void bufferMessage(Ctx &c, const QString &conversation, const QCborMap &message);
void flushMessages(Ctx &c); // runs before anything that may read or change those messages
void dropConversation(Ctx &c, const QString &conversation);
void setCursor(Ctx &c, const QString &stream, qint64 seq);
// Recomputes the maintained list columns (last message, unread, my marker) of the touched conversations.
void refreshSummaries(Ctx &c, const ApplyOutcome &out);

// --- directory index (ReplicaDirectory.cpp); no-ops below schema version 5 ---
QString searchKey(const QString &text); // lower case, letters and digits only
QString joinIds(const QList<qint64> &ids);
void indexPerson(Ctx &c, qint64 user); // after the person's users row changed
void indexAllPeople(Ctx &c);           // after the users table was replaced

// --- DINGs (ReplicaDings.cpp); all no-ops below schema version 4 ---
// Applies ding.sent / ding.confirmed; returns false for other kinds.
bool applyDingEvent(Ctx &c, const QString &conversation, const QString &kind, const QCborMap &event,
                    ApplyOutcome &out);
void stageDings(Ctx &c, const QString &stream, const QCborMap &rows);
void swapDings(Ctx &c, const QString &stream, const QString &conversation, ApplyOutcome &out);
void clearDingStaging(Ctx &c, const QString &stream);
void dropDings(Ctx &c, const QString &conversation);
void confirmDingLocally(Ctx &c, const QString &message, qint64 at, ApplyOutcome &out);
void undoDingConfirm(Ctx &c, const QString &message, ApplyOutcome &out);
void dumpDings(Ctx &c, QTextStream &s);

// --- approvals (ReplicaApprovals.cpp); all no-ops below schema version 7 ---
// Applies approval.put / approval.template (approval.notice is only skipped); returns false for other kinds.
bool applyApprovalEvent(Ctx &c, const QString &kind, const QCborMap &data, ApplyOutcome &out);
void stageApprovals(Ctx &c, const QString &stream, const QCborMap &rows);
void swapApprovals(Ctx &c, const QString &stream, ApplyOutcome &out);
void clearApprovalStaging(Ctx &c, const QString &stream);
void dumpApprovals(Ctx &c, QTextStream &s);

// --- todos and boards (ReplicaTodos.cpp, ReplicaTodoOverlay.cpp); no-ops below schema version 6 ---
QString joinedIds(const QCborArray &ids);     // ",3,7,": how assignee and member lists are stored
void writeTodo(Ctx &c, const QCborMap &todo); // the visible row from a todo object
void writeBoard(Ctx &c, const QCborMap &board);
void writeColumn(Ctx &c, const QCborMap &column);
void putServerTodo(Ctx &c, const QCborMap &todo, const QString &stream, ApplyOutcome &out);
// todo.put, todo.removed, board.put, column.put, msg.todo, board.joined, board.left; false for other kinds.
bool applyTodoEvent(Ctx &c, const QString &stream, const QString &kind, const QCborMap &event,
                    ApplyOutcome &out);
void stageTodoRows(Ctx &c, const QString &stream, const QCborMap &rows); // t/, b/ and c/ (todo marks)
void swapTodoStream(Ctx &c, const QString &stream, ApplyOutcome &out);
void clearTodoStaging(Ctx &c, const QString &stream);
void dropTodoStream(Ctx &c, const QString &stream, ApplyOutcome &out); // t/ or b/, cursor included
void dropTodoMarks(Ctx &c, const QString &conversation);
void dumpTodos(Ctx &c, QTextStream &s);
bool isTodoMutation(const QString &name);
QString todoSubject(const QString &name, const QCborMap &args); // the todo, column or board it changes
bool applyTodoLocalEffect(Ctx &c, const QString &name, const QCborMap &args, qint64 at, ApplyOutcome &out);
void resetTodoRows(Ctx &c, const QString &name, const QCborMap &args, ApplyOutcome &out);

// --- outbox (ReplicaOutbox.cpp) ---
// Writes a mutation's optimistic effect; idempotent, so the overlay can run it again after remote writes.
void applyLocalEffect(Ctx &c, const QString &name, const QCborMap &args, qint64 at, ApplyOutcome &out);
// Re-applies every pending (not failed) mutation in mutation order on top of fresh remote data.
void replayOverlay(Ctx &c, ApplyOutcome &out);
// The tail of every remote write: overlay, then summaries. Runs inside the caller's transaction.
void finishRemoteWrite(Ctx &c, ApplyOutcome &out);

// The merge rule for a server message object landing on a row that may already exist (a pending send of
// ours, an older copy, or a copy that already saw later events): a recall is final, and an edit only
// replaces text when it is at least as new as the stored one. Visible columns follow the server columns;
// the overlay re-applies pending local changes afterwards.
#define TACK_MESSAGE_UPSERT_SET                                                                              \
    " conversation=excluded.conversation, seq=excluded.seq, sender=excluded.sender, at=excluded.at,"         \
    " state='sent', error='',"                                                                               \
    " server_recalled=max(server_recalled, excluded.server_recalled),"                                       \
    " server_recalled_by=CASE WHEN server_recalled=1 THEN server_recalled_by"                                \
    "   ELSE excluded.server_recalled_by END,"                                                               \
    " server_text=CASE WHEN server_recalled=1 OR excluded.server_recalled=1 THEN ''"                         \
    "   WHEN excluded.server_edited_at>=server_edited_at THEN excluded.server_text ELSE server_text END,"    \
    " server_edited_at=max(server_edited_at, excluded.server_edited_at),"                                    \
    " recalled=max(server_recalled, excluded.server_recalled),"                                              \
    " recalled_by=CASE WHEN server_recalled=1 THEN server_recalled_by ELSE excluded.server_recalled_by END," \
    " text=CASE WHEN server_recalled=1 OR excluded.server_recalled=1 THEN ''"                                \
    "   WHEN excluded.server_edited_at>=server_edited_at THEN excluded.server_text ELSE server_text END,"    \
    " edited_at=max(server_edited_at, excluded.server_edited_at)"

} // namespace tack::store::detail
