#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace tack::server {

// Live presence, kept in memory only (docs/protocol.md, "Presence"): a person is online while any of their
// authenticated connections says "online", away while all of them say "away", offline with none. Connections
// are opaque keys. Every call returns the person's new state when it changed, so the caller pushes exactly
// the changes.
class PresenceTracker
{
public:
    struct Change
    {
        qint64 user = 0;
        QString state; // "online", "away" or "offline"
    };

    // A connection authenticated as `user`; it starts online. A connection that says hello again is ended
    // with connectionDown first.
    std::optional<Change> connectionUp(const void *connection, qint64 user);
    // The connection closed or logged out.
    std::optional<Change> connectionDown(const void *connection);
    // The connection reports "online" or "away"; nothing for an unknown connection or state.
    std::optional<Change> report(const void *connection, const QString &state);

    QString stateOf(qint64 user) const;
    // Everyone who is not offline, with their state.
    QHash<qint64, QString> present() const;

    static bool isReportable(const QString &state);

private:
    struct Connection
    {
        qint64 user = 0;
        bool away = false;
    };
    std::optional<Change> changed(qint64 user, const QString &before) const;

    QHash<const void *, Connection> m_connections;
    QHash<qint64, int> m_online; // user -> connections saying online
    QHash<qint64, int> m_away;   // user -> connections saying away
};

} // namespace tack::server
