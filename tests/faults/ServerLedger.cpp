#include "ServerLedger.h"

#include "db/Sqlite.h"

#include <QCborValue>
#include <QDir>
#include <algorithm>

bool ServerLedger::load(const QString &dataDir, QString *error)
{
    *this = ServerLedger();
    try {
        tack::db::Database db;
        db.open(QDir(dataDir).filePath(QStringLiteral("tack.db")), tack::db::Database::Mode::ReadOnly);
        db.exec("BEGIN"); // one consistent view while the server may still write
        {
            auto q = db.prepare("SELECT stream, head FROM streams");
            while (q.step())
                m_heads.insert(q.text(0), q.integer(1));
        }
        {
            auto q = db.prepare("SELECT stream, seq, body FROM events ORDER BY stream, seq");
            while (q.step()) {
                const QCborMap body = QCborValue::fromCbor(q.blob(2)).toMap();
                Event e;
                e.stream = q.text(0);
                e.seq = q.integer(1);
                e.kind = body.value(QLatin1String("kind")).toString();
                e.data = body.value(QLatin1String("data")).toMap();
                if (body.contains(QLatin1String("mutation"))) {
                    e.client = body.value(QLatin1String("client")).toString();
                    e.mutation = body.value(QLatin1String("mutation")).toInteger(-1);
                    m_byMutation[MutationKey(e.client, e.mutation)].append({e.stream, e.seq});
                }
                if (e.kind == QLatin1String("msg.new"))
                    ++m_creations[e.data.value(QLatin1String("message"))
                                      .toMap()
                                      .value(QLatin1String("id"))
                                      .toString()];
                m_streams[e.stream].append(std::move(e));
                ++m_eventCount;
            }
        }
        {
            auto q = db.prepare("SELECT client, mutation, outcome FROM applied_mutations");
            while (q.step()) {
                const QCborMap record = QCborValue::fromCbor(q.blob(2)).toMap();
                Outcome o;
                o.ok = record.contains(QLatin1String("result"));
                o.result = record.value(QLatin1String("result")).toMap();
                o.code = record.value(QLatin1String("code")).toString();
                m_outcomes.insert(MutationKey(q.text(0), q.integer(1)), o);
            }
        }
        {
            auto q = db.prepare("SELECT id, conversation, seq, sender, text, recalled FROM messages");
            while (q.step())
                m_messages.insert(q.text(0), Message{q.text(0), q.text(1), q.integer(2), q.integer(3),
                                                     q.text(4), q.integer(5) != 0});
        }
        {
            auto q = db.prepare("SELECT id, creator, title, done, board, col, deleted FROM todos");
            while (q.step())
                m_todos.insert(q.text(0), Todo{q.text(0), q.integer(1), q.text(2), q.integer(3) != 0,
                                               q.text(4), q.text(5), q.integer(6) != 0});
        }
        {
            auto q = db.prepare("SELECT id, board, title, deleted FROM board_columns");
            while (q.step())
                m_columns.insert(q.text(0), Column{q.text(0), q.text(1), q.text(2), q.integer(3) != 0});
        }
        {
            auto q = db.prepare("SELECT id, submitter, state, version FROM approval_instances");
            while (q.step())
                m_approvals.insert(q.text(0), Approval{q.text(0), q.integer(1), q.text(2), q.integer(3), {}});
            auto h = db.prepare("SELECT instance, body FROM approval_history ORDER BY instance, position");
            while (h.step())
                m_approvals[h.text(0)].history.append(QCborValue::fromCbor(h.blob(1)).toMap());
        }
        db.exec("COMMIT");
    } catch (const tack::db::SqlError &e) {
        if (error)
            *error = QStringLiteral("reading the server database: %1").arg(e.text());
        return false;
    }
    return true;
}

std::optional<ServerLedger::Outcome> ServerLedger::outcome(const QString &client, qint64 mutation) const
{
    const auto it = m_outcomes.constFind(MutationKey(client, mutation));
    if (it == m_outcomes.cend())
        return std::nullopt;
    return *it;
}

QList<ServerLedger::MutationKey> ServerLedger::recordedMutations(const QString &client) const
{
    QList<MutationKey> out;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        if (it.key().first == client)
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<QPair<QString, qint64>> ServerLedger::eventsOf(const QString &client, qint64 mutation) const
{
    QList<QPair<QString, qint64>> out = m_byMutation.value(MutationKey(client, mutation));
    std::sort(out.begin(), out.end());
    return out;
}

QStringList ServerLedger::streamProblems() const
{
    QStringList out;
    QSet<QString> names(m_heads.keyBegin(), m_heads.keyEnd());
    for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it)
        names.insert(it.key());
    for (const QString &stream : std::as_const(names)) {
        const QList<Event> events = m_streams.value(stream);
        const qint64 head = m_heads.value(stream, -1);
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).seq != i + 1) {
                out.append(QStringLiteral("%1: seq %2 where %3 belongs")
                               .arg(stream)
                               .arg(events.at(i).seq)
                               .arg(i + 1));
                break;
            }
        }
        if (head != events.size())
            out.append(QStringLiteral("%1: head %2 but %3 events").arg(stream).arg(head).arg(events.size()));
    }
    return out;
}

QList<ServerLedger::MutationKey> ServerLedger::repeatedMutations() const
{
    QList<MutationKey> out;
    for (auto it = m_byMutation.cbegin(); it != m_byMutation.cend(); ++it) {
        QList<QPair<QString, qint64>> at = it.value();
        std::sort(at.begin(), at.end());
        for (qsizetype i = 1; i < at.size(); ++i) {
            if (at.at(i).first == at.at(i - 1).first && at.at(i).second != at.at(i - 1).second + 1) {
                out.append(it.key());
                break;
            }
        }
    }
    return out;
}
