#pragma once

#include "domain/OrgRules.h"

#include <QString>

namespace tack::server {

// Argon2id password hashes in libsodium's self-describing string form. Hashing is slow on purpose
// (t=2, 19 MiB): the server calls it off the event loop.
class PasswordHasher
{
public:
    static constexpr unsigned long long kOpsLimit = 2;
    static constexpr size_t kMemLimit = 19u * 1024u * 1024u;
    static constexpr int kMinPasswordChars = org::kMinPasswordChars;

    // Returns an empty string only when the machine is out of memory.
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // A valid hash of a random password: verifying against it costs the same as a real check, so an
    // unknown login takes as long as a wrong password.
    static QString decoyHash();
};

} // namespace tack::server
