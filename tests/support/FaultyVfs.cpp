#include "FaultyVfs.h"

#include <QByteArray>
#include <QMutex>
#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace faultyvfs {
namespace {

sqlite3_vfs *g_root = nullptr;
sqlite3_vfs g_vfs;
QMutex g_mutex;
QByteArray g_pathPart;
std::atomic<int> g_failure{int(Failure::None)};
std::atomic<quint64> g_refused{0};

// Our file: the name and the wrapped VFS's own file right behind it.
struct File
{
    sqlite3_file base;
    const char *name;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

File *file(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

sqlite3_file *real(sqlite3_file *f)
{
    return file(f)->real();
}

int refusal(sqlite3_file *f)
{
    const auto failure = Failure(g_failure.load());
    if (failure == Failure::None || !file(f)->name)
        return SQLITE_OK;
    QMutexLocker lock(&g_mutex);
    if (g_pathPart.isEmpty() || !std::strstr(file(f)->name, g_pathPart.constData()))
        return SQLITE_OK;
    ++g_refused;
    return failure == Failure::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = refusal(f))
        return rc;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

// Version 3 methods, for files whose real methods are version 3 (the Unix and Windows VFSes); a file with
// older methods gets the table cut to its version.
const sqlite3_io_methods kMethods[4] = {
    {},
    {1, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
     xSectorSize, xDeviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
    {2, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
     xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, nullptr, nullptr},
    {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
     xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch},
};

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    File *ours = file(f);
    ours->base.pMethods = nullptr;
    ours->name = name;
    const int rc = g_root->xOpen(g_root, name, ours->real(), flags, outFlags);
    if (rc == SQLITE_OK && ours->real()->pMethods)
        ours->base.pMethods = &kMethods[qBound(1, ours->real()->pMethods->iVersion, 3)];
    return rc;
}

} // namespace

bool install()
{
    static const bool installed = [] {
        g_root = sqlite3_vfs_find(nullptr);
        if (!g_root)
            return false;
        g_vfs = *g_root;
        g_vfs.pNext = nullptr;
        g_vfs.zName = "tack-faulty";
        g_vfs.szOsFile = int(sizeof(File)) + g_root->szOsFile;
        g_vfs.xOpen = xOpen;
        return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    }();
    return installed;
}

void failWrites(const QString &pathPart, Failure failure)
{
    QMutexLocker lock(&g_mutex);
    g_pathPart = pathPart.toUtf8();
    g_failure = int(failure);
}

quint64 refusedWrites()
{
    return g_refused.load();
}

} // namespace faultyvfs
