#include "TodoWorkload.h"

#include "ServerLedger.h"

#include <map>

using tack::store::ColumnRecord;
using tack::store::TodoRecord;

bool TodoWorkload::prepare(FaultCluster &cluster, QString *error)
{
    // One board with everybody and three columns, so the first actions have somewhere to go.
    FaultClient &owner = cluster.client(0);
    QList<qint64> others;
    for (qint64 id : cluster.userIds()) {
        if (id != owner.userId())
            others.append(id);
    }
    const QString board = owner.session().createBoard(
        QStringLiteral("Team board"),
        {QStringLiteral("To do"), QStringLiteral("Doing"), QStringLiteral("Done")}, others);
    if (board.isEmpty()) {
        *error = QStringLiteral("the first board was refused locally");
        return false;
    }
    owner.track(QStringLiteral("board.create"), board);
    for (int i = 0; i < cluster.clientCount(); ++i) {
        FaultClient &c = cluster.client(i);
        if (!c.test().waitFor([&] { return c.reader().columns(board).size() == 3; })) {
            *error = QStringLiteral("%1 never saw the first board").arg(c.login());
            return false;
        }
    }
    return true;
}

QString TodoWorkload::nextText(const QString &what)
{
    return QStringLiteral("%1 #%2").arg(what).arg(++m_counter);
}

QString TodoWorkload::pickBoard(FaultClient &c, FaultRng &rng)
{
    QStringList ids;
    for (const auto &b : c.reader().boards()) {
        if (!b.pending)
            ids.append(b.id);
    }
    return ids.isEmpty() ? QString() : rng.pick(ids);
}

QStringList TodoWorkload::liveOwn(FaultClient &c)
{
    QStringList out;
    for (const QString &id : m_created.value(&c)) {
        if (!m_deleted.value(&c).contains(id))
            out.append(id);
    }
    return out;
}

void TodoWorkload::act(FaultCluster &cluster, FaultRng &rng)
{
    FaultClient &c = cluster.client(rng.below(cluster.clientCount()));
    // Weights out of 100; an action that has nothing to work on falls back to a new card or todo.
    const int roll = rng.below(100);
    bool done = false;
    if (roll < 25)
        done = createCard(c, rng);
    else if (roll < 32)
        done = createTodo(c);
    else if (roll < 54)
        done = moveCard(c, rng);
    else if (roll < 66)
        done = retitle(c, rng);
    else if (roll < 74)
        done = setDone(c, rng);
    else if (roll < 78)
        done = remove(c, rng);
    else if (roll < 85)
        done = addColumn(c, rng);
    else if (roll < 92)
        done = renameColumn(c, rng);
    else if (roll < 96)
        done = moveColumn(c, rng);
    else
        done = deleteColumn(c, rng);
    if (!done && !createCard(c, rng))
        createTodo(c);
    ++m_actions;
}

bool TodoWorkload::createCard(FaultClient &c, FaultRng &rng)
{
    const QString board = pickBoard(c, rng);
    if (board.isEmpty())
        return false;
    const QList<ColumnRecord> columns = c.reader().columns(board);
    if (columns.isEmpty())
        return false;
    const ColumnRecord &column = rng.pick(columns);
    const QString title = nextText(QStringLiteral("card by %1").arg(c.login()));
    const int index = rng.chance(0.5) ? -1 : rng.below(column.cardCount + 1);
    const QString id = c.session().createCard(board, column.id, title, {}, index);
    if (id.isEmpty())
        return false;
    QCborMap args;
    args.insert(QLatin1String("title"), title);
    args.insert(QLatin1String("board"), board);
    c.track(QStringLiteral("todo.create"), id, args);
    m_created[&c].append(id);
    return true;
}

bool TodoWorkload::createTodo(FaultClient &c)
{
    const QString title = nextText(QStringLiteral("todo of %1").arg(c.login()));
    const QString id = c.session().createTodo(title);
    if (id.isEmpty())
        return false;
    QCborMap args;
    args.insert(QLatin1String("title"), title);
    c.track(QStringLiteral("todo.create"), id, args);
    m_created[&c].append(id);
    return true;
}

bool TodoWorkload::moveCard(FaultClient &c, FaultRng &rng)
{
    // Anyone on the board moves any card: concurrent moves of one card are the point.
    const QString board = pickBoard(c, rng);
    if (board.isEmpty())
        return false;
    const QList<ColumnRecord> columns = c.reader().columns(board);
    QList<TodoRecord> cards;
    for (const ColumnRecord &column : columns)
        cards += c.reader().cards(column.id);
    if (cards.isEmpty())
        return false;
    const TodoRecord &card = rng.pick(cards);
    const ColumnRecord &to = rng.pick(columns);
    const int index = rng.chance(0.3) ? -1 : rng.below(to.cardCount + 1);
    if (!c.session().moveCard(card.id, to.id, index))
        return false;
    QCborMap args;
    args.insert(QLatin1String("column"), to.id);
    c.track(QStringLiteral("todo.move"), card.id, args);
    return true;
}

bool TodoWorkload::retitle(FaultClient &c, FaultRng &rng)
{
    const QStringList own = liveOwn(c);
    if (own.isEmpty())
        return false;
    const QString id = rng.pick(own.mid(qMax<qsizetype>(0, own.size() - 20)));
    const QString title = nextText(QStringLiteral("renamed by %1").arg(c.login()));
    QCborMap fields;
    fields.insert(QLatin1String("title"), title);
    if (!c.session().updateTodo(id, fields))
        return false;
    c.track(QStringLiteral("todo.update"), id, fields);
    return true;
}

bool TodoWorkload::setDone(FaultClient &c, FaultRng &rng)
{
    const QStringList own = liveOwn(c);
    if (own.isEmpty())
        return false;
    const QString id = rng.pick(own);
    const bool done = rng.chance(0.7);
    if (!c.session().setTodoDone(id, done))
        return false;
    QCborMap args;
    args.insert(QLatin1String("done"), done);
    c.track(QStringLiteral("todo.done"), id, args);
    return true;
}

bool TodoWorkload::remove(FaultClient &c, FaultRng &rng)
{
    const QStringList own = liveOwn(c);
    if (own.size() < 3)
        return false; // keep a few around to work on
    const QString id = rng.pick(own);
    if (!c.session().deleteTodo(id))
        return false;
    c.track(QStringLiteral("todo.delete"), id);
    m_deleted[&c].insert(id);
    return true;
}

bool TodoWorkload::addColumn(FaultClient &c, FaultRng &rng)
{
    const QString board = pickBoard(c, rng);
    if (board.isEmpty() || c.reader().columns(board).size() >= 6)
        return false;
    const QString title = nextText(QStringLiteral("column by %1").arg(c.login()));
    const int count = int(c.reader().columns(board).size());
    const QString id = c.session().addColumn(board, title, 0, rng.chance(0.5) ? -1 : rng.below(count + 1));
    if (id.isEmpty())
        return false;
    QCborMap args;
    args.insert(QLatin1String("board"), board);
    args.insert(QLatin1String("title"), title);
    c.track(QStringLiteral("column.create"), id, args);
    return true;
}

bool TodoWorkload::renameColumn(FaultClient &c, FaultRng &rng)
{
    const QString board = pickBoard(c, rng);
    if (board.isEmpty())
        return false;
    const QList<ColumnRecord> columns = c.reader().columns(board);
    if (columns.isEmpty())
        return false;
    const QString column = rng.pick(columns).id;
    const QString title = nextText(QStringLiteral("column renamed by %1").arg(c.login()));
    QCborMap fields;
    fields.insert(QLatin1String("title"), title);
    if (!c.session().updateColumn(column, fields))
        return false;
    c.track(QStringLiteral("column.update"), column, fields);
    return true;
}

bool TodoWorkload::moveColumn(FaultClient &c, FaultRng &rng)
{
    const QString board = pickBoard(c, rng);
    if (board.isEmpty())
        return false;
    const QList<ColumnRecord> columns = c.reader().columns(board);
    if (columns.size() < 2)
        return false;
    const QString column = rng.pick(columns).id;
    if (!c.session().moveColumn(column, rng.below(int(columns.size()))))
        return false;
    c.track(QStringLiteral("column.move"), column);
    return true;
}

bool TodoWorkload::deleteColumn(FaultClient &c, FaultRng &rng)
{
    const QString board = pickBoard(c, rng);
    if (board.isEmpty())
        return false;
    const QList<ColumnRecord> columns = c.reader().columns(board);
    if (columns.size() < 3)
        return false; // keep the board worth moving cards on
    const QString column = rng.pick(columns).id;
    if (!c.session().deleteColumn(column))
        return false;
    c.track(QStringLiteral("column.delete"), column);
    return true;
}

void TodoWorkload::verify(FaultCluster &cluster, const ServerLedger &ledger, FaultTally &tally)
{
    // Column titles are last-writer-wins in server order: the acknowledged rename whose event came last in
    // the board's stream decides, whoever sent it.
    struct Rename
    {
        qint64 seq = -1;
        QString title;
    };
    std::map<QString, Rename> renames;   // column id -> the rename that must show
    QHash<QString, QString> columnBoard; // column id -> board, for acknowledged creations
    for (int i = 0; i < cluster.clientCount(); ++i) {
        FaultClient &c = cluster.client(i);
        struct Expect
        {
            bool acked = false;
            QString title;
            bool done = false;
            bool deleted = false;
            QString board;
        };
        QHash<QString, Expect> expect;
        for (const TrackedMutation &m : c.mutations()) {
            const bool acked = m.fate == TrackedMutation::Fate::Acked;
            if (m.name == QLatin1String("todo.create")) {
                Expect &e = expect[m.ref];
                e.acked = acked;
                e.title = m.args.value(QLatin1String("title")).toString();
                e.board = m.args.value(QLatin1String("board")).toString();
            } else if (!acked) {
                continue;
            } else if (m.name == QLatin1String("todo.update") && expect.contains(m.ref)) {
                expect[m.ref].title =
                    m.args.value(QLatin1String("title")).toString(); // mutations are in order
            } else if (m.name == QLatin1String("todo.done") && expect.contains(m.ref)) {
                expect[m.ref].done = m.args.value(QLatin1String("done")).toBool();
            } else if (m.name == QLatin1String("todo.delete") && expect.contains(m.ref)) {
                expect[m.ref].deleted = true;
            } else if (m.name == QLatin1String("column.create")) {
                columnBoard.insert(m.ref, m.args.value(QLatin1String("board")).toString());
                Rename &r = renames[m.ref];
                if (r.seq < 0)
                    r.title = m.args.value(QLatin1String("title")).toString();
            } else if (m.name == QLatin1String("column.update")) {
                const auto events = ledger.eventsOf(c.clientId(), m.mutation);
                qint64 seq = 0;
                for (const auto &e : events) {
                    if (e.first.startsWith(QLatin1String("b/")))
                        seq = qMax(seq, e.second);
                }
                Rename &r = renames[m.ref];
                if (seq > 0 && seq > r.seq) { // 0: no event, the column was gone by then
                    r.seq = seq;
                    r.title = m.args.value(QLatin1String("title")).toString();
                }
            }
        }
        for (auto it = expect.cbegin(); it != expect.cend(); ++it) {
            const auto stored = ledger.todos().constFind(it.key());
            if (!it->acked) {
                if (stored != ledger.todos().cend())
                    tally.problem(
                        QStringLiteral("%1: todo %2 was refused but exists").arg(c.login(), it.key()));
                continue;
            }
            if (stored == ledger.todos().cend()) {
                ++tally.lost;
                tally.problem(QStringLiteral("%1: acknowledged todo %2 is missing").arg(c.login(), it.key()));
                continue;
            }
            if (stored->creator != c.userId() || stored->board != it->board)
                tally.problem(QStringLiteral("todo %1 has creator %2 on board '%3'")
                                  .arg(it.key())
                                  .arg(stored->creator)
                                  .arg(stored->board));
            if (stored->deleted != it->deleted || stored->title != it->title || stored->done != it->done) {
                ++tally.lost;
                tally.problem(
                    QStringLiteral("todo %1 is '%2' done %3 deleted %4, expected '%5' done %6 deleted %7")
                        .arg(it.key(), stored->title)
                        .arg(stored->done)
                        .arg(stored->deleted)
                        .arg(it->title)
                        .arg(it->done)
                        .arg(it->deleted));
            }
        }
    }
    for (const auto &[id, rename] : renames) {
        const auto stored = ledger.columns().constFind(id);
        if (stored == ledger.columns().cend()) {
            if (columnBoard.contains(id)) {
                ++tally.lost;
                tally.problem(QStringLiteral("acknowledged column %1 is missing").arg(id));
            }
            continue;
        }
        if (!stored->deleted && (rename.seq >= 0 || columnBoard.contains(id)) &&
            stored->title != rename.title) {
            ++tally.lost;
            tally.problem(QStringLiteral("column %1 is titled '%2', expected '%3'")
                              .arg(id, stored->title, rename.title));
        }
    }
    // No card is left in a deleted column or on another board's column.
    for (const ServerLedger::Todo &t : ledger.todos()) {
        if (t.deleted || t.board.isEmpty())
            continue;
        const auto column = ledger.columns().constFind(t.column);
        if (column == ledger.columns().cend() || column->deleted || column->board != t.board)
            tally.problem(QStringLiteral("card %1 sits in column '%2', not a live column of board %3")
                              .arg(t.id, t.column, t.board));
    }
}
