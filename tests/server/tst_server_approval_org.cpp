// What approvals do to the rest of the org, against a real tack-server with the demo organisation: approval
// roles set by admins and carried to clients on the org stream, an urge that arrives as a real DING in the
// direct chat, and approved leave and overtime kept as attendance records.
#include "ApprovalDesk.h"
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"
#include "domain/ChatRules.h"
#include "protocol/CborIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtTest>
#include <memory>

using namespace testwire;

namespace {

QString newId()
{
    return QStringLiteral("ao-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

QCborMap leave(const char *from, const char *fromHalf, const char *to, const char *toHalf)
{
    return map({{"type", "sick"},
                {"period", map({{"from", from}, {"from_half", fromHalf}, {"to", to}, {"to_half", toHalf}})},
                {"reason", QStringLiteral("flu")}});
}

} // namespace

class TestServerApprovalOrg : public QObject, public ApprovalDesk
{
    Q_OBJECT

    QCborArray rolesInSnapshot(const QString &login)
    {
        const QCborMap snapshot = as(login).request(QStringLiteral("snapshot"), map({{"stream", "org"}}));
        return result(snapshot)
            .value(QLatin1String("rows"))
            .toMap()
            .value(QLatin1String("approval_roles"))
            .toArray();
    }
    QCborArray fetchEvents(const QString &login, const QString &stream)
    {
        const QCborMap reply =
            as(login).request(QStringLiteral("fetch"), map({{"stream", stream}, {"after", 0}}));
        return result(reply).value(QLatin1String("events")).toArray();
    }
    QJsonArray attendance(const QStringList &extra = {})
    {
        const ServerProcess::Run run = ServerProcess::run(
            QStringList{QStringLiteral("admin"), QStringLiteral("attendance"), QStringLiteral("list"),
                        QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--format"),
                        QStringLiteral("json")} +
            extra);
        if (run.exitCode != 0)
            qWarning("attendance list failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }
    static QJsonObject recordOf(const QJsonArray &records, const QString &approval)
    {
        for (const QJsonValue &v : records) {
            if (v.toObject().value(QLatin1String("approval")).toString() == approval)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString())); }

    void rolesAreSetByAdminsAndReachClients()
    {
        // The demo's roles are in the first org snapshot page.
        bool financeSeen = false;
        for (const QCborValue &row : rolesInSnapshot(QStringLiteral("sunli"))) {
            if (row.toMap().value(QLatin1String("role")).toString() == QLatin1String("finance"))
                financeSeen = row.toMap().value(QLatin1String("users")).toArray() ==
                              tack::proto::idsToCbor(
                                  {idOf(QStringLiteral("songtao")), idOf(QStringLiteral("fengxia"))});
        }
        QVERIFY(financeSeen);

        const qint64 hejun = idOf(QStringLiteral("hejun"));
        const qint64 lihua = idOf(QStringLiteral("lihua"));
        QCOMPARE(code(as(QStringLiteral("sunli"))
                          .mutate(QStringLiteral("approval.role.put"),
                                  map({{"role", "facilities"}, {"users", QCborArray{hejun}}}))),
                 QStringLiteral("forbidden"));
        QCOMPARE(code(as(QStringLiteral("zhoujie"))
                          .mutate(QStringLiteral("approval.role.put"),
                                  map({{"role", "has space"}, {"users", QCborArray{hejun}}}))),
                 QStringLiteral("invalid_args"));
        QCOMPARE(code(as(QStringLiteral("zhoujie"))
                          .mutate(QStringLiteral("approval.role.put"),
                                  map({{"role", "facilities"}, {"users", QCborArray{qint64(999999)}}}))),
                 QStringLiteral("invalid_args"));

        as(QStringLiteral("sunli")).clearEvents();
        const QCborMap put =
            as(QStringLiteral("zhoujie"))
                .mutate(QStringLiteral("approval.role.put"),
                        map({{"role", "facilities"}, {"users", QCborArray{lihua, hejun, lihua}}}));
        QVERIFY2(isAck(put), describe(put));
        const QCborMap event =
            as(QStringLiteral("sunli")).waitForEvent(QStringLiteral("org"), QStringLiteral("approval.role"));
        const QCborMap data = event.value(QLatin1String("data")).toMap();
        QCOMPARE(data.value(QLatin1String("role")).toString(), QStringLiteral("facilities"));
        QCOMPARE(data.value(QLatin1String("users")).toArray(),
                 tack::proto::idsToCbor({qMin(hejun, lihua), qMax(hejun, lihua)}));

        // A role node now routes to them: the same members the client would preview.
        const QCborMap node =
            map({{"id", "facilities"},
                 {"name", "Facilities"},
                 {"mode", "any"},
                 {"approvers", QCborArray{map({{"kind", "role"}, {"role", "facilities"}})}}});
        const QCborMap form =
            map({{"key", "desk_move"},
                 {"name", "Desk move"},
                 {"fields", QCborArray{map({{"key", "desk"}, {"label", "Desk"}, {"kind", "text"}})}},
                 {"route", map({{"steps", QCborArray{map({{"node", node}})}}})}});
        QVERIFY(isAck(as(QStringLiteral("zhoujie"))
                          .mutate(QStringLiteral("approval.template.put"), map({{"template", form}}))));
        const QString id = newId();
        const QCborMap submitted = submit(QStringLiteral("sunli"), id, QStringLiteral("desk_move"),
                                          map({{"desk", QStringLiteral("B12")}}));
        QVERIFY2(isAck(submitted), describe(submitted));
        QVERIFY(isAck(act(QStringLiteral("hejun"), id, "approve", 1)));

        // An empty list removes the role, from the snapshot too; the change is audited.
        QVERIFY(isAck(as(QStringLiteral("zhoujie"))
                          .mutate(QStringLiteral("approval.role.put"),
                                  map({{"role", "facilities"}, {"users", QCborArray{}}}))));
        for (const QCborValue &row : rolesInSnapshot(QStringLiteral("sunli")))
            QVERIFY(row.toMap().value(QLatin1String("role")).toString() != QLatin1String("facilities"));
        const QCborMap audit =
            as(QStringLiteral("zhoujie"))
                .request(QStringLiteral("audit.list"), map({{"action", "approval.role"}, {"limit", 10}}));
        QCOMPARE(result(audit).value(QLatin1String("entries")).toArray().size(), 2);
    }

    void anUrgeIsARealDing()
    {
        const QString id = newId();
        QVERIFY(isAck(submit(QStringLiteral("sunli"), id, QStringLiteral("leave"),
                             leave("2026-12-21", "am", "2026-12-21", "pm"))));
        const qint64 wangfang = idOf(QStringLiteral("wangfang"));
        QCOMPARE(code(act(QStringLiteral("wangfang"), id, "urge", 1)), QStringLiteral("forbidden"));

        const QCborMap urged = act(QStringLiteral("sunli"), id, "urge", 1,
                                   map({{"comment", QStringLiteral("请今天处理，谢谢")}}));
        QVERIFY2(isAck(urged), describe(urged));
        QCOMPARE(result(urged).value(QLatin1String("dinged")).toArray(), QCborArray{wangfang});

        // In the direct chat: the submitter's words as a message, and a DING on it for the approver.
        const QString chat = tack::chat::directConversationId(idOf(QStringLiteral("sunli")), wangfang);
        QString message;
        bool dinged = false;
        for (const QCborValue &v : fetchEvents(QStringLiteral("wangfang"), QStringLiteral("c/") + chat)) {
            const QCborMap e = v.toMap();
            const QCborMap data = e.value(QLatin1String("data")).toMap();
            const QString kind = e.value(QLatin1String("kind")).toString();
            if (kind == QLatin1String("msg.new") &&
                data.value(QLatin1String("message")).toMap().value(QLatin1String("text")).toString() ==
                    QStringLiteral("请今天处理，谢谢"))
                message = data.value(QLatin1String("message")).toMap().value(QLatin1String("id")).toString();
            if (kind == QLatin1String("ding.sent") && !message.isEmpty() &&
                data.value(QLatin1String("message")).toString() == message)
                dinged = data.value(QLatin1String("users")).toArray() == QCborArray{wangfang};
        }
        QVERIFY2(!message.isEmpty(), "no urge message in the direct chat");
        QVERIFY(dinged);
        const QCborMap confirmed = as(QStringLiteral("wangfang"))
                                       .mutate(QStringLiteral("ding.confirm"), map({{"message", message}}));
        QVERIFY2(isAck(confirmed), describe(confirmed));

        // Without words, the server says which approval.
        QVERIFY(isAck(act(QStringLiteral("sunli"), id, "urge", 1)));
        bool defaultText = false;
        for (const QCborValue &v : fetchEvents(QStringLiteral("wangfang"), QStringLiteral("c/") + chat)) {
            const QString text = v.toMap()
                                     .value(QLatin1String("data"))
                                     .toMap()
                                     .value(QLatin1String("message"))
                                     .toMap()
                                     .value(QLatin1String("text"))
                                     .toString();
            defaultText = defaultText || text.endsWith(QLatin1String("waiting for you: Leave"));
        }
        QVERIFY(defaultText);

        // Once decided nobody waits, so there is nothing to urge.
        QVERIFY(isAck(act(QStringLiteral("wangfang"), id, "approve", 1)));
        QCOMPARE(code(act(QStringLiteral("sunli"), id, "urge", 2)), QStringLiteral("conflict"));
    }

    void approvedLeaveAndOvertimeBecomeAttendanceRecords()
    {
        const QString sick = newId();
        QVERIFY(isAck(submit(QStringLiteral("sunli"), sick, QStringLiteral("leave"),
                             leave("2026-12-14", "pm", "2026-12-16", "am"))));
        const QString overtime = newId();
        QVERIFY(isAck(submit(QStringLiteral("sunli"), overtime, QStringLiteral("overtime"),
                             map({{"date", "2026-12-05"},
                                  {"hours", 25},
                                  {"compensation", "pay"},
                                  {"reason", QStringLiteral("release night")}}))));
        const QString rejected = newId();
        QVERIFY(isAck(submit(QStringLiteral("sunli"), rejected, QStringLiteral("leave"),
                             leave("2026-12-28", "am", "2026-12-28", "pm"))));
        QVERIFY(attendance().isEmpty() || recordOf(attendance(), sick).isEmpty());

        QVERIFY(isAck(act(QStringLiteral("wangfang"), sick, "approve", 1)));
        QVERIFY(isAck(act(QStringLiteral("wangfang"), overtime, "approve", 1)));
        QVERIFY(isAck(act(QStringLiteral("wangfang"), rejected, "reject", 1,
                          map({{"comment", QStringLiteral("team offsite")}}))));

        const QJsonArray all = attendance();
        const QJsonObject leaveRecord = recordOf(all, sick);
        QCOMPARE(leaveRecord.value(QLatin1String("login")).toString(), QStringLiteral("sunli"));
        QCOMPARE(leaveRecord.value(QLatin1String("kind")).toString(), QStringLiteral("leave"));
        QCOMPARE(leaveRecord.value(QLatin1String("type")).toString(), QStringLiteral("sick"));
        QCOMPARE(leaveRecord.value(QLatin1String("from")).toString(), QStringLiteral("2026-12-14"));
        QCOMPARE(leaveRecord.value(QLatin1String("from_half")).toString(), QStringLiteral("pm"));
        QCOMPARE(leaveRecord.value(QLatin1String("to")).toString(), QStringLiteral("2026-12-16"));
        QCOMPARE(leaveRecord.value(QLatin1String("to_half")).toString(), QStringLiteral("am"));
        QCOMPARE(leaveRecord.value(QLatin1String("half_days")).toInt(), 4);
        const QJsonObject overtimeRecord = recordOf(all, overtime);
        QCOMPARE(overtimeRecord.value(QLatin1String("kind")).toString(), QStringLiteral("overtime"));
        QCOMPARE(overtimeRecord.value(QLatin1String("type")).toString(), QStringLiteral("pay"));
        QCOMPARE(overtimeRecord.value(QLatin1String("minutes")).toInt(), 150);
        QVERIFY(recordOf(all, rejected).isEmpty());

        // Filters: the days a record overlaps, and one person.
        const QJsonArray december15 = attendance({QStringLiteral("--since"), QStringLiteral("2026-12-15"),
                                                  QStringLiteral("--until"), QStringLiteral("2026-12-15")});
        QVERIFY(!recordOf(december15, sick).isEmpty());
        QVERIFY(recordOf(december15, overtime).isEmpty());
        QVERIFY(
            attendance({QStringLiteral("--login"), QStringLiteral("wangfang")}).isEmpty() ||
            recordOf(attendance({QStringLiteral("--login"), QStringLiteral("wangfang")}), sick).isEmpty());

        const ServerProcess::Run bad =
            ServerProcess::run({QStringLiteral("admin"), QStringLiteral("attendance"), QStringLiteral("list"),
                                QStringLiteral("--data"), m_server.dataDir(), QStringLiteral("--since"),
                                QStringLiteral("December")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--since must be a day like"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerApprovalOrg)
#include "tst_server_approval_org.moc"
