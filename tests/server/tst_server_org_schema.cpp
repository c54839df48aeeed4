// The org directory's schema (server schema 3): a database written by schema 2 keeps every row when it is
// migrated, gains the new columns with sensible values and an owner; the demo organisation fills them in.
#include "ChatStore.h"
#include "DemoSeeder.h"
#include "DirectoryStore.h"
#include "Objects.h"
#include "ServerStore.h"

#include <QCborArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace tack;
using namespace tack::server;

class TestServerOrgSchema : public QObject
{
    Q_OBJECT

private slots:
    void schema2DatabaseMigratesWithItsData();
    void demoOrganisationHasContactsRolesAndSecondDepartments();
    void wireUserCarriesTheNewFields();
};

namespace {

// Schema 2 exactly as tack-server wrote it (migrations 1 and 2), with a small org in it.
void writeSchema2Database(const QString &path)
{
    db::Database d;
    d.open(path);
    d.exec(R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE departments(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL,
    parent INTEGER NOT NULL DEFAULT 0, manager INTEGER NOT NULL DEFAULT 0);
CREATE TABLE users(
    id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    department INTEGER NOT NULL DEFAULT 0, manager INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1, password_hash TEXT NOT NULL);
CREATE TABLE tokens(
    hash BLOB PRIMARY KEY, user INTEGER NOT NULL, device TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX tokens_by_user ON tokens(user);
CREATE TABLE conversations(
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, owner INTEGER NOT NULL,
    created_at INTEGER NOT NULL, member_count INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE members(
    conversation TEXT NOT NULL, user INTEGER NOT NULL, role TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(conversation, user)) WITHOUT ROWID;
CREATE INDEX members_by_user ON members(user, conversation);
CREATE INDEX members_by_read ON members(conversation, read, user);
CREATE TABLE messages(
    id TEXT PRIMARY KEY, conversation TEXT NOT NULL, seq INTEGER NOT NULL, sender INTEGER NOT NULL,
    text TEXT NOT NULL, at INTEGER NOT NULL, edited_at INTEGER NOT NULL DEFAULT 0,
    recalled INTEGER NOT NULL DEFAULT 0, recalled_by INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX messages_by_seq ON messages(conversation, seq);
CREATE TABLE streams(stream TEXT PRIMARY KEY, head INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE events(
    stream TEXT NOT NULL, seq INTEGER NOT NULL, body BLOB NOT NULL, PRIMARY KEY(stream, seq)) WITHOUT ROWID;
CREATE TABLE applied_mutations(
    client TEXT NOT NULL, mutation INTEGER NOT NULL, user INTEGER NOT NULL, outcome BLOB NOT NULL,
    at INTEGER NOT NULL, PRIMARY KEY(client, mutation)) WITHOUT ROWID;
CREATE TABLE dings(
    conversation TEXT NOT NULL, message TEXT NOT NULL, user INTEGER NOT NULL, dinged_at INTEGER NOT NULL,
    confirmed_at INTEGER NOT NULL DEFAULT 0, rounds INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY(message, user)) WITHOUT ROWID;
CREATE INDEX dings_by_conversation ON dings(conversation, confirmed_at);
INSERT INTO departments VALUES(1, 'Acme', 0, 3), (2, 'Engineering', 1, 4);
INSERT INTO users VALUES(2, 'gone', 'Gone Person', '', 2, 0, 0, 'h2');
INSERT INTO users VALUES(3, 'boss', 'The Boss', 'CEO', 1, 0, 1, 'h3');
INSERT INTO users VALUES(4, 'dev', 'A Developer', 'Engineer', 2, 3, 1, 'h4');
INSERT INTO users VALUES(5, 'free', 'No Department', '', 0, 0, 1, 'h5');
INSERT INTO conversations VALUES('team', 'group', 'Team', 3, 100, 2);
INSERT INTO members VALUES('team', 3, 'owner', 1), ('team', 4, 'member', 1);
INSERT INTO messages VALUES('m1', 'team', 1, 3, 'hello', 100, 0, 0, 0);
INSERT INTO streams VALUES('c/team', 1);
INSERT INTO meta VALUES('demo_seeded', '1');
)sql");
    d.setUserVersion(2);
    d.close();
}

} // namespace

void TestServerOrgSchema::schema2DatabaseMigratesWithItsData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeSchema2Database(ServerStore::databasePath(dir.path()));

    ServerStore store;
    store.open(dir.path(), ServerStore::Open::MustExist);
    QCOMPARE(store.db().userVersion(), ServerStore::kSchemaVersion);
    QVERIFY(ServerStore::kSchemaVersion >= 3);

    DirectoryStore directory(store.sql());
    QCOMPARE(directory.userCount(), qint64(4));
    const auto dev = directory.user(4);
    QVERIFY(dev);
    QCOMPARE(dev->login, QStringLiteral("dev"));
    QCOMPARE(dev->title, QStringLiteral("Engineer"));
    QCOMPARE(dev->department, qint64(2));
    QCOMPARE(dev->departments, QList<qint64>{2});
    QCOMPARE(dev->manager, qint64(3));
    QCOMPARE(dev->passwordHash, QStringLiteral("h4"));
    QCOMPARE(dev->employeeId, QString());
    QCOMPARE(dev->role, orgrole::kMember);
    QCOMPARE(dev->deactivatedAt, qint64(0));

    // The first active account owns the migrated org; a deactivated one does not count.
    QCOMPARE(directory.user(3)->role, orgrole::kOwner);
    QCOMPARE(directory.user(2)->role, orgrole::kMember);
    QVERIFY(!directory.user(2)->active);
    QCOMPARE(directory.countActiveWithRole(orgrole::kOwner), qint64(1));
    QCOMPARE(directory.user(5)->departments, QList<qint64>{});
    QCOMPARE(directory.usersInDepartment(2), (QList<qint64>{2, 4}));
    QCOMPARE(directory.department(2)->manager, qint64(4));

    ChatStore chat(store.sql());
    QCOMPARE(chat.memberIds(QStringLiteral("team")), (QList<qint64>{3, 4}));
    QCOMPARE(chat.member(QStringLiteral("team"), 3)->role, QStringLiteral("owner"));
    QCOMPARE(chat.member(QStringLiteral("team"), 3)->joinedAt, qint64(0));
    QCOMPARE(chat.message(QStringLiteral("m1"))->text, QStringLiteral("hello"));
    QCOMPARE(store.meta(QStringLiteral("demo_seeded")), std::optional<QString>(QStringLiteral("1")));

    // Employee ids are unique once set, and the empty id may repeat.
    UserRow boss = *directory.user(3);
    boss.employeeId = QStringLiteral("E-1");
    directory.updateUser(boss);
    UserRow other = *directory.user(5);
    other.employeeId = QStringLiteral("E-1");
    QVERIFY_THROWS_EXCEPTION(db::SqlError, directory.updateUser(other));
    QCOMPARE(directory.userByEmployeeId(QStringLiteral("E-1"))->id, qint64(3));

    // Opening again is a no-op.
    store.close();
    store.open(dir.path(), ServerStore::Open::MustExist);
    QCOMPARE(DirectoryStore(store.sql()).user(3)->employeeId, QStringLiteral("E-1"));
}

void TestServerOrgSchema::demoOrganisationHasContactsRolesAndSecondDepartments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerStore store;
    store.open(dir.path(), ServerStore::Open::CreateIfMissing);
    QCOMPARE(DemoSeeder(store).seed(), DemoSeeder::Result::Seeded);

    DirectoryStore directory(store.sql());
    const auto wangfang = directory.userByLogin(QStringLiteral("wangfang"));
    QVERIFY(wangfang);
    QCOMPARE(wangfang->role, orgrole::kOwner);
    QCOMPARE(directory.userByLogin(QStringLiteral("zhoujie"))->role, orgrole::kAdmin);
    QCOMPARE(directory.countActiveWithRole(orgrole::kOwner), qint64(1));
    QCOMPARE(directory.countActiveWithRole(orgrole::kAdmin), qint64(1));

    int twoDepartments = 0;
    QSet<QString> employeeIds;
    const QList<UserRow> people = directory.users(0, 1000);
    QVERIFY(people.size() >= 20);
    for (const UserRow &u : people) {
        QVERIFY2(!u.employeeId.isEmpty() && !u.phone.isEmpty() && u.email.contains(QLatin1Char('@')),
                 qPrintable(u.login));
        employeeIds.insert(u.employeeId);
        QVERIFY(!u.departments.isEmpty());
        QCOMPARE(u.departments.first(), u.department);
        if (u.departments.size() == 2)
            ++twoDepartments;
    }
    QCOMPARE(employeeIds.size(), people.size());
    QVERIFY(twoDepartments >= 2);
}

void TestServerOrgSchema::wireUserCarriesTheNewFields()
{
    UserRow u;
    u.id = 7;
    u.login = QStringLiteral("li");
    u.department = 3;
    u.departments = {3, 9};
    u.employeeId = QStringLiteral("XH-7");
    u.phone = QStringLiteral("+86 138 0000 0000");
    u.email = QStringLiteral("li@example.com");
    u.role = orgrole::kAdmin;
    const QCborMap m = toCbor(u);
    QCOMPARE(m.value(QLatin1String("department")).toInteger(), qint64(3));
    QCOMPARE(m.value(QLatin1String("departments")).toArray(), (QCborArray{3, 9}));
    QCOMPARE(m.value(QLatin1String("employee_id")).toString(), u.employeeId);
    QCOMPARE(m.value(QLatin1String("phone")).toString(), u.phone);
    QCOMPARE(m.value(QLatin1String("email")).toString(), u.email);
    QCOMPARE(m.value(QLatin1String("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(m.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(m.value(QLatin1String("deactivated_at")).toInteger(), qint64(0));
}

QTEST_GUILESS_MAIN(TestServerOrgSchema)
#include "tst_server_org_schema.moc"
