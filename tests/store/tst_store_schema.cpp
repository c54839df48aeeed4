// Schema creation, migrations from every earlier version, and refusing files we cannot use.

#include "StoreTestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace storetest;
using tack::db::SqlError;
using tack::store::Replica;

class TestStoreSchema : public QObject
{
    Q_OBJECT

private:
    // Data written through the public API at an old version: directory, a group with messages (English and
    // Chinese), a recalled one, and a cursor.
    static void writeOldData(Replica &r)
    {
        r.setAccount({QStringLiteral("ws://h"), QStringLiteral("me"), 1, QStringLiteral("t")});
        seedGroup(r, QStringLiteral("g1"));
        StreamWriter c(QStringLiteral("c/g1"), r.cursor(QStringLiteral("c/g1")));
        c.newMessage(QStringLiteral("m1"), 2, QStringLiteral("The quarterly numbers are in"));
        c.newMessage(QStringLiteral("m2"), 3, QStringLiteral("下周的预算会议改到周三"));
        c.newMessage(QStringLiteral("m3"), 2, QStringLiteral("secret plan"));
        c.add(QStringLiteral("msg.recall"), QCborMap{{QStringLiteral("message"), QStringLiteral("m3")},
                                                     {QStringLiteral("recalled_by"), 2}});
        // Before v4 a DING is an unknown kind: skipped, the cursor moves past it.
        c.add(QStringLiteral("ding.sent"),
              QCborMap{{QStringLiteral("message"), QStringLiteral("m2")},
                       {QStringLiteral("users"), QCborArray{1}},
                       {QStringLiteral("round"), 1}},
              3);
        r.applyEvents(c.stream(), c.take());
    }

    // `from`: the version the file was written with.
    static void checkOldData(Replica &r, int from)
    {
        QCOMPARE(r.schemaVersion(), Replica::kSchemaVersion);
        QCOMPARE(r.account().userId, 1);
        QCOMPARE(r.users().size(), 3);
        // v4 forgets conversation cursors, so DING events an older version skipped are fetched again; v6 does
        // the same for todo marks.
        QCOMPARE(r.cursor(QStringLiteral("c/g1")), from < 6 ? 0 : 9);
        // v5 forgets the org cursor, so the new person fields are fetched; v7 again, for approval templates,
        // and v8 for approval roles.
        QCOMPARE(r.cursor(QStringLiteral("org")), from < 8 ? 0 : 3);
        // v5: the people index was built from the stored directory.
        const auto found = r.searchPeople(QStringLiteral("wangf"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].user.id, 2);
        const auto msgs = r.messages(QStringLiteral("g1"), 50);
        QCOMPARE(msgs.size(), 3);
        QCOMPARE(msgs[1].text, QStringLiteral("下周的预算会议改到周三"));
        QVERIFY(msgs[2].recalled);
        // The FTS index was built from rows that existed before it.
        auto hits = r.searchMessages(QStringLiteral("quarterly"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].id, QStringLiteral("m1"));
        hits = r.searchMessages(QStringLiteral("预算会议"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].id, QStringLiteral("m2"));
        QVERIFY(r.searchMessages(QStringLiteral("secret")).isEmpty());
        // And it follows new rows after the migration.
        StreamWriter c(QStringLiteral("c/g1"), r.cursor(QStringLiteral("c/g1")));
        c.newMessage(QStringLiteral("m4"), 2, QStringLiteral("quarterly review tomorrow"));
        r.applyEvents(c.stream(), c.take());
        QCOMPARE(r.searchMessages(QStringLiteral("quarterly")).size(), 2);
        // v3: drafts.
        r.setDraft(QStringLiteral("g1"), QStringLiteral("half-written"));
        QCOMPARE(r.draft(QStringLiteral("g1")), QStringLiteral("half-written"));
        // v4: DINGs, including one an older version skipped, now that the stream is fetched again.
        // A v4 file already applied the DING on m2 that older versions skipped.
        const int alreadyPending = from < 4 ? 0 : 1;
        QCOMPARE(r.pendingDingsForMe().size(), alreadyPending);
        c.add(QStringLiteral("ding.sent"),
              QCborMap{{QStringLiteral("message"), QStringLiteral("m1")},
                       {QStringLiteral("users"), QCborArray{1, 3}},
                       {QStringLiteral("round"), 1}},
              2);
        r.applyEvents(c.stream(), c.take());
        const auto pending = r.pendingDingsForMe();
        QCOMPARE(pending.size(), 1 + alreadyPending);
        // Found by text: a file whose conversation cursor v6 forgot numbers these test events from 1 again,
        // which changes their times and so the newest-first order.
        const auto m1 = std::find_if(pending.cbegin(), pending.cend(), [](const auto &d) {
            return d.text == QStringLiteral("The quarterly numbers are in");
        });
        QVERIFY(m1 != pending.cend());
        QCOMPARE(m1->senderName, QStringLiteral("Wang Fang"));
        QCOMPARE(r.dingsForMessage(QStringLiteral("m1")).size(), 2);
    }

private slots:
    void freshFileIsLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        QString id;
        {
            Replica r;
            r.open(path);
            QCOMPARE(r.schemaVersion(), Replica::kSchemaVersion);
            id = r.clientId();
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
        }
        Replica again;
        again.open(path);
        QCOMPARE(again.clientId(), id);

        QTemporaryDir other;
        Replica second;
        second.open(other.filePath(QStringLiteral("b.db")));
        QVERIFY(second.clientId() != id);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Replica::kSchemaVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QString clientId;
        {
            Replica r;
            r.open(path, from);
            QCOMPARE(r.schemaVersion(), from);
            clientId = r.clientId();
            writeOldData(r);
        }
        Replica r;
        r.open(path);
        QCOMPARE(r.clientId(), clientId);
        checkOldData(r, from);
    }

    void stepwiseMigrationKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("steps.db"));
        {
            Replica r;
            r.open(path, 1);
            writeOldData(r);
        }
        {
            Replica r;
            r.open(path, 2);
            QCOMPARE(r.schemaVersion(), 2);
            QCOMPARE(r.searchMessages(QStringLiteral("quarterly")).size(), 1);
        }
        {
            Replica r;
            r.open(path, 3);
            QCOMPARE(r.schemaVersion(), 3);
            QVERIFY(r.pendingDingsForMe().isEmpty()); // no table yet: nothing, no error
            r.setDraft(QStringLiteral("g1"), QStringLiteral("kept"));
        }
        Replica r;
        r.open(path);
        checkOldData(r, 1);
    }

    void refusesNewerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            Replica r;
            r.open(path);
            r.database().setUserVersion(Replica::kSchemaVersion + 1);
        }
        Replica r;
        try {
            r.open(path);
            QFAIL("opened a file from a newer Tack");
        } catch (const SqlError &e) {
            QVERIFY2(e.text().contains(QStringLiteral("newer Tack")), qPrintable(e.text()));
        }
        QVERIFY(!r.database().isOpen());
        QVERIFY_THROWS_EXCEPTION(SqlError, r.openReadOnly(path));
    }

    void refusesNonDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, just some text that is long enough to be a header\n")
                    .repeated(50));
        f.close();
        Replica r;
        try {
            r.open(path);
            QFAIL("opened a text file");
        } catch (const SqlError &e) {
            QVERIFY2(e.text().contains(path), qPrintable(e.text()));
        }
    }

    void readOnlyConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        {
            Replica r;
            r.open(path, 2);
        }
        Replica ro;
        QVERIFY_THROWS_EXCEPTION(SqlError, ro.openReadOnly(path)); // not migrated yet
        Replica rw;
        rw.open(path);
        writeOldData(rw);
        ro.openReadOnly(path);
        QCOMPARE(ro.users().size(), 3);
        QCOMPARE(ro.conversations().size(), 1);
        QVERIFY_THROWS_EXCEPTION(SqlError, ro.setDraft(QStringLiteral("g1"), QStringLiteral("x")));
    }

    void closedReplicaThrows()
    {
        Replica r;
        QVERIFY_THROWS_EXCEPTION(SqlError, r.users());
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_store_schema.moc"
