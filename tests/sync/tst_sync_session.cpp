// Logging in, the first sync, and how a session ends or recovers, against a real tack-server.
#include "ServerProcess.h"
#include "SyncTestClient.h"
#include "WireClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using tack::client::ClientSession;

class TestSyncSession : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_demo;

private slots:
    void initTestCase() { QVERIFY2(m_demo.startDemo(), qPrintable(m_demo.errorString())); }

    void loginAndInitialSync()
    {
        SyncTestClient client;
        QSignalSpy states(&client.session(), &ClientSession::stateChanged);
        QString error;
        QVERIFY2(client.login(m_demo.url(), "wangfang", "tack-demo", &error), qPrintable(error));
        const auto account = client.session().account();
        QCOMPARE(account.login, QStringLiteral("wangfang"));
        QVERIFY(account.userId > 0);
        QVERIFY(!account.token.isEmpty());
        QCOMPARE(client.session().state(), ClientSession::State::Online);

        QList<ClientSession::State> seen;
        for (const QList<QVariant> &args : std::as_const(states))
            seen.append(args.at(0).value<ClientSession::State>());
        QVERIFY(seen.contains(ClientSession::State::Connecting));
        QVERIFY(seen.contains(ClientSession::State::Syncing));
        QCOMPARE(seen.last(), ClientSession::State::Online);

        // The directory, the chats and their newest messages are all local now.
        QVERIFY(client.reader().users().size() > 10);
        QVERIFY(client.reader().userByLogin("wangfang").has_value());
        const auto chats = client.reader().conversations();
        QVERIFY(!chats.isEmpty());
        int withMessages = 0;
        for (const auto &chat : chats) {
            QVERIFY(client.reader().member(chat.id, account.userId).has_value());
            QVERIFY(client.engineCursor(QStringLiteral("c/") + chat.id) > 0);
            if (!client.messages(chat.id).isEmpty())
                ++withMessages;
        }
        QVERIFY(withMessages > 0);
        QVERIFY(client.engineCursor("org") > 0);

        // A second bootstrap of the same account holds exactly the same synced state.
        SyncTestClient again;
        QVERIFY2(again.login(m_demo.url(), "wangfang", "tack-demo", &error), qPrintable(error));
        QCOMPARE(again.dump(), client.dump());
    }

    void wrongPasswordIsReported()
    {
        SyncTestClient client;
        QVERIFY(!client.login(m_demo.url(), "wangfang", "not the password"));
        QCOMPARE(client.loginCode, QStringLiteral("bad_credentials"));
        QCOMPARE(client.session().state(), ClientSession::State::Offline);
        QVERIFY(!client.session().loggedIn());
    }

    void unreachableServerIsReported()
    {
        QTcpServer closed; // find a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        SyncTestClient client;
        QVERIFY(!client.login(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)), "wangfang", "tack-demo"));
        QCOMPARE(client.loginCode, QStringLiteral("unreachable"));
    }

    void oneProfileHoldsOneAccount()
    {
        SyncTestClient client;
        QVERIFY(client.login(m_demo.url(), "wangfang", "tack-demo"));
        QVERIFY(!client.login(m_demo.url(), "amina", "tack-demo"));
        QCOMPARE(client.loginCode, QStringLiteral("profile_in_use"));
        QCOMPARE(client.session().account().login, QStringLiteral("wangfang"));
    }

    void rejectedTokenSignsOutAndStopsRetrying()
    {
        SyncTestClient client;
        QVERIFY(client.login(m_demo.url(), "wangfang", "tack-demo"));
        client.session().stop();
        QVERIFY(client.waitFor([&] { return !client.online(); }));
        client.session().withEngineReplica([](tack::store::Replica &r) {
            auto account = r.account();
            account.token = QString(64, QLatin1Char('0'));
            r.setAccount(account);
        });
        QSignalSpy retries(&client.session(), &ClientSession::retryScheduled);
        QSignalSpy signedOut(&client.session(), &ClientSession::signedOut);
        client.session().start();
        QVERIFY(signedOut.wait(30000));
        QVERIFY(signedOut.first().at(0).toString().contains("unauthenticated"));
        QVERIFY(client.session().account().token.isEmpty()); // forgotten, so the next start asks for a login
        QVERIFY(!client.session().loggedIn());
        QCOMPARE(retries.size(), 0);
        QCOMPARE(client.session().state(), ClientSession::State::Offline);
        // Starting again without a token reports "signed out" at once instead of connecting.
        client.session().start();
        QVERIFY(signedOut.wait(30000));
        QCOMPARE(retries.size(), 0);
    }

    void deactivationSignsOutAtOnce()
    {
        SyncTestClient client;
        QVERIFY(client.login(m_demo.url(), "dengchao", "tack-demo"));
        QVERIFY(client.waitFor([&] { return client.online(); }));
        const qint64 me = client.userId();
        WireClient admin;
        QVERIFY(admin.connectTo(m_demo.url()));
        QVERIFY(!admin.loginAndHello(QStringLiteral("zhoujie"), QStringLiteral("tack-demo")).isEmpty());
        QSignalSpy retries(&client.session(), &ClientSession::retryScheduled);
        QSignalSpy signedOut(&client.session(), &ClientSession::signedOut);
        QCborMap args;
        args.insert(QStringLiteral("user"), me);
        const QCborMap reply = admin.mutate(QStringLiteral("user.deactivate"), args);
        QCOMPARE(reply.value(QLatin1String("type")).toString(), QStringLiteral("ack"));
        // The pushed account_disabled ends the session; no reconnect is needed to find out. It may already
        // have arrived while mutate() waited for its ack.
        QVERIFY(!signedOut.isEmpty() || signedOut.wait(30000));
        QVERIFY2(signedOut.first().at(0).toString().startsWith(QLatin1String("account_disabled")),
                 qPrintable(signedOut.first().at(0).toString()));
        QCOMPARE(retries.size(), 0);
        QVERIFY(!client.session().loggedIn());
        QCOMPARE(
            admin.mutate(QStringLiteral("user.reactivate"), args).value(QLatin1String("type")).toString(),
            QStringLiteral("ack"));
    }

    void reconnectsWithBackoffAfterTheServerDies()
    {
        ServerProcess server;
        QVERIFY2(server.startDemo(), qPrintable(server.errorString()));
        SyncTestClient client;
        QVERIFY(client.login(server.url(), "wangfang", "tack-demo"));
        QSignalSpy retries(&client.session(), &ClientSession::retryScheduled);
        QSignalSpy failures(&client.session(), &ClientSession::connectionFailed);
        QVERIFY(server.kill());
        QVERIFY(retries.wait(30000));
        QVERIFY(!failures.isEmpty());
        QCOMPARE(client.session().state() == ClientSession::State::Online, false);
        // Every attempt fails while the server is down; the announced delays stay within the policy.
        QVERIFY(client.waitFor([&] { return retries.size() >= 3; }));
        for (const QList<QVariant> &args : std::as_const(retries)) {
            QVERIFY(args.at(0).toInt() >= 1);
            QVERIFY(args.at(1).toInt() >= 0);
            QVERIFY(args.at(1).toInt() <= SyncTestClient::fastOptions().reconnect.capMs);
        }
        QVERIFY(retries.last().at(0).toInt() >= 3); // the attempt number grows

        const QString id = client.session().sendMessage("all-hands", "written while the server was down");
        QVERIFY(!id.isEmpty());
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QVERIFY(client.waitSettled());
        QVERIFY(client.reader().message(id)->seq > 0);
        QCOMPARE(client.session().retrySeconds(), 0);
    }

    void retryMessageSendsAFailedMessageAgain()
    {
        SyncTestClient client;
        QVERIFY(client.login(m_demo.url(), "wangfang", "tack-demo"));
        client.session().stop();
        QVERIFY(client.waitFor([&] { return !client.online(); }));
        const QString id = client.session().sendMessage("all-hands", "failed once, then retried");
        const qint64 mutation = client.waitQueued(id);
        QVERIFY(mutation > 0);
        client.session().withEngineReplica(
            [mutation](tack::store::Replica &r) { r.failMutation(mutation, "test", "failed on purpose"); });
        QCOMPARE(client.reader().message(id)->state, tack::store::MessageRecord::State::Failed);
        client.session().start();
        QVERIFY(client.waitSettled());
        QCOMPARE(client.reader().message(id)->state, tack::store::MessageRecord::State::Failed);

        // Online and idle: the retry alone must get the message out.
        QSignalSpy queued(&client.session(), &ClientSession::queued);
        QVERIFY(client.session().retryMessage(id));
        QVERIFY(queued.wait());
        QCOMPARE(queued.first().at(0).toString(), id);
        QVERIFY(queued.first().at(1).toLongLong() > mutation);
        QVERIFY(client.waitFor([&] { return client.reader().message(id)->seq > 0; }));
        QCOMPARE(client.reader().message(id)->state, tack::store::MessageRecord::State::Sent);

        // Nothing left to retry: refused, not queued.
        QSignalSpy refused(&client.session(), &ClientSession::queueFailed);
        QVERIFY(client.session().retryMessage(id));
        QVERIFY(refused.wait());
        QVERIFY(!client.session().retryMessage("not an id"));
    }

    void setDraftGoesThroughTheWorker()
    {
        SyncTestClient client;
        QVERIFY(client.login(m_demo.url(), "wangfang", "tack-demo"));
        client.session().setDraft("all-hands", "半句话 half a sentence");
        QVERIFY(client.waitFor(
            [&] { return client.reader().draft("all-hands") == QStringLiteral("半句话 half a sentence"); }));
        client.session().setDraft("all-hands", QString());
        QVERIFY(client.waitFor([&] { return client.reader().draft("all-hands").isEmpty(); }));
    }

    void logoutRevokesTheTokenOnTheServer()
    {
        SyncTestClient client;
        QVERIFY(client.login(m_demo.url(), "wangfang", "tack-demo"));
        const auto account = client.session().account();
        QSignalSpy loggedOut(&client.session(), &ClientSession::loggedOut);
        QSignalSpy retries(&client.session(), &ClientSession::retryScheduled);
        client.session().logout();
        QVERIFY(loggedOut.wait());
        QVERIFY(client.session().account().token.isEmpty());
        QVERIFY(!client.session().loggedIn());
        QCOMPARE(client.session().state(), ClientSession::State::Offline);
        QCOMPARE(retries.size(), 0);

        // The old token no longer opens a session.
        SyncTestClient other;
        other.session().withEngineReplica([&account](tack::store::Replica &r) { r.setAccount(account); });
        QSignalSpy signedOut(&other.session(), &ClientSession::signedOut);
        other.session().start();
        QVERIFY(signedOut.wait(30000));
        QVERIFY(signedOut.first().at(0).toString().contains("unauthenticated"));

        // Logging out while offline only forgets the token.
        SyncTestClient offline;
        QVERIFY(offline.login(m_demo.url(), "wangfang", "tack-demo"));
        offline.session().stop();
        QVERIFY(offline.waitFor([&] { return !offline.online(); }));
        QSignalSpy offlineOut(&offline.session(), &ClientSession::loggedOut);
        offline.session().logout();
        QVERIFY(offlineOut.wait());
        QVERIFY(!offline.session().loggedIn());
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_sync_session.moc"
