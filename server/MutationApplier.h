#pragma once

#include "ChatStore.h"
#include "DingStore.h"
#include "DirectoryStore.h"
#include "MutationTypes.h"
#include "OpLog.h"
#include "ServerStore.h"
#include "protocol/ErrorCode.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace tack::server {

// Applies one mutation (docs/protocol.md section 6): checks arguments and permissions, changes the
// state tables and appends the events. Runs inside the caller's savepoint; when the outcome carries an
// error the caller rolls the savepoint back. SQL failures throw db::SqlError.
class MutationApplier
{
public:
    MutationApplier(ServerStore &store, const MutationContext &ctx);

    MutationOutcome apply(const QString &name, const QCborMap &args);
    // The acting connection's session (its token hash): session.revoke never revokes it with "others".
    void setSessionTokenHash(const QByteArray &hash) { m_tokenHash = hash; }
    // Every mutation name this server implements, sorted.
    static QStringList names();

private:
    using Handler = MutationOutcome (MutationApplier::*)(const QCborMap &);
    static const QHash<QString, Handler> &handlers();

    MutationOutcome convCreate(const QCborMap &args);
    MutationOutcome dmOpen(const QCborMap &args);
    MutationOutcome convRename(const QCborMap &args);
    MutationOutcome memberAdd(const QCborMap &args);
    MutationOutcome memberRemove(const QCborMap &args);
    MutationOutcome memberRole(const QCborMap &args);
    MutationOutcome msgSend(const QCborMap &args);
    MutationOutcome msgEdit(const QCborMap &args);
    MutationOutcome msgRecall(const QCborMap &args);
    MutationOutcome read(const QCborMap &args);
    MutationOutcome dingSend(const QCborMap &args);
    MutationOutcome dingConfirm(const QCborMap &args);
    MutationOutcome sessionRevoke(const QCborMap &args); // in SessionRevoke.cpp
    MutationOutcome calendarReset(const QCborMap &args); // in CalendarReset.cpp

    // The urge of an approval as a DING: a message in the direct chat with each approver, DINGed to them.
    QCborArray urgeByDing(const QList<qint64> &approvers, const QString &text);
    // The direct chat of the actor with `other`, created (with its events) when it does not exist yet.
    QString ensureDirect(qint64 other);
    // Creates a conversation with its members and all the events that announce it.
    void createConversation(const ConversationRow &conv, const QList<MemberRow> &members);
    // The conversation and the actor's membership, or the error to answer with.
    std::optional<proto::Error> loadMembership(const QString &conversation, ConversationRow &conv,
                                               MemberRow &me);
    std::optional<proto::Error> checkNewMember(qint64 user);
    void record(const QString &stream, const char *kind, const QCborMap &data);
    void recordConversation(const QString &conversation);
    // An audit log entry by the actor, in the mutation's transaction.
    void audit(const char *action, const QString &target, const QJsonObject &details);

    ServerStore &m_store;
    MutationContext m_ctx;
    QByteArray m_tokenHash;
    DirectoryStore m_dir;
    ChatStore m_chat;
    DingStore m_dings;
    OpLog m_log;
    QList<QCborMap> m_events;
};

} // namespace tack::server
