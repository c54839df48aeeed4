#pragma once

#include "ChatStore.h"
#include "DirectoryStore.h"

#include <QCborMap>
#include <functional>

namespace tack::server {

// Takes a deactivated person out of every group they are in (direct chats stay), handing the groups they
// own to the longest-standing admin, else the longest-standing active member; records the events.
class GroupDeparture
{
public:
    using Recorder = std::function<void(const QString &stream, const char *kind, const QCborMap &data)>;

    GroupDeparture(ChatStore &chat, DirectoryStore &dir, Recorder record)
        : m_chat(chat), m_dir(dir), m_record(std::move(record))
    {}

    void leaveAll(qint64 user);

private:
    ChatStore &m_chat;
    DirectoryStore &m_dir;
    Recorder m_record;
};

} // namespace tack::server
