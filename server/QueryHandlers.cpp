#include "QueryHandlers.h"

#include "AuditLog.h"
#include "CalendarFeed.h"
#include "ChatStore.h"
#include "OpLog.h"
#include "SnapshotBuilder.h"
#include "TodoStore.h"
#include "domain/ChatRules.h"
#include "domain/TodoRules.h"
#include "protocol/ArgReader.h"

#include <limits>

namespace tack::server {
namespace {

using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

QueryResult failed(const Error &e)
{
    return QueryResult{e, {}};
}

} // namespace

QStringList QueryHandlers::readableStreams(qint64 user)
{
    QStringList out{streams::org(), streams::user(user), streams::todos(user)};
    const QStringList conversations = ChatStore(m_store.sql()).conversationIdsOf(user);
    for (const QString &id : conversations)
        out.append(streams::conversation(id));
    const QStringList boards = TodoStore(m_store.sql()).boardIdsOf(user);
    for (const QString &id : boards)
        out.append(streams::board(id));
    return out;
}

std::optional<Error> QueryHandlers::checkMember(qint64 user, const QString &conversation)
{
    // A conversation that does not exist and one the user is not in look the same from outside.
    if (!ChatStore(m_store.sql()).member(conversation, user))
        return Error{ErrorCode::Forbidden, QStringLiteral("you are not a member of this conversation")};
    return std::nullopt;
}

std::optional<Error> QueryHandlers::checkReadable(qint64 user, const QString &stream)
{
    if (stream == streams::org())
        return std::nullopt;
    if (stream.startsWith(QLatin1String("u/"))) {
        bool ok = false;
        const qint64 id = stream.mid(2).toLongLong(&ok);
        if (!ok)
            return Error{ErrorCode::InvalidArgs, QStringLiteral("stream: no such stream")};
        if (id != user)
            return Error{ErrorCode::Forbidden, QStringLiteral("another user's stream")};
        return std::nullopt;
    }
    if (stream.startsWith(QLatin1String("t/"))) {
        bool ok = false;
        const qint64 id = stream.mid(2).toLongLong(&ok);
        if (!ok)
            return Error{ErrorCode::InvalidArgs, QStringLiteral("stream: no such stream")};
        if (id != user)
            return Error{ErrorCode::Forbidden, QStringLiteral("another user's todo list")};
        return std::nullopt;
    }
    const QString board = streams::boardOf(stream);
    if (!board.isEmpty()) {
        if (!ArgReader::isObjectId(board))
            return Error{ErrorCode::InvalidArgs, QStringLiteral("stream: no such stream")};
        // A board that does not exist and one the user is not on look the same from outside.
        if (!TodoStore(m_store.sql()).isBoardMember(board, user))
            return Error{ErrorCode::Forbidden, QStringLiteral("you are not a member of this board")};
        return std::nullopt;
    }
    const QString conversation = streams::conversationOf(stream);
    if (conversation.isEmpty() || !ArgReader::isObjectId(conversation))
        return Error{ErrorCode::InvalidArgs, QStringLiteral("stream: no such stream")};
    return checkMember(user, conversation);
}

QueryResult QueryHandlers::fetch(qint64 user, const QCborMap &request)
{
    ArgReader a(request);
    const QString stream = a.text("stream", 1, 80);
    const qint64 after = a.integer("after", 0, kMaxId);
    const qint64 limit = a.optionalInteger("limit", 1, 1000, 1000);
    if (auto e = a.error())
        return failed(*e);
    if (auto e = checkReadable(user, stream))
        return failed(*e);

    OpLog log(m_store.sql());
    const qint64 head = log.head(stream);
    if (after > head) {
        return failed(
            Error{ErrorCode::MustRefetch,
                  QStringLiteral("the cursor %1 is above the stream head %2").arg(after).arg(head)});
    }
    if (head - after > m_catchupLimit) {
        return failed(
            Error{ErrorCode::MustRefetch, QStringLiteral("%1 events behind; the catch-up limit is %2")
                                              .arg(head - after)
                                              .arg(m_catchupLimit)});
    }
    QCborMap result;
    result.insert(QLatin1String("stream"), stream);
    result.insert(QLatin1String("head"), head);
    QueryResult out{std::nullopt, result};
    // The stored events go into the reply as they are: decoding and re-encoding them was most of a fetch.
    out.encodedEvents = log.tailEncoded(stream, after, int(limit), kReplyBudgetBytes);
    return out;
}

QueryResult QueryHandlers::snapshot(qint64 user, const QCborMap &request)
{
    ArgReader a(request);
    const QString stream = a.text("stream", 1, 80);
    const std::optional<QString> page = a.optionalText("page", 100);
    if (auto e = a.error())
        return failed(*e);
    if (auto e = checkReadable(user, stream))
        return failed(*e);
    return SnapshotBuilder(m_store).build(user, stream, page.value_or(QString()));
}

QueryResult QueryHandlers::history(qint64 user, const QCborMap &request)
{
    ArgReader a(request);
    const QString conversation = a.objectId("conversation");
    const qint64 before = a.integer("before", 0, kMaxId);
    const qint64 limit = a.optionalInteger("limit", 1, 200, 50);
    if (auto e = a.error())
        return failed(*e);
    if (auto e = checkMember(user, conversation))
        return failed(*e);

    // `before` 0 means "from the newest message".
    const qint64 upper = before == 0 ? kMaxId : before;
    const QList<MessageRow> newestFirst =
        ChatStore(m_store.sql()).messagesBefore(conversation, upper, int(limit) + 1);
    bool more = newestFirst.size() > limit;
    QList<MessageRow> kept;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < newestFirst.size() && i < limit; ++i) {
        bytes += newestFirst[i].text.size() * 3 + 128;
        if (!kept.isEmpty() && bytes > kReplyBudgetBytes) {
            more = true;
            break;
        }
        kept.append(newestFirst[i]);
    }
    QCborArray messages;
    for (auto it = kept.crbegin(); it != kept.crend(); ++it)
        messages.append(toCbor(*it));
    QCborMap result;
    result.insert(QLatin1String("messages"), messages);
    result.insert(QLatin1String("more"), more);
    return QueryResult{std::nullopt, result};
}

QueryResult QueryHandlers::readList(qint64 user, const QCborMap &request)
{
    ArgReader a(request);
    const QString conversation = a.objectId("conversation");
    const QString messageId = a.objectId("message");
    const QString state = a.text("state", 1, 10);
    const qint64 after = a.optionalInteger("after", 0, kMaxId, 0);
    const qint64 limit = a.optionalInteger("limit", 1, 500, 100);
    if (auto e = a.error())
        return failed(*e);
    if (state != QLatin1String("read") && state != QLatin1String("unread"))
        return failed(Error{ErrorCode::InvalidArgs, QStringLiteral("state: must be 'read' or 'unread'")});
    if (auto e = checkMember(user, conversation))
        return failed(*e);
    ChatStore chats(m_store.sql());
    const auto message = chats.message(messageId);
    if (!message || message->conversation != conversation)
        return failed(Error{ErrorCode::NotFound,
                            QStringLiteral("no message '%1' in this conversation").arg(messageId)});

    const bool wantRead = state == QLatin1String("read");
    const QList<qint64> users =
        chats.readList(conversation, message->seq, wantRead, message->sender, after, int(limit) + 1);
    QCborArray page;
    for (qsizetype i = 0; i < users.size() && i < limit; ++i)
        page.append(users[i]);
    QCborMap result;
    result.insert(QLatin1String("users"), page);
    result.insert(QLatin1String("read_count"),
                  chats.readCount(conversation, message->seq, true, message->sender));
    result.insert(QLatin1String("unread_count"),
                  chats.readCount(conversation, message->seq, false, message->sender));
    if (users.size() > limit)
        result.insert(QLatin1String("next"), users[limit - 1]);
    return QueryResult{std::nullopt, result};
}

QueryResult QueryHandlers::auditList(qint64 user, const QCborMap &request)
{
    ArgReader a(request);
    AuditFilter f;
    f.actor = a.optionalInteger("actor", 0, kMaxId, -1);
    f.action = a.optionalText("action", 64).value_or(QString());
    f.since = a.optionalInteger("since", 0, kMaxId, 0);
    f.until = a.optionalInteger("until", 0, kMaxId, kMaxId);
    f.before = a.optionalInteger("before", 0, kMaxId, 0);
    f.limit = int(a.optionalInteger("limit", 1, 500, 100));
    const bool exporting = a.boolean("export", false);
    if (auto e = a.error())
        return failed(*e);
    AuditLog log(m_store);
    if (!log.mayRead(user))
        return failed(Error{ErrorCode::Forbidden, QStringLiteral("only the organisation's owners and admins "
                                                                 "may read the audit log")});
    // An export is audited once, when its first page is asked for.
    if (exporting && f.before == 0) {
        QJsonObject details{{QStringLiteral("via"), QStringLiteral("audit.list")}};
        if (f.actor >= 0)
            details.insert(QStringLiteral("actor"), f.actor);
        if (!f.action.isEmpty())
            details.insert(QStringLiteral("action"), f.action);
        if (f.since > 0)
            details.insert(QStringLiteral("since"), f.since);
        if (f.until != kMaxId)
            details.insert(QStringLiteral("until"), f.until);
        log.append(user, QStringLiteral("export"), QStringLiteral("audit_log"), details);
    }
    const QList<audit::AuditRecord> page = log.list(f);
    QCborArray entries;
    for (const audit::AuditRecord &r : page)
        entries.append(audit::toCbor(r));
    QCborMap result;
    result.insert(QLatin1String("entries"), entries);
    result.insert(QLatin1String("head"), log.head().seq);
    if (page.size() == f.limit && page.last().seq > 1)
        result.insert(QLatin1String("next"), page.last().seq);
    return QueryResult{std::nullopt, result};
}

QueryResult QueryHandlers::calendarUrl(qint64 user, const QCborMap &)
{
    QCborMap result;
    result.insert(QLatin1String("path"), CalendarFeed(m_store).pathFor(user));
    result.insert(QLatin1String("port"), qint64(m_calendarPort));
    return QueryResult{std::nullopt, result};
}

} // namespace tack::server
