// View-models over a real replica file filled through the Replica API, each under QAbstractItemModelTester
// from before any data arrives.

#include "ChatPrefs.h"
#include "ConversationListModel.h"
#include "DingCenter.h"
#include "DingRecipientsModel.h"
#include "ListDiff.h"
#include "MemberListModel.h"
#include "SearchModel.h"
#include "StoreReader.h"
#include "StoreTestSupport.h"
#include "TimelineModel.h"
#include "Translator.h"
#include "client/ClientSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace storetest;
using tack::ui::ConversationListModel;
using tack::ui::DingCenter;
using tack::ui::DingRecipientsModel;
using tack::ui::MemberListModel;
using tack::ui::SearchModel;
using tack::ui::StoreReader;
using tack::ui::TimelineModel;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QVariant roleOf(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

// A message event at a chosen time (the helpers default to the seq as the time).
QCborMap timedMessage(StreamWriter &w, const QString &id, qint64 sender, const QString &text, qint64 at)
{
    QCborMap msg = msgObj(id, tack::streams::conversationOf(w.stream()), w.seq() + 1, sender, text, at);
    return w.add(QStringLiteral("msg.new"), one("message", msg), sender);
}

QCborMap dingSent(const QString &message, const QList<qint64> &users)
{
    QCborArray list;
    for (qint64 u : users)
        list.append(u);
    return QCborMap{
        {QStringLiteral("message"), message}, {QStringLiteral("users"), list}, {QStringLiteral("round"), 1}};
}

QCborMap dingConfirmed(const QString &message, qint64 user)
{
    return QCborMap{{QStringLiteral("message"), message}, {QStringLiteral("user"), user}};
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private:
    TempReplica *m_r = nullptr;
    StoreReader *m_store = nullptr;

    void notify(const QStringList &ids) { m_store->notifyConversations(ids); }

private slots:
    void init()
    {
        m_r = new TempReplica(1);
        m_store = new StoreReader;
        QVERIFY(m_store->open(m_r->path));
        QCOMPARE(m_store->myUserId(), 1);
    }
    void cleanup()
    {
        delete m_store;
        m_store = nullptr;
        delete m_r;
        m_r = nullptr;
    }

    void listDiffReachesTarget_data()
    {
        QTest::addColumn<QStringList>("from");
        QTest::addColumn<QStringList>("to");
        QTest::newRow("empty to some") << QStringList{} << QStringList{"a", "b"};
        QTest::newRow("move to front") << QStringList{"a", "b", "c"} << QStringList{"c", "a", "b"};
        QTest::newRow("remove and insert") << QStringList{"a", "b", "c"} << QStringList{"d", "c", "a"};
        QTest::newRow("all gone") << QStringList{"a", "b"} << QStringList{};
    }
    void listDiffReachesTarget()
    {
        QFETCH(QStringList, from);
        QFETCH(QStringList, to);
        QStringList mirror = from;
        tack::ui::applyListDiff(from, to,
                                {[&](int row) { mirror.removeAt(row); },
                                 [&](int a, int b) {
                                     QVERIFY(b < a);
                                     mirror.move(a, b);
                                 },
                                 [&](int row, const QString &key) {
                                     mirror.insert(row, key);
                                 }});
        QCOMPARE(from, to);
        QCOMPARE(mirror, to);
    }

    void conversationListOrdersPinsAndCounts()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        tack::ui::ChatPrefs prefs;
        model.setPrefs(&prefs);
        model.setStore(m_store);
        QCOMPARE(model.rowCount(), 0);

        seedGroup(m_r->replica, QStringLiteral("sales"), QStringLiteral("Sales"));
        seedGroup(m_r->replica, QStringLiteral("ops"), QStringLiteral("运维 Ops"));
        StreamWriter sales(QStringLiteral("c/sales"), m_r->replica.cursor(QStringLiteral("c/sales")));
        timedMessage(sales, QStringLiteral("m1"), 2, QStringLiteral("Numbers are in"), 5000);
        m_r->replica.applyEvents(sales.stream(), sales.take());
        StreamWriter ops(QStringLiteral("c/ops"), m_r->replica.cursor(QStringLiteral("c/ops")));
        timedMessage(ops, QStringLiteral("m2"), 3, QStringLiteral("部署完成"), 9000);
        timedMessage(ops, QStringLiteral("m3"), 1, QStringLiteral("thanks"), 9500);
        m_r->replica.applyEvents(ops.stream(), ops.take());
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        notify({QStringLiteral("sales"), QStringLiteral("ops")});

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), QStringLiteral("ops")); // newest activity first
        QCOMPARE(roleOf(model, 0, ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("Me: thanks"));
        QCOMPARE(roleOf(model, 0, ConversationListModel::InitialsRole).toString(), QStringLiteral("运维"));
        QCOMPARE(roleOf(model, 1, ConversationListModel::UnreadRole).toInt(), 1);
        QCOMPARE(roleOf(model, 1, ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("Wang Fang: Numbers are in"));
        QCOMPARE(model.totalUnread(), 2); // m1 and m2; my own m3 does not count

        // Pinning moves a chat to the top with a move, not a reset.
        prefs.setPinned(QStringLiteral("sales"), true);
        QCOMPARE(model.idAt(0), QStringLiteral("sales"));
        QVERIFY(roleOf(model, 0, ConversationListModel::PinnedRole).toBool());
        QCOMPARE(moved.size(), 1);

        // New activity in a pinned list keeps the pinned chat first.
        timedMessage(ops, QStringLiteral("m4"), 2, QStringLiteral("one more"), 12000);
        m_r->replica.applyEvents(ops.stream(), ops.take());
        notify({QStringLiteral("ops")});
        QCOMPARE(model.idAt(0), QStringLiteral("sales"));

        prefs.setMuted(QStringLiteral("ops"), true);
        QVERIFY(roleOf(model, 1, ConversationListModel::MutedRole).toBool());
        QCOMPARE(model.unmutedUnread(), 1);

        model.setFilter(QStringLiteral("ops"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("ops")), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 2);
    }

    void timelinePagesBackwardsThenAsksTheServer()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setConversationId(QStringLiteral("g"));
        QCOMPARE(model.rowCount(), 0);

        seedGroup(m_r->replica, QStringLiteral("g"));
        StreamWriter c(QStringLiteral("c/g"), m_r->replica.cursor(QStringLiteral("c/g")));
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 base = 1700000000000LL;
        for (int i = 0; i < 120; ++i) {
            const qint64 at = base + (i < 60 ? 0 : day) + i * 60 * 1000;
            timedMessage(c, QStringLiteral("m%1").arg(i), i % 7 == 0 ? 1 : 2,
                         QStringLiteral("message %1").arg(i), at);
        }
        m_r->replica.applyEvents(c.stream(), c.take());
        notify({QStringLiteral("g")});

        // The tester itself calls fetchMore() after changes, so page until the model stops asking.
        QSignalSpy asked(m_store, &StoreReader::historyRequested);
        QVERIFY(model.rowCount() >= TimelineModel::kPageSize);
        QCOMPARE(roleOf(model, 0, TimelineModel::MessageIdRole).toString(),
                 QStringLiteral("m119")); // newest first
        for (int i = 0; i < 10 && model.canFetchMore({}); ++i) {
            model.fetchMore({});
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(model.rowCount(), 120);
        QCOMPARE(roleOf(model, 119, TimelineModel::MessageIdRole).toString(), QStringLiteral("m0"));

        // Day separators: on the oldest row and on the first message of the second day (m60).
        QVERIFY(roleOf(model, 119, TimelineModel::ShowDayRole).toBool());
        QVERIFY(roleOf(model, model.rowOf(QStringLiteral("m60")), TimelineModel::ShowDayRole).toBool());
        QVERIFY(!roleOf(model, model.rowOf(QStringLiteral("m61")), TimelineModel::ShowDayRole).toBool());
        // Grouping: m2 follows m1 from the same sender a minute later; m7 (mine) follows m6 (theirs).
        QVERIFY(roleOf(model, model.rowOf(QStringLiteral("m2")), TimelineModel::GroupedRole).toBool());
        QVERIFY(!roleOf(model, model.rowOf(QStringLiteral("m7")), TimelineModel::GroupedRole).toBool());
        QVERIFY(roleOf(model, model.rowOf(QStringLiteral("m7")), TimelineModel::OwnRole).toBool());
        QCOMPARE(roleOf(model, 0, TimelineModel::SenderNameRole).toString(),
                 QStringLiteral("Me")); // m119: 119 % 7 == 0

        // Nothing older in the replica: the model asked the server once and waits.
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(1).toLongLong(), roleOf(model, 119, TimelineModel::SeqRole).toLongLong());
        QVERIFY(model.loadingHistory());
        QVERIFY(!model.canFetchMore({}));
        m_store->deliverHistory(QStringLiteral("g"), 0, false, false);
        QVERIFY(model.atStart());
        QVERIFY(!model.canFetchMore({}));
    }

    void timelineShowsStatesReceiptsEditsAndRecalls()
    {
        seedGroup(m_r->replica, QStringLiteral("g"));
        StreamWriter c(QStringLiteral("c/g"), m_r->replica.cursor(QStringLiteral("c/g")));
        c.newMessage(QStringLiteral("mine"), 1, QStringLiteral("hello team"));
        c.newMessage(QStringLiteral("theirs"), 2, QStringLiteral("hi"));
        m_r->replica.applyEvents(c.stream(), c.take());

        TimelineModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setConversationId(QStringLiteral("g"));
        QCOMPARE(model.rowCount(), 2);
        const int mine = model.rowOf(QStringLiteral("mine"));
        QCOMPARE(roleOf(model, mine, TimelineModel::StateRole).toString(), QStringLiteral("sent"));
        QCOMPARE(roleOf(model, mine, TimelineModel::UnreadCountRole).toInt(), 2);

        // One of two others reads it, then the other: "all read".
        const qint64 mineSeq = roleOf(model, mine, TimelineModel::SeqRole).toLongLong();
        c.add(QStringLiteral("read"),
              QCborMap{{QStringLiteral("user"), 2}, {QStringLiteral("upto"), mineSeq}});
        m_r->replica.applyEvents(c.stream(), c.take());
        notify({QStringLiteral("g")});
        QCOMPARE(roleOf(model, model.rowOf(QStringLiteral("mine")), TimelineModel::ReadCountRole).toInt(), 1);
        c.add(QStringLiteral("read"),
              QCborMap{{QStringLiteral("user"), 3}, {QStringLiteral("upto"), mineSeq + 1}});
        c.add(QStringLiteral("msg.edit"), QCborMap{{QStringLiteral("message"), QStringLiteral("mine")},
                                                   {QStringLiteral("text"), QStringLiteral("hello all")},
                                                   {QStringLiteral("edited_at"), 200000}});
        c.add(QStringLiteral("msg.recall"), QCborMap{{QStringLiteral("message"), QStringLiteral("theirs")},
                                                     {QStringLiteral("recalled_by"), 2}});
        m_r->replica.applyEvents(c.stream(), c.take());
        notify({QStringLiteral("g")});
        const int row = model.rowOf(QStringLiteral("mine"));
        QCOMPARE(roleOf(model, row, TimelineModel::UnreadCountRole).toInt(), 0);
        QVERIFY(roleOf(model, row, TimelineModel::EditedRole).toBool());
        QCOMPARE(roleOf(model, row, TimelineModel::TextRole).toString(), QStringLiteral("hello all"));
        const int recalled = model.rowOf(QStringLiteral("theirs"));
        QVERIFY(roleOf(model, recalled, TimelineModel::RecalledRole).toBool());
        QCOMPARE(roleOf(model, recalled, TimelineModel::RecalledByNameRole).toString(),
                 QStringLiteral("Wang Fang"));

        // A queued message appears at the bottom as pending, with an insert (no reset).
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_r->replica.enqueue(QStringLiteral("msg.send"),
                             QCborMap{{QStringLiteral("conversation"), QStringLiteral("g")},
                                      {QStringLiteral("id"), QStringLiteral("queued1")},
                                      {QStringLiteral("text"), QStringLiteral("later")}});
        notify({QStringLiteral("g")});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(roleOf(model, 0, TimelineModel::MessageIdRole).toString(), QStringLiteral("queued1"));
        QCOMPARE(roleOf(model, 0, TimelineModel::StateRole).toString(), QStringLiteral("pending"));
    }

    void timelineRevealsAnOlderMessage()
    {
        seedGroup(m_r->replica, QStringLiteral("g"));
        StreamWriter c(QStringLiteral("c/g"), m_r->replica.cursor(QStringLiteral("c/g")));
        for (int i = 0; i < 300; ++i)
            c.newMessage(QStringLiteral("m%1").arg(i), 2, QStringLiteral("text %1").arg(i));
        m_r->replica.applyEvents(c.stream(), c.take());
        TimelineModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setConversationId(QStringLiteral("g"));
        QCOMPARE(model.rowOf(QStringLiteral("m20")), -1);
        const int row = model.revealMessage(QStringLiteral("m20"));
        QVERIFY(row > 0);
        QCOMPARE(roleOf(model, row, TimelineModel::MessageIdRole).toString(), QStringLiteral("m20"));
        QCOMPARE(model.revealMessage(QStringLiteral("missing")), -1);
    }

    void dayHeadingsAndPreviewsFollowTheLanguage()
    {
        seedGroup(m_r->replica, QStringLiteral("g"));
        StreamWriter c(QStringLiteral("c/g"), m_r->replica.cursor(QStringLiteral("c/g")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        timedMessage(c, QStringLiteral("today"), 1, QStringLiteral("written today"), now);
        m_r->replica.applyEvents(c.stream(), c.take());

        TimelineModel timeline;
        QAbstractItemModelTester timelineTester(&timeline, kFatal);
        timeline.setStore(m_store);
        timeline.setConversationId(QStringLiteral("g"));
        const int row = timeline.rowOf(QStringLiteral("today"));
        QCOMPARE(roleOf(timeline, row, TimelineModel::DayTextRole).toString(), QStringLiteral("Today"));

        ConversationListModel chats;
        QAbstractItemModelTester chatsTester(&chats, kFatal);
        tack::ui::ChatPrefs prefs;
        chats.setPrefs(&prefs);
        chats.setStore(m_store);
        const int chat = chats.rowOf(QStringLiteral("g"));
        QVERIFY(roleOf(chats, chat, ConversationListModel::PreviewRole)
                    .toString()
                    .startsWith(QLatin1String("Me")));

        tack::ui::Translator translator(nullptr);
        translator.setCode(QStringLiteral("en"));
        QSignalSpy changed(&timeline, &QAbstractItemModel::dataChanged);
        translator.setCode(QStringLiteral("zh_CN"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(roleOf(timeline, row, TimelineModel::DayTextRole).toString(), QStringLiteral("今天"));
        QVERIFY(roleOf(chats, chat, ConversationListModel::PreviewRole)
                    .toString()
                    .startsWith(QStringLiteral("我")));
        translator.setCode(QStringLiteral("en"));
        QCOMPARE(roleOf(timeline, row, TimelineModel::DayTextRole).toString(), QStringLiteral("Today"));

        // English plural forms come from tack_en.ts.
        QCOMPARE(QCoreApplication::translate("tack::ui::SearchModel", "%n member(s)", nullptr, 1),
                 QStringLiteral("1 member"));
        QCOMPARE(QCoreApplication::translate("tack::ui::SearchModel", "%n member(s)", nullptr, 12),
                 QStringLiteral("12 members"));
    }

    void membersFilterAndOfferAll()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setConversationId(QStringLiteral("g"));
        QCOMPARE(model.rowCount(), 0);
        seedGroup(m_r->replica, QStringLiteral("g")); // I (user 1) am the owner
        notify({QStringLiteral("g")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.myRole(), QStringLiteral("owner"));

        model.setOfferAll(true);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(roleOf(model, 0, MemberListModel::IsAllRole).toBool());
        QCOMPARE(model.mentionText(0), QStringLiteral("@all "));

        model.setFilter(QStringLiteral("wa"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(roleOf(model, 0, MemberListModel::NameRole).toString(), QStringLiteral("Wang Fang"));
        QCOMPARE(model.mentionText(0), QStringLiteral("@Wang Fang "));
        model.setFilter(QStringLiteral("a")); // @all and "Wang Fang"; myself ("Me") is never suggested
        QCOMPARE(model.rowCount(), 2);

        QCOMPARE(model.mentionStart(QStringLiteral("hi @wa"), 6), 3);
        QCOMPARE(model.mentionStart(QStringLiteral("@"), 1), 0);
        QCOMPARE(model.mentionStart(QStringLiteral("mail a@b"), 8), -1);
        QCOMPARE(model.mentionStart(QStringLiteral("@wang fang"), 10), -1);
    }

    void membersWithoutAdminRightsGetNoAll()
    {
        seedGroup(m_r->replica, QStringLiteral("g"));
        StreamWriter c(QStringLiteral("c/g"), m_r->replica.cursor(QStringLiteral("c/g")));
        c.add(QStringLiteral("member.put"), one("member", memberObj(1, QStringLiteral("member"))));
        m_r->replica.applyEvents(c.stream(), c.take());
        MemberListModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setOfferAll(true);
        model.setConversationId(QStringLiteral("g"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!roleOf(model, 0, MemberListModel::IsAllRole).toBool());
    }

    void searchFindsChatsPeopleAndMessages()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setQuery(QStringLiteral("budget"));
        QCOMPARE(model.rowCount(), 0);

        seedGroup(m_r->replica, QStringLiteral("g"), QStringLiteral("Budget 预算组"));
        StreamWriter c(QStringLiteral("c/g"), m_r->replica.cursor(QStringLiteral("c/g")));
        c.newMessage(QStringLiteral("e1"), 2, QStringLiteral("Budget meeting moved to Wednesday"));
        c.newMessage(QStringLiteral("z1"), 3, QStringLiteral("下周的预算会议改到周三"));
        m_r->replica.applyEvents(c.stream(), c.take());

        model.refresh();
        QCOMPARE(model.rowCount(), 2); // the chat and the English message
        QCOMPARE(roleOf(model, 0, SearchModel::KindRole).toString(), QStringLiteral("chat"));
        QCOMPARE(roleOf(model, 1, SearchModel::KindRole).toString(), QStringLiteral("message"));
        QCOMPARE(roleOf(model, 1, SearchModel::MessageIdRole).toString(), QStringLiteral("e1"));
        QCOMPARE(roleOf(model, 1, SearchModel::ConversationIdRole).toString(), QStringLiteral("g"));

        model.setQuery(QStringLiteral("预算会议"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(roleOf(model, 0, SearchModel::MessageIdRole).toString(), QStringLiteral("z1"));

        model.setQuery(QStringLiteral("li"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(roleOf(model, 0, SearchModel::KindRole).toString(), QStringLiteral("person"));
        QCOMPARE(roleOf(model, 0, SearchModel::UserIdRole).toLongLong(), 3);

        model.setQuery(QStringLiteral("\"unbalanced"));
        QCOMPARE(model.rowCount(), 0);
    }

    void dingCenterListsMyUnconfirmedDings()
    {
        DingCenter center(m_store);
        QAbstractItemModelTester tester(&center, kFatal);
        QSignalSpy counts(&center, &DingCenter::countChanged);
        QCOMPARE(center.rowCount(), 0);

        seedGroup(m_r->replica, QStringLiteral("g")); // me (1), Wang Fang (2), Li Lei (3)
        StreamWriter c(QStringLiteral("c/g"), m_r->replica.cursor(QStringLiteral("c/g")));
        c.newMessage(QStringLiteral("m1"), 2, QStringLiteral("服务器今晚 22:00 停机维护"));
        c.newMessage(QStringLiteral("m2"), 3, QStringLiteral("Sign the contract today"));
        c.newMessage(QStringLiteral("m3"), 1, QStringLiteral("Team lunch at noon"));
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m1"), {1, 3}), 2);
        m_r->replica.applyEvents(c.stream(), c.take());
        notify({QStringLiteral("g")});
        QCOMPARE(center.rowCount(), 1);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(roleOf(center, 0, DingCenter::MessageIdRole).toString(), QStringLiteral("m1"));
        QCOMPARE(roleOf(center, 0, DingCenter::SenderNameRole).toString(), QStringLiteral("Wang Fang"));
        QCOMPARE(roleOf(center, 0, DingCenter::ChatTitleRole).toString(), QStringLiteral("Sales"));
        QCOMPARE(roleOf(center, 0, DingCenter::ConversationIdRole).toString(), QStringLiteral("g"));
        QCOMPARE(roleOf(center, 0, DingCenter::TextRole).toString(),
                 QStringLiteral("服务器今晚 22:00 停机维护"));
        QVERIFY(!roleOf(center, 0, DingCenter::TimeTextRole).toString().isEmpty());

        // A newer DING comes first; a DING only to others does not show.
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m2"), {1}), 3);
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m3"), {2, 3}), 1);
        m_r->replica.applyEvents(c.stream(), c.take());
        notify({QStringLiteral("g")});
        QCOMPARE(center.rowCount(), 2);
        QCOMPARE(roleOf(center, 0, DingCenter::MessageIdRole).toString(), QStringLiteral("m2"));
        QCOMPARE(roleOf(center, 1, DingCenter::MessageIdRole).toString(), QStringLiteral("m1"));

        // Only my own sent messages may be DINGed; without a client nothing is sent or confirmed.
        QVERIFY(center.canSend(QStringLiteral("m3")));
        QVERIFY(!center.canSend(QStringLiteral("m1")));
        QVERIFY(!center.canSend(QStringLiteral("nope")));
        QVERIFY(!center.send(QStringLiteral("m3"), {2}));
        QVERIFY(!center.confirm(QStringLiteral("m1")));
        QCOMPARE(center.rowCount(), 2);
        QVERIFY(center.wasSent(QStringLiteral("m3")));

        // Confirmed elsewhere (another device of mine): the row goes.
        c.add(QStringLiteral("ding.confirmed"), dingConfirmed(QStringLiteral("m1"), 1), 1);
        m_r->replica.applyEvents(c.stream(), c.take());
        notify({QStringLiteral("g")});
        QCOMPARE(center.rowCount(), 1);
        QCOMPARE(roleOf(center, 0, DingCenter::MessageIdRole).toString(), QStringLiteral("m2"));

        // Confirming here removes the row at once; the optimistic write agrees once it is on disk.
        tack::client::ClientSession client(m_r->path);
        QVERIFY(client.open());
        center.setClient(&client);
        QSignalSpy queued(&client, &tack::client::ClientSession::queued);
        QVERIFY(center.confirm(QStringLiteral("m2")));
        QCOMPARE(center.rowCount(), 0);
        QVERIFY(queued.wait());
        center.refresh();
        QCOMPARE(center.rowCount(), 0);
        QVERIFY(!center.confirm(QStringLiteral("m2")));
        center.setClient(nullptr);
    }

    void dingRecipientsShowConfirmedAndWaiting()
    {
        DingRecipientsModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setMessageId(QStringLiteral("m3"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.waitingCount(), 0);

        seedGroup(m_r->replica, QStringLiteral("g"));
        StreamWriter c(QStringLiteral("c/g"), m_r->replica.cursor(QStringLiteral("c/g")));
        c.newMessage(QStringLiteral("m3"), 1, QStringLiteral("Team lunch at noon"));
        c.add(QStringLiteral("ding.sent"), dingSent(QStringLiteral("m3"), {2, 3}), 1);
        m_r->replica.applyEvents(c.stream(), c.take());
        notify({QStringLiteral("g")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.waitingCount(), 2);
        QCOMPARE(model.confirmedCount(), 0);

        c.add(QStringLiteral("ding.confirmed"), dingConfirmed(QStringLiteral("m3"), 2), 2);
        m_r->replica.applyEvents(c.stream(), c.take());
        notify({QStringLiteral("g")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.confirmedCount(), 1);
        QCOMPARE(model.waitingCount(), 1);
        QCOMPARE(model.waitingUserIds(), QVariantList{3.0});
        // Waiting first, then by name.
        QCOMPARE(roleOf(model, 0, DingRecipientsModel::NameRole).toString(), QStringLiteral("Li Lei"));
        QVERIFY(!roleOf(model, 0, DingRecipientsModel::ConfirmedRole).toBool());
        QCOMPARE(roleOf(model, 1, DingRecipientsModel::NameRole).toString(), QStringLiteral("Wang Fang"));
        QVERIFY(roleOf(model, 1, DingRecipientsModel::ConfirmedRole).toBool());
        QVERIFY(!roleOf(model, 1, DingRecipientsModel::StatusTextRole).toString().isEmpty());

        model.setMessageId(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void membersCanLeaveMeOut()
    {
        seedGroup(m_r->replica, QStringLiteral("g"));
        MemberListModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setStore(m_store);
        model.setConversationId(QStringLiteral("g"));
        QCOMPARE(model.rowCount(), 3);
        model.setExcludeMe(true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.userIds(), (QVariantList{3, 2})); // Li Lei, Wang Fang
    }
};

QTEST_GUILESS_MAIN(TestUiModels)
#include "tst_ui_models.moc"
