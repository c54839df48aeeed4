// The permission matrix of docs/protocol.md, checked row by row against a real tack-server: for every row
// the test puts an account in the described relation to a fresh target, sends the operation, and expects
// the documented outcome. Every mutation and request type the server implements must have rows.

#include "MutationApplier.h"
#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>
#include <functional>
#include <memory>

using namespace testwire;

namespace {

constexpr char kPassword[] = "tack-demo";

struct MatrixRow
{
    QString operation; // "mutate msg.send", "query history", "stream c/…"
    QString actor;
    QString outcome; // "allowed" or an error code
    int line = 0;
};

QList<MatrixRow> readMatrix(QString *error)
{
    QFile file(QStringLiteral(TACK_SOURCE_DIR "/docs/protocol.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(file.fileName());
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression row(
        QStringLiteral(R"(^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|\s*(.+?)\s*\|\s*$)"));
    QList<MatrixRow> rows;
    bool inSection = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &text = lines.at(i);
        if (text.startsWith(QLatin1String("## ")))
            inSection = text.contains(QLatin1String("Permission matrix"));
        if (!inSection)
            continue;
        const auto m = row.match(text);
        if (!m.hasMatch())
            continue;
        QString outcome = m.captured(3);
        outcome.remove(QLatin1Char('`'));
        rows.append({m.captured(1), m.captured(2), outcome, i + 1});
    }
    if (rows.isEmpty())
        *error = QStringLiteral("no rows found under a 'Permission matrix' heading in docs/protocol.md");
    return rows;
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QHash<QString, std::shared_ptr<WireClient>> m_clients; // by login
    QHash<QString, qint64> m_ids;                          // login -> user id
    QList<MatrixRow> m_rows;

    // A conversation made for one row: owner, admin, the sender of `message`, a plain member who was
    // DINGed on it, and an outsider.
    struct Scene
    {
        QString conversation;
        QString message;
        qint64 messageSeq = 0;
        // Todos and boards, made only for rows that need them (buildTodoScene).
        QString board;
        QStringList columns;
        QString card;
        QString todo;
    };
    // Ordinary accounts with no org role; the scene's cast.
    const QString kOwner = QStringLiteral("sunli");
    const QString kAdmin = QStringLiteral("hejun");
    const QString kSender = QStringLiteral("amina");
    const QString kMember = QStringLiteral("xuming");
    const QString kBystander = QStringLiteral("james"); // a member: not the sender, not DINGed
    const QString kOutsider = QStringLiteral("dengchao");
    const QString kNewcomer = QStringLiteral("guoqiang");
    // Org roles in the demo organisation.
    const QString kOrgOwner = QStringLiteral("wangfang");
    const QString kOrgAdmin = QStringLiteral("zhoujie");
    const QString kDeptManager = QStringLiteral("lihua"); // manages the Server Team, org role member
    const QString kTeamMember = QStringLiteral("linxue"); // in the Server Team
    int m_serial = 0;

    // A fresh ordinary person made by the org owner, optionally deactivated; 0 on failure.
    qint64 freshPerson(bool deactivated, QString *why)
    {
        WireClient *owner = client(kOrgOwner);
        const QString login =
            QStringLiteral("pm%1x%2").arg(++m_serial).arg(QCoreApplication::applicationPid());
        QCborMap reply =
            owner ? owner->mutate(QStringLiteral("user.create"),
                                  map({{"login", login}, {"name", QStringLiteral("Temp %1").arg(login)}}))
                  : QCborMap();
        const qint64 id = result(reply).value(QLatin1String("user")).toInteger();
        if (ok(reply) && deactivated)
            reply = owner->mutate(QStringLiteral("user.deactivate"), map({{"user", id}}));
        if (!ok(reply)) {
            *why = QStringLiteral("making a person failed: %1").arg(QString::fromUtf8(describe(reply)));
            return 0;
        }
        return id;
    }
    // The id of one of `login`'s sessions, from its own `sessions` list.
    QCborValue firstSessionOf(const QString &login, QString *why)
    {
        WireClient *c = client(login);
        const QCborMap reply = c ? c->request(QStringLiteral("sessions")) : QCborMap();
        const QCborArray sessions = result(reply).value(QLatin1String("sessions")).toArray();
        if (sessions.isEmpty()) {
            *why = QStringLiteral("no sessions listed for %1: %2")
                       .arg(login, QString::fromUtf8(describe(reply)));
            return {};
        }
        return sessions.first().toMap().value(QLatin1String("id"));
    }
    // A one-day leave request's values (the built-in `leave` template).
    static QCborMap leaveValues()
    {
        return map(
            {{"type", "annual"},
             {"period",
              map({{"from", "2026-12-01"}, {"from_half", "am"}, {"to", "2026-12-01"}, {"to_half", "pm"}})},
             {"reason", QStringLiteral("family visit")}});
    }
    // A fresh leave request by the Server Team member (approver: the team's head); its id, empty on failure.
    QString freshApproval(QString *why)
    {
        WireClient *submitter = client(kTeamMember);
        const QString id = QStringLiteral("pm-") + newId();
        const QCborMap reply =
            submitter ? submitter->mutate(QStringLiteral("approval.submit"),
                                          map({{"id", id}, {"template", "leave"}, {"values", leaveValues()}}))
                      : QCborMap();
        if (!ok(reply)) {
            *why =
                QStringLiteral("submitting an approval failed: %1").arg(QString::fromUtf8(describe(reply)));
            return {};
        }
        return id;
    }
    qint64 freshDepartment(QString *why)
    {
        WireClient *owner = client(kOrgOwner);
        const QCborMap reply = owner
                                   ? owner->mutate(QStringLiteral("dept.create"),
                                                   map({{"name", QStringLiteral("Dept %1").arg(++m_serial)}}))
                                   : QCborMap();
        if (!ok(reply)) {
            *why = QStringLiteral("making a department failed: %1").arg(QString::fromUtf8(describe(reply)));
            return 0;
        }
        return result(reply).value(QLatin1String("department")).toInteger();
    }

    WireClient *client(const QString &login)
    {
        if (auto it = m_clients.constFind(login); it != m_clients.constEnd() && (*it)->isConnected())
            return it->get();
        auto c = std::make_shared<WireClient>();
        if (!c->connectTo(m_server.url()) ||
            c->loginAndHello(login, QString::fromLatin1(kPassword)).isEmpty())
            return nullptr;
        m_ids.insert(login, c->userId());
        m_clients.insert(login, c);
        return c.get();
    }
    qint64 idOf(const QString &login) { return client(login) ? m_ids.value(login) : 0; }

    static QString newId() { return QUuid::createUuid().toString(QUuid::Id128).left(20); }

    static bool ok(const QCborMap &reply) { return isAck(reply); }

    bool buildScene(Scene &scene, QString *why)
    {
        WireClient *owner = client(kOwner);
        if (!owner) {
            *why = QStringLiteral("cannot sign in as %1").arg(kOwner);
            return false;
        }
        scene.conversation = QStringLiteral("pm-") + newId();
        QCborMap reply = owner->mutate(
            QStringLiteral("conv.create"),
            map({{"id", scene.conversation},
                 {"title", QStringLiteral("Permission scene")},
                 {"members", QCborArray{idOf(kAdmin), idOf(kSender), idOf(kMember), idOf(kBystander)}}}));
        if (ok(reply))
            reply = owner->mutate(
                QStringLiteral("member.role"),
                map({{"conversation", scene.conversation}, {"user", idOf(kAdmin)}, {"role", "admin"}}));
        if (ok(reply)) {
            scene.message = newId();
            reply =
                client(kSender)->mutate(QStringLiteral("msg.send"), map({{"conversation", scene.conversation},
                                                                         {"id", scene.message},
                                                                         {"text", QStringLiteral("hello")}}));
            scene.messageSeq = result(reply).value(QLatin1String("seq")).toInteger();
        }
        if (ok(reply))
            reply = client(kSender)->mutate(
                QStringLiteral("ding.send"),
                map({{"message", scene.message}, {"users", QCborArray{idOf(kMember)}}}));
        if (!ok(reply))
            *why = QStringLiteral("setting up the scene failed: %1").arg(QString::fromUtf8(describe(reply)));
        return ok(reply);
    }

    // A board by kOwner with kAdmin and kBystander as members, three columns and a card; a plain todo by
    // kSender assigned to kMember.
    bool buildTodoScene(Scene &scene, QString *why)
    {
        scene.board = QStringLiteral("pb-") + newId();
        QCborArray columns;
        for (int i = 0; i < 3; ++i) {
            scene.columns.append(QStringLiteral("pc-") + newId());
            columns.append(
                map({{"id", scene.columns.last()}, {"title", QStringLiteral("Column %1").arg(i)}}));
        }
        QCborMap reply = client(kOwner)->mutate(QStringLiteral("board.create"),
                                                map({{"id", scene.board},
                                                     {"title", QStringLiteral("Permission board")},
                                                     {"members", QCborArray{idOf(kAdmin), idOf(kBystander)}},
                                                     {"columns", columns}}));
        if (ok(reply)) {
            scene.card = QStringLiteral("pk-") + newId();
            reply =
                client(kOwner)->mutate(QStringLiteral("todo.create"), map({{"id", scene.card},
                                                                           {"title", QStringLiteral("Card")},
                                                                           {"board", scene.board},
                                                                           {"column", scene.columns[0]}}));
        }
        if (ok(reply)) {
            scene.todo = QStringLiteral("pt-") + newId();
            reply = client(kSender)->mutate(QStringLiteral("todo.create"),
                                            map({{"id", scene.todo},
                                                 {"title", QStringLiteral("Todo")},
                                                 {"assignees", QCborArray{idOf(kMember)}}}));
        }
        if (!ok(reply))
            *why = QStringLiteral("setting up the board failed: %1").arg(QString::fromUtf8(describe(reply)));
        return ok(reply);
    }

    // The login that plays `actor` for this operation, or empty when the test has no such person.
    QString loginFor(const QString &actor)
    {
        if (actor == QLatin1String("todo creator"))
            return kSender;
        if (actor == QLatin1String("todo assignee"))
            return kMember;
        if (actor == QLatin1String("board owner"))
            return kOwner;
        if (actor == QLatin1String("board member") || actor == QLatin1String("board member (self)"))
            return kBystander;
        if (actor == QLatin1String("board non-member"))
            return kOutsider;
        if (actor == QLatin1String("conversation owner"))
            return kOwner;
        if (actor == QLatin1String("conversation admin"))
            return kAdmin;
        if (actor == QLatin1String("sender"))
            return kSender;
        if (actor == QLatin1String("conversation member") ||
            actor == QLatin1String("conversation member (self)") || actor == QLatin1String("other member"))
            return kBystander;
        if (actor == QLatin1String("DINGed member"))
            return kMember;
        if (actor == QLatin1String("non-member"))
            return kOutsider;
        if (actor == QLatin1String("org owner"))
            return kOrgOwner;
        if (actor == QLatin1String("org admin"))
            return kOrgAdmin;
        if (actor == QLatin1String("department manager"))
            return kDeptManager;
        if (actor == QLatin1String("approval submitter"))
            return kTeamMember;
        if (actor == QLatin1String("approval approver"))
            return kDeptManager;
        if (actor == QLatin1String("approval CC"))
            return kOrgAdmin; // the HR role, CC'd on completion of leave
        if (actor == QLatin1String("non-participant"))
            return kOutsider;
        if (actor == QLatin1String("self") || actor == QLatin1String("other user") ||
            actor == QLatin1String("member"))
            return kOutsider;
        return {};
    }

    // Sends the operation of `row` as `login`; returns the reply.
    QCborMap perform(const MatrixRow &row, const QString &login, const Scene &scene, QString *why)
    {
        WireClient *c = client(login);
        if (!c) {
            *why = QStringLiteral("cannot sign in as %1").arg(login);
            return {};
        }
        const QString op = row.operation;
        const QString conv = scene.conversation;
        const bool self = row.actor.endsWith(QLatin1String("(self)"));
        const bool onBoard = row.actor.startsWith(QLatin1String("board "));
        const QString todoTarget = onBoard ? scene.card : scene.todo;
        using Args = std::function<QCborMap()>;
        const QHash<QString, Args> mutations{
            {QStringLiteral("conv.create"),
             [&] {
                 return map({{"id", QStringLiteral("pm-") + newId()},
                             {"title", QStringLiteral("New group")},
                             {"members", QCborArray{idOf(kNewcomer)}}});
             }},
            {QStringLiteral("dm.open"),
             [&] {
                 return map({{"user", idOf(kNewcomer)}});
             }},
            {QStringLiteral("conv.rename"),
             [&] {
                 return map({{"conversation", conv}, {"title", QStringLiteral("Renamed")}});
             }},
            {QStringLiteral("member.add"),
             [&] {
                 return map({{"conversation", conv}, {"users", QCborArray{idOf(kNewcomer)}}});
             }},
            {QStringLiteral("member.remove"),
             [&] {
                 return map({{"conversation", conv}, {"user", self ? idOf(login) : idOf(kSender)}});
             }},
            {QStringLiteral("member.role"),
             [&] {
                 return map({{"conversation", conv}, {"user", idOf(kSender)}, {"role", "admin"}});
             }},
            {QStringLiteral("msg.send"),
             [&] {
                 return map({{"conversation", conv}, {"id", newId()}, {"text", QStringLiteral("hi")}});
             }},
            {QStringLiteral("msg.edit"),
             [&] {
                 return map({{"message", scene.message}, {"text", QStringLiteral("edited")}});
             }},
            {QStringLiteral("msg.recall"),
             [&] {
                 return map({{"message", scene.message}});
             }},
            {QStringLiteral("read"),
             [&] {
                 return map({{"conversation", conv}, {"upto", scene.messageSeq}});
             }},
            {QStringLiteral("ding.send"),
             [&] {
                 return map({{"message", scene.message}, {"users", QCborArray{idOf(kAdmin)}}});
             }},
            {QStringLiteral("ding.confirm"),
             [&] {
                 return map({{"message", scene.message}});
             }},
            // Org administration: targets as described under the matrix in docs/protocol.md.
            {QStringLiteral("user.create"),
             [&] {
                 const QString fresh =
                     QStringLiteral("pmnew%1x%2").arg(++m_serial).arg(QCoreApplication::applicationPid());
                 return map({{"login", fresh}, {"name", QStringLiteral("New person")}});
             }},
            {QStringLiteral("user.update"),
             [&] {
                 if (row.actor == QLatin1String("self"))
                     return map({{"user", idOf(login)},
                                 {"phone", QStringLiteral("+86 138 0000 %1").arg(1000 + m_serial++)}});
                 return map(
                     {{"user", idOf(kTeamMember)}, {"title", QStringLiteral("Title %1").arg(++m_serial)}});
             }},
            {QStringLiteral("user.deactivate"),
             [&] {
                 return map(
                     {{"user", row.actor == QLatin1String("self") ? idOf(login) : freshPerson(false, why)}});
             }},
            {QStringLiteral("user.reactivate"),
             [&] {
                 return map({{"user", freshPerson(true, why)}});
             }},
            {QStringLiteral("user.role"),
             [&] {
                 return map({{"user", freshPerson(false, why)}, {"role", "admin"}});
             }},
            {QStringLiteral("dept.create"),
             [&] {
                 return map({{"name", QStringLiteral("Made %1").arg(++m_serial)}});
             }},
            {QStringLiteral("dept.update"),
             [&] {
                 return map({{"department", freshDepartment(why)},
                             {"name", QStringLiteral("Renamed %1").arg(++m_serial)}});
             }},
            {QStringLiteral("session.revoke"),
             [&] {
                 if (row.actor == QLatin1String("self"))
                     return map({{"others", true}});
                 return map({{"session", firstSessionOf(kOwner, why)}}); // someone else's session
             }},
            {QStringLiteral("calendar.reset"),
             [&] {
                 return QCborMap(); // no arguments: always the actor's own feed
             }},
            {QStringLiteral("approval.submit"),
             [&] {
                 return map({{"id", QStringLiteral("pm-") + newId()},
                             {"template", "leave"},
                             {"values", leaveValues()}});
             }},
            {QStringLiteral("approval.act"),
             [&] {
                 const QString id = freshApproval(why);
                 if (row.actor == QLatin1String("approval submitter"))
                     return map({{"approval", id}, {"action", "withdraw"}, {"version", 1}});
                 if (row.actor == QLatin1String("approval CC"))
                     return map(
                         {{"approval", id}, {"action", "comment"}, {"comment", QStringLiteral("noted")}});
                 return map({{"approval", id}, {"action", "approve"}, {"version", 1}});
             }},
            {QStringLiteral("approval.template.put"),
             [&] {
                 const QCborArray fields{
                     map({{"key", "title"}, {"label", "Title"}, {"kind", "text"}, {"required", true}})};
                 const QCborMap node =
                     map({{"id", "manager"},
                          {"name", "Manager"},
                          {"mode", "sequential"},
                          {"approvers", QCborArray{map({{"kind", "manager"}, {"levels", 1}})}}});
                 return map(
                     {{"template", map({{"key", QStringLiteral("pm_form_%1").arg(++m_serial)},
                                        {"name", "Matrix form"},
                                        {"fields", fields},
                                        {"route", map({{"steps", QCborArray{map({{"node", node}})}}})}})}});
             }},
            {QStringLiteral("approval.role.put"),
             [&] {
                 return map({{"role", QStringLiteral("pm_role_%1").arg(++m_serial)},
                             {"users", QCborArray{idOf(kMember)}}});
             }},
            {QStringLiteral("dept.remove"),
             [&] {
                 return map({{"department", freshDepartment(why)}});
             }},
            {QStringLiteral("todo.create"),
             [&] {
                 if (!onBoard)
                     return map({{"id", newId()}, {"title", QStringLiteral("Mine")}});
                 return map({{"id", newId()},
                             {"title", QStringLiteral("New card")},
                             {"board", scene.board},
                             {"column", scene.columns[1]}});
             }},
            {QStringLiteral("todo.update"),
             [&] {
                 return map({{"todo", todoTarget}, {"title", QStringLiteral("Edited %1").arg(++m_serial)}});
             }},
            {QStringLiteral("todo.done"),
             [&] {
                 return map({{"todo", todoTarget}, {"done", true}});
             }},
            {QStringLiteral("todo.move"),
             [&] {
                 return map({{"todo", scene.card}, {"column", scene.columns[2]}});
             }},
            {QStringLiteral("todo.delete"),
             [&] {
                 return map({{"todo", todoTarget}});
             }},
            {QStringLiteral("board.create"),
             [&] {
                 return map({{"id", newId()}, {"title", QStringLiteral("New board")}});
             }},
            {QStringLiteral("board.update"),
             [&] {
                 return map({{"board", scene.board}, {"title", QStringLiteral("Renamed board")}});
             }},
            {QStringLiteral("board.member.add"),
             [&] {
                 return map({{"board", scene.board}, {"users", QCborArray{idOf(kNewcomer)}}});
             }},
            {QStringLiteral("board.member.remove"),
             [&] {
                 return map({{"board", scene.board}, {"user", self ? idOf(login) : idOf(kAdmin)}});
             }},
            {QStringLiteral("column.create"),
             [&] {
                 return map({{"board", scene.board}, {"id", newId()}, {"title", QStringLiteral("Later")}});
             }},
            {QStringLiteral("column.update"),
             [&] {
                 return map({{"column", scene.columns[0]}, {"title", QStringLiteral("Renamed")}, {"wip", 3}});
             }},
            {QStringLiteral("column.move"),
             [&] {
                 return map({{"column", scene.columns[0]}, {"order", "zz"}});
             }},
            {QStringLiteral("column.delete"),
             [&] {
                 return map({{"column", scene.columns[2]}});
             }},
        };
        if (op.startsWith(QLatin1String("mutate "))) {
            const QString name = op.mid(7);
            const auto args = mutations.constFind(name);
            if (args == mutations.constEnd()) {
                *why =
                    QStringLiteral("the test cannot build arguments for '%1' yet: add them here").arg(name);
                return {};
            }
            const QCborMap built = (*args)();
            if (!why->isEmpty())
                return {};
            return c->mutate(name, built);
        }
        const QHash<QString, Args> queries{
            {QStringLiteral("history"),
             [&] {
                 return map({{"conversation", conv}, {"before", 0}});
             }},
            {QStringLiteral("read_list"),
             [&] {
                 return map({{"conversation", conv}, {"message", scene.message}, {"state", "read"}});
             }},
            {QStringLiteral("sessions"),
             [&] {
                 return QCborMap();
             }},
            {QStringLiteral("calendar.url"),
             [&] {
                 return QCborMap();
             }},
            {QStringLiteral("audit.list"),
             [&] {
                 return map({{"limit", 10}});
             }},
            {QStringLiteral("presence.list"),
             [&] {
                 return QCborMap();
             }},
            {QStringLiteral("presence.set"),
             [&] {
                 return map({{"state", "away"}});
             }},
        };
        if (op.startsWith(QLatin1String("query "))) {
            const QString type = op.mid(6);
            const auto args = queries.constFind(type);
            if (args == queries.constEnd()) {
                *why = QStringLiteral("the test cannot build a '%1' request yet: add it here").arg(type);
                return {};
            }
            return c->request(type, (*args)());
        }
        if (op.startsWith(QLatin1String("stream "))) {
            const QString kind = op.mid(7);
            QString stream;
            if (kind == QLatin1String("org"))
                stream = QStringLiteral("org");
            else if (kind == QStringLiteral("u/…"))
                stream = QStringLiteral("u/%1").arg(row.actor == QLatin1String("self") ? idOf(login)
                                                                                       : idOf(kOwner));
            else if (kind == QStringLiteral("c/…"))
                stream = QStringLiteral("c/") + conv;
            else if (kind == QStringLiteral("t/…"))
                stream = QStringLiteral("t/%1").arg(row.actor == QLatin1String("self") ? idOf(login)
                                                                                       : idOf(kOwner));
            else if (kind == QStringLiteral("b/…"))
                stream = QStringLiteral("b/") + scene.board;
            if (stream.isEmpty()) {
                *why = QStringLiteral("the test does not know the stream kind '%1'").arg(kind);
                return {};
            }
            // fetch and snapshot must agree; the fetch reply is the one compared.
            const QCborMap fetch =
                c->request(QStringLiteral("fetch"), map({{"stream", stream}, {"after", 0}}));
            const QCborMap snapshot = c->request(QStringLiteral("snapshot"), map({{"stream", stream}}));
            if (isAck(fetch) != isAck(snapshot) || code(fetch) != code(snapshot)) {
                *why = QStringLiteral("fetch (%1) and snapshot (%2) disagree on %3")
                           .arg(QString::fromUtf8(describe(fetch)), QString::fromUtf8(describe(snapshot)),
                                stream);
                return {};
            }
            return fetch;
        }
        *why = QStringLiteral("unknown operation form '%1' (use mutate/query/stream)").arg(op);
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_rows = readMatrix(&error);
        QVERIFY2(!m_rows.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.startDemo(), qPrintable(m_server.errorString()));
    }

    void everyMutationHasRows()
    {
        QSet<QString> documented;
        for (const MatrixRow &row : std::as_const(m_rows))
            documented.insert(row.operation);
        QStringList missing;
        for (const QString &name : tack::server::MutationApplier::names()) {
            if (!documented.contains(QStringLiteral("mutate ") + name))
                missing.append(name);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("mutations without rows in the permission matrix: ") +
                            missing.join(QStringLiteral(", "))));
    }

    void rowsHoldOnTheServer_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_rows.size(); ++i) {
            const MatrixRow &r = m_rows.at(i);
            QTest::newRow(
                qPrintable(QStringLiteral("line %1: %2 by %3").arg(r.line).arg(r.operation, r.actor)))
                << i;
        }
    }

    void rowsHoldOnTheServer()
    {
        QFETCH(int, index);
        const MatrixRow row = m_rows.at(index);
        const QString login = loginFor(row.actor);
        QVERIFY2(!login.isEmpty(),
                 qPrintable(QStringLiteral("docs/protocol.md:%1: the test does not know the actor '%2'")
                                .arg(row.line)
                                .arg(row.actor)));
        Scene scene;
        QString why;
        QVERIFY2(buildScene(scene, &why), qPrintable(why));
        const bool todoRow = row.operation.contains(QLatin1String(" todo.")) ||
                             row.operation.contains(QLatin1String(" board.")) ||
                             row.operation.contains(QLatin1String(" column.")) ||
                             row.operation.endsWith(QStringLiteral("t/…")) ||
                             row.operation.endsWith(QStringLiteral("b/…"));
        if (todoRow)
            QVERIFY2(buildTodoScene(scene, &why), qPrintable(why));
        const QCborMap reply = perform(row, login, scene, &why);
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("docs/protocol.md:%1: %2").arg(row.line).arg(why)));
        QVERIFY2(!reply.isEmpty(), "no reply");
        const QString got = isAck(reply) ? QStringLiteral("allowed") : code(reply);
        QVERIFY2(got == row.outcome, qPrintable(QStringLiteral("docs/protocol.md:%1: expected %2, got %3")
                                                    .arg(row.line)
                                                    .arg(row.outcome, QString::fromUtf8(describe(reply)))));
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permission_matrix.moc"
