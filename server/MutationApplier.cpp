#include "MutationApplier.h"

#include "ApprovalMutations.h"
#include "AuditLog.h"
#include "BoardMutations.h"
#include "OrgAdmin.h"
#include "TodoMutations.h"
#include "domain/ChatRules.h"
#include "protocol/ArgReader.h"

#include <QCborArray>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <limits>

namespace tack::server {
namespace {

using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

MutationOutcome failure(ErrorCode code, const QString &message)
{
    MutationOutcome out;
    out.error = Error{code, message};
    return out;
}

MutationOutcome failure(const Error &e)
{
    MutationOutcome out;
    out.error = e;
    return out;
}

bool canManage(const MemberRow &m)
{
    const chat::Role role = chat::roleFromName(m.role);
    return role == chat::Role::Owner || role == chat::Role::Admin;
}

QCborMap single(const char *key, const QCborValue &value)
{
    QCborMap m;
    m.insert(QLatin1String(key), value);
    return m;
}

} // namespace

MutationApplier::MutationApplier(ServerStore &store, const MutationContext &ctx)
    : m_store(store), m_ctx(ctx), m_dir(store.sql()), m_chat(store.sql()), m_dings(store.sql()),
      m_log(store.sql())
{}

const QHash<QString, MutationApplier::Handler> &MutationApplier::handlers()
{
    static const QHash<QString, Handler> table{
        {QStringLiteral("conv.create"), &MutationApplier::convCreate},
        {QStringLiteral("dm.open"), &MutationApplier::dmOpen},
        {QStringLiteral("conv.rename"), &MutationApplier::convRename},
        {QStringLiteral("member.add"), &MutationApplier::memberAdd},
        {QStringLiteral("member.remove"), &MutationApplier::memberRemove},
        {QStringLiteral("member.role"), &MutationApplier::memberRole},
        {QStringLiteral("msg.send"), &MutationApplier::msgSend},
        {QStringLiteral("msg.edit"), &MutationApplier::msgEdit},
        {QStringLiteral("msg.recall"), &MutationApplier::msgRecall},
        {QStringLiteral("read"), &MutationApplier::read},
        {QStringLiteral("ding.send"), &MutationApplier::dingSend},
        {QStringLiteral("ding.confirm"), &MutationApplier::dingConfirm},
        {QStringLiteral("session.revoke"), &MutationApplier::sessionRevoke},
        {QStringLiteral("calendar.reset"), &MutationApplier::calendarReset},
    };
    return table;
}

QStringList MutationApplier::names()
{
    QStringList out = handlers().keys() + OrgAdmin::names() + ApprovalMutations::names() +
                      TodoMutations::names() + BoardMutations::names();
    out.sort();
    return out;
}

MutationOutcome MutationApplier::apply(const QString &name, const QCborMap &args)
{
    m_events.clear();
    MutationOutcome out;
    const auto recorder = [this](const QString &stream, const char *kind, const QCborMap &data) {
        record(stream, kind, data);
    };
    if (TodoMutations::handles(name)) {
        out = TodoMutations(m_store, m_ctx, recorder).apply(name, args);
    } else if (BoardMutations::handles(name)) {
        out = BoardMutations(m_store, m_ctx, recorder).apply(name, args);
    } else if (OrgAdmin::handles(name)) {
        out = OrgAdmin(m_store, m_ctx, [this](const QString &stream, const char *kind, const QCborMap &data) {
                  record(stream, kind, data);
              }).apply(name, args);
    } else if (ApprovalMutations::handles(name)) {
        ApprovalMutations approvals(m_store, m_ctx, recorder);
        out = approvals.apply(name, args);
        if (out.ok() && approvals.urgeDing())
            out.result.insert(QLatin1String("dinged"),
                              urgeByDing(approvals.urgeDing()->approvers, approvals.urgeDing()->text));
    } else {
        const Handler handler = handlers().value(name, nullptr);
        if (!handler)
            return failure(ErrorCode::UnknownMutation, QStringLiteral("unknown mutation '%1'").arg(name));
        out = (this->*handler)(args);
    }
    if (out.ok())
        out.events = m_events;
    return out;
}

void MutationApplier::record(const QString &stream, const char *kind, const QCborMap &data)
{
    m_events.append(m_log.append(stream, QLatin1String(kind), data,
                                 EventOrigin{m_ctx.actor, m_ctx.now, m_ctx.client, m_ctx.mutation}));
}

void MutationApplier::audit(const char *action, const QString &target, const QJsonObject &details)
{
    AuditLog(m_store).append(m_ctx.actor, QLatin1String(action), target, details, m_ctx.address);
}

void MutationApplier::recordConversation(const QString &conversation)
{
    if (const auto conv = m_chat.conversation(conversation))
        record(streams::conversation(conversation), "conv.put", single("conversation", toCbor(*conv)));
}

std::optional<Error> MutationApplier::loadMembership(const QString &conversation, ConversationRow &conv,
                                                     MemberRow &me)
{
    const auto c = m_chat.conversation(conversation);
    if (!c)
        return Error{ErrorCode::NotFound, QStringLiteral("no conversation '%1'").arg(conversation)};
    const auto m = m_chat.member(conversation, m_ctx.actor);
    if (!m)
        return Error{ErrorCode::Forbidden, QStringLiteral("you are not a member of this conversation")};
    conv = *c;
    me = *m;
    return std::nullopt;
}

std::optional<Error> MutationApplier::checkNewMember(qint64 user)
{
    const auto u = m_dir.user(user);
    if (!u)
        return Error{ErrorCode::NotFound, QStringLiteral("no user with id %1").arg(user)};
    if (!u->active)
        return Error{ErrorCode::InvalidArgs, QStringLiteral("user %1 is deactivated").arg(user)};
    return std::nullopt;
}

void MutationApplier::createConversation(const ConversationRow &conv, const QList<MemberRow> &members)
{
    ConversationRow row = conv;
    row.memberCount = members.size();
    m_chat.insertConversation(row);
    for (const MemberRow &m : members)
        m_chat.putMember(m);
    // Each member's own stream first, so a live session learns of the chat before its events arrive.
    const QCborMap convData = single("conversation", toCbor(row));
    for (const MemberRow &m : members)
        record(streams::user(m.user), "conv.joined", convData);
    const QString stream = streams::conversation(row.id);
    record(stream, "conv.put", convData);
    for (const MemberRow &m : members)
        record(stream, "member.put", single("member", toCbor(m)));
}

MutationOutcome MutationApplier::convCreate(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("id");
    const QString title = a.text("title", 1, chat::kMaxTitleChars);
    const QList<qint64> requested = a.integerList("members", chat::kMaxGroupMembers, 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    if (id.startsWith(QLatin1String("dm-")))
        return failure(ErrorCode::InvalidArgs,
                       QStringLiteral("id: ids beginning 'dm-' are reserved for direct chats"));
    if (title.trimmed().isEmpty())
        return failure(ErrorCode::InvalidArgs, QStringLiteral("title: must not be blank"));
    if (m_chat.conversation(id))
        return failure(ErrorCode::Conflict,
                       QStringLiteral("a conversation with id '%1' already exists").arg(id));

    QList<MemberRow> members{MemberRow{id, m_ctx.actor, QStringLiteral("owner"), 0, m_ctx.now}};
    QSet<qint64> seen{m_ctx.actor};
    for (qint64 user : requested) {
        if (seen.contains(user))
            continue;
        seen.insert(user);
        if (auto e = checkNewMember(user))
            return failure(*e);
        members.append(MemberRow{id, user, QStringLiteral("member"), 0, m_ctx.now});
    }
    if (members.size() > chat::kMaxGroupMembers)
        return failure(ErrorCode::InvalidArgs,
                       QStringLiteral("members: a group has at most %1 members").arg(chat::kMaxGroupMembers));

    createConversation(ConversationRow{id, QStringLiteral("group"), title, m_ctx.actor, m_ctx.now, 0},
                       members);
    audit("conv.create", QStringLiteral("conv:") + id,
          {{QStringLiteral("title"), title}, {QStringLiteral("members"), qint64(members.size())}});
    MutationOutcome out;
    out.result = single("conversation", id);
    return out;
}

QString MutationApplier::ensureDirect(qint64 other)
{
    const QString id = chat::directConversationId(m_ctx.actor, other);
    if (m_chat.conversation(id))
        return id;
    const qint64 low = qMin(m_ctx.actor, other);
    const qint64 high = qMax(m_ctx.actor, other);
    createConversation(ConversationRow{id, QStringLiteral("direct"), QString(), m_ctx.actor, m_ctx.now, 0},
                       {MemberRow{id, low, QStringLiteral("member"), 0, m_ctx.now},
                        MemberRow{id, high, QStringLiteral("member"), 0, m_ctx.now}});
    return id;
}

QCborArray MutationApplier::urgeByDing(const QList<qint64> &approvers, const QString &text)
{
    QCborArray dinged;
    for (qint64 user : approvers) {
        if (user == m_ctx.actor || checkNewMember(user))
            continue;
        const QString conversation = ensureDirect(user);
        const QString stream = streams::conversation(conversation);
        MessageRow msg;
        msg.id = QStringLiteral("urge-") + QUuid::createUuid().toString(QUuid::Id128);
        msg.conversation = conversation;
        msg.seq = m_log.head(stream) + 1;
        msg.sender = m_ctx.actor;
        msg.text = text.left(chat::kMaxMessageChars);
        msg.at = m_ctx.now;
        m_chat.insertMessage(msg);
        record(stream, "msg.new", single("message", toCbor(msg)));
        m_dings.putDing(conversation, msg.id, user, m_ctx.now, 1);
        QCborMap data = single("message", msg.id);
        data.insert(QLatin1String("users"), QCborArray{user});
        data.insert(QLatin1String("round"), 1);
        record(stream, "ding.sent", data);
        dinged.append(user);
    }
    return dinged;
}

MutationOutcome MutationApplier::dmOpen(const QCborMap &args)
{
    ArgReader a(args);
    const qint64 other = a.integer("user", 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    if (other == m_ctx.actor)
        return failure(ErrorCode::InvalidArgs, QStringLiteral("user: a direct chat needs another person"));
    if (auto e = checkNewMember(other))
        return failure(*e);

    MutationOutcome out;
    out.result = single("conversation", ensureDirect(other));
    return out;
}

MutationOutcome MutationApplier::convRename(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("conversation");
    const QString title = a.text("title", 1, chat::kMaxTitleChars);
    if (auto e = a.error())
        return failure(*e);
    if (title.trimmed().isEmpty())
        return failure(ErrorCode::InvalidArgs, QStringLiteral("title: must not be blank"));
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(id, conv, me))
        return failure(*e);
    if (!conv.isGroup() || !canManage(me))
        return failure(ErrorCode::Forbidden, QStringLiteral("only the owner and admins may rename a group"));
    if (conv.title != title) {
        m_chat.setConversationTitle(id, title);
        recordConversation(id);
    }
    return {};
}

MutationOutcome MutationApplier::memberAdd(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("conversation");
    const QList<qint64> users = a.integerList("users", chat::kMaxGroupMembers, 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(id, conv, me))
        return failure(*e);
    if (!conv.isGroup() || !canManage(me))
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the owner and admins may add members to a group"));

    QList<MemberRow> added;
    QSet<qint64> seen;
    for (qint64 user : users) {
        if (seen.contains(user) || m_chat.member(id, user))
            continue;
        seen.insert(user);
        if (auto e = checkNewMember(user))
            return failure(*e);
        added.append(MemberRow{id, user, QStringLiteral("member"), 0, m_ctx.now});
    }
    if (conv.memberCount + added.size() > chat::kMaxGroupMembers)
        return failure(ErrorCode::InvalidArgs,
                       QStringLiteral("users: a group has at most %1 members").arg(chat::kMaxGroupMembers));
    if (added.isEmpty())
        return {};
    for (const MemberRow &m : added)
        m_chat.putMember(m);
    m_chat.refreshMemberCount(id);
    const auto updated = m_chat.conversation(id);
    const QCborMap convData = single("conversation", toCbor(*updated));
    for (const MemberRow &m : added)
        record(streams::user(m.user), "conv.joined", convData);
    const QString stream = streams::conversation(id);
    for (const MemberRow &m : added)
        record(stream, "member.put", single("member", toCbor(m)));
    record(stream, "conv.put", convData);
    for (const MemberRow &m : added)
        audit("member.add", QStringLiteral("user:%1").arg(m.user), {{QStringLiteral("conversation"), id}});
    return {};
}

MutationOutcome MutationApplier::memberRemove(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("conversation");
    const qint64 user = a.integer("user", 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(id, conv, me))
        return failure(*e);
    if (!conv.isGroup())
        return failure(ErrorCode::Forbidden, QStringLiteral("nobody can be removed from a direct chat"));
    if (user != m_ctx.actor && !canManage(me))
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the owner and admins may remove other members"));
    const auto target = m_chat.member(id, user);
    if (!target)
        return failure(ErrorCode::NotFound, QStringLiteral("user %1 is not a member").arg(user));
    if (chat::roleFromName(target->role) == chat::Role::Owner)
        return failure(ErrorCode::Forbidden, QStringLiteral("the owner cannot be removed from the group"));

    m_chat.removeMember(id, user);
    m_chat.refreshMemberCount(id);
    const QString stream = streams::conversation(id);
    record(stream, "member.removed", single("user", user));
    recordConversation(id);
    record(streams::user(user), "conv.left", single("conversation", id));
    audit("member.remove", QStringLiteral("user:%1").arg(user),
          {{QStringLiteral("conversation"), id}, {QStringLiteral("left"), user == m_ctx.actor}});
    return {};
}

MutationOutcome MutationApplier::memberRole(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("conversation");
    const qint64 user = a.integer("user", 1, kMaxId);
    const QString role = a.text("role", 1, 16);
    if (auto e = a.error())
        return failure(*e);
    if (role != QLatin1String("admin") && role != QLatin1String("member"))
        return failure(ErrorCode::InvalidArgs, QStringLiteral("role: must be 'admin' or 'member'"));
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(id, conv, me))
        return failure(*e);
    if (!conv.isGroup() || chat::roleFromName(me.role) != chat::Role::Owner)
        return failure(ErrorCode::Forbidden, QStringLiteral("only the owner may change roles"));
    auto target = m_chat.member(id, user);
    if (!target)
        return failure(ErrorCode::NotFound, QStringLiteral("user %1 is not a member").arg(user));
    if (chat::roleFromName(target->role) == chat::Role::Owner)
        return failure(ErrorCode::Forbidden, QStringLiteral("the owner's role cannot change"));
    if (target->role == role)
        return {};
    audit("member.role", QStringLiteral("user:%1").arg(user),
          {{QStringLiteral("conversation"), id},
           {QStringLiteral("role"), role},
           {QStringLiteral("from"), target->role}});
    target->role = role;
    m_chat.putMember(*target);
    record(streams::conversation(id), "member.put", single("member", toCbor(*target)));
    return {};
}

MutationOutcome MutationApplier::msgSend(const QCborMap &args)
{
    ArgReader a(args);
    const QString conversation = a.objectId("conversation");
    const QString id = a.objectId("id");
    const QString text = a.text("text", 1, chat::kMaxMessageChars);
    if (auto e = a.error())
        return failure(*e);
    if (!chat::isValidMessageText(text))
        return failure(ErrorCode::InvalidArgs, QStringLiteral("text: must not be only white space"));
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(conversation, conv, me))
        return failure(*e);

    MutationOutcome out;
    if (const auto existing = m_chat.message(id)) {
        // A replay of the same send; once edited or recalled the original text is gone, so the
        // conversation and sender must do.
        const bool sameText = existing->text == text || existing->editedAt != 0 || existing->recalled;
        const bool same =
            existing->conversation == conversation && existing->sender == m_ctx.actor && sameText;
        if (!same)
            return failure(ErrorCode::Conflict, QStringLiteral("message id '%1' is already used").arg(id));
        out.result = single("seq", existing->seq);
        return out;
    }
    const QString stream = streams::conversation(conversation);
    MessageRow msg;
    msg.id = id;
    msg.conversation = conversation;
    msg.seq = m_log.head(stream) + 1; // the seq the msg.new event is about to get
    msg.sender = m_ctx.actor;
    msg.text = text;
    msg.at = m_ctx.now;
    m_chat.insertMessage(msg);
    record(stream, "msg.new", single("message", toCbor(msg)));
    out.result = single("seq", msg.seq);
    return out;
}

MutationOutcome MutationApplier::msgEdit(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("message");
    const QString text = a.text("text", 1, chat::kMaxMessageChars);
    if (auto e = a.error())
        return failure(*e);
    if (!chat::isValidMessageText(text))
        return failure(ErrorCode::InvalidArgs, QStringLiteral("text: must not be only white space"));
    const auto msg = m_chat.message(id);
    if (!msg)
        return failure(ErrorCode::NotFound, QStringLiteral("no message '%1'").arg(id));
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(msg->conversation, conv, me))
        return failure(*e);
    if (msg->sender != m_ctx.actor)
        return failure(ErrorCode::Forbidden, QStringLiteral("only the sender may edit a message"));
    if (msg->recalled)
        return failure(ErrorCode::Conflict, QStringLiteral("the message was recalled"));
    if (msg->text == text)
        return {};
    m_chat.editMessage(id, text, m_ctx.now);
    QCborMap data = single("message", id);
    data.insert(QLatin1String("text"), text);
    data.insert(QLatin1String("edited_at"), m_ctx.now);
    record(streams::conversation(msg->conversation), "msg.edit", data);
    return {};
}

MutationOutcome MutationApplier::msgRecall(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("message");
    if (auto e = a.error())
        return failure(*e);
    const auto msg = m_chat.message(id);
    if (!msg)
        return failure(ErrorCode::NotFound, QStringLiteral("no message '%1'").arg(id));
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(msg->conversation, conv, me))
        return failure(*e);
    switch (chat::recallVerdict(m_ctx.actor, chat::roleFromName(me.role), msg->sender, msg->at, m_ctx.now,
                                msg->recalled)) {
    case chat::RecallVerdict::AlreadyRecalled:
        return {}; // the intent is already true
    case chat::RecallVerdict::NotAllowed:
        return failure(ErrorCode::Forbidden,
                       QStringLiteral("only the sender, the owner and admins may recall"));
    case chat::RecallVerdict::WindowPassed:
        return failure(ErrorCode::RecallWindow, QStringLiteral("the 24-hour recall window has passed"));
    case chat::RecallVerdict::Allowed:
        break;
    }
    m_chat.recallMessage(id, m_ctx.actor);
    audit("msg.recall", QStringLiteral("msg:") + id,
          {{QStringLiteral("conversation"), msg->conversation}, {QStringLiteral("sender"), msg->sender}});
    QCborMap data = single("message", id);
    data.insert(QLatin1String("recalled_by"), m_ctx.actor);
    record(streams::conversation(msg->conversation), "msg.recall", data);
    return {};
}

MutationOutcome MutationApplier::read(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("conversation");
    const qint64 upto = a.integer("upto", 0, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(id, conv, me))
        return failure(*e);
    const QString stream = streams::conversation(id);
    // A marker never passes the stream head, and only moves forward.
    const qint64 marker = qMax(me.read, qMin(upto, m_log.head(stream)));
    if (marker > me.read) {
        m_chat.setReadMarker(id, m_ctx.actor, marker);
        QCborMap data = single("user", m_ctx.actor);
        data.insert(QLatin1String("upto"), marker);
        record(stream, "read", data);
    }
    MutationOutcome out;
    out.result = single("upto", marker);
    return out;
}

MutationOutcome MutationApplier::dingSend(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("message");
    const QList<qint64> users = a.integerList("users", chat::kMaxGroupMembers, 1, kMaxId);
    if (auto e = a.error())
        return failure(*e);
    if (users.isEmpty())
        return failure(ErrorCode::InvalidArgs, QStringLiteral("users: name at least one recipient"));
    const auto msg = m_chat.message(id);
    if (!msg)
        return failure(ErrorCode::NotFound, QStringLiteral("no message '%1'").arg(id));
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(msg->conversation, conv, me))
        return failure(*e);
    if (msg->sender != m_ctx.actor)
        return failure(ErrorCode::Forbidden, QStringLiteral("only the sender may DING a message"));
    if (msg->recalled)
        return failure(ErrorCode::Conflict, QStringLiteral("the message was recalled"));

    // Recipients who already confirmed are left out rather than refused: a confirmation racing with a
    // re-DING is normal, and "DING again to everyone unconfirmed" must not fail because of it.
    QList<qint64> dinged;
    QSet<qint64> seen;
    for (qint64 user : users) {
        if (seen.contains(user))
            continue;
        seen.insert(user);
        if (user == m_ctx.actor)
            return failure(ErrorCode::InvalidArgs,
                           QStringLiteral("users: the sender cannot DING themselves"));
        if (!m_chat.member(msg->conversation, user))
            return failure(ErrorCode::InvalidArgs, QStringLiteral("users: %1 is not a member").arg(user));
        const auto existing = m_dings.ding(id, user);
        if (existing && existing->confirmedAt != 0)
            continue;
        dinged.append(user);
    }
    std::sort(dinged.begin(), dinged.end());
    QCborArray dingedArray;
    for (qint64 user : dinged)
        dingedArray.append(user);
    MutationOutcome out;
    out.result = single("users", dingedArray);
    if (dinged.isEmpty())
        return out;
    const qint64 round = m_dings.lastRound(id) + 1;
    for (qint64 user : dinged)
        m_dings.putDing(msg->conversation, id, user, m_ctx.now, round);
    QCborMap data = single("message", id);
    data.insert(QLatin1String("users"), dingedArray);
    data.insert(QLatin1String("round"), round);
    record(streams::conversation(msg->conversation), "ding.sent", data);
    return out;
}

MutationOutcome MutationApplier::dingConfirm(const QCborMap &args)
{
    ArgReader a(args);
    const QString id = a.objectId("message");
    if (auto e = a.error())
        return failure(*e);
    const auto msg = m_chat.message(id);
    if (!msg)
        return failure(ErrorCode::NotFound, QStringLiteral("no message '%1'").arg(id));
    ConversationRow conv;
    MemberRow me;
    if (auto e = loadMembership(msg->conversation, conv, me))
        return failure(*e);
    const auto ding = m_dings.ding(id, m_ctx.actor);
    if (!ding)
        return failure(ErrorCode::Forbidden, QStringLiteral("you were not dinged on this message"));
    MutationOutcome out;
    if (ding->confirmedAt != 0) {
        out.result = single("confirmed_at", ding->confirmedAt);
        return out; // already true
    }
    m_dings.confirm(id, m_ctx.actor, m_ctx.now);
    QCborMap data = single("message", id);
    data.insert(QLatin1String("user"), m_ctx.actor);
    record(streams::conversation(msg->conversation), "ding.confirmed", data);
    out.result = single("confirmed_at", m_ctx.now);
    return out;
}

} // namespace tack::server
