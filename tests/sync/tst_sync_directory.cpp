// Directory search against a real tack-server: an org admin changes people and departments over the wire
// and another client's replica search follows (rename, department change, deactivation, department rename),
// live and after being offline.
#include "ServerProcess.h"
#include "SyncTestClient.h"
#include "WireClient.h"

#include <QCborArray>
#include <QJsonObject>
#include <QTest>

using tack::store::PersonMatch;

namespace {

QList<qint64> found(tack::store::Replica &r, const QString &query)
{
    QList<qint64> out;
    for (const PersonMatch &m : r.searchPeople(query))
        out.append(m.user.id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestSyncDirectory : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QHash<QString, qint64> m_ids;
    WireClient m_admin;
    qint64 m_rnd = 0;
    qint64 m_sales = 0;

    qint64 createDept(const QString &name)
    {
        const QCborMap reply =
            m_admin.mutate(QStringLiteral("dept.create"), {{QStringLiteral("name"), name}});
        return reply.value(QLatin1String("result")).toMap().value(QLatin1String("department")).toInteger();
    }
    bool mutateOk(const QString &name, const QCborMap &args)
    {
        const QCborMap reply = m_admin.mutate(name, args);
        if (reply.value(QLatin1String("type")).toString() != QLatin1String("ack")) {
            qWarning() << name << reply.toJsonObject();
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        // The first account of a new org is its owner: "admin" administers the directory below.
        m_ids = synctest::startWithUsers(m_server, {"admin", "reader", "wangfang", "alice"});
        QVERIFY2(!m_ids.isEmpty(), qPrintable(m_server.errorString()));
        QVERIFY(m_admin.connectTo(m_server.url()));
        const QCborMap hello = m_admin.loginAndHello(QStringLiteral("admin"), synctest::kPassword);
        QCOMPARE(m_admin.userId(), m_ids.value("admin"));
        m_rnd = createDept(QStringLiteral("研发部"));
        m_sales = createDept(QStringLiteral("市场部"));
        QVERIFY(m_rnd > 0 && m_sales > 0);
        QVERIFY(mutateOk(QStringLiteral("user.update"),
                         {{QStringLiteral("user"), m_ids.value("wangfang")},
                          {QStringLiteral("name"), QStringLiteral("王芳")},
                          {QStringLiteral("phone"), QStringLiteral("138 0013 8000")},
                          {QStringLiteral("email"), QStringLiteral("wang.fang@corp.example")},
                          {QStringLiteral("departments"), QCborArray{m_rnd, m_sales}}}));
        QVERIFY(
            mutateOk(QStringLiteral("user.update"), {{QStringLiteral("user"), m_ids.value("alice")},
                                                     {QStringLiteral("name"), QStringLiteral("Alice Smith")},
                                                     {QStringLiteral("departments"), QCborArray{m_rnd}}}));
    }

    void searchFollowsLiveDirectoryChanges()
    {
        SyncTestClient client;
        QString error;
        QVERIFY2(client.login(m_server.url(), QStringLiteral("reader"), synctest::kPassword, &error),
                 qPrintable(error));
        auto &r = client.reader();
        const qint64 wang = m_ids.value("wangfang");
        const qint64 alice = m_ids.value("alice");
        QVERIFY(client.waitFor([&] { return found(r, QStringLiteral("wf")) == QList<qint64>{wang}; }));
        QCOMPARE(found(r, QStringLiteral("wangfang")), QList<qint64>{wang});
        QCOMPARE(found(r, QStringLiteral("0013")), QList<qint64>{wang});
        QCOMPARE(found(r, QStringLiteral("wang.fang@")), QList<qint64>{wang});
        QCOMPARE(found(r, QStringLiteral("研发")),
                 (QList<qint64>{std::min(wang, alice), std::max(wang, alice)}));
        QCOMPARE(r.user(wang)->departments, (QList<qint64>{m_rnd, m_sales}));

        // Rename: the old name and its pinyin stop matching.
        QVERIFY(mutateOk(QStringLiteral("user.update"),
                         {{QStringLiteral("user"), wang}, {QStringLiteral("name"), QStringLiteral("李芳")}}));
        QVERIFY(client.waitFor([&] { return found(r, QStringLiteral("lif")) == QList<qint64>{wang}; }));
        QVERIFY(found(r, QStringLiteral("王芳")).isEmpty());
        QVERIFY(found(r, QStringLiteral("wf")).isEmpty()); // "wangf" still finds the login

        // Department change: out of 研发部.
        QVERIFY(
            mutateOk(QStringLiteral("user.update"),
                     {{QStringLiteral("user"), wang}, {QStringLiteral("departments"), QCborArray{m_sales}}}));
        QVERIFY(client.waitFor([&] { return found(r, QStringLiteral("研发")) == QList<qint64>{alice}; }));
        QCOMPARE(r.peopleInDepartment(m_rnd).size(), 1);

        // Department rename.
        QVERIFY(
            mutateOk(QStringLiteral("dept.update"), {{QStringLiteral("department"), m_rnd},
                                                     {QStringLiteral("name"), QStringLiteral("工程部")}}));
        QVERIFY(client.waitFor([&] { return found(r, QStringLiteral("工程")) == QList<qint64>{alice}; }));
        QVERIFY(found(r, QStringLiteral("研发")).isEmpty());

        // Deactivation takes Alice out of search; reactivation brings her back.
        QVERIFY(mutateOk(QStringLiteral("user.deactivate"), {{QStringLiteral("user"), alice}}));
        QVERIFY(client.waitFor([&] { return found(r, QStringLiteral("alice")).isEmpty(); }));
        QVERIFY(r.peopleInDepartment(m_rnd).isEmpty());
        QVERIFY(mutateOk(QStringLiteral("user.reactivate"), {{QStringLiteral("user"), alice}}));
        QVERIFY(client.waitFor([&] { return found(r, QStringLiteral("alice")) == QList<qint64>{alice}; }));

        // A fresh bootstrap of the same account finds exactly the same.
        SyncTestClient fresh;
        QVERIFY2(fresh.login(m_server.url(), QStringLiteral("reader"), synctest::kPassword, &error),
                 qPrintable(error));
        for (const QString &q : {QStringLiteral("lif"), QStringLiteral("工程"), QStringLiteral("alice"),
                                 QStringLiteral("市场"), QStringLiteral("0013")})
            QCOMPARE(found(fresh.reader(), q), found(r, q));
        QCOMPARE(fresh.dump(), client.dump());
    }

    // ClientSession reports presence: a full list after connecting, then pushed changes; "away" from one
    // client reaches the other, and a client that goes offline is reported offline.
    void presenceReachesOtherClients()
    {
        SyncTestClient watcher;
        QHash<qint64, QString> seen;
        connect(&watcher.session(), &tack::client::ClientSession::presenceReceived, this,
                [&seen](const QCborArray &users, bool complete) {
                    if (complete)
                        seen.clear();
                    for (const QCborValue &v : users)
                        seen.insert(v.toMap().value(QLatin1String("user")).toInteger(),
                                    v.toMap().value(QLatin1String("state")).toString());
                });
        watcher.session().setWatchPresence(true);
        QString error;
        QVERIFY2(watcher.login(m_server.url(), QStringLiteral("reader"), synctest::kPassword, &error),
                 qPrintable(error));
        const qint64 me = m_ids.value("reader");
        const qint64 wang = m_ids.value("wangfang");
        QVERIFY(watcher.waitFor([&] { return seen.value(me) == QLatin1String("online"); }));
        {
            SyncTestClient other;
            other.session().setPresence(QStringLiteral("away")); // idle before connecting: sent after hello
            QVERIFY2(other.login(m_server.url(), QStringLiteral("wangfang"), synctest::kPassword, &error),
                     qPrintable(error));
            QVERIFY(watcher.waitFor([&] { return seen.value(wang) == QLatin1String("away"); }));
            other.session().setPresence(QStringLiteral("online"));
            QVERIFY(watcher.waitFor([&] { return seen.value(wang) == QLatin1String("online"); }));
        }
        QVERIFY(watcher.waitFor([&] { return seen.value(wang) == QLatin1String("offline"); }));
    }
};

QTEST_GUILESS_MAIN(TestSyncDirectory)
#include "tst_sync_directory.moc"
