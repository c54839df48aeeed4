// Sessions and bad input: login, hello, and every malformed frame answered with its typed error while
// other sessions carry on and nothing is stored.
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"
#include "protocol/Frame.h"

#include <QtTest>

using namespace testwire;

class TestServerProtocol : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    // The head of c/client-team as a logged-in member sees it.
    qint64 clientTeamHead(WireClient &c)
    {
        const QCborMap r = c.request("fetch", map({{"stream", "c/client-team"}, {"after", 0}, {"limit", 1}}));
        return result(r).value("head").toInteger();
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString())); }

    void loginGoodAndBad()
    {
        WireClient c;
        QVERIFY(c.connectTo(m_server.url()));
        QCborMap r = c.request("login", map({{"login", "wangfang"}, {"password", "tack-demo"}}));
        QVERIFY2(isAck(r), describe(r));
        const QString token = result(r).value("token").toString();
        QCOMPARE(token.size(), 64);
        QCOMPARE(result(r).value("user").toMap().value("login").toString(), QStringLiteral("wangfang"));
        QVERIFY(result(r).value("expires_at").toInteger() > QDateTime::currentMSecsSinceEpoch());

        r = c.request("login", map({{"login", "wangfang"}, {"password", "wrong password"}}));
        QCOMPARE(code(r), QStringLiteral("bad_credentials"));
        r = c.request("login", map({{"login", "nobody"}, {"password", "tack-demo"}}));
        QCOMPARE(code(r), QStringLiteral("bad_credentials"));
        r = c.request("login", map({{"login", "wangfang"}}));
        QCOMPARE(code(r), QStringLiteral("invalid_args"));

        r = c.hello(token);
        QVERIFY2(isAck(r), describe(r));
        const QCborMap hello = result(r);
        QCOMPARE(hello.value("catchup_limit").toInteger(), 250000);
        QCOMPARE(hello.value("max_frame").toInteger(), 1048576);
        QStringList streams;
        for (const QCborValue &s : hello.value("streams").toArray())
            streams << s.toMap().value("stream").toString();
        QVERIFY(streams.contains("org"));
        QVERIFY(streams.contains("c/client-team"));
        QVERIFY(!streams.contains("c/sales-east"));
    }

    void requestsBeforeHello()
    {
        WireClient c;
        QVERIFY(c.connectTo(m_server.url()));
        QCborMap r = c.request("fetch", map({{"stream", "org"}, {"after", 0}}));
        QCOMPARE(code(r), QStringLiteral("unauthenticated"));
        r = c.request(
            "mutate",
            map({{"client", c.clientId()}, {"mutation", 1}, {"name", "read"}, {"args", QCborMap()}}));
        QCOMPARE(code(r), QStringLiteral("unauthenticated"));
        r = c.request("ping");
        QVERIFY(isAck(r));
        QVERIFY(result(r).value("server_time").toInteger() > 0);
    }

    void helloBadToken()
    {
        WireClient c;
        QVERIFY(c.connectTo(m_server.url()));
        QCborMap r = c.hello(QString(64, QLatin1Char('a')));
        QCOMPARE(code(r), QStringLiteral("unauthenticated"));
        QCOMPARE(r.value("retryable").toBool(), false);
        QVERIFY(isAck(c.request("ping"))); // still open
        QVERIFY(!c.loginAndHello("wangfang", "tack-demo").isEmpty());
    }

    void helloBadVersion()
    {
        WireClient c;
        QVERIFY(c.connectTo(m_server.url()));
        const QString token = c.login("wangfang", "tack-demo");
        QCborMap r = c.request("hello", map({{"version", 2}, {"token", token}}));
        QCOMPARE(code(r), QStringLiteral("bad_version"));
        QCOMPARE(c.waitClosed(), 1002);
    }

    void logoutRevokesToken()
    {
        WireClient c;
        QVERIFY(c.connectTo(m_server.url()));
        const QString token = c.login("lihua", "tack-demo");
        QVERIFY(isAck(c.hello(token)));
        QVERIFY(isAck(c.request("logout")));
        c.waitClosed();
        WireClient again;
        QVERIFY(again.connectTo(m_server.url()));
        QCOMPARE(code(again.hello(token)), QStringLiteral("unauthenticated"));
    }

    void unknownType()
    {
        WireClient c;
        QVERIFY(c.connectTo(m_server.url()));
        QCborMap r = c.request("teleport");
        QCOMPARE(code(r), QStringLiteral("unknown_type"));
        QVERIFY(isAck(c.request("ping")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // empty: send a text message instead
        QTest::addColumn<QString>("expectedCode");
        QTest::addColumn<int>("closeCode");
        const QByteArray sendMessage = tack::proto::encodeFrame(map(
            {{"type", "mutate"},
             {"id", 77},
             {"client", "evil-client-1"},
             {"mutation", 1},
             {"name", "msg.send"},
             {"args",
              map({{"conversation", "client-team"}, {"id", "evil-1"}, {"text", "should not be stored"}})}}));
        QTest::newRow("malformed CBOR") << QByteArray("\xbf\x61", 2) << "bad_frame" << 1002;
        QTest::newRow("truncated frame") << sendMessage.left(sendMessage.size() - 5) << "bad_frame" << 1002;
        QTest::newRow("trailing bytes") << sendMessage + QByteArray("\x00", 1) << "bad_frame" << 1002;
        QTest::newRow("not a map") << QCborValue(QCborArray{1, 2}).toCbor() << "bad_frame" << 1002;
        QTest::newRow("text message") << QByteArray() << "bad_frame" << 1002;
        // {"type": "ping", "id": 1, "x": "a\xff"}
        QTest::newRow("invalid UTF-8") << QByteArray::fromHex("a3"
                                                              "6474797065"
                                                              "6470696e67"
                                                              "626964"
                                                              "01"
                                                              "6178"
                                                              "6261ff")
                                       << "bad_frame" << 1002;
        QTest::newRow("surrogate in UTF-8") << QByteArray::fromHex("a26474797065"
                                                                   "63eda080"
                                                                   "626964"
                                                                   "01")
                                            << "bad_frame" << 1002;
        QTest::newRow("missing type") << QCborValue(map({{"id", 1}})).toCbor() << "bad_frame" << 1002;
        QTest::newRow("missing id") << QCborValue(map({{"type", "ping"}})).toCbor() << "bad_frame" << 1002;
        QTest::newRow("text id") << QCborValue(map({{"type", "ping"}, {"id", "one"}})).toCbor() << "bad_frame"
                                 << 1002;
        QByteArray huge =
            QCborValue(map({{"type", "ping"}, {"id", 1}, {"pad", QString(1024 * 1024, 'x')}})).toCbor();
        QTest::newRow("over 1 MiB") << huge << "too_large" << 1009;
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedCode);
        QFETCH(int, closeCode);

        WireClient bystander;
        QVERIFY(bystander.connectTo(m_server.url()));
        QVERIFY(!bystander.loginAndHello("sunli", "tack-demo").isEmpty());
        const qint64 headBefore = clientTeamHead(bystander);

        WireClient attacker;
        QVERIFY(attacker.connectTo(m_server.url()));
        QVERIFY(!attacker.loginAndHello("wangfang", "tack-demo").isEmpty());
        if (bytes.isEmpty())
            attacker.sendText(QStringLiteral("{\"type\":\"ping\"}"));
        else
            attacker.sendRaw(bytes);
        const QCborMap reply = attacker.nextFrame();
        QCOMPARE(type(reply), QStringLiteral("error"));
        QCOMPARE(code(reply), expectedCode);
        QCOMPARE(attacker.waitClosed(), closeCode);

        // The other session is unaffected and nothing was stored.
        QVERIFY(isAck(bystander.request("ping")));
        QCOMPARE(clientTeamHead(bystander), headBefore);
    }
};

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_server_protocol.moc"
