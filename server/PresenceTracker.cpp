#include "PresenceTracker.h"

namespace tack::server {

namespace {

void adjust(QHash<qint64, int> &counts, qint64 user, int delta)
{
    const int n = counts.value(user) + delta;
    if (n > 0)
        counts.insert(user, n);
    else
        counts.remove(user);
}

} // namespace

bool PresenceTracker::isReportable(const QString &state)
{
    return state == QLatin1String("online") || state == QLatin1String("away");
}

QString PresenceTracker::stateOf(qint64 user) const
{
    if (m_online.contains(user))
        return QStringLiteral("online");
    if (m_away.contains(user))
        return QStringLiteral("away");
    return QStringLiteral("offline");
}

QHash<qint64, QString> PresenceTracker::present() const
{
    QHash<qint64, QString> out;
    for (auto it = m_away.constBegin(); it != m_away.constEnd(); ++it)
        out.insert(it.key(), QStringLiteral("away"));
    for (auto it = m_online.constBegin(); it != m_online.constEnd(); ++it)
        out.insert(it.key(), QStringLiteral("online"));
    return out;
}

std::optional<PresenceTracker::Change> PresenceTracker::changed(qint64 user, const QString &before) const
{
    const QString now = stateOf(user);
    if (now == before)
        return std::nullopt;
    return Change{user, now};
}

std::optional<PresenceTracker::Change> PresenceTracker::connectionUp(const void *connection, qint64 user)
{
    if (m_connections.contains(connection)) // callers end an earlier identity with connectionDown first
        return std::nullopt;
    const QString before = stateOf(user);
    m_connections.insert(connection, Connection{user, false});
    adjust(m_online, user, 1);
    return changed(user, before);
}

std::optional<PresenceTracker::Change> PresenceTracker::connectionDown(const void *connection)
{
    const auto it = m_connections.constFind(connection);
    if (it == m_connections.constEnd())
        return std::nullopt;
    const Connection c = *it;
    const QString before = stateOf(c.user);
    m_connections.remove(connection);
    adjust(c.away ? m_away : m_online, c.user, -1);
    return changed(c.user, before);
}

std::optional<PresenceTracker::Change> PresenceTracker::report(const void *connection, const QString &state)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end() || !isReportable(state))
        return std::nullopt;
    const bool away = state == QLatin1String("away");
    if (it->away == away)
        return std::nullopt;
    const QString before = stateOf(it->user);
    adjust(it->away ? m_away : m_online, it->user, -1);
    it->away = away;
    adjust(away ? m_away : m_online, it->user, 1);
    return changed(it->user, before);
}

} // namespace tack::server
