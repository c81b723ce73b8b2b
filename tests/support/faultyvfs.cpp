#include "faultyvfs.h"

#include <QDir>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <string>

namespace InviteDesk::Test::FaultyVfs {
namespace {

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
std::mutex g_mutex;
std::string g_failingFolder; // with a trailing '/', empty: nothing fails
std::atomic<int> g_refused{0};

// Our file: its name (SQLite keeps it valid until the file closes), then the real
// VFS's own file object.
struct FaultyFile
{
    sqlite3_file base;
    const char *path;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

FaultyFile *faulty(sqlite3_file *file)
{
    return reinterpret_cast<FaultyFile *>(file);
}

bool failing(sqlite3_file *file)
{
    std::lock_guard lock(g_mutex);
    const char *path = faulty(file)->path;
    if (g_failingFolder.empty() || !path || std::strncmp(path, g_failingFolder.c_str(), g_failingFolder.size()) != 0)
        return false;
    ++g_refused;
    return true;
}

int fileClose(sqlite3_file *file)
{
    const int rc = faulty(file)->real()->pMethods->xClose(faulty(file)->real());
    file->pMethods = nullptr;
    return rc;
}
int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return faulty(file)->real()->pMethods->xRead(faulty(file)->real(), buffer, amount, offset);
}
int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (failing(file))
        return SQLITE_IOERR_WRITE;
    return faulty(file)->real()->pMethods->xWrite(faulty(file)->real(), buffer, amount, offset);
}
int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (failing(file))
        return SQLITE_IOERR_TRUNCATE;
    return faulty(file)->real()->pMethods->xTruncate(faulty(file)->real(), size);
}
int fileSync(sqlite3_file *file, int flags)
{
    if (failing(file))
        return SQLITE_IOERR_FSYNC;
    return faulty(file)->real()->pMethods->xSync(faulty(file)->real(), flags);
}
int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return faulty(file)->real()->pMethods->xFileSize(faulty(file)->real(), size);
}
int fileLock(sqlite3_file *file, int level)
{
    return faulty(file)->real()->pMethods->xLock(faulty(file)->real(), level);
}
int fileUnlock(sqlite3_file *file, int level)
{
    return faulty(file)->real()->pMethods->xUnlock(faulty(file)->real(), level);
}
int fileCheckReservedLock(sqlite3_file *file, int *out)
{
    return faulty(file)->real()->pMethods->xCheckReservedLock(faulty(file)->real(), out);
}
int fileControl(sqlite3_file *file, int op, void *arg)
{
    return faulty(file)->real()->pMethods->xFileControl(faulty(file)->real(), op, arg);
}
int fileSectorSize(sqlite3_file *file)
{
    return faulty(file)->real()->pMethods->xSectorSize(faulty(file)->real());
}
int fileDeviceCharacteristics(sqlite3_file *file)
{
    return faulty(file)->real()->pMethods->xDeviceCharacteristics(faulty(file)->real());
}
int fileShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return faulty(file)->real()->pMethods->xShmMap(faulty(file)->real(), region, size, extend, out);
}
int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return faulty(file)->real()->pMethods->xShmLock(faulty(file)->real(), offset, n, flags);
}
void fileShmBarrier(sqlite3_file *file)
{
    faulty(file)->real()->pMethods->xShmBarrier(faulty(file)->real());
}
int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return faulty(file)->real()->pMethods->xShmUnmap(faulty(file)->real(), deleteFlag);
}
int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return faulty(file)->real()->pMethods->xFetch(faulty(file)->real(), offset, amount, out);
}
int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return faulty(file)->real()->pMethods->xUnfetch(faulty(file)->real(), offset, page);
}

const sqlite3_io_methods g_methods = {
    3,           fileClose,   fileRead,         fileWrite,      fileTruncate,          fileSync,
    fileSize,    fileLock,    fileUnlock,       fileCheckReservedLock, fileControl,    fileSectorSize,
    fileDeviceCharacteristics, fileShmMap, fileShmLock, fileShmBarrier, fileShmUnmap, fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = faulty(file);
    ours->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, ours->real(), flags, outFlags);
    if (ours->real()->pMethods == nullptr)
        return rc; // nothing to close
    ours->path = name;
    ours->base.pMethods = &g_methods;
    return rc;
}

} // namespace

void install()
{
    if (g_real) {
        sqlite3_vfs_register(&g_vfs, 1);
        return;
    }
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_real;
    g_vfs.iVersion = std::min(g_real->iVersion, 3);
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + g_real->szOsFile;
    g_vfs.zName = "invitedesk-faulty";
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = vfsOpen;
    // Everything else (delete, access, full path names, randomness, time) is the real
    // VFS's own, called with it: they do not look at pAppData or the VFS they get.
    sqlite3_vfs_register(&g_vfs, 1);
}

void uninstall()
{
    if (!g_real)
        return;
    stopFailing();
    sqlite3_vfs_register(g_real, 1);
}

void failWritesUnder(const QString &folder)
{
    std::lock_guard lock(g_mutex);
    g_failingFolder = QDir(folder).canonicalPath().toStdString() + '/';
}

void stopFailing()
{
    std::lock_guard lock(g_mutex);
    g_failingFolder.clear();
}

int refusedWrites()
{
    return g_refused;
}

} // namespace InviteDesk::Test::FaultyVfs
