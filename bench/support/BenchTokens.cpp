#include "BenchTokens.h"

#include "ServerStore.h"
#include "TokenStore.h"

#include <QDateTime>

using namespace tack::server;

QList<BenchAccount> issueBenchTokens(const QString &dataDir, const QString &loginPrefix, QString *error)
{
    QList<BenchAccount> accounts;
    try {
        ServerStore store;
        store.open(dataDir, ServerStore::Open::MustExist);
        auto select = store.sql().get("SELECT id, login FROM users WHERE login LIKE ? || '%' ORDER BY id");
        select->bind(1, loginPrefix);
        while (select->step())
            accounts.append({select->integer(0), select->text(1), {}});
        select->reset();
        TokenStore tokens(store.sql());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        tack::db::Transaction transaction(store.db());
        for (BenchAccount &account : accounts)
            account.token = tokens
                                .issue(account.id, QStringLiteral("bench"), QStringLiteral("127.0.0.1"), now,
                                       TokenStore::kDefaultLifetimeMs)
                                .token;
        transaction.commit();
    } catch (const StoreError &e) {
        *error = e.text();
        return {};
    }
    if (accounts.isEmpty())
        *error = QStringLiteral("no accounts whose login starts with %1").arg(loginPrefix);
    return accounts;
}
