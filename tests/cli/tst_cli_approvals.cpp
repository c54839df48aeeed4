// tack-cli approvals against a real server with the demo org: a leave request submitted from the command
// line (checked locally first), approved by the manager, and the refusals the server gives printed as given.
#include "CliRunner.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kDemoPassword = QStringLiteral("tack-demo");

QStringList leaveArgs(const QString &period, const QString &reason = QStringLiteral("family visit"))
{
    return {QStringLiteral("approval"),
            QStringLiteral("submit"),
            QStringLiteral("leave"),
            QStringLiteral("--field"),
            QStringLiteral("type=annual"),
            QStringLiteral("--field"),
            QStringLiteral("period=") + period,
            QStringLiteral("--field"),
            QStringLiteral("reason=") + reason};
}

} // namespace

class TestCliApprovals : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QTemporaryDir m_profiles;

    CliRunner login(const QString &loginName)
    {
        CliRunner cli(m_profiles.filePath(loginName), kDemoPassword);
        const CliResult r = cli.run({QStringLiteral("login"), m_server.url().toString(), loginName});
        if (r.exitCode != 0)
            qWarning("login %s failed: %s", qPrintable(loginName), qPrintable(r.err));
        return cli;
    }
    static QJsonObject find(const QJsonArray &list, const QString &id)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profiles.isValid());
        QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString()));
    }

    void submitApproveAndRefusals()
    {
        const CliRunner sunli = login(QStringLiteral("sunli"));
        const CliRunner wangfang = login(QStringLiteral("wangfang"));

        // Checked before anything is queued: one clear line naming the field, exit code 2.
        const CliResult reversed = sunli.run(leaveArgs(QStringLiteral("2026-12-03..2026-12-01")));
        QCOMPARE(reversed.exitCode, 2);
        QVERIFY2(reversed.oneClearLine() && reversed.err.contains(QLatin1String("period")),
                 qPrintable(reversed.err));
        const CliResult badField =
            sunli.run({QStringLiteral("approval"), QStringLiteral("submit"), QStringLiteral("leave"),
                       QStringLiteral("--field"), QStringLiteral("mood=great")});
        QCOMPARE(badField.exitCode, 2);
        QVERIFY2(badField.err.contains(QLatin1String("no field \"mood\"")), qPrintable(badField.err));

        const CliResult submitted = sunli.run(leaveArgs(QStringLiteral("2026-12-01pm..2026-12-03")));
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const QString id = submitted.out.trimmed();
        QVERIFY(!id.isEmpty());

        const QJsonObject waiting =
            find(wangfang.run({QStringLiteral("approvals"), QStringLiteral("--json")}).json().array(), id);
        QCOMPARE(waiting.value(QStringLiteral("submitter")).toString(), QStringLiteral("sunli"));
        QCOMPARE(waiting.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QVERIFY(waiting.value(QStringLiteral("my_turn")).toBool());

        const CliResult noReason =
            wangfang.run({QStringLiteral("approval"), QStringLiteral("act"), id, QStringLiteral("reject")});
        QCOMPARE(noReason.exitCode, 2);
        const CliResult approved =
            wangfang.run({QStringLiteral("approval"), QStringLiteral("act"), id, QStringLiteral("approve")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));

        // Withdrawing after the decision: the server refuses and says who decided.
        const CliResult late =
            sunli.run({QStringLiteral("approval"), QStringLiteral("act"), id, QStringLiteral("withdraw")});
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.oneClearLine() &&
                     late.err.contains(QStringLiteral("cannot withdraw: already approved by 王芳 at ")),
                 qPrintable(late.err));
        const QJsonObject done =
            find(sunli.run({QStringLiteral("approvals"), QStringLiteral("--json")}).json().array(), id);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(done.value(QStringLiteral("version")).toInt(), 2);

        // Someone outside the approval does not see it and cannot act on it.
        const CliRunner james = login(QStringLiteral("james"));
        QVERIFY(find(james.run({QStringLiteral("approvals"), QStringLiteral("--json")}).json().array(), id)
                    .isEmpty());
        const CliResult outsider =
            james.run({QStringLiteral("approval"), QStringLiteral("act"), id, QStringLiteral("approve")});
        QVERIFY(outsider.exitCode != 0);
        QVERIFY(outsider.oneClearLine());
    }
};

QTEST_GUILESS_MAIN(TestCliApprovals)
#include "tst_cli_approvals.moc"
