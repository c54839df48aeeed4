// The Approvals page end to end: a real tack-server with the demo organisation, the real desktop window
// (Tack.App's Main.qml wired as app/desktop does) and a second client (core ClientSession) as the other
// person. 孙丽 fills in and submits a leave request on the desktop; her manager 王芳 approves it there; then
// 王芳 approves offline a request 孙丽 has meanwhile withdrawn, and the desktop rolls the approval back and
// says why. Screenshots go to <build>/screenshots: approvals-inbox.png, approval-leave-form.png,
// approvals-inbox-ar.png, approval-leave-form-ar.png, approval-refused.png, approval-designer.png.

#include "AppSession.h"
#include "ApprovalCenter.h"
#include "ApprovalDesigner.h"
#include "ApprovalFormModel.h"
#include "DesktopApp.h"
#include "QuickWindowProbe.h"
#include "ServerProcess.h"
#include "Translator.h"
#include "client/ClientSession.h"
#include "domain/approvals/ApprovalInstance.h"

#include <QCborMap>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using quickprobe::unnamedControls;
using tack::approvals::InstanceState;
using tack::ui::ApprovalCenter;
using tack::ui::ApprovalFormModel;
using tack::ui::AppSession;

namespace {

constexpr int kWaitMs = 30000;
const QString kPassword = QStringLiteral("tack-demo");

} // namespace

class TestUiApprovals : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_otherProfile;
    tack::client::ClientSession *m_sunli = nullptr; // 孙丽 on another device
    DesktopApp m_app;
    QString m_leaveId;

    std::optional<tack::approvals::ApprovalInstance> sunliSees(const QString &id) const
    {
        return m_sunli->reader().approval(id);
    }
    ApprovalCenter *center() const { return m_app.session()->approvals(); }

    QQuickItem *item(const char *name) const
    {
        return quickprobe::findItem(m_app.window()->contentItem(), QString::fromLatin1(name));
    }
    // Every field editor holds an editor of each kind, hidden but for its own: the one on screen.
    QQuickItem *visibleItem(const char *name) const
    {
        return quickprobe::findVisibleItem(m_app.window()->contentItem(), QString::fromLatin1(name));
    }
    void click(const char *name)
    {
        QQuickItem *button = item(name);
        QVERIFY2(button, name);
        QVERIFY2(button->isVisible(), name);
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
    }

    void signInAs(const QString &login)
    {
        if (m_app.session()->status() == AppSession::Status::SignedIn) {
            m_app.session()->signOut();
            QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->status(), AppSession::Status::SignedOut, kWaitMs);
        }
        QVERIFY2(m_app.signIn(m_server.url().toString(), login, kPassword), qPrintable(m_app.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(center()->me() > 0, kWaitMs);
        click("approvalsButton");
        QTRY_VERIFY(item("approvalsPage"));
    }

    QString detailState() const
    {
        QQuickItem *view = item("approvalView");
        QObject *detail = view ? view->findChild<QObject *>(QStringLiteral("approvalDetail")) : nullptr;
        return detail ? detail->property("state").toString() : QString();
    }
    // The server's copy is here and nothing of mine waits for it.
    bool settled(const QString &id) const
    {
        const auto *view = center()->view(id);
        return view && !view->localOnly && view->pendingActions.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString()));
        QVERIFY(m_otherProfile.isValid());
        DesktopApp::Options options;
        options.windowSize = QSize(1200, 820);
        QVERIFY2(m_app.start(options), qPrintable(m_app.errorString()));

        m_sunli =
            new tack::client::ClientSession(m_otherProfile.filePath(QStringLiteral("sunli.db")), {}, this);
        QVERIFY(m_sunli->open());
        QSignalSpy loggedIn(m_sunli, &tack::client::ClientSession::loginFinished);
        m_sunli->login(m_server.url(), QStringLiteral("sunli"), kPassword);
        QVERIFY(loggedIn.wait(kWaitMs));
        QVERIFY2(loggedIn.first().first().toBool(), qPrintable(loggedIn.first().at(2).toString()));
        m_sunli->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_sunli->state(), tack::client::ClientSession::State::Online, kWaitMs);
    }

    void submitsALeaveRequestFilledInTheForm()
    {
        signInAs(QStringLiteral("sunli"));
        click("newApprovalButton");
        QQuickItem *formPage = item("approvalForm");
        QVERIFY(formPage);
        auto *form = qobject_cast<ApprovalFormModel *>(formPage->property("model").value<QObject *>());
        QVERIFY(form);
        form->setTemplateKey(QStringLiteral("leave"));
        QCOMPARE(form->rowCount(), 3);

        // Submitting the empty form shows what is missing next to each field.
        click("submitApprovalButton");
        QTRY_VERIFY(item("formErrorSummary") && item("formErrorSummary")->isVisible());
        QTRY_VERIFY(item("fieldError_reason") && item("fieldError_reason")->isVisible());

        form->setText(form->rowOf(QStringLiteral("type")), QStringLiteral("annual"));
        form->setText(form->rowOf(QStringLiteral("period")), QStringLiteral("2026-12-07am..2026-12-08pm"));
        QQuickItem *reason = item("input_reason");
        QVERIFY(reason);
        reason->setProperty("text", QStringLiteral("Visiting my parents 探亲"));
        QTRY_COMPARE(form->errorCount(), 0);
        QVERIFY(!item("fieldError_reason")->isVisible());
        QCOMPARE(form->computedLines(), QStringList{QStringLiteral("Duration: 2 days")});
        // The chain preview: 孙丽's manager 王芳.
        QCOMPARE(form->chain().size(), 1);
        QCOMPARE(form->chain().first().toMap().value(QStringLiteral("approvers")).toString(),
                 QStringLiteral("王芳"));
        const QStringList unnamed = unnamedControls(formPage);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        m_app.screenshot(QStringLiteral("approval-leave-form.png"));

        QSignalSpy submitted(form, &ApprovalFormModel::submitted);
        click("submitApprovalButton");
        QCOMPARE(submitted.size(), 1);
        m_leaveId = submitted.first().first().toString();
        QTRY_VERIFY_WITH_TIMEOUT(settled(m_leaveId), kWaitMs);
        QTRY_COMPARE(detailState(), QStringLiteral("pending"));
        QVERIFY(item("approvalChain")->isVisible());
    }

    // 孙丽 urges from a Chinese interface without writing anything: the direct chat with 王芳 gets the
    // request in Chinese (not the server's English fallback), DINGed.
    void anUrgeIsWrittenInTheSubmittersLanguage()
    {
        m_app.translator()->setCode(QStringLiteral("zh_CN"));
        const auto backToEnglish = qScopeGuard([this] { m_app.translator()->setCode(QStringLiteral("en")); });
        QTRY_VERIFY(item("urgeButton") && item("urgeButton")->isVisible());
        click("urgeButton");
        const QString words = QStringLiteral("请处理我提交、正等待你审批的申请：");
        const auto urged = [&]() -> QString {
            for (const auto &c : m_sunli->reader().conversations()) {
                if (c.kind == QLatin1String("direct") && c.lastText.startsWith(words))
                    return c.lastText;
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!urged().isEmpty(), kWaitMs);
        QVERIFY2(!urged().contains(QLatin1String("Please look")), qPrintable(urged()));
        QTRY_VERIFY_WITH_TIMEOUT(settled(m_leaveId), kWaitMs);
    }

    void theManagerApprovesIt()
    {
        signInAs(QStringLiteral("wangfang"));
        QTRY_COMPARE_WITH_TIMEOUT(center()->waitingCount(), 1, kWaitMs);
        QQuickItem *list = item("approvalList");
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QVERIFY(QMetaObject::invokeMethod(item("approvalsPage"), "openApproval", Q_ARG(QString, m_leaveId)));
        QTRY_COMPARE(detailState(), QStringLiteral("pending"));
        const QStringList unnamed = unnamedControls(item("approvalsPage"));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        m_app.screenshot(QStringLiteral("approvals-inbox.png"));

        click("approveButton");
        QTRY_COMPARE(detailState(), QStringLiteral("approved")); // at once, before the server answers
        QTRY_VERIFY_WITH_TIMEOUT(settled(m_leaveId), kWaitMs);
        QCOMPARE(detailState(), QStringLiteral("approved"));
        QCOMPARE(center()->waitingCount(), 0);
        // The submitter sees the decision on her other device too.
        QTRY_VERIFY_WITH_TIMEOUT(
            sunliSees(m_leaveId) && sunliSees(m_leaveId)->state == InstanceState::Approved, kWaitMs);
    }

    void anOfflineApprovalOfAWithdrawnRequestIsRolledBack()
    {
        const QString id = tack::client::ClientSession::newObjectId();
        const QCborMap period{{QStringLiteral("from"), QStringLiteral("2026-12-14")},
                              {QStringLiteral("from_half"), QStringLiteral("am")},
                              {QStringLiteral("to"), QStringLiteral("2026-12-14")},
                              {QStringLiteral("to_half"), QStringLiteral("pm")}};
        const QCborMap values{{QStringLiteral("type"), QStringLiteral("sick")},
                              {QStringLiteral("period"), period},
                              {QStringLiteral("reason"), QStringLiteral("flu")}};
        m_sunli->submit(QStringLiteral("approval.submit"),
                        QCborMap{{QStringLiteral("id"), id},
                                 {QStringLiteral("template"), QStringLiteral("leave")},
                                 {QStringLiteral("values"), values}});
        QTRY_VERIFY_WITH_TIMEOUT(sunliSees(id), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(center()->view(id), kWaitMs);
        QVERIFY(QMetaObject::invokeMethod(item("approvalsPage"), "openApproval", Q_ARG(QString, id)));
        QTRY_COMPARE(detailState(), QStringLiteral("pending"));

        // 王芳 goes offline; meanwhile 孙丽 withdraws; 王芳 approves what she still sees.
        m_app.session()->client()->stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_app.session()->connection(), QStringLiteral("offline"), kWaitMs);
        m_sunli->submit(QStringLiteral("approval.act"),
                        QCborMap{{QStringLiteral("approval"), id},
                                 {QStringLiteral("action"), QStringLiteral("withdraw")},
                                 {QStringLiteral("version"), sunliSees(id)->version}});
        QTRY_VERIFY_WITH_TIMEOUT(sunliSees(id)->state == InstanceState::Withdrawn, kWaitMs);
        click("approveButton");
        QTRY_COMPARE(detailState(), QStringLiteral("approved"));
        QTRY_VERIFY(item("pendingText")->isVisible());

        // Back online: the server refuses, the approval rolls back to withdrawn and the page says why.
        m_app.session()->client()->start();
        QQuickItem *refusal = item("refusalText");
        QVERIFY(refusal);
        QTRY_VERIFY_WITH_TIMEOUT(refusal->isVisible(), kWaitMs);
        QVERIFY2(
            refusal->property("text").toString().contains(QStringLiteral("Already withdrawn by 孙丽 at ")),
            qPrintable(refusal->property("text").toString()));
        QTRY_COMPARE(detailState(), QStringLiteral("withdrawn"));
        QVERIFY(!item("approveButton")->isVisible());
        m_app.screenshot(QStringLiteral("approval-refused.png"));
    }

    // 王芳 is an org admin: she designs a form with a money field and a step that applies above 5,000.00,
    // saves it, and it is there to fill in with its chain previewed.
    void designsAFormForTheOrganisation()
    {
        click("designFormsButton");
        QTRY_VERIFY(item("formDesigner") && item("formDesigner")->isVisible());
        auto *designer =
            item("formDesigner")->findChild<tack::ui::ApprovalDesigner *>(QStringLiteral("approvalDesigner"));
        QVERIFY(designer);
        designer->setName(QStringLiteral("Equipment request"));
        designer->addField(QStringLiteral("money"));
        designer->setFieldValue(1, QStringLiteral("key"), QStringLiteral("price"));
        designer->setFieldValue(1, QStringLiteral("label"), QStringLiteral("Price"));
        designer->setFieldValue(1, QStringLiteral("required"), true);
        designer->addBranch();
        designer->setStepValue(1, QStringLiteral("field"), QStringLiteral("price"));
        designer->setStepValue(1, QStringLiteral("op"), QStringLiteral("gt"));
        designer->setStepValue(1, QStringLiteral("value"), QStringLiteral("5000"));
        designer->setStepValue(1, QStringLiteral("name"), QStringLiteral("Director"));
        QVERIFY2(designer->problems().isEmpty(), qPrintable(designer->problems().join(QLatin1Char(';'))));
        const QStringList unnamed = unnamedControls(item("formDesigner"));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        m_app.screenshot(QStringLiteral("approval-designer.png"));
        click("saveTemplateButton");
        const QString key = designer->key();
        auto stored = [&] {
            for (const QVariant &t : center()->templates()) {
                if (t.toMap().value(QStringLiteral("key")).toString() == key)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(stored(), kWaitMs);

        click("newApprovalButton");
        auto *form =
            qobject_cast<ApprovalFormModel *>(item("approvalForm")->property("model").value<QObject *>());
        QVERIFY(form);
        form->setTemplateKey(key);
        QCOMPARE(form->rowCount(), 2);
        form->setText(form->rowOf(QStringLiteral("title")), QStringLiteral("Laptop"));
        form->setText(form->rowOf(QStringLiteral("price")), QStringLiteral("4999.99"));
        QCOMPARE(form->chain().size(), 1);
        form->setText(form->rowOf(QStringLiteral("price")), QStringLiteral("5000.01"));
        QCOMPARE(form->chain().size(), 2);
        QCOMPARE(form->chain().at(1).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Director"));
    }

    // Date fields, date-range fields and date columns of line items each have a calendar beside the text;
    // a day picked there becomes the field's yyyy-mm-dd text.
    void picksFormDatesInACalendar()
    {
        // The keyboard goes to the active window (an alert window may have been active last).
        m_app.window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        click("newApprovalButton");
        QQuickItem *formPage = item("approvalForm");
        QVERIFY(formPage);
        auto *form = qobject_cast<ApprovalFormModel *>(formPage->property("model").value<QObject *>());
        QVERIFY(form);
        const auto textOf = [form](const QString &key) {
            return form->index(form->rowOf(key)).data(ApprovalFormModel::TextRole).toString();
        };
        // Opens the calendar of `button`, moves a week on with the keyboard and picks that day.
        const auto pickNextWeek = [this](QQuickItem *button, const QString &from, const QString &to) {
            QVERIFY(button && button->isVisible());
            auto *picker = button->property("popup").value<QObject *>();
            QVERIFY(picker);
            QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
            QTRY_VERIFY(picker->property("opened").toBool());
            QCOMPARE(picker->property("cursorText").toString(), from);
            const auto focused = [this] {
                QQuickItem *f = m_app.window()->activeFocusItem();
                return f ? QString::fromLatin1(f->metaObject()->className()) + QLatin1Char(' ') +
                               f->objectName()
                         : QStringLiteral("nothing");
            };
            QTRY_VERIFY2(focused().endsWith(QLatin1String(" monthGrid")), qPrintable(focused()));
            QTest::keyClick(m_app.window(), Qt::Key_Down);
            QCOMPARE(picker->property("cursorText").toString(), to);
            QTest::keyClick(m_app.window(), Qt::Key_Return);
            QTRY_VERIFY(!picker->property("opened").toBool());
        };

        form->setTemplateKey(QStringLiteral("overtime"));
        form->setText(form->rowOf(QStringLiteral("date")), QStringLiteral("2026-12-29"));
        QTRY_VERIFY(visibleItem("calendar_date"));
        pickNextWeek(visibleItem("calendar_date"), QStringLiteral("2026-12-29"),
                     QStringLiteral("2027-01-05"));
        QCOMPARE(textOf(QStringLiteral("date")), QStringLiteral("2027-01-05"));
        QCOMPARE(visibleItem("input_date")->property("text").toString(), QStringLiteral("2027-01-05"));

        form->setTemplateKey(QStringLiteral("leave"));
        form->setText(form->rowOf(QStringLiteral("period")), QStringLiteral("2026-12-07am..2026-12-08pm"));
        QTRY_VERIFY(visibleItem("rangeToCalendar"));
        pickNextWeek(visibleItem("rangeToCalendar"), QStringLiteral("2026-12-08"),
                     QStringLiteral("2026-12-15"));
        QCOMPARE(textOf(QStringLiteral("period")), QStringLiteral("2026-12-07am..2026-12-15pm"));

        form->setTemplateKey(QStringLiteral("expense"));
        const int items = form->rowOf(QStringLiteral("items"));
        form->addItem(items);
        // Typed into the item's field (the form keeps typed item text to itself, so the cell shows the pick).
        QTRY_VERIFY(visibleItem("item_0_date"));
        QQuickItem *itemDate = visibleItem("item_0_date");
        itemDate->setProperty("text", QStringLiteral("2026-11-30"));
        QVERIFY(QMetaObject::invokeMethod(itemDate, "textEdited"));
        QTRY_VERIFY(visibleItem("itemCalendar_0_date"));
        pickNextWeek(visibleItem("itemCalendar_0_date"), QStringLiteral("2026-11-30"),
                     QStringLiteral("2026-12-07"));
        QCOMPARE(form->index(items)
                     .data(ApprovalFormModel::ItemsRole)
                     .toList()
                     .value(0)
                     .toMap()
                     .value(QStringLiteral("date")),
                 QVariant(QStringLiteral("2026-12-07")));
        QCOMPARE(itemDate->property("text").toString(), QStringLiteral("2026-12-07"));
        const QStringList unnamed = unnamedControls(formPage);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        click("cancelApprovalButton");
    }

    void mirrorsInArabic()
    {
        QVERIFY(QMetaObject::invokeMethod(item("approvalsPage"), "openApproval", Q_ARG(QString, m_leaveId)));
        item("approvalTabs")->setProperty("currentIndex", 3); // Done
        QTRY_COMPARE(item("approvalList")->property("count").toInt(), 1);
        m_app.translator()->setCode(QStringLiteral("ar"));
        m_app.screenshot(QStringLiteral("approvals-inbox-ar.png"));
        click("newApprovalButton");
        auto *form =
            qobject_cast<ApprovalFormModel *>(item("approvalForm")->property("model").value<QObject *>());
        QVERIFY(form);
        form->setTemplateKey(QStringLiteral("leave"));
        form->setText(form->rowOf(QStringLiteral("type")), QStringLiteral("personal"));
        form->setText(form->rowOf(QStringLiteral("period")), QStringLiteral("2026-12-21pm..2026-12-24am"));
        form->setText(form->rowOf(QStringLiteral("reason")), QStringLiteral("موعد عائلي"));
        QTRY_COMPARE(form->errorCount(), 0);
        m_app.screenshot(QStringLiteral("approval-leave-form-ar.png"));
        m_app.translator()->setCode(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        delete m_sunli;
        m_sunli = nullptr;
        m_app.stop();
    }
};

QTEST_MAIN(TestUiApprovals)
#include "tst_ui_approvals.moc"
