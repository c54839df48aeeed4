#include "GroupDeparture.h"

#include "AdminSupport.h"
#include "domain/ChatRules.h"

#include <limits>

namespace tack::server {

using admin::single;

void GroupDeparture::leaveAll(qint64 user)
{
    for (const QString &id : m_chat.conversationIdsOf(user)) {
        const auto conv = m_chat.conversation(id);
        if (!conv || !conv->isGroup())
            continue; // direct chats stay, with their history
        const QString stream = streams::conversation(id);
        if (conv->owner == user || chat::roleFromName(m_chat.member(id, user)->role) == chat::Role::Owner) {
            // The group passes to its longest-standing admin, else its longest-standing member.
            std::optional<MemberRow> heir;
            for (const MemberRow &m : m_chat.members(id, 0, std::numeric_limits<int>::max())) {
                if (m.user == user)
                    continue;
                const auto person = m_dir.user(m.user);
                if (!person || !person->active)
                    continue;
                const bool admin = chat::roleFromName(m.role) == chat::Role::Admin;
                const bool heirAdmin = heir && chat::roleFromName(heir->role) == chat::Role::Admin;
                if (!heir || (admin && !heirAdmin) ||
                    (admin == heirAdmin &&
                     (m.joinedAt < heir->joinedAt || (m.joinedAt == heir->joinedAt && m.user < heir->user))))
                    heir = m;
            }
            if (heir) {
                heir->role = chat::roleName(chat::Role::Owner);
                m_chat.putMember(*heir);
                m_chat.setConversationOwner(id, heir->user);
                m_record(stream, "member.put", single("member", toCbor(*heir)));
            }
        }
        m_chat.removeMember(id, user);
        m_chat.refreshMemberCount(id);
        m_record(stream, "member.removed", single("user", user));
        m_record(stream, "conv.put", single("conversation", toCbor(*m_chat.conversation(id))));
        m_record(streams::user(user), "conv.left", single("conversation", id));
    }
}

} // namespace tack::server
