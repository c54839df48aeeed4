// End to end: a real tack-server with the demo organisation, the real desktop window (Tack.App's Main.qml
// with the same wiring as app/desktop), and the real tack-cli as the other person in the chat.
// Screenshots (light, dark, Chinese, Arabic) go to <build>/screenshots.

#include "AppSession.h"
#include "AuditLogModel.h"
#include "CliRunner.h"
#include "DesktopApp.h"
#include "OrgAdministration.h"
#include "PeopleListModel.h"
#include "QuickWindowProbe.h"
#include "ServerProcess.h"
#include "StoreReader.h"
#include "TimelineModel.h"
#include "Translator.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using quickprobe::findItem;
using quickprobe::unnamedControls;
using tack::ui::AppSession;
using tack::ui::PeopleListModel;
using tack::ui::TimelineModel;

namespace {

const QString kChat = QStringLiteral("release-0-3");
constexpr int kWaitMs = 30000;

} // namespace

class TestDesktopEndToEnd : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_cliProfile;
    DesktopApp m_app;

    CliRunner cli() const { return CliRunner(m_cliProfile.path(), QStringLiteral("tack-demo")); }

    template <typename T = QQuickItem> T *find(const char *name) const
    {
        return m_app.window()->findChild<T *>(QString::fromLatin1(name));
    }

    TimelineModel *timeline() const
    {
        QQuickItem *view = find("timeline");
        return view ? qobject_cast<TimelineModel *>(view->property("model").value<QObject *>()) : nullptr;
    }

    // Row 0 holds the newest message.
    QString newestText() const
    {
        TimelineModel *model = timeline();
        return model && model->rowCount() > 0 ? model->index(0).data(TimelineModel::TextRole).toString()
                                              : QString();
    }
    QString newestState() const
    {
        TimelineModel *model = timeline();
        return model && model->rowCount() > 0 ? model->index(0).data(TimelineModel::StateRole).toString()
                                              : QString();
    }

    void typeAndSend(const QString &text)
    {
        QQuickItem *input = find("composerInput");
        QVERIFY(input);
        input->setProperty("text", text);
        input->forceActiveFocus();
        QTRY_VERIFY(input->hasActiveFocus());
        QTest::keyClick(m_app.window(), Qt::Key_Return);
        QTRY_COMPARE(input->property("text").toString(), QString());
    }

private slots:
    void initTestCase()
    {
        // wss:// with the self-signed test certificate: the login page must offer to trust it.
        const QString tls = QStringLiteral(TACK_TEST_DATA_DIR "/tls/");
        QVERIFY2(m_server.startDemo({QStringLiteral("--tls-cert"), tls + QStringLiteral("server.crt"),
                                     QStringLiteral("--tls-key"), tls + QStringLiteral("server.key")}),
                 qPrintable(m_server.errorString()));
        QVERIFY(m_cliProfile.isValid());
        DesktopApp::Options options; // signs in through the login page below
        options.activate = true;
        QVERIFY2(m_app.start(options), qPrintable(m_app.errorString()));

        const CliResult login =
            cli().run({QStringLiteral("login"), m_server.url().toString(), QStringLiteral("zhangwei"),
                       QStringLiteral("--trust-cert"), QStringLiteral(TACK_TEST_DATA_DIR "/tls/server.crt")});
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    }

    void signsInThroughTheLoginPage()
    {
        QQuickItem *server = find("serverField");
        QVERIFY(server);
        server->setProperty("text", m_server.url().toString());
        find("loginField")->setProperty("text", QStringLiteral("wangfang"));
        find("passwordField")->setProperty("text", QStringLiteral("tack-demo"));
        QMetaObject::invokeMethod(find("signInButton"), "clicked");
        // The self-signed certificate is refused and its fingerprint shown until the person trusts it.
        QTRY_VERIFY_WITH_TIMEOUT(!m_app.session()->untrustedFingerprint().isEmpty(), kWaitMs);
        QCOMPARE(m_app.session()->status(), AppSession::Status::SignedOut);
        QQuickItem *fingerprint = find("certificateFingerprint");
        QVERIFY(fingerprint);
        QTRY_VERIFY(fingerprint->isVisible());
        QCOMPARE(fingerprint->property("text").toString(), m_app.session()->untrustedFingerprint());
        m_app.screenshot(QStringLiteral("login-untrusted-certificate.png"));
        QMetaObject::invokeMethod(find("trustCertificateButton"), "clicked");
        QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->status(), AppSession::Status::SignedIn, kWaitMs);
        QVERIFY(m_app.session()->untrustedFingerprint().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->connection(), QStringLiteral("online"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            find("conversationList") && find("conversationList")->property("count").toInt() > 0, kWaitMs);
    }

    void sendsAMessageTheCliReceives()
    {
        m_app.session()->showChat(kChat);
        QTRY_VERIFY(timeline() && timeline()->rowCount() > 0);
        const QString text =
            QStringLiteral("Desktop says hi 桌面 %1").arg(QDateTime::currentMSecsSinceEpoch());
        typeAndSend(text);
        QTRY_COMPARE(newestText(), text);
        QTRY_COMPARE_WITH_TIMEOUT(newestState(), QStringLiteral("sent"), kWaitMs);

        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen = cli()
                                             .run({QStringLiteral("messages"), kChat,
                                                   QStringLiteral("--limit"), QStringLiteral("5")})
                                             .out)
                                     .contains(text),
                                 kWaitMs);
    }

    void showsTheCliReply()
    {
        const QString reply = QStringLiteral("Reply from the CLI 收到");
        const CliResult sent = cli().run({QStringLiteral("send"), kChat, reply});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QTRY_COMPARE_WITH_TIMEOUT(newestText(), reply, kWaitMs);
        m_app.screenshot(QStringLiteral("desktop-light.png"));
    }

    void everyVisibleControlHasAnAccessibleName()
    {
        QStringList unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        QMetaObject::invokeMethod(find("settingsButton"), "clicked");
        QObject *settings = m_app.window()->findChild<QObject *>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QTRY_VERIFY(settings->property("opened").toBool());
        unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QMetaObject::invokeMethod(settings, "close");
        QTRY_VERIFY(!settings->property("visible").toBool());

        m_app.window()->requestActivate();
        QTRY_VERIFY(m_app.window()->isActive());
        QTest::keyClick(m_app.window(), Qt::Key_K, Qt::ControlModifier);
        QObject *switcher = m_app.window()->findChild<QObject *>(QStringLiteral("quickSwitcher"));
        QVERIFY(switcher);
        QTRY_VERIFY(switcher->property("opened").toBool());
        unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QMetaObject::invokeMethod(switcher, "close");
        QTRY_VERIFY(!switcher->property("visible").toBool());
    }

    void dingAlertRingsUntilConfirmed()
    {
        const QString text = QStringLiteral("Server maintenance tonight 今晚停机 — please confirm");
        const CliResult sent = cli().run({QStringLiteral("send"), kChat, text});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const QString id = sent.out.trimmed();
        const CliResult ding =
            cli().run({QStringLiteral("ding"), id, QStringLiteral("--to"), QStringLiteral("wangfang")});
        QVERIFY2(ding.exitCode == 0, qPrintable(ding.err));

        auto *alert = m_app.window()->findChild<QQuickWindow *>(QStringLiteral("dingAlert"));
        QVERIFY(alert);
        QTRY_VERIFY_WITH_TIMEOUT(alert->isVisible(), kWaitMs);
        QVERIFY(alert->flags() & Qt::WindowStaysOnTopHint);
        QVERIFY(QTest::qWaitForWindowExposed(alert));
        QTRY_VERIFY(findItem(alert->contentItem(), QStringLiteral("dingConfirm")));
        const QStringList unnamed = unnamedControls(alert->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        m_app.screenshot(QStringLiteral("desktop-ding-alert.png"), alert);
        m_app.translator()->setCode(QStringLiteral("ar")); // a window of its own mirrors too
        m_app.screenshot(QStringLiteral("desktop-ding-alert-ar.png"), alert);
        m_app.translator()->setCode(QStringLiteral("en"));

        QMetaObject::invokeMethod(findItem(alert->contentItem(), QStringLiteral("dingConfirm")), "clicked");
        QTRY_VERIFY(!alert->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            cli().run({QStringLiteral("dings"), id}).out.contains(QStringLiteral("confirmed")), kWaitMs);
    }

    void dingDialogSendsAndShowsWhoConfirmed()
    {
        TimelineModel *model = timeline();
        QString ownId;
        QString ownText;
        for (int row = 0; row < model->rowCount() && ownId.isEmpty(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(TimelineModel::OwnRole).toBool() &&
                index.data(TimelineModel::StateRole).toString() == QLatin1String("sent")) {
                ownId = index.data(TimelineModel::MessageIdRole).toString();
                ownText = index.data(TimelineModel::TextRole).toString();
            }
        }
        QVERIFY(!ownId.isEmpty());
        QObject *dialog = m_app.window()->findChild<QObject *>(QStringLiteral("dingDialog"));
        QVERIFY(dialog);
        QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QString, kChat), Q_ARG(QString, ownId),
                                  Q_ARG(QString, ownText));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(!dialog->property("statusView").toBool());
        find("dingSearch")->setProperty("text", QStringLiteral("Zhang"));
        QMetaObject::invokeMethod(find("dingSelectAll"), "toggle");
        QMetaObject::invokeMethod(find("dingSelectAll"), "toggled");
        m_app.screenshot(QStringLiteral("desktop-ding-dialog.png"));
        const QStringList unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QTRY_VERIFY(find("dingSend")->isEnabled());
        QMetaObject::invokeMethod(find("dingSend"), "clicked");
        QTRY_VERIFY(!dialog->property("visible").toBool());

        QTRY_VERIFY_WITH_TIMEOUT(cli().run({QStringLiteral("dings")}).out.contains(ownId.left(8)), kWaitMs);
        const CliResult confirm = cli().run({QStringLiteral("ding"), QStringLiteral("confirm"), ownId});
        QVERIFY2(confirm.exitCode == 0, qPrintable(confirm.err));
        QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QString, kChat), Q_ARG(QString, ownId),
                                  Q_ARG(QString, ownText));
        QVERIFY(dialog->property("statusView").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            find("dingCounts")->property("text").toString().startsWith(QLatin1String("1 confirmed")),
            kWaitMs);
        m_app.screenshot(QStringLiteral("desktop-ding-status.png"));
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        m_app.window()->requestActivate();
        QTRY_VERIFY(m_app.window()->isActive());
    }

    void themesAndLanguages()
    {
        m_app.session()->setDarkMode(true);
        m_app.screenshot(QStringLiteral("desktop-dark.png"));
        m_app.session()->setDarkMode(false);

        m_app.translator()->setCode(QStringLiteral("zh_CN"));
        QCOMPARE(m_app.window()->title().left(4), QStringLiteral("Tack"));
        m_app.screenshot(QStringLiteral("desktop-zh_CN.png"));

        m_app.translator()->setCode(QStringLiteral("ar"));
        QVERIFY(m_app.translator()->rightToLeft());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        m_app.screenshot(QStringLiteral("desktop-ar.png"));
        m_app.translator()->setCode(QStringLiteral("en"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    // wangfang owns the demo org: the rail offers the audit log, which lists the server's entries (demo
    // groups, sign-ins) and exports them.
    void auditLogPageForTheOwner()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_app.session()->orgAdmin(), kWaitMs);
        QQuickItem *button = find("auditButton");
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QMetaObject::invokeMethod(button, "clicked");
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = findItem(m_app.window()->contentItem(), QStringLiteral("auditList"))));
        auto *model = qobject_cast<tack::ui::AuditLogModel *>(list->property("model").value<QObject *>());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, kWaitMs);
        QVERIFY2(model->error().isEmpty(), qPrintable(model->error()));
        QVERIFY(!find("chatView")->isVisible());
        m_app.screenshot(QStringLiteral("desktop-audit.png"));
        QQuickItem *actionBox = findItem(m_app.window()->contentItem(), QStringLiteral("auditActionBox"));
        QVERIFY(actionBox);
        QCOMPARE(actionBox->property("displayText").toString(), QStringLiteral("All actions"));
        m_app.translator()->setCode(QStringLiteral("ar"));
        // The filter's texts follow the language (they used to stay English).
        QTRY_VERIFY(actionBox->property("displayText").toString() != QStringLiteral("All actions"));
        QVERIFY(!actionBox->property("displayText").toString().isEmpty());
        m_app.screenshot(QStringLiteral("desktop-audit-ar.png"));
        m_app.translator()->setCode(QStringLiteral("en"));
        QTRY_COMPARE(actionBox->property("displayText").toString(), QStringLiteral("All actions"));

        QTemporaryDir out;
        QSignalSpy exported(model, &tack::ui::AuditLogModel::exportFinished);
        model->exportCsv(QUrl::fromLocalFile(out.filePath(QStringLiteral("audit.csv"))));
        QVERIFY(exported.wait(kWaitMs));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile csv(out.filePath(QStringLiteral("audit.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("seq,at,actor"));

        m_app.session()->showChat(kChat); // back to the chats
        QTRY_VERIFY(find("chatView")->isVisible());
    }

    // The Directory: find 张伟 by initials, his profile and org chart, then DING him from his card; the CLI
    // (signed in as zhangwei) sees the DING.
    void directorySearchProfileOrgChartAndDing()
    {
        QMetaObject::invokeMethod(find("directoryButton"), "clicked");
        QTRY_VERIFY(find("directoryPage") && find("directoryPage")->isVisible());
        QQuickItem *page = find("directoryPage");
        QQuickItem *list = find("peopleList");
        QVERIFY(list);
        QTRY_VERIFY(list->property("count").toInt() > 0); // the first department's people
        find("directorySearch")->setProperty("text", QStringLiteral("zw"));
        auto *people = qobject_cast<QAbstractItemModel *>(list->property("model").value<QObject *>());
        QVERIFY(people);
        QTRY_VERIFY(people->rowCount() > 0 &&
                    people->index(0, 0).data(Qt::DisplayRole).toString() == QStringLiteral("张伟"));
        const double zhangwei = people->index(0, 0).data(PeopleListModel::UserIdRole).toDouble();
        QVERIFY(zhangwei > 0);
        if (!QMetaObject::invokeMethod(page, "openPerson", Q_ARG(double, zhangwei)))
            QVERIFY(QMetaObject::invokeMethod(page, "openPerson", Q_ARG(QVariant, zhangwei)));
        QTRY_COMPARE(find("profileName")->property("text").toString(), QStringLiteral("张伟"));
        // Only the CLI signs in as zhangwei, for one command at a time.
        QTRY_COMPARE(find("profilePresence")->property("text").toString(), QStringLiteral("Offline"));
        m_app.screenshot(QStringLiteral("desktop-directory.png"));
        m_app.session()->setDarkMode(true);
        m_app.screenshot(QStringLiteral("desktop-directory-dark.png"));
        m_app.session()->setDarkMode(false);
        m_app.translator()->setCode(QStringLiteral("zh_CN"));
        m_app.screenshot(QStringLiteral("desktop-directory-zh_CN.png"));
        m_app.translator()->setCode(QStringLiteral("ar"));
        m_app.screenshot(QStringLiteral("desktop-directory-ar.png"));
        m_app.translator()->setCode(QStringLiteral("en"));

        QMetaObject::invokeMethod(find("orgChartButton"), "clicked");
        QTRY_VERIFY(find("orgChartList")->isVisible());
        QTRY_VERIFY(find("orgChartList")->property("count").toInt() >= 3); // his manager, him, his reports
        m_app.screenshot(QStringLiteral("desktop-org-chart.png"));
        QMetaObject::invokeMethod(find("closeOrgChart"), "clicked");

        // DING from the card: the direct chat opens in DING mode and the next message is DINGed to him.
        QMetaObject::invokeMethod(find("dingButton"), "clicked");
        QTRY_COMPARE(find("chatTitle")->property("text").toString(), QStringLiteral("张伟"));
        QTRY_VERIFY(find("dingModeBar")->isVisible());
        const QString text =
            QStringLiteral("Please sign the release checklist %1").arg(QDateTime::currentMSecsSinceEpoch());
        typeAndSend(text);
        QTRY_VERIFY(!find("dingModeBar")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(cli().run({QStringLiteral("dings")}).out.contains(text), kWaitMs);
        m_app.session()->showChat(kChat); // the tests below work in the release chat
        QTRY_VERIFY(find("chatTitle")->property("text").toString() != QStringLiteral("张伟"));
    }

    // Administration (wangfang owns the demo org): every page walked for accessible names and photographed;
    // a person added through the People page's dialog signs in with the CLI; deactivating them through the
    // confirmation reaches the server; the Arabic audit filter follows the language.
    void administrationAddsAndDeactivatesAPerson()
    {
        QQuickItem *button = find("adminButton");
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QMetaObject::invokeMethod(button, "clicked");
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = findItem(m_app.window()->contentItem(), QStringLiteral("adminPage"))) &&
                    page->isVisible());
        auto *admin = m_app.session()->administration();
        QVERIFY(admin);
        QQuickItem *people = findItem(page, QStringLiteral("peopleAdmin"));
        QVERIFY(people);
        QTRY_VERIFY(findItem(people, QStringLiteral("adminPeopleList"))->property("count").toInt() > 0);
        QStringList unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // Add 李雷 through the dialog.
        QMetaObject::invokeMethod(findItem(people, QStringLiteral("addPersonButton")), "clicked");
        QObject *editor = page->findChild<QObject *>(QStringLiteral("personEditor"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->property("opened").toBool());
        auto field = [&](const char *name) { // in the scrolled form or in the footer
            for (const char *part : {"contentItem", "footer"}) {
                auto *root = qobject_cast<QQuickItem *>(editor->property(part).value<QObject *>());
                if (QQuickItem *item = findItem(root, QString::fromLatin1(name)))
                    return item;
            }
            return static_cast<QQuickItem *>(nullptr);
        };
        QVERIFY(field("personLogin"));
        field("personLogin")->setProperty("text", QStringLiteral("lilei"));
        field("personName")->setProperty("text", QStringLiteral("李雷"));
        field("personTitle")->setProperty("text", QStringLiteral("Database Engineer"));
        field("personEmail")->setProperty("text", QStringLiteral("lilei@xinghe.example"));
        field("personPassword")->setProperty("text", QStringLiteral("lilei-initial-1"));
        QMetaObject::invokeMethod(field("personAddDepartment"), "clicked"); // the first department
        unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        m_app.screenshot(QStringLiteral("admin-person-editor.png"));
        QMetaObject::invokeMethod(field("personSave"), "clicked");
        QTRY_VERIFY_WITH_TIMEOUT(!editor->property("visible").toBool(), kWaitMs);
        QVERIFY2(admin->error().isEmpty(), qPrintable(admin->error()));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.session()->store()->userIdOf(QStringLiteral("lilei")) > 0, kWaitMs);
        const double lilei = m_app.session()->store()->userIdOf(QStringLiteral("lilei"));
        QTemporaryDir lileiProfile;
        const CliResult signedIn =
            CliRunner(lileiProfile.path(), QStringLiteral("lilei-initial-1"))
                .run({QStringLiteral("login"), m_server.url().toString(), QStringLiteral("lilei"),
                      QStringLiteral("--trust-cert"), QStringLiteral(TACK_TEST_DATA_DIR "/tls/server.crt")});
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.err));

        // Find him and deactivate him: the confirmation says what happens.
        findItem(people, QStringLiteral("adminPeopleSearch"))->setProperty("text", QStringLiteral("lilei"));
        QTRY_COMPARE(findItem(people, QStringLiteral("adminPeopleList"))->property("count").toInt(), 1);
        people->setProperty("currentPerson", lilei);
        QTRY_COMPARE(findItem(people, QStringLiteral("adminPersonName"))->property("text").toString(),
                     QStringLiteral("李雷"));
        m_app.screenshot(QStringLiteral("admin-people.png"));
        m_app.translator()->setCode(QStringLiteral("ar"));
        m_app.screenshot(QStringLiteral("admin-people-ar.png"));
        m_app.translator()->setCode(QStringLiteral("en"));
        QMetaObject::invokeMethod(findItem(people, QStringLiteral("deactivateButton")), "clicked");
        QObject *confirm = page->findChild<QObject *>(QStringLiteral("deactivateDialog"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->property("opened").toBool());
        unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        m_app.screenshot(QStringLiteral("admin-deactivate.png"));
        QQuickItem *confirmContent =
            qobject_cast<QQuickItem *>(confirm->property("contentItem").value<QObject *>());
        QVERIFY(findItem(confirmContent, QStringLiteral("deactivateExplanation"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("signed out on every device")));
        QMetaObject::invokeMethod(findItem(confirmContent, QStringLiteral("deactivateConfirm")), "clicked");
        QTRY_VERIFY(!confirm->property("visible").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_app.session()->store()->replica().userByLogin(QStringLiteral("lilei"))->active, kWaitMs);
        const ServerProcess::Run listed =
            ServerProcess::run({QStringLiteral("admin"), QStringLiteral("people"), QStringLiteral("list"),
                                QStringLiteral("--data"), m_server.dataDir()});
        QCOMPARE(listed.exitCode, 0);
        bool found = false;
        for (const QByteArray &line : listed.out.split('\n')) {
            if (line.split('\t').value(1) == "lilei") {
                found = true;
                QCOMPARE(line.split('\t').value(8), QByteArray("no"));
            }
        }
        QVERIFY(found);
        QTRY_VERIFY(findItem(people, QStringLiteral("reactivateButton"))->isVisible());

        // Departments and Roles: named controls, screenshots.
        page->setProperty("tab", 1); // Departments
        QQuickItem *departments = findItem(page, QStringLiteral("departmentsAdmin"));
        QTRY_VERIFY(departments->isVisible());
        QTRY_VERIFY(findItem(departments, QStringLiteral("adminDepartmentTree"))->property("count").toInt() >
                    0);
        auto *tree =
            qobject_cast<QAbstractItemModel *>(findItem(departments, QStringLiteral("adminDepartmentTree"))
                                                   ->property("model")
                                                   .value<QObject *>());
        QVERIFY(tree);
        const double first = tree->index(0, 0).data(Qt::UserRole + 1).toDouble(); // DepartmentIdRole
        if (!QMetaObject::invokeMethod(departments, "choose", Q_ARG(double, first)))
            QVERIFY(QMetaObject::invokeMethod(departments, "choose", Q_ARG(QVariant, first)));
        QTRY_VERIFY(findItem(departments, QStringLiteral("adminDepartmentPath"))->isVisible());
        // The company department is not empty: the refusal says so on the page.
        QMetaObject::invokeMethod(findItem(departments, QStringLiteral("removeDepartmentButton")), "clicked");
        QTRY_VERIFY(admin->error().startsWith(QStringLiteral("The department is not empty")));
        QTRY_COMPARE(findItem(page, QStringLiteral("adminStatus"))->property("text").toString(),
                     admin->error());
        unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        m_app.screenshot(QStringLiteral("admin-departments.png"));
        admin->clearError();

        page->setProperty("tab", 2); // Roles
        QQuickItem *roles = findItem(page, QStringLiteral("rolesAdmin"));
        QTRY_VERIFY(roles->isVisible());
        QTRY_VERIFY(findItem(roles, QStringLiteral("orgRolesList"))->property("count").toInt() >= 2);
        unnamed = unnamedControls(m_app.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // wangfang is the only owner: she cannot give up the role.
        QQuickItem *demote = findItem(roles, QStringLiteral("demote-wangfang"));
        QVERIFY(demote && demote->isVisible());
        QVERIFY(!demote->isEnabled());
        QVERIFY(findItem(roles, QStringLiteral("demote-zhoujie"))->isEnabled());
        m_app.screenshot(QStringLiteral("admin-roles.png"));
        page->setProperty("tab", 0);

        m_app.session()->showChat(kChat); // back to the chats
        QTRY_VERIFY(find("chatView")->isVisible());
    }

    void queuesWhileTheServerIsDownAndDrainsAfter()
    {
        // My newest own message, to edit while offline.
        TimelineModel *model = timeline();
        QString ownId;
        for (int row = 0; row < model->rowCount() && ownId.isEmpty(); ++row) {
            if (model->index(row).data(TimelineModel::OwnRole).toBool())
                ownId = model->index(row).data(TimelineModel::MessageIdRole).toString();
        }
        QVERIFY(!ownId.isEmpty());

        QCOMPARE(m_server.terminate(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->connection(), QStringLiteral("offline"), kWaitMs);
        m_app.screenshot(QStringLiteral("desktop-offline.png"));

        const QString offline = QStringLiteral("Written offline 离线");
        typeAndSend(offline);
        QTRY_COMPARE(newestText(), offline);
        QCOMPARE(newestState(), QStringLiteral("pending"));
        const QString edited = QStringLiteral("Edited while offline");
        QVERIFY(m_app.session()->edit(ownId, edited));

        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->connection(), QStringLiteral("online"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(newestState(), QStringLiteral("sent"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            cli()
                .run({QStringLiteral("messages"), kChat, QStringLiteral("--limit"), QStringLiteral("10")})
                .out.contains(offline),
            kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            cli()
                .run({QStringLiteral("messages"), kChat, QStringLiteral("--limit"), QStringLiteral("10")})
                .out.contains(edited),
            kWaitMs);
    }

    void cleanupTestCase() { m_app.stop(); }
};

QTEST_MAIN(TestDesktopEndToEnd)
#include "tst_desktop_e2e.moc"
