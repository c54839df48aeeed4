// The desktop window tells the person when the local data cannot be saved: with the replica's writes failing
// (FaultyVfs: a full disk) the storage banner appears at the top of the window saying that queued actions are
// kept, and it goes away by itself once writes work again, with the queued message delivered.
// TACK_SCREENSHOT_DIR=DIR saves the window with the banner as DIR/storage-banner.png.
#include "AppSession.h"
#include "FaultyVfs.h"
#include "ServerProcess.h"
#include "StorageStatus.h"
#include "SyncTestClient.h"
#include "Translator.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tack_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Tack_AppPlugin)

using faultyvfs::Failure;
using tack::ui::AppSession;

namespace {

constexpr int kWaitMs = 30000;

} // namespace

class TestUiStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(faultyvfs::install()); }
    void cleanup() { faultyvfs::failWrites(QString(), Failure::None); }

    void bannerShowsWhileTheDiskIsFull()
    {
        ServerProcess server;
        const QHash<QString, qint64> ids = synctest::startWithUsers(server, {"ann", "bob"});
        QVERIFY2(!ids.isEmpty(), qPrintable(server.errorString()));
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        AppSession session(profile.path());
        tack::ui::Translator translator(nullptr);
        translator.setCode(QStringLiteral("en"));
        QQmlApplicationEngine engine;
        translator.setEngine(&engine);
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Tack/App/Main.qml")));
        QVERIFY(!engine.rootObjects().isEmpty());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *banner = window->findChild<QQuickItem *>(QStringLiteral("storageBanner"));
        QVERIFY(banner);

        session.signIn(server.url().toString(), QStringLiteral("ann"), synctest::kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(session.status(), AppSession::Status::SignedIn, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(session.connection(), QStringLiteral("online"), kWaitMs);
        QVERIFY(!banner->isVisible());
        QCOMPARE(banner->height(), 0.0);

        SyncTestClient bob;
        QVERIFY(bob.login(server.url(), "bob", synctest::kPassword));
        const QString group = bob.session().createGroup(QStringLiteral("Disk"), {ids.value("ann")});
        QVERIFY(bob.waitSettled());
        tack::client::ClientSession *ann = session.client();
        QVERIFY(ann);

        // Offline with one message queued; then the disk fills up while Ann catches up on Bob's messages.
        ann->stop();
        QTRY_COMPARE_WITH_TIMEOUT(session.connection(), QStringLiteral("offline"), kWaitMs);
        const QString queued = ann->sendMessage(group, QStringLiteral("queued before the disk filled"));
        QTRY_VERIFY_WITH_TIMEOUT(ann->reader().message(queued).has_value(), kWaitMs);
        for (int i = 0; i < 5; ++i)
            bob.session().sendMessage(group, QStringLiteral("from bob %1").arg(i));
        QVERIFY(bob.waitSettled());
        faultyvfs::failWrites(profile.path(), Failure::DiskFull);
        ann->start();

        QTRY_VERIFY_WITH_TIMEOUT(session.storage()->active(), kWaitMs);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->height() > 0);
        const QString said = banner->property("message").toString();
        QVERIFY2(said.contains(QLatin1String("queued")) && said.contains(QLatin1String("kept")),
                 qPrintable(said));
        auto *text = window->findChild<QQuickItem *>(QStringLiteral("storageBannerText"));
        QVERIFY(text && text->isVisible());
        QCOMPARE(text->property("text").toString(), said);
        if (const QString dir = qEnvironmentVariable("TACK_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grabWindow().save(dir + QStringLiteral("/storage-banner.png"));

        // Space returns: the banner goes by itself and the queued message reaches Bob.
        faultyvfs::failWrites(QString(), Failure::None);
        QTRY_VERIFY_WITH_TIMEOUT(!session.storage()->active(), kWaitMs);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(banner->height(), 0.0);
        QVERIFY(bob.waitFor([&] {
            const auto m = bob.reader().message(queued);
            return m && m->seq > 0;
        }));
        session.signOut();
    }
};

QTEST_MAIN(TestUiStorage)
#include "tst_ui_storage.moc"
