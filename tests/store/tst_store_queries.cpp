// Read side: search (English, Chinese, short queries, hostile input), unread counts, titles, paging.

#include "StoreTestSupport.h"

#include <QTest>

using namespace storetest;
using tack::store::MessageRecord;

class TestStoreQueries : public QObject
{
    Q_OBJECT

private:
    TempReplica *m_r = nullptr;

private slots:
    void init()
    {
        m_r = new TempReplica;
        Replica &r = m_r->replica;
        seedGroup(r, QStringLiteral("g"));
        StreamWriter c(QStringLiteral("c/g"), r.cursor(QStringLiteral("c/g")));
        c.newMessage(QStringLiteral("e1"), 2, QStringLiteral("Budget meeting moved to Wednesday"));
        c.newMessage(QStringLiteral("z1"), 3, QStringLiteral("下周的预算会议改到周三"));
        c.newMessage(QStringLiteral("z2"), 2, QStringLiteral("预算已批准"));
        c.newMessage(QStringLiteral("s1"), 3,
                     QStringLiteral("100% done_now, see \"quotes\" and C:\\path (AND) NEAR x*"));
        c.newMessage(QStringLiteral("e2"), 1, QStringLiteral("my own budget notes"));
        c.newMessage(QStringLiteral("e3"), 2, QStringLiteral("budget recalled later"));
        c.add(QStringLiteral("msg.recall"), QCborMap{{QStringLiteral("message"), QStringLiteral("e3")},
                                                     {QStringLiteral("recalled_by"), 2}});
        r.applyEvents(c.stream(), c.take());
    }
    void cleanup()
    {
        delete m_r;
        m_r = nullptr;
    }

    void searchEnglish()
    {
        const auto hits = m_r->replica.searchMessages(QStringLiteral("budget"));
        QCOMPARE(hits.size(), 2);                   // e1 and e2; the recalled e3 is excluded
        QCOMPARE(hits[0].id, QStringLiteral("e2")); // newest first
        QCOMPARE(hits[1].id, QStringLiteral("e1"));
        QCOMPARE(m_r->replica.searchMessages(QStringLiteral("BUDGET MEETING")).size(), 1);
        QCOMPARE(m_r->replica.searchMessages(QStringLiteral("budget"), 1).size(), 1);
        QVERIFY(m_r->replica.searchMessages(QStringLiteral("nothing like this")).isEmpty());
        QVERIFY(m_r->replica.searchMessages(QStringLiteral("   ")).isEmpty());
    }

    void searchChinese()
    {
        auto hits = m_r->replica.searchMessages(QStringLiteral("预算会议"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].id, QStringLiteral("z1"));
        // Two and one characters: below the trigram size, found by the fallback scan.
        hits = m_r->replica.searchMessages(QStringLiteral("预算"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].id, QStringLiteral("z2"));
        QCOMPARE(m_r->replica.searchMessages(QStringLiteral("周")).size(), 1);
        QCOMPARE(m_r->replica.searchMessages(QStringLiteral("预算"), 1).size(), 1);
    }

    void searchHostileInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected");
        QTest::newRow("quote") << QStringLiteral("\"") << 1;
        QTest::newRow("quoted word") << QStringLiteral("\"quotes\"") << 1;
        QTest::newRow("unbalanced") << QStringLiteral("\"quotes") << 1;
        QTest::newRow("percent") << QStringLiteral("%") << 1;
        QTest::newRow("underscore") << QStringLiteral("_") << 1;
        QTest::newRow("percent word") << QStringLiteral("100%") << 1;
        QTest::newRow("like wildcards") << QStringLiteral("e_n") << 1; // "done_now" holds "e_n" literally
        QTest::newRow("backslash") << QStringLiteral("C:\\") << 1;
        QTest::newRow("star") << QStringLiteral("x*") << 1;
        QTest::newRow("operators") << QStringLiteral("(AND)") << 1;
        QTest::newRow("NEAR") << QStringLiteral("NEAR(a b)") << 0;
        QTest::newRow("column filter") << QStringLiteral("text:budget") << 0;
        QTest::newRow("caret minus") << QStringLiteral("^-budget") << 0;
        QTest::newRow("nul") << QStringLiteral("bud") + QChar(0) + QStringLiteral("get") << 2;
        QTest::newRow("lone star") << QStringLiteral("*") << 1;
        QTest::newRow("emoji pair") << QStringLiteral("😀😀") << 0;
    }

    void searchHostileInput()
    {
        QFETCH(QString, query);
        QFETCH(int, expected);
        QCOMPARE(m_r->replica.searchMessages(query).size(), expected);
    }

    void unreadCounts()
    {
        Replica &r = m_r->replica;
        // Five messages from others (one recalled), one of mine: four unread.
        auto conv = r.conversation(QStringLiteral("g"));
        QCOMPARE(conv->unread, 4);
        QCOMPARE(conv->lastText, QString()); // the newest message was recalled
        StreamWriter c(QStringLiteral("c/g"), r.cursor(QStringLiteral("c/g")));
        const qint64 firstTwo = r.messages(QStringLiteral("g"), 50)[1].seq;
        c.add(QStringLiteral("read"),
              QCborMap{{QStringLiteral("user"), 1}, {QStringLiteral("upto"), firstTwo}});
        c.add(QStringLiteral("read"), QCborMap{{QStringLiteral("user"), 2}, {QStringLiteral("upto"), 1000}});
        c.newMessage(QStringLiteral("n1"), 3, QStringLiteral("new one"));
        r.applyEvents(c.stream(), c.take());
        conv = r.conversation(QStringLiteral("g"));
        QCOMPARE(conv->myRead, firstTwo);
        QCOMPARE(conv->unread, 3); // s1, z2... minus the two read, plus n1
        QCOMPARE(conv->lastText, QStringLiteral("new one"));
        QCOMPARE(conv->lastSender, 3);
        QCOMPARE(conv->lastSeq, c.seq());
        QCOMPARE(r.conversations()[0].unread, 3);
        // readCount: members other than the sender whose marker reached the message.
        QCOMPARE(r.readCount(QStringLiteral("g"), firstTwo, 3), 2);
        QCOMPARE(r.readCount(QStringLiteral("g"), firstTwo, 2), 1);
        QCOMPARE(r.readCount(QStringLiteral("g"), c.seq(), 3), 1);
    }

    void directChatTitleAndOrder()
    {
        Replica &r = m_r->replica;
        const QString dm = tack::chat::directConversationId(1, 2);
        StreamWriter d(tack::streams::conversation(dm));
        d.add(QStringLiteral("conv.put"),
              one("conversation", convObj(dm, QStringLiteral("direct"), QString(), 1, 2, 1)));
        d.add(QStringLiteral("member.put"), one("member", memberObj(1)));
        d.add(QStringLiteral("member.put"), one("member", memberObj(2)));
        r.applyEvents(d.stream(), d.take());
        auto list = r.conversations();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, QStringLiteral("g")); // newer activity
        QCOMPARE(list[1].displayTitle, QStringLiteral("Wang Fang"));
        QCOMPARE(list[0].displayTitle, QStringLiteral("Sales"));

        d.add(QStringLiteral("msg.new"), one("message", msgObj(QStringLiteral("d1"), dm, d.seq() + 1, 2,
                                                               QStringLiteral("psst"), 9999999)));
        r.applyEvents(d.stream(), d.take());
        list = r.conversations();
        QCOMPARE(list[0].id, dm);
        QCOMPARE(list[0].unread, 1);
        QCOMPARE(list[0].lastAt, 9999999);
    }

    void messagePaging()
    {
        Replica &r = m_r->replica;
        r.enqueue(QStringLiteral("msg.send"), QCborMap{{QStringLiteral("conversation"), QStringLiteral("g")},
                                                       {QStringLiteral("id"), QStringLiteral("p")},
                                                       {QStringLiteral("text"), QStringLiteral("pending")}});
        const auto all = r.messages(QStringLiteral("g"), 50);
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.last().id, QStringLiteral("p"));
        QCOMPARE(all.last().state, MessageRecord::State::Pending);
        const auto newest = r.messages(QStringLiteral("g"), 2);
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest[0].id, QStringLiteral("e2"));
        const auto older = r.messages(QStringLiteral("g"), 2, newest[0].seq);
        QCOMPARE(older.size(), 2);
        QCOMPARE(older[0].id, QStringLiteral("z2"));
        QCOMPARE(older[1].id, QStringLiteral("s1"));
        QCOMPARE(r.lowestSeq(QStringLiteral("g")), all[0].seq);
        QCOMPARE(r.lowestSeq(QStringLiteral("none")), 0);
    }

    void directoryAndDrafts()
    {
        Replica &r = m_r->replica;
        QCOMPARE(r.users().size(), 3);
        QCOMPARE(r.userByLogin(QStringLiteral("wang"))->id, 2);
        QVERIFY(!r.user(99));
        QVERIFY(r.draft(QStringLiteral("g")).isEmpty());
        r.setDraft(QStringLiteral("g"), QStringLiteral("写了一半"));
        QCOMPARE(r.draft(QStringLiteral("g")), QStringLiteral("写了一半"));
        r.setDraft(QStringLiteral("g"), QString());
        QVERIFY(r.draft(QStringLiteral("g")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "tst_store_queries.moc"
