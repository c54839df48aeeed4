// tack-cli todos, todo add/done and board, end to end: the real binary against a real tack-server.
#include "CliRunner.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("correct-horse-1");

bool containsId(const QJsonArray &rows, const QString &id)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return true;
    }
    return false;
}

} // namespace

class TestCliTodos : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profiles;

    CliRunner login(const QString &loginName)
    {
        CliRunner cli(m_profiles.filePath(loginName), kPassword);
        const CliResult r = cli.run({QStringLiteral("login"), m_server.url().toString(), loginName});
        if (r.exitCode != 0)
            qWarning("login %s failed: %s", qPrintable(loginName), qPrintable(r.err));
        return cli;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profiles.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_server.addUser(QStringLiteral("ana"), QStringLiteral("Ana Souza"), kPassword) > 0);
        QVERIFY(m_server.addUser(QStringLiteral("bo"), QStringLiteral("Bo Lin"), kPassword) > 0);
    }

    void assignedTodoRoundTrip()
    {
        const CliRunner ana = login(QStringLiteral("ana"));
        const CliRunner bo = login(QStringLiteral("bo"));
        CliResult r =
            ana.run({"todo", "add", "Send the invoice", "--due", "2020-01-31", "--to", "bo", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject made = r.json().object();
        const QString id = made.value("id").toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(made.value("state").toString(), QString("sent"));
        QCOMPARE(made.value("title").toString(), QString("Send the invoice"));

        // Due long ago: overdue for bo, and in ana's "assigned by me".
        r = bo.run({"todos", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(containsId(r.json().object().value("overdue").toArray(), id), qPrintable(r.out));
        r = ana.run({"todos", "assigned", "--json"});
        QVERIFY(containsId(r.json().object().value("assigned").toArray(), id));

        r = bo.run({"todo", "done", id, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value("state").toString(), QString("sent"));
        r = bo.run({"todos", "done", "--json"});
        QVERIFY(containsId(r.json().object().value("done").toArray(), id));
        r = bo.run({"todos", "--json"});
        QVERIFY(!containsId(r.json().object().value("overdue").toArray(), id));
        // Plain text lists it too.
        r = ana.run({"todos", "assigned"});
        QVERIFY2(r.out.contains(id) && r.out.contains("[x] Send the invoice"), qPrintable(r.out));
    }

    void boardWithCards()
    {
        const CliRunner ana = login(QStringLiteral("ana"));
        CliResult r = ana.run(
            {"board", "new", "Sprint 7", "--columns", "To do,Doing,Done", "--members", "bo", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString board = r.json().object().value("id").toString();
        r = ana.run(
            {"todo", "add", "Write the release notes", "--board", "Sprint 7", "--column", "doing", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString card = r.json().object().value("id").toString();

        const CliRunner bo = login(QStringLiteral("bo"));
        r = bo.run({"board", "--json"});
        QVERIFY2(containsId(r.json().object().value("boards").toArray(), board), qPrintable(r.out));
        r = bo.run({"board", board, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray columns = r.json().object().value("columns").toArray();
        QCOMPARE(columns.size(), 3);
        QCOMPARE(columns.at(1).toObject().value("title").toString(), QString("Doing"));
        QVERIFY(containsId(columns.at(1).toObject().value("cards").toArray(), card));
        r = bo.run({"board", "Sprint 7"});
        QVERIFY2(r.out.contains("== Doing (1)") && r.out.contains("Write the release notes"),
                 qPrintable(r.out));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("todo without verb") << QStringList{"todo", "Buy milk"};
        QTest::newRow("todo done without id") << QStringList{"todo", "done"};
        QTest::newRow("unknown section") << QStringList{"todos", "someday"};
        QTest::newRow("board without column") << QStringList{"todo", "add", "X", "--board", "B"};
        QTest::newRow("bad due date") << QStringList{"todo", "add", "X", "--due", "tomorrow"};
        QTest::newRow("due on todos") << QStringList{"todos", "--due", "2026-01-01"};
        QTest::newRow("blank title") << QStringList{"todo", "add", " "};
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        const CliRunner ana = login(QStringLiteral("ana"));
        const CliResult r = ana.run(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        // The first line says what is wrong (usage problems are followed by the usage summary).
        QVERIFY2(r.err.startsWith(QStringLiteral("tack-cli: ")) && r.err.indexOf('\n') > 12,
                 qPrintable(r.err));
        QVERIFY2(!r.err.section('\n', 0, 0).contains(QStringLiteral("usage:")), qPrintable(r.err));
    }

    void unknownTodoAndBoard()
    {
        const CliRunner ana = login(QStringLiteral("ana"));
        CliResult r = ana.run({"todo", "done", "no-such-todo"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.oneClearLine() && r.err.contains("no todo"), qPrintable(r.err));
        r = ana.run({"board", "Nowhere"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.oneClearLine() && r.err.contains("no board"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTodos)
#include "tst_cli_todos.moc"
