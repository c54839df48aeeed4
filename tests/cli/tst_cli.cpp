// tack-cli end to end: the real binary against a real tack-server child process.
#include "CliRunner.h"
#include "ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPassword = QStringLiteral("correct-horse-1");

QJsonObject findById(const QJsonArray &rows, const QString &id)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

int countText(const QJsonArray &messages, const QString &text)
{
    int n = 0;
    for (const QJsonValue &v : messages)
        n += v.toObject().value(QStringLiteral("text")).toString() == text ? 1 : 0;
    return n;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoLoginListsChats();
    void directChatRoundTrip();
    void groupChatEditRecallRead();
    void dingConfirmRoundTrip();
    void offlineSendIsDeliveredOnceOnSync();
    void searchFindsChineseOffline();
    void wrongPassword();
    void unreachableServer();
    void badArguments_data();
    void badArguments();
    void notLoggedIn();
    void corruptReplica();
    void unknownChat();
    void tlsTrustAndSessions();

private:
    CliRunner login(const QString &name, const QString &login, const QString &password);

    ServerProcess m_server;
    QTemporaryDir m_profiles;
};

void TestCli::initTestCase()
{
    QVERIFY(m_profiles.isValid());
    QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.addUser(QStringLiteral("ana"), QStringLiteral("Ana Souza"), kPassword) > 0);
    QVERIFY(m_server.addUser(QStringLiteral("bo"), QStringLiteral("Bo Lin"), kPassword) > 0);
    QVERIFY(m_server.addUser(QStringLiteral("cai"), QStringLiteral("蔡文"), kPassword) > 0);
}

CliRunner TestCli::login(const QString &name, const QString &loginName, const QString &password)
{
    CliRunner cli(m_profiles.filePath(name), password);
    const CliResult r = cli.run({QStringLiteral("login"), m_server.url().toString(), loginName});
    if (r.exitCode != 0)
        qWarning("login %s failed: %s", qPrintable(loginName), qPrintable(r.err));
    return cli;
}

void TestCli::demoLoginListsChats()
{
    const CliRunner cli =
        login(QStringLiteral("wangfang"), QStringLiteral("wangfang"), QStringLiteral("tack-demo"));
    const CliResult r = cli.run({QStringLiteral("chats"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray chats = r.json().array();
    QVERIFY2(chats.size() >= 3, qPrintable(r.out));
    for (const QJsonValue &v : chats) {
        const QJsonObject chat = v.toObject();
        QVERIFY(!chat.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(chat.contains(QStringLiteral("title")));
        QVERIFY(chat.value(QStringLiteral("unread")).isDouble());
    }
}

void TestCli::directChatRoundTrip()
{
    const CliRunner ana = login(QStringLiteral("ana1"), QStringLiteral("ana"), kPassword);
    const CliRunner bo = login(QStringLiteral("bo1"), QStringLiteral("bo"), kPassword);

    const CliResult dm = ana.run({QStringLiteral("dm"), QStringLiteral("bo")});
    QCOMPARE(dm.exitCode, 0);
    const QString chat = dm.out.trimmed();
    QVERIFY(chat.startsWith(QStringLiteral("dm-")));

    QCOMPARE(ana.run({QStringLiteral("send"), chat, QStringLiteral("Hi Bo, lunch?")}).exitCode, 0);
    QCOMPARE(bo.run({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("20")}).exitCode, 0);

    const CliResult chats = bo.run({QStringLiteral("chats"), QStringLiteral("--json")});
    const QJsonObject row = findById(chats.json().array(), chat);
    QCOMPARE(row.value(QStringLiteral("unread")).toInt(), 1);

    const CliResult msgs = bo.run({QStringLiteral("messages"), chat, QStringLiteral("--json")});
    QCOMPARE(msgs.exitCode, 0);
    const QJsonArray list = msgs.json().array();
    QCOMPARE(list.size(), 1);
    const QJsonObject m = list.first().toObject();
    QCOMPARE(m.value(QStringLiteral("text")).toString(), QStringLiteral("Hi Bo, lunch?"));
    QCOMPARE(m.value(QStringLiteral("sender")).toString(), QStringLiteral("ana"));
    QCOMPARE(m.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QVERIFY(m.value(QStringLiteral("seq")).toInt() > 0);

    QCOMPARE(bo.run({QStringLiteral("read"), chat}).exitCode, 0);
    const QJsonObject after =
        findById(bo.run({QStringLiteral("chats"), QStringLiteral("--json")}).json().array(), chat);
    QCOMPARE(after.value(QStringLiteral("unread")).toInt(), 0);

    // The same direct chat whoever opens it.
    const CliResult back = bo.run({QStringLiteral("dm"), QStringLiteral("ana")});
    QCOMPARE(back.out.trimmed(), chat);
}

void TestCli::groupChatEditRecallRead()
{
    const CliRunner ana = login(QStringLiteral("ana2"), QStringLiteral("ana"), kPassword);
    const CliRunner cai = login(QStringLiteral("cai2"), QStringLiteral("cai"), kPassword);

    const CliResult created =
        ana.run({QStringLiteral("chat"), QStringLiteral("new"), QStringLiteral("Launch plan"),
                 QStringLiteral("--members"), QStringLiteral("bo,cai")});
    QCOMPARE(created.exitCode, 0);
    const QString chat = created.out.trimmed();
    QVERIFY(!chat.isEmpty());

    QCOMPARE(ana.run({QStringLiteral("send"), chat, QStringLiteral("Draft is up")}).exitCode, 0);
    const QJsonArray mine =
        ana.run({QStringLiteral("messages"), chat, QStringLiteral("--json")}).json().array();
    QCOMPARE(mine.size(), 1);
    const QString messageId = mine.first().toObject().value(QStringLiteral("id")).toString();

    QCOMPARE(ana.run({QStringLiteral("edit"), messageId, QStringLiteral("Draft v2 is up")}).exitCode, 0);
    QCOMPARE(cai.run({QStringLiteral("sync")}).exitCode, 0);
    QJsonArray seen = cai.run({QStringLiteral("messages"), chat, QStringLiteral("--json")}).json().array();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Draft v2 is up"));
    QVERIFY(seen.first().toObject().value(QStringLiteral("edited")).toBool());

    // Only the sender (or an owner/admin) may recall: cai is a plain member.
    const CliResult refused = cai.run({QStringLiteral("recall"), messageId});
    QVERIFY(refused.exitCode != 0);
    QVERIFY(refused.oneClearLine());

    QCOMPARE(ana.run({QStringLiteral("recall"), messageId}).exitCode, 0);
    QCOMPARE(cai.run({QStringLiteral("sync")}).exitCode, 0);
    seen = cai.run({QStringLiteral("messages"), chat, QStringLiteral("--json")}).json().array();
    QCOMPARE(seen.size(), 1);
    QVERIFY(seen.first().toObject().value(QStringLiteral("recalled")).toBool());
    QVERIFY(seen.first().toObject().value(QStringLiteral("text")).toString().isEmpty());
}

void TestCli::dingConfirmRoundTrip()
{
    const CliRunner ana = login(QStringLiteral("ana-ding"), QStringLiteral("ana"), kPassword);
    const CliRunner bo = login(QStringLiteral("bo-ding"), QStringLiteral("bo"), kPassword);
    const QString chat = ana.run({QStringLiteral("chat"), QStringLiteral("new"), QStringLiteral("DING drill"),
                                  QStringLiteral("--members"), QStringLiteral("bo,cai")})
                             .out.trimmed();
    QVERIFY(!chat.isEmpty());
    QCOMPARE(ana.run({QStringLiteral("send"), chat, QStringLiteral("请今天下班前确认 sign-off")}).exitCode,
             0);
    const QJsonArray mine =
        ana.run({QStringLiteral("messages"), chat, QStringLiteral("--json")}).json().array();
    QCOMPARE(mine.size(), 1);
    const QString message = mine.first().toObject().value(QStringLiteral("id")).toString();

    const CliResult sent =
        ana.run({QStringLiteral("ding"), message, QStringLiteral("--to"), QStringLiteral("bo,cai")});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    // bo is not the sender: refused with one clear line.
    const CliResult refused =
        bo.run({QStringLiteral("ding"), message, QStringLiteral("--to"), QStringLiteral("cai")});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out + refused.err));
    QVERIFY(refused.oneClearLine());

    QJsonArray pending = bo.run({QStringLiteral("dings"), QStringLiteral("--json")}).json().array();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().toObject().value(QStringLiteral("message")).toString(), message);
    QCOMPARE(pending.first().toObject().value(QStringLiteral("sender")).toString(), QStringLiteral("ana"));
    QCOMPARE(pending.first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("请今天下班前确认 sign-off"));

    const CliResult confirmed = bo.run({QStringLiteral("ding"), QStringLiteral("confirm"), message});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QVERIFY(bo.run({QStringLiteral("dings"), QStringLiteral("--json")}).json().array().isEmpty());

    const QJsonArray status =
        ana.run({QStringLiteral("dings"), message, QStringLiteral("--json")}).json().array();
    QCOMPARE(status.size(), 2);
    QHash<QString, bool> byLogin;
    for (const QJsonValue &v : status)
        byLogin.insert(v.toObject().value(QStringLiteral("user")).toString(),
                       v.toObject().value(QStringLiteral("confirmed")).toBool());
    QCOMPARE(byLogin.value(QStringLiteral("bo")), true);
    QCOMPARE(byLogin.value(QStringLiteral("cai"), true), false);
}

void TestCli::offlineSendIsDeliveredOnceOnSync()
{
    const CliRunner ana = login(QStringLiteral("ana3"), QStringLiteral("ana"), kPassword);
    const CliRunner bo = login(QStringLiteral("bo3"), QStringLiteral("bo"), kPassword);
    const QString chat = ana.run({QStringLiteral("dm"), QStringLiteral("bo")}).out.trimmed();
    QVERIFY(!chat.isEmpty());

    m_server.terminate();
    const QString text = QStringLiteral("written on the train");
    const CliResult queued = ana.run({QStringLiteral("send"), chat, text});
    QCOMPARE(queued.exitCode, 0);
    QVERIFY2(queued.err.contains(QStringLiteral("queued")), qPrintable(queued.err));
    const QJsonArray pending =
        ana.run({QStringLiteral("messages"), chat, QStringLiteral("--json")}).json().array();
    QCOMPARE(countText(pending, text), 1);
    QCOMPARE(pending.last().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    // A failing sync while the server is down says so and keeps the queue.
    const CliResult down =
        ana.run({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("2")});
    QVERIFY(down.exitCode != 0);
    QVERIFY(down.oneClearLine());

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QCOMPARE(ana.run({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("20")}).exitCode,
             0);
    QCOMPARE(ana.run({QStringLiteral("sync")}).exitCode, 0); // a second sync sends nothing again
    QCOMPARE(bo.run({QStringLiteral("sync")}).exitCode, 0);
    const QJsonArray delivered =
        bo.run({QStringLiteral("messages"), chat, QStringLiteral("--json")}).json().array();
    QCOMPARE(countText(delivered, text), 1);
    const QJsonArray mine =
        ana.run({QStringLiteral("messages"), chat, QStringLiteral("--json")}).json().array();
    QCOMPARE(countText(mine, text), 1);
    for (const QJsonValue &v : mine)
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
}

void TestCli::searchFindsChineseOffline()
{
    const CliRunner ana = login(QStringLiteral("ana4"), QStringLiteral("ana"), kPassword);
    const QString chat = ana.run({QStringLiteral("dm"), QStringLiteral("cai")}).out.trimmed();
    QCOMPARE(ana.run({QStringLiteral("send"), chat, QStringLiteral("下周的预算会议改到周三")}).exitCode, 0);
    QCOMPARE(ana.run({QStringLiteral("send"), chat, QStringLiteral("Quarterly budget review")}).exitCode, 0);

    m_server.terminate();
    const CliResult zh =
        ana.run({QStringLiteral("search"), QStringLiteral("预算会议"), QStringLiteral("--json")});
    QCOMPARE(zh.exitCode, 0);
    QCOMPARE(countText(zh.json().array(), QStringLiteral("下周的预算会议改到周三")), 1);
    const CliResult en =
        ana.run({QStringLiteral("search"), QStringLiteral("budget"), QStringLiteral("--json")});
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(countText(en.json().array(), QStringLiteral("Quarterly budget review")), 1);
    const CliResult odd =
        ana.run({QStringLiteral("search"), QStringLiteral("\"budget* OR"), QStringLiteral("--json")});
    QCOMPARE(odd.exitCode, 0);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
}

void TestCli::wrongPassword()
{
    CliRunner cli(m_profiles.filePath(QStringLiteral("wrongpw")), QStringLiteral("not-the-password"));
    const CliResult r = cli.run({QStringLiteral("login"), m_server.url().toString(), QStringLiteral("ana")});
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.oneClearLine(), qPrintable(r.err));
}

void TestCli::unreachableServer()
{
    CliRunner cli(m_profiles.filePath(QStringLiteral("nowhere")), kPassword);
    const CliResult r =
        cli.run({QStringLiteral("login"), QStringLiteral("ws://127.0.0.1:1"), QStringLiteral("ana")});
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.oneClearLine(), qPrintable(r.err));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("send without text") << QStringList{QStringLiteral("send"), QStringLiteral("x")};
    QTest::newRow("bad limit") << QStringList{QStringLiteral("messages"), QStringLiteral("x"),
                                              QStringLiteral("--limit"), QStringLiteral("many")};
    QTest::newRow("login bad url") << QStringList{QStringLiteral("login"), QStringLiteral("not a url"),
                                                  QStringLiteral("ana")};
    QTest::newRow("chat new without members")
        << QStringList{QStringLiteral("chat"), QStringLiteral("new"), QStringLiteral("T")};
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    CliRunner cli(m_profiles.filePath(QStringLiteral("badargs")), kPassword);
    const CliResult r = cli.run(args);
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(!r.err.trimmed().isEmpty(), "an error must say what is wrong");
}

void TestCli::notLoggedIn()
{
    CliRunner cli(m_profiles.filePath(QStringLiteral("fresh")));
    const CliResult r = cli.run({QStringLiteral("send"), QStringLiteral("abc"), QStringLiteral("hello")});
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.oneClearLine(), qPrintable(r.err));
}

void TestCli::corruptReplica()
{
    const CliRunner cli = login(QStringLiteral("corrupt"), QStringLiteral("bo"), kPassword);
    QFile db(m_profiles.filePath(QStringLiteral("corrupt/replica.db")));
    QVERIFY(db.exists());
    QFile::remove(db.fileName() + QStringLiteral("-wal"));
    QFile::remove(db.fileName() + QStringLiteral("-shm"));
    QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
    db.write(QByteArray(8192, 'x'));
    db.close();
    const CliResult r = cli.run({QStringLiteral("chats")});
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.oneClearLine(), qPrintable(r.err));
}

void TestCli::unknownChat()
{
    const CliRunner cli = login(QStringLiteral("unknown"), QStringLiteral("bo"), kPassword);
    const CliResult r =
        cli.run({QStringLiteral("send"), QStringLiteral("no-such-chat"), QStringLiteral("hello")});
    QVERIFY(!r.crashed);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.oneClearLine(), qPrintable(r.err));
    const CliResult dm = cli.run({QStringLiteral("dm"), QStringLiteral("nobody-by-that-name")});
    QVERIFY(dm.exitCode != 0);
    QVERIFY2(dm.oneClearLine(), qPrintable(dm.err));
}

// wss:// with a self-signed certificate: refused until trusted (the hint names the fingerprint), trusted by
// file or by fingerprint and remembered in the profile; then the session commands.
void TestCli::tlsTrustAndSessions()
{
    const QString tls = QStringLiteral(TACK_TEST_DATA_DIR "/tls/");
    ServerProcess server;
    ServerProcess::Options options;
    options.serveArgs = {QStringLiteral("--tls-cert"), tls + QStringLiteral("server.crt"),
                         QStringLiteral("--tls-key"), tls + QStringLiteral("server.key")};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QVERIFY(server.addUser(QStringLiteral("tess"), QStringLiteral("Tess"), kPassword) > 0);
    const QString url = server.url().toString();
    QVERIFY(url.startsWith(QStringLiteral("wss://")));

    CliRunner laptop(m_profiles.filePath(QStringLiteral("tls-laptop")), kPassword);
    CliResult r = laptop.run({QStringLiteral("login"), url, QStringLiteral("tess")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.oneClearLine(), qPrintable(r.err));
    static const QRegularExpression hint(
        QStringLiteral("--trust-fingerprint ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"));
    const QRegularExpressionMatch m = hint.match(r.err);
    QVERIFY2(m.hasMatch(), qPrintable(r.err));

    r = laptop.run({QStringLiteral("login"), url, QStringLiteral("tess"), QStringLiteral("--trust-cert"),
                    tls + QStringLiteral("server.crt")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Remembered: later commands connect without the option.
    r = laptop.run({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    CliRunner phone(m_profiles.filePath(QStringLiteral("tls-phone")), kPassword);
    r = phone.run({QStringLiteral("login"), url, QStringLiteral("tess"),
                   QStringLiteral("--trust-fingerprint"), m.captured(1)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A wrong pin is refused, never silently replaced.
    CliRunner wrong(m_profiles.filePath(QStringLiteral("tls-wrong")), kPassword);
    r = wrong.run({QStringLiteral("login"), url, QStringLiteral("tess"), QStringLiteral("--trust-cert"),
                   tls + QStringLiteral("other.crt")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not the one this profile trusts")), qPrintable(r.err));

    r = laptop.run({QStringLiteral("sessions"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray sessions = r.json().array();
    QCOMPARE(sessions.size(), 2);
    int current = 0;
    for (const QJsonValue &v : sessions)
        current += v.toObject().value(QStringLiteral("current")).toBool() ? 1 : 0;
    QCOMPARE(current, 1);
    r = laptop.run({QStringLiteral("sessions")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 2);

    r = laptop.run(
        {QStringLiteral("sessions"), QStringLiteral("revoke"), QStringLiteral("0123456789abcdef")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not_found")), qPrintable(r.err));
    r = laptop.run({QStringLiteral("sessions"), QStringLiteral("revoke"), QStringLiteral("--others"),
                    QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));

    r = phone.run({QStringLiteral("sessions")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("signed out")), qPrintable(r.err));
    r = laptop.run({QStringLiteral("sessions"), QStringLiteral("--json")});
    QCOMPARE(r.json().array().size(), 1);

    r = laptop.run({QStringLiteral("sessions"), QStringLiteral("revoke")});
    QCOMPARE(r.exitCode, 2);
    r = laptop.run(
        {QStringLiteral("login"), QStringLiteral("wss://u:p@127.0.0.1:1"), QStringLiteral("tess")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains(QStringLiteral(":p@")));
}
QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
