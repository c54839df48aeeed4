// AuditLogModel (the "Audit log" admin page) under QAbstractItemModelTester: pages newest first, filters
// (login resolved through the replica, local days), errors, and Export CSV writing every page oldest first
// on a worker thread. The server is a scripted `audit.list` over a list of entries, and once the real
// tack-server through ClientSession::query (which refuses a non-admin); the server's side is
// tst_server_audit.
#include "AuditLogModel.h"
#include "ServerProcess.h"
#include "StoreReader.h"
#include "StoreTestSupport.h"
#include "SyncTestClient.h"
#include "domain/AuditRecord.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace storetest;
using tack::audit::AuditRecord;
using tack::ui::AuditLogModel;
using tack::ui::StoreReader;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Answers `audit.list` like the server (newest first, `before` paging, filters), asynchronously.
class ScriptedAuditServer : public QObject
{
public:
    QList<AuditRecord> log; // ascending seq
    QList<QCborMap> requests;
    QString refuseWith; // an error code to answer with instead

    void fill(int n)
    {
        for (int i = 1; i <= n; ++i) {
            AuditRecord r;
            r.seq = i;
            r.at = 1'700'000'000'000 + i * 60'000;
            r.actor = i % 3; // 0 (system), 1, 2
            r.actorLogin = r.actor == 1   ? QStringLiteral("me")
                           : r.actor == 2 ? QStringLiteral("wang")
                                          : QString();
            r.address = QStringLiteral("10.0.0.%1").arg(i % 250);
            r.action = i % 2 ? QStringLiteral("login") : QStringLiteral("msg.recall");
            r.target = QStringLiteral("user:%1").arg(i);
            r.details = QJsonObject{{QStringLiteral("note"), QStringLiteral("a, \"quoted\" 值 %1").arg(i)}};
            r.prevHash = QByteArray(32, char(i));
            r.hash = QByteArray(32, char(i + 1));
            log.append(r);
        }
    }

    AuditLogModel::PageRequester requester()
    {
        return [this](const QCborMap &fields, AuditLogModel::PageCallback done) {
            requests.append(fields);
            QTimer::singleShot(0, this, [this, fields, done] { answer(fields, done); });
        };
    }

private:
    void answer(const QCborMap &f, const AuditLogModel::PageCallback &done)
    {
        if (!refuseWith.isEmpty())
            return done({}, refuseWith);
        const qint64 before = f.value(QLatin1String("before")).toInteger(0);
        const qint64 limit = f.value(QLatin1String("limit")).toInteger(100);
        const qint64 actor = f.value(QLatin1String("actor")).toInteger(-1);
        const QString action = f.value(QLatin1String("action")).toString();
        const qint64 since = f.value(QLatin1String("since")).toInteger(0);
        const qint64 until = f.value(QLatin1String("until")).toInteger(std::numeric_limits<qint64>::max());
        QCborArray entries;
        qint64 last = 0;
        for (auto it = log.crbegin(); it != log.crend() && entries.size() < limit; ++it) {
            if ((before && it->seq >= before) || (actor >= 0 && it->actor != actor) ||
                (!action.isEmpty() && it->action != action) || it->at < since || it->at > until)
                continue;
            entries.append(tack::audit::toCbor(*it));
            last = it->seq;
        }
        QCborMap result{{QStringLiteral("entries"), entries}, {QStringLiteral("head"), qint64(log.size())}};
        if (entries.size() == limit && last > 1)
            result.insert(QStringLiteral("next"), last);
        done(result, QString());
    }
};

} // namespace

class TestUiAudit : public QObject
{
    Q_OBJECT

    TempReplica *m_r = nullptr;
    StoreReader *m_store = nullptr;
    ScriptedAuditServer *m_server = nullptr;

    // Scrolls to the end: asks for pages until there are no more.
    static void fetchAll(AuditLogModel &model)
    {
        while (model.canFetchMore({}) || model.loading()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QSignalSpy loaded(&model, &AuditLogModel::loadingChanged);
            QVERIFY(loaded.wait(5000));
        }
    }

private slots:
    void init()
    {
        m_r = new TempReplica(1);
        seedGroup(m_r->replica, QStringLiteral("sales")); // users 1 "me", 2 "wang" (Wang Fang), 3 "li"
        m_store = new StoreReader;
        QVERIFY(m_store->open(m_r->path));
        m_server = new ScriptedAuditServer;
    }
    void cleanup()
    {
        delete m_server;
        delete m_store;
        delete m_r;
    }

    void pagesNewestFirstUntilTheEnd()
    {
        m_server->fill(250);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setRequester(m_server->requester());
        QVERIFY(model.loading());
        fetchAll(model);
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(m_server->requests.size(), 3);
        QCOMPARE(m_server->requests[1].value("before").toInteger(), 151);
        QVERIFY(!m_server->requests[0].contains(QStringLiteral("export")));
        const auto at = [&](int row, int role) {
            return model.data(model.index(row, 0), role);
        };
        QCOMPARE(at(0, AuditLogModel::SeqRole).toLongLong(), 250);
        QCOMPARE(at(249, AuditLogModel::SeqRole).toLongLong(), 1);
        // Entry 250: actor 1 ("me"), msg.recall; 249: the system; 248: Wang Fang from the replica.
        QCOMPARE(at(0, AuditLogModel::ActionRole).toString(), QStringLiteral("msg.recall"));
        QCOMPARE(at(0, AuditLogModel::ActionLabelRole).toString(), QStringLiteral("Recalled a message"));
        QCOMPARE(at(1, AuditLogModel::ActorRole).toString(), QStringLiteral("System"));
        QCOMPARE(at(2, AuditLogModel::ActorRole).toString(), QStringLiteral("Wang Fang"));
        QCOMPARE(at(0, AuditLogModel::TargetRole).toString(), QStringLiteral("user:250"));
        QVERIFY(at(0, AuditLogModel::DetailsRole).toString().contains(QStringLiteral("值 250")));
        QVERIFY(!at(0, AuditLogModel::TimeRole).toString().isEmpty());
        QVERIFY(model.error().isEmpty());
    }

    void filtersGoToTheServer()
    {
        m_server->fill(30);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setRequester(m_server->requester());
        fetchAll(model);
        QCOMPARE(model.rowCount(), 30);

        model.setActorLogin(QStringLiteral("wang"));
        model.setAction(QStringLiteral("login"));
        model.setSince(QStringLiteral("2000-01-01"));
        model.setUntil(QStringLiteral("2100-12-31"));
        model.reload();
        fetchAll(model);
        const QCborMap f = m_server->requests.last();
        QCOMPARE(f.value("actor").toInteger(), 2);
        QCOMPARE(f.value("action").toString(), QStringLiteral("login"));
        QCOMPARE(f.value("since").toInteger(), QDate(2000, 1, 1).startOfDay().toMSecsSinceEpoch());
        QCOMPARE(f.value("until").toInteger(), QDate(2101, 1, 1).startOfDay().toMSecsSinceEpoch() - 1);
        // seq 5, 11, 17, 23, 29: actor 2 and odd (login).
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0, 0), AuditLogModel::SeqRole).toLongLong(), 29);

        model.setActorLogin(QStringLiteral("system"));
        model.setAction(QString());
        model.setSince(QString());
        model.setUntil(QString());
        model.reload();
        fetchAll(model);
        QCOMPARE(m_server->requests.last().value("actor").toInteger(), 0);
        QCOMPARE(model.rowCount(), 10);
    }

    void badFiltersAskNothing()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setRequester(m_server->requester());
        fetchAll(model);
        const qsizetype asked = m_server->requests.size();
        model.setActorLogin(QStringLiteral("nobody"));
        model.reload();
        QVERIFY(model.error().contains(QStringLiteral("nobody")));
        model.setActorLogin(QString());
        model.setSince(QStringLiteral("yesterday"));
        model.reload();
        QVERIFY(!model.error().isEmpty());
        model.setSince(QStringLiteral("2026-11-22"));
        model.setUntil(QStringLiteral("2026-11-21"));
        model.reload();
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(m_server->requests.size(), asked);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0);
    }

    void forbiddenSaysWhy()
    {
        m_server->fill(5);
        m_server->refuseWith = QStringLiteral("forbidden");
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setRequester(m_server->requester());
        fetchAll(model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.error().contains(QStringLiteral("owners and admins")));
        QVERIFY(!model.canFetchMore({}));

        QTemporaryDir tmp;
        QSignalSpy finished(&model, &AuditLogModel::exportFinished);
        model.exportCsv(QUrl::fromLocalFile(tmp.filePath("refused.csv")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(tmp.filePath("refused.csv")));
    }

    void realServerAnswersOwnersAndRefusesMembers()
    {
        ServerProcess server;
        // The first account of a new org is its owner.
        QVERIFY2(!synctest::startWithUsers(server, {QStringLiteral("boss"), QStringLiteral("bob")}).isEmpty(),
                 qPrintable(server.errorString()));
        SyncTestClient boss, bob;
        QString error;
        QVERIFY2(boss.login(server.url(), QStringLiteral("boss"), synctest::kPassword, &error),
                 qPrintable(error));
        QVERIFY2(bob.login(server.url(), QStringLiteral("bob"), synctest::kPassword, &error),
                 qPrintable(error));

        AuditLogModel owners;
        QAbstractItemModelTester ownersTester(&owners, kFatal);
        owners.setRequester(AuditLogModel::sessionRequester(&boss.session(), &owners));
        fetchAll(owners);
        QVERIFY2(owners.error().isEmpty(), qPrintable(owners.error()));
        QCOMPARE(owners.rowCount(), 2); // both logins, newest first
        QCOMPARE(owners.data(owners.index(0, 0), AuditLogModel::ActionRole).toString(),
                 QStringLiteral("login"));
        QCOMPARE(owners.data(owners.index(0, 0), AuditLogModel::ActorRole).toString(), QStringLiteral("bob"));

        AuditLogModel members;
        QAbstractItemModelTester membersTester(&members, kFatal);
        members.setRequester(AuditLogModel::sessionRequester(&bob.session(), &members));
        fetchAll(members);
        QCOMPARE(members.rowCount(), 0);
        QVERIFY2(members.error().contains(QStringLiteral("owners and admins")), qPrintable(members.error()));
    }

    void exportWritesEveryPageOldestFirst()
    {
        m_server->fill(1234);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setRequester(m_server->requester());
        fetchAll(model);
        const qsizetype listed = m_server->requests.size();

        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("审计 log.csv"));
        QSignalSpy finished(&model, &AuditLogModel::exportFinished);
        model.exportCsv(QUrl::fromLocalFile(path));
        QVERIFY(model.exporting());
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!model.exporting());
        QCOMPARE(model.rowCount(), 1234); // the list is left as it was

        // 1234 entries in pages of 500; only the first page asks the server to record the export.
        const QList<QCborMap> exportRequests = m_server->requests.mid(listed);
        QCOMPARE(exportRequests.size(), 3);
        QVERIFY(exportRequests[0].value("export").toBool());
        QCOMPARE(exportRequests[0].value("limit").toInteger(), AuditLogModel::kExportPageSize);
        QVERIFY(!exportRequests[1].contains(QStringLiteral("export")));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 1234 + 2); // header, entries, and the empty rest after the last CRLF
        QCOMPARE(lines[0], tack::audit::csvHeader().chopped(1));
        QVERIFY(lines[1].startsWith("1,"));
        QVERIFY(lines[1234].startsWith("1234,"));
        QVERIFY2(lines[1].contains(R"("{""note"":""a, \""quoted\"" 值 1""}")"), lines[1].constData());
    }
};

QTEST_MAIN(TestUiAudit)
#include "tst_ui_audit.moc"
