#include "SnapshotBuilder.h"

#include "ApprovalStore.h"
#include "ChatStore.h"
#include "DingStore.h"
#include "DirectoryStore.h"
#include "OpLog.h"
#include "TodoStore.h"
#include "domain/ChatRules.h"
#include "domain/TodoRules.h"

#include <limits>

namespace tack::server {
namespace {

using proto::Error;
using proto::ErrorCode;

QueryResult badPage()
{
    return QueryResult{Error{ErrorCode::InvalidArgs, QStringLiteral("page: not a page of this stream")}, {}};
}

// Page tokens look like "<letter>:<number>".
bool parseToken(const QString &page, QChar &kind, qint64 &after)
{
    if (page.size() < 3 || page.at(1) != QLatin1Char(':'))
        return false;
    bool ok = false;
    kind = page.at(0);
    after = page.mid(2).toLongLong(&ok);
    return ok && after >= 0;
}

QString token(char kind, qint64 after)
{
    return QStringLiteral("%1:%2").arg(QLatin1Char(kind)).arg(after);
}

} // namespace

QueryResult SnapshotBuilder::build(qint64 user, const QString &stream, const QString &page)
{
    QCborMap result;
    result.insert(QLatin1String("stream"), stream);
    result.insert(QLatin1String("head"), OpLog(m_store.sql()).head(stream));
    if (stream == streams::org())
        return orgPage(page, result);
    const QString conversation = streams::conversationOf(stream);
    if (!conversation.isEmpty())
        return conversationPage(conversation, page, result);
    if (const qint64 owner = streams::todoListOf(stream))
        return todoListPage(owner, page, result);
    const QString board = streams::boardOf(stream);
    if (!board.isEmpty())
        return boardPage(board, page, result);
    return userPage(user, page, result);
}

QueryResult SnapshotBuilder::orgPage(const QString &page, QCborMap result)
{
    QChar kind = QLatin1Char('d');
    qint64 after = 0;
    if (!page.isEmpty() &&
        (!parseToken(page, kind, after) || (kind != QLatin1Char('d') && kind != QLatin1Char('u'))))
        return badPage();

    DirectoryStore dir(m_store.sql());
    QCborArray departments;
    QCborArray users;
    int room = kRowsPerPage;
    QString next;
    if (kind == QLatin1Char('d')) {
        const QList<DepartmentRow> rows = dir.departments(after, room + 1);
        for (qsizetype i = 0; i < rows.size() && i < room; ++i)
            departments.append(toCbor(rows[i]));
        if (rows.size() > room)
            next = token('d', rows[room - 1].id);
        room -= int(departments.size());
        after = 0;
    }
    if (next.isEmpty() && room == 0)
        next = token('u', 0);
    if (next.isEmpty()) {
        const QList<UserRow> rows = dir.users(after, room + 1);
        for (qsizetype i = 0; i < rows.size() && i < room; ++i)
            users.append(toCbor(rows[i]));
        if (rows.size() > room)
            next = token('u', rows[room - 1].id);
    }
    QCborMap rows;
    rows.insert(QLatin1String("departments"), departments);
    rows.insert(QLatin1String("users"), users);
    if (page.isEmpty()) {
        QCborArray templates;
        for (const approvals::FormTemplate &t : ApprovalStore(m_store.sql()).storedTemplates())
            templates.append(toCbor(t));
        rows.insert(QLatin1String("approval_templates"), templates);
        QCborArray roles;
        for (const auto &[role, members] : ApprovalStore(m_store.sql()).roles()) {
            QCborArray users;
            for (qint64 user : members)
                users.append(user);
            QCborMap row;
            row.insert(QLatin1String("role"), role);
            row.insert(QLatin1String("users"), users);
            roles.append(row);
        }
        rows.insert(QLatin1String("approval_roles"), roles);
    }
    result.insert(QLatin1String("rows"), rows);
    if (!next.isEmpty())
        result.insert(QLatin1String("next"), next);
    return QueryResult{std::nullopt, result};
}

QueryResult SnapshotBuilder::userPage(qint64 user, const QString &page, QCborMap result)
{
    QString after;
    if (!page.isEmpty()) {
        if (!page.startsWith(QLatin1String("c:")))
            return badPage();
        after = page.mid(2);
    }
    const QList<ConversationRow> rows =
        ChatStore(m_store.sql()).conversationsOf(user, after, kRowsPerPage + 1);
    QCborArray conversations;
    for (qsizetype i = 0; i < rows.size() && i < kRowsPerPage; ++i)
        conversations.append(toCbor(rows[i]));
    QCborMap out;
    out.insert(QLatin1String("conversations"), conversations);
    if (page.isEmpty()) {
        // The approvals the user takes part in, most recently changed first, within half the reply budget.
        QCborArray visible;
        qsizetype bytes = 0;
        for (const approvals::ApprovalInstance &a :
             ApprovalStore(m_store.sql()).visibleTo(user, kApprovalsOnFirstPage)) {
            const QCborMap object = toCbor(a);
            bytes += object.toCborValue().toCbor().size();
            if (bytes > kReplyBudgetBytes / 2)
                break;
            visible.append(object);
        }
        out.insert(QLatin1String("approvals"), visible);
        QCborArray escalations;
        for (const QCborMap &e : TodoStore(m_store.sql()).openEscalationsOf(user, kEscalationsOnFirstPage))
            escalations.append(e);
        out.insert(QLatin1String("escalations"), escalations);
    }
    result.insert(QLatin1String("rows"), out);
    if (rows.size() > kRowsPerPage)
        result.insert(QLatin1String("next"), QLatin1String("c:") + rows[kRowsPerPage - 1].id);
    return QueryResult{std::nullopt, result};
}

QueryResult SnapshotBuilder::conversationPage(const QString &conversation, const QString &page,
                                              QCborMap result)
{
    QChar kind = QLatin1Char('m');
    qint64 after = 0;
    if (!page.isEmpty() && (!parseToken(page, kind, after) || kind != QLatin1Char('m')))
        return badPage();

    ChatStore chats(m_store.sql());
    QCborMap rows;
    if (page.isEmpty()) {
        const auto conv = chats.conversation(conversation);
        if (!conv)
            return QueryResult{Error{ErrorCode::NotFound, QStringLiteral("no such conversation")}, {}};
        rows.insert(QLatin1String("conversation"), toCbor(*conv));
        // Newest first, stopping early if long texts would push the frame towards the size limit.
        const QList<MessageRow> newest =
            chats.messagesBefore(conversation, std::numeric_limits<qint64>::max(), kMessagesOnFirstPage);
        qsizetype bytes = 0;
        qsizetype count = 0;
        for (; count < newest.size(); ++count) {
            bytes += newest[count].text.size() * 3 + 128;
            if (bytes > kReplyBudgetBytes / 2)
                break;
        }
        QCborArray messages;
        for (qsizetype i = count - 1; i >= 0; --i)
            messages.append(toCbor(newest[i]));
        rows.insert(QLatin1String("messages"), messages);
        // DINGs on those messages, and every one still waiting for a confirmation wherever it is.
        const qint64 minSeq = count > 0 ? newest[count - 1].seq : std::numeric_limits<qint64>::max();
        QCborArray dings;
        for (const DingRow &d :
             DingStore(m_store.sql()).snapshotRows(conversation, minSeq, kDingRowsOnFirstPage))
            dings.append(toCbor(d));
        rows.insert(QLatin1String("dings"), dings);
        // Todo marks on the same messages (protocol 14.6).
        QCborArray marks;
        for (const auto &[message, todo] :
             TodoStore(m_store.sql()).marksFrom(conversation, minSeq, kMessagesOnFirstPage)) {
            QCborMap mark;
            mark.insert(QLatin1String("message"), message);
            mark.insert(QLatin1String("todo"), todo);
            marks.append(mark);
        }
        rows.insert(QLatin1String("todo_marks"), marks);
    }
    const QList<MemberRow> members = chats.members(conversation, after, kRowsPerPage + 1);
    QCborArray memberRows;
    for (qsizetype i = 0; i < members.size() && i < kRowsPerPage; ++i)
        memberRows.append(toCbor(members[i]));
    rows.insert(QLatin1String("members"), memberRows);
    result.insert(QLatin1String("rows"), rows);
    if (members.size() > kRowsPerPage)
        result.insert(QLatin1String("next"), token('m', members[kRowsPerPage - 1].user));
    return QueryResult{std::nullopt, result};
}

} // namespace tack::server
