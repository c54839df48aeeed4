#include "FuzzStore.h"

#include "MutationApplier.h"

#include <QCborArray>
#include <cstdio>
#include <cstdlib>

using tack::server::MutationApplier;
using tack::server::MutationContext;

namespace {

QCborMap applyOrDie(tack::server::ServerStore &store, qint64 actor, qint64 mutation, const char *name,
                    const QCborMap &args)
{
    MutationApplier applier(store, MutationContext{actor, QStringLiteral("fuzz-setup"), mutation,
                                                   1700000000000, QStringLiteral("127.0.0.1")});
    const auto outcome = applier.apply(QString::fromLatin1(name), args);
    if (!outcome.ok()) {
        std::fprintf(stderr, "fuzz setup: %s failed: %s\n", name,
                     outcome.error->message.toUtf8().constData());
        std::abort();
    }
    return outcome.result;
}

QCborMap map(std::initializer_list<std::pair<const char *, QCborValue>> items)
{
    QCborMap m;
    for (const auto &item : items)
        m.insert(QLatin1String(item.first), item.second);
    return m;
}

} // namespace

FuzzStore::FuzzStore()
{
    if (!m_dir.isValid())
        std::abort();
    m_store.open(m_dir.path(), tack::server::ServerStore::Open::CreateIfMissing);
    tack::db::Transaction tx(m_store.db());
    const char *logins[] = {"owner", "admin", "member", "other"};
    for (const char *login : logins) {
        const QCborMap r =
            applyOrDie(m_store, 0, nextMutation(), "user.create",
                       map({{"login", QString::fromLatin1(login)}, {"name", QString::fromLatin1(login)}}));
        m_actors.append(r.value(QLatin1String("user")).toInteger());
    }
    const qint64 owner = m_actors.at(1), admin = m_actors.at(2), member = m_actors.at(3),
                 other = m_actors.at(4);
    applyOrDie(m_store, 0, nextMutation(), "user.role",
               map({{"user", owner}, {"role", QStringLiteral("owner")}}));
    applyOrDie(m_store, 0, nextMutation(), "user.role",
               map({{"user", admin}, {"role", QStringLiteral("admin")}}));
    applyOrDie(m_store, 0, nextMutation(), "dept.create",
               map({{"name", QStringLiteral("Sales")}, {"manager", member}}));
    applyOrDie(m_store, owner, nextMutation(), "conv.create",
               map({{"id", QStringLiteral("g1")},
                    {"title", QStringLiteral("Group")},
                    {"members", QCborArray{admin, member}}}));
    applyOrDie(m_store, owner, nextMutation(), "msg.send",
               map({{"conversation", QStringLiteral("g1")},
                    {"id", QStringLiteral("m1")},
                    {"text", QStringLiteral("hello")}}));
    applyOrDie(m_store, member, nextMutation(), "msg.send",
               map({{"conversation", QStringLiteral("g1")},
                    {"id", QStringLiteral("m2")},
                    {"text", QStringLiteral("hi")}}));
    applyOrDie(m_store, owner, nextMutation(), "ding.send",
               map({{"message", QStringLiteral("m1")}, {"users", QCborArray{member}}}));
    applyOrDie(m_store, other, nextMutation(), "dm.open", map({{"user", member}}));
    // Todos and boards: a personal todo, a board with two columns and a card.
    applyOrDie(m_store, member, nextMutation(), "todo.create",
               map({{"id", QStringLiteral("t1")}, {"title", QStringLiteral("Call back")}}));
    applyOrDie(m_store, admin, nextMutation(), "board.create",
               map({{"id", QStringLiteral("b1")},
                    {"title", QStringLiteral("Launch")},
                    {"members", QCborArray{member}},
                    {"columns",
                     QCborArray{map({{"id", QStringLiteral("k1")}, {"title", QStringLiteral("To do")}}),
                                map({{"id", QStringLiteral("k2")}, {"title", QStringLiteral("Done")}})}}}));
    applyOrDie(m_store, member, nextMutation(), "todo.create",
               map({{"id", QStringLiteral("c1")},
                    {"title", QStringLiteral("Card")},
                    {"board", QStringLiteral("b1")},
                    {"column", QStringLiteral("k1")}}));
    // An approval waiting for the admins (the member has no manager).
    applyOrDie(m_store, member, nextMutation(), "approval.submit",
               map({{"id", QStringLiteral("a1")},
                    {"template", QStringLiteral("general")},
                    {"values", map({{"title", QStringLiteral("New laptop")},
                                    {"details", QStringLiteral("The old one is slow")}})}}));
    tx.commit();
}
