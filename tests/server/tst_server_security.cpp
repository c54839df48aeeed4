// Security baseline against a real tack-server: failed-login lockouts, request rate limits, session listing
// and revocation (a revoked connection is closed at once), token lifetime, and no secret in any log.
#include "ServerProcess.h"
#include "SyncTestClient.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QtTest>

using namespace testwire;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QString kWrong = QStringLiteral("wrong-PASSWORD-zebra-42");

QCborMap loginFrame(const QString &login, const QString &password,
                    const QString &device = QStringLiteral("test"))
{
    return map({{"login", login}, {"password", password}, {"device", device}});
}

// A connection logged in and past hello as `login` on `device`; returns the token (empty on failure).
QString signIn(WireClient &c, const QUrl &url, const QString &login, const QString &device)
{
    if (!c.connectTo(url))
        return QString();
    const QCborMap reply = c.request(QStringLiteral("login"), loginFrame(login, kPassword, device));
    const QString token = result(reply).value(QLatin1String("token")).toString();
    if (token.isEmpty() || !isAck(c.hello(token)))
        return QString();
    return token;
}

QList<QCborMap> sessionsOf(WireClient &c)
{
    QList<QCborMap> out;
    const QCborMap reply = c.request(QStringLiteral("sessions"));
    for (const QCborValue &v : result(reply).value(QLatin1String("sessions")).toArray())
        out.append(v.toMap());
    return out;
}

} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT

private slots:
    void accountLockoutAfterFiveFailures();
    void addressLockoutAfterTwentyFailures();
    void clientShowsTheWait();
    void connectionRateLimit();
    void accountRateLimitSpansConnections();
    void listSessions();
    void revokeOneSessionClosesItAtOnce();
    void revokeAllOthers();
    void tokenLifetimeIsConfigurable();
    void noSecretsInLogs();

private:
    bool startWithUsers(ServerProcess &server, const QStringList &logins, const QStringList &serveArgs = {})
    {
        ServerProcess::Options options;
        options.serveArgs = serveArgs;
        if (!server.start(options))
            return false;
        for (const QString &login : logins) {
            if (server.addUser(login, login, kPassword) <= 0)
                return false;
        }
        return true;
    }
};

void TestServerSecurity::accountLockoutAfterFiveFailures()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann"), QStringLiteral("bob")}),
             qPrintable(server.errorString()));
    WireClient c;
    QVERIFY(c.connectTo(server.url()));
    for (int i = 0; i < 5; ++i) {
        const QCborMap reply = c.request(QStringLiteral("login"), loginFrame(QStringLiteral("ann"), kWrong));
        QCOMPARE(code(reply), QStringLiteral("bad_credentials"));
    }
    // Locked: even the right password is refused, with the wait.
    QCborMap reply = c.request(QStringLiteral("login"), loginFrame(QStringLiteral("ANN"), kPassword));
    QCOMPARE(code(reply), QStringLiteral("rate_limited"));
    QVERIFY(reply.value(QLatin1String("retryable")).toBool());
    const qint64 wait = reply.value(QLatin1String("retry_after")).toInteger();
    QVERIFY2(wait >= 1 && wait <= 15, describe(reply).constData());
    QVERIFY2(reply.value(QLatin1String("message")).toString().contains(QStringLiteral("try again in")),
             describe(reply).constData());

    // Another account from the same address is not affected; an unknown login is throttled the same way.
    reply = c.request(QStringLiteral("login"), loginFrame(QStringLiteral("bob"), kPassword));
    QVERIFY2(isAck(reply), describe(reply).constData());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(code(c.request(QStringLiteral("login"), loginFrame(QStringLiteral("nobody"), kWrong))),
                 QStringLiteral("bad_credentials"));
    QCOMPARE(code(c.request(QStringLiteral("login"), loginFrame(QStringLiteral("nobody"), kWrong))),
             QStringLiteral("rate_limited"));
}

void TestServerSecurity::addressLockoutAfterTwentyFailures()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann")}), qPrintable(server.errorString()));
    WireClient c;
    QVERIFY(c.connectTo(server.url()));
    // Twenty failures spread over many logins (four each, below the per-account limit).
    for (int i = 0; i < 20; ++i) {
        const QCborMap reply =
            c.request(QStringLiteral("login"), loginFrame(QStringLiteral("guess%1").arg(i / 4), kWrong));
        QCOMPARE(code(reply), QStringLiteral("bad_credentials"));
    }
    const QCborMap reply = c.request(QStringLiteral("login"), loginFrame(QStringLiteral("ann"), kPassword));
    QCOMPARE(code(reply), QStringLiteral("rate_limited"));
    QVERIFY(reply.value(QLatin1String("retry_after")).toInteger() >= 1);
    // A new connection from the same address is locked out as well.
    WireClient other;
    QVERIFY(other.connectTo(server.url()));
    QCOMPARE(code(other.request(QStringLiteral("login"), loginFrame(QStringLiteral("ann"), kPassword))),
             QStringLiteral("rate_limited"));
}

void TestServerSecurity::clientShowsTheWait()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann")}), qPrintable(server.errorString()));
    SyncTestClient client;
    QString message;
    QObject::connect(&client.session(), &tack::client::ClientSession::loginFinished, &client,
                     [&](bool, const QString &, const QString &m) { message = m; });
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!client.login(server.url(), QStringLiteral("ann"), kWrong));
        QCOMPARE(client.loginCode, QStringLiteral("bad_credentials"));
    }
    QVERIFY(!client.login(server.url(), QStringLiteral("ann"), kPassword));
    QCOMPARE(client.loginCode, QStringLiteral("rate_limited"));
    static const QRegularExpression shown(QStringLiteral("^Too many attempts, try again in \\d+ s$"));
    QVERIFY2(shown.match(message).hasMatch(), qPrintable(message));
}

void TestServerSecurity::connectionRateLimit()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann")},
                            {QStringLiteral("--limit-connection"), QStringLiteral("2")}),
             qPrintable(server.errorString()));
    WireClient c;
    QVERIFY(c.connectTo(server.url()));
    // The bucket holds ten seconds' worth (20); it starts full.
    for (int i = 0; i < 20; ++i)
        QVERIFY(isAck(c.request(QStringLiteral("ping"))));
    QCborMap refused;
    for (int i = 0; i < 20 && refused.isEmpty(); ++i) {
        const QCborMap reply = c.request(QStringLiteral("ping"));
        if (!isAck(reply))
            refused = reply;
    }
    QCOMPARE(code(refused), QStringLiteral("rate_limited"));
    QVERIFY(refused.value(QLatin1String("retry_after")).toInteger() >= 1);
    QVERIFY(c.isConnected());
    // Another connection has its own bucket.
    WireClient other;
    QVERIFY(other.connectTo(server.url()));
    QVERIFY(isAck(other.request(QStringLiteral("ping"))));
}

void TestServerSecurity::accountRateLimitSpansConnections()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann"), QStringLiteral("bob")},
                            {QStringLiteral("--limit-account"), QStringLiteral("1"),
                             QStringLiteral("--limit-connection"), QStringLiteral("0")}),
             qPrintable(server.errorString()));
    WireClient a, b, bob;
    QVERIFY(!signIn(a, server.url(), QStringLiteral("ann"), QStringLiteral("laptop")).isEmpty());
    QVERIFY(!signIn(b, server.url(), QStringLiteral("ann"), QStringLiteral("phone")).isEmpty());
    QVERIFY(!signIn(bob, server.url(), QStringLiteral("bob"), QStringLiteral("laptop")).isEmpty());
    // ann's ten-request bucket is shared by both of her connections.
    int acked = 0;
    QCborMap refused;
    for (int i = 0; i < 30 && refused.isEmpty(); ++i) {
        const QCborMap reply = (i % 2 ? b : a).request(QStringLiteral("ping"));
        if (isAck(reply))
            ++acked;
        else
            refused = reply;
    }
    QCOMPARE(code(refused), QStringLiteral("rate_limited"));
    QVERIFY2(acked >= 10 && acked < 30, QByteArray::number(acked).constData());
    QVERIFY(isAck(bob.request(QStringLiteral("ping"))));

    // A refused mutation holds back the client's later ones (out_of_order), as any retryable refusal does.
    const QCborMap first = a.mutate(QStringLiteral("dm.open"), map({{"user", bob.userId()}}), 1);
    QCOMPARE(code(first), QStringLiteral("rate_limited"));
}

void TestServerSecurity::listSessions()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann"), QStringLiteral("bob")}),
             qPrintable(server.errorString()));
    WireClient laptop, phone, bob;
    QVERIFY(!signIn(laptop, server.url(), QStringLiteral("ann"), QStringLiteral("laptop")).isEmpty());
    QVERIFY(!signIn(phone, server.url(), QStringLiteral("ann"), QStringLiteral("phone")).isEmpty());
    QVERIFY(!signIn(bob, server.url(), QStringLiteral("bob"), QStringLiteral("bob's pc")).isEmpty());

    const QList<QCborMap> list = sessionsOf(laptop);
    QCOMPARE(list.size(), 2); // bob's session is not ann's business
    int current = 0;
    QStringList devices;
    for (const QCborMap &s : list) {
        devices.append(s.value(QLatin1String("device")).toString());
        QCOMPARE(s.value(QLatin1String("id")).toString().size(), 16);
        QCOMPARE(s.value(QLatin1String("address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(s.value(QLatin1String("created_at")).toInteger() > 0);
        QVERIFY(s.value(QLatin1String("last_used")).toInteger() >=
                s.value(QLatin1String("created_at")).toInteger());
        QVERIFY(s.value(QLatin1String("expires_at")).toInteger() >
                s.value(QLatin1String("created_at")).toInteger());
        if (s.value(QLatin1String("current")).toBool()) {
            ++current;
            QCOMPARE(s.value(QLatin1String("device")).toString(), QStringLiteral("laptop"));
        }
    }
    QCOMPARE(current, 1);
    devices.sort();
    QCOMPARE(devices, (QStringList{QStringLiteral("laptop"), QStringLiteral("phone")}));

    // Before hello there is no account to list.
    WireClient anonymous;
    QVERIFY(anonymous.connectTo(server.url()));
    QCOMPARE(code(anonymous.request(QStringLiteral("sessions"))), QStringLiteral("unauthenticated"));
}

void TestServerSecurity::revokeOneSessionClosesItAtOnce()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann"), QStringLiteral("bob")}),
             qPrintable(server.errorString()));
    WireClient laptop, phone, bob;
    QVERIFY(!signIn(laptop, server.url(), QStringLiteral("ann"), QStringLiteral("laptop")).isEmpty());
    const QString phoneToken = signIn(phone, server.url(), QStringLiteral("ann"), QStringLiteral("phone"));
    QVERIFY(!phoneToken.isEmpty());
    QVERIFY(!signIn(bob, server.url(), QStringLiteral("bob"), QStringLiteral("pc")).isEmpty());

    QString phoneId, laptopId;
    for (const QCborMap &s : sessionsOf(laptop))
        (s.value(QLatin1String("current")).toBool() ? laptopId : phoneId) =
            s.value(QLatin1String("id")).toString();
    QString bobId = sessionsOf(bob).value(0).value(QLatin1String("id")).toString();
    QVERIFY(!phoneId.isEmpty() && !laptopId.isEmpty() && !bobId.isEmpty());

    // Not this session, not someone else's, not a made-up one.
    QCOMPARE(code(laptop.mutate(QStringLiteral("session.revoke"), map({{"session", laptopId}}))),
             QStringLiteral("invalid_args"));
    QCOMPARE(code(laptop.mutate(QStringLiteral("session.revoke"), map({{"session", bobId}}))),
             QStringLiteral("not_found"));
    QCOMPARE(code(laptop.mutate(QStringLiteral("session.revoke"),
                                map({{"session", QStringLiteral("0123456789abcdef")}}))),
             QStringLiteral("not_found"));
    QCOMPARE(code(laptop.mutate(QStringLiteral("session.revoke"), {})), QStringLiteral("invalid_args"));

    const QCborMap reply = laptop.mutate(QStringLiteral("session.revoke"), map({{"session", phoneId}}));
    QVERIFY2(isAck(reply), describe(reply).constData());
    QCOMPARE(result(reply).value(QLatin1String("revoked")).toInteger(), 1);

    // The phone hears why and is disconnected.
    const QCborMap notice = phone.nextFrame();
    QCOMPARE(type(notice), QStringLiteral("error"));
    QCOMPARE(notice.value(QLatin1String("id")).toInteger(), 0);
    QCOMPARE(code(notice), QStringLiteral("session_revoked"));
    QCOMPARE(phone.waitClosed(), 4001);
    // Its token no longer works; the laptop and bob carry on.
    WireClient again;
    QVERIFY(again.connectTo(server.url()));
    QCOMPARE(code(again.hello(phoneToken)), QStringLiteral("unauthenticated"));
    QVERIFY(isAck(laptop.request(QStringLiteral("ping"))));
    QCOMPARE(sessionsOf(laptop).size(), 1);
    QCOMPARE(sessionsOf(bob).size(), 1);
}

void TestServerSecurity::revokeAllOthers()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann")}), qPrintable(server.errorString()));
    WireClient a, b, c;
    QVERIFY(!signIn(a, server.url(), QStringLiteral("ann"), QStringLiteral("a")).isEmpty());
    QVERIFY(!signIn(b, server.url(), QStringLiteral("ann"), QStringLiteral("b")).isEmpty());
    QVERIFY(!signIn(c, server.url(), QStringLiteral("ann"), QStringLiteral("c")).isEmpty());
    const QCborMap reply = a.mutate(QStringLiteral("session.revoke"), map({{"others", true}}));
    QVERIFY2(isAck(reply), describe(reply).constData());
    QCOMPARE(result(reply).value(QLatin1String("revoked")).toInteger(), 2);
    QCOMPARE(b.waitClosed(), 4001);
    QCOMPARE(c.waitClosed(), 4001);
    const QList<QCborMap> left = sessionsOf(a);
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().value(QLatin1String("current")).toBool());
}

void TestServerSecurity::tokenLifetimeIsConfigurable()
{
    ServerProcess server;
    QVERIFY2(startWithUsers(server, {QStringLiteral("ann")},
                            {QStringLiteral("--token-ttl-days"), QStringLiteral("2")}),
             qPrintable(server.errorString()));
    WireClient c;
    QVERIFY(c.connectTo(server.url()));
    const QCborMap reply = c.request(QStringLiteral("login"), loginFrame(QStringLiteral("ann"), kPassword));
    QVERIFY(isAck(reply));
    const QString token = result(reply).value(QLatin1String("token")).toString();
    const QCborMap hello = c.hello(token);
    QVERIFY(isAck(hello));
    const qint64 serverTime = result(hello).value(QLatin1String("server_time")).toInteger();
    const qint64 expiresAt = result(reply).value(QLatin1String("expires_at")).toInteger();
    const qint64 twoDays = 2LL * 24 * 60 * 60 * 1000;
    QVERIFY(qAbs(expiresAt - serverTime - twoDays) < 10 * 60 * 1000);

    // Three days later the token has expired.
    QCOMPARE(server.terminate(), 0);
    server.setServeArgs(
        {QStringLiteral("--fault-clock-offset-ms"), QString::number(3LL * 24 * 60 * 60 * 1000)});
    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    WireClient later;
    QVERIFY(later.connectTo(server.url()));
    QCOMPARE(code(later.hello(token)), QStringLiteral("token_expired"));

    QCOMPARE(ServerProcess::run({QStringLiteral("serve"), QStringLiteral("--data"), server.dataDir(),
                                 QStringLiteral("--token-ttl-days"), QStringLiteral("0")})
                 .exitCode,
             2);
}

void TestServerSecurity::noSecretsInLogs()
{
    // Everything the server and the client can log, switched on.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    static QStringList clientLog;
    clientLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { clientLog.append(message); });

    ServerProcess server;
    const bool started = startWithUsers(server, {QStringLiteral("ann")});
    qunsetenv("QT_LOGGING_RULES");
    QVERIFY2(started, qPrintable(server.errorString()));

    QString token;
    {
        SyncTestClient client;
        QVERIFY(!client.login(server.url(), QStringLiteral("ann"), kWrong));
        QVERIFY(client.login(server.url(), QStringLiteral("ann"), kPassword));
        token = client.session().account().token;
        QCOMPARE(token.size(), 64);
        WireClient raw;
        QVERIFY(raw.connectTo(server.url()));
        QVERIFY(isAck(raw.hello(token)));
        const QString wrongToken =
            token.left(63) + (token.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0'));
        QCOMPARE(code(raw.hello(wrongToken)), QStringLiteral("unauthenticated"));
        for (int i = 0; i < 6; ++i)
            raw.request(QStringLiteral("login"), loginFrame(QStringLiteral("ann"), kWrong));
        QVERIFY(isAck(raw.request(QStringLiteral("logout"))));
        client.session().logout();
        QVERIFY(client.waitFor([&] { return !client.session().loggedIn(); }));
    }
    QCOMPARE(server.terminate(), 0);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QByteArray everything = server.serverStdout() + '\n' + server.serverStderr() + '\n' +
                            clientLog.join(QLatin1Char('\n')).toUtf8();
    QDirIterator files(server.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        everything += f.readAll(); // the database too: it keeps only hashes
    }
    QVERIFY2(!clientLog.isEmpty(), "debug logging did not reach the handler");
    for (const QString &secret : {kPassword, kWrong, token}) {
        QVERIFY2(!everything.contains(secret.toUtf8()),
                 qPrintable(QStringLiteral("found a secret in the logs")));
        QVERIFY(!everything.contains(secret.toUtf8().toHex()));
    }
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
