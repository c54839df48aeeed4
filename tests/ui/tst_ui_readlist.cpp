// Read receipts in a 5000-member group: the ReadListModel behind the "N unread" popup pages the server's
// read_list 100 members at a time, so opening it never loads 5000 rows at once. A real tack-server with
// the demo organisation plus 5000 people imported by `tack-server admin import`.

#include "AppSession.h"
#include "ReadListModel.h"
#include "ServerProcess.h"
#include "client/ClientSession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using tack::ui::AppSession;
using tack::ui::ReadListModel;

namespace {
constexpr int kCrowd = 4999; // with the creator: a full 5000-member group
constexpr int kWaitMs = 60000;
} // namespace

class TestUiReadList : public QObject
{
    Q_OBJECT

private slots:
    void pagesTheUnreadMembersOfAHugeGroup();
};

void TestUiReadList::pagesTheUnreadMembersOfAHugeGroup()
{
    ServerProcess server;
    QVERIFY2(server.startDemo(), qPrintable(server.errorString()));

    // 4999 more people, imported through the running server.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString csvPath = work.filePath(QStringLiteral("crowd.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("employee_id,login,name\n");
    for (int i = 1; i <= kCrowd; ++i)
        csv.write(QStringLiteral("C%1,crowd%1,Crowd %1\n").arg(i, 5, 10, QLatin1Char('0')).toUtf8());
    csv.close();
    const ServerProcess::Run import =
        ServerProcess::run({QStringLiteral("admin"), QStringLiteral("import"), csvPath,
                            QStringLiteral("--data"), server.dataDir()});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const ServerProcess::Run people =
        ServerProcess::run({QStringLiteral("admin"), QStringLiteral("people"), QStringLiteral("list"),
                            QStringLiteral("--data"), server.dataDir()});
    QVERIFY2(people.exitCode == 0, people.err.constData());
    QList<qint64> crowd;
    for (const QByteArray &line : people.out.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() > 1 && fields.at(1).startsWith("crowd"))
            crowd.append(fields.at(0).toLongLong());
    }
    QCOMPARE(crowd.size(), kCrowd);

    QTemporaryDir profile;
    AppSession session(profile.path());
    session.signIn(server.url().toString(), QStringLiteral("wangfang"), QStringLiteral("tack-demo"));
    QTRY_COMPARE_WITH_TIMEOUT(session.connection(), QStringLiteral("online"), kWaitMs);
    tack::client::ClientSession *client = session.client();
    QVERIFY(client);

    // Each write is on the server once its mutation settles (acknowledged).
    QSignalSpy queued(client, &tack::client::ClientSession::queued);
    QSignalSpy settled(client, &tack::client::ClientSession::mutationSettled);
    QSignalSpy failed(client, &tack::client::ClientSession::mutationFailed);
    const auto waitSettled = [&](const QString &ref) {
        qint64 mutation = 0;
        const auto find = [&] {
            for (const QList<QVariant> &args : std::as_const(queued)) {
                if (args.at(0).toString() == ref)
                    mutation = args.at(1).toLongLong();
            }
            return mutation != 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(find(), kWaitMs);
        const auto done = [&] {
            for (const QList<QVariant> &args : std::as_const(settled)) {
                if (args.at(0).toLongLong() == mutation)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(done() || !failed.isEmpty(), kWaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(3).toString()));
    };
    const QString group = client->createGroup(QStringLiteral("All hands"), crowd);
    QVERIFY(!group.isEmpty());
    waitSettled(group);
    QVERIFY(!QTest::currentTestFailed());
    const QString message = session.send(group, QStringLiteral("Town hall at three, everyone please read"));
    QVERIFY(!message.isEmpty());
    waitSettled(message);
    QVERIFY(!QTest::currentTestFailed());

    ReadListModel unread;
    QAbstractItemModelTester tester(&unread, QAbstractItemModelTester::FailureReportingMode::QtTest);
    unread.setReaders(false);
    unread.setConversationId(group);
    unread.setMessageId(message);
    QTRY_VERIFY_WITH_TIMEOUT(unread.rowCount() >= ReadListModel::kPageSize || !unread.error().isEmpty(),
                             kWaitMs);
    QVERIFY2(unread.error().isEmpty(), qPrintable(unread.error()));
    QCOMPARE(unread.unreadCount(), kCrowd);
    QCOMPARE(unread.readCount(), 0);
    QCOMPARE(unread.data(unread.index(0), ReadListModel::NameRole).toString(), QStringLiteral("Crowd 00001"));

    // Rows only ever arrive a page at a time (QAbstractItemModelTester itself asks for more, as a view
    // scrolled to the end would), and a next page follows when asked for.
    QCOMPARE(unread.rowCount() % ReadListModel::kPageSize, 0);
    const int before = unread.rowCount();
    if (unread.canFetchMore({}))
        unread.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(unread.rowCount() > before, kWaitMs);
    QCOMPARE(unread.rowCount() % ReadListModel::kPageSize, 0);
    QVERIFY(unread.rowCount() < kCrowd);
    QCOMPARE(unread.data(unread.index(ReadListModel::kPageSize * 2 - 1), ReadListModel::NameRole).toString(),
             QStringLiteral("Crowd 00200"));

    // Nobody has read it yet: the "read" tab is empty and says so through its counts.
    ReadListModel readers;
    QAbstractItemModelTester readersTester(&readers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    readers.setConversationId(group);
    readers.setMessageId(message);
    QTRY_VERIFY_WITH_TIMEOUT(!readers.loading() && readers.unreadCount() == kCrowd, kWaitMs);
    QCOMPARE(readers.rowCount(), 0);
    QVERIFY(!readers.canFetchMore({}));
}

QTEST_MAIN(TestUiReadList)
#include "tst_ui_readlist.moc"
