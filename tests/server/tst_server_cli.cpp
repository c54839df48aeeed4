// The tack-server command line: init, demo, user add, serve; every bad input ends with one clear line on
// stderr and a non-zero exit code.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"
#include "db/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace testwire;

namespace {

bool oneLine(const QByteArray &err)
{
    const QByteArray t = err.trimmed();
    return !t.isEmpty() && !t.contains('\n');
}

qint64 countRows(const QString &dataDir, const char *sql)
{
    tack::db::Database db;
    db.open(QDir(dataDir).filePath(QStringLiteral("tack.db")), tack::db::Database::Mode::ReadOnly);
    tack::db::Statement s = db.prepare(sql);
    s.step();
    return s.integer(0);
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initCreatesDatabase()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("srv"));
        auto r = ServerProcess::run({"init", "--data", dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(dir + "/tack.db"));
        r = ServerProcess::run({"init", "--data", dir});
        QCOMPARE(r.exitCode, 0);
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate", "--data", "/tmp/x"};
        QTest::newRow("unknown flag") << QStringList{"init", "--data", "/tmp/x", "--bogus", "1"};
        QTest::newRow("missing --data") << QStringList{"serve", "--listen", "127.0.0.1:0"};
        QTest::newRow("flag without value") << QStringList{"init", "--data"};
        QTest::newRow("user without add") << QStringList{"user", "remove", "--data", "/tmp/x"};
        QTest::newRow("bad listen") << QStringList{"serve", "--data", "/tmp/x", "--listen", "nowhere"};
        QTest::newRow("bad drop probability")
            << QStringList{"serve", "--data", "/tmp/x", "--listen", "127.0.0.1:0", "--fault-drop-live", "2"};
    }
    void badCommandLines()
    {
        QFETCH(QStringList, args);
        const auto r = ServerProcess::run(args);
        QVERIFY(r.exitCode > 0);
        QVERIFY2(oneLine(r.err) || args.isEmpty(), r.err.constData());
    }

    void serveWithoutDatabase()
    {
        QTemporaryDir tmp;
        const auto r =
            ServerProcess::run({"serve", "--data", tmp.filePath("none"), "--listen", "127.0.0.1:0"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("init"), r.err.constData());
    }

    void demoIsSeededOnce()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("demo"));
        auto r = ServerProcess::run({"demo", "--data", dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("wangfang"));
        QVERIFY(r.out.contains("tack-demo"));
        const qint64 users = countRows(dir, "SELECT count(*) FROM users");
        const qint64 events = countRows(dir, "SELECT count(*) FROM events");
        QVERIFY(users >= 25);
        QVERIFY(countRows(dir, "SELECT count(*) FROM conversations WHERE kind = 'group'") >= 3);
        QVERIFY(countRows(dir, "SELECT count(*) FROM messages WHERE recalled = 1") >= 1);
        QVERIFY(countRows(dir, "SELECT count(*) FROM messages WHERE edited_at > 0") >= 1);

        r = ServerProcess::run({"demo", "--data", dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("already seeded"));
        QCOMPARE(countRows(dir, "SELECT count(*) FROM users"), users);
        QCOMPARE(countRows(dir, "SELECT count(*) FROM events"), events);
    }

    void userAdd()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("u"));
        QCOMPARE(ServerProcess::run({"init", "--data", dir}).exitCode, 0);
        auto r = ServerProcess::run(
            {"user", "add", "--data", dir, "--login", "lina", "--name", "Li Na", "--title", "Engineer"},
            "long enough password\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().toLongLong(), 1);
        QCOMPARE(countRows(dir, "SELECT count(*) FROM events WHERE stream = 'org'"), 1);

        // Duplicate login, short or empty password, unknown department or manager, bad login.
        const QList<QPair<QStringList, QByteArray>> bad{
            {{"--login", "lina", "--name", "Other"}, "another password\n"},
            {{"--login", "lina2", "--name", "Li Na"}, "short\n"},
            {{"--login", "lina3", "--name", "Li Na"}, "\n"},
            {{"--login", "lina4", "--name", "Li Na"}, ""},
            {{"--login", "lina5", "--name", "Li Na", "--department", "99"}, "long enough password\n"},
            {{"--login", "lina6", "--name", "Li Na", "--manager", "42"}, "long enough password\n"},
            {{"--login", "Bad Login", "--name", "Li Na"}, "long enough password\n"},
            {{"--login", "lina7"}, "long enough password\n"},
        };
        for (const auto &[extra, stdinData] : bad) {
            r = ServerProcess::run(QStringList{"user", "add", "--data", dir} + extra, stdinData);
            QVERIFY2(r.exitCode > 0, qPrintable(extra.join(' ')));
            QVERIFY2(oneLine(r.err), r.err.constData());
        }
        QCOMPARE(countRows(dir, "SELECT count(*) FROM users"), 1);
    }

    void lockedDataDirectory()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const auto r = ServerProcess::run({"serve", "--data", server.dataDir(), "--listen", "127.0.0.1:0"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLine(r.err) && r.err.contains("in use"), r.err.constData());
        QVERIFY(server.isRunning());
    }

    void portInUse()
    {
        ServerProcess first;
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("second");
        QCOMPARE(ServerProcess::run({"init", "--data", dir}).exitCode, 0);
        const auto r = ServerProcess::run(
            {"serve", "--data", dir, "--listen", QStringLiteral("127.0.0.1:%1").arg(first.port())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLine(r.err) && r.err.contains("cannot listen"), r.err.constData());
    }

    void corruptDatabase()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("bad");
        QCOMPARE(ServerProcess::run({"init", "--data", dir}).exitCode, 0);
        QFile::remove(dir + "/tack.db-wal");
        QFile::remove(dir + "/tack.db-shm");
        QFile f(dir + "/tack.db");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, 'x'));
        f.close();
        for (const QStringList &args :
             {QStringList{"serve", "--data", dir, "--listen", "127.0.0.1:0"},
              QStringList{"init", "--data", dir}, QStringList{"demo", "--data", dir}}) {
            const auto r = ServerProcess::run(args);
            QVERIFY2(r.exitCode > 0, qPrintable(args.first()));
            QVERIFY2(oneLine(r.err) && r.err.contains("not a usable Tack database"), r.err.constData());
        }
    }

    void sigtermExitsCleanly()
    {
        ServerProcess server;
        QVERIFY2(server.startDemo(), qPrintable(server.errorString()));
        WireClient client;
        QVERIFY(client.connectTo(server.url()));
        QVERIFY(!client.loginAndHello("wangfang", "tack-demo").isEmpty());
        QCOMPARE(server.terminate(), 0);
        QCOMPARE(client.waitClosed(), 1001);
    }

    void restartKeepsPortAndData()
    {
        ServerProcess server;
        QVERIFY2(server.startDemo(), qPrintable(server.errorString()));
        const QUrl url = server.url();
        QVERIFY(server.kill());
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QCOMPARE(server.url(), url);
        WireClient client;
        QVERIFY(client.connectTo(server.url()));
        QVERIFY(!client.loginAndHello("wangfang", "tack-demo").isEmpty());
    }

    void userAddedWhileServingReachesClients()
    {
        ServerProcess server;
        QVERIFY2(server.startDemo(), qPrintable(server.errorString()));
        WireClient client;
        QVERIFY(client.connectTo(server.url()));
        QVERIFY(!client.loginAndHello("wangfang", "tack-demo").isEmpty());
        const qint64 id = server.addUser("newbie", "New Person", "a fine password");
        QVERIFY2(id > 0, qPrintable(server.errorString()));
        const QCborMap event = client.waitForEvent("org", "user.put");
        QCOMPARE(event.value("data").toMap().value("user").toMap().value("id").toInteger(), id);
        WireClient newbie;
        QVERIFY(newbie.connectTo(server.url()));
        QVERIFY(!newbie.loginAndHello("newbie", "a fine password").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
