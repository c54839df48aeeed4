#pragma once

#include "Objects.h"
#include "db/StatementCache.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace tack::server {

// Rows of conversations, their members and messages.
class ChatStore
{
public:
    explicit ChatStore(db::StatementCache &sql) : m_sql(sql) {}

    std::optional<ConversationRow> conversation(const QString &id);
    void insertConversation(const ConversationRow &c);
    void setConversationTitle(const QString &id, const QString &title);
    void setConversationOwner(const QString &id, qint64 owner);
    // Recounts the members and stores the count; returns it.
    qint64 refreshMemberCount(const QString &id);
    // The user's conversations with ids after `afterId`, ordered by id.
    QList<ConversationRow> conversationsOf(qint64 user, const QString &afterId, int limit);
    QStringList conversationIdsOf(qint64 user);

    std::optional<MemberRow> member(const QString &conversation, qint64 user);
    void putMember(const MemberRow &m);
    void removeMember(const QString &conversation, qint64 user);
    QList<MemberRow> members(const QString &conversation, qint64 afterUser, int limit);
    QList<qint64> memberIds(const QString &conversation);
    void setReadMarker(const QString &conversation, qint64 user, qint64 upto);

    std::optional<MessageRow> message(const QString &id);
    void insertMessage(const MessageRow &m);
    void editMessage(const QString &id, const QString &text, qint64 editedAt);
    void recallMessage(const QString &id, qint64 by);
    // Messages with seq < beforeSeq, newest first, at most `limit`.
    QList<MessageRow> messagesBefore(const QString &conversation, qint64 beforeSeq, int limit);

    // Members other than `exclude` whose read marker is >= seq (read) or < seq (unread), with user ids
    // after `afterUser`, ascending, at most `limit`. Walks the members key in user order from the page
    // cursor, so a page costs at most a bounded scan and nothing is loaded in full.
    QList<qint64> readList(const QString &conversation, qint64 seq, bool read, qint64 exclude,
                           qint64 afterUser, int limit);
    // Counted on the (conversation, read, user) index.
    qint64 readCount(const QString &conversation, qint64 seq, bool read, qint64 exclude);

private:
    db::StatementCache &m_sql;
};

} // namespace tack::server
