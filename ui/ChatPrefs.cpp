#include "ChatPrefs.h"

#include <QSettings>

namespace tack::ui {

namespace {

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

ChatPrefs::ChatPrefs(QObject *parent) : QObject(parent)
{}

void ChatPrefs::load(const QString &path, const QString &group)
{
    m_path = path;
    m_group = group;
    m_pinned.clear();
    m_muted.clear();
    m_lastChat.clear();
    if (m_path.isEmpty())
        return;
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(m_group);
    m_pinned = toSet(s.value(QStringLiteral("pinned")).toStringList());
    m_muted = toSet(s.value(QStringLiteral("muted")).toStringList());
    m_lastChat = s.value(QStringLiteral("last")).toString();
}

void ChatPrefs::setLastChat(const QString &conversation)
{
    if (conversation == m_lastChat)
        return;
    m_lastChat = conversation;
    save();
    emit lastChatChanged();
}

void ChatPrefs::setPinned(const QString &conversation, bool pinned)
{
    if (pinned == isPinned(conversation))
        return;
    if (pinned)
        m_pinned.insert(conversation);
    else
        m_pinned.remove(conversation);
    save();
    emit changed(conversation);
}

void ChatPrefs::setMuted(const QString &conversation, bool muted)
{
    if (muted == isMuted(conversation))
        return;
    if (muted)
        m_muted.insert(conversation);
    else
        m_muted.remove(conversation);
    save();
    emit changed(conversation);
}

void ChatPrefs::save() const
{
    if (m_path.isEmpty())
        return;
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(m_group);
    s.setValue(QStringLiteral("pinned"), sorted(m_pinned));
    s.setValue(QStringLiteral("muted"), sorted(m_muted));
    s.setValue(QStringLiteral("last"), m_lastChat);
}

} // namespace tack::ui
