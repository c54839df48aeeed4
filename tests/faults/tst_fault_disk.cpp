// Disk faults on the client: the replica's writes fail (a full disk, a failing drive) through an injected
// SQLite VFS while the client syncs. The person is told (a storage problem the UI can show), nothing queued
// is lost, a write attempted meanwhile is refused out loud, and everything recovers on its own once writes
// work again.
#include "FaultyVfs.h"
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QSignalSpy>
#include <QTest>

using faultyvfs::Failure;
using tack::store::MessageRecord;

namespace {

QStringList sentBy(const QList<MessageRecord> &messages, qint64 sender)
{
    QStringList out;
    for (const MessageRecord &m : messages) {
        if (m.sender == sender)
            out.append(m.id);
    }
    return out;
}

} // namespace

class TestFaultDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(faultyvfs::install()); }

    void cleanup() { faultyvfs::failWrites(QString(), Failure::None); }

    void writesFailDuringSync_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("disk full") << int(Failure::DiskFull);
        QTest::newRow("i/o error") << int(Failure::IoError);
    }

    void writesFailDuringSync()
    {
        QFETCH(int, failure);
        ServerProcess server;
        const QHash<QString, qint64> ids = synctest::startWithUsers(server, {"ann", "bob"});
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        SyncTestClient ann, bob;
        QVERIFY(ann.login(server.url(), "ann", synctest::kPassword));
        QVERIFY(bob.login(server.url(), "bob", synctest::kPassword));
        const QString group = ann.session().createGroup("Disk faults", {ids.value("bob")});
        QVERIFY(bob.waitFor([&] { return bob.reader().members(group).size() == 2; }));
        QVERIFY(ann.waitSettled());

        // Written offline, before the disk fails: these must survive everything below.
        ann.session().stop();
        QVERIFY(ann.waitFor([&] { return !ann.online(); }));
        QStringList mine;
        for (int i = 0; i < 3; ++i)
            mine.append(
                ann.session().sendMessage(group, QStringLiteral("queued before the fault %1").arg(i)));
        QVERIFY(ann.waitFor([&] { return ann.pendingCount() == 3; }));
        QStringList fromBob;
        for (int i = 0; i < 20; ++i)
            fromBob.append(bob.session().sendMessage(group, QStringLiteral("from bob %1").arg(i)));
        QVERIFY(bob.waitSettled());

        QSignalSpy problems(&ann.session(), &tack::client::ClientSession::storageProblemChanged);
        faultyvfs::failWrites(ann.replicaPath(), Failure(failure));
        ann.session().start();
        QVERIFY(ann.waitFor([&] { return !ann.storageErrors.isEmpty(); }));
        QVERIFY(faultyvfs::refusedWrites() > 0);
        // A state the UI can show, not only a passing message.
        QVERIFY(!ann.session().storageProblem().isEmpty());
        QVERIFY(!problems.isEmpty());
        QVERIFY(!problems.last().first().toString().isEmpty());
        QCOMPARE(ann.pendingCount(), 3);

        // Writing now fails out loud: the person is told this one was not saved.
        const QString during = ann.session().sendMessage(group, "typed while the disk is failing");
        QVERIFY(
            ann.waitFor([&] { return ann.queueErrors.contains(during) || ann.queuedRefs.contains(during); }));
        QVERIFY2(ann.queueErrors.contains(during), "a write to a failing disk was reported as saved");
        QVERIFY(!ann.queueErrors.value(during).isEmpty());
        QCOMPARE(ann.pendingCount(), 3);
        QVERIFY(!ann.reader().message(during));

        // Space returns: no new write and no restart needed, the engine's own retry recovers.
        faultyvfs::failWrites(QString(), Failure::None);
        QVERIFY(ann.waitSettled());
        QVERIFY(ann.waitFor([&] { return ann.session().storageProblem().isEmpty(); }));
        QCOMPARE(problems.last().first().toString(), QString());
        QVERIFY(ann.waitFor([&] { return ann.sentMessages(group).size() == 23; }));
        QVERIFY(bob.waitFor([&] { return bob.sentMessages(group).size() == 23; }));
        QCOMPARE(sentBy(bob.sentMessages(group), ids.value("ann")), mine);
        QCOMPARE(sentBy(ann.sentMessages(group), ids.value("bob")), fromBob);
        QVERIFY(ann.failures.isEmpty());
        // Nothing half-written stayed behind: the replica equals a fresh bootstrap of the account.
        SyncTestClient fresh;
        QVERIFY(fresh.login(server.url(), "ann", synctest::kPassword));
        QVERIFY(ann.waitFor([&] { return ann.dump() == fresh.dump(); }));
    }
};

QTEST_GUILESS_MAIN(TestFaultDisk)
#include "tst_fault_disk.moc"
