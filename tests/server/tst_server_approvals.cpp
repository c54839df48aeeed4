// Approvals against a real tack-server with the demo organisation: the server validates forms again,
// routes through the directory and approval roles, compare-and-sets versions (two 或签 approvers at once,
// an offline approve after a withdrawal), keeps the history through return and resubmit, audits decisions,
// and shows an approval only to its participants.
#include "ApprovalDesk.h"
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QRegularExpression>
#include <QUuid>
#include <QtTest>
#include <memory>

using namespace testwire;

namespace {

QString newId()
{
    return QStringLiteral("ap-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

QCborMap leave(const char *from, const char *to, const char *reason = "family visit")
{
    return map({{"type", "annual"},
                {"period", map({{"from", from}, {"from_half", "am"}, {"to", to}, {"to_half", "pm"}})},
                {"reason", QString::fromUtf8(reason)}});
}

QCborMap expense(qint64 fen)
{
    const QCborMap row = map({{"category", "travel"},
                              {"description", QStringLiteral("train to Shanghai")},
                              {"date", "2026-11-20"},
                              {"amount", map({{"amount", fen}, {"currency", "CNY"}})}});
    return map({{"items", QCborArray{row}}});
}

QString message(const QCborMap &reply)
{
    return reply.value(QLatin1String("message")).toString();
}

} // namespace

class TestServerApprovals : public QObject, public ApprovalDesk
{
    Q_OBJECT

    // The newest copy of approval `id` on `login`'s own stream (fetched, not live), or an empty map.
    QCborMap latest(const QString &login, const QString &id)
    {
        const QCborMap reply =
            as(login).request(QStringLiteral("fetch"),
                              map({{"stream", QStringLiteral("u/%1").arg(idOf(login))}, {"after", 0}}));
        QCborMap found;
        for (const QCborValue &e : result(reply).value(QLatin1String("events")).toArray()) {
            const QCborMap event = e.toMap();
            const QCborMap approval =
                event.value(QLatin1String("data")).toMap().value(QLatin1String("approval")).toMap();
            if (event.value(QLatin1String("kind")).toString() == QLatin1String("approval.put") &&
                approval.value(QLatin1String("id")).toString() == id)
                found = approval;
        }
        return found;
    }
    QStringList historyActions(const QCborMap &approval)
    {
        QStringList out;
        for (const QCborValue &h : approval.value(QLatin1String("history")).toArray())
            out.append(h.toMap().value(QLatin1String("action")).toString());
        return out;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString())); }

    void theServerValidatesFormsAgain()
    {
        QCborMap bad = leave("2026-12-03", "2026-12-01", "");
        bad.insert(QLatin1String("bonus"), 1);
        QCborMap reply = submit(QStringLiteral("sunli"), newId(), QStringLiteral("leave"), bad);
        QCOMPARE(code(reply), QStringLiteral("invalid_args"));
        QVERIFY2(message(reply).contains(QLatin1String("period (bad_date)")), qPrintable(message(reply)));
        QVERIFY2(message(reply).contains(QLatin1String("reason (required)")), qPrintable(message(reply)));
        QVERIFY2(message(reply).contains(QLatin1String("bonus (unknown_field)")), qPrintable(message(reply)));

        // Money is an integer of minor units: a float amount is the wrong type, whatever a client thinks.
        QCborMap floatMoney = expense(100);
        QCborMap row = floatMoney.value(QLatin1String("items")).toArray().at(0).toMap();
        row.insert(QLatin1String("amount"), map({{"amount", 12.5}, {"currency", "CNY"}}));
        floatMoney.insert(QLatin1String("items"), QCborArray{row});
        reply = submit(QStringLiteral("sunli"), newId(), QStringLiteral("expense"), floatMoney);
        QCOMPARE(code(reply), QStringLiteral("invalid_args"));
        QVERIFY2(message(reply).contains(QLatin1String("items[0].amount (wrong_type)")),
                 qPrintable(message(reply)));

        QCOMPARE(code(submit(QStringLiteral("sunli"), newId(), QStringLiteral("no_such_form"), {})),
                 QStringLiteral("not_found"));
        const QString id = newId();
        QVERIFY(isAck(
            submit(QStringLiteral("sunli"), id, QStringLiteral("leave"), leave("2026-12-01", "2026-12-01"))));
        QCOMPARE(code(submit(QStringLiteral("hejun"), id, QStringLiteral("leave"),
                             leave("2026-12-01", "2026-12-01"))),
                 QStringLiteral("conflict"));
    }

    void leaveGoesToTheManagerAndIsAudited()
    {
        const QString id = newId();
        const QCborMap submitted =
            submit(QStringLiteral("sunli"), id, QStringLiteral("leave"), leave("2026-12-07", "2026-12-08"));
        QVERIFY2(isAck(submitted), describe(submitted));
        QCOMPARE(result(submitted).value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(result(submitted).value(QLatin1String("version")).toInteger(), 1);

        // 王芳 sees it on her stream, waiting for her; the computed duration came from the server.
        const QCborMap seen = latest(QStringLiteral("wangfang"), id);
        QCOMPARE(seen.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(seen.value(QLatin1String("values")).toMap().value(QLatin1String("duration")).toInteger(), 4);
        const QCborArray nodes =
            seen.value(QLatin1String("route")).toMap().value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes.at(0).toMap().value(QLatin1String("approvers")).toArray(),
                 QCborArray{idOf(QStringLiteral("wangfang"))});

        QCOMPARE(code(act(QStringLiteral("hejun"), id, "approve", 1)),
                 QStringLiteral("not_found")); // not hers
        QCOMPARE(code(act(QStringLiteral("wangfang"), id, "reject", 1)),
                 QStringLiteral("invalid_args")); // no reason
        const QCborMap approved = act(QStringLiteral("wangfang"), id, "approve", 1);
        QVERIFY2(isAck(approved), describe(approved));
        QCOMPARE(result(approved).value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(latest(QStringLiteral("sunli"), id).value(QLatin1String("state")).toString(),
                 QStringLiteral("approved"));
        // HR (周杰) is CC'd on completion and sees it too.
        QCOMPARE(latest(QStringLiteral("zhoujie"), id).value(QLatin1String("version")).toInteger(), 2);

        const QCborMap audit =
            as(QStringLiteral("wangfang"))
                .request(QStringLiteral("audit.list"), map({{"action", "approval.decide"}, {"limit", 50}}));
        bool found = false;
        for (const QCborValue &e : result(audit).value(QLatin1String("entries")).toArray())
            found = found ||
                    e.toMap().value(QLatin1String("target")).toString() == QStringLiteral("approval:") + id;
        QVERIFY2(found, describe(audit));
    }

    void twoAnyApproversAtOnceOnlyOneCounts()
    {
        const QString id = newId();
        QVERIFY(isAck(submit(QStringLiteral("sunli"), id, QStringLiteral("expense"), expense(12000))));
        QVERIFY(isAck(act(QStringLiteral("wangfang"), id, "approve", 1))); // manager, then Finance (或签)
        const QCborMap atFinance = latest(QStringLiteral("songtao"), id);
        QCOMPARE(atFinance.value(QLatin1String("node")).toInteger(), 1);
        // Both finance people saw version 2 and decide; the first one in wins.
        const QCborMap first = act(QStringLiteral("songtao"), id, "approve", 2);
        const QCborMap second =
            act(QStringLiteral("fengxia"), id, "reject", 2, map({{"comment", QStringLiteral("no receipt")}}));
        QVERIFY2(isAck(first), describe(first));
        QCOMPARE(code(second), QStringLiteral("conflict"));
        static const QRegularExpression named(QStringLiteral("^already approved by 宋涛 at \\d\\d:\\d\\d$"));
        QVERIFY2(named.match(message(second)).hasMatch(), qPrintable(message(second)));
        const QCborMap final = latest(QStringLiteral("sunli"), id);
        QCOMPARE(final.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(historyActions(final), (QStringList{QStringLiteral("submit"), QStringLiteral("approve"),
                                                     QStringLiteral("approve")}));
    }

    void offlineApproveAfterWithdrawalIsRefused()
    {
        const QString id = newId();
        QVERIFY(isAck(
            submit(QStringLiteral("hejun"), id, QStringLiteral("leave"), leave("2026-12-10", "2026-12-10"))));
        QVERIFY(isAck(act(QStringLiteral("hejun"), id, "withdraw", 1)));
        const QCborMap late = act(QStringLiteral("wangfang"), id, "approve", 1);
        QCOMPARE(code(late), QStringLiteral("conflict"));
        QVERIFY2(message(late).startsWith(QStringLiteral("already withdrawn by 何军 at ")),
                 qPrintable(message(late)));
        QCOMPARE(latest(QStringLiteral("wangfang"), id).value(QLatin1String("state")).toString(),
                 QStringLiteral("withdrawn"));
    }

    void withdrawAfterTheFinalDecisionIsRefused()
    {
        const QString id = newId();
        QVERIFY(isAck(submit(QStringLiteral("xuming"), id, QStringLiteral("leave"),
                             leave("2026-12-11", "2026-12-11"))));
        QVERIFY(isAck(act(QStringLiteral("wangfang"), id, "approve", 1)));
        const QCborMap refused = act(QStringLiteral("xuming"), id, "withdraw", 2);
        QCOMPARE(code(refused), QStringLiteral("conflict"));
        QVERIFY2(message(refused).startsWith(QStringLiteral("cannot withdraw: already approved by 王芳 at ")),
                 qPrintable(message(refused)));
        QCOMPARE(code(act(QStringLiteral("wangfang"), id, "withdraw", 2)), QStringLiteral("forbidden"));
    }

    void returnAndResubmitKeepTheHistory()
    {
        const QString id = newId();
        QVERIFY(isAck(submit(QStringLiteral("amina"), id, QStringLiteral("leave"),
                             leave("2026-12-14", "2026-12-14", "first try"))));
        QVERIFY(isAck(act(QStringLiteral("wangfang"), id, "return", 1,
                          map({{"comment", QStringLiteral("which day exactly?")}}))));
        QCOMPARE(latest(QStringLiteral("amina"), id).value(QLatin1String("state")).toString(),
                 QStringLiteral("returned"));
        // Resubmitted values are checked like new ones.
        QCOMPARE(code(act(QStringLiteral("amina"), id, "resubmit", 2,
                          map({{"values", leave("2026-12-15", "2026-12-14")}}))),
                 QStringLiteral("invalid_args"));
        QCOMPARE(code(act(QStringLiteral("wangfang"), id, "resubmit", 2,
                          map({{"values", leave("2026-12-15", "2026-12-15")}}))),
                 QStringLiteral("forbidden"));
        const QCborMap again = act(QStringLiteral("amina"), id, "resubmit", 2,
                                   map({{"values", leave("2026-12-15", "2026-12-15", "second try")}}));
        QVERIFY2(isAck(again), describe(again));
        const QCborMap now = latest(QStringLiteral("wangfang"), id);
        QCOMPARE(now.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(historyActions(now), (QStringList{QStringLiteral("submit"), QStringLiteral("return"),
                                                   QStringLiteral("resubmit")}));
        const QCborArray history = now.value(QLatin1String("history")).toArray();
        QCOMPARE(history.at(0)
                     .toMap()
                     .value(QLatin1String("values"))
                     .toMap()
                     .value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("first try"));
        QCOMPARE(history.at(1).toMap().value(QLatin1String("comment")).toString(),
                 QStringLiteral("which day exactly?"));
        QCOMPARE(history.at(2)
                     .toMap()
                     .value(QLatin1String("values"))
                     .toMap()
                     .value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("second try"));
        QVERIFY(isAck(act(QStringLiteral("wangfang"), id, "approve", 3)));
    }

    void outsidersNeitherSeeNorAct()
    {
        const QString id = newId();
        QVERIFY(isAck(submit(QStringLiteral("linxue"), id, QStringLiteral("leave"),
                             leave("2026-12-16", "2026-12-16"))));
        // 李华 (her manager) sees it in a fresh snapshot of his stream; James, in the same team, does not.
        auto snapshotIds = [&](const QString &login) {
            const QCborMap reply = as(login).request(
                QStringLiteral("snapshot"), map({{"stream", QStringLiteral("u/%1").arg(idOf(login))}}));
            QStringList ids;
            for (const QCborValue &a : result(reply)
                                           .value(QLatin1String("rows"))
                                           .toMap()
                                           .value(QLatin1String("approvals"))
                                           .toArray())
                ids.append(a.toMap().value(QLatin1String("id")).toString());
            return ids;
        };
        QVERIFY(snapshotIds(QStringLiteral("lihua")).contains(id));
        QVERIFY(!snapshotIds(QStringLiteral("james")).contains(id));
        QVERIFY(latest(QStringLiteral("james"), id).isEmpty());
        for (const char *action : {"approve", "comment", "withdraw", "urge"})
            QCOMPARE(
                code(act(QStringLiteral("james"), id, action, 1, map({{"comment", QStringLiteral("x")}}))),
                QStringLiteral("not_found"));
        // Reading the submitter's stream is refused as ever.
        QCOMPARE(
            code(as(QStringLiteral("james"))
                     .request(QStringLiteral("fetch"),
                              map({{"stream", QStringLiteral("u/%1").arg(idOf(QStringLiteral("linxue")))},
                                   {"after", 0}}))),
            QStringLiteral("forbidden"));
        // A transfer brings the new approver in: now James sees it and may decide.
        QVERIFY(isAck(
            act(QStringLiteral("lihua"), id, "transfer", 1, map({{"to", idOf(QStringLiteral("james"))}}))));
        QCOMPARE(latest(QStringLiteral("james"), id).value(QLatin1String("version")).toInteger(), 2);
        QVERIFY(isAck(act(QStringLiteral("james"), id, "approve", 2)));
    }

    void adminsDesignForms()
    {
        const QCborMap node =
            map({{"id", "head"},
                 {"name", "Head"},
                 {"mode", "all"},
                 {"approvers", QCborArray{map({{"kind", "department_head"}, {"department", 0}}),
                                          map({{"kind", "role"}, {"role", "hr"}})}}});
        QCborMap form = map(
            {{"key", "equipment"},
             {"name", "Equipment"},
             {"fields",
              QCborArray{map(
                  {{"key", "item"}, {"label", "Item"}, {"kind", "text"}, {"required", true}, {"max", 50}})}},
             {"route", map({{"steps", QCborArray{map({{"node", node}})}}})}});
        QCOMPARE(code(as(QStringLiteral("sunli"))
                          .mutate(QStringLiteral("approval.template.put"), map({{"template", form}}))),
                 QStringLiteral("forbidden"));
        const QCborMap stored =
            as(QStringLiteral("zhoujie"))
                .mutate(QStringLiteral("approval.template.put"), map({{"template", form}}));
        QVERIFY2(isAck(stored), describe(stored));
        QVERIFY(!as(QStringLiteral("sunli"))
                     .waitForEvent(QStringLiteral("org"), QStringLiteral("approval.template"))
                     .isEmpty());

        const QString id = newId();
        QVERIFY(isAck(submit(QStringLiteral("sunli"), id, QStringLiteral("equipment"),
                             map({{"item", QStringLiteral("a 4K monitor")}}))));
        const QCborArray approvers = latest(QStringLiteral("sunli"), id)
                                         .value(QLatin1String("route"))
                                         .toMap()
                                         .value(QLatin1String("nodes"))
                                         .toArray()
                                         .at(0)
                                         .toMap()
                                         .value(QLatin1String("approvers"))
                                         .toArray();
        QCOMPARE(approvers, (QCborArray{idOf(QStringLiteral("wangfang")), idOf(QStringLiteral("zhoujie"))}));
        QCOMPARE(code(submit(QStringLiteral("sunli"), newId(), QStringLiteral("equipment"),
                             map({{"item", QString(60, QLatin1Char('x'))}}))),
                 QStringLiteral("invalid_args"));

        QCborArray twice{form.value(QLatin1String("fields")).toArray().at(0),
                         form.value(QLatin1String("fields")).toArray().at(0)};
        form.insert(QLatin1String("fields"), twice);
        const QCborMap bad = as(QStringLiteral("zhoujie"))
                                 .mutate(QStringLiteral("approval.template.put"), map({{"template", form}}));
        QCOMPARE(code(bad), QStringLiteral("invalid_args"));
        QVERIFY2(message(bad).contains(QLatin1String("share the key")), qPrintable(message(bad)));
    }
};

QTEST_GUILESS_MAIN(TestServerApprovals)
#include "tst_server_approvals.moc"
