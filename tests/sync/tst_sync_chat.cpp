// Three clients in one group against a real tack-server: create, send, receive, edit, recall (inside and
// outside the sender's window), read markers and read/unread lists.
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QSignalSpy>
#include <QTest>

using tack::client::ClientSession;
using tack::client::ReadList;
using tack::store::MessageRecord;

class TestSyncChat : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QHash<QString, qint64> m_ids;
    std::unique_ptr<SyncTestClient> m_ann, m_bob, m_cat;
    QString m_group;

    std::optional<MessageRecord> messageAt(SyncTestClient &client, const QString &id)
    {
        return client.reader().message(id);
    }

    // Sends `text` as `client` into the group and waits until all three hold it with its seq.
    QString sendAndDeliver(SyncTestClient &client, const QString &text)
    {
        const QString id = client.session().sendMessage(m_group, text);
        if (id.isEmpty())
            return {};
        for (SyncTestClient *c : {m_ann.get(), m_bob.get(), m_cat.get()}) {
            if (!c->waitFor([&] {
                    const auto m = c->reader().message(id);
                    return m && m->seq > 0;
                }))
                return {};
        }
        return id;
    }

    ReadList readList(SyncTestClient &client, const QString &message, const QString &state)
    {
        QSignalSpy spy(&client.session(), &ClientSession::readListFinished);
        const quint64 tag = client.session().readList(m_group, message, state);
        ReadList out;
        bool answered = false;
        client.waitFor([&] {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (args.at(0).toULongLong() == tag) {
                    answered = args.at(1).toBool();
                    out = args.at(2).value<ReadList>();
                    return true;
                }
            }
            return false;
        });
        if (!answered)
            out.readCount = -1;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_ids = synctest::startWithUsers(m_server, {"ann", "bob", "cat"});
        QVERIFY2(!m_ids.isEmpty(), qPrintable(m_server.errorString()));
        m_ann = std::make_unique<SyncTestClient>();
        m_bob = std::make_unique<SyncTestClient>();
        m_cat = std::make_unique<SyncTestClient>();
        QString error;
        QVERIFY2(m_ann->login(m_server.url(), "ann", synctest::kPassword, &error), qPrintable(error));
        QVERIFY2(m_bob->login(m_server.url(), "bob", synctest::kPassword, &error), qPrintable(error));
        QVERIFY2(m_cat->login(m_server.url(), "cat", synctest::kPassword, &error), qPrintable(error));
        QCOMPARE(m_ann->userId(), m_ids.value("ann"));
    }

    void createGroupReachesEveryMember()
    {
        m_group = m_ann->session().createGroup("Launch plan", {m_ids.value("bob"), m_ids.value("cat")});
        QVERIFY(!m_group.isEmpty());
        // Optimistic first: the creator sees it at once, before the server answered.
        QVERIFY(m_ann->waitFor([&] { return m_ann->reader().conversation(m_group).has_value(); }));
        for (SyncTestClient *c : {m_ann.get(), m_bob.get(), m_cat.get()}) {
            QVERIFY(c->waitFor([&] {
                const auto conv = c->reader().conversation(m_group);
                // The row comes with conv.joined on u/...; members come with the c/... snapshot.
                return conv && !conv->pending && conv->memberCount == 3 &&
                       c->reader().members(m_group).size() == 3;
            }));
            QCOMPARE(c->reader().conversation(m_group)->title, QStringLiteral("Launch plan"));
        }
        QVERIFY(m_ann->waitSettled());
    }

    void sendIsReceivedByEveryone()
    {
        const QString id = sendAndDeliver(*m_ann, "The plan is in the doc 计划");
        QVERIFY(!id.isEmpty());
        const auto atBob = messageAt(*m_bob, id);
        QCOMPARE(atBob->sender, m_ids.value("ann"));
        QCOMPARE(atBob->text, QStringLiteral("The plan is in the doc 计划"));
        QCOMPARE(atBob->state, MessageRecord::State::Sent);
        QCOMPARE(messageAt(*m_cat, id)->seq, atBob->seq);
        QCOMPARE(messageAt(*m_ann, id)->seq, atBob->seq);
        // Messages from bob and cat interleave in one server order that every replica agrees on.
        QVERIFY(!sendAndDeliver(*m_bob, "Looks good").isEmpty());
        QVERIFY(!sendAndDeliver(*m_cat, "Agreed").isEmpty());
        const QStringList order = synctest::ids(m_ann->sentMessages(m_group));
        QCOMPARE(synctest::ids(m_bob->sentMessages(m_group)), order);
        QCOMPARE(synctest::ids(m_cat->sentMessages(m_group)), order);
        QCOMPARE(order.size(), 3);
        // The recipients count it as unread; the sender does not.
        QCOMPARE(m_bob->reader().conversation(m_group)->unread, 2);
        QCOMPARE(m_ann->reader().conversation(m_group)->unread, 2);
    }

    void editReachesEveryone()
    {
        const QString id = sendAndDeliver(*m_ann, "Meeting at 3");
        QVERIFY(!id.isEmpty());
        QVERIFY(m_ann->session().editMessage(id, "Meeting at 4"));
        for (SyncTestClient *c : {m_ann.get(), m_bob.get(), m_cat.get()}) {
            QVERIFY(c->waitFor([&] {
                const auto m = c->reader().message(id);
                return m && m->text == QLatin1String("Meeting at 4") && m->editedAt > 0;
            }));
        }
        QVERIFY(m_ann->waitSettled());
        QVERIFY(m_ann->failures.isEmpty());
    }

    void recallInsideTheWindow()
    {
        const QString id = sendAndDeliver(*m_bob, "oops, wrong chat");
        QVERIFY(!id.isEmpty());
        QVERIFY(m_bob->session().recallMessage(id));
        for (SyncTestClient *c : {m_ann.get(), m_bob.get(), m_cat.get()}) {
            QVERIFY(c->waitFor([&] {
                const auto m = c->reader().message(id);
                return m && m->recalled && m->text.isEmpty();
            }));
        }
        QVERIFY(m_bob->waitSettled());
        QVERIFY(m_bob->failures.isEmpty());
        // A recalled message is gone from search.
        for (const MessageRecord &hit : m_cat->reader().searchMessages("oops"))
            QVERIFY(hit.id != id);
    }

    void readMarkersAndReadLists()
    {
        const QString id = sendAndDeliver(*m_ann, "Please read this");
        QVERIFY(!id.isEmpty());
        const qint64 seq = messageAt(*m_ann, id)->seq;

        ReadList read = readList(*m_ann, id, "read");
        QCOMPARE(read.readCount, 0);
        QCOMPARE(read.unreadCount, 2);
        QVERIFY(read.users.isEmpty());

        m_bob->session().markRead(m_group);
        QVERIFY(m_ann->waitFor([&] {
            const auto member = m_ann->reader().member(m_group, m_ids.value("bob"));
            return member && member->read >= seq;
        }));
        QCOMPARE(m_ann->reader().readCount(m_group, seq, m_ids.value("ann")), 1);
        QVERIFY(m_bob->waitFor([&] { return m_bob->reader().conversation(m_group)->unread == 0; }));

        read = readList(*m_ann, id, "read");
        QCOMPARE(read.users, QList<qint64>{m_ids.value("bob")});
        QCOMPARE(read.readCount, 1);
        ReadList unread = readList(*m_ann, id, "unread");
        QCOMPARE(unread.users, QList<qint64>{m_ids.value("cat")});

        m_cat->session().markRead(m_group, seq);
        QVERIFY(
            m_bob->waitFor([&] { return m_bob->reader().readCount(m_group, seq, m_ids.value("ann")) == 2; }));
        read = readList(*m_ann, id, "read");
        QCOMPARE(read.users, (QList<qint64>{m_ids.value("bob"), m_ids.value("cat")}));
        unread = readList(*m_ann, id, "unread");
        QVERIFY(unread.users.isEmpty());
        QCOMPARE(unread.unreadCount, 0);

        // A marker never moves back.
        m_cat->session().markRead(m_group, 1);
        QVERIFY(m_cat->waitSettled());
        QVERIFY(m_cat->reader().member(m_group, m_ids.value("cat"))->read >= seq);
    }

    void historyLoadsOlderMessages()
    {
        const qint64 lowest = m_bob->reader().lowestSeq(m_group);
        QVERIFY(lowest > 0);
        QSignalSpy spy(&m_bob->session(), &ClientSession::historyLoaded);
        m_bob->session().loadHistory(m_group, lowest);
        QVERIFY(spy.wait(30000));
        QVERIFY(spy.first().at(1).toBool());
        QCOMPARE(spy.first().at(3).toBool(), false); // nothing older than the first message
    }

    // Runs last: restarts the server with its clock a day ahead.
    void recallOutsideTheWindow()
    {
        const QString id = sendAndDeliver(*m_bob, "an old message");
        QVERIFY(!id.isEmpty());
        m_server.setServeArgs({"--fault-clock-offset-ms", QString::number(25LL * 3600 * 1000)});
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        for (SyncTestClient *c : {m_ann.get(), m_bob.get(), m_cat.get()})
            QVERIFY(c->waitFor([&] { return c->online(); }));

        // bob is a plain member: his 24-hour window has passed. The refusal is final and reported.
        const int failuresBefore = int(m_bob->failures.size());
        QVERIFY(m_bob->session().recallMessage(id));
        QVERIFY(m_bob->waitFor([&] { return m_bob->failures.size() > failuresBefore; }));
        bool sawWindow = false;
        for (const auto &f : std::as_const(m_bob->failures))
            sawWindow = sawWindow || (f.name == "msg.recall" && f.code == "recall_window");
        QVERIFY(sawWindow);
        QVERIFY(m_bob->waitSettled());
        QVERIFY(m_bob->waitFor([&] { return !messageAt(*m_bob, id)->recalled; })); // optimistic recall undone
        QCOMPARE(messageAt(*m_bob, id)->text, QStringLiteral("an old message"));

        // ann owns the group: owners may recall at any time.
        QVERIFY(m_ann->session().recallMessage(id));
        for (SyncTestClient *c : {m_ann.get(), m_bob.get(), m_cat.get()})
            QVERIFY(c->waitFor([&] { return messageAt(*c, id)->recalled; }));
        QVERIFY(m_ann->waitSettled());
        QVERIFY(m_ann->failures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncChat)
#include "tst_sync_chat.moc"
