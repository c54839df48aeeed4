#pragma once

#include <QString>

// An SQLite VFS for tests that wraps the platform's default one and, when told to, fails writes to chosen
// files: SQLITE_FULL as on a full disk, or SQLITE_IOERR_WRITE as on a failing drive. install() makes it the
// default VFS of the process, so code under test opens its databases through it without knowing.
namespace faultyvfs {

enum class Failure
{
    None,     // writes go through
    DiskFull, // every write fails with SQLITE_FULL
    IoError   // every write fails with SQLITE_IOERR_WRITE
};

// Registers the VFS as the default (once; later calls do nothing). False when SQLite refused it.
bool install();
// From now on, writes to every file whose path contains `pathPart` (the database, its -wal and -journal)
// fail this way; Failure::None heals. Thread-safe.
void failWrites(const QString &pathPart, Failure failure);
// Writes refused so far.
quint64 refusedWrites();

} // namespace faultyvfs
