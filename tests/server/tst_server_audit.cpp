// The audit log against the real tack-server: entries for logins, failed logins, logouts, recalls and
// membership changes; `admin audit verify` on an intact log and on logs edited with SQL while the server
// was stopped (altered, missing in the middle, tail removed, out of order); `admin audit list` filters and
// `admin audit export` CSV; `audit.list` for the org's owners and admins only.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"
#include "db/Sqlite.h"
#include "protocol/Frame.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace testwire;

namespace {

const QString kPassword = QStringLiteral("correct-horse-battery");
const QByteArray kWrongPassword = "wrong-Secret-pass-4711";

struct Entry
{
    qint64 seq = 0;
    qint64 actor = 0;
    QString address;
    QString action;
    QString target;
    QJsonObject details;
};

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tack.db"));
}

// Read next to the running server: WAL lets a reader in.
QList<Entry> readEntries(const QString &dataDir)
{
    tack::db::Database db;
    db.open(databasePath(dataDir), tack::db::Database::Mode::ReadOnly);
    tack::db::Statement s =
        db.prepare("SELECT seq, actor, address, action, target, details FROM audit_log ORDER BY seq");
    QList<Entry> out;
    while (s.step())
        out.append(Entry{s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4),
                         QJsonDocument::fromJson(s.text(5).toUtf8()).object()});
    return out;
}

QList<Entry> withAction(const QList<Entry> &all, const QString &action)
{
    QList<Entry> out;
    for (const Entry &e : all)
        if (e.action == action)
            out.append(e);
    return out;
}

void execSql(const QString &dataDir, const char *sql)
{
    tack::db::Database db;
    db.open(databasePath(dataDir));
    db.exec(sql);
}

// A copy of a stopped server's data folder, to tamper with.
bool copyData(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QStringList files = QDir(from).entryList(QDir::Files);
    for (const QString &f : files) {
        if (f.endsWith(QLatin1String(".lock")))
            continue;
        if (!QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f)))
            return false;
    }
    return true;
}

bool oneLine(const QByteArray &err)
{
    const QByteArray t = err.trimmed();
    return !t.isEmpty() && !t.contains('\n');
}

} // namespace

class TestServerAudit : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_tmp;
    qint64 m_alice = 0;
    qint64 m_bob = 0;
    qint64 m_carol = 0;

    bool connectAs(WireClient &c, const QString &login)
    {
        return c.connectTo(m_server.url()) && !c.loginAndHello(login, kPassword).isEmpty();
    }

    ServerProcess::Run admin(const QStringList &args)
    {
        return ServerProcess::run(QStringList{"admin", "audit"} + args +
                                  QStringList{"--data", m_server.dataDir()});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_alice = m_server.addUser("alice", "Alice", kPassword);
        m_bob = m_server.addUser("bob", "Bob", kPassword);
        m_carol = m_server.addUser("carol", "卡罗尔", kPassword);
        QVERIFY(m_alice > 0 && m_bob > 0 && m_carol > 0);
    }

    void emptyLogVerifies()
    {
        const auto r = admin({"verify"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("audit log intact: 0 entries, head 0000"), r.out.constData());
    }

    void loginsFailuresAndLogouts()
    {
        {
            WireClient alice;
            QVERIFY(connectAs(alice, "alice"));
            const QCborMap r = alice.request("logout");
            QVERIFY2(isAck(r), describe(r));
        }
        WireClient probe;
        QVERIFY(probe.connectTo(m_server.url()));
        QCborMap r = probe.request(
            "login", map({{"login", "bob"}, {"password", QString::fromLatin1(kWrongPassword)}}));
        QCOMPARE(code(r), QStringLiteral("bad_credentials"));
        r = probe.request("login",
                          map({{"login", "nobody"}, {"password", QString::fromLatin1(kWrongPassword)}}));
        QCOMPARE(code(r), QStringLiteral("bad_credentials"));

        const QList<Entry> all = readEntries(m_server.dataDir());
        const QList<Entry> logins = withAction(all, "login");
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins[0].actor, m_alice);
        QCOMPARE(logins[0].target, QStringLiteral("user:%1").arg(m_alice));
        QVERIFY2(logins[0].address.contains("127.0.0.1"), qPrintable(logins[0].address));

        const QList<Entry> logouts = withAction(all, "logout");
        QCOMPARE(logouts.size(), 1);
        QCOMPARE(logouts[0].actor, m_alice);
        QVERIFY(logouts[0].seq > logins[0].seq);

        const QList<Entry> failed = withAction(all, "login.failed");
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0].actor, 0);
        QCOMPARE(failed[0].target, QStringLiteral("user:%1").arg(m_bob));
        QCOMPARE(failed[0].details.value("login").toString(), QStringLiteral("bob"));
        QCOMPARE(failed[0].details.value("reason").toString(), QStringLiteral("bad_credentials"));
        QCOMPARE(failed[1].target, QString());
        QCOMPARE(failed[1].details.value("login").toString(), QStringLiteral("nobody"));
        QVERIFY(failed[1].address.contains("127.0.0.1"));

        // Neither the password tried nor a token is anywhere in the database files.
        for (const QString &name : QDir(m_server.dataDir()).entryList({"tack.db*"}, QDir::Files)) {
            QFile f(QDir(m_server.dataDir()).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kWrongPassword), qPrintable(name));
        }
        for (const Entry &e : all)
            QVERIFY(!e.details.contains("password") && !e.details.contains("token"));
    }

    void failedLoginOfAClosedConnectionIsAudited()
    {
        const qsizetype before = withAction(readEntries(m_server.dataDir()), "login.failed").size();
        {
            WireClient hangsUp;
            QVERIFY(hangsUp.connectTo(m_server.url()));
            hangsUp.sendRaw(
                tack::proto::encodeFrame(map({{"type", "login"},
                                              {"id", 1},
                                              {"login", "carol"},
                                              {"password", QString::fromLatin1(kWrongPassword)}})));
        } // closed before the answer
        QTRY_COMPARE_WITH_TIMEOUT(withAction(readEntries(m_server.dataDir()), "login.failed").size(),
                                  before + 1, 20000);
        const Entry e = withAction(readEntries(m_server.dataDir()), "login.failed").last();
        QCOMPARE(e.details.value("login").toString(), QStringLiteral("carol"));
    }

    void membershipRolesAndRecall()
    {
        WireClient alice, bob;
        QVERIFY(connectAs(alice, "alice"));
        QVERIFY(connectAs(bob, "bob"));
        QCborMap r = alice.mutate("conv.create", map({{"id", "audit-g1"},
                                                      {"title", QStringLiteral("Sales, \"Q4\" 销售")},
                                                      {"members", QCborArray{m_bob}}}));
        QVERIFY2(isAck(r), describe(r));
        r = alice.mutate("member.add", map({{"conversation", "audit-g1"}, {"users", QCborArray{m_carol}}}));
        QVERIFY2(isAck(r), describe(r));
        r = alice.mutate("member.role",
                         map({{"conversation", "audit-g1"}, {"user", m_carol}, {"role", "admin"}}));
        QVERIFY2(isAck(r), describe(r));
        r = bob.mutate("msg.send",
                       map({{"conversation", "audit-g1"}, {"id", "audit-m1"}, {"text", "hello"}}));
        QVERIFY2(isAck(r), describe(r));
        r = alice.mutate("msg.recall", map({{"message", "audit-m1"}}));
        QVERIFY2(isAck(r), describe(r));
        // A refused mutation leaves no entry: bob may not remove carol.
        r = bob.mutate("member.remove", map({{"conversation", "audit-g1"}, {"user", m_carol}}));
        QCOMPARE(code(r), QStringLiteral("forbidden"));
        r = alice.mutate("member.remove", map({{"conversation", "audit-g1"}, {"user", m_carol}}));
        QVERIFY2(isAck(r), describe(r));

        const QList<Entry> all = readEntries(m_server.dataDir());
        const QList<Entry> created = withAction(all, "conv.create");
        QCOMPARE(created.size(), 1);
        QCOMPARE(created[0].actor, m_alice);
        QCOMPARE(created[0].target, QStringLiteral("conv:audit-g1"));
        QCOMPARE(created[0].details.value("members").toInteger(), 2);

        const QList<Entry> added = withAction(all, "member.add");
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].target, QStringLiteral("user:%1").arg(m_carol));
        QCOMPARE(added[0].details.value("conversation").toString(), QStringLiteral("audit-g1"));

        const QList<Entry> roles = withAction(all, "member.role");
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles[0].actor, m_alice);
        QCOMPARE(roles[0].details.value("role").toString(), QStringLiteral("admin"));
        QCOMPARE(roles[0].details.value("from").toString(), QStringLiteral("member"));

        const QList<Entry> recalls = withAction(all, "msg.recall");
        QCOMPARE(recalls.size(), 1);
        QCOMPARE(recalls[0].actor, m_alice);
        QCOMPARE(recalls[0].target, QStringLiteral("msg:audit-m1"));
        QCOMPARE(recalls[0].details.value("sender").toInteger(), m_bob);
        QVERIFY(recalls[0].address.contains("127.0.0.1"));

        const QList<Entry> removed = withAction(all, "member.remove");
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0].actor, m_alice);
        QCOMPARE(removed[0].target, QStringLiteral("user:%1").arg(m_carol));
        QCOMPARE(removed[0].details.value("left").toBool(), false);
    }

    void auditListRefusesNonAdmins()
    {
        WireClient bob;
        QVERIFY(connectAs(bob, "bob"));
        QCborMap r = bob.request("audit.list");
        QCOMPARE(code(r), QStringLiteral("forbidden"));
        r = bob.request("audit.list", map({{"export", true}}));
        QCOMPARE(code(r), QStringLiteral("forbidden"));
        QVERIFY(withAction(readEntries(m_server.dataDir()), "export").isEmpty());
        r = bob.request("audit.list", map({{"limit", 0}}));
        QCOMPARE(code(r), QStringLiteral("invalid_args"));
        WireClient anonymous;
        QVERIFY(anonymous.connectTo(m_server.url()));
        QCOMPARE(code(anonymous.request("audit.list")), QStringLiteral("unauthenticated"));
    }

    void auditListForOwnersAndAdmins()
    {
        WireClient alice; // the org's first account: its owner
        QVERIFY(connectAs(alice, "alice"));
        QCborMap r = alice.request("audit.list", map({{"limit", 3}}));
        QVERIFY2(isAck(r), describe(r));
        const qint64 head = result(r).value("head").toInteger();
        QCOMPARE(head, readEntries(m_server.dataDir()).size());
        QCborArray entries = result(r).value("entries").toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].toMap().value("seq").toInteger(), head);
        QCOMPARE(entries[2].toMap().value("seq").toInteger(), head - 2);
        QCOMPARE(entries[0].toMap().value("hash").toString().size(), 64);
        const qint64 next = result(r).value("next").toInteger();
        QCOMPARE(next, head - 2);
        r = alice.request("audit.list", map({{"limit", 3}, {"before", next}}));
        QCOMPARE(result(r).value("entries").toArray()[0].toMap().value("seq").toInteger(), head - 3);

        r = alice.request("audit.list", map({{"action", "login.failed"}}));
        entries = result(r).value("entries").toArray();
        QCOMPARE(entries.size(), 3);
        QVERIFY(!result(r).contains(QStringLiteral("next")));
        QCOMPARE(entries[0].toMap().value("details").toMap().value("login").toString(),
                 QStringLiteral("carol"));
        r = alice.request("audit.list", map({{"actor", m_bob}}));
        entries = result(r).value("entries").toArray();
        QVERIFY(!entries.isEmpty());
        for (const QCborValue &e : entries)
            QCOMPARE(e.toMap().value("actor").toInteger(), m_bob);
        QCOMPARE(entries[0].toMap().value("actor_login").toString(), QStringLiteral("bob"));
        r = alice.request("audit.list", map({{"since", 1}, {"until", 2}}));
        QVERIFY(result(r).value("entries").toArray().isEmpty());

        // An org admin may read it too; the role change itself is in the log.
        r = alice.mutate("user.role", map({{"user", m_carol}, {"role", "admin"}}));
        QVERIFY2(isAck(r), describe(r));
        WireClient carol;
        QVERIFY(connectAs(carol, "carol"));
        r = carol.request("audit.list", map({{"action", "user.role"}, {"export", true}}));
        QVERIFY2(isAck(r), describe(r));
        QCOMPARE(result(r).value("entries").toArray().size(), 1);
        const QList<Entry> exports = withAction(readEntries(m_server.dataDir()), "export");
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports[0].actor, m_carol);
        QCOMPARE(exports[0].details.value("via").toString(), QStringLiteral("audit.list"));
        QCOMPARE(exports[0].details.value("action").toString(), QStringLiteral("user.role"));
    }

    void listFiltersWhileServing()
    {
        auto r = admin({"list", "--actor", "alice", "--action", "conv.create"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY2(r.out.contains("conv:audit-g1") && r.out.contains("alice"), r.out.constData());

        r = admin({"list", "--action", "login.failed", "--limit", "1"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY2(r.out.contains("carol"), r.out.constData()); // the newest one

        r = admin({"list", "--since", "2000-01-01", "--until", "2000-01-02"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("no matching"), r.out.constData());

        r = admin({"list", "--since", "2000-01-01T00:00:00Z", "--actor", "system"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 3); // the three failed logins

        for (const QStringList &bad :
             {QStringList{"list", "--since", "yesterday"}, QStringList{"list", "--actor", "nosuchuser"},
              QStringList{"list", "--limit", "0"}, QStringList{"frobnicate"}, QStringList{"export"}}) {
            r = admin(bad);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(' ')));
            QVERIFY2(oneLine(r.err), r.err.constData());
        }
    }

    void exportCsvIsAuditedToo()
    {
        const int before = readEntries(m_server.dataDir()).size();
        const QString out = m_tmp.filePath("audit.csv");
        const auto r = admin({"export", "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("seq,at,actor,actor_login,address,action,target,details,prev_hash,hash\r\n"));
        QCOMPARE(csv.count("\r\n"), before + 1);
        // RFC 4180: a field with a comma or quote is quoted, quotes doubled; UTF-8 kept.
        QVERIFY2(csv.contains(R"("{""members"":2,""title"":""Sales, \""Q4\"" 销售""}")"), csv.constData());

        const QList<Entry> exports = withAction(readEntries(m_server.dataDir()), "export");
        QCOMPARE(exports.size(), 2); // carol's through audit.list, then this one
        QCOMPARE(exports[1].seq, before + 1);
        QCOMPARE(exports[1].actor, 0);
        QCOMPARE(exports[1].details.value("via").toString(), QStringLiteral("tack-server admin"));
        QCOMPARE(exports[1].details.value("entries").toInteger(), before);
    }

    void verifyPassesWhileServing()
    {
        const int n = readEntries(m_server.dataDir()).size();
        QVERIFY(n >= 10);
        const auto r = admin({"verify"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith(QStringLiteral("audit log intact: %1 entries, head ").arg(n).toUtf8()),
                 r.out.constData());
    }

    void verifyDetectsTampering_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<int>("seq");
        QTest::addColumn<QString>("problem");
        QTest::newRow("edited column")
            << QByteArray("UPDATE audit_log SET target = 'user:999' WHERE seq = 3") << 3 << "altered";
        QTest::newRow("edited details")
            << QByteArray("UPDATE audit_log SET details = '{}' WHERE seq = 5") << 5 << "altered";
        QTest::newRow("deleted middle")
            << QByteArray("DELETE FROM audit_log WHERE seq = 4") << 4 << "missing";
        QTest::newRow("swapped") << QByteArray("UPDATE audit_log SET seq = -seq WHERE seq IN (6, 7); "
                                               "UPDATE audit_log SET seq = 7 WHERE seq = -6; "
                                               "UPDATE audit_log SET seq = 6 WHERE seq = -7")
                                 << 6 << "out of order";
        QTest::newRow("tail removed")
            << QByteArray("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)") << -1
            << "tail removed";
        QTest::newRow("two at the tail")
            << QByteArray("DELETE FROM audit_log WHERE seq >= (SELECT max(seq) - 1 FROM audit_log)") << -2
            << "tail removed";
    }
    void verifyDetectsTampering()
    {
        QFETCH(QByteArray, sql);
        QFETCH(int, seq);
        QFETCH(QString, problem);
        if (m_server.isRunning())
            QCOMPARE(m_server.terminate(), 0);
        const int n = readEntries(m_server.dataDir()).size();
        if (seq < 0)
            seq = n + 1 + seq; // the first seq removed at the tail
        const QString copy = m_tmp.filePath(QStringLiteral("tampered-%1").arg(QTest::currentDataTag()));
        QVERIFY(copyData(m_server.dataDir(), copy));
        execSql(copy, sql.constData());

        const auto r = ServerProcess::run({"admin", "audit", "verify", "--data", copy});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneLine(r.err), r.err.constData());
        const QByteArray expected = QStringLiteral("broken at seq %1 (%2)").arg(seq).arg(problem).toUtf8();
        QVERIFY2(r.err.contains(expected), r.err.constData());

        // The untouched original still verifies.
        QCOMPARE(admin({"verify"}).exitCode, 0);
    }

    void serveWarnsButRunsOnABrokenChain()
    {
        const QString copy = m_tmp.filePath("tampered-edited column");
        QVERIFY(QFile::exists(databasePath(copy)));
        ServerProcess server;
        ServerProcess::Options o;
        o.dataDir = copy;
        QVERIFY2(server.start(o), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(server.serverStderr().contains("warning: audit log broken at seq 3"), 20000);
        WireClient alice;
        QVERIFY(alice.connectTo(server.url()));
        QVERIFY(!alice.loginAndHello("alice", kPassword).isEmpty());
    }

    // Attempts the lockout refuses (without checking the password, even a right one) are failed logins too.
    void lockedOutLoginsAreAudited()
    {
        ServerProcess server; // its own, so the other tests' counts stay as they are
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const qint64 erin = server.addUser("erin", "Erin", kPassword);
        QVERIFY(erin > 0);
        WireClient probe;
        QVERIFY(probe.connectTo(server.url()));
        for (int i = 0; i < 5; ++i) {
            const QCborMap r = probe.request(
                "login", map({{"login", "erin"}, {"password", QString::fromLatin1(kWrongPassword)}}));
            QCOMPARE(code(r), QStringLiteral("bad_credentials"));
        }
        const qsizetype before = withAction(readEntries(server.dataDir()), "login.failed").size();
        for (int i = 0; i < 2; ++i) {
            const QCborMap r = probe.request("login", map({{"login", "erin"}, {"password", kPassword}}));
            QCOMPARE(code(r), QStringLiteral("rate_limited"));
        }
        const QList<Entry> failed = withAction(readEntries(server.dataDir()), "login.failed");
        QCOMPARE(failed.size(), before + 2);
        for (const Entry &e : failed.mid(before)) {
            QCOMPARE(e.actor, 0);
            QCOMPARE(e.target, QStringLiteral("user:%1").arg(erin));
            QCOMPARE(e.details.value("login").toString(), QStringLiteral("erin"));
            QCOMPARE(e.details.value("reason").toString(), QStringLiteral("locked_out"));
            QVERIFY2(e.address.contains("127.0.0.1"), qPrintable(e.address));
            QVERIFY(!e.details.contains("password"));
        }
        QCOMPARE(ServerProcess::run({"admin", "audit", "verify", "--data", server.dataDir()}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_server_audit.moc"
