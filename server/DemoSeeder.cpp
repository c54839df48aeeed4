#include "DemoSeeder.h"

#include "Accounts.h"
#include "ApprovalStore.h"
#include "ChatStore.h"
#include "Clock.h"
#include "DemoScript.h"
#include "MutationApplier.h"
#include "OpLog.h"
#include "PasswordHasher.h"
#include "domain/ChatRules.h"

#include <QCborArray>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

namespace tack::server {
namespace {

const QString kSeededKey = QStringLiteral("demo_seeded");
constexpr qint64 kMinute = 60 * 1000;

struct Timeline
{
    qint64 shift = 0; // subtracted from every scripted time so the newest line lies in the past

    qint64 at(const demo::Line &line) const
    {
        const QDate day = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).date().addDays(-line.daysAgo);
        const QTime time = QTime::fromString(QLatin1String(line.time), QStringLiteral("HH:mm"));
        return QDateTime(day, time).toMSecsSinceEpoch() - shift;
    }
};

// Wangfang is the account the README tells people to log in with: leave her a few unread messages.
int unreadTailFor(const QString &login, const QString &conversation)
{
    if (login != QLatin1String("wangfang"))
        return -1;
    if (conversation == QLatin1String("client-team") || conversation == QLatin1String("all-hands"))
        return 1;
    if (conversation == QLatin1String("release-0-3"))
        return 2;
    if (conversation.startsWith(QLatin1String("dm-")))
        return 0;
    return -1;
}

class Seeding
{
public:
    explicit Seeding(ServerStore &store) : m_store(store), m_random(20240611) {}

    void run();

private:
    void addPeople(qint64 orgTime);
    void addConversation(const QString &id, qint64 actor, const QString &mutation, const QCborMap &args,
                         const demo::Line *lines, int count);
    void apply(qint64 actor, qint64 at, const QString &name, const QCborMap &args,
               QCborMap *result = nullptr);
    qint64 userId(const char *login) const;

    ServerStore &m_store;
    QRandomGenerator m_random;
    Timeline m_time;
    QHash<QString, qint64> m_users;
};

qint64 Seeding::userId(const char *login) const
{
    const qint64 id = m_users.value(QString::fromUtf8(login));
    if (id == 0)
        throw StoreError(
            QStringLiteral("demo script names an unknown login '%1'").arg(QString::fromUtf8(login)));
    return id;
}

void Seeding::apply(qint64 actor, qint64 at, const QString &name, const QCborMap &args, QCborMap *result)
{
    const MutationOutcome out =
        MutationApplier(m_store, MutationContext{actor, QString(), -1, at, QString()}).apply(name, args);
    if (!out.ok())
        throw StoreError(QStringLiteral("demo step %1 failed: %2").arg(name, out.error->message));
    if (result)
        *result = out.result;
}

void Seeding::addPeople(qint64 orgTime)
{
    Accounts accounts(m_store);
    QHash<QString, qint64> departments;
    for (int i = 0; i < demo::kDepartmentCount; ++i) {
        const demo::Department &d = demo::kDepartments[i];
        const qint64 parent = d.parent ? departments.value(QString::fromUtf8(d.parent)) : 0;
        departments.insert(QString::fromUtf8(d.key),
                           accounts.addDepartment(QString::fromUtf8(d.name), parent, 0, orgTime));
    }
    // Every demo account has the same password, so one (slow) hash serves them all.
    const QString hash = PasswordHasher::hash(QString::fromUtf8(demo::kPassword));
    if (hash.isEmpty())
        throw StoreError(QStringLiteral("not enough memory to hash the demo password"));
    for (int i = 0; i < demo::kPeopleCount; ++i) {
        const demo::Person &p = demo::kPeople[i];
        Accounts::NewUser nu;
        nu.login = QString::fromUtf8(p.login);
        nu.name = QString::fromUtf8(p.name);
        nu.title = QString::fromUtf8(p.title);
        nu.department = departments.value(QString::fromUtf8(p.department));
        nu.manager = p.manager ? userId(p.manager) : 0;
        nu.employeeId = QString::fromUtf8(p.employeeId);
        nu.phone = QString::fromUtf8(p.phone);
        nu.email = QString::fromUtf8(p.email);
        if (p.secondDepartment)
            nu.departments.append(departments.value(QString::fromUtf8(p.secondDepartment)));
        nu.role = QString::fromUtf8(demo::orgRole(p.login));
        nu.passwordHash = hash;
        m_users.insert(nu.login, accounts.addUser(nu, orgTime));
    }
    for (int i = 0; i < demo::kDepartmentCount; ++i) {
        const demo::Department &d = demo::kDepartments[i];
        accounts.setDepartmentManager(departments.value(QString::fromUtf8(d.key)), userId(d.manager),
                                      orgTime);
    }
}

void Seeding::addConversation(const QString &id, qint64 actor, const QString &mutation, const QCborMap &args,
                              const demo::Line *lines, int count)
{
    const qint64 firstAt = m_time.at(lines[0]);
    apply(actor, firstAt - 2 * 60 * kMinute, mutation, args);

    QHash<qint64, QString> lastBySender;
    QHash<qint64, qint64> ownLastSeq;
    QList<qint64> seqs;
    qint64 lastAt = firstAt;
    for (int i = 0; i < count; ++i) {
        const demo::Line &line = lines[i];
        const qint64 sender = userId(line.login);
        const qint64 at = m_time.at(line);
        lastAt = qMax(lastAt, at);
        QCborMap args2;
        if (line.action == demo::Action::Send) {
            const QString messageId = QStringLiteral("demo-%1-%2").arg(id).arg(i + 1);
            args2.insert(QLatin1String("conversation"), id);
            args2.insert(QLatin1String("id"), messageId);
            args2.insert(QLatin1String("text"), QString::fromUtf8(line.text));
            QCborMap result;
            apply(sender, at, QStringLiteral("msg.send"), args2, &result);
            const qint64 seq = result.value(QLatin1String("seq")).toInteger();
            seqs.append(seq);
            lastBySender.insert(sender, messageId);
            ownLastSeq.insert(sender, seq);
        } else if (line.action == demo::Action::EditLast) {
            args2.insert(QLatin1String("message"), lastBySender.value(sender));
            args2.insert(QLatin1String("text"), QString::fromUtf8(line.text));
            apply(sender, at, QStringLiteral("msg.edit"), args2);
        } else {
            args2.insert(QLatin1String("message"), lastBySender.value(sender));
            apply(sender, at, QStringLiteral("msg.recall"), args2);
        }
    }

    // Read markers at varied points: most people are up to date, some are behind.
    const QList<qint64> members = ChatStore(m_store.sql()).memberIds(id);
    for (qint64 member : members) {
        const QString login = m_users.key(member);
        int unread = unreadTailFor(login, id);
        if (unread < 0) {
            const quint32 roll = m_random.bounded(100u);
            unread = roll < 55   ? 0
                     : roll < 80 ? int(m_random.bounded(1, 4))
                                 : int(m_random.bounded(qMax(1, int(seqs.size()))));
        }
        unread = qBound(0, unread, int(seqs.size()));
        qint64 upto = unread >= int(seqs.size()) ? 0 : seqs[seqs.size() - 1 - unread];
        upto = qMax(upto, ownLastSeq.value(member)); // whoever writes has read what came before
        if (upto <= 0)
            continue;
        QCborMap readArgs;
        readArgs.insert(QLatin1String("conversation"), id);
        readArgs.insert(QLatin1String("upto"), upto);
        apply(member, lastAt + 5 * kMinute, QStringLiteral("read"), readArgs);
    }
}

void Seeding::run()
{
    // Keep the newest scripted line at least ten minutes in the past, whatever time it is now.
    const qint64 now = Clock::nowMs();
    qint64 newest = 0;
    auto consider = [&](const demo::Line *lines, int count) {
        for (int i = 0; i < count; ++i)
            newest = qMax(newest, m_time.at(lines[i]));
    };
    for (int g = 0; g < demo::kGroupCount; ++g)
        consider(demo::kGroups[g].lines, demo::kGroups[g].lineCount);
    for (int d = 0; d < demo::kDirectCount; ++d)
        consider(demo::kDirects[d].lines, demo::kDirects[d].lineCount);
    // Read markers land five minutes after the last line.
    m_time.shift = qMax<qint64>(0, newest - (now - 10 * kMinute));

    addPeople(now - 30LL * 24 * 60 * kMinute);
    QHash<QString, QList<qint64>> roles;
    for (const demo::ApprovalRole &r : demo::kApprovalRoles)
        roles[QString::fromUtf8(r.role)].append(userId(r.login));
    ApprovalStore approvals(m_store.sql());
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        approvals.setRoleMembers(it.key(), it.value());

    for (int g = 0; g < demo::kGroupCount; ++g) {
        const demo::Group &group = demo::kGroups[g];
        QCborArray members;
        if (group.members) {
            for (const char *const *m = group.members; *m; ++m)
                members.append(userId(*m));
        } else {
            for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
                members.append(it.value());
        }
        QCborMap args;
        args.insert(QLatin1String("id"), QString::fromUtf8(group.id));
        args.insert(QLatin1String("title"), QString::fromUtf8(group.title));
        args.insert(QLatin1String("members"), members);
        addConversation(QString::fromUtf8(group.id), userId(group.owner), QStringLiteral("conv.create"), args,
                        group.lines, group.lineCount);
    }
    for (int d = 0; d < demo::kDirectCount; ++d) {
        const demo::Direct &dm = demo::kDirects[d];
        QCborMap args;
        args.insert(QLatin1String("user"), userId(dm.b));
        addConversation(chat::directConversationId(userId(dm.a), userId(dm.b)), userId(dm.a),
                        QStringLiteral("dm.open"), args, dm.lines, dm.lineCount);
    }
}

} // namespace

DemoSeeder::Result DemoSeeder::seed()
{
    if (m_store.meta(kSeededKey))
        return Result::AlreadySeeded;
    db::Transaction tx(m_store.db());
    Seeding(m_store).run();
    m_store.setMeta(kSeededKey, QString::number(Clock::nowMs()));
    tx.commit();
    return Result::Seeded;
}

QString DemoSeeder::summary(const QString &dataDir)
{
    QString out;
    out += QStringLiteral(
               "Demo organisation \"%1\": %2 people, %3 departments, %4 group chats, %5 direct chats.\n\n")
               .arg(QLatin1String(demo::kCompany))
               .arg(demo::kPeopleCount)
               .arg(demo::kDepartmentCount)
               .arg(demo::kGroupCount)
               .arg(demo::kDirectCount);
    out += QStringLiteral("Logins (every account's password is: %1)\n").arg(QLatin1String(demo::kPassword));
    for (int i = 0; i < demo::kPeopleCount; ++i) {
        const demo::Person &p = demo::kPeople[i];
        const QString role = QString::fromUtf8(demo::orgRole(p.login));
        out += QStringLiteral("  %1 %2 (%3%4)\n")
                   .arg(QString::fromUtf8(p.login).leftJustified(10), QString::fromUtf8(p.name),
                        QString::fromUtf8(p.title),
                        role == orgrole::kMember ? QString() : QStringLiteral(", org %1").arg(role));
    }
    out += QStringLiteral("\nStart the server:\n  tack-server serve --data %1 --listen 127.0.0.1:7300\n")
               .arg(dataDir);
    out += QStringLiteral("then point a client at ws://127.0.0.1:7300 and log in as wangfang / %1.\n")
               .arg(QLatin1String(demo::kPassword));
    return out;
}

} // namespace tack::server
