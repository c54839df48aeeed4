#pragma once

#include <QList>
#include <QString>

struct BenchAccount
{
    qint64 id = 0;
    QString login;
    QString token;
};

// Signs in every account whose login starts with `loginPrefix` by writing a session token straight into a
// stopped server's database, through the server's own TokenStore. Thousands of password logins would
// spend minutes in Argon2 and measure password hashing instead of the thing under test. Accounts come
// back in id order; on failure the list is empty and `error` says why.
QList<BenchAccount> issueBenchTokens(const QString &dataDir, const QString &loginPrefix, QString *error);
