// The Boards page's view-models (board list, columns with WIP counts, cards, members) over a real replica:
// server events on a board stream and local optimistic moves, each model under QAbstractItemModelTester
// from before any data arrives.

#include "BoardCardsModel.h"
#include "BoardColumnsModel.h"
#include "BoardListModel.h"
#include "BoardMembersModel.h"
#include "StoreReader.h"
#include "StoreTestSupport.h"
#include "domain/TodoRules.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace storetest;
using tack::ui::BoardCardsModel;
using tack::ui::BoardColumnsModel;
using tack::ui::BoardListModel;
using tack::ui::BoardMembersModel;
using tack::ui::StoreReader;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString kBoard = QStringLiteral("board1");

QVariant roleOf(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

QStringList column0(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(roleOf(model, row, role).toString());
    return out;
}

QCborMap boardObj(const QString &id, const QString &title, qint64 owner, QList<qint64> members,
                  qint64 rev = 1)
{
    QCborArray ids;
    for (qint64 m : members)
        ids.append(m);
    return QCborMap{{QStringLiteral("id"), id},       {QStringLiteral("title"), title},
                    {QStringLiteral("owner"), owner}, {QStringLiteral("created_at"), 1000},
                    {QStringLiteral("members"), ids}, {QStringLiteral("rev"), rev}};
}

QCborMap columnObj(const QString &id, const QString &title, const QString &order, int wip = 0, qint64 rev = 1,
                   bool deleted = false)
{
    return QCborMap{{QStringLiteral("id"), id},          {QStringLiteral("board"), kBoard},
                    {QStringLiteral("title"), title},    {QStringLiteral("order"), order},
                    {QStringLiteral("wip"), wip},        {QStringLiteral("rev"), rev},
                    {QStringLiteral("deleted"), deleted}};
}

QCborMap cardObj(const QString &id, const QString &column, const QString &order, qint64 rev = 1)
{
    return QCborMap{
        {QStringLiteral("id"), id},
        {QStringLiteral("creator"), 1},
        {QStringLiteral("title"), QStringLiteral("Card ") + id},
        {QStringLiteral("assignees"), QCborArray{2}},
        {QStringLiteral("board"), kBoard},
        {QStringLiteral("column"), column},
        {QStringLiteral("order"), order},
        {QStringLiteral("labels"), QCborArray{QStringLiteral("ops")}},
        {QStringLiteral("checklist"),
         QCborArray{
             QCborMap{{QStringLiteral("text"), QStringLiteral("a")}, {QStringLiteral("done"), true}},
             QCborMap{{QStringLiteral("text"), QStringLiteral("b")}, {QStringLiteral("done"), false}}}},
        {QStringLiteral("created_at"), 1000},
        {QStringLiteral("updated_at"), 1000},
        {QStringLiteral("rev"), rev},
        {QStringLiteral("deleted"), false}};
}

} // namespace

class TestBoardModels : public QObject
{
    Q_OBJECT

private:
    TempReplica *m_r = nullptr;
    StoreReader *m_store = nullptr;
    StreamWriter *m_board = nullptr;

    void apply()
    {
        const auto out = m_r->replica.applyEvents(m_board->stream(), m_board->take());
        m_store->notifyTodos(QStringList(out.boards.cbegin(), out.boards.cend()));
    }
    void enqueue(const QString &name, const QCborMap &args)
    {
        tack::store::ApplyOutcome out;
        m_r->replica.enqueue(name, args, &out);
        m_store->notifyTodos(QStringList(out.boards.cbegin(), out.boards.cend()));
    }
    void putColumn(const QCborMap &c) { m_board->add(QStringLiteral("column.put"), one("column", c)); }
    void putCard(const QCborMap &t) { m_board->add(QStringLiteral("todo.put"), one("todo", t)); }

    // Board "Release" (owner me, members 1, 2, 3) with To do (wip 2) | Doing | Done; a1, a2, a3 in To do.
    void seedBoard()
    {
        StreamWriter org(QStringLiteral("org"));
        org.add(QStringLiteral("user.put"),
                one("user", userObj(1, QStringLiteral("me"), QStringLiteral("Me"))));
        org.add(QStringLiteral("user.put"),
                one("user", userObj(2, QStringLiteral("wang"), QStringLiteral("王芳"))));
        org.add(QStringLiteral("user.put"),
                one("user", userObj(3, QStringLiteral("alice"), QStringLiteral("Alice Smith"))));
        m_r->replica.applyEvents(org.stream(), org.take());
        m_store->notifyDirectory();
        m_board->add(QStringLiteral("board.put"),
                     one("board", boardObj(kBoard, QStringLiteral("Release"), 1, {1, 2, 3})));
        putColumn(columnObj(QStringLiteral("todo"), QStringLiteral("To do"), QStringLiteral("V"), 2));
        putColumn(columnObj(QStringLiteral("doing"), QStringLiteral("Doing"), QStringLiteral("k")));
        putColumn(columnObj(QStringLiteral("done"), QStringLiteral("Done"), QStringLiteral("x")));
        putCard(cardObj(QStringLiteral("a1"), QStringLiteral("todo"), QStringLiteral("V")));
        putCard(cardObj(QStringLiteral("a2"), QStringLiteral("todo"), QStringLiteral("k")));
        putCard(cardObj(QStringLiteral("a3"), QStringLiteral("todo"), QStringLiteral("x")));
        apply();
    }

private slots:
    void init()
    {
        m_r = new TempReplica(1);
        m_store = new StoreReader;
        QVERIFY(m_store->open(m_r->path));
        m_board = new StreamWriter(tack::streams::board(kBoard));
    }
    void cleanup()
    {
        delete m_board;
        delete m_store;
        delete m_r;
    }

    void boardListFollowsBoardsByTitle()
    {
        BoardListModel boards;
        QAbstractItemModelTester tester(&boards, kFatal);
        boards.setStore(m_store);
        QCOMPARE(boards.rowCount(), 0);
        seedBoard();
        QCOMPARE(boards.rowCount(), 1);
        QCOMPARE(roleOf(boards, 0, BoardListModel::TitleRole).toString(), QStringLiteral("Release"));
        QCOMPARE(roleOf(boards, 0, BoardListModel::MemberCountRole).toInt(), 3);
        QVERIFY(roleOf(boards, 0, BoardListModel::IsOwnerRole).toBool());
        QVERIFY(!roleOf(boards, 0, BoardListModel::PendingRole).toBool());

        // A board created here shows at once, pending, in title order.
        QSignalSpy inserted(&boards, &QAbstractItemModel::rowsInserted);
        enqueue(QStringLiteral("board.create"),
                QCborMap{{QStringLiteral("id"), QStringLiteral("board0")},
                         {QStringLiteral("title"), QStringLiteral("Office move")},
                         {QStringLiteral("columns"),
                          QCborArray{QCborMap{{QStringLiteral("id"), QStringLiteral("c0")},
                                              {QStringLiteral("title"), QStringLiteral("Plan")}}}}});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(column0(boards, BoardListModel::TitleRole),
                 (QStringList{QStringLiteral("Office move"), QStringLiteral("Release")}));
        QVERIFY(roleOf(boards, 0, BoardListModel::PendingRole).toBool());
        QCOMPARE(boards.rowOf(QStringLiteral("board1")), 1);

        // A rename from the server reorders the list with a move, not a reset.
        QSignalSpy moved(&boards, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&boards, &QAbstractItemModel::modelReset);
        m_board->add(QStringLiteral("board.put"),
                     one("board", boardObj(kBoard, QStringLiteral("Annual release"), 1, {1, 2, 3}, 2)));
        apply();
        QCOMPARE(column0(boards, BoardListModel::TitleRole),
                 (QStringList{QStringLiteral("Annual release"), QStringLiteral("Office move")}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(reset.size(), 0);
    }

    void columnsShowCountsAndWarnOverTheWipLimit()
    {
        BoardColumnsModel columns;
        QAbstractItemModelTester tester(&columns, kFatal);
        columns.setStore(m_store);
        columns.setBoardId(kBoard);
        QCOMPARE(columns.rowCount(), 0);
        seedBoard();
        QCOMPARE(column0(columns, BoardColumnsModel::TitleRole),
                 (QStringList{QStringLiteral("To do"), QStringLiteral("Doing"), QStringLiteral("Done")}));
        // Three cards over a limit of two: counted, flagged and worded.
        QCOMPARE(roleOf(columns, 0, BoardColumnsModel::CardCountRole).toInt(), 3);
        QCOMPARE(roleOf(columns, 0, BoardColumnsModel::CountTextRole).toString(), QStringLiteral("3 / 2"));
        QVERIFY(roleOf(columns, 0, BoardColumnsModel::OverWipRole).toBool());
        QCOMPARE(roleOf(columns, 0, BoardColumnsModel::WarningTextRole).toString(),
                 QStringLiteral("Over the limit of 2"));
        QCOMPARE(columns.overLimitCount(), 1);
        QCOMPARE(roleOf(columns, 1, BoardColumnsModel::CountTextRole).toString(), QStringLiteral("0"));
        QVERIFY(roleOf(columns, 1, BoardColumnsModel::WarningTextRole).toString().isEmpty());

        // Moving one card out (optimistic, offline) brings the column back to its limit.
        QSignalSpy changed(&columns, &QAbstractItemModel::dataChanged);
        enqueue(QStringLiteral("todo.move"), QCborMap{{QStringLiteral("todo"), QStringLiteral("a1")},
                                                      {QStringLiteral("column"), QStringLiteral("doing")},
                                                      {QStringLiteral("order"), QStringLiteral("V")}});
        QVERIFY(changed.size() >= 2);
        QCOMPARE(roleOf(columns, 0, BoardColumnsModel::CountTextRole).toString(), QStringLiteral("2 / 2"));
        QVERIFY(!roleOf(columns, 0, BoardColumnsModel::OverWipRole).toBool());
        QCOMPARE(columns.overLimitCount(), 0);
        QCOMPARE(roleOf(columns, 1, BoardColumnsModel::CardCountRole).toInt(), 1);

        // A column move from the server is a row move; a deleted column goes.
        QSignalSpy moved(&columns, &QAbstractItemModel::rowsMoved);
        putColumn(columnObj(QStringLiteral("done"), QStringLiteral("Done"), QStringLiteral("G"), 0, 2));
        apply();
        QCOMPARE(column0(columns, BoardColumnsModel::ColumnIdRole),
                 (QStringList{QStringLiteral("done"), QStringLiteral("todo"), QStringLiteral("doing")}));
        QCOMPARE(moved.size(), 1);
        QSignalSpy removed(&columns, &QAbstractItemModel::rowsRemoved);
        putColumn(columnObj(QStringLiteral("done"), QStringLiteral("Done"), QStringLiteral("G"), 0, 3, true));
        apply();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(columns.rowCount(), 2);
        QCOMPARE(columns.rowOf(QStringLiteral("doing")), 1);
    }

    void cardsInsertMoveAndRemoveInOrder()
    {
        BoardCardsModel todo;
        BoardCardsModel doing;
        QAbstractItemModelTester tester1(&todo, kFatal);
        QAbstractItemModelTester tester2(&doing, kFatal);
        todo.setStore(m_store);
        doing.setStore(m_store);
        todo.setColumnId(QStringLiteral("todo"));
        doing.setColumnId(QStringLiteral("doing"));
        QCOMPARE(todo.rowCount(), 0);
        seedBoard();
        QCOMPARE(column0(todo, BoardCardsModel::CardIdRole),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}));
        QCOMPARE(roleOf(todo, 0, BoardCardsModel::AssigneeNamesRole).toString(), QStringLiteral("王芳"));
        QCOMPARE(roleOf(todo, 0, BoardCardsModel::LabelsRole).toStringList(),
                 QStringList{QStringLiteral("ops")});
        QCOMPARE(roleOf(todo, 0, BoardCardsModel::ChecklistTextRole).toString(), QStringLiteral("1/2"));
        QVERIFY(roleOf(todo, 0, BoardCardsModel::MovedFromTextRole).toString().isEmpty());

        // A card from the server between two others is one inserted row at its place.
        QSignalSpy inserted(&todo, &QAbstractItemModel::rowsInserted);
        putCard(cardObj(QStringLiteral("b1"), QStringLiteral("todo"), QStringLiteral("a")));
        apply();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(column0(todo, BoardCardsModel::CardIdRole),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("a2"),
                              QStringLiteral("a3")}));

        // A move within the column (local, pending) is a row move; to another column a removal and an insert.
        QSignalSpy moved(&todo, &QAbstractItemModel::rowsMoved);
        enqueue(QStringLiteral("todo.move"), QCborMap{{QStringLiteral("todo"), QStringLiteral("a3")},
                                                      {QStringLiteral("column"), QStringLiteral("todo")},
                                                      {QStringLiteral("order"), QStringLiteral("F")}});
        QCOMPARE(moved.size(), 1);
        QCOMPARE(column0(todo, BoardCardsModel::CardIdRole),
                 (QStringList{QStringLiteral("a3"), QStringLiteral("a1"), QStringLiteral("b1"),
                              QStringLiteral("a2")}));
        QVERIFY(roleOf(todo, 0, BoardCardsModel::PendingRole).toBool());
        QSignalSpy removed(&todo, &QAbstractItemModel::rowsRemoved);
        QSignalSpy arrived(&doing, &QAbstractItemModel::rowsInserted);
        enqueue(QStringLiteral("todo.move"), QCborMap{{QStringLiteral("todo"), QStringLiteral("b1")},
                                                      {QStringLiteral("column"), QStringLiteral("doing")}});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(column0(doing, BoardCardsModel::CardIdRole), QStringList{QStringLiteral("b1")});

        // A deleted card (tombstone from the server) leaves its column.
        putCard([] {
            QCborMap t = cardObj(QStringLiteral("a2"), QStringLiteral("todo"), QStringLiteral("k"), 2);
            t.insert(QStringLiteral("deleted"), true);
            return t;
        }());
        apply();
        QCOMPARE(column0(todo, BoardCardsModel::CardIdRole),
                 (QStringList{QStringLiteral("a3"), QStringLiteral("a1")}));
    }

    void deletedColumnsCardsSayWhereTheyCameFrom()
    {
        BoardCardsModel todo;
        QAbstractItemModelTester tester(&todo, kFatal);
        todo.setStore(m_store);
        todo.setColumnId(QStringLiteral("todo"));
        seedBoard();
        putCard(cardObj(QStringLiteral("d1"), QStringLiteral("doing"), QStringLiteral("V")));
        apply();
        // Deleting Doing here moves its card to the end of the left-most column, marked, before the server
        // has answered.
        enqueue(QStringLiteral("column.delete"),
                QCborMap{{QStringLiteral("column"), QStringLiteral("doing")}});
        QCOMPARE(todo.rowCount(), 4);
        QCOMPARE(roleOf(todo, 3, BoardCardsModel::CardIdRole).toString(), QStringLiteral("d1"));
        QCOMPARE(roleOf(todo, 3, BoardCardsModel::MovedFromRole).toString(), QStringLiteral("Doing"));
        QCOMPARE(roleOf(todo, 3, BoardCardsModel::MovedFromTextRole).toString(),
                 QStringLiteral("Moved from Doing"));
        QVERIFY(roleOf(todo, 3, BoardCardsModel::SummaryRole)
                    .toString()
                    .contains(QStringLiteral("Moved from Doing")));
    }

    void membersOwnerFirstWithWhatICanDo()
    {
        BoardMembersModel members;
        QAbstractItemModelTester tester(&members, kFatal);
        members.setStore(m_store);
        members.setBoardId(kBoard);
        QCOMPARE(members.rowCount(), 0);
        seedBoard();
        QCOMPARE(column0(members, BoardMembersModel::NameRole),
                 (QStringList{QStringLiteral("Me"), QStringLiteral("Alice Smith"), QStringLiteral("王芳")}));
        QVERIFY(roleOf(members, 0, BoardMembersModel::IsOwnerRole).toBool());
        QVERIFY(!roleOf(members, 0, BoardMembersModel::CanRemoveRole).toBool()); // the owner stays
        QVERIFY(roleOf(members, 1, BoardMembersModel::CanRemoveRole).toBool());  // I own the board
        // Someone removed from the board leaves the list.
        m_board->add(QStringLiteral("board.put"),
                     one("board", boardObj(kBoard, QStringLiteral("Release"), 1, {1, 2}, 2)));
        apply();
        QCOMPARE(members.rowCount(), 2);
    }
};

QTEST_MAIN(TestBoardModels)
#include "tst_board_models.moc"
