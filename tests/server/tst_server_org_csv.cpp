// `tack-server admin` for the org directory: people/departments/roles commands, CSV import and export
// (dry run, bad rows, idempotent re-import, round trip), with no server running and against a running one
// (over its control socket, so live clients get the change at once).
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace testwire;

namespace {

const QString kPassword = QStringLiteral("tack-demo");

ServerProcess::Run admin(const QString &dir, QStringList args, const QByteArray &stdinData = {})
{
    args.prepend(QStringLiteral("admin"));
    args << QStringLiteral("--data") << dir;
    return ServerProcess::run(args, stdinData);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray describe(const ServerProcess::Run &r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err;
}

} // namespace

class TestServerOrgCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("data"));
        const auto r = ServerProcess::run({"demo", "--data", m_dir});
        QVERIFY2(r.exitCode == 0, describe(r));
    }

    void listsPeopleDepartmentsAndRoles()
    {
        auto r = admin(m_dir, {"people", "list"});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.startsWith("id\tlogin\temployee_id\t"));
        QVERIFY(r.out.contains("\tgaofei\tXH1021\t"));
        QVERIFY(r.out.contains("Xinghe Tech/Engineering;Xinghe Tech/Engineering/Client Team"));
        r = admin(m_dir, {"departments", "list"});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains("\tXinghe Tech/Sales/Sales East\tliuyang\t"));
        r = admin(m_dir, {"roles", "list"});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains("wangfang\towner\t"));
        QVERIFY(r.out.contains("zhoujie\tadmin\t"));
        QVERIFY(!r.out.contains("sunli"));
    }

    void exportThenImportIsANoOp()
    {
        const QString people = m_tmp.filePath(QStringLiteral("people.csv"));
        const QString departments = m_tmp.filePath(QStringLiteral("departments.csv"));
        auto r = admin(m_dir, {"export", "people", "--out", people});
        QVERIFY2(r.exitCode == 0, describe(r));
        r = admin(m_dir, {"export", "departments", "--out", departments});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(
            readFile(people).startsWith("employee_id,login,name,title,departments,manager,phone,email,role,"
                                        "active\r\n"));
        QVERIFY(readFile(departments).startsWith("path,manager\r\nXinghe Tech,XH1007\r\n"));

        for (const QString &file : {departments, people}) {
            r = admin(m_dir, {"import", file});
            QVERIFY2(r.exitCode == 0, describe(r));
            QCOMPARE(r.out, QByteArray("no changes\n"));
        }
        // The export of an unchanged org is the same file.
        r = admin(m_dir, {"export", "people"});
        QCOMPARE(r.out, readFile(people));
    }

    void dryRunListsChangesAndStoresNothing()
    {
        const QByteArray before = admin(m_dir, {"export", "people"}).out;
        // With a BOM, CRLF, a quoted name with a comma and quotes, and only some columns.
        const QByteArray csv =
            "\xEF\xBB\xBF"
            "employee_id,login,name,title,departments,manager,email\r\n"
            "XH1007,zhaomin,赵敏,Chief Executive Officer,Xinghe Tech,,zhaomin@xinghe-tech.example\r\n"
            "XH9100,lixiao,\"Li, \"\"Xiao\"\"\",Intern,Xinghe Tech/Engineering/Server Team;Xinghe "
            "Tech/HR,XH1070,lixiao@xinghe-tech.example\r\n";
        const QString file = m_tmp.filePath(QStringLiteral("changes.csv"));
        QVERIFY(writeFile(file, csv));

        auto r = admin(m_dir, {"import", file, "--dry-run"});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY2(r.out.contains("line 2: update XH1007 zhaomin: title\n"), r.out);
        QVERIFY2(r.out.contains("line 3: add XH9100 lixiao (Li, \"Xiao\")\n"), r.out);
        QVERIFY(r.out.contains("dry run: 2 change(s), nothing stored"));
        QCOMPARE(admin(m_dir, {"export", "people"}).out, before);

        r = admin(m_dir, {"import", file});
        QVERIFY2(r.exitCode == 0, describe(r));
        QVERIFY(r.out.contains("imported: 2 change(s)"));
        r = admin(m_dir, {"people", "list"});
        QVERIFY(r.out.contains("\tlixiao\tXH9100\tLi, \"Xiao\"\tIntern\tXinghe Tech/Engineering/Server "
                               "Team;Xinghe Tech/HR\tlihua\tmember\tyes\n"));
        QVERIFY(r.out.contains("\tzhaomin\tXH1007\t赵敏\tChief Executive Officer\t"));

        // The same file again changes nothing.
        r = admin(m_dir, {"import", file});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(r.out, QByteArray("no changes\n"));
    }

    void badRowsAreListedAndNothingIsImported()
    {
        const QByteArray before = admin(m_dir, {"export", "people"}).out;
        const QByteArray csv = "employee_id,login,name,title,departments,email,active\n"
                               "XH9200,goodrow,Good Row,,Xinghe Tech/HR,,yes\n"
                               "XH9201,bademail,Bad Email,,,not-an-email,yes\n"
                               "XH9202,multi,\"two\nline name\",,,,yes\n"
                               "XH9203,nodept,No Dept,,Xinghe Tech/Nowhere,,yes\n"
                               "XH9200,again,Twice,,,,yes\n"
                               "XH1042,hejun,何军,,,,maybe\n"
                               "XH1049,amina,Amina Haddad,,,,no\n";
        const QString file = m_tmp.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(file, csv));
        for (const bool dry : {true, false}) {
            QStringList args{"import", file};
            if (dry)
                args << QStringLiteral("--dry-run");
            const auto r = admin(m_dir, args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.contains("bad.csv: line 3: email: "), r.out);
            QVERIFY2(r.out.contains("bad.csv: line 4: name: "), r.out); // a line break in a name
            QVERIFY2(r.out.contains("bad.csv: line 6: departments: no department 'Xinghe Tech/Nowhere'"),
                     r.out);
            QVERIFY2(r.out.contains("bad.csv: line 7: 'XH9200' is already on line 2"), r.out);
            QVERIFY2(r.out.contains("bad.csv: line 8: active: must be yes or no"), r.out);
            // The good rows are still listed, so the whole picture is in one run.
            QVERIFY2(r.out.contains("line 2: add XH9200 goodrow"), r.out);
            QVERIFY2(r.out.contains("line 9: deactivate XH1049 amina"), r.out);
            QVERIFY2(r.err.startsWith("tack-server: "), r.err);
            QVERIFY2(r.err.trimmed().endsWith("bad.csv: 5 bad row(s); nothing was imported"), r.err);
            QCOMPARE(r.err.trimmed().count('\n'), 0);
        }
        QCOMPARE(admin(m_dir, {"export", "people"}).out, before);

        // Malformed CSV names its line; a wrong header is refused before any row.
        QVERIFY(writeFile(file, "employee_id,name\nXH1,\"open\n"));
        auto r = admin(m_dir, {"import", file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("line 2: a quoted field is never closed"), r.out);
        QVERIFY(writeFile(file, "employee_id,nickname\nXH1,x\n"));
        r = admin(m_dir, {"import", file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("line 1: unknown column 'nickname'"), r.out);
        r = admin(m_dir, {"import", m_tmp.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("tack-server: cannot read "));
    }

    void departmentsImportAndCommands()
    {
        const QString file = m_tmp.filePath(QStringLiteral("depts.csv"));
        QVERIFY(writeFile(file, "path,manager\nXinghe Tech/Engineering/Platform,XH1084\n"
                                "Xinghe Tech/Engineering/Platform/Storage,\nNowhere/Child,\n"));
        auto r = admin(m_dir, {"import", file, "--dry-run"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("line 2: add Xinghe Tech/Engineering/Platform\n"), r.out);
        QVERIFY2(r.out.contains("line 3: add Xinghe Tech/Engineering/Platform/Storage\n"), r.out);
        QVERIFY2(r.out.contains("line 4: path: no department 'Nowhere'"), r.out);
        QVERIFY(writeFile(file, "path,manager\nXinghe Tech/Engineering/Platform,XH1084\n"));
        r = admin(m_dir, {"import", file});
        QVERIFY2(r.exitCode == 0, describe(r));
        r = admin(m_dir, {"departments", "set", "Xinghe Tech/Engineering/Platform", "--name", "Infra"});
        QVERIFY2(r.exitCode == 0, describe(r));
        r = admin(m_dir, {"departments", "remove", "Xinghe Tech/Engineering"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("still has"));
        r = admin(m_dir, {"departments", "remove", "Xinghe Tech/Engineering/Infra"});
        QVERIFY2(r.exitCode == 0, describe(r));
        r = admin(m_dir, {"people", "add", "--login", "Bad Login", "--name", "x"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("tack-server: login: "));
    }

    void commandsReachARunningServerAndItsClients()
    {
        ServerProcess server;
        ServerProcess::Options options;
        options.dataDir = m_dir;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        WireClient watcher;
        QVERIFY(watcher.connectTo(server.url()));
        QVERIFY(!watcher.loginAndHello(QStringLiteral("wangfang"), kPassword).isEmpty());
        WireClient victim;
        QVERIFY(victim.connectTo(server.url()));
        QVERIFY(!victim.loginAndHello(QStringLiteral("hejun"), kPassword).isEmpty());

        auto r = admin(m_dir, {"people", "set", "sunli", "--title", "Principal Engineer"});
        QVERIFY2(r.exitCode == 0, describe(r));
        const QCborMap put = watcher.waitForEvent(QStringLiteral("org"), QStringLiteral("user.put"));
        QCOMPARE(put.value(QLatin1String("data"))
                     .toMap()
                     .value(QLatin1String("user"))
                     .toMap()
                     .value(QLatin1String("title"))
                     .toString(),
                 QStringLiteral("Principal Engineer"));

        r = admin(m_dir, {"people", "deactivate", "XH1042"});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(r.out, QByteArray("deactivated hejun\n"));
        QCborMap f;
        do {
            f = victim.nextFrame();
        } while (!f.isEmpty() && type(f) != QLatin1String("error"));
        QCOMPARE(code(f), QStringLiteral("account_disabled"));

        // A password set from standard input works at once.
        r = admin(m_dir,
                  {"people", "add", "--login", "newbie", "--name", "New Bie", "--employee-id", "XH9300",
                   "--departments", "Xinghe Tech/HR", "--password-stdin"},
                  "a fine password\n");
        QVERIFY2(r.exitCode == 0, describe(r));
        WireClient newbie;
        QVERIFY(newbie.connectTo(server.url()));
        QVERIFY(!newbie.loginAndHello(QStringLiteral("newbie"), QStringLiteral("a fine password")).isEmpty());

        r = admin(m_dir, {"roles", "set", "wangfang", "member"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("last owner"));

        // Imports and exports go through the server too.
        const QString file = m_tmp.filePath(QStringLiteral("live.csv"));
        r = admin(m_dir, {"export", "people", "--out", file});
        QVERIFY2(r.exitCode == 0, describe(r));
        r = admin(m_dir, {"import", file});
        QVERIFY2(r.exitCode == 0, describe(r));
        QCOMPARE(r.out, QByteArray("no changes\n"));
        QCOMPARE(server.terminate(), 0);
    }

private:
    QTemporaryDir m_tmp;
    QString m_dir;
};

QTEST_GUILESS_MAIN(TestServerOrgCsv)
#include "tst_server_org_csv.moc"
