// The Boards page end to end: a real tack-server with the demo organisation, the real desktop window, and
// the real tack-cli as another board member checking what reached the server. Builds a board through the
// page (four columns, one over its WIP limit, a deleted column whose card says where it came from), moves
// one card with "Move to…" from the keyboard and one by dragging it with the mouse, moves one while the
// server is down, renames the board from its header, picks a card's due day in the calendar, and saves
// screenshots to <build>/screenshots (board.png, board-ar.png, ...).

#include "AppSession.h"
#include "BoardActions.h"
#include "BoardCardsModel.h"
#include "BoardColumnsModel.h"
#include "CliRunner.h"
#include "DesktopApp.h"
#include "QuickWindowProbe.h"
#include "ServerProcess.h"
#include "StoreReader.h"
#include "Translator.h"
#include "client/ClientSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaMethod>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using quickprobe::findItem;
using quickprobe::unnamedControls;
using tack::ui::AppSession;
using tack::ui::BoardCardsModel;
using tack::ui::BoardColumnsModel;

namespace {

constexpr int kWaitMs = 30000;
const QString kBoardTitle = QStringLiteral("Release 0.4 发布");

} // namespace

class TestUiBoards : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_cliProfile;
    DesktopApp m_app;
    QString m_board;

    CliRunner cli() const { return CliRunner(m_cliProfile.path(), QStringLiteral("tack-demo")); }

    QQuickItem *item(const QString &name) const { return findItem(m_app.window()->contentItem(), name); }
    QQuickItem *overlayItem(const QString &name) const
    {
        // Dialogs live in the window's overlay while open.
        QQuickItem *hit = findItem(m_app.window()->contentItem(), name);
        if (!hit) {
            for (QObject *o : m_app.window()->findChildren<QObject *>(name)) {
                if (auto *i = qobject_cast<QQuickItem *>(o))
                    return i;
            }
        }
        return hit;
    }
    QObject *object(const QString &name) const { return m_app.window()->findChild<QObject *>(name); }
    QQuickItem *column(const QString &title) const { return item(QStringLiteral("column-") + title); }
    QQuickItem *card(const QString &title) const { return item(QStringLiteral("card-") + title); }
    QQuickItem *inColumn(const QString &title, const char *name) const
    {
        return findItem(column(title), QString::fromLatin1(name));
    }
    BoardColumnsModel *columns() const
    {
        QQuickItem *view = item(QStringLiteral("boardView"));
        return view ? qobject_cast<BoardColumnsModel *>(view->property("columns").value<QObject *>())
                    : nullptr;
    }
    BoardCardsModel *cards(const QString &title) const
    {
        QQuickItem *list = inColumn(title, "cardList");
        return list ? qobject_cast<BoardCardsModel *>(list->property("model").value<QObject *>()) : nullptr;
    }
    QStringList cardTitles(const QString &column) const
    {
        QStringList out;
        if (BoardCardsModel *m = cards(column)) {
            for (int row = 0; row < m->rowCount(); ++row)
                out.append(m->index(row).data(BoardCardsModel::TitleRole).toString());
        }
        return out;
    }
    QString columnId(const QString &title) const
    {
        BoardColumnsModel *m = columns();
        for (int row = 0; m && row < m->rowCount(); ++row) {
            if (m->index(row).data(BoardColumnsModel::TitleRole).toString() == title)
                return m->columnAt(row);
        }
        return {};
    }
    QString cardId(const QString &column, const QString &title) const
    {
        BoardCardsModel *m = cards(column);
        for (int row = 0; m && row < m->rowCount(); ++row) {
            if (m->index(row).data(BoardCardsModel::TitleRole).toString() == title)
                return m->cardAt(row);
        }
        return {};
    }
    bool allSent() const
    {
        return m_app.session()->client() && m_app.session()->client()->unconfirmedWrites() == 0 &&
               m_app.session()->store()->replica().pendingCount() == 0;
    }

    // What the other member's tack-cli sees of the board on the server: column title -> card titles.
    QMap<QString, QStringList> serverBoard() const
    {
        const CliResult r = cli().run({QStringLiteral("board"), m_board, QStringLiteral("--json")});
        QMap<QString, QStringList> out;
        for (const QJsonValue &c : r.json().object().value(QStringLiteral("columns")).toArray()) {
            QStringList titles;
            for (const QJsonValue &t : c.toObject().value(QStringLiteral("cards")).toArray())
                titles.append(t.toObject().value(QStringLiteral("title")).toString());
            out.insert(c.toObject().value(QStringLiteral("title")).toString(), titles);
        }
        return out;
    }

    // Calls a QML function whatever types Qt registered for its parameters (typed or QVariant).
    static bool call(QObject *o, const char *name, QVariantList args)
    {
        const QMetaObject *mo = o->metaObject();
        for (int i = 0; i < mo->methodCount(); ++i) {
            const QMetaMethod m = mo->method(i);
            if (m.name() != name || m.parameterCount() != args.size())
                continue;
            QGenericArgument g[3];
            for (int p = 0; p < args.size() && p < 3; ++p) {
                const QMetaType t = m.parameterMetaType(p);
                if (t.id() == QMetaType::QVariant) {
                    g[p] = QGenericArgument("QVariant", &args[p]);
                } else {
                    if (!args[p].convert(t))
                        return false;
                    g[p] = QGenericArgument(t.name(), args[p].constData());
                }
            }
            return m.invoke(o, Qt::DirectConnection, g[0], g[1], g[2]);
        }
        return false;
    }

    void click(QQuickItem *button)
    {
        QVERIFY(button);
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
    }
    void addCard(const QString &columnTitle, const QString &title)
    {
        QQuickItem *field = inColumn(columnTitle, "newCardField");
        QVERIFY(field);
        field->setProperty("text", title);
        QVERIFY(QMetaObject::invokeMethod(field, "accepted"));
        QTRY_VERIFY(cardTitles(columnTitle).contains(title));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString()));
        QVERIFY(m_cliProfile.isValid());
        DesktopApp::Options options;
        options.windowSize = QSize(1440, 860);
        options.activate = true;
        QVERIFY2(m_app.start(options), qPrintable(m_app.errorString()));

        const CliResult login =
            cli().run({QStringLiteral("login"), m_server.url().toString(), QStringLiteral("zhangwei")});
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY2(
            m_app.signIn(m_server.url().toString(), QStringLiteral("wangfang"), QStringLiteral("tack-demo")),
            qPrintable(m_app.errorString()));
        // The directory has arrived once the people pickers can name a colleague.
        QTRY_VERIFY_WITH_TIMEOUT(m_app.session()->store()->userIdOf(QStringLiteral("zhangwei")) > 0, kWaitMs);
    }

    void buildsABoardThroughThePage()
    {
        click(item(QStringLiteral("boardsButton")));
        QTRY_VERIFY(item(QStringLiteral("boardsPage")) && item(QStringLiteral("boardsPage"))->isVisible());

        click(item(QStringLiteral("newBoardButton")));
        QObject *dialog = object(QStringLiteral("newBoardDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        overlayItem(QStringLiteral("newBoardName"))->setProperty("text", kBoardTitle);
        overlayItem(QStringLiteral("newBoardColumns"))
            ->setProperty("text", QStringLiteral("Backlog, Doing, Review, Done"));
        const double zhangwei = m_app.session()->store()->userIdOf(QStringLiteral("zhangwei"));
        const double lihua = m_app.session()->store()->userIdOf(QStringLiteral("lihua"));
        dialog->setProperty("members",
                            QVariantList{QVariantMap{{QStringLiteral("userId"), zhangwei},
                                                     {QStringLiteral("name"), QStringLiteral("张伟")}},
                                         QVariantMap{{QStringLiteral("userId"), lihua},
                                                     {QStringLiteral("name"), QStringLiteral("李华")}}});
        click(overlayItem(QStringLiteral("createBoardButton")));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        QQuickItem *page = item(QStringLiteral("boardsPage"));
        m_board = page->property("boardId").toString();
        QVERIFY(!m_board.isEmpty());
        QTRY_COMPARE(item(QStringLiteral("boardList"))->property("count").toInt(), 1);
        QTRY_VERIFY(columns() && columns()->rowCount() == 4);
        QTRY_COMPARE(item(QStringLiteral("boardTitle"))->property("text").toString(), kBoardTitle);
        QTRY_VERIFY_WITH_TIMEOUT(allSent(), kWaitMs);

        // WIP limit 2 on Doing through the column dialog.
        QQuickItem *view = item(QStringLiteral("boardView"));
        QVERIFY(call(view, "editColumn", {columnId(QStringLiteral("Doing")), QStringLiteral("Doing"), 0}));
        QTRY_VERIFY(object(QStringLiteral("columnDialog"))->property("opened").toBool());
        overlayItem(QStringLiteral("columnWipBox"))->setProperty("value", 2);
        click(overlayItem(QStringLiteral("saveColumnButton")));
        QTRY_COMPARE(inColumn(QStringLiteral("Doing"), "columnCount")->property("text").toString(),
                     QStringLiteral("0 / 2"));

        addCard(QStringLiteral("Backlog"), QStringLiteral("Write the release notes 编写发布说明"));
        addCard(QStringLiteral("Backlog"), QStringLiteral("Translate the boards page"));
        addCard(QStringLiteral("Doing"), QStringLiteral("Fix the login crash on Windows"));
        addCard(QStringLiteral("Doing"), QStringLiteral("Drag and drop between columns"));
        QVERIFY(!inColumn(QStringLiteral("Doing"), "wipWarning")->isVisible());
        addCard(QStringLiteral("Doing"), QStringLiteral("Retry the outbox after a timeout"));
        QTRY_COMPARE(inColumn(QStringLiteral("Doing"), "columnCount")->property("text").toString(),
                     QStringLiteral("3 / 2"));
        QTRY_VERIFY(inColumn(QStringLiteral("Doing"), "wipWarning")->isVisible());
        QCOMPARE(inColumn(QStringLiteral("Doing"), "wipWarning")->property("text").toString(),
                 QStringLiteral("\u26a0 Over the limit of 2"));
        QVERIFY(item(QStringLiteral("overLimitSummary"))->isVisible());
        addCard(QStringLiteral("Review"), QStringLiteral("Protocol section 14 review"));
        addCard(QStringLiteral("Done"), QStringLiteral("Set up CI on two cores"));

        // A column added through the dialog, given a card, then deleted: the page says where the card goes,
        // and the card shows where it came from.
        click(item(QStringLiteral("addColumnButton")));
        QTRY_VERIFY(object(QStringLiteral("columnDialog"))->property("opened").toBool());
        overlayItem(QStringLiteral("columnTitleField"))->setProperty("text", QStringLiteral("QA"));
        overlayItem(QStringLiteral("columnWipBox"))->setProperty("value", 0);
        click(overlayItem(QStringLiteral("saveColumnButton")));
        QTRY_VERIFY(column(QStringLiteral("QA")));
        addCard(QStringLiteral("QA"), QStringLiteral("Check the calendar feed"));
        QVERIFY(call(view, "confirmDeleteColumn", {columnId(QStringLiteral("QA")), QStringLiteral("QA")}));
        QTRY_VERIFY(object(QStringLiteral("deleteColumnDialog"))->property("opened").toBool());
        QCOMPARE(
            overlayItem(QStringLiteral("deleteColumnExplanation"))->property("text").toString(),
            QStringLiteral("The 1 card in “QA” will move to the end of “Backlog” and show “Moved from QA”."));
        click(overlayItem(QStringLiteral("confirmDeleteColumn")));
        QTRY_VERIFY(!column(QStringLiteral("QA")));
        QTRY_VERIFY(
            cardTitles(QStringLiteral("Backlog")).contains(QStringLiteral("Check the calendar feed")));
        QQuickItem *moved =
            findItem(card(QStringLiteral("Check the calendar feed")), QStringLiteral("movedFrom"));
        QVERIFY(moved && moved->isVisible());
        QCOMPARE(moved->property("text").toString(), QStringLiteral("\u21aa Moved from QA"));

        // Details on a few cards: assignees, due dates, labels and a checklist.
        tack::ui::BoardActions *actions = m_app.session()->boards();
        const auto checklist = QVariantList{
            QVariantMap{{QStringLiteral("text"), QStringLiteral("Reproduce")},
                        {QStringLiteral("done"), true}},
            QVariantMap{{QStringLiteral("text"), QStringLiteral("Fix")}, {QStringLiteral("done"), true}},
            QVariantMap{{QStringLiteral("text"), QStringLiteral("Test on Windows 11")},
                        {QStringLiteral("done"), false}}};
        QVERIFY(actions->saveCard(
            cardId(QStringLiteral("Doing"), QStringLiteral("Fix the login crash on Windows")),
            {{QStringLiteral("assignees"), QVariantList{zhangwei}},
             {QStringLiteral("due"), QStringLiteral("2026-11-20")},
             {QStringLiteral("labels"), QStringList{QStringLiteral("bug"), QStringLiteral("client")}},
             {QStringLiteral("checklist"), checklist}}));
        QVERIFY(actions->saveCard(
            cardId(QStringLiteral("Doing"), QStringLiteral("Drag and drop between columns")),
            {{QStringLiteral("assignees"), QVariantList{m_app.session()->userIdForQml(), lihua}},
             {QStringLiteral("due"), QStringLiteral("2026-12-04 17:00")},
             {QStringLiteral("labels"), QStringList{QStringLiteral("boards")}}}));
        QVERIFY(actions->saveCard(
            cardId(QStringLiteral("Backlog"), QStringLiteral("Write the release notes 编写发布说明")),
            {{QStringLiteral("assignees"), QVariantList{lihua}},
             {QStringLiteral("labels"), QStringList{QStringLiteral("docs"), QStringLiteral("文档")}}}));
        QVERIFY(
            !actions->saveCard(cardId(QStringLiteral("Backlog"), QStringLiteral("Translate the boards page")),
                               {{QStringLiteral("due"), QStringLiteral("next week")}}));
        QVERIFY(actions->error().contains(QStringLiteral("2026-12-31")));
        actions->clearError();
        QTRY_VERIFY_WITH_TIMEOUT(allSent(), kWaitMs);

        // The other member sees the same board on the server.
        QMap<QString, QStringList> seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen = serverBoard()).value(QStringLiteral("Doing")).size() == 3, kWaitMs);
        QCOMPARE(seen.keys().size(), 4);
        QVERIFY(seen.value(QStringLiteral("Backlog")).contains(QStringLiteral("Check the calendar feed")));
        QTRY_COMPARE(item(QStringLiteral("boardTitle"))->property("text").toString(), kBoardTitle);

        const QStringList unnamed = unnamedControls(item(QStringLiteral("boardsPage")));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    // "Rename board…" in the board's header: an empty name and one the rules refuse keep the dialog open
    // (the latter with BoardActions' error); a good one reaches the other member through the server.
    void renamesTheBoardFromItsHeader()
    {
        const QString renamed = QStringLiteral("Release 0.4 路线图");
        click(item(QStringLiteral("renameBoardButton")));
        QObject *dialog = object(QStringLiteral("renameBoardDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QQuickItem *field = overlayItem(QStringLiteral("renameBoardField"));
        QVERIFY(field);
        QCOMPARE(field->property("text").toString(), kBoardTitle);
        QTRY_VERIFY(field->hasActiveFocus());
        const QStringList unnamed = unnamedControls(quickprobe::overlay(m_app.window()));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));

        field->setProperty("text", QStringLiteral("   "));
        QTRY_VERIFY(overlayItem(QStringLiteral("renameBoardEmpty"))->isVisible());
        QVERIFY(!overlayItem(QStringLiteral("saveBoardNameButton"))->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(field, "accepted"));
        QVERIFY(dialog->property("opened").toBool());

        field->setProperty("text", QString(201, QLatin1Char('x')));
        click(overlayItem(QStringLiteral("saveBoardNameButton")));
        QQuickItem *error = overlayItem(QStringLiteral("renameBoardError"));
        QTRY_VERIFY(error && error->isVisible());
        QVERIFY(m_app.session()->boards()->error().contains(QStringLiteral("200")));
        QCOMPARE(error->property("text").toString(), m_app.session()->boards()->error());
        QVERIFY(dialog->property("opened").toBool());
        QCOMPARE(item(QStringLiteral("boardTitle"))->property("text").toString(), kBoardTitle);

        field->setProperty("text", QStringLiteral("  ") + renamed);
        QVERIFY(QMetaObject::invokeMethod(field, "accepted"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(m_app.session()->boards()->error().isEmpty());
        QTRY_COMPARE(item(QStringLiteral("boardTitle"))->property("text").toString(), renamed);
        QTRY_VERIFY_WITH_TIMEOUT(allSent(), kWaitMs);
        const auto serverTitle = [&] {
            return cli()
                .run({QStringLiteral("board"), m_board, QStringLiteral("--json")})
                .json()
                .object()
                .value(QStringLiteral("title"))
                .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(serverTitle(), renamed, kWaitMs);

        // Back to the first name for the tests after this one.
        QVERIFY(m_app.session()->boards()->renameBoard(m_board, kBoardTitle));
        QTRY_COMPARE(item(QStringLiteral("boardTitle"))->property("text").toString(), kBoardTitle);
        QTRY_VERIFY_WITH_TIMEOUT(allSent(), kWaitMs);
    }

    // The card editor's due date from its calendar: the day changes, a time typed after it stays.
    void picksACardDueDayInTheCalendar()
    {
        QQuickItem *view = item(QStringLiteral("boardView"));
        QVERIFY(call(view, "editCard",
                     {cardId(QStringLiteral("Doing"), QStringLiteral("Drag and drop between columns"))}));
        QObject *editor = object(QStringLiteral("cardEditor"));
        QTRY_VERIFY(editor->property("opened").toBool());
        QQuickItem *due = overlayItem(QStringLiteral("cardDueField"));
        QVERIFY(due);
        QCOMPARE(due->property("text").toString(), QStringLiteral("2026-12-04 17:00"));
        QQuickItem *button = overlayItem(QStringLiteral("cardDueCalendar"));
        QVERIFY(button);
        auto *picker = button->property("popup").value<QObject *>();
        QVERIFY(picker);
        click(button);
        QTRY_VERIFY(picker->property("opened").toBool());
        QCOMPARE(picker->property("cursorText").toString(), QStringLiteral("2026-12-04"));
        QTRY_VERIFY(overlayItem(QStringLiteral("monthGrid")) &&
                    overlayItem(QStringLiteral("monthGrid"))->hasActiveFocus());
        QTest::keyClick(m_app.window(), Qt::Key_Down);
        QTest::keyClick(m_app.window(), Qt::Key_Return);
        QTRY_VERIFY(!picker->property("opened").toBool());
        QCOMPARE(due->property("text").toString(), QStringLiteral("2026-12-11 17:00"));
        QMetaObject::invokeMethod(editor, "close");
        QTRY_VERIFY(!editor->property("visible").toBool());
    }

    void movesACardWithTheKeyboardMoveToDialog()
    {
        const QString title = QStringLiteral("Translate the boards page");
        QQuickItem *face = findItem(card(title), QStringLiteral("cardFace"));
        QVERIFY(face);
        face->forceActiveFocus();
        QTRY_VERIFY(face->hasActiveFocus());
        QTest::keyClick(m_app.window(), Qt::Key_M, Qt::ControlModifier);
        QObject *dialog = object(QStringLiteral("moveCardDialog"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QQuickItem *columnBox = overlayItem(QStringLiteral("moveColumnBox"));
        QCOMPARE(columnBox->property("currentText").toString(), QStringLiteral("Backlog"));
        columnBox->setProperty("currentIndex", 2); // Review
        QVERIFY(QMetaObject::invokeMethod(columnBox, "activated", Q_ARG(int, 2)));
        QQuickItem *positionBox = overlayItem(QStringLiteral("movePositionBox"));
        // At the top, before and after the one card there, at the bottom (the default).
        QCOMPARE(positionBox->property("count").toInt(), 4);
        QCOMPARE(positionBox->property("currentIndex").toInt(), 3);
        positionBox->setProperty("currentIndex", 1);
        QCOMPARE(positionBox->property("currentText").toString(),
                 QStringLiteral("Before “Protocol section 14 review”"));
        click(overlayItem(QStringLiteral("moveCardButton")));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTRY_COMPARE(cardTitles(QStringLiteral("Review")),
                     (QStringList{title, QStringLiteral("Protocol section 14 review")}));
        QTRY_VERIFY_WITH_TIMEOUT(serverBoard().value(QStringLiteral("Review")) ==
                                     (QStringList{title, QStringLiteral("Protocol section 14 review")}),
                                 kWaitMs);
    }

    void dragsACardIntoAnotherColumn()
    {
        const QString title = QStringLiteral("Set up CI on two cores");
        QQuickItem *face = findItem(card(title), QStringLiteral("cardFace"));
        QVERIFY(face);
        // Onto the lower half of Backlog's first card: it lands second.
        QQuickItem *first =
            findItem(card(cardTitles(QStringLiteral("Backlog")).value(0)), QStringLiteral("cardFace"));
        QVERIFY(first);
        const QPoint from = face->mapToScene(QPointF(face->width() / 2, face->height() / 2)).toPoint();
        const QPoint to = first->mapToScene(QPointF(first->width() / 2, first->height() * 0.75)).toPoint();
        QTest::mousePress(m_app.window(), Qt::LeftButton, Qt::NoModifier, from);
        const int steps = 12;
        for (int i = 1; i <= steps; ++i) {
            QTest::mouseMove(m_app.window(), from + (to - from) * i / steps);
            QCoreApplication::processEvents(); // each move handled before the next, as a hand makes them
        }
        QTRY_COMPARE(column(QStringLiteral("Backlog"))->property("dropTarget").toBool(), true);
        m_app.screenshot(QStringLiteral("board-dragging.png"));
        QTest::mouseRelease(m_app.window(), Qt::LeftButton, Qt::NoModifier, to);
        QTRY_COMPARE(cardTitles(QStringLiteral("Backlog")).value(1), title);
        QVERIFY(!cardTitles(QStringLiteral("Done")).contains(title));
        QTRY_VERIFY_WITH_TIMEOUT(serverBoard().value(QStringLiteral("Backlog")).value(1) == title, kWaitMs);
    }

    void movesOfflineAndConvergesAfterReconnecting()
    {
        QCOMPARE(m_server.terminate(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->connection(), QStringLiteral("offline"), kWaitMs);
        const QString title = QStringLiteral("Drag and drop between columns");
        QVERIFY(m_app.session()->boards()->moveCardTo(cardId(QStringLiteral("Doing"), title),
                                                      columnId(QStringLiteral("Review")),
                                                      QStringLiteral("bottom")));
        QTRY_COMPARE(cardTitles(QStringLiteral("Review")).value(2), title);
        // Back within the limit at once, while the move waits in the outbox.
        QTRY_COMPARE(inColumn(QStringLiteral("Doing"), "columnCount")->property("text").toString(),
                     QStringLiteral("2 / 2"));
        QVERIFY(!allSent());
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->connection(), QStringLiteral("online"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(allSent(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(serverBoard().value(QStringLiteral("Review")).value(2) == title, kWaitMs);
        // Over the limit again for the screenshots.
        QVERIFY(m_app.session()->boards()->moveCardTo(cardId(QStringLiteral("Review"), title),
                                                      columnId(QStringLiteral("Doing")),
                                                      QStringLiteral("bottom")));
        QTRY_COMPARE(inColumn(QStringLiteral("Doing"), "columnCount")->property("text").toString(),
                     QStringLiteral("3 / 2"));
        QTRY_VERIFY_WITH_TIMEOUT(allSent(), kWaitMs);
    }

    void screenshotsInEveryLanguage()
    {
        m_app.screenshot(QStringLiteral("board.png"));
        m_app.session()->setDarkMode(true);
        m_app.screenshot(QStringLiteral("board-dark.png"));
        m_app.session()->setDarkMode(false);
        m_app.translator()->setCode(QStringLiteral("zh_CN"));
        m_app.screenshot(QStringLiteral("board-zh_CN.png"));
        m_app.translator()->setCode(QStringLiteral("ar"));
        // Right to left: the first column is on the right.
        QTRY_VERIFY(column(QStringLiteral("Backlog"))->mapToScene({0, 0}).x() >
                    column(QStringLiteral("Done"))->mapToScene({0, 0}).x());
        m_app.screenshot(QStringLiteral("board-ar.png"));
        // "Move left" in Arabic moves a column towards the end of the board (leftwards on screen).
        QVERIFY(call(column(QStringLiteral("Doing")), "moveSideways", {true}));
        QTRY_COMPARE(columns()->columnAt(2), columnId(QStringLiteral("Doing")));
        QVERIFY(call(column(QStringLiteral("Doing")), "moveSideways", {false}));
        QTRY_COMPARE(columns()->columnAt(1), columnId(QStringLiteral("Doing")));
        m_app.translator()->setCode(QStringLiteral("en"));
        // Back to left to right: every card's menu button is after its title again.
        for (const QString &c :
             {QStringLiteral("Backlog"), QStringLiteral("Doing"), QStringLiteral("Review")}) {
            for (const QString &t : cardTitles(c)) {
                QQuickItem *face = card(t);
                QTRY_VERIFY2(findItem(face, QStringLiteral("cardMenuButton"))->mapToScene({0, 0}).x() >
                                 findItem(face, QStringLiteral("cardTitle"))->mapToScene({0, 0}).x(),
                             qPrintable(t));
            }
        }
        QTRY_VERIFY(inColumn(QStringLiteral("Doing"), "columnMenuButton")->mapToScene({0, 0}).x() >
                    inColumn(QStringLiteral("Doing"), "columnTitle")->mapToScene({0, 0}).x());
        QQuickItem *view = item(QStringLiteral("boardView"));
        QVERIFY(call(view, "editCard",
                     {cardId(QStringLiteral("Doing"), QStringLiteral("Fix the login crash on Windows"))}));
        QTRY_VERIFY(object(QStringLiteral("cardEditor"))->property("opened").toBool());
        m_app.screenshot(QStringLiteral("board-card-editor.png"));
        QMetaObject::invokeMethod(object(QStringLiteral("cardEditor")), "close");
    }

    void cleanupTestCase() { m_app.stop(); }
};

QTEST_MAIN(TestUiBoards)
#include "tst_ui_boards.moc"
