// wss:// end to end: tack-server serve --tls-cert/--tls-key against the real client (ClientSession), with
// the committed test certificates of tests/data/tls (scripts/make-test-certs.sh).
#include "ServerProcess.h"
#include "SyncTestClient.h"
#include "sync/CertificateTrust.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QtTest>

#ifndef TACK_TEST_DATA_DIR
#error "TACK_TEST_DATA_DIR must name tests/data"
#endif

using tack::sync::CertificateTrust;

namespace {

QString tlsFile(const QString &name)
{
    return QStringLiteral(TACK_TEST_DATA_DIR "/tls/") + name;
}

QString fingerprintOfFile(const QString &name)
{
    QFile f(tlsFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return CertificateTrust::fingerprintOf(QSslCertificate(f.readAll(), QSsl::Pem));
}

QStringList tlsArgs(const QString &cert, const QString &key)
{
    return {QStringLiteral("--tls-cert"), tlsFile(cert), QStringLiteral("--tls-key"), tlsFile(key)};
}

struct LoginResult
{
    bool ok = false;
    QString code;
    QString message;
    QString rejectedFingerprint;
    bool trustable = false;
};

// Logs `client` in and records the outcome, including a refused certificate.
LoginResult attemptLogin(SyncTestClient &client, const QUrl &url, const QString &login)
{
    LoginResult r;
    QObject guard;
    QObject::connect(&client.session(), &tack::client::ClientSession::certificateRejected, &guard,
                     [&](const QString &fingerprint, bool trustable, const QString &) {
                         r.rejectedFingerprint = fingerprint;
                         r.trustable = trustable;
                     });
    QObject::connect(&client.session(), &tack::client::ClientSession::loginFinished, &guard,
                     [&](bool, const QString &, const QString &message) { r.message = message; });
    QString error;
    r.ok = client.login(url, login, synctest::kPassword, &error);
    r.code = client.loginCode;
    return r;
}

} // namespace

class TestSyncTls : public QObject
{
    Q_OBJECT

private slots:
    void roundTripWithPinnedCertificate();
    void unpinnedSelfSignedIsRefusedWithItsFingerprint();
    void differentFingerprintIsRefused();
    void wrongHostIsRefusedEvenWhenPinned();
    void expiredIsRefusedEvenWhenPinned();
    void plainClientCannotTalkToTlsServer();
    void serveRefusesBadCertificateFiles_data();
    void serveRefusesBadCertificateFiles();
    void fingerprintParsing();
};

void TestSyncTls::roundTripWithPinnedCertificate()
{
    ServerProcess server;
    const auto users =
        synctest::startWithUsers(server, {QStringLiteral("ann"), QStringLiteral("bob")},
                                 tlsArgs(QStringLiteral("server.crt"), QStringLiteral("server.key")));
    QVERIFY2(!users.isEmpty(), qPrintable(server.errorString()));
    QCOMPARE(server.url().scheme(), QStringLiteral("wss"));

    SyncTestClient ann, bob;
    const QString pin = fingerprintOfFile(QStringLiteral("server.crt"));
    QCOMPARE(pin.size(), 64);
    ann.session().setTrustedCertificate(pin);
    bob.session().setTrustedCertificate(pin);
    QString error;
    QVERIFY2(ann.login(server.url(), QStringLiteral("ann"), synctest::kPassword, &error), qPrintable(error));
    QVERIFY2(bob.login(server.url(), QStringLiteral("bob"), synctest::kPassword, &error), qPrintable(error));

    // A message goes out over one TLS connection and arrives over the other.
    const QString chat = ann.session().openDirect(users.value(QStringLiteral("bob")));
    QVERIFY(!chat.isEmpty());
    const QString message = ann.session().sendMessage(chat, QStringLiteral("over TLS"));
    QVERIFY(!message.isEmpty());
    QVERIFY(ann.waitSettled());
    QVERIFY(bob.waitFor([&] {
        const auto list = bob.messages(chat);
        return !list.isEmpty() && list.last().text == QStringLiteral("over TLS");
    }));
}

void TestSyncTls::unpinnedSelfSignedIsRefusedWithItsFingerprint()
{
    ServerProcess server;
    const auto users = synctest::startWithUsers(
        server, {QStringLiteral("ann")}, tlsArgs(QStringLiteral("server.crt"), QStringLiteral("server.key")));
    QVERIFY2(!users.isEmpty(), qPrintable(server.errorString()));
    SyncTestClient ann;
    const LoginResult r = attemptLogin(ann, server.url(), QStringLiteral("ann"));
    QVERIFY(!r.ok);
    QCOMPARE(r.code, QStringLiteral("untrusted_certificate"));
    QVERIFY(r.trustable);
    QCOMPARE(r.rejectedFingerprint, fingerprintOfFile(QStringLiteral("server.crt")));
    QVERIFY2(r.message.contains(CertificateTrust::displayFingerprint(r.rejectedFingerprint)),
             qPrintable(r.message));
    QVERIFY(!ann.session().loggedIn());

    // Trusting exactly that fingerprint lets the same client in.
    ann.session().setTrustedCertificate(r.rejectedFingerprint);
    const LoginResult again = attemptLogin(ann, server.url(), QStringLiteral("ann"));
    QVERIFY2(again.ok, qPrintable(again.code + QLatin1Char(' ') + again.message));
}

void TestSyncTls::differentFingerprintIsRefused()
{
    ServerProcess server;
    const auto users = synctest::startWithUsers(
        server, {QStringLiteral("ann")}, tlsArgs(QStringLiteral("other.crt"), QStringLiteral("other.key")));
    QVERIFY2(!users.isEmpty(), qPrintable(server.errorString()));
    SyncTestClient ann;
    ann.session().setTrustedCertificate(fingerprintOfFile(QStringLiteral("server.crt")));
    const LoginResult r = attemptLogin(ann, server.url(), QStringLiteral("ann"));
    QVERIFY(!r.ok);
    QCOMPARE(r.code, QStringLiteral("untrusted_certificate"));
    QCOMPARE(r.rejectedFingerprint, fingerprintOfFile(QStringLiteral("other.crt")));
    QVERIFY2(r.message.contains(QStringLiteral("not the one this profile trusts")), qPrintable(r.message));
}

void TestSyncTls::wrongHostIsRefusedEvenWhenPinned()
{
    ServerProcess server;
    const auto users =
        synctest::startWithUsers(server, {QStringLiteral("ann")},
                                 tlsArgs(QStringLiteral("wronghost.crt"), QStringLiteral("wronghost.key")));
    QVERIFY2(!users.isEmpty(), qPrintable(server.errorString()));
    SyncTestClient ann;
    ann.session().setTrustedCertificate(fingerprintOfFile(QStringLiteral("wronghost.crt")));
    const LoginResult r = attemptLogin(ann, server.url(), QStringLiteral("ann"));
    QVERIFY(!r.ok);
    QCOMPARE(r.code, QStringLiteral("bad_certificate"));
    QVERIFY(!r.trustable);
    QVERIFY2(r.message.contains(QStringLiteral("host"), Qt::CaseInsensitive), qPrintable(r.message));
}

void TestSyncTls::expiredIsRefusedEvenWhenPinned()
{
    ServerProcess server;
    const auto users =
        synctest::startWithUsers(server, {QStringLiteral("ann")},
                                 tlsArgs(QStringLiteral("expired.crt"), QStringLiteral("expired.key")));
    QVERIFY2(!users.isEmpty(), qPrintable(server.errorString()));
    QVERIFY2(server.serverStderr().contains("expired"), server.serverStderr().constData());
    SyncTestClient ann;
    ann.session().setTrustedCertificate(fingerprintOfFile(QStringLiteral("expired.crt")));
    const LoginResult r = attemptLogin(ann, server.url(), QStringLiteral("ann"));
    QVERIFY(!r.ok);
    QCOMPARE(r.code, QStringLiteral("bad_certificate"));
    QVERIFY2(r.message.contains(QStringLiteral("expired"), Qt::CaseInsensitive), qPrintable(r.message));
}

void TestSyncTls::plainClientCannotTalkToTlsServer()
{
    ServerProcess server;
    const auto users = synctest::startWithUsers(
        server, {QStringLiteral("ann")}, tlsArgs(QStringLiteral("server.crt"), QStringLiteral("server.key")));
    QVERIFY2(!users.isEmpty(), qPrintable(server.errorString()));
    QUrl plain = server.url();
    plain.setScheme(QStringLiteral("ws"));
    SyncTestClient ann;
    const LoginResult r = attemptLogin(ann, plain, QStringLiteral("ann"));
    QVERIFY(!r.ok);
    QCOMPARE(r.code, QStringLiteral("unreachable"));
}

void TestSyncTls::serveRefusesBadCertificateFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing cert") << QStringList{QStringLiteral("--tls-cert"),
                                                 tlsFile(QStringLiteral("nope.crt")),
                                                 QStringLiteral("--tls-key"),
                                                 tlsFile(QStringLiteral("server.key"))}
                                  << QStringLiteral("does not exist");
    QTest::newRow("missing key") << QStringList{QStringLiteral("--tls-cert"),
                                                tlsFile(QStringLiteral("server.crt")),
                                                QStringLiteral("--tls-key"),
                                                tlsFile(QStringLiteral("nope.key"))}
                                 << QStringLiteral("does not exist");
    QTest::newRow("key as cert") << tlsArgs(QStringLiteral("server.key"), QStringLiteral("server.key"))
                                 << QStringLiteral("holds no PEM certificate");
    QTest::newRow("cert as key") << tlsArgs(QStringLiteral("server.crt"), QStringLiteral("server.crt"))
                                 << QStringLiteral("holds no usable private key");
    QTest::newRow("mismatch") << tlsArgs(QStringLiteral("server.crt"), QStringLiteral("mismatch.key"))
                              << QStringLiteral("does not belong to the certificate");
    QTest::newRow("cert alone") << QStringList{QStringLiteral("--tls-cert"),
                                               tlsFile(QStringLiteral("server.crt"))}
                                << QStringLiteral("go together");
}

void TestSyncTls::serveRefusesBadCertificateFiles()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QCOMPARE(ServerProcess::run({QStringLiteral("init"), QStringLiteral("--data"), data}).exitCode, 0);
    const ServerProcess::Run r =
        ServerProcess::run(QStringList{QStringLiteral("serve"), QStringLiteral("--data"), data,
                                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                           args);
    QVERIFY(r.exitCode == 1 || r.exitCode == 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err)); // one line
    QVERIFY2(!err.contains(QStringLiteral("PRIVATE KEY")), qPrintable(err));
}

void TestSyncTls::fingerprintParsing()
{
    const QString hex = fingerprintOfFile(QStringLiteral("server.crt"));
    QCOMPARE(
        CertificateTrust::parseFingerprint(CertificateTrust::displayFingerprint(hex)).value_or(QString()),
        hex);
    QCOMPARE(CertificateTrust::parseFingerprint(hex.toUpper()).value_or(QString()), hex);
    QVERIFY(!CertificateTrust::parseFingerprint(hex.left(62)));
    QVERIFY(!CertificateTrust::parseFingerprint(hex.left(63) + QLatin1Char('g')));
    QVERIFY(!CertificateTrust::parseFingerprint(QString()));
}

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
