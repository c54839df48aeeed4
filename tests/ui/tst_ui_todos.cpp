// The Todos page in the real desktop window (Tack.App's Main.qml, wired as app/desktop does) against a real
// tack-server with the demo organisation, signed in as wangfang: a todo made from a chat message marks the
// message, shows in the lists, is ticked off and leads back to the message; the calendar feed's address is
// shown and can be replaced after a (mirrored, in Arabic) confirmation; an escalation of a report's overdue
// todo reaches the manager; a reminder whose time passed while the app was closed rings on the next start,
// and only once across another restart.
// Screenshots go to <build>/screenshots: todos.png and todos-ar.png (Arabic, mirrored), todo-date-picker.png,
// -dark.png and -ar.png (the due date's calendar over the editor), todos-calendar-reset-ar.png.

#include "AppSession.h"
#include "DesktopApp.h"
#include "QuickWindowProbe.h"
#include "ServerProcess.h"
#include "StoreReader.h"
#include "SyncTestClient.h"
#include "TimelineModel.h"
#include "TodoAlerts.h"
#include "TodoCenter.h"
#include "TodoListModel.h"
#include "Translator.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using quickprobe::unnamedControls;
using tack::ui::AppSession;
using tack::ui::TimelineModel;
using tack::ui::TodoAlerts;
using tack::ui::TodoListModel;

namespace {

const QString kChat = QStringLiteral("release-0-3");
const QString kPassword = QStringLiteral("tack-demo");
constexpr int kWaitMs = 30000;
constexpr qint64 kHourMs = 60 * 60 * 1000;

} // namespace

class TestUiTodos : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    DesktopApp m_app;
    QString m_todo;    // made from m_message
    QString m_message; // in kChat

    // Starts the app as main() does, signed in as wangfang: the session restores the account from the
    // profile (or signs in), then the window loads. `beforeRestore` runs between creating the session and
    // restoring it.
    void startApp(const std::function<void(AppSession &)> &beforeRestore = {})
    {
        DesktopApp::Options options;
        options.server = m_server.url().toString();
        options.login = QStringLiteral("wangfang");
        options.password = kPassword;
        options.beforeRestore = beforeRestore;
        QVERIFY2(m_app.start(options), qPrintable(m_app.errorString()));
    }

    template <typename T = QQuickItem> T *find(const char *name) const
    {
        return m_app.window()->findChild<T *>(QString::fromLatin1(name));
    }
    // A visible item by object name, popups included (the overlay is a child of the window's root item).
    QQuickItem *visibleItem(const char *name) const
    {
        return quickprobe::findVisibleItem(m_app.window()->contentItem(), QString::fromLatin1(name));
    }

    TimelineModel *timeline() const
    {
        QQuickItem *view = find("timeline");
        return view ? qobject_cast<TimelineModel *>(view->property("model").value<QObject *>()) : nullptr;
    }
    TodoListModel *shownTodos() const
    {
        QQuickItem *list = visibleItem("todoList");
        return list ? qobject_cast<TodoListModel *>(list->property("model").value<QObject *>()) : nullptr;
    }
    void click(QQuickItem *item)
    {
        QVERIFY(item);
        QVERIFY(QMetaObject::invokeMethod(item, "clicked"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo({QStringLiteral("--calendar-listen"), QStringLiteral("127.0.0.1:0"),
                                     QStringLiteral("--escalate-overdue-after-minutes"), QStringLiteral("60"),
                                     QStringLiteral("--fault-escalation-check-ms"), QStringLiteral("50")}),
                 qPrintable(m_server.errorString()));
        startApp();
    }

    void makesATodoFromAChatMessage()
    {
        m_app.session()->showChat(kChat);
        QTRY_VERIFY_WITH_TIMEOUT(timeline() && timeline()->rowCount() > 0, kWaitMs);
        m_message = m_app.session()->send(
            kChat, QStringLiteral("Can someone check the crash report from build 412?"));
        QVERIFY(!m_message.isEmpty());
        QTRY_VERIFY(timeline()->rowOf(m_message) >= 0);

        // "Make todo…" on the message opens the editor over the chat with the message's text as title.
        QObject *chatView = find<QObject>("chatView");
        QVERIFY(chatView);
        QVERIFY(QMetaObject::invokeMethod(
            chatView, "makeTodo", Q_ARG(QString, m_message),
            Q_ARG(QString, QStringLiteral("Can someone check the crash report from build 412?"))));
        QObject *editor = find<QObject>("chatTodoEditor");
        QVERIFY(editor);
        QTRY_VERIFY(editor->property("opened").toBool());
        QQuickItem *title = visibleItem("todoTitle");
        QVERIFY(title);
        QCOMPARE(title->property("text").toString(),
                 QStringLiteral("Can someone check the crash report from build 412?"));
        title->setProperty("text", QStringLiteral("Check the crash report of build 412"));
        const QStringList unnamed = unnamedControls(quickprobe::overlay(m_app.window()));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QQuickItem *save = visibleItem("todoSave");
        QVERIFY(save && save->isEnabled());
        click(save);
        QTRY_VERIFY(!editor->property("visible").toBool());

        // The message shows the todo mark, linked to the new todo.
        QTRY_VERIFY(!timeline()
                         ->index(timeline()->rowOf(m_message))
                         .data(TimelineModel::TodoMarkRole)
                         .toString()
                         .isEmpty());
        m_todo = timeline()->index(timeline()->rowOf(m_message)).data(TimelineModel::TodoMarkRole).toString();
        QTRY_VERIFY(visibleItem("todoMark"));
        const auto stored = m_app.session()->store()->replica().todo(m_todo);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Check the crash report of build 412"));
        QCOMPARE(stored->message, m_message);
        QCOMPARE(stored->conversation, kChat);
        // Confirmed by the server, which marked the message for every member.
        QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->store()->replica().todoForMessage(m_message), m_todo,
                                  kWaitMs);
    }

    void theMarkOpensTheTodoAndTheTodoLeadsBackToTheMessage()
    {
        click(visibleItem("todoMark"));
        QQuickItem *page = find("todosPage");
        QTRY_VERIFY(page && page->isVisible());
        QObject *editor = find<QObject>("todoEditor");
        QVERIFY(editor);
        QTRY_VERIFY(editor->property("opened").toBool());
        QCOMPARE(editor->property("todoId").toString(), m_todo);
        QMetaObject::invokeMethod(editor, "close");
        QTRY_VERIFY(!editor->property("visible").toBool());

        // No due date: the todo is among the upcoming ones, with a link to its message.
        click(visibleItem("sectionUpcoming"));
        QTRY_VERIFY(shownTodos() && shownTodos()->rowOf(m_todo) >= 0);
        QTRY_VERIFY(visibleItem("todoSource"));
        click(visibleItem("todoSource"));
        QTRY_VERIFY(find("chatView")->isVisible());
        QCOMPARE(find<QObject>("timeline")->property("highlightedId").toString(), m_message);
    }

    void ticksATodoOff()
    {
        click(find("todosButton"));
        click(visibleItem("sectionUpcoming"));
        QTRY_VERIFY(shownTodos() && shownTodos()->rowOf(m_todo) >= 0);
        QQuickItem *box = visibleItem("todoDone");
        QVERIFY(box);
        QVERIFY(QMetaObject::invokeMethod(box, "toggle"));
        QVERIFY(QMetaObject::invokeMethod(box, "toggled"));
        QTRY_COMPARE(shownTodos()->rowOf(m_todo), -1);
        click(visibleItem("sectionDone"));
        QTRY_VERIFY(shownTodos()->rowOf(m_todo) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            shownTodos()->index(shownTodos()->rowOf(m_todo)).data(TodoListModel::PendingRole).toBool(), false,
            kWaitMs);
        QVERIFY(m_app.session()->store()->replica().todo(m_todo)->done);
    }

    void showsTheCalendarFeedAddress()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app.session()->todos()->calendarUrl().contains(QLatin1String("/calendar/")), kWaitMs);
        const QString url = m_app.session()->todos()->calendarUrl();
        QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")) && url.endsWith(QLatin1String(".ics")),
                 qPrintable(url));
        QQuickItem *field = visibleItem("calendarUrl");
        QVERIFY(field);
        QCOMPARE(field->property("text").toString(), url);
        QVERIFY(visibleItem("copyCalendarUrl")->isEnabled());
    }

    void replacesTheCalendarFeedAddress()
    {
        auto *todos = m_app.session()->todos();
        QTRY_VERIFY_WITH_TIMEOUT(!todos->calendarUrl().isEmpty(), kWaitMs);
        const QString oldUrl = todos->calendarUrl();
        QQuickItem *reset = visibleItem("resetCalendarUrl");
        QVERIFY(reset);
        QTRY_VERIFY(reset->isEnabled()); // online
        QVERIFY(!visibleItem("calendarResetOffline"));

        // Arabic first: the confirmation mirrors (the confirm button left of Cancel), every control named.
        m_app.translator()->setCode(QStringLiteral("ar"));
        click(reset);
        QTRY_VERIFY(visibleItem("calendarResetExplanation"));
        QQuickItem *confirm = visibleItem("calendarResetConfirm");
        QQuickItem *cancel = visibleItem("calendarResetCancel");
        QVERIFY(confirm && cancel);
        QTRY_VERIFY(confirm->mapToScene({0, 0}).x() < cancel->mapToScene({0, 0}).x());
        const QStringList unnamed = unnamedControls(quickprobe::overlay(m_app.window()));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        m_app.screenshot(QStringLiteral("todos-calendar-reset-ar.png"));
        click(cancel);
        QTRY_VERIFY(!visibleItem("calendarResetExplanation"));
        m_app.translator()->setCode(QStringLiteral("en"));
        QCOMPARE(todos->calendarUrl(), oldUrl); // cancelled: nothing changed

        click(visibleItem("resetCalendarUrl"));
        QTRY_VERIFY(visibleItem("calendarResetConfirm"));
        QTRY_VERIFY(visibleItem("calendarResetConfirm")->mapToScene({0, 0}).x() >
                    visibleItem("calendarResetCancel")->mapToScene({0, 0}).x());
        click(visibleItem("calendarResetConfirm"));
        // Once the server acknowledges, the new address is fetched: same user, another token.
        QTRY_VERIFY_WITH_TIMEOUT(!todos->calendarUrl().isEmpty() && todos->calendarUrl() != oldUrl, kWaitMs);
        QVERIFY(!todos->calendarResetting());
        const QString newUrl = todos->calendarUrl();
        QCOMPARE(newUrl.section(QLatin1Char('/'), 0, -2), oldUrl.section(QLatin1Char('/'), 0, -2));
        QVERIFY(newUrl.endsWith(QLatin1String(".ics")));
        QTRY_COMPARE(visibleItem("calendarUrl")->property("text").toString(), newUrl);
    }

    void escalationReachesTheManager()
    {
        QSignalSpy escalated(m_app.session()->todos()->alerts(), &TodoAlerts::escalationArrived);
        SyncTestClient sunli;
        QString error;
        QVERIFY2(sunli.login(m_server.url(), QStringLiteral("sunli"), kPassword, &error), qPrintable(error));
        const qint64 hejun = sunli.reader().userByLogin(QStringLiteral("hejun"))->id;
        QCborMap fields;
        fields.insert(QLatin1String("assignees"), QCborArray{hejun});
        fields.insert(QLatin1String("due"), QDateTime::currentMSecsSinceEpoch() - 3 * kHourMs);
        fields.insert(QLatin1String("priority"), 2);
        QVERIFY(!sunli.session().createTodo(QStringLiteral("Profile the QML start-up"), fields).isEmpty());
        QVERIFY(sunli.waitSettled());
        QTRY_COMPARE_WITH_TIMEOUT(escalated.size(), 1, kWaitMs);
        QTRY_VERIFY(visibleItem("sectionEscalated"));
        QTRY_VERIFY(visibleItem("todoAlert"));
    }

    void screenshotsOfTheTodosPage()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 sunli = m_app.session()->store()->userIdOf(QStringLiteral("sunli"));
        const qint64 amina = m_app.session()->store()->userIdOf(QStringLiteral("amina"));
        const QDateTime endOfDay(QDate::currentDate().addDays(1), QTime(0, 0));
        const qint64 laterToday = std::min(now + kHourMs, endOfDay.toMSecsSinceEpoch() - 60000);
        auto &todos = *m_app.session()->todos();
        QVERIFY(!todos
                     .create({{"title", "Review the tray icon pull request"},
                              {"due", double(laterToday)},
                              {"priority", 3}})
                     .isEmpty());
        QVERIFY(!todos
                     .create({{"title", "Write the 0.3 release notes 发布说明"},
                              {"due", double(laterToday)},
                              {"priority", 1},
                              {"assignees", QVariantList{double(m_app.session()->userId()), double(amina)}}})
                     .isEmpty());
        QVERIFY(!todos.create({{"title", "Send the sprint minutes"}, {"due", double(now - 26 * kHourMs)}})
                     .isEmpty());
        QVERIFY(!todos
                     .create({{"title", "Fix the crash on logout"},
                              {"assignees", QVariantList{double(sunli)}},
                              {"due", double(now + 50 * kHourMs)},
                              {"priority", 2}})
                     .isEmpty());
        click(find("todosButton"));
        click(visibleItem("sectionToday"));
        QTRY_VERIFY(shownTodos() && shownTodos()->rowCount() >= 1);
        QTRY_VERIFY(!m_app.session()->todos()->calendarUrl().isEmpty());
        const QStringList unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        m_app.screenshot(QStringLiteral("todos.png"));
        m_app.translator()->setCode(QStringLiteral("ar"));
        m_app.screenshot(QStringLiteral("todos-ar.png"));
        click(visibleItem("sectionAssigned"));
        QTRY_VERIFY(shownTodos() && shownTodos()->rowCount() >= 1);
        m_app.screenshot(QStringLiteral("todos-assigned-ar.png"));
        m_app.translator()->setCode(QStringLiteral("en"));
    }

    // The due date's calendar in the todo editor: opens on the typed day, the keyboard crosses into the next
    // month, Enter puts the day into the field (the end of the working day, no time typed), Clear empties it.
    void picksTheDueDayInACalendar()
    {
        click(find("todosButton"));
        click(visibleItem("newTodo"));
        QObject *editor = find<QObject>("todoEditor");
        QTRY_VERIFY(editor && editor->property("opened").toBool());
        // The editor's field, not the rows' due labels of the same name.
        QQuickItem *due = quickprobe::findVisibleItem(editor->property("contentItem").value<QQuickItem *>(),
                                                      QStringLiteral("todoDue"));
        QVERIFY(due);
        QQuickItem *dateInput = quickprobe::findVisibleItem(due, QStringLiteral("dateInput"));
        QQuickItem *clockInput = quickprobe::findVisibleItem(due, QStringLiteral("clockInput"));
        QQuickItem *button = quickprobe::findVisibleItem(due, QStringLiteral("dateCalendarButton"));
        QVERIFY(dateInput);
        QVERIFY(clockInput);
        QVERIFY(button);
        dateInput->setProperty("text", QStringLiteral("2026-11-30"));
        clockInput->setProperty("text", QString());

        auto *picker = button->property("popup").value<QObject *>();
        QVERIFY(picker);
        click(button);
        QTRY_VERIFY(picker->property("opened").toBool());
        QCOMPARE(picker->property("cursorText").toString(), QStringLiteral("2026-11-30"));
        QQuickItem *grid = visibleItem("monthGrid");
        QVERIFY(grid);
        QTRY_VERIFY(grid->hasActiveFocus());
        QTest::keyClick(m_app.window(), Qt::Key_Right);
        QCOMPARE(picker->property("cursorText").toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(visibleItem("monthTitle")->property("text").toString(), QStringLiteral("December 2026"));
        const QStringList unnamed = unnamedControls(quickprobe::overlay(m_app.window()));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        m_app.screenshot(QStringLiteral("todo-date-picker.png"));
        QTest::keyClick(m_app.window(), Qt::Key_Return);
        QTRY_VERIFY(!picker->property("opened").toBool());
        QCOMPARE(dateInput->property("text").toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(due->property("value").toDouble(),
                 double(QDateTime(QDate(2026, 12, 1), QTime(17, 0)).toMSecsSinceEpoch()));

        // Theme colours: the dark theme too. Escape closes without a choice.
        m_app.session()->setDarkMode(true);
        click(button);
        QTRY_VERIFY(picker->property("opened").toBool());
        m_app.screenshot(QStringLiteral("todo-date-picker-dark.png"));
        QTest::keyClick(m_app.window(), Qt::Key_Escape);
        QTRY_VERIFY(!picker->property("opened").toBool());
        QCOMPARE(dateInput->property("text").toString(), QStringLiteral("2026-12-01"));
        m_app.session()->setDarkMode(false);

        // In Arabic the calendar mirrors (checked in tst_components); the screenshot shows it over the
        // editor.
        m_app.translator()->setCode(QStringLiteral("ar"));
        click(button);
        QTRY_VERIFY(picker->property("opened").toBool());
        // Under the button's right edge, growing to the left.
        QQuickItem *popupItem = picker->property("contentItem").value<QQuickItem *>()->parentItem();
        QVERIFY(popupItem);
        QTRY_COMPARE(qRound(popupItem->mapToScene({popupItem->width(), 0}).x()),
                     qRound(button->mapToScene({button->width(), 0}).x()));
        m_app.screenshot(QStringLiteral("todo-date-picker-ar.png"));
        click(visibleItem("clearDateButton"));
        QTRY_VERIFY(!picker->property("opened").toBool());
        QCOMPARE(dateInput->property("text").toString(), QString());
        QCOMPARE(due->property("value").toDouble(), 0.0);
        m_app.translator()->setCode(QStringLiteral("en"));
        QMetaObject::invokeMethod(editor, "close");
        QTRY_VERIFY(!editor->property("visible").toBool());
    }

    void aReminderThatPassedWhileClosedRingsOnStartOnce()
    {
        m_app.stop();
        // While the app is closed, another device of wangfang's adds a todo whose reminder has passed.
        SyncTestClient laptop;
        QString error;
        QVERIFY2(laptop.login(m_server.url(), QStringLiteral("wangfang"), kPassword, &error),
                 qPrintable(error));
        QCborMap fields;
        fields.insert(QLatin1String("remind"), QDateTime::currentMSecsSinceEpoch() - 5 * 60 * 1000);
        const QString todo = laptop.session().createTodo(QStringLiteral("Renew the TLS certificate"), fields);
        QVERIFY(laptop.waitSettled());

        std::unique_ptr<QSignalSpy> reminded;
        startApp([&](AppSession &session) {
            reminded = std::make_unique<QSignalSpy>(session.todos()->alerts(), &TodoAlerts::reminderDue);
        });
        QTRY_COMPARE_WITH_TIMEOUT(reminded->size(), 1, kWaitMs);
        QCOMPARE(reminded->at(0).at(0).toString(), todo);
        QCOMPARE(reminded->at(0).at(1).toString(), QStringLiteral("Renew the TLS certificate"));
        QTRY_VERIFY(visibleItem("todoAlert"));
        // Opening it from the alert shows the todo.
        click(visibleItem("todoAlertOpen"));
        QObject *editor = find<QObject>("todoEditor");
        QTRY_VERIFY(editor && editor->property("opened").toBool());
        QCOMPARE(editor->property("todoId").toString(), todo);
        QMetaObject::invokeMethod(editor, "close");

        // Another restart: caught up, checked, and nothing rings again.
        m_app.stop();
        startApp([&](AppSession &session) {
            reminded = std::make_unique<QSignalSpy>(session.todos()->alerts(), &TodoAlerts::reminderDue);
        });
        QTRY_VERIFY_WITH_TIMEOUT(m_app.session()->store()->replica().todo(todo).has_value(), kWaitMs);
        m_app.session()->todos()->alerts()->check();
        QCOMPARE(reminded->size(), 0);
        QVERIFY(!visibleItem("todoAlert"));
    }

    void cleanupTestCase() { m_app.stop(); }
};

QTEST_MAIN(TestUiTodos)
#include "tst_ui_todos.moc"
