// Server: pushing committed events to the live sessions that follow their streams (docs/protocol.md 3.1,
// rule 5), moving subscriptions on conv.joined / conv.left, and holding the read markers of large groups
// for a moment so they go out together.

#include "Server.h"
#include "Session.h"

#include "domain/ChatRules.h"
#include "domain/TodoRules.h"
#include "protocol/Frame.h"

#include <QCborArray>
#include <QSet>

namespace tack::server {

namespace {

// In a group this large every member's `read` would be pushed to every other member one frame at a time:
// a burst of people opening an announcement costs members × readers frames. Held reads go out as one
// frame per member: after 250 ms, or after a second in a stream followed by 1000 or more connections,
// where even one frame per member every 250 ms is 20,000 writes a second at 5000 members.
constexpr qsizetype kHoldReadsFrom = 200; // subscribers of the stream
constexpr qsizetype kHoldReadsLongerFrom = 1000;
constexpr int kHoldReadsMs = 250;
constexpr int kHoldReadsLongerMs = 1000;

QCborArray slice(const QCborArray &array, qsizetype from, qsizetype to)
{
    QCborArray out;
    for (qsizetype i = from; i < to; ++i)
        out.append(array.at(i));
    return out;
}

bool onlyReads(const QCborArray &events)
{
    for (const QCborValue &v : events) {
        if (v.toMap().value(QLatin1String("kind")).toString() != QLatin1String("read"))
            return false;
    }
    return true;
}

} // namespace

void Server::deliver(const QList<QCborMap> &events)
{
    qsizetype i = 0;
    while (i < events.size()) {
        const QString stream = events[i].value(QLatin1String("stream")).toString();
        QCborArray group;
        while (i < events.size() && events[i].value(QLatin1String("stream")).toString() == stream)
            group.append(events[i++]);
        deliverGroup(stream, group);
    }
    // A session follows a stream it joined only after the batch that added it: the rest of that batch (a new
    // group's conv.put and one member.put per member) reaches it by snapshot, as docs/protocol.md 3.1 says.
    // Pushing it live would send every member of a 5000-member group 5001 events they fetch anyway.
    if (m_joinsAfterBatch.isEmpty())
        return;
    const QSet<Session *> live(m_sessions.cbegin(), m_sessions.cend()); // one may have ended meanwhile
    for (const auto &[session, stream] : std::as_const(m_joinsAfterBatch)) {
        if (live.contains(session) && !session->isClosing())
            m_fanout.subscribe(session, stream);
    }
    m_joinsAfterBatch.clear();
}

void Server::deliverGroup(const QString &stream, const QCborArray &events)
{
    if (events.isEmpty())
        return;
    auto held = m_heldReads.find(stream);
    const bool holdable = onlyReads(events);
    if (holdable && held == m_heldReads.end()) {
        const qsizetype followers = m_fanout.subscriberCount(stream);
        if (followers >= kHoldReadsFrom) {
            const int holdMs = followers >= kHoldReadsLongerFrom ? kHoldReadsLongerMs : kHoldReadsMs;
            held = m_heldReads.insert(stream, HeldReads{{}, monotonicMs() + holdMs});
        }
    }
    if (holdable && held != m_heldReads.end()) {
        for (const QCborValue &v : events)
            held->events.append(v);
        m_deliveredHeads[stream] = qMax(m_deliveredHeads.value(stream),
                                        events.last().toMap().value(QLatin1String("seq")).toInteger());
        if (!m_heldReadsTimer.isActive())
            m_heldReadsTimer.start(kHoldReadsMs);
        return;
    }
    if (held != m_heldReads.end()) {
        // Events of a stream go out in seq order: held reads first, in the same frame.
        QCborArray all = held->events;
        m_heldReads.erase(held);
        for (const QCborValue &v : events)
            all.append(v);
        sendGroup(stream, all);
        return;
    }
    sendGroup(stream, events);
}

void Server::flushHeldReads()
{
    const qint64 now = monotonicMs();
    for (auto it = m_heldReads.begin(); it != m_heldReads.end();) {
        if (it->dueMs > now) {
            ++it;
            continue;
        }
        const QString stream = it.key();
        const QCborArray events = it->events;
        it = m_heldReads.erase(it);
        sendGroup(stream, events);
    }
    if (!m_heldReads.isEmpty())
        m_heldReadsTimer.start(kHoldReadsMs);
}

void Server::sendGroup(const QString &stream, const QCborArray &events)
{
    const QList<Session *> subscribers = m_fanout.subscribers(stream);
    QByteArray bytes;
    if (!subscribers.isEmpty()) {
        // Encoded once for every subscriber. A group too large for one frame (rare: a batch of big
        // messages, a large conv.create) is split in halves; measuring each event up front would mean
        // encoding everything twice.
        bytes = proto::encodeFrame(proto::eventsFrame(events));
        if (bytes.size() > kReplyBudgetBytes && events.size() > 1) {
            const qsizetype half = events.size() / 2;
            sendGroup(stream, slice(events, 0, half));
            sendGroup(stream, slice(events, half, events.size()));
            return;
        }
    }
    m_deliveredHeads[stream] =
        qMax(m_deliveredHeads.value(stream), events.last().toMap().value(QLatin1String("seq")).toInteger());
    if (subscribers.isEmpty())
        return;
    for (Session *s : subscribers) {
        if (m_options.faultDropLive > 0 && m_faultRandom.generateDouble() < m_options.faultDropLive)
            continue;
        s->sendBytes(bytes);
    }
    // Membership changes move live subscriptions; a deactivated person's connections end.
    QList<qint64> deactivated;
    for (const QCborValue &v : events) {
        const QCborMap event = v.toMap();
        const QString kind = event.value(QLatin1String("kind")).toString();
        const QCborMap data = event.value(QLatin1String("data")).toMap();
        if (kind == QLatin1String("conv.joined")) {
            const QString target = streams::conversation(
                data.value(QLatin1String("conversation")).toMap().value(QLatin1String("id")).toString());
            for (Session *s : subscribers)
                m_joinsAfterBatch.append({s, target});
        } else if (kind == QLatin1String("conv.left")) {
            const QString target =
                streams::conversation(data.value(QLatin1String("conversation")).toString());
            for (Session *s : subscribers)
                m_fanout.unsubscribe(s, target);
        } else if (kind == QLatin1String("board.joined")) {
            const QString target = streams::board(
                data.value(QLatin1String("board")).toMap().value(QLatin1String("id")).toString());
            for (Session *s : subscribers)
                m_joinsAfterBatch.append({s, target});
        } else if (kind == QLatin1String("board.left")) {
            const QString target = streams::board(data.value(QLatin1String("board")).toString());
            for (Session *s : subscribers)
                m_fanout.unsubscribe(s, target);
        } else if (kind == QLatin1String("user.put")) {
            const QCborMap user = data.value(QLatin1String("user")).toMap();
            if (!user.value(QLatin1String("active")).toBool(true))
                deactivated.append(user.value(QLatin1String("id")).toInteger());
        }
    }
    for (qint64 user : deactivated)
        endSessionsOf(user);
}

} // namespace tack::server
