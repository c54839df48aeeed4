#pragma once

#include "ServerStore.h"

#include <QByteArray>
#include <QString>

namespace tack::server {

// Each user's due dates as an iCalendar feed (RFC 5545) that Thunderbird or Outlook can subscribe to
// (docs/protocol.md 14.8). The feed's URL carries a token derived from a server secret, the user id and the
// user's generation number (users.calendar_generation), so no token is stored and a user's URL is replaced
// by bumping the generation (`calendar.reset`): the old URL stops working at once.
class CalendarFeed
{
public:
    explicit CalendarFeed(ServerStore &store) : m_store(store) {}

    // The URL path of the user's feed: /calendar/<user>/<64 hex>.ics (creates the server secret once).
    QString pathFor(qint64 user);
    // Bumps the user's generation (the `calendar.reset` mutation, in its transaction): the old path stops
    // working and pathFor() gives the new one, which is returned.
    QString reset(qint64 user);
    // The user a requested path belongs to when its token is right; 0 otherwise (compared in constant time).
    qint64 userForPath(const QString &path);
    // The feed: one VEVENT per open todo with a due date that the user created or is assigned to.
    QByteArray ics(qint64 user, qint64 nowMs);

    // RFC 5545 TEXT escaping and line folding (75 octets, never inside a UTF-8 sequence); for tests.
    static QByteArray escapeText(const QString &text);
    static QByteArray foldLine(const QByteArray &line);

private:
    QByteArray secret();
    qint64 generation(qint64 user);
    QByteArray tokenFor(qint64 user);

    ServerStore &m_store;
};

} // namespace tack::server
