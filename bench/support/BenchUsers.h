#pragma once

#include <QString>

// Creates `count` accounts named PREFIX0, PREFIX1, ... in a stopped server's data folder, two
// `tack-server user add` processes at a time (each hashes a password with Argon2id).
bool addBenchUsers(const QString &dataDir, const QString &prefix, int count, const QString &password,
                   QString *error);
