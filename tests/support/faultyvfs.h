#pragma once

#include <QString>

namespace InviteDesk::Test {

// A disk that fails writes (EIO), as SQLite meets it: a VFS in front of the default one,
// made the default for every connection opened after install() in this process (Qt's
// SQLite driver uses the same libsqlite3). While failWritesUnder() names a folder, every
// write, truncate and sync of a file opened there fails with SQLITE_IOERR, as the OS's
// EIO would; reads and everything elsewhere go through untouched.
namespace FaultyVfs {

void install();
// The real VFS is the default again; connections opened meanwhile keep this one.
void uninstall();
void failWritesUnder(const QString &folder);
void stopFailing();
// Writes refused since install().
int refusedWrites();

} // namespace FaultyVfs

} // namespace InviteDesk::Test
