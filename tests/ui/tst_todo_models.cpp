// The Todos page's view-models against a real tack-server with the demo organisation: the signed-in
// desktop session (AppSession, as the app wires it) as wangfang, and sunli on a second client. The lists
// (today, upcoming, overdue, done, assigned by me, escalated to me) follow local writes at once and the
// server afterwards; an edit sends only what the editor changed; refusals come back as sentences; writes
// wait offline in the outbox; the timeline carries todo marks; reminders and escalations alert once, also
// across a restart; a manager's escalations survive a fresh bootstrap. Every model runs under
// QAbstractItemModelTester, created before any data arrives.
#include "AppSession.h"
#include "ServerProcess.h"
#include "StoreReader.h"
#include "SyncTestClient.h"
#include "TimelineModel.h"
#include "TodoAlerts.h"
#include "TodoCenter.h"
#include "TodoListModel.h"
#include "client/ClientSession.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using tack::ui::AppSession;
using tack::ui::TimelineModel;
using tack::ui::TodoAlerts;
using tack::ui::TodoCenter;
using tack::ui::TodoListModel;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
constexpr int kWaitMs = 30000;
constexpr qint64 kHourMs = 60 * 60 * 1000;
const QString kDemoPassword = QStringLiteral("tack-demo");
const QString kChat = QStringLiteral("release-0-3");

QStringList titles(const TodoListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row).data(TodoListModel::TitleRole).toString());
    return out;
}

QVariant roleOf(const TodoListModel &model, const QString &todo, int role)
{
    const int row = model.rowOf(todo);
    return row < 0 ? QVariant() : model.index(row).data(role);
}

} // namespace

class TestTodoModels : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<TodoListModel> m_views[6];
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_noon = 0; // the models' clock: a noon, so "today" has room on both sides

    TodoListModel &view(TodoListModel::View v) { return *m_views[int(v)]; }
    TodoCenter &todos() { return *m_session->todos(); }
    tack::client::ClientSession &client() { return *m_session->client(); }

    // Waits until the session's outbox is empty and it is online.
    bool settled()
    {
        QSignalSpy drained(&client(), &tack::client::ClientSession::outboxDrained);
        for (int i = 0; i < 100; ++i) {
            bool empty = false;
            client().withEngineReplica(
                [&](tack::store::Replica &r) { empty = r.pendingMutations().isEmpty(); });
            if (empty && m_session->connection() == QLatin1String("online"))
                return true;
            drained.wait(300);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo({QStringLiteral("--escalate-overdue-after-minutes"), QStringLiteral("60"),
                                     QStringLiteral("--fault-escalation-check-ms"), QStringLiteral("50")}),
                 qPrintable(m_server.errorString()));
        QVERIFY(m_profile.isValid());
        m_session = std::make_unique<AppSession>(m_profile.path());
        // Tomorrow at noon: no fixture todo is overdue on the server, whose escalation check uses real time.
        const QDateTime noon(QDate::currentDate().addDays(1), QTime(12, 0));
        m_noon = noon.toMSecsSinceEpoch();
        for (int v = 0; v < 6; ++v) {
            m_views[v] = std::make_unique<TodoListModel>();
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_views[v].get(), kFatal));
            m_views[v]->setView(TodoListModel::View(v));
            m_views[v]->setClockForTest(m_noon);
            m_views[v]->setStore(m_session->store()); // empty: nobody signed in yet
            QCOMPARE(m_views[v]->rowCount(), 0);
        }
        m_session->signIn(m_server.url().toString(), QStringLiteral("wangfang"), kDemoPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->status(), AppSession::Status::SignedIn, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), QStringLiteral("online"), kWaitMs);
    }

    void sectionsFollowLocalWritesAndTheServer()
    {
        const qint64 sunli = m_session->store()->userIdOf(QStringLiteral("sunli"));
        QVERIFY(sunli > 0);
        QSignalSpy countChanged(&view(TodoListModel::View::Today), &TodoListModel::countChanged);
        const QString today = todos().create(
            {{"title", "Review the tray icon"}, {"due", double(m_noon + 2 * kHourMs)}, {"priority", 3}});
        const QString tomorrow =
            todos().create({{"title", "Plan the sprint"}, {"due", double(m_noon + 26 * kHourMs)}});
        const QString someday = todos().create({{"title", "Read the Qt 6.5 notes"}});
        const QString late =
            todos().create({{"title", "Send the minutes"}, {"due", double(m_noon - 2 * kHourMs)}});
        const QString delegated = todos().create({{"title", "Fix the crash on logout"},
                                                  {"assignees", QVariantList{double(sunli)}},
                                                  {"due", double(m_noon + 3 * kHourMs)}});
        for (const QString &id : {today, tomorrow, someday, late, delegated})
            QVERIFY(!id.isEmpty());

        // Shown at once (optimistic), before the server confirmed anything.
        QTRY_COMPARE(titles(view(TodoListModel::View::Today)), QStringList{"Review the tray icon"});
        QVERIFY(!countChanged.isEmpty());
        QCOMPARE(titles(view(TodoListModel::View::Upcoming)),
                 (QStringList{"Plan the sprint", "Read the Qt 6.5 notes"}));
        QCOMPARE(titles(view(TodoListModel::View::Overdue)), QStringList{"Send the minutes"});
        QCOMPARE(titles(view(TodoListModel::View::AssignedByMe)), QStringList{"Fix the crash on logout"});
        QCOMPARE(view(TodoListModel::View::Done).rowCount(), 0);

        const TodoListModel &todayView = view(TodoListModel::View::Today);
        QVERIFY(roleOf(todayView, today, TodoListModel::DueTextRole).toString().startsWith("Today "));
        QCOMPARE(roleOf(todayView, today, TodoListModel::PriorityTextRole).toString(),
                 QStringLiteral("High"));
        QCOMPARE(roleOf(todayView, today, TodoListModel::OverdueRole).toBool(), false);
        QCOMPARE(roleOf(view(TodoListModel::View::Overdue), late, TodoListModel::OverdueRole).toBool(), true);
        QCOMPARE(roleOf(view(TodoListModel::View::AssignedByMe), delegated, TodoListModel::AssigneeNamesRole)
                     .toString(),
                 m_session->store()->userName(sunli));

        // The server confirms: nothing pending any more, same rows.
        QVERIFY(settled());
        QTRY_COMPARE(roleOf(todayView, today, TodoListModel::PendingRole).toBool(), false);
        QCOMPARE(titles(view(TodoListModel::View::Today)), QStringList{"Review the tray icon"});

        // Done and undone move the row between sections; deleted rows go.
        QVERIFY(todos().setDone(today, true));
        QTRY_COMPARE(titles(view(TodoListModel::View::Done)), QStringList{"Review the tray icon"});
        QCOMPARE(view(TodoListModel::View::Today).rowCount(), 0);
        QVERIFY(todos().setDone(today, false));
        QTRY_COMPARE(titles(view(TodoListModel::View::Today)), QStringList{"Review the tray icon"});
        QVERIFY(todos().remove(late));
        QTRY_COMPARE(view(TodoListModel::View::Overdue).rowCount(), 0);

        // The clock passing a due time moves a row from today to overdue.
        view(TodoListModel::View::Overdue).setClockForTest(m_noon + 2 * kHourMs + 1);
        QCOMPARE(titles(view(TodoListModel::View::Overdue)), QStringList{"Review the tray icon"});
        view(TodoListModel::View::Overdue).setClockForTest(m_noon);
        QCOMPARE(view(TodoListModel::View::Overdue).rowCount(), 0);

        // The assignee sees it in their own today.
        SyncTestClient other;
        QString error;
        QVERIFY2(other.login(m_server.url(), QStringLiteral("sunli"), kDemoPassword, &error),
                 qPrintable(error));
        QVERIFY(other.waitFor([&] {
            return !other.reader()
                        .myTodos(tack::store::TodoView::Today, m_noon, m_noon + 12 * kHourMs)
                        .isEmpty();
        }));
        QVERIFY(settled());
    }

    void anEditSendsOnlyWhatTheEditorChanged()
    {
        const QString id = todos().create({{"title", "Draft the release notes"}});
        QVERIFY(settled());
        const QVariantMap opened = todos().todo(id);
        QCOMPARE(opened.value("title").toString(), QStringLiteral("Draft the release notes"));

        // Meanwhile, on another device of the same person, the notes change.
        SyncTestClient laptop;
        QString error;
        QVERIFY2(laptop.login(m_server.url(), QStringLiteral("wangfang"), kDemoPassword, &error),
                 qPrintable(error));
        QVERIFY(laptop.waitFor([&] { return laptop.reader().todo(id).has_value(); }));
        QCborMap notes;
        notes.insert(QLatin1String("notes"), QStringLiteral("Mention the tray icon"));
        QVERIFY(laptop.session().updateTodo(id, notes));
        QVERIFY(laptop.waitSettled());
        QTRY_COMPARE_WITH_TIMEOUT(todos().todo(id).value("notes").toString(),
                                  QStringLiteral("Mention the tray icon"), kWaitMs);

        // The editor, opened before that, saves a new title; the notes it still shows are not sent.
        QVariantMap edited = opened;
        edited.insert("title", QStringLiteral("Draft the 0.3 release notes"));
        edited.remove("id");
        QVERIFY(todos().save(id, edited, opened));
        QVERIFY(!todos().save(id, opened, opened)); // nothing changed: nothing sent
        QVERIFY(settled());
        QVERIFY(laptop.waitFor([&] {
            const auto t = laptop.reader().todo(id);
            return t && t->title == QLatin1String("Draft the 0.3 release notes");
        }));
        QCOMPARE(laptop.reader().todo(id)->notes, QStringLiteral("Mention the tray icon"));
        QCOMPARE(todos().todo(id).value("notes").toString(), QStringLiteral("Mention the tray icon"));
    }

    void refusalsComeBackAsSentences()
    {
        QSignalSpy refused(m_session.get(), &AppSession::actionRefused);
        QVERIFY(todos().create({{"title", "   "}}).isEmpty());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.takeFirst().at(0).toString(), QStringLiteral("A todo needs a title."));

        // Somebody who does not exist: the server refuses, the optimistic row goes.
        const QString id =
            todos().create({{"title", "Ask the ghost"}, {"assignees", QVariantList{987654.0}}});
        QVERIFY(!id.isEmpty());
        QVERIFY(refused.wait(kWaitMs));
        QCOMPARE(refused.takeFirst().at(0).toString(),
                 TodoCenter::refusalText(QStringLiteral("todo.create"), QStringLiteral("not_found")));
        QVERIFY(todos().todo(id).isEmpty());
        QTRY_COMPARE(view(TodoListModel::View::AssignedByMe).rowOf(id), -1); // after todosChanged
    }

    void writesWaitOfflineInTheOutbox()
    {
        QCOMPARE(m_server.terminate(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() != QLatin1String("online"), kWaitMs);
        const QString id =
            todos().create({{"title", "Call the printer shop"}, {"due", double(m_noon + kHourMs)}});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(view(TodoListModel::View::Today).rowOf(id) >= 0);
        QCOMPARE(roleOf(view(TodoListModel::View::Today), id, TodoListModel::PendingRole).toBool(), true);
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(
            roleOf(view(TodoListModel::View::Today), id, TodoListModel::PendingRole).toBool(), false,
            kWaitMs);
        QVERIFY(settled());
    }

    void theTimelineCarriesTodoMarks()
    {
        TimelineModel timeline;
        QAbstractItemModelTester tester(&timeline, kFatal);
        timeline.setStore(m_session->store());
        timeline.setConversationId(kChat);
        QTRY_VERIFY(timeline.rowCount() > 0);
        const QString message = m_session->send(kChat, QStringLiteral("Who fixes the flaky test?"));
        QVERIFY(!message.isEmpty());
        QVERIFY(settled());
        QTRY_VERIFY(timeline.rowOf(message) >= 0);
        QCOMPARE(timeline.index(timeline.rowOf(message)).data(TimelineModel::TodoMarkRole).toString(),
                 QString());

        const QString todo = todos().create({{"title", "Fix the flaky test"}, {"message", message}});
        // The mark shows at once, and stays once the server's msg.todo arrived.
        QTRY_COMPARE(timeline.index(timeline.rowOf(message)).data(TimelineModel::TodoMarkRole).toString(),
                     todo);
        QVERIFY(settled());
        QCOMPARE(m_session->store()->replica().todoForMessage(message), todo);
        QCOMPARE(timeline.index(timeline.rowOf(message)).data(TimelineModel::TodoMarkRole).toString(), todo);
        const QVariantMap linked = todos().todo(todo);
        QCOMPARE(linked.value("conversation").toString(), kChat);
        QCOMPARE(linked.value("message").toString(), message);
    }

    void remindersAlertOnceAlsoAcrossARestart()
    {
        TodoAlerts *alerts = todos().alerts();
        QSignalSpy reminded(alerts, &TodoAlerts::reminderDue);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString past =
            todos().create({{"title", "Renew the certificate"}, {"remind", double(now - 60000)}});
        const QString soon = todos().create({{"title", "Join the stand-up"}, {"remind", double(now + 1500)}});
        const QString later =
            todos().create({{"title", "Book the room"}, {"remind", double(now + 48 * kHourMs)}});
        QVERIFY(reminded.wait(kWaitMs));
        QCOMPARE(reminded.size(), 1);
        QCOMPARE(reminded.at(0).at(0).toString(), past);
        QCOMPARE(reminded.at(0).at(1).toString(), QStringLiteral("Renew the certificate"));
        // The timer is set to the next reminder, not to a polling interval.
        QTRY_COMPARE(alerts->nextReminderAt(), qint64(now + 1500));
        QTRY_COMPARE_WITH_TIMEOUT(reminded.size(), 2, 10000);
        QCOMPARE(reminded.at(1).at(0).toString(), soon);
        QCOMPARE(alerts->nextReminderAt(), qint64(now + 48 * kHourMs));
        alerts->check();
        QCOMPARE(reminded.size(), 2); // each once

        // A restart: what was shown is remembered, nothing rings again.
        TodoAlerts restarted(m_session->store());
        QSignalSpy again(&restarted, &TodoAlerts::reminderDue);
        restarted.setAccount(m_session->settingsPath(), QStringLiteral("todos-wangfang"));
        restarted.check();
        QCOMPARE(again.size(), 0);
        // A moved reminder rings again.
        QVERIFY(todos().save(past, {{"remind", double(now - 30000)}}));
        QTRY_COMPARE(reminded.size(), 3);
        QCOMPARE(reminded.at(2).at(0).toString(), past);
        Q_UNUSED(later);
        QVERIFY(settled());
    }

    void escalationsReachTheManagerAlsoAfterAFreshStart()
    {
        QSignalSpy escalated(todos().alerts(), &TodoAlerts::escalationArrived);
        SyncTestClient sunli;
        QString error;
        QVERIFY2(sunli.login(m_server.url(), QStringLiteral("sunli"), kDemoPassword, &error),
                 qPrintable(error));
        const qint64 hejun = sunli.reader().userByLogin(QStringLiteral("hejun"))->id;
        QCborMap fields;
        fields.insert(QLatin1String("assignees"), QCborArray{hejun});
        fields.insert(QLatin1String("due"), QDateTime::currentMSecsSinceEpoch() - 2 * kHourMs);
        const QString id = sunli.session().createTodo(QStringLiteral("Update the QML style guide"), fields);
        QVERIFY(sunli.waitSettled());

        // wangfang is hejun's manager: the escalation arrives live, listed and alerted once.
        QTRY_COMPARE_WITH_TIMEOUT(view(TodoListModel::View::EscalatedToMe).rowCount(), 1, kWaitMs);
        const TodoListModel &list = view(TodoListModel::View::EscalatedToMe);
        QCOMPARE(list.index(0).data(TodoListModel::TodoIdRole).toString(), id);
        QCOMPARE(list.index(0).data(TodoListModel::TitleRole).toString(),
                 QStringLiteral("Update the QML style guide"));
        QCOMPARE(list.index(0).data(TodoListModel::AssigneeNamesRole).toString(),
                 m_session->store()->userName(hejun));
        QVERIFY(list.index(0).data(TodoListModel::EscalatedAtRole).toDouble() > 0);
        QTRY_COMPARE(escalated.size(), 1);
        QCOMPARE(escalated.at(0).at(0).toString(), id);

        // A new device of the manager bootstraps its streams from snapshots and still sees it.
        SyncTestClient fresh;
        QVERIFY2(fresh.login(m_server.url(), QStringLiteral("wangfang"), kDemoPassword, &error),
                 qPrintable(error));
        QVERIFY(fresh.waitFor([&] { return !fresh.reader().escalations().isEmpty(); }));
        QCOMPARE(fresh.reader().escalations().constFirst().todo, id);
        QCOMPARE(fresh.reader().escalations().constFirst().assignees, QList<qint64>{hejun});
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        for (auto &v : m_views)
            v.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestTodoModels)
#include "tst_todo_models.moc"
