// The Settings "Devices" list (DeviceListModel) against a real tack-server: two signed-in devices, one
// signed out from the other. The model runs under QAbstractItemModelTester.
#include "DeviceListModel.h"
#include "ServerProcess.h"
#include "SyncTestClient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using tack::ui::DeviceListModel;

class TestUiDevices : public QObject
{
    Q_OBJECT

private slots:
    void listsAndSignsOutAnotherDevice();
};

void TestUiDevices::listsAndSignsOutAnotherDevice()
{
    ServerProcess server;
    const auto users = synctest::startWithUsers(server, {QStringLiteral("ann")});
    QVERIFY2(!users.isEmpty(), qPrintable(server.errorString()));
    SyncTestClient laptop, phone;
    QString error;
    QVERIFY2(laptop.login(server.url(), QStringLiteral("ann"), synctest::kPassword, &error),
             qPrintable(error));
    QVERIFY2(phone.login(server.url(), QStringLiteral("ann"), synctest::kPassword, &error),
             qPrintable(error));

    DeviceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.refresh(); // no client yet: nothing happens
    QVERIFY(!model.loading());

    model.setClient(&laptop.session());
    model.refresh();
    QVERIFY(model.loading());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 20000);
    QVERIFY(!model.loading());
    QVERIFY(model.error().isEmpty());
    int currentRow = -1;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex i = model.index(row, 0);
        QVERIFY(!model.data(i, DeviceListModel::DeviceRole).toString().isEmpty());
        QCOMPARE(model.data(i, DeviceListModel::AddressRole).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!model.data(i, DeviceListModel::LastUsedTextRole).toString().isEmpty());
        if (model.data(i, DeviceListModel::CurrentRole).toBool())
            currentRow = row;
    }
    QVERIFY(currentRow >= 0);
    const QString other =
        model.data(model.index(1 - currentRow, 0), DeviceListModel::SessionIdRole).toString();
    QCOMPARE(other.size(), 16);

    // Signing the phone out: the server closes its connection at once and the list refreshes itself.
    model.signOut(other);
    QVERIFY(phone.waitFor([&] { return !phone.signedOutReasons.isEmpty(); }, 20000));
    QVERIFY2(phone.signedOutReasons.first().startsWith(QStringLiteral("session_revoked")),
             qPrintable(phone.signedOutReasons.first()));
    QVERIFY(!phone.session().loggedIn());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 20000);
    QVERIFY(model.data(model.index(0, 0), DeviceListModel::CurrentRole).toBool());

    model.setClient(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestUiDevices)
#include "tst_ui_devices.moc"
