#include "ChatWorkload.h"

#include "ServerLedger.h"

#include <QCborArray>

using tack::store::MemberRecord;

bool ChatWorkload::prepare(FaultCluster &cluster, QString *error)
{
    // One group with everybody, created by the first client, so the first actions have somewhere to go.
    FaultClient &owner = cluster.client(0);
    QList<qint64> others;
    for (qint64 id : cluster.userIds()) {
        if (id != owner.userId())
            others.append(id);
    }
    const QString group = owner.session().createGroup(QStringLiteral("Everyone"), others);
    owner.track(QStringLiteral("conv.create"), group);
    for (int i = 0; i < cluster.clientCount(); ++i) {
        FaultClient &c = cluster.client(i);
        if (!c.test().waitFor([&] { return c.reader().members(group).size() == others.size() + 1; })) {
            *error = QStringLiteral("%1 never saw the first group").arg(c.login());
            return false;
        }
    }
    return true;
}

QString ChatWorkload::nextText(const QString &what)
{
    return QStringLiteral("%1 #%2").arg(what).arg(++m_counter);
}

QStringList ChatWorkload::myGroups(FaultClient &c, bool ownedOnly)
{
    QStringList out;
    for (const auto &conv : c.reader().conversations()) {
        if (conv.kind != QLatin1String("group"))
            continue;
        const auto me = c.reader().member(conv.id, c.userId());
        if (me && (!ownedOnly || me->role == QLatin1String("owner")))
            out.append(conv.id);
    }
    return out;
}

void ChatWorkload::act(FaultCluster &cluster, FaultRng &rng)
{
    FaultClient &c = cluster.client(rng.below(cluster.clientCount()));
    // Weights out of 100; an action that has nothing to work on falls back to a send.
    const int roll = rng.below(100);
    bool done = false;
    if (roll < 40)
        done = send(c, rng);
    else if (roll < 52)
        done = edit(c, rng);
    else if (roll < 57)
        done = recall(c, rng);
    else if (roll < 69)
        done = read(c, rng);
    else if (roll < 72)
        done = createGroup(cluster, c, rng);
    else if (roll < 79)
        done = addMember(cluster, c, rng);
    else if (roll < 84)
        done = removeMember(c, rng);
    else if (roll < 93)
        done = ding(c, rng);
    else
        done = confirm(c);
    if (!done && !send(c, rng))
        createGroup(cluster, c, rng);
    ++m_actions;
}

bool ChatWorkload::send(FaultClient &c, FaultRng &rng)
{
    const QStringList groups = myGroups(c, false);
    if (groups.isEmpty())
        return false;
    const QString conversation = rng.pick(groups);
    const QString text = nextText(QStringLiteral("message from %1").arg(c.login()));
    const QString id = c.session().sendMessage(conversation, text);
    QCborMap args;
    args.insert(QLatin1String("conversation"), conversation);
    args.insert(QLatin1String("id"), id);
    args.insert(QLatin1String("text"), text);
    c.track(QStringLiteral("msg.send"), id, args);
    m_sent[&c].append(id);
    return true;
}

bool ChatWorkload::edit(FaultClient &c, FaultRng &rng)
{
    QStringList live;
    for (const QString &id : m_sent.value(&c)) {
        if (!m_recalled.value(&c).contains(id))
            live.append(id);
    }
    if (live.isEmpty())
        return false;
    const QString id = rng.pick(live.mid(qMax<qsizetype>(0, live.size() - 20))); // mostly recent ones
    const QString text = nextText(QStringLiteral("edited by %1").arg(c.login()));
    c.session().editMessage(id, text);
    QCborMap args;
    args.insert(QLatin1String("message"), id);
    args.insert(QLatin1String("text"), text);
    c.track(QStringLiteral("msg.edit"), id, args);
    return true;
}

bool ChatWorkload::recall(FaultClient &c, FaultRng &rng)
{
    QStringList live;
    for (const QString &id : m_sent.value(&c)) {
        if (!m_recalled.value(&c).contains(id))
            live.append(id);
    }
    if (live.isEmpty())
        return false;
    const QString id = rng.pick(live);
    c.session().recallMessage(id);
    QCborMap args;
    args.insert(QLatin1String("message"), id);
    c.track(QStringLiteral("msg.recall"), id, args);
    m_recalled[&c].insert(id);
    return true;
}

bool ChatWorkload::read(FaultClient &c, FaultRng &rng)
{
    const QStringList groups = myGroups(c, false);
    if (groups.isEmpty())
        return false;
    const QString conversation = rng.pick(groups);
    c.session().markRead(conversation);
    c.track(QStringLiteral("read"), conversation);
    return true;
}

bool ChatWorkload::createGroup(FaultCluster &cluster, FaultClient &c, FaultRng &rng)
{
    QList<qint64> members;
    for (qint64 id : cluster.userIds()) {
        if (id != c.userId() && rng.chance(0.6))
            members.append(id);
    }
    const QString id = c.session().createGroup(nextText(QStringLiteral("group")), members);
    c.track(QStringLiteral("conv.create"), id);
    return true;
}

bool ChatWorkload::addMember(FaultCluster &cluster, FaultClient &c, FaultRng &rng)
{
    const QStringList owned = myGroups(c, true);
    if (owned.isEmpty())
        return false;
    const QString conversation = rng.pick(owned);
    QList<qint64> outside;
    for (qint64 id : cluster.userIds()) {
        if (!c.reader().member(conversation, id))
            outside.append(id);
    }
    if (outside.isEmpty())
        return false;
    QCborMap args;
    args.insert(QLatin1String("conversation"), conversation);
    args.insert(QLatin1String("users"), QCborArray{rng.pick(outside)});
    c.track(QStringLiteral("member.add"), c.session().submit(QStringLiteral("member.add"), args), args);
    return true;
}

bool ChatWorkload::removeMember(FaultClient &c, FaultRng &rng)
{
    const QStringList groups = myGroups(c, false);
    if (groups.isEmpty())
        return false;
    const QString conversation = rng.pick(groups);
    const auto me = c.reader().member(conversation, c.userId());
    qint64 user = c.userId(); // leave, unless I own the group: then remove someone else
    if (me && me->role == QLatin1String("owner")) {
        QList<qint64> others;
        for (const MemberRecord &m : c.reader().members(conversation)) {
            if (m.user != c.userId())
                others.append(m.user);
        }
        if (others.isEmpty())
            return false;
        user = rng.pick(others);
    } else if (!rng.chance(0.3)) {
        return false; // members leave now and then, not every time
    }
    QCborMap args;
    args.insert(QLatin1String("conversation"), conversation);
    args.insert(QLatin1String("user"), user);
    c.track(QStringLiteral("member.remove"), c.session().submit(QStringLiteral("member.remove"), args), args);
    return true;
}

bool ChatWorkload::ding(FaultClient &c, FaultRng &rng)
{
    QStringList candidates;
    for (const QString &id : m_sent.value(&c)) {
        const auto m = c.reader().message(id);
        if (m && m->seq > 0 && !m->recalled && c.reader().member(m->conversation, c.userId()))
            candidates.append(id);
    }
    if (candidates.isEmpty())
        return false;
    const QString id = rng.pick(candidates.mid(qMax<qsizetype>(0, candidates.size() - 20)));
    const auto message = c.reader().message(id);
    QList<qint64> users;
    for (const MemberRecord &m : c.reader().members(message->conversation)) {
        if (m.user != c.userId() && rng.chance(0.7))
            users.append(m.user);
    }
    if (users.isEmpty())
        return false;
    const QString ref = c.session().dingMessage(id, users);
    c.track(QStringLiteral("ding.send"), ref);
    return true;
}

bool ChatWorkload::confirm(FaultClient &c)
{
    const auto pending = c.reader().pendingDingsForMe();
    if (pending.isEmpty())
        return false;
    c.session().confirmDing(pending.first().message);
    c.track(QStringLiteral("ding.confirm"), pending.first().message);
    return true;
}

void ChatWorkload::verify(FaultCluster &cluster, const ServerLedger &ledger, FaultTally &tally)
{
    for (int i = 0; i < cluster.clientCount(); ++i) {
        FaultClient &c = cluster.client(i);
        const QString cid = c.clientId();
        // What each message sent from this client must look like now, from its acknowledged mutations.
        struct Expect
        {
            bool acked = false;
            QString text;
            bool recalled = false;
        };
        QHash<QString, Expect> expect;
        QHash<QString, qint64> lastEdit;
        for (const TrackedMutation &m : c.mutations()) {
            const QString message =
                m.args.value(QLatin1String(m.name == QLatin1String("msg.send") ? "id" : "message"))
                    .toString();
            const bool acked = m.fate == TrackedMutation::Fate::Acked;
            if (m.name == QLatin1String("msg.send")) {
                Expect &e = expect[message];
                e.acked = acked;
                e.text = m.args.value(QLatin1String("text")).toString();
            } else if (acked && m.name == QLatin1String("msg.edit") && m.mutation > lastEdit.value(message)) {
                lastEdit.insert(message, m.mutation);
                expect[message].text = m.args.value(QLatin1String("text")).toString();
            } else if (acked && m.name == QLatin1String("msg.recall")) {
                expect[message].recalled = true;
            }
            // Every acknowledged change of a message left exactly one event carrying its mutation id.
            if (acked && m.name.startsWith(QLatin1String("msg.")) &&
                ledger.eventsOf(cid, m.mutation).isEmpty()) {
                ++tally.lost;
                tally.problem(QStringLiteral("%1: acknowledged %2 of %3 left no event")
                                  .arg(c.login(), m.name, message));
            }
        }
        for (auto it = expect.cbegin(); it != expect.cend(); ++it) {
            const auto stored = ledger.messages().constFind(it.key());
            if (!it->acked) {
                if (stored != ledger.messages().cend() || ledger.creations(it.key()) > 0)
                    tally.problem(
                        QStringLiteral("%1: message %2 was refused but exists").arg(c.login(), it.key()));
                continue;
            }
            if (stored == ledger.messages().cend()) {
                ++tally.lost;
                tally.problem(
                    QStringLiteral("%1: acknowledged message %2 is missing").arg(c.login(), it.key()));
                continue;
            }
            if (ledger.creations(it.key()) != 1) {
                ++tally.duplicated;
                tally.problem(QStringLiteral("message %1 was created %2 times")
                                  .arg(it.key())
                                  .arg(ledger.creations(it.key())));
            }
            if (stored->sender != c.userId())
                tally.problem(QStringLiteral("message %1 has sender %2").arg(it.key()).arg(stored->sender));
            if (stored->recalled != it->recalled || (!it->recalled && stored->text != it->text)) {
                ++tally.lost;
                tally.problem(QStringLiteral("message %1 reads '%2'%3, expected '%4'%5")
                                  .arg(it.key(), stored->text,
                                       stored->recalled ? QStringLiteral(" (recalled)") : QString(), it->text,
                                       it->recalled ? QStringLiteral(" (recalled)") : QString()));
            }
        }
    }
}
