#pragma once

#include <QString>

namespace InviteDesk::OwnerFiles {

// Files and folders only their owner may read: the caches, the settings, the server's
// SQLite database, the data folder. SQLite gives a database's -wal and -shm files the
// mode of the database file, so making that one private is enough.

// Creates an empty `path` with mode 0600, or takes group and other permissions away
// from the file that is there (one made by an older version). False, with why, when
// it cannot.
bool makeFilePrivate(const QString &path, QString *error);
// Creates `path` and its parents as needed; `path` itself gets mode 0700.
bool makeFolderPrivate(const QString &path, QString *error);

} // namespace InviteDesk::OwnerFiles
