// The calendar feed (docs/protocol.md 14.8) from a real tack-server over HTTP: a user's open due dates as
// iCalendar that a real parser (Debian's python3-icalendar) reads back, refusal without the right token, and
// `calendar.reset` replacing a leaked address.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace testwire;

namespace {

constexpr char kPassword[] = "tack-demo";

struct HttpReply
{
    int status = 0;
    QByteArray body;
};

HttpReply httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(10000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray all;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        all += socket.readAll();
    all += socket.readAll();
    const qsizetype split = all.indexOf("\r\n\r\n");
    if (split < 0)
        return {};
    HttpReply r;
    r.status = all.left(all.indexOf("\r\n")).split(' ').value(1).toInt();
    r.body = all.mid(split + 4);
    return r;
}

// Debian's python3 (the one python3-icalendar installs for), else whatever python3 is on PATH.
QString python()
{
    const QString debian =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    return debian.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : debian;
}

const char *const kParser = R"py(
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    events.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),
                   'description': str(e.get('DESCRIPTION', '')),
                   'start': int(e.decoded('DTSTART').timestamp() * 1000)})
print(json.dumps({'version': str(cal['VERSION']), 'events': events}))
)py";

} // namespace

class TestServerCalendar : public QObject
{
    Q_OBJECT

private slots:
    void feedParsesAndNeedsTheToken()
    {
        if (python().isEmpty() || QProcess::execute(python(), {"-c", "import icalendar"}) != 0)
            QSKIP("python3-icalendar is not installed (scripts/setup-deps.sh installs it)");
        ServerProcess server;
        QVERIFY2(server.startDemo({"--calendar-listen", "127.0.0.1:0"}), qPrintable(server.errorString()));
        WireClient sunli;
        QVERIFY(sunli.connectTo(server.url()));
        const qint64 now = sunli.loginAndHello("sunli", kPassword).value("server_time").toInteger();
        const qint64 due = (now / 1000 + 86400) * 1000; // whole seconds: iCalendar has no milliseconds
        const QString tricky = QStringLiteral("Review; budget, \"Q3\" \\ 预算会议 ✓");
        const QString notes =
            QStringLiteral("Line one\nLine two is long enough to be folded across several lines "
                           "of the iCalendar output, 中文也要正确折行而不被截断。");
        const QString dueId = QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(isAck(sunli.mutate(
            "todo.create",
            map({{"id", dueId}, {"title", tricky}, {"notes", notes}, {"due", due}, {"priority", 3}}))));
        QVERIFY(isAck(sunli.mutate("todo.create", map({{"id", "no-due-date"}, {"title", "Someday"}}))));
        QVERIFY(isAck(
            sunli.mutate("todo.create", map({{"id", "finished"}, {"title", "Done already"}, {"due", due}}))));
        QVERIFY(isAck(sunli.mutate("todo.done", map({{"todo", "finished"}}))));

        const QCborMap url = sunli.request("calendar.url");
        QVERIFY2(isAck(url), describe(url));
        const QByteArray path = result(url).value("path").toString().toLatin1();
        const quint16 port = quint16(result(url).value("port").toInteger());
        QVERIFY(port > 0);
        QVERIFY2(path.startsWith("/calendar/") && path.endsWith(".ics"), path.constData());

        const HttpReply feed = httpGet(port, path);
        QCOMPARE(feed.status, 200);
        QTemporaryDir dir;
        QFile file(dir.filePath("feed.ics"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(feed.body);
        file.close();
        QProcess parse;
        parse.start(python(), {"-c", kParser, file.fileName()});
        QVERIFY(parse.waitForFinished(30000));
        QVERIFY2(parse.exitCode() == 0, parse.readAllStandardError().constData());
        const QJsonObject parsed = QJsonDocument::fromJson(parse.readAllStandardOutput()).object();
        QCOMPARE(parsed.value("version").toString(), QString("2.0"));
        const QJsonArray events = parsed.value("events").toArray();
        QCOMPARE(events.size(), 1); // no due date, or done: not in the feed
        const QJsonObject event = events.first().toObject();
        QCOMPARE(event.value("uid").toString(), dueId + "@tack");
        QCOMPARE(event.value("summary").toString(), tricky);
        QCOMPARE(event.value("description").toString(), notes);
        QCOMPARE(qint64(event.value("start").toDouble()), due);
        for (const QByteArray &line : feed.body.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets plus the CR

        // Refused without the right token.
        QByteArray wrong = path;
        wrong[wrong.size() - 5] = wrong[wrong.size() - 5] == 'a' ? 'b' : 'a';
        QCOMPARE(httpGet(port, wrong).status, 403);
        const QByteArray user = path.split('/').value(2);
        QCOMPARE(httpGet(port, "/calendar/" + user + ".ics").status, 403);
        QCOMPARE(httpGet(port, "/calendar/" + user + "/").status, 403);
        QByteArray otherUser = path;
        otherUser.replace("/calendar/" + user + "/",
                          "/calendar/" + QByteArray::number(user.toLongLong() + 1) + "/");
        QCOMPARE(httpGet(port, otherUser).status, 403);
        QCOMPARE(httpGet(port, "/").status, 404);
        QVERIFY(!server.serverStderr().contains(path.mid(path.lastIndexOf('/') + 1, 64)));
    }

    void resetReplacesTheAddress()
    {
        ServerProcess server;
        QVERIFY2(server.startDemo({"--calendar-listen", "127.0.0.1:0"}), qPrintable(server.errorString()));
        WireClient sunli;
        QVERIFY(sunli.connectTo(server.url()));
        const qint64 now = sunli.loginAndHello("sunli", kPassword).value("server_time").toInteger();
        const QString dueId = QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(isAck(sunli.mutate(
            "todo.create", map({{"id", dueId}, {"title", "Renew the lease"}, {"due", now + 86400000}}))));
        WireClient hejun;
        QVERIFY(hejun.connectTo(server.url()));
        QVERIFY(!hejun.loginAndHello("hejun", kPassword).isEmpty());

        const auto feedPath = [](WireClient &c) {
            return result(c.request("calendar.url")).value("path").toString().toLatin1();
        };
        const QCborMap url = sunli.request("calendar.url");
        QVERIFY2(isAck(url), describe(url));
        const quint16 port = quint16(result(url).value("port").toInteger());
        const QByteArray oldPath = result(url).value("path").toString().toLatin1();
        const QByteArray otherPath = feedPath(hejun);
        QVERIFY(!otherPath.isEmpty());
        const HttpReply before = httpGet(port, oldPath);
        QCOMPARE(before.status, 200);
        QVERIFY(before.body.contains("UID:" + dueId.toLatin1() + "@tack"));

        const qint64 resetId = 1000;
        const QCborMap reset = sunli.mutate("calendar.reset", QCborMap(), resetId);
        QVERIFY2(isAck(reset), describe(reset));
        const QByteArray newPath = result(reset).value("path").toString().toLatin1();
        QVERIFY2(newPath.startsWith("/calendar/") && newPath.endsWith(".ics"), newPath.constData());
        QVERIFY(newPath != oldPath);
        QCOMPARE(newPath.split('/').value(2), oldPath.split('/').value(2)); // the same user
        QCOMPARE(feedPath(sunli), newPath);

        // The old address is refused at once; the new one serves the same feed.
        QCOMPARE(httpGet(port, oldPath).status, 403);
        const HttpReply after = httpGet(port, newPath);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.body, before.body);

        // Someone else's address did not change.
        QCOMPARE(feedPath(hejun), otherPath);
        QCOMPARE(httpGet(port, otherPath).status, 200);

        // A resent mutation answers the stored path and does not reset again.
        const QCborMap again = sunli.mutate("calendar.reset", QCborMap(), resetId);
        QVERIFY2(isAck(again), describe(again));
        QCOMPARE(result(again).value("path").toString().toLatin1(), newPath);
        QCOMPARE(feedPath(sunli), newPath);
        QCOMPARE(httpGet(port, newPath).status, 200);

        // A second reset gives yet another address and retires the first replacement.
        const QCborMap second = sunli.mutate("calendar.reset", QCborMap());
        QVERIFY2(isAck(second), describe(second));
        const QByteArray thirdPath = result(second).value("path").toString().toLatin1();
        QVERIFY(thirdPath != newPath && thirdPath != oldPath);
        QCOMPARE(httpGet(port, newPath).status, 403);
        QCOMPARE(httpGet(port, oldPath).status, 403);
        QCOMPARE(httpGet(port, thirdPath).status, 200);

        // Audited as the person's own action, without the token; no token in the server's log either.
        WireClient owner;
        QVERIFY(owner.connectTo(server.url()));
        QVERIFY(!owner.loginAndHello("wangfang", kPassword).isEmpty());
        const QCborMap audit =
            owner.request("audit.list", map({{"action", "calendar.reset"}, {"limit", 10}}));
        QVERIFY2(isAck(audit), describe(audit));
        const QCborArray entries = result(audit).value("entries").toArray();
        QCOMPARE(entries.size(), 2);
        const QString sunliId = QString::fromLatin1(oldPath.split('/').value(2));
        for (const QCborValue &e : entries) {
            QCOMPARE(e.toMap().value("target").toString(), QStringLiteral("user:") + sunliId);
            const QByteArray dump = e.toCbor();
            for (const QByteArray &p : {oldPath, newPath, thirdPath})
                QVERIFY(!dump.contains(p.mid(p.lastIndexOf('/') + 1, 64)));
        }
        for (const QByteArray &p : {oldPath, newPath, thirdPath})
            QVERIFY(!server.serverStderr().contains(p.mid(p.lastIndexOf('/') + 1, 64)));
    }
};

QTEST_GUILESS_MAIN(TestServerCalendar)
#include "tst_server_calendar.moc"
