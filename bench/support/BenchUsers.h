#pragma once

#include <QString>
#include <QStringList>

// Creates `count` accounts named PREFIX0, PREFIX1, ... in a stopped server's data folder, two
// `tack-server user add` processes at a time (each hashes a password with Argon2id).
bool addBenchUsers(const QString &dataDir, const QString &prefix, int count, const QString &password,
                   QString *error);

// `serve` flags for benchmarks: a benchmark client sends far faster than any person, so the request rate
// limits (docs/protocol.md section 8.1) are switched off to measure the server itself.
inline QStringList benchServeArgs()
{
    return {QStringLiteral("--limit-connection"), QStringLiteral("0"),
            QStringLiteral("--limit-account"),    QStringLiteral("0"),
            QStringLiteral("--limit-address"),    QStringLiteral("0")};
}
