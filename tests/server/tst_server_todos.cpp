// Todos and boards on a real tack-server over the wire (docs/protocol.md section 14): fields, order-key
// re-keying, the deleted-column rule, tombstones, todo lists, todo marks on messages, snapshots and errors.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QTest>
#include <QUuid>

using namespace testwire;

namespace {

constexpr char kPassword[] = "tack-demo";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(24);
}

QCborMap findById(const QCborArray &rows, const QString &id)
{
    for (const QCborValue &v : rows) {
        if (v.toMap().value(QLatin1String("id")).toString() == id)
            return v.toMap();
    }
    return {};
}

} // namespace

class TestServerTodos : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    WireClient m_ann; // sunli: makes the boards
    WireClient m_bob; // amina: a member
    WireClient m_eve; // dengchao: never a member

    // A board of m_ann with m_bob and three columns; returns the board id and fills `columns`.
    QString makeBoard(QStringList &columns)
    {
        const QString board = newId();
        QCborArray cols;
        for (const char *title : {"Todo", "Doing", "Done"}) {
            columns.append(newId());
            cols.append(map({{"id", columns.last()}, {"title", title}}));
        }
        const QCborMap r = m_ann.mutate("board.create", map({{"id", board},
                                                             {"title", "Launch"},
                                                             {"members", QCborArray{m_bob.userId()}},
                                                             {"columns", cols}}));
        return isAck(r) ? board : QString();
    }

    QCborMap card(WireClient &c, const QString &board, const QString &id)
    {
        const QCborMap r = c.request("snapshot", map({{"stream", QStringLiteral("b/") + board}}));
        return findById(result(r).value("rows").toMap().value("cards").toArray(), id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString()));
        for (auto [client, login] : {std::pair{&m_ann, "sunli"}, {&m_bob, "amina"}, {&m_eve, "dengchao"}}) {
            QVERIFY(client->connectTo(m_server.url()));
            QVERIFY(!client->loginAndHello(login, kPassword).isEmpty());
        }
    }

    void boardEventsAndJoining()
    {
        QStringList columns;
        const QString board = makeBoard(columns);
        QVERIFY(!board.isEmpty());
        const QCborMap joined =
            m_bob.waitForEvent(QStringLiteral("u/%1").arg(m_bob.userId()), "board.joined");
        QCOMPARE(joined.value("data").toMap().value("board").toMap().value("id").toString(), board);
        // The live subscription moved with the membership: bob receives the board's events.
        QVERIFY(isAck(m_ann.mutate("board.update", map({{"board", board}, {"title", "Launch v2"}}))));
        // The rename arrives live (the creation's own board.put may come first, or be left to the snapshot:
        // a new member follows the stream from the batch after the one that added it).
        QString title;
        for (int i = 0; i < 2 && title != QLatin1String("Launch v2"); ++i)
            title = m_bob.waitForEvent(QStringLiteral("b/") + board, "board.put")
                        .value("data")
                        .toMap()
                        .value("board")
                        .toMap()
                        .value("title")
                        .toString();
        QCOMPARE(title, QString("Launch v2"));
        // An outsider cannot read it.
        const QCborMap refused =
            m_eve.request("fetch", map({{"stream", QStringLiteral("b/") + board}, {"after", 0}}));
        QCOMPARE(code(refused), QString("forbidden"));
    }

    void duplicateOrderKeysAreReKeyed()
    {
        QStringList columns;
        const QString board = makeBoard(columns);
        const QString a = newId(), b = newId();
        QCborMap r = m_ann.mutate(
            "todo.create",
            map({{"id", a}, {"title", "A"}, {"board", board}, {"column", columns[0]}, {"order", "V"}}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(result(r).value("order").toString(), QString("V"));
        r = m_bob.mutate(
            "todo.create",
            map({{"id", b}, {"title", "B"}, {"board", board}, {"column", columns[0]}, {"order", "V"}}));
        QVERIFY2(isAck(r), describe(r));
        const QString key = result(r).value("order").toString();
        QVERIFY2(key > QString("V"), qPrintable(key));
        // Bad keys are refused with a typed error.
        for (const char *bad : {"a0", "a b", "ä"}) {
            r = m_ann.mutate("todo.move", map({{"todo", a}, {"column", columns[1]}, {"order", bad}}));
            QCOMPARE(code(r), QString("invalid_args"));
        }
        // Without a key a card goes to the end.
        r = m_ann.mutate("todo.move", map({{"todo", a}, {"column", columns[0]}}));
        QVERIFY2(result(r).value("order").toString() > key, describe(r));
    }

    void deletedColumnRehomesCards()
    {
        QStringList columns;
        const QString board = makeBoard(columns);
        const QString first = newId(), second = newId(), late = newId();
        QVERIFY(isAck(m_ann.mutate(
            "todo.create", map({{"id", first}, {"title", "1"}, {"board", board}, {"column", columns[1]}}))));
        QVERIFY(isAck(m_ann.mutate(
            "todo.create", map({{"id", second}, {"title", "2"}, {"board", board}, {"column", columns[1]}}))));
        QCborMap r = m_bob.mutate("column.delete", map({{"column", columns[1]}}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(result(r).value("moved").toInteger(), 2);
        const QCborMap moved = card(m_ann, board, first);
        QCOMPARE(moved.value("column").toString(), columns[0]);
        QCOMPARE(moved.value("moved_from").toString(), columns[1]);
        QCOMPARE(moved.value("moved_from_title").toString(), QString("Doing"));
        QVERIFY(moved.value("order").toString() < card(m_ann, board, second).value("order").toString());
        // Created in the deleted column afterwards (an offline client): lands in the left-most column too.
        r = m_ann.mutate("todo.create",
                         map({{"id", late}, {"title", "late"}, {"board", board}, {"column", columns[1]}}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(result(r).value("column").toString(), columns[0]);
        QCOMPARE(card(m_bob, board, late).value("moved_from_title").toString(), QString("Doing"));
        // A board keeps one column.
        QVERIFY(isAck(m_ann.mutate("column.delete", map({{"column", columns[2]}}))));
        QCOMPARE(code(m_ann.mutate("column.delete", map({{"column", columns[0]}}))), QString("conflict"));
        // The explicit next move clears the note.
        QVERIFY(
            isAck(m_ann.mutate("todo.move", map({{"todo", late}, {"column", columns[0]}, {"order", "1"}}))));
        QCOMPARE(card(m_ann, board, late).value("moved_from").toString(), QString());
    }

    void fieldsAreLastWriterWinsAndDeletesAreFinal()
    {
        const QString id = newId();
        m_bob.clearEvents();
        QCborMap r = m_ann.mutate("todo.create", map({{"id", id},
                                                      {"title", "Write the plan"},
                                                      {"assignees", QCborArray{m_bob.userId()}},
                                                      {"priority", 2},
                                                      {"labels", QCborArray{"q3", "q3", "plan"}},
                                                      {"checklist", QCborArray{map({{"text", "draft"}})}}}));
        QVERIFY2(isAck(r), describe(r));
        const QString bobList = QStringLiteral("t/%1").arg(m_bob.userId());
        QCborMap put = m_bob.waitForEvent(bobList, "todo.put");
        QCOMPARE(put.value("data").toMap().value("todo").toMap().value("labels").toArray().size(), 2);
        // Two writers, different fields: both stay. Same field: the later one wins.
        QVERIFY(isAck(m_bob.mutate("todo.update", map({{"todo", id}, {"notes", "bob's notes"}}))));
        QVERIFY(isAck(m_ann.mutate("todo.update", map({{"todo", id}, {"title", "Plan"}}))));
        QVERIFY(isAck(m_bob.mutate("todo.update", map({{"todo", id}, {"title", "The plan"}}))));
        QVERIFY(isAck(m_bob.mutate("todo.done", map({{"todo", id}}))));
        r = m_ann.request("snapshot", map({{"stream", QStringLiteral("t/%1").arg(m_ann.userId())}}));
        const QCborMap todo = findById(result(r).value("rows").toMap().value("todos").toArray(), id);
        QCOMPARE(todo.value("title").toString(), QString("The plan"));
        QCOMPARE(todo.value("notes").toString(), QString("bob's notes"));
        QVERIFY(todo.value("done").toBool());
        QCOMPARE(todo.value("done_by").toInteger(), m_bob.userId());
        QCOMPARE(todo.value("rev").toInteger(), 5);
        // Not involved: refused. Unknown field: refused.
        QCOMPARE(code(m_eve.mutate("todo.update", map({{"todo", id}, {"title", "x"}}))),
                 QString("forbidden"));
        QCOMPARE(code(m_ann.mutate("todo.update", map({{"todo", id}, {"colour", "red"}}))),
                 QString("invalid_args"));
        // Unassigning bob takes it off his list.
        m_bob.clearEvents();
        QVERIFY(isAck(m_ann.mutate("todo.update", map({{"todo", id}, {"assignees", QCborArray{}}}))));
        QVERIFY(!m_bob.waitForEvent(bobList, "todo.removed").isEmpty());
        // A delete is a tombstone and final.
        QVERIFY(isAck(m_ann.mutate("todo.delete", map({{"todo", id}}))));
        QVERIFY(isAck(m_ann.mutate("todo.delete", map({{"todo", id}}))));
        QCOMPARE(code(m_ann.mutate("todo.update", map({{"todo", id}, {"title", "again"}}))),
                 QString("conflict"));
        r = m_ann.request("snapshot", map({{"stream", QStringLiteral("t/%1").arg(m_ann.userId())}}));
        QVERIFY(findById(result(r).value("rows").toMap().value("todos").toArray(), id).isEmpty());
    }

    void todoFromAMessageMarksIt()
    {
        const QString conv = newId();
        const QString message = newId();
        QVERIFY(isAck(m_ann.mutate(
            "conv.create",
            map({{"id", conv}, {"title", "Todo marks"}, {"members", QCborArray{m_bob.userId()}}}))));
        QVERIFY(isAck(m_ann.mutate(
            "msg.send", map({{"conversation", conv}, {"id", message}, {"text", "please file the report"}}))));
        const QString todo = newId();
        QCOMPARE(
            code(m_eve.mutate("todo.create", map({{"id", newId()}, {"title", "x"}, {"message", message}}))),
            QString("forbidden"));
        QCborMap r = m_bob.mutate("todo.create",
                                  map({{"id", todo}, {"title", "File the report"}, {"message", message}}));
        QVERIFY2(isAck(r), describe(r));
        const QCborMap mark = m_ann.waitForEvent(QStringLiteral("c/") + conv, "msg.todo");
        QCOMPARE(mark.value("data").toMap().value("todo").toString(), todo);
        r = m_ann.request("snapshot", map({{"stream", QStringLiteral("c/") + conv}}));
        const QCborArray marks = result(r).value("rows").toMap().value("todo_marks").toArray();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.at(0).toMap().value("message").toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestServerTodos)
#include "tst_server_todos.moc"
